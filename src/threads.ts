// Judging a big repository on several threads (adapter layer). This thread reads the files that may shape the
// cluster and builds it (lint/run.ts `LintRun.first`) while worker threads already read their share of the other
// files; each worker is then sent the cluster as data (`ClusterSnapshot`), judges its files and sends its result
// back, and the results are merged (`mergeShares`), equal to one `lint`. Workers run this same bundle
// (dist/cli.js), whose entry point hands them to `serveLaterFiles`; unbundled (the sources under a TypeScript
// loader) each share runs `serveLaterFiles` on this thread, over a MessageChannel.

import { availableParallelism } from 'node:os';
import type { MessagePort } from 'node:worker_threads';
import { LintRun, lintReadingAllFirst, mergeShares, splitSources, lint, type ClusterSnapshot, type LintOptions, type LintResult, type LintSource } from './lint.js';
import { lazyManifest } from './load/discover.js';
import type { LazySourceFile, SourceFile } from './load/parse.js';

/** `--jobs`: how many threads judge (1: this one alone), or `auto`. */
export type Jobs = number | 'auto';

/** A source as data a thread can be sent: the text, or where to read the file. */
type PortableSource = SourceFile | { path: string; origin: NonNullable<LazySourceFile['origin']> };

/** What a worker thread is given (its `workerData`): the later files it judges. The cluster follows as a message. */
export interface LaterFilesJob {
  podgateLaterFiles: true;
  sources: PortableSource[];
  options: LintOptions;
}

/** This thread's message to a worker. */
interface ClusterMessage {
  snapshot: ClusterSnapshot;
}

/** A worker's message back: its result, or none when it gave up (one of its files held cluster state). */
interface ResultMessage {
  result?: LintResult;
}

/**
 * Lazily read bytes per thread under `auto`: below this a thread would spend more on starting (≈ 0.1 s) and on
 * reading the files that shape the cluster again than it saves.
 */
const AUTO_BYTES_PER_THREAD = 4 * 2 ** 20;
const AUTO_MAX_THREADS = 4;

/** How many threads to judge `sources` on: `jobs`, or under `auto` by the cores and the size of the lazy files. */
export function threadsFor(sources: readonly LintSource[], jobs: Jobs): number {
  const lazy = sources.filter((source): source is LazySourceFile => 'read' in source);
  // A lazy file with no origin can be read on this thread only.
  if (lazy.some((source) => source.origin === undefined)) return 1;
  if (jobs !== 'auto') return Math.max(1, Math.floor(jobs));
  const bytes = lazy.reduce((sum, source) => sum + sizeOf(source), 0);
  return Math.max(1, Math.min(availableParallelism(), AUTO_MAX_THREADS, Math.floor(bytes / AUTO_BYTES_PER_THREAD)));
}

/** `lint(sources, options)`, judged on `threads` threads. */
export async function lintOnThreads(sources: readonly LintSource[], options: LintOptions, threads: number): Promise<LintResult> {
  if (threads <= 1) return lint(sources, options);
  const { first, later } = splitSources(sources);
  const [own = [], ...others] = shareOut(later, threads, first.reduce((sum, source) => sum + sizeOf(source), 0));
  // Workers start first: they load and read their files while this thread builds the cluster.
  const bundled = import.meta.url.endsWith('.js');
  const threading = await import('node:worker_threads');
  const helpers = others.map((part) => {
    const job: LaterFilesJob = { podgateLaterFiles: true, sources: part.map(toPortable), options };
    return bundled ? onWorker(threading, job) : onThisThread(threading, job);
  });
  const run = LintRun.first(first, options);
  const snapshot = run.snapshot();
  for (const helper of helpers) helper.give(snapshot);
  run.judgeFirstPods();
  const judged = own.every((source) => run.judgeLater(source));
  const results = [judged ? run.finish() : undefined, ...(await Promise.all(helpers.map((helper) => helper.result)))];
  // A run gave up (a file read late held cluster state) or a worker failed: one run reading every file first decides.
  if (!results.every((result): result is LintResult => result !== undefined)) return lintReadingAllFirst(sources, options);
  return mergeShares(results);
}

/**
 * How much slower a worker judges than this thread, byte for byte: it starts cold (its own compiled code) and
 * shares the cores with the garbage collectors of both. Measured on the benchmark repository (2 cores): this thread
 * judged about 4.7 MB/s, a worker 3.3 MB/s.
 */
const WORKER_SLOWDOWN = 1.4;

/**
 * The later files split into `threads` runs of consecutive files, so that every thread finishes at about the same
 * time: this thread's run (the first) also reads `firstBytes` (the files read first), and workers are slower.
 */
