// Splits a manifest file into Kubernetes objects: multi-document YAML (JSON is YAML), `List` items
// flattened, scalars read as kubectl reads them (YAML 1.1). Values are built straight from js-yaml's event
// stream; positions are kept as offsets only, and turned into a node tree later, for located findings.

import { constructFromEvents, parseEvents, type Event } from 'js-yaml';
import type { Diagnostic } from '../api/diagnostic.js';
import { readBlockDocuments, readBlockTrees } from './block-reader.js';
import { buildTree, documentRoots, rootStart, type YamlNode } from './event-tree.js';
import { parseLeniently } from './lenient-parse.js';
import { LineCursor } from './positions.js';
import { inGoMergeOrder, KUBECTL_SCHEMA } from './yaml11.js';
import { noticeDiagnostic, noticesOfEvents, REFUSED_MERGE, type YamlNotice } from './yaml-notices.js';

/** A file's text with its repository-relative POSIX path; `cluster` files only add cluster state. */
export interface SourceFile {
  path: string;
  text: string;
  cluster?: boolean;
}

/**
 * A repository file read only when its turn comes (and let go after), so that a big repository is never held
 * in memory whole. Meant for files `mayHoldClusterState` rules out: they are read after the cluster is built.
 */
export interface LazySourceFile {
  path: string;
  cluster?: undefined;
  /** The text, or why it cannot be read now. */
  read(): { text: string } | { diagnostic: Diagnostic };
  /** Where another thread can read it too (a file on disk, with the size limit it was found under), and its size. */
  origin?: { absolute: string; maxBytes: number; bytes: number };
}

/** One object of a manifest file. */
export interface ManifestObject {
  file: string;
  /** 0-based index among the file's objects (List items flattened, non-mappings skipped). */
  index: number;
  /** 0-based YAML document in the file (after a failed whole-file parse: chunk number). */
  yamlDoc: number;
  /** Index in `items` when the object came from a `List`. */
  listItem?: number;
  value: Record<string, unknown>;
  /** Offset of the object in the file text, and its 1-based line/column. */
  offset: number;
  line: number;
  column: number;
  /**
   * The YAML document's own text, `[docStart, docEnd)`: from the start of the line of its root node to the
   * next document. Re-parsed alone when a finding needs a position, never the whole file.
   */
  docStart: number;
  docEnd: number;
}

export interface ParseLimits {
  /** Deepest nesting accepted (collections). */
  maxDepth: number;
  /** Aliases accepted per file (alias bombs). */
  maxAliases: number;
}

export const DEFAULT_PARSE_LIMITS: ParseLimits = { maxDepth: 256, maxAliases: 10_000 };

export interface ParseResult {
  objects: ManifestObject[];
  diagnostics: Diagnostic[];
}

const isMapping = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Parses one file. Never throws: a broken document becomes a diagnostic and the others are kept. */
export function parseManifestFile(source: SourceFile, limits: ParseLimits = DEFAULT_PARSE_LIMITS): ParseResult {
  const text = source.text;
  const lines = new LineCursor(text);
  const objects: ManifestObject[] = [];
  const diagnostics: Diagnostic[] = [];
  const chunks = parseChunks(text, limits);
  const endsOf = documentEnds(text, chunks);
  chunks.forEach((chunk, c) => {
    if ('error' in chunk) {
      diagnostics.push(syntaxDiagnostic(source.path, chunk, lines));
      return;
    }
    const { values, starts, offset: chunkOffset, firstDoc, chunkText, notices } = chunk;
    const ends = endsOf[c] ?? [];
    // A document go-yaml refuses (a `<<` of something else than mappings) is an error, and nothing of it is read.
    const refused = new Set<number>();
    for (const notice of notices) {
      if (notice.kind !== 'refused-merge' || refused.has(notice.doc)) continue;
      refused.add(notice.doc);
      diagnostics.push(syntaxDiagnostic(source.path, { offset: chunkOffset, chunkText, error: REFUSED_MERGE, errorOffset: notice.at }, lines));
    }
    for (const notice of notices) {
      if (notice.kind === 'refused-merge' || refused.has(notice.doc) || !isKubernetesObject(values[notice.doc])) continue;
      const first = notice.kind === 'duplicate-key' ? lines.position(chunkOffset + notice.firstAt) : undefined;
      diagnostics.push(noticeDiagnostic(source.path, notice, lines.position(chunkOffset + notice.at), first));
    }
    values.forEach((value, i) => {
      if (refused.has(i)) return;
      const yamlDoc = firstDoc + i;
      if (!isMapping(value)) return;
      const start = chunkOffset + Math.max(0, starts[i] ?? 0);
      const span = { docStart: lineStartOf(text, start), docEnd: ends[i] ?? chunkOffset + chunkText.length };
      if (value.kind === 'List' || (typeof value.kind === 'string' && value.kind.endsWith('List') && Array.isArray(value.items))) {
        const items = Array.isArray(value.items) ? value.items : [];
        const itemStarts = chunk.itemStarts(i);
        items.forEach((item, itemIndex) => {
          const offset = chunkOffset + (itemStarts[itemIndex] ?? start - chunkOffset);
          if (isMapping(item)) objects.push(makeObject(source.path, objects.length, yamlDoc, item, offset, span, lines, itemIndex));
          // A null item (linkerd's generated Lists have them) is nothing; a number or a string is an error.
          else if (item !== null && item !== undefined) diagnostics.push(notAnObject(source.path, lines.position(offset), value.kind as string, itemIndex));
        });
        return;
      }
      objects.push(makeObject(source.path, objects.length, yamlDoc, value, start, span, lines));
    });
  });
  return { objects, diagnostics };
}

