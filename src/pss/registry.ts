// The check registry: which checks run at a level and version, in which order, with restricted overrides
// applied (spec §2.1–§2.2), and the evaluation of one pod against it. Mirrors k8s.io/pod-security-admission
// policy/registry.go (checkRegistry, NewEvaluator, validateChecks, populate, inflateVersions, EvaluatePod).

import { ALL_CHECKS } from './checks/index.js';
import type { Check, PssLevel, PssPod, PssVersion, VersionedCheck } from './types.js';
import { isOlder, majorMinor, minVersion, versionString } from './version.js';

/** The implementation of one check that is active at a version. */
export interface ActiveCheck {
  id: string;
  level: Check['level'];
  check: VersionedCheck;
}

/** One failed check (upstream CheckResult with its ID; reason never empty). */
export interface FailedCheck {
  id: string;
  reason: string;
  detail: string;
}

export interface PodEvaluation {
  allowed: boolean;
  /** The failed checks, in registry order (the order of the message parts). */
  results: FailedCheck[];
}

export interface Evaluator {
  /** The newest version the registry knows; newer versions (and `latest`) evaluate this one. */
  readonly maxVersion: PssVersion;
  /** The checks that run at `level` and `version` (after the clamp), in registry order. */
  checksFor(level: PssLevel, version: PssVersion): readonly ActiveCheck[];
  evaluatePod(level: PssLevel, version: PssVersion, pod: PssPod): PodEvaluation;
}

export interface EvaluatorOptions {
  /**
   * Lowers the newest version evaluated (the target cluster's newest policy version, or the API server's
   * emulation version); ignored when newer than the newest check.
   */
  maxVersion?: PssVersion;
}

/** upstream UnknownForbiddenReason: what a failed check without a reason prints. */
export const UNKNOWN_FORBIDDEN_REASON = 'unknown forbidden reason';

/** `NewEvaluator`: validates the checks (a bad registry is a bug: throws) and inflates every version. */
export function createEvaluator(checks: readonly Check[], options: EvaluatorOptions = {}): Evaluator {
  validateChecks(checks);
  let maxVersion = majorMinor(0);
  for (const check of checks) {
    const last = check.versions[check.versions.length - 1]!.minimumVersion;
    if (isOlder(maxVersion, last)) maxVersion = last;
  }
  const { baseline, restricted } = populate(checks, maxVersion.minor);
  if (options.maxVersion !== undefined) maxVersion = minVersion(maxVersion, options.maxVersion);
  const checksFor = (level: PssLevel, version: PssVersion): readonly ActiveCheck[] => {
    if (level === 'privileged') return [];
    const minor = minVersion(version, maxVersion).minor;
    return (level === 'baseline' ? baseline : restricted)[minor] ?? [];
  };
  return {
    maxVersion,
    checksFor,
    evaluatePod(level, version, pod) {
      const results: FailedCheck[] = [];
      for (const { id, check } of checksFor(level, version)) {
        const result = check.checkPod(pod);
        if (result.allowed) continue;
        results.push({ id, reason: result.forbiddenReason || UNKNOWN_FORBIDDEN_REASON, detail: result.forbiddenDetail ?? '' });
      }
      return { allowed: results.length === 0, results };
    },
  };
}

/** upstream validateChecks: unique IDs, valid levels, strictly increasing versions, overrides of baseline only. */
function validateChecks(checks: readonly Check[]): void {
  const levels = new Map<string, string>();
  for (const check of checks) {
    if (levels.has(check.id)) throw new Error(`multiple checks registered for ID ${check.id}`);
    levels.set(check.id, check.level);
    if (check.level !== 'baseline' && check.level !== 'restricted') throw new Error(`check ${check.id}: invalid level ${String(check.level)}`);
    if (check.versions.length === 0) throw new Error(`check ${check.id}: empty`);
    let previous: PssVersion | undefined;
    for (const version of check.versions) {
      const { major, minor } = version.minimumVersion;
      if (major !== 1 || !Number.isSafeInteger(minor) || minor < 0 || minor >= Number.MAX_SAFE_INTEGER) {
        throw new Error(`check ${check.id}: undefined version found`);
      }
      if (typeof version.checkPod !== 'function') throw new Error(`check ${check.id}: undefined CheckPod found`);
      if (previous !== undefined && !isOlder(previous, version.minimumVersion)) {
        throw new Error(`check ${check.id}: versions must be strictly increasing (${versionString(version.minimumVersion)})`);
      }
      previous = version.minimumVersion;
    }
  }
  for (const check of checks) {
    for (const version of check.versions) {
      if (!version.overrides?.length) continue;
      if (check.level !== 'restricted') throw new Error(`check ${check.id}: only restricted checks may set overrides`);
      for (const id of version.overrides) {
        const overridden = levels.get(id);
        if (overridden !== undefined && overridden !== 'baseline') throw new Error(`check ${check.id}: overrides ${overridden} check ${id}`);
      }
    }
  }
}

type ByMinor = (readonly ActiveCheck[])[];

/** upstream populate: per minor 0..max, the baseline checks and the restricted checks (+ non-overridden baseline). */
function populate(checks: readonly Check[], maxMinor: number): { baseline: ByMinor; restricted: ByMinor } {
  const byId = (a: Check, b: Check): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  // Baseline IDs sorted, then restricted IDs sorted: the order of results and message parts.
  const ordered = [...checks.filter((c) => c.level === 'baseline').sort(byId), ...checks.filter((c) => c.level === 'restricted').sort(byId)];
  const baseline: ByMinor = [];
  const restricted: ByMinor = [];
  for (let minor = 0; minor <= maxMinor; minor++) {
    const active = ordered.flatMap((check) => {
      const version = activeVersion(check, minor);
      return version === undefined ? [] : [{ id: check.id, level: check.level, check: version }];
    });
    const overridden = new Set(active.filter((c) => c.level === 'restricted').flatMap((c) => c.check.overrides ?? []));
    baseline.push(active.filter((c) => c.level === 'baseline'));
    restricted.push(active.filter((c) => c.level === 'restricted' || !overridden.has(c.id)));
  }
  return { baseline, restricted };
}

/** upstream inflateVersions: the implementation with the greatest minimum version <= minor, if any. */
function activeVersion(check: Check, minor: number): VersionedCheck | undefined {
  let active: VersionedCheck | undefined;
  for (const version of check.versions) if (version.minimumVersion.minor <= minor) active = version;
  return active;
}

let defaultEvaluator: Evaluator | undefined;

/** The evaluator over every check of `checks/` (built on first use). */
export function getEvaluator(): Evaluator {
  return (defaultEvaluator ??= createEvaluator(ALL_CHECKS));
}

/** Evaluates `pod` at `level` and `version` with every check (versions newer than the newest check clamp). */
export function evaluatePod(level: PssLevel, version: PssVersion, pod: PssPod): PodEvaluation {
  return getEvaluator().evaluatePod(level, version, pod);
}
