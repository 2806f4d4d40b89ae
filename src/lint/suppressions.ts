// In-source suppressions: the `podgate.dev/ignore` annotation on an object (or a workload's pod template)
// marks that object's matching findings as suppressed. They are still reported (SARIF `suppressions`), but
// no longer fail the run. The simulation itself is unchanged: a forbidden pod stays forbidden.

import type { Diagnostic, ObjectRef } from '../api/diagnostic.js';
import type { Locator, PathSegment } from '../load/locate.js';
import type { ManifestObject } from '../load/parse.js';
import { FORBIDDING_RULE_IDS, RULES } from '../rules/catalog.js';
import type { PodEvaluation } from './evaluate-pod.js';

export const SUPPRESSION_ANNOTATION = 'podgate.dev/ignore';

/** One `rules: reason` line of the annotation. `rules` is `'*'` for every rule. */
export interface SuppressionClause {
  rules: readonly string[] | '*';
  reason: string;
}

export interface ParsedSuppression {
  clauses: SuppressionClause[];
  /** What is wrong with the value, one sentence each (reported as `invalid-suppression`). */
  problems: string[];
}

/** Rule ids a suppression may name: every catalogued rule but `invalid-suppression` itself. */
const SUPPRESSIBLE: ReadonlySet<string> = new Set(Object.values(RULES).map((rule) => rule.id).filter((id) => id !== RULES.invalidSuppression.id));

/**
 * Parses an annotation value: one clause per non-empty line, `RULES: REASON`, where RULES is `*` or rule ids
 * separated by commas or spaces, and REASON (everything after the first colon) must not be empty. A clause
 * without a reason is ignored; unknown ids are reported and the clause's other ids still apply.
 */
export function parseSuppression(value: string): ParsedSuppression {
  const clauses: SuppressionClause[] = [];
  const problems: string[] = [];
  for (const line of value.split(/\r?\n/).map((text) => text.trim()).filter((text) => text !== '')) {
    const colon = line.indexOf(':');
    const ids = (colon === -1 ? line : line.slice(0, colon)).split(/[\s,]+/).filter((id) => id !== '');
    const reason = colon === -1 ? '' : line.slice(colon + 1).trim();
    if (ids.length === 0) {
      problems.push(`${JSON.stringify(line)} names no rule: write "RULE-ID[, RULE-ID…]: REASON" or "*: REASON"`);
      continue;
    }
    if (reason === '') {
      problems.push(`${JSON.stringify(line)} gives no reason: write "${ids.join(', ')}: REASON" (the reason is required and is reported with each suppressed finding)`);
      continue;
    }
    if (ids.includes('*')) {
      clauses.push({ rules: '*', reason });
      continue;
    }
    const unknown = ids.filter((id) => !SUPPRESSIBLE.has(id));
    if (unknown.length > 0) problems.push(`${unknown.map((id) => JSON.stringify(id)).join(', ')} ${unknown.length === 1 ? 'is not a rule id' : 'are not rule ids'} podgate can suppress; the clause's other rules still apply`);
    const known = ids.filter((id) => SUPPRESSIBLE.has(id));
    if (known.length > 0) clauses.push({ rules: known, reason });
  }
  if (clauses.length === 0 && problems.length === 0) problems.push('the annotation is empty: write "RULE-ID[, RULE-ID…]: REASON"');
  return { clauses, problems };
}

const keyOf = (file: string, ref: ObjectRef): string => [file, ref.apiVersion, ref.kind, ref.namespace ?? '', ref.name].join('\u0000');

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function annotationAt(value: unknown, path: readonly PathSegment[]): unknown {
  let current = value;
  for (const segment of [...path, 'metadata', 'annotations']) current = isRecord(current) ? current[segment] : undefined;
  return isRecord(current) ? current[SUPPRESSION_ANNOTATION] : undefined;
}

/** The suppressions of every object read in one lint run, by file and object. */
export class SuppressionIndex {
  private readonly clauses = new Map<string, SuppressionClause[]>();
  /** `invalid-suppression` warnings, at the annotation's value. */
  readonly diagnostics: Diagnostic[] = [];

  constructor(private readonly locator: Locator) {}

  /**
   * Reads the annotation of `source` (its parsed value must still be attached): the object's own metadata,
   * then, for a workload, its pod template's (`templatePath`).
   */
  add(source: ManifestObject, ref: ObjectRef, templatePath: readonly PathSegment[] = []): void {
    const paths: (readonly PathSegment[])[] = templatePath.length > 0 ? [[], templatePath] : [[]];
    for (const path of paths) {
      const value = annotationAt(source.value, path);
      if (value === undefined) continue;
      const parsed = typeof value === 'string' ? parseSuppression(value) : { clauses: [], problems: ['the value must be a string'] };
      const key = keyOf(source.file, ref);
      const clauses = this.clauses.get(key);
      if (clauses === undefined) this.clauses.set(key, [...parsed.clauses]);
      else clauses.push(...parsed.clauses);
      for (const problem of parsed.problems) {
        this.diagnostics.push({
          ruleId: RULES.invalidSuppression.id,
          severity: RULES.invalidSuppression.severity,
          message: `Invalid ${SUPPRESSION_ANNOTATION} annotation: ${problem}`,
          location: this.locator.locate(source, [...path, 'metadata', 'annotations', SUPPRESSION_ANNOTATION]),
          object: ref,
          related: [],
        });
      }
    }
  }

  /** `diagnostics` with `suppression` set on those an annotation of their object names (new objects). */
  apply(diagnostics: readonly Diagnostic[]): Diagnostic[] {
    if (this.clauses.size === 0) return [...diagnostics];
    return diagnostics.map((diagnostic) => {
      if (diagnostic.object === undefined || !SUPPRESSIBLE.has(diagnostic.ruleId)) return diagnostic;
      const clauses = this.clauses.get(keyOf(diagnostic.location.file, diagnostic.object)) ?? [];
      const clause = clauses.find((entry) => entry.rules === '*' || entry.rules.includes(diagnostic.ruleId));
      return clause ? { ...diagnostic, suppression: { kind: 'inSource', justification: clause.reason } } : diagnostic;
    });
  }
}

/** The findings that made `pod` forbidden (as the reports group them: same object, same file). */
export function forbiddingFindings(pod: PodEvaluation, diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const { ref, source } = pod.subject;
  return diagnostics.filter((d) => d.object === ref && d.location.file === source.file && FORBIDDING_RULE_IDS.has(d.ruleId));
}

/** A forbidden pod every finding of which is suppressed: it does not fail the run (its verdict stands). */
export function isSuppressedPod(pod: PodEvaluation, diagnostics: readonly Diagnostic[]): boolean {
  if (pod.allowed) return false;
  const findings = forbiddingFindings(pod, diagnostics);
  return findings.length > 0 && findings.every((d) => d.suppression !== undefined);
}