/** A document kubectl would send (a `kind` and an `apiVersion`), rather than other YAML (values, CI config). */
const isKubernetesObject = (value: unknown): boolean =>
  isMapping(value) && typeof value.kind === 'string' && value.kind !== '' && typeof value.apiVersion === 'string';

/**
 * Where each document's text ends (by chunk): at the line of the next document that has a root, in its chunk or
 * a later one (whether the file was read whole or document by document), else where a chunk that failed begins,
 * else the text's end.
 */
function documentEnds(text: string, chunks: readonly Chunk[]): number[][] {
  const ends: number[][] = new Array(chunks.length);
  let end = text.length;
  for (let c = chunks.length - 1; c >= 0; c--) {
    const chunk = chunks[c]!;
    if ('error' in chunk) {
      ends[c] = [];
      end = chunk.offset;
      continue;
    }
    const chunkEnds: number[] = new Array(chunk.values.length);
    for (let i = chunk.values.length - 1; i >= 0; i--) {
      chunkEnds[i] = end;
      const start = chunk.starts[i] ?? -1;
      if (start >= 0) end = lineStartOf(text, chunk.offset + start);
    }
    ends[c] = chunkEnds;
  }
  return ends;
}

/** A `List` item that is not an object: kubectl cannot decode it, the other items are still read. */
function notAnObject(file: string, at: { line: number; column: number }, kind: string, index: number): Diagnostic {
  return {
    ruleId: 'invalid-object',
    severity: 'error',
    message: `items[${index}] of this ${kind} is not an object; kubectl cannot decode it (the other items were still read)`,
    location: { file, startLine: at.line, startColumn: at.column, endLine: at.line, endColumn: at.column },
    related: [],
  };
}

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function makeObject(file: string, index: number, yamlDoc: number, value: Record<string, unknown>, offset: number, span: { docStart: number; docEnd: number }, lines: LineCursor, listItem?: number): ManifestObject {
  const { line, column } = lines.position(offset);
  const object: ManifestObject = { file, index, yamlDoc, value, offset, line, column, ...span };
  if (listItem !== undefined) object.listItem = listItem;
  return object;
}

/** A parsed piece of a file: its documents' values, where each root starts, and List item offsets. */
type Chunk =
  | { offset: number; firstDoc: number; chunkText: string; values: unknown[]; starts: number[]; itemStarts: (doc: number) => number[]; notices: YamlNotice[] }
  | { offset: number; chunkText: string; error: string; errorOffset: number };

type ReadChunk = Exclude<Chunk, { error: string }>;

