// The exact texts PodSecurity admission prints for a failed evaluation (spec §3.5): the API error of an
// enforced Pod, the warning, the audit annotation value. Mirrors policy/checks.go (AggregateCheckResult
// ForbiddenReason/ForbiddenDetail) and admission/admission.go (the "violates PodSecurity" envelopes).

import type { FailedCheck } from './registry.js';
import type { PssLevel, PssVersion } from './types.js';
import { levelVersionString } from './version.js';

type Part = Pick<FailedCheck, 'reason' | 'detail'>;

/** `detail(r)`: each failed check as `<reason>` + ` (<detail>)` when the detail is non-empty, joined `, `. */
export function forbiddenDetail(results: readonly Part[]): string {
  return results.map(({ reason, detail }) => (detail === '' ? reason : `${reason} (${detail})`)).join(', ');
}

/** `reasons(r)`: only the reasons, joined `, ` (the namespace label-change warnings, §3.8). */
export function forbiddenReasons(results: readonly Part[]): string {
  return results.map(({ reason }) => reason).join(', ');
}

/** `violates PodSecurity "<level>:<version>": <detail>` — the version printed as given (`latest`, `v1.99`). */
export function violationMessage(level: PssLevel, version: PssVersion, results: readonly Part[]): string {
  return `violates PodSecurity "${levelVersionString(level, version)}": ${forbiddenDetail(results)}`;
}

/**
 * The API error of an enforced Pod (apimachinery NewForbidden, HTTP 403): `pods "<name>" is forbidden: violates
 * PodSecurity …`, or `pods is forbidden: …` without a name. Go quotes the name with %q; a Pod name that passed
 * API validation is a DNS subdomain, for which %q adds nothing but the quotes.
 */
export function forbiddenMessage(podName: string, level: PssLevel, version: PssVersion, results: readonly Part[]): string {
  const subject = podName === '' ? 'pods' : `pods "${podName}"`;
  return `${subject} is forbidden: ${violationMessage(level, version, results)}`;
}

/** The warning (kubectl prints it after `Warning: `) and the `audit-violations` annotation value. */
export function warningMessage(level: PssLevel, version: PssVersion, results: readonly Part[]): string {
  return `would violate PodSecurity "${levelVersionString(level, version)}": ${forbiddenDetail(results)}`;
}
