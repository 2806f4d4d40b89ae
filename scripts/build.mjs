// Bundles the CLI (src/bin.ts -> dist/cli.js) and the GitHub Action (src/index.ts -> dist/index.js) into
// committed, self-contained files (no node_modules needed at run time).
// Deterministic: same sources and lockfile, same bytes (no timestamps, no absolute paths, no source maps).
// Usage: node scripts/build.mjs [outDir]   (default: dist)
import { build } from 'esbuild';
import { chmod } from 'node:fs/promises';
import path from 'node:path';

// Bundled CommonJS dependencies (the `yaml` package) call require() for Node built-ins.
const REQUIRE_SHIM = "import { createRequire as __podgateCreateRequire } from 'node:module';\nconst require = __podgateCreateRequire(import.meta.url);";

/** The bundles: entry point, output file name, and whether it is an executable with a shebang. */
const BUNDLES = [
  { entry: 'src/bin.ts', file: 'cli.js', executable: true },
  { entry: 'src/index.ts', file: 'index.js', executable: false },
];

const outDir = process.argv[2] ?? 'dist';
for (const bundle of BUNDLES) {
  const outfile = path.join(outDir, bundle.file);
  await build({
    entryPoints: [bundle.entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    banner: { js: bundle.executable ? `#!/usr/bin/env node\n${REQUIRE_SHIM}` : REQUIRE_SHIM },
    legalComments: 'eof',
    // js-yaml's CommonJS build parses about three times faster under Node than its ES-module build (measured
    // with `npm run bench`); the bundle carries that one.
    alias: {
      'js-yaml': './node_modules/js-yaml/dist/js-yaml.cjs.js',
      // The Action never calls @actions/core's OIDC helper, the only user of the HTTP client (see the stub).
      ...(bundle.executable ? {} : { '@actions/http-client': './scripts/stubs/actions-http-client.mjs', '@actions/http-client/lib/auth': './scripts/stubs/actions-http-client.mjs' }),
    },
    charset: 'utf8',
    logLevel: 'warning',
  });
  if (bundle.executable) await chmod(outfile, 0o755);
}
