// `--format sarif` and the Action's SARIF file: one SARIF 2.1.0 run for GitHub code scanning. Deterministic
// (no timestamps, no absolute paths, results in diagnostic order), so the same input gives the same bytes.

import type { Log, Result } from 'sarif';
import { SEVERITY_ORDER, type Diagnostic } from '../api/diagnostic.js';
import { compareDiagnostics, type LintResult } from '../lint.js';
import { FINGERPRINT_KEY, fingerprints } from './sarif-fingerprint.js';
import { SRCROOT, toPhysicalLocation, toRelatedLocations, withRelatedLinks } from './sarif-locations.js';
import { reportingDescriptors } from './sarif-rules.js';
import { batchedArray, jsonInChunks, placeholder } from './json-chunks.js';

/** The final OASIS SARIF 2.1.0 schema (errata 01): the Multitool (SARIF2008, GH1013) wants `$schema` to name it. */
export const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

/** podgate's home page, `tool.driver.informationUri`. */
export const INFORMATION_URI = 'https://github.com/podgate/podgate';

export interface SarifOptions {
  /** podgate's version (`tool.driver.semanticVersion`), e.g. `0.1.0`. */
  toolVersion: string;
  /** Overrides INFORMATION_URI (a fork's home page). */
  informationUri?: string;
  /**
   * At most this many results, the most severe first (errors, then warnings, then notes, each in report order);
   * the run's `properties` then count those left out (`podgate/omittedResults`). GitHub code scanning rejects a
   * run of more than 25,000 results.
   */
  maxResults?: number;
}

/** The property that counts the results `maxResults` left out. */
export const OMITTED_RESULTS_PROPERTY = 'podgate/omittedResults';

/**
 * The SARIF log of a lint run: every catalogued rule in `tool.driver.rules`, one result per diagnostic (an
 * empty `results` array when there are none), paths relative to `%SRCROOT%` (the working directory).
 */
export function toSarif(result: LintResult, options: SarifOptions): Log {
  const { log, results } = sarifParts(result, options);
  log.runs[0]!.results = results.items.map(results.map);
  return log;
}

/** The log without its results, and the results to write (each diagnostic with its rule index and fingerprint). */
function sarifParts(result: LintResult, options: SarifOptions): { log: Log; results: { items: number[]; map: (i: number) => Result } } {
  const { rules, indexOf } = reportingDescriptors();
  const diagnostics = [...result.diagnostics].sort(compareDiagnostics);
  const prints = fingerprints(diagnostics);
  const log: Log = {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'podgate',
            semanticVersion: options.toolVersion,
            informationUri: options.informationUri ?? INFORMATION_URI,
            rules,
          },
        },
        originalUriBaseIds: {
          [SRCROOT]: { description: { text: 'The directory podgate ran in (the repository root); every file path is relative to it.' } },
        },
        results: [],
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  const map = (i: number): Result => toResult(diagnostics[i]!, indexOf.get(diagnostics[i]!.ruleId), prints[i] ?? '');
  // Fingerprints are those of the whole list, so that a result keeps its fingerprint whatever the cap.
  const kept = mostSevere(diagnostics, options.maxResults);
  if (kept.length < diagnostics.length) log.runs[0]!.properties = { [OMITTED_RESULTS_PROPERTY]: diagnostics.length - kept.length };
  return { log, results: { items: kept, map } };
}

/** The indexes of the `max` most severe diagnostics (all without `max`), in report order. */
function mostSevere(diagnostics: readonly Diagnostic[], max: number | undefined): number[] {
  const all = diagnostics.map((_, i) => i);
  if (max === undefined || diagnostics.length <= max) return all;
  const rank = (i: number): number => SEVERITY_ORDER[diagnostics[i]!.severity];
  return all.sort((a, b) => rank(a) - rank(b) || a - b).slice(0, Math.max(0, max)).sort((a, b) => a - b);
}

/** `--format sarif`: the log as JSON, two-space indented, with a final newline. */
export function renderSarif(result: LintResult, options: SarifOptions): string {
  return [...renderSarifChunks(result, options)].join('');
}

/**
 * `renderSarif` in pieces: a log of hundreds of thousands of findings is longer than the longest string JavaScript
 * can hold, and its results are made a batch at a time.
 */
export function* renderSarifChunks(result: LintResult, options: SarifOptions): Generator<string> {
  const { log, results } = sarifParts(result, options);
  const mark = placeholder();
  log.runs[0]!.results = mark as unknown as Result[];
  yield* jsonInChunks(log, new Map([[mark, batchedArray(results.items, results.map)]]));
  yield '\n';
}

function toResult(diagnostic: Diagnostic, ruleIndex: number | undefined, fingerprint: string): Result {
  const related = toRelatedLocations(diagnostic.related);
  const result: Result = {
    ruleId: diagnostic.ruleId,
    ...(ruleIndex === undefined ? {} : { ruleIndex }),
    level: diagnostic.severity,
    message: { text: withRelatedLinks(diagnostic.message, related) },
    locations: [{ physicalLocation: toPhysicalLocation(diagnostic.location) }],
  };
  if (related.length > 0) result.relatedLocations = related;
  result.partialFingerprints = { [FINGERPRINT_KEY]: fingerprint };
  if (diagnostic.suppression) result.suppressions = [{ kind: diagnostic.suppression.kind, justification: diagnostic.suppression.justification }];
  return result;
}
