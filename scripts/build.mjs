// Bundles the CLI into the committed, self-contained dist/cli.js (no node_modules needed at run time).
// Deterministic: same sources and lockfile, same bytes (no timestamps, no absolute paths, no source maps).
import { build } from 'esbuild';
import { chmod } from 'node:fs/promises';

const outfile = process.argv[2] ?? 'dist/cli.js';
await build({
  entryPoints: ['src/bin.ts'],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Bundled CommonJS dependencies (the `yaml` package) call require() for Node built-ins.
  banner: { js: "#!/usr/bin/env node\nimport { createRequire as __podgateCreateRequire } from 'node:module';\nconst require = __podgateCreateRequire(import.meta.url);" },
  legalComments: 'eof',
  // js-yaml's CommonJS build parses about three times faster under Node than its ES-module build (measured
  // with `npm run bench`); the bundle carries that one.
  alias: { 'js-yaml': './node_modules/js-yaml/dist/js-yaml.cjs.js' },
  charset: 'utf8',
  logLevel: 'warning',
});
await chmod(outfile, 0o755);
