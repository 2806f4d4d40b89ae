// The only file-system module below the adapters: finds manifest files under the given paths, reads them
// with their encoding (UTF-8, UTF-8/UTF-16 with BOM), and turns what cannot be read into diagnostics.

import { existsSync, readdirSync, readFileSync, readlinkSync, realpathSync, statSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { glob } from 'glob';
import { Minimatch } from 'minimatch';
import type { Diagnostic } from '../api/diagnostic.js';
import { compareCodePoints } from '../api/compare.js';
import { RULES, type Rule } from '../rules/catalog.js';
import { mayHoldClusterState } from './kinds.js';
import type { LazySourceFile, SourceFile } from './parse.js';

export const MANIFEST_EXTENSIONS = ['.yaml', '.yml', '.json'] as const;
const ALWAYS_IGNORED_DIRECTORIES: ReadonlySet<string> = new Set(['.git', 'node_modules']);

export interface DiscoverOptions {
  /** Working directory: output paths are relative to it. */
  cwd: string;
  /** Glob patterns (relative to cwd) of files to leave out. */
  ignore: readonly string[];
  /** Files larger than this are reported, not read. */
  maxFileBytes: number;
  /** Mark the found files as cluster state (`--cluster`). */
  cluster?: boolean;
  /**
   * Standard input, for the path `-`: its bytes (decoded and checked as a file's are; a reader may stop one byte past
   * `maxBytes`), or text already decoded.
   */
  readStdin?: (maxBytes: number) => Promise<Uint8Array | string>;
  /**
   * Return the repository files that cannot hold cluster state (`mayHoldClusterState`) as lazy files, read again
   * when the lint run reaches them, instead of holding every text for the whole run.
   */
  lazy?: boolean;
}

export interface DiscoverResult {
  sources: (SourceFile | LazySourceFile)[];
  diagnostics: Diagnostic[];
}

export const STDIN_PATH = '<stdin>';

const toPosix = (file: string): string => file.split(path.sep).join('/');

/** Reads every manifest under `paths`. A path that does not exist is a usage error (thrown). */
export async function discoverManifests(paths: readonly string[], options: DiscoverOptions): Promise<DiscoverResult> {
  const files = new Set<string>();
  const sources: (SourceFile | LazySourceFile)[] = [];
  const diagnostics: Diagnostic[] = [];
  const ignored = ignoreMatcher(options.ignore);
  for (const given of paths) {
    if (given === '-') {
      // Standard input is checked as a file is: size, binary content, encoding.
      const input = options.readStdin ? await options.readStdin(options.maxFileBytes) : '';
      const overLimit = (): Diagnostic => fileDiagnostic(STDIN_PATH, `Standard input is over the limit of ${options.maxFileBytes} bytes (--max-file-size); it was not read`);
      const read: { text: string } | { diagnostic: Diagnostic } = typeof input === 'string' ? { text: input } : input.length > options.maxFileBytes ? { diagnostic: overLimit() } : decodeManifest(input, STDIN_PATH);
      if ('text' in read) sources.push({ path: STDIN_PATH, text: read.text, ...(options.cluster ? { cluster: true } : {}) });
      else diagnostics.push(read.diagnostic);
      continue;
    }
    const absolute = path.resolve(options.cwd, given);
    const info = await stat(absolute).catch(() => undefined);
    if (info === undefined) throw new PathNotFoundError(given);
    if (!info.isDirectory()) {
      // A file named on the command line is read whatever its name or extension.
      files.add(relativeTo(options.cwd, absolute));
      continue;
    }
    const walked = await walkDirectory(absolute, options.cwd, ignored);
    for (const file of walked.files) files.add(file);
    diagnostics.push(...walked.diagnostics);
  }
  for (const file of [...files].sort(compareCodePoints)) {
    const absolute = path.resolve(options.cwd, file);
    const read = readManifest(absolute, file, options.maxFileBytes);
    if (!('text' in read)) diagnostics.push(read.diagnostic);
    else if (options.cluster) sources.push({ path: file, text: read.text, cluster: true });
    else if (options.lazy && !mayHoldClusterState(file, read.text)) sources.push(lazyManifest(file, { absolute, maxBytes: options.maxFileBytes, bytes: read.text.length }));
    else sources.push({ path: file, text: read.text });
  }
  return { sources, diagnostics };
}

const isManifestName = (name: string): boolean => MANIFEST_EXTENSIONS.some((extension) => name.endsWith(extension));

/**
 * The manifest files under the directory `absolute` (working-directory-relative), and a `skipped-link` warning for
 * each symbolic link that leads out of it. Globbing from inside the directory keeps `**` first, so links to
 * directories are never followed (no loops, nothing read twice) and names with glob characters are plain names.
 * A link to a directory inside the tree is left silently (what it holds is read at its own path); a link to a
 * manifest file inside the tree is read like the file; a link leading outside (to a directory, or to a file with
 * a manifest name) is not followed, and said: nothing outside the scanned tree is read unless named on the
 * command line, and nothing vanishes silently.
 */
async function walkDirectory(absolute: string, cwd: string, ignored: (file: string) => boolean): Promise<{ files: string[]; diagnostics: Diagnostic[] }> {
  const entries = await glob('**', {
    cwd: absolute,
    ignore: { childrenIgnored: (entry) => ALWAYS_IGNORED_DIRECTORIES.has(entry.name) },
    dot: true,
    follow: false,
    withFileTypes: true,
  });
  const root = realpathSync(absolute);
  const files: string[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const entry of entries) {
    const relative = relativeTo(cwd, entry.fullpath());
    // A directory whose name is not UTF-8 comes decoded (with U+FFFD), a path that leads nowhere: glob cannot
    // tell its type nor go in. Said, so that what it holds does not vanish.
    if (entry.isUnknown() && entry.name.includes(REPLACEMENT) && !ignored(relative) && isDirectory(bytePath(entry.fullpath()))) {
      diagnostics.push(fileDiagnostic(relative, 'Directory name is not valid UTF-8, so podgate cannot walk into it: nothing under it was read; rename it'));
      continue;
    }
    if (entry.isDirectory() || ignored(relative)) continue;
    if (!entry.isSymbolicLink()) {
      if (isManifestName(entry.name)) files.push(relative);
      continue;
    }
    const target = linkTarget(entry.fullpath());
    // A dangling link with a manifest name is read, and reported unreadable, like any file that cannot be read.
    if (target === undefined) {
      if (isManifestName(entry.name)) files.push(relative);
      continue;
    }
    const inside = target.real === root || target.real.startsWith(root.endsWith(path.sep) ? root : `${root}${path.sep}`);
    if (target.directory) {
      if (!inside) diagnostics.push(fileDiagnostic(relative, `A link to a directory outside the scanned tree (-> ${target.text}): not followed, so nothing in it is read; lint that directory directly if it holds manifests`, RULES.skippedLink));
    } else if (isManifestName(entry.name)) {
      if (inside) files.push(relative);
      else diagnostics.push(fileDiagnostic(relative, `A link to a file outside the scanned tree (-> ${target.text}): it was not read; lint the file directly if it is a manifest`, RULES.skippedLink));
    }
  }
  // Glob's order is the order it happens to read directories in.
  return { files, diagnostics: diagnostics.sort((a, b) => compareCodePoints(a.location.file, b.location.file)) };
}

/** Where the link at `file` leads: its text, the real path and whether that is a directory; undefined when it leads nowhere (dangling, a loop of links). */
function linkTarget(file: string): { text: string; real: string; directory: boolean } | undefined {
  try {
    const real = realpathSync(file);
    return { text: readlinkSync(file), real, directory: statSync(real).isDirectory() };
  } catch {
    return undefined;
  }
}

/** The manifest at `origin.absolute` as a lazy file named `file` (read, decoded and checked when asked). */
export function lazyManifest(file: string, origin: NonNullable<LazySourceFile['origin']>): LazySourceFile {
  return { path: file, read: () => readManifest(origin.absolute, file, origin.maxBytes), origin };
}

const relativeTo = (cwd: string, file: string): string => toPosix(path.relative(cwd, file)) || '.';

/** `--ignore` patterns, matched against working-directory-relative POSIX paths (dot files included). */
function ignoreMatcher(patterns: readonly string[]): (file: string) => boolean {
  const matchers = patterns.map((pattern) => new Minimatch(pattern, { dot: true }));
  return (file) => matchers.some((matcher) => matcher.match(file));
}

/** A command-line path that does not exist. */
export class PathNotFoundError extends Error {
  constructor(readonly given: string) {
    super(`No such file or directory: ${given}`);
  }
}

/** A diagnostic about a whole file, at its line 1 (`unreadable-file` unless another rule is given). */
function fileDiagnostic(file: string, message: string, rule: Rule = RULES.unreadableFile): Diagnostic {
  return { ruleId: rule.id, severity: rule.severity, message, location: { file, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 }, related: [] };
}

/**
 * Reads one file synchronously: hundreds of small files read one after another spend more time waiting on the
 * event loop than reading (measured: ≈ 0.4 s of 900 files). Only regular files are read: a FIFO or a device
 * (a `.yaml` link to /dev/zero, say) would block or never end.
 */
function readManifest(absolute: string, file: string, maxBytes: number): { text: string } | { diagnostic: Diagnostic } {
  try {
    const target = bytePath(absolute);
    const info = statSync(target);
    if (!info.isFile()) return { diagnostic: fileDiagnostic(file, 'Not a regular file (a FIFO, socket or device); it was not read') };
    if (info.size > maxBytes) return { diagnostic: fileDiagnostic(file, `File is ${info.size} bytes, over the limit of ${maxBytes} bytes (--max-file-size); it was not read`) };
    const bytes = readFileSync(target);
    return decodeManifest(bytes, file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    return { diagnostic: fileDiagnostic(file, `File could not be read (${code}); it was skipped`) };
  }
}

const REPLACEMENT = '\uFFFD';

function isDirectory(file: string | Buffer): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}

/**
 * The path to open for `absolute`: itself, or, when a file name is not UTF-8 (the walk hands it over decoded, with
 * U+FFFD, and that path does not exist), its bytes as the directory lists them, so the file is read as kubectl
 * would read it.
 */
function bytePath(absolute: string): string | Buffer {
  if (!absolute.includes(REPLACEMENT) || existsSync(absolute)) return absolute;
  const directory = path.dirname(absolute);
  const name = path.basename(absolute);
  const entry = readdirSync(directory, { encoding: 'buffer' }).find((bytes) => bytes.toString('utf8') === name);
  return entry === undefined ? absolute : Buffer.concat([Buffer.from(directory === path.sep ? directory : directory + path.sep), entry]);
}

/** Decodes bytes as a manifest: BOMs honoured, binary content refused, invalid UTF-8 replaced and reported. */
export function decodeManifest(bytes: Uint8Array, file: string): { text: string } | { diagnostic: Diagnostic } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  if (body.subarray(0, 8192).includes(0)) return { diagnostic: fileDiagnostic(file, 'File looks binary (it contains NUL bytes); it was skipped') };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body) };
  } catch {
    return { diagnostic: fileDiagnostic(file, 'File is not valid UTF-8; it was skipped (kubectl would refuse it too)') };
  }
}
