// Fails when the committed dist/ differs from a fresh build (GitHub runs actions from dist/, so it must
// always equal what the sources build).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const dir = mkdtempSync(path.join(tmpdir(), 'podgate-dist-'));
try {
  const fresh = path.join(dir, 'cli.js');
  execFileSync(process.execPath, ['scripts/build.mjs', fresh], { stdio: 'inherit' });
  const committed = readFileSync('dist/cli.js', 'utf8');
  if (readFileSync(fresh, 'utf8') !== committed) {
    console.error('dist/cli.js is stale: run `npm run build` and commit dist/.');
    process.exit(1);
  }
  console.log('dist/ is fresh.');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
