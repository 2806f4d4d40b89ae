// Fails when the committed dist/ differs from a fresh build (GitHub runs the action from dist/index.js and npx
// the CLI from dist/cli.js, so both must always equal what the sources build).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const BUNDLES = ['cli.js', 'index.js'];
const dir = mkdtempSync(path.join(tmpdir(), 'podgate-dist-'));
try {
  execFileSync(process.execPath, ['scripts/build.mjs', dir], { stdio: 'inherit' });
  const stale = BUNDLES.filter((file) => {
    const committed = path.join('dist', file);
    return !existsSync(committed) || readFileSync(path.join(dir, file), 'utf8') !== readFileSync(committed, 'utf8');
  });
  if (stale.length > 0) {
    console.error(`${stale.map((file) => `dist/${file}`).join(' and ')} ${stale.length === 1 ? 'is' : 'are'} stale: run \`npm run build\` and commit dist/.`);
    process.exit(1);
  }
  console.log('dist/ is fresh.');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
