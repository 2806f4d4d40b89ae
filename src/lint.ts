// The pure core: manifests in, verdicts and diagnostics out (design.md §1.1). Load -> cluster -> admission
// -> findings, with no file-system, environment or console access; deterministic for any input order.
// The run itself (first files, cluster, later files) is src/lint/run.ts.

import type { Diagnostic, Severity } from './api/diagnostic.js';
import type { RequesterMode } from './cluster/requester.js';
import type { ParseLimits } from './load/parse.js';
import { compareDiagnostics, comparePods } from './lint/order.js';
import type { LintMode, LintedPod, PssOptions } from './lint/pss.js';
import { LintRun, orderSources, splitSources, type LintSource } from './lint/run.js';

export { compareDiagnostics } from './lint/order.js';
export { LintRun, splitSources, type ClusterSnapshot, type LintSource } from './lint/run.js';

export const SUPPORTED_KUBERNETES_VERSIONS = ['1.15', '1.16', '1.17', '1.18', '1.19', '1.20', '1.21', '1.22', '1.23', '1.24'] as const;
export type KubernetesVersion = (typeof SUPPORTED_KUBERNETES_VERSIONS)[number];

export interface LintOptions {
  kubernetesVersion: KubernetesVersion;
  /** Namespace of namespaced objects that name none. */
  namespace: string;
  requester: RequesterMode;
  /** kube-controller-manager `--use-service-account-credentials` (default true). */
  useServiceAccountCredentials?: boolean;
  /**
   * Only `default` and declared service accounts exist: a pod using another is refused by ServiceAccount
   * admission. Off by default: service accounts are often created outside the repository.
   */
  requireServiceAccounts?: boolean;
  /** `--authorization-mode=AlwaysAllow`. */
  alwaysAllow?: boolean;
  featureGates?: { ProcMountType?: boolean };
  limits?: ParseLimits;
  /**
   * Which admission plugin to simulate (default `auto`: PSP when the repository shows a PSP cluster — see
   * `pspApplies` — PSS where namespaces are labelled or a level is configured, else `restricted` as warnings).
   */
  mode?: LintMode;
  /**
   * The Kubernetes version was named (`--kubernetes-version`, config, Action input): every supported version runs
   * the PodSecurityPolicy plugin, so `auto` simulates it even when the repository holds no policy.
   */
  kubernetesVersionGiven?: boolean;
  /** Pod Security Standards defaults and exemptions (PodSecurityConfiguration). */
  pss?: PssOptions;
  /**
   * `false`: `LintResult.pods` lists the forbidden pods only (`counts` still counts every pod). For reports that
   * show forbidden pods alone, it keeps memory flat however many pods are admitted. Default `true`.
   */
  keepAdmittedPods?: boolean;
}

export const DEFAULT_LINT_OPTIONS: LintOptions = {
  kubernetesVersion: '1.24',
  namespace: 'default',
  requester: { mode: 'default' },
};

export interface LintResult {
  kubeMinor: number;
  /** Whether the PodSecurityPolicy simulation judged the pods (see `pspApplies`); absent means it did. */
  pspSimulated?: boolean;
  /** Every judged pod (or the forbidden ones only: `LintOptions.keepAdmittedPods`), by file and position. */
  pods: LintedPod[];
  /** How many pods were judged, and how many of them are forbidden. */
  counts: { pods: number; forbidden: number };
  diagnostics: Diagnostic[];
}

/** Lints `sources` (any order) and returns every pod's verdict and every diagnostic, sorted. */
export function lint(sources: readonly LintSource[], options: LintOptions): LintResult {
  const { first, later } = splitSources(sources);
  const run = LintRun.first(first, options);
  run.judgeFirstPods();
  for (const source of later) if (!run.judgeLater(source)) return lintReadingAllFirst(sources, options);
  return run.finish() ?? lintReadingAllFirst(sources, options);
}

/**
 * `lint` reading every file before judging any pod: for a run in which a file read late held cluster state after
 * all (a kind spelled with escapes, or a lazy file that changed on disk). It never gives up.
 */
export function lintReadingAllFirst(sources: readonly LintSource[], options: LintOptions): LintResult {
  const run = LintRun.first(orderSources(sources), options);
  run.judgeFirstPods();
  return run.finish()!;
}

/**
 * The results of the runs that judged one repository together (one `LintRun.first`, the others `LintRun.later`
 * given its cluster, each judging its own later files), as the one result `lint` gives. `shares[0]` is the first
 * run's.
 */
export function mergeShares(shares: readonly LintResult[]): LintResult {
  const [first] = shares;
  if (first === undefined) throw new Error('mergeShares needs the result of the first run');
  const pods = shares.flatMap((share) => share.pods).sort(comparePods);
  const counts = { pods: 0, forbidden: 0 };
  for (const share of shares) {
    counts.pods += share.counts.pods;
    counts.forbidden += share.counts.forbidden;
  }
  // Each file is judged by one run, so equal diagnostics come from one run, in the order `lint` gives them.
  const diagnostics = shares.flatMap((share) => share.diagnostics).sort(compareDiagnostics);
  return { ...first, pods, counts, diagnostics };
}

/**
 * The diagnostics that fail a run at these severities (`--fail-on`): unsuppressed ones only. Every forbidden pod
 * has at least one error diagnostic, so a forbidden pod fails the run unless its findings are all suppressed or
 * nothing fails the run (`none`).
 */
export function failingDiagnostics(result: LintResult, severities: readonly Severity[]): Diagnostic[] {
  return result.diagnostics.filter((d) => d.suppression === undefined && severities.includes(d.severity));
}
