// The `podgate` executable: the only module that touches `process` (design.md §2).

import { main } from './cli.js';
import { spawnExec } from './render.js';
import { isLaterFilesJob, serveLaterFiles, WORKER_FLAG } from './threads.js';

/**
 * Standard input's bytes (decoded and checked as a file's are), read no further than one byte past `maxBytes`:
 * an endless or huge stream is reported as over the limit instead of filling memory.
 */
async function readStdin(maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    length += (chunk as Buffer).length;
    if (length > maxBytes) break;
  }
  return Buffer.concat(chunks);
}

// A worker thread of a big run (threads.ts) loads this same file, started with WORKER_FLAG: it judges its share of
// the files instead of running the CLI. node:worker_threads is loaded only then (the flag typed on a command line
// is an unknown option).
if (process.argv.includes(WORKER_FLAG)) {
  const { isMainThread, parentPort, workerData } = await import('node:worker_threads');
  if (!isMainThread && isLaterFilesJob(workerData) && parentPort !== null) await serveLaterFiles(workerData, parentPort);
  else await runCli();
} else await runCli();

async function runCli(): Promise<void> {
  // Standard output can go away (`podgate … | head`) or fail: the run still ends with its own exit code, the rest
  // of the report unwritten; a failure other than a closed pipe is said on standard error and makes the code 2.
  let stdoutFailed: NodeJS.ErrnoException | undefined;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (stdoutFailed === undefined && error.code !== 'EPIPE') process.stderr.write(`podgate: cannot write to standard output (${error.code ?? error.message})\n`);
    stdoutFailed = error;
  });

  /** Resolves when standard output may take more (drained), or will take nothing more (closed). */
  const writable = (): Promise<void> =>
    new Promise((resolve) => {
      const done = (): void => {
        process.stdout.off('drain', done).off('close', done);
        resolve();
      };
      process.stdout.on('drain', done).on('close', done);
    });

  const code = await main(process.argv.slice(2), {
    cwd: process.cwd(),
    // A report of hundreds of megabytes waits for the pipe to drain rather than queue up in memory (ENOBUFS).
    stdout: (text) => (stdoutFailed !== undefined || process.stdout.write(text) ? undefined : writable()),
    stderr: (text) => process.stderr.write(text),
    readStdin,
    isTTY: process.stdout.isTTY === true,
    env: process.env,
    exec: spawnExec,
  });
  process.exitCode = stdoutFailed !== undefined && stdoutFailed.code !== 'EPIPE' ? 2 : code;
}
