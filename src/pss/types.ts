// Pod Security Standards (PodSecurity admission) — the check interface, mirroring
// k8s.io/pod-security-admission/policy (check.go): a check has an ID, a level and versioned implementations.
// The pod is read from its decoded (narrowed) object: `PssPod` lists every field any check reads.

/** `baseline` or `restricted` (`privileged` runs no check). */
export type PssLevel = 'privileged' | 'baseline' | 'restricted';

/** A policy version `v1.N`; `latest` is the newest implementation of every check. */
export interface PssVersion {
  major: 1;
  minor: number;
}

export const LATEST_VERSION: PssVersion = { major: 1, minor: Number.MAX_SAFE_INTEGER };

/** The result of one check on one pod (upstream CheckResult). */
export interface CheckResult {
  allowed: boolean;
  /** Short reason, e.g. `host namespaces`; set when not allowed. */
  forbiddenReason?: string;
  /** Detail, e.g. `hostNetwork=true, hostPID=true`; may be empty. */
  forbiddenDetail?: string;
}

/** The pod fields the checks read: metadata (annotations) and the spec, as decoded (unset = undefined). */
export interface PssPod {
  metadata: { annotations?: Record<string, string> };
  spec: Record<string, unknown>;
}

/** One implementation of a check, active from `minimumVersion` until the next implementation's. */
export interface VersionedCheck {
  minimumVersion: PssVersion;
  checkPod: (pod: PssPod) => CheckResult;
  /** Baseline check IDs this restricted implementation replaces while it is active. */
  overrides?: string[];
}

export interface Check {
  id: string;
  level: 'baseline' | 'restricted';
  versions: VersionedCheck[];
}

export const ALLOWED: CheckResult = { allowed: true };
