// Chooses and runs the renderer of a `--format`, for the CLI: stylish (with suppressed findings marked and the
// migration forecast appended when asked), json, sarif, junit, github workflow commands.

import type { LintResult } from '../lint.js';
import type { MigrationForecast } from '../lint/migrate.js';
import { renderWorkflowCommands, selectAnnotations } from './annotations.js';
import { renderJsonChunks } from './json.js';
import { renderJunitChunks } from './junit.js';
import { renderMigration } from './migration.js';
import { renderSarifChunks } from './sarif.js';
import { renderStylishChunks } from './stylish.js';

export const FORMATS = ['stylish', 'json', 'sarif', 'junit', 'github'] as const;
export type Format = (typeof FORMATS)[number];

export interface RenderOptions {
  color: boolean;
  quiet: boolean;
  toolVersion: string;
  /** The PSP -> PSS migration forecast (`--migrate`): a section of stylish, a `migration` key in JSON. */
  migration?: MigrationForecast;
}

export function renderReport(format: Format, result: LintResult, options: RenderOptions): string {
  return [...renderReportChunks(format, result, options)].join('');
}

/**
 * `renderReport` in pieces of about a mebibyte, to write one after another: a JSON report or a SARIF log can
 * outgrow a single string, and one write per pod would be slow.
 */
export function renderReportChunks(format: Format, result: LintResult, options: RenderOptions): Iterable<string> {
  switch (format) {
    case 'json':
      return batched(renderJsonChunks(result, options.migration ? { migration: options.migration } : {}));
    case 'sarif':
      return batched(renderSarifChunks(result, { toolVersion: options.toolVersion }));
    case 'stylish':
      return batched(stylishReport(result, options));
    case 'junit':
      return batched(renderJunitChunks(result));
    case 'github':
      return [renderWorkflowCommands(selectAnnotations(result))];
  }
}

/** `chunks` joined into pieces of at least `size` characters (the last one may be shorter). */
function* batched(chunks: Iterable<string>, size = 1 << 20): Generator<string> {
  let pending: string[] = [];
  let length = 0;
  for (const chunk of chunks) {
    pending.push(chunk);
    length += chunk.length;
    if (length < size) continue;
    yield pending.join('');
    pending = [];
    length = 0;
  }
  if (pending.length > 0) yield pending.join('');
}

/** The stylish report: suppressed findings marked, then the migration forecast when asked. */
function* stylishReport(result: LintResult, options: RenderOptions): Generator<string> {
  yield* stylishWithSuppressions(result, options);
  if (options.migration) yield `\n${renderMigration(options.migration)}`;
}

/** Stylish with suppressed findings marked `[suppressed: reason]` (left out under --quiet), and their count. */
function* stylishWithSuppressions(result: LintResult, options: { color: boolean; quiet: boolean }): Generator<string> {
  const suppressed = result.diagnostics.filter((d) => d.suppression !== undefined).length;
  if (suppressed === 0) {
    yield* renderStylishChunks(result, options);
    return;
  }
  const diagnostics = result.diagnostics
    .filter((d) => !(options.quiet && d.suppression))
    .map((d) => (d.suppression ? { ...d, message: `${d.message}  [suppressed: ${d.suppression.justification}]` } : d));
  yield* renderStylishChunks({ ...result, diagnostics }, options);
  yield `${suppressed} finding${suppressed === 1 ? '' : 's'} suppressed by podgate.dev/ignore annotations (not counted for the exit code)\n`;
}
