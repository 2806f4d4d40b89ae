// Runs the uvu suites under __tests__ with tsx and ends with the plain `N passed, N failed` line CI reads.
// Usage: node scripts/test.mjs [dir] [pattern]
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const uvuBin = fileURLToPath(new URL('../node_modules/uvu/bin.js', import.meta.url));
const dir = process.argv[2] ?? '__tests__';
const pattern = process.argv[3] ?? '.test.ts$';
const env = { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import tsx`.trim(), FORCE_COLOR: '0', NO_COLOR: '1' };
const run = spawnSync(process.execPath, [uvuBin, dir, pattern], { env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
process.stdout.write(run.stdout ?? '');
process.stderr.write(run.stderr ?? '');
const number = (label) => Number(((run.stdout ?? '').match(new RegExp(`${label}:\\s+(\\d+)`)) ?? [])[1] ?? 0);
const total = number('Total');
const passed = number('Passed');
const skipped = number('Skipped');
const failed = Math.max(0, total - passed - skipped) + (run.status !== 0 && total === passed + skipped ? 1 : 0);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(run.status === 0 && failed === 0 ? 0 : 1);
