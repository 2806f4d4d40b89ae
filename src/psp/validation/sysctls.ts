// Checks of the sysctl pattern lists `allowedUnsafeSysctls` and `forbiddenSysctls`.
// Mirrors validatePodSecurityPolicySysctls, validatePodSecurityPolicySysctlListsDoNotOverlap and IsValidSysctlPattern
// in pkg/apis/policy/validation/validation.go (1.21–1.24: PSP patterns may not contain `/`).

import { child, forbidden, goString, index, invalid, type FieldErrorList } from '../field.js';
import { byteLength } from './names.js';

const SYSCTL_SEGMENT_FMT = '[a-z0-9]([-_a-z0-9]*[a-z0-9])?';
const SYSCTL_PATTERN_SEGMENT_FMT = '([a-z0-9][-_a-z0-9]*)?[a-z0-9*]';
/** The pattern regex as printed in the error detail: dotted segments, the last one may end in `*`. */
export const SYSCTL_PATTERN_FMT = `(${SYSCTL_SEGMENT_FMT}\\.)*${SYSCTL_PATTERN_SEGMENT_FMT}`;
const SYSCTL_PATTERN_RE = new RegExp(`^${SYSCTL_PATTERN_FMT}$`);
const SYSCTL_MAX_LENGTH = 253;

/** Whether `name` is a sysctl pattern: at most 253 bytes and matching {@link SYSCTL_PATTERN_FMT}. */
export function isValidSysctlPattern(name: string): boolean {
  return byteLength(name) <= SYSCTL_MAX_LENGTH && SYSCTL_PATTERN_RE.test(name);
}

/** One list: empty entries, malformed patterns, and `*` together with anything else (at `<path>.items`). */
export function validateSysctlPatterns(path: string, sysctls: readonly string[] | undefined): FieldErrorList {
  const errors: FieldErrorList = [];
  if (sysctls === undefined || sysctls.length === 0) return errors;
  let coversAll = false;
  for (const [i, sysctl] of sysctls.entries()) {
    if (sysctl === '') {
      errors.push(invalid(index(path, i), goString(sysctl), 'empty sysctl not allowed'));
    } else if (!isValidSysctlPattern(sysctl)) {
      const detail = `must have at most ${SYSCTL_MAX_LENGTH} characters and match regex ${SYSCTL_PATTERN_FMT}`;
      errors.push(invalid(index(path, i), goString(sysctl), detail));
    } else if (sysctl.startsWith('*')) {
      coversAll = true;
    }
  }
  if (coversAll && sysctls.length > 1) {
    errors.push(forbidden(child(path, 'items'), "if '*' is present, must not specify other sysctls"));
  }
  return errors;
}

/**
 * Every (allowed, forbidden) pair that overlaps: a pattern (`x*`) covers what starts with `x`. When both are
 * patterns the narrower one is reported (the allowed one if its prefix extends the forbidden prefix); otherwise the
 * entry the other covers is; two plain names overlap only when equal (reported on the allowed side).
 */
export function validateSysctlListsDoNotOverlap(
  allowedPath: string,
  forbiddenPath: string,
  allowedUnsafe: readonly string[] | undefined,
  forbiddenSysctls: readonly string[] | undefined,
): FieldErrorList {
  const errors: FieldErrorList = [];
  const prefixOf = (sysctl: string): string | undefined => (sysctl.endsWith('*') ? sysctl.slice(0, -1) : undefined);
  for (const [i, allowed] of (allowedUnsafe ?? []).entries()) {
    const allowedPrefix = prefixOf(allowed);
    for (const [j, forbiddenSysctl] of (forbiddenSysctls ?? []).entries()) {
      const forbiddenPrefix = prefixOf(forbiddenSysctl);
      const onAllowed = invalid(index(allowedPath, i), goString(allowed), `sysctl overlaps with ${forbiddenSysctl}`);
      const onForbidden = invalid(index(forbiddenPath, j), goString(forbiddenSysctl), `sysctl overlaps with ${allowed}`);
      if (allowedPrefix !== undefined && forbiddenPrefix !== undefined) {
        if (allowedPrefix.startsWith(forbiddenPrefix)) errors.push(onAllowed);
        else if (forbiddenPrefix.startsWith(allowedPrefix)) errors.push(onForbidden);
      } else if (allowedPrefix !== undefined) {
        if (forbiddenSysctl.startsWith(allowedPrefix)) errors.push(onForbidden);
      } else if (forbiddenPrefix !== undefined) {
        if (allowed.startsWith(forbiddenPrefix)) errors.push(onAllowed);
      } else if (allowed === forbiddenSysctl) {
        errors.push(onAllowed);
      }
    }
  }
  return errors;
}
