// The machine-readable contract (design.md §4, version 1): one object with every pod's verdict and every
// diagnostic. Keys are written in a fixed order and nothing depends on time or absolute paths, so the same
// input always gives byte-identical output.

import type { Container, Pod } from '../api/core.js';
import type { Diagnostic, ObjectRef } from '../api/diagnostic.js';
import type { PodEvaluation, Usable } from '../lint/evaluate-pod.js';
import { renderViolations } from '../lint/evaluate-pod.js';
import type { LintResult } from '../lint.js';
import type { LintedPod, PssVerdict } from '../lint/pss.js';
import type { MigrationForecast } from '../lint/migrate.js';
import { renderFieldError } from '../psp/field.js';
import { volumeTypeOf } from '../psp/util/volumes.js';
import { batchedArray, jsonInChunks, placeholder } from './json-chunks.js';

export const JSON_FORMAT_VERSION = 1;

export interface JsonPolicy {
  name: string;
  admits: boolean;
  mutates: boolean;
  usableBy: { identity: 'serviceAccount' | 'requester'; user: string; grant: unknown } | null;
  violations: string[];
}

export interface JsonPod {
  file: string;
  line: number;
  column: number;
  doc: number;
  object: ObjectRef;
  podName: string;
  serviceAccount: string;
  requester: { user: string; groups: string[] } | null;
  allowed: boolean;
  reason: string;
  policy: string | null;
  message: string | null;
  violations: string[];
  mutated: unknown;
  policies: JsonPolicy[];
  /** Present when Pod Security Standards were evaluated for the pod (the enforce verdict). */
  pss?: Pick<PssVerdict, 'level' | 'version' | 'allowed' | 'checks' | 'message'> & { exempt?: PssVerdict['exempt']; advisory?: true };
}

export interface JsonReport {
  version: number;
  kubernetesVersion: string;
  summary: { pods: number; allowed: number; forbidden: number; errors: number; warnings: number; notes: number };
  pods: JsonPod[];
  diagnostics: Diagnostic[];
  /** Present only when asked for (`--migrate`): the PSP -> PSS migration forecast. */
  migration?: MigrationForecast;
}

export interface JsonReportOptions {
  /** Adds `migration` (after `diagnostics`); without it the report is unchanged. */
  migration?: MigrationForecast;
}

/** The report object (exported for the library API and tests). */
export function toJsonReport(result: LintResult, options: JsonReportOptions = {}): JsonReport {
  return jsonReport(result, options, result.pods.map(toJsonPod));
}

/** The report with `pods` as given (`renderJsonChunks` gives none and writes them in batches). */
function jsonReport(result: LintResult, options: JsonReportOptions, pods: JsonPod[]): JsonReport {
  const count = (severity: string): number => result.diagnostics.filter((d) => d.severity === severity).length;
  return {
    version: JSON_FORMAT_VERSION,
    kubernetesVersion: `1.${result.kubeMinor}`,
    summary: {
      pods: result.counts.pods,
      allowed: result.counts.pods - result.counts.forbidden,
      forbidden: result.counts.forbidden,
      errors: count('error'),
      warnings: count('warning'),
      notes: count('note'),
    },
    pods,
    diagnostics: result.diagnostics,
    ...(options.migration !== undefined ? { migration: options.migration } : {}),
  };
}

/** `--format json`: the report, pretty-printed, with a final newline. */
export function renderJson(result: LintResult, options: JsonReportOptions = {}): string {
  return [...renderJsonChunks(result, options)].join('');
}

/**
 * The text of `renderJson` in pieces of a few hundred pods or diagnostics: a big repository's report can be longer
 * than the longest string JavaScript can hold (≈ 512 MiB), so the CLI writes it piece by piece. The pieces join to
 * exactly `JSON.stringify(report, null, 2)` and a newline.
 */
export function* renderJsonChunks(result: LintResult, options: JsonReportOptions = {}): Generator<string> {
  const pods = placeholder();
  const diagnostics = placeholder();
  // The placeholders take the arrays' places (same key order); the arrays are written in batches.
  const report = { ...jsonReport(result, options, []), pods, diagnostics };
  yield* jsonInChunks(report, new Map([
    [pods, batchedArray(result.pods, toJsonPod)],
    [diagnostics, batchedArray(result.diagnostics, (diagnostic) => diagnostic)],
  ]));
  yield '\n';
}

function toJsonPod(evaluation: LintedPod): JsonPod {
  const { subject } = evaluation;
  const pod: JsonPod = {
    file: subject.source.file,
    line: subject.source.line,
    column: subject.source.column,
    doc: subject.source.index,
    object: subject.ref,
    podName: subject.podName,
    serviceAccount: evaluation.serviceAccount,
    requester: evaluation.requester ? { user: evaluation.requester.name, groups: [...evaluation.requester.groups] } : null,
    allowed: evaluation.allowed,
    reason: evaluation.reason,
    policy: evaluation.policy,
    message: evaluation.message,
    violations: renderViolations(evaluation),
    mutated: evaluation.admittedPod ? mutatedView(evaluation.admittedPod) : null,
    policies: evaluation.attempts.map((attempt) => ({
      name: attempt.policy,
      admits: attempt.errors.length === 0,
      mutates: attempt.mutated,
      usableBy: usableView(attempt.authorization),
      violations: attempt.errors.map(renderFieldError),
    })),
  };
  const pss = evaluation.pss;
  if (pss !== undefined) {
    pod.pss = { level: pss.level, version: pss.version, allowed: pss.allowed, checks: pss.checks, message: pss.message };
    if (pss.exempt !== null) pod.pss.exempt = pss.exempt;
    if (pss.advisory) pod.pss.advisory = true;
  }
  return pod;
}

function usableView(usable: Usable | undefined): JsonPolicy['usableBy'] {
  if (usable === undefined) return null;
  return { identity: usable.identity, user: usable.user, grant: usable.allowedBy };
}

/** The admitted pod's security-relevant fields (as spec-cases' podAfterAdmission projects them). */
export function mutatedView(pod: Pod): unknown {
  const containers: { path: string; name: string; securityContext: unknown }[] = [];
  for (const list of ['initContainers', 'containers'] as const) {
    pod.spec[list]?.forEach((container: Container, i: number) => {
      containers.push({ path: `spec.${list}[${i}]`, name: container.name, securityContext: container.securityContext ?? null });
    });
  }
  const view: Record<string, unknown> = {
    annotations: pod.metadata.annotations ?? {},
    securityContext: pod.spec.securityContext ?? {},
  };
  if (pod.spec.runtimeClassName !== undefined) view.runtimeClassName = pod.spec.runtimeClassName;
  view.volumeTypes = (pod.spec.volumes ?? []).map((volume) => volumeTypeOf(volume) ?? 'unknown');
  view.containers = containers;
  return view;
}