/** A `---` line followed by anything but a comment, which kubectl's document reader refuses. */
const BAD_SEPARATOR = /^---[ \t]*[^\s#]/;

/** See parseChunks. */
const MAX_BLOCK_MISSES = 8;

/** Lines that tie a stream's documents together (directives, `...` end markers): such text is parsed whole. */
const TIED_DOCUMENTS = /^(%|\.\.\.)/m;

/**
 * The whole text as one chunk when the block reader takes it. Otherwise the documents (split at `---` lines, as
 * kubectl splits a stream before parsing each document) the block reader takes are read by it, and each run of
 * consecutive documents it does not take goes to js-yaml as one chunk — so that one block scalar or anchor leaves
 * only its own document to js-yaml, not the whole bundle, and a file of many such documents is still one js-yaml
 * call. A run js-yaml cannot read is read document by document, so that one broken document spoils only itself.
 * Text whose documents are tied together (directives, `...`) is parsed whole, and split only if that fails.
 */
function parseChunks(text: string, limits: ParseLimits): Chunk[] {
  if (!/^---[ \t]*[^\s#]/m.test(text)) {
    const block = blockChunk(text, 0, 0, limits);
    if (block !== undefined) return [block];
    if (TIED_DOCUMENTS.test(text)) {
      const whole = parseChunk(text, 0, 0, limits);
      if (!('error' in whole)) return [whole];
    }
  }
  const chunks: Chunk[] = [];
  let firstDoc = 0;
  const add = (chunk: Chunk): void => {
    firstDoc += 'error' in chunk ? 1 : chunk.values.length;
    chunks.push(chunk);
  };
  let run: { text: string; offset: number }[] = [];
  const flushRun = (): void => {
    const [first] = run;
    const last = run[run.length - 1];
    if (first === undefined || last === undefined) return;
    const joined = parseChunk(text.slice(first.offset, last.offset + last.text.length), first.offset, firstDoc, limits, false);
    if (!('error' in joined) || run.length === 1) add(joined);
    else for (const piece of run) add(parseChunk(piece.text, piece.offset, firstDoc, limits, false));
    run = [];
  };
  // After this many documents in a row the block reader did not take, it is not tried on the rest of the file
  // (their documents are alike: generated, or all CRLF); the values are the same either way, only faster.
  let misses = 0;
  for (const piece of splitDocuments(text)) {
    const bad = BAD_SEPARATOR.exec(piece.text);
    const block = bad || misses >= MAX_BLOCK_MISSES ? undefined : blockChunk(piece.text, piece.offset, firstDoc, limits);
    if (!bad && block === undefined) {
      misses++;
      run.push(piece);
      continue;
    }
    misses = 0;
    flushRun();
    // Read before the run was flushed: its documents are numbered now.
    add(block !== undefined ? { ...block, firstDoc } : { offset: piece.offset, chunkText: piece.text, error: `invalid Yaml document separator: ${piece.text.split('\n')[0]?.slice(3).trim() ?? ''} (kubectl refuses this document)`, errorOffset: 0 });
  }
  flushRun();
  return chunks;
}

/** The chunk as the block reader reads it, or undefined when it is outside its subset. */
function blockChunk(chunkText: string, offset: number, firstDoc: number, limits: ParseLimits): ReadChunk | undefined {
  const block = readBlockDocuments(chunkText, limits.maxDepth);
  if (block === undefined) return undefined;
  let trees: (YamlNode | undefined)[] | undefined;
  // Only List documents need item offsets: the chunk's node trees are read then, once.
  const itemStarts = (doc: number): number[] => itemsOf((trees ??= readBlockTrees(chunkText, limits.maxDepth) ?? [])[doc]);
  // The block reader leaves keys given twice and tags to js-yaml: its documents have no notices.
  return { offset, firstDoc, chunkText, values: block.values, starts: block.starts, itemStarts, notices: [] };
}

/** `tryBlock`: false when the block reader is known not to take the text. */
function parseChunk(chunkText: string, offset: number, firstDoc: number, limits: ParseLimits, tryBlock = true): Chunk {
  // Most manifests are plain block YAML: read those straight from the text; js-yaml reads the rest.
  const block = tryBlock ? blockChunk(chunkText, offset, firstDoc, limits) : undefined;
  if (block !== undefined) return block;
  try {
    const events = parseEvents(chunkText, { maxDepth: limits.maxDepth });
    // json: true keeps the last of duplicate keys, as kubectl's YAML-to-JSON conversion does.
    const values = constructFromEvents(inGoMergeOrder(events, chunkText) as Event[], { source: chunkText, schema: KUBECTL_SCHEMA, json: true, maxAliases: limits.maxAliases });
    const roots = documentRoots(events);
    const starts = roots.map((root) => rootStart(events, root));
    return { offset, firstDoc, chunkText, values, starts, itemStarts: (doc) => listItemStarts(events, roots[doc] ?? -1, chunkText), notices: noticesOfEvents(events, chunkText) };
  } catch (error) {
    // js-yaml is stricter than go-yaml in a few places kubectl accepts: read such text leniently.
    // Never for templates: `{{ … }}` would read as nested flow mappings.
    const lenient = firstTemplateOffset(chunkText) === -1 && !exceedsDepth(chunkText, limits.maxDepth) ? parseLeniently(chunkText, limits) : undefined;
    if (lenient !== undefined && 'documents' in lenient) {
      const { documents } = lenient;
      return {
        offset,
        firstDoc,
        chunkText,
        values: documents.map((document) => document.value),
        starts: documents.map((document) => document.start),
        itemStarts: (doc) => itemsOf(documents[doc]?.tree),
        notices: documents.flatMap((document) => document.notices),
      };
    }
    const mark = (error as { mark?: { position?: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? (error instanceof Error ? error.message : String(error));
    return { offset, chunkText, error: reason, errorOffset: mark?.position ?? 0 };
  }
}

/** Whether brackets nest deeper than the limit (the lenient reader has no depth limit of its own). */
function exceedsDepth(text: string, maxDepth: number): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 0x5b || ch === 0x7b) {
      if (++depth > maxDepth) return true;
    } else if (ch === 0x5d || ch === 0x7d) depth = Math.max(0, depth - 1);
  }
  return false;
}

function itemsOf(tree: YamlNode | undefined): number[] {
  if (tree?.kind !== 'map') return [];
  const items = tree.values[tree.keys.indexOf('items')];
  return items?.kind === 'seq' ? items.items.map((item) => item.start) : [];
}

/** Splits at lines that start a document (`---`), keeping offsets. Used only to salvage broken files. */
export function splitDocuments(text: string): { text: string; offset: number }[] {
  const pieces: { text: string; offset: number }[] = [];
  const marker = /^---(?=[ \t\r\n]|$)/gm;
  let start = 0;
  for (let match = marker.exec(text); match !== null; match = marker.exec(text)) {
    if (match.index > start) pieces.push({ text: text.slice(start, match.index), offset: start });
    start = match.index;
    if (marker.lastIndex === match.index) marker.lastIndex++;
  }
  pieces.push({ text: text.slice(start), offset: start });
  return pieces.filter((piece) => piece.text.trim() !== '');
}

/** Offsets (within the chunk) of each item of a List document's `items` sequence. */
function listItemStarts(events: Event[], rootIndex: number, chunkText: string): number[] {
  return rootIndex < 0 ? [] : itemsOf(buildTree(events, rootIndex, chunkText, 0).node);
}

const TEMPLATE_MARK = /\{\{.*?\}\}/;

function syntaxDiagnostic(file: string, chunk: { offset: number; chunkText: string; error: string; errorOffset: number }, lines: LineCursor): Diagnostic {
  const templateAt = firstTemplateOffset(chunk.chunkText);
  const templated = templateAt !== -1;
  const { line, column } = lines.position(chunk.offset + (templated ? templateAt : chunk.errorOffset));
  return {
    ruleId: templated ? 'unrendered-template' : 'yaml-syntax',
    severity: 'error',
    message: templated
      ? 'This document is an unrendered template ({{ … }}): render it first (helm template, kustomize build) so podgate can judge what it creates'
      : `YAML syntax error: ${chunk.error}; the other documents of the file were still read`,
    location: { file, startLine: line, startColumn: column, endLine: line, endColumn: column },
    related: [],
  };
}

/** Offset of the first `{{ … }}` outside a comment line, or -1. */
export function firstTemplateOffset(text: string): number {
  let lineStart = 0;
  for (const line of text.split('\n')) {
    if (!line.trimStart().startsWith('#')) {
      const match = TEMPLATE_MARK.exec(line);
      if (match) return lineStart + match.index;
    }
    lineStart += line.length + 1;
  }
  return -1;
}
