// The `podgate` executable: the only module that touches `process` (design.md §2).

import { main } from './cli.js';
import { spawnExec } from './render.js';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const code = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin,
  isTTY: process.stdout.isTTY === true,
  env: process.env,
  exec: spawnExec,
});
process.exitCode = code;
