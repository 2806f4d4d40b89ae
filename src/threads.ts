// Judging a big repository on several threads (adapter layer). The run is split into shares (lint.ts
// `lintShare`): share 0 is judged on this thread while worker threads judge the others, then the results are
// merged (`mergeShares`), equal to one `lint`. Workers run this same bundle (dist/cli.js), whose entry point
// hands them to `serveShare`; unbundled (the sources under a TypeScript loader) every share runs on this thread.

import { availableParallelism } from 'node:os';
import { Worker, type MessagePort } from 'node:worker_threads';
import { lint, lintShare, mergeShares, type LintOptions, type LintResult, type LintShareIndex, type LintSource } from './lint.js';
import { lazyManifest } from './load/discover.js';
import type { LazySourceFile, SourceFile } from './load/parse.js';

/** `--jobs`: how many threads judge (1: this one alone), or `auto`. */
export type Jobs = number | 'auto';

/** A source as data a thread can be sent: the text, or where to read the file. */
type PortableSource = SourceFile | { path: string; origin: NonNullable<LazySourceFile['origin']> };

/** What a worker thread is given (its `workerData`). */
export interface ShareJob {
  podgateShare: true;
  sources: PortableSource[];
  options: LintOptions;
  share: LintShareIndex;
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
  const bytes = lazy.reduce((sum, source) => sum + (source.origin?.bytes ?? 0), 0);
  return Math.max(1, Math.min(availableParallelism(), AUTO_MAX_THREADS, Math.floor(bytes / AUTO_BYTES_PER_THREAD)));
}

/** `lint(sources, options)`, judged on `threads` threads. */
export async function lintOnThreads(sources: readonly LintSource[], options: LintOptions, threads: number): Promise<LintResult> {
  if (threads <= 1) return lint(sources, options);
  const bundled = import.meta.url.endsWith('.js');
  const portable = sources.map(toPortable);
  const others: Promise<LintResult | undefined>[] = [];
  for (let index = 1; index < threads; index++) {
    const job: ShareJob = { podgateShare: true, sources: portable, options, share: { index, of: threads } };
    others.push(bundled ? onWorker(job) : Promise.resolve(lintShare(sources, options, job.share)));
  }
  const own = lintShare(sources, options, { index: 0, of: threads });
  const results = [own, ...(await Promise.all(others))];
  // A share gave up (a file read late held cluster state) or a worker failed: one run on this thread decides.
  if (!results.every((result): result is LintResult => result !== undefined)) return lint(sources, options);
  return mergeShares(results);
}

/** Runs one share on a worker thread; undefined when it gave up or the thread failed. */
function onWorker(job: ShareJob): Promise<LintResult | undefined> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: job });
    worker.once('message', (message: { result?: LintResult }) => resolve(message.result));
    worker.once('error', () => resolve(undefined));
    worker.once('exit', () => resolve(undefined));
  });
}

/** The worker thread's side: judges its share and sends the result back (structured clone keeps shared objects shared). */
export function serveShare(job: ShareJob, port: MessagePort): void {
  const result = lintShare(job.sources.map(fromPortable), job.options, job.share);
  port.postMessage({ result });
}

export function isShareJob(data: unknown): data is ShareJob {
  return typeof data === 'object' && data !== null && (data as Partial<ShareJob>).podgateShare === true;
}

function toPortable(source: LintSource): PortableSource {
  if (!('read' in source)) return source;
  if (source.origin === undefined) throw new Error(`${source.path}: a lazy file without an origin cannot be sent to a thread`);
  return { path: source.path, origin: source.origin };
}

function fromPortable(source: PortableSource): LintSource {
  return 'origin' in source ? lazyManifest(source.path, source.origin) : source;
}