function shareOut(later: readonly LintSource[], threads: number, firstBytes: number): LintSource[][] {
  const total = later.reduce((sum, source) => sum + sizeOf(source), firstBytes);
  // Each worker does 1 / WORKER_SLOWDOWN of what this thread does in the same time.
  const span = total / (1 + (threads - 1) / WORKER_SLOWDOWN);
  const ends = Array.from({ length: threads }, (_, index) => span + (index * span) / WORKER_SLOWDOWN);
  const parts: LintSource[][] = Array.from({ length: threads }, () => []);
  let done = firstBytes;
  let part = 0;
  for (const source of later) {
    // The run whose stretch of the total this file's middle falls in.
    const middle = done + sizeOf(source) / 2;
    while (part < threads - 1 && middle > (ends[part] ?? total)) part++;
    parts[part]?.push(source);
    done += sizeOf(source);
  }
  return parts;
}

const sizeOf = (source: LintSource): number => ('read' in source ? source.origin?.bytes ?? 0 : source.text.length);

/** A run of later files elsewhere: `give` it the cluster, and it resolves its result (undefined: gave up or failed). */
interface Helper {
  give(snapshot: ClusterSnapshot): void;
  result: Promise<LintResult | undefined>;
}

/** node:worker_threads, loaded only by runs that use threads (≈ 3 ms of every start otherwise). */
type Threading = typeof import('node:worker_threads');

/**
 * The flag a worker thread is started with, so that the bundle's entry point (bin.ts) knows to load
 * node:worker_threads and serve the job instead of running the command line.
 */
export const WORKER_FLAG = '--podgate-later-files';

function onWorker({ Worker }: Threading, job: LaterFilesJob): Helper {
  const worker = new Worker(new URL(import.meta.url), { workerData: job, argv: [WORKER_FLAG] });
  const result = new Promise<LintResult | undefined>((resolve) => {
    worker.once('message', (message: ResultMessage) => resolve(message.result));
    worker.once('error', () => resolve(undefined));
    worker.once('exit', () => resolve(undefined));
  });
  return { give: (snapshot) => worker.postMessage({ snapshot } satisfies ClusterMessage), result };
}

/**
 * The worker's part on this thread (unbundled): the worker's own `serveLaterFiles`, over a MessageChannel, so the
 * cluster and the result are copied as a worker's are.
 */
function onThisThread({ MessageChannel }: Threading, job: LaterFilesJob): Helper {
  const { port1, port2 } = new MessageChannel();
  const result = new Promise<LintResult | undefined>((resolve) => {
    port2.once('message', (message: ResultMessage) => {
      port2.close();
      resolve(message.result);
    });
    serveLaterFiles(job, port1).catch(() => {
      port2.close();
      resolve(undefined);
    });
  });
  return { give: (snapshot) => port2.postMessage({ snapshot } satisfies ClusterMessage), result };
}

/**
 * Text a worker reads ahead at most before it waits for the cluster: reading ahead keeps every parsed document
 * until the cluster comes, so a long wait (big cluster files) must not let it hold a whole share in memory.
 */
const MAX_READ_AHEAD_BYTES = 32 * 2 ** 20;

/**
 * The worker thread's side: reads its files, judging them as soon as the cluster has come (it looks for it between
 * files, and waits for it once it has read `maxReadAhead` bytes ahead), and sends the result back (structured
 * clone keeps shared objects shared).
 */
export async function serveLaterFiles(job: LaterFilesJob, port: MessagePort, maxReadAhead = MAX_READ_AHEAD_BYTES): Promise<void> {
  const { receiveMessageOnPort } = await import('node:worker_threads');
  const run = LintRun.later(job.options);
  const adopt = (message: ClusterMessage): void => run.adopt(message.snapshot);
  const waitForCluster = (): Promise<void> => new Promise((resolve) => port.once('message', (message: ClusterMessage) => resolve(adopt(message))));
  let readAhead = 0;
  for (const source of job.sources.map(fromPortable)) {
    if (!run.hasCluster) {
      const message = receiveMessageOnPort(port);
      if (message !== undefined) adopt(message.message as ClusterMessage);
      else if (readAhead >= maxReadAhead) await waitForCluster();
    }
    if (!run.hasCluster) readAhead += sizeOf(source);
    if (!run.judgeLater(source)) {
      port.postMessage({} satisfies ResultMessage);
      return;
    }
  }
  if (!run.hasCluster) await waitForCluster();
  port.postMessage({ result: run.finish() } satisfies ResultMessage);
}

export function isLaterFilesJob(data: unknown): data is LaterFilesJob {
  return typeof data === 'object' && data !== null && (data as Partial<LaterFilesJob>).podgateLaterFiles === true;
}

function toPortable(source: LintSource): PortableSource {
  if (!('read' in source)) return source;
  if (source.origin === undefined) throw new Error(`${source.path}: a lazy file without an origin cannot be sent to a thread`);
  return { path: source.path, origin: source.origin };
}

function fromPortable(source: PortableSource): LintSource {
  return 'origin' in source ? lazyManifest(source.path, source.origin) : source;
}
