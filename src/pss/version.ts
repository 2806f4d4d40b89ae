// Pod Security levels and policy versions: parsing, printing, ordering (spec §1.1–§1.2).
// Mirrors k8s.io/pod-security-admission api/helpers.go (ParseLevel, ParseVersion, CompareLevels, Version).

import { LATEST_VERSION, type PssLevel, type PssVersion } from './types.js';

/** The three levels, in strictness order. */
export const LEVELS: readonly PssLevel[] = ['privileged', 'baseline', 'restricted'];

const LEVEL_RANK: Record<PssLevel, number> = { privileged: 0, baseline: 1, restricted: 2 };

/** Upstream returns a value together with the error; callers decide what to do with both (spec §1.3). */
export interface Parsed<T> {
  value: T;
  /** The upstream error text, when `value` is only the fallback. */
  error?: string;
}

export const LEVEL_ERROR = 'must be one of privileged, baseline, restricted';
export const VERSION_ERROR = 'must be "latest" or "v1.x"';

const VERSION_PATTERN = /^v1\.(0|[1-9][0-9]*)$/;

/** `ParseLevel`: exact, case-sensitive; anything else is an error and `restricted`. */
export function parseLevel(text: string): Parsed<PssLevel> {
  return isLevel(text) ? { value: text } : { value: 'restricted', error: LEVEL_ERROR };
}

export function isLevel(text: string): text is PssLevel {
  return text === 'privileged' || text === 'baseline' || text === 'restricted';
}

/** `CompareLevels`: -1, 0 or 1 by strictness. */
export function compareLevels(a: PssLevel, b: PssLevel): -1 | 0 | 1 {
  return Math.sign(LEVEL_RANK[a] - LEVEL_RANK[b]) as -1 | 0 | 1;
}

/** `ParseVersion`: `latest` or `v1.<minor>` (no leading zeros); anything else is an error and `latest`. */
export function parseVersion(text: string): Parsed<PssVersion> {
  if (text === 'latest') return { value: LATEST_VERSION };
  const match = VERSION_PATTERN.exec(text);
  const minor = match ? Number(match[1]) : Number.NaN;
  // DEVIATION: Go accepts any minor up to 2^63-1 (strconv.Atoi); a JS number is exact only below 2^53, and
  // 2^53-1 is the `latest` sentinel, so larger minors are refused here. Such a label would evaluate as `latest`.
  if (!Number.isSafeInteger(minor) || minor >= LATEST_VERSION.minor) return { value: LATEST_VERSION, error: VERSION_ERROR };
  return { value: { major: 1, minor } };
}

/** `v1.<minor>` without parsing; throws on a negative or non-integer minor (a bug, not input). */
export function majorMinor(minor: number): PssVersion {
  if (!Number.isSafeInteger(minor) || minor < 0 || minor >= LATEST_VERSION.minor) throw new RangeError(`invalid policy minor version ${minor}`);
  return { major: 1, minor };
}

export function isLatest(version: PssVersion): boolean {
  return version.minor === LATEST_VERSION.minor;
}

/** `Version.String`: `latest` or `v1.25`. */
export function versionString(version: PssVersion): string {
  return isLatest(version) ? 'latest' : `v${version.major}.${version.minor}`;
}

/** `LevelVersion.String`: `restricted:latest`, `baseline:v1.23`. */
export function levelVersionString(level: PssLevel, version: PssVersion): string {
  return `${level}:${versionString(version)}`;
}

/** Negative when `a` is older than `b`; `latest` is newer than every numbered version. */
export function compareVersions(a: PssVersion, b: PssVersion): number {
  return a.major !== b.major ? a.major - b.major : Math.sign(a.minor - b.minor);
}

/** `Version.Older`. */
export function isOlder(a: PssVersion, b: PssVersion): boolean {
  return compareVersions(a, b) < 0;
}

/** The older of two versions (the evaluation clamp of §1.2: `min(requested, target, newest check)`). */
export function minVersion(a: PssVersion, b: PssVersion): PssVersion {
  return isOlder(b, a) ? b : a;
}
