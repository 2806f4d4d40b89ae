// Pod Security Standards in the lint pipeline (spec pod-security-standards §1.3–§1.5, §3.3–§3.5, §3.7): namespace
// labels and configured defaults -> the policy of each pod's namespace -> enforce verdict of the pod (or of the pod
// a controller creates) and audit/warn findings on Pods and workload templates. Pure: no fs, no env.

import type { Diagnostic, Location } from '../api/diagnostic.js';
import type { Locator } from '../load/locate.js';
import type { ManifestObject } from '../load/parse.js';
import type { PodUnderTest } from '../load/pod-templates.js';
import { forbiddenDetail, forbiddenMessage, warningMessage } from '../pss/messages.js';
import { toPssPod, type PssObjectKind } from '../pss/pod.js';
import type { FailedCheck } from '../pss/registry.js';
import type { PssLevel, PssPod, PssVersion } from '../pss/types.js';
import { LATEST_VERSION } from '../pss/types.js';
import { compareLevels, levelVersionString, parseLevel, parseVersion, versionString } from '../pss/version.js';
import { RULES } from '../rules/catalog.js';
import type { PodEvaluation } from './evaluate-pod.js';
import { PssChecks } from './pss-checks.js';

export { isLevel, LEVEL_ERROR, parseVersion, VERSION_ERROR } from '../pss/version.js';

export type LintMode = 'psp' | 'pss' | 'both' | 'auto';
export const LINT_MODES: readonly LintMode[] = ['psp', 'pss', 'both', 'auto'];

/** What a repository shows about the cluster's PodSecurityPolicy admission plugin. */
export interface PspSignals {
  /** A PodSecurityPolicy object (repository or --cluster, valid or not). */
  policies: boolean;
  /** A Role or ClusterRole rule naming `podsecuritypolicies`: the repository grants the use of policies. */
  grants: boolean;
  /** An explicit Kubernetes version (1.15-1.24 all run the plugin). */
  versionGiven: boolean;
}

/**
 * Whether the PodSecurityPolicy simulation judges pods. `auto` runs it when the repository shows a PSP cluster:
 * a policy, a grant of policies, or an explicitly simulated (PSP-era) version. Without any of them the cluster is
 * taken to have left PSP (removed in 1.25) and Pod Security Standards decide.
 */
export function pspApplies(mode: LintMode, signals: PspSignals): boolean {
  if (mode === 'pss') return false;
  if (mode === 'auto') return signals.policies || signals.grants || signals.versionGiven;
  return true;
}

/** Whether a role has a rule naming the `podsecuritypolicies` resource (a wildcard says nothing about PSP). */
export function grantsPolicyAccess(role: { rules?: unknown }): boolean {
  const rules: unknown[] = Array.isArray(role.rules) ? role.rules : [];
  return rules.some((rule) => {
    const resources: unknown = (rule as { resources?: unknown } | null)?.resources;
    return Array.isArray(resources) && resources.includes('podsecuritypolicies');
  });
}

/** Whether a cluster-wide default level is configured (PodSecurity then judges every namespace). */
export function hasDefaultLevel(options: PssOptions): boolean {
  return options.level !== undefined || options.audit !== undefined || options.warn !== undefined;
}

/** A pod's enforce verdict as the reports print it: `PodSecurity <level>:<version> (enforce)` and the outcome. */
export function describeEnforce(pss: PssVerdict): { policy: string; outcome: string; admits: boolean } {
  const outcome = pss.exempt !== null ? `exempt (${pss.exempt})` : pss.allowed ? 'admits' : `fails ${pss.checks.join(', ')}`;
  return { policy: `PodSecurity ${pss.level}:${pss.version} (enforce)`, outcome, admits: pss.exempt !== null || pss.allowed };
}

export interface PssOptions {
  /** Default enforce level (PodSecurityConfiguration `defaults.enforce`; default `privileged`). */
  level?: PssLevel;
  /** Default enforce version (`defaults.enforce-version`; default `latest`). */
  version?: string;
  /** Defaults for audit and warn (`privileged`/`latest` when unset; a default enforce never raises warn). */
  audit?: PssLevel;
  auditVersion?: string;
  warn?: PssLevel;
  warnVersion?: string;
  exemptions?: { namespaces?: string[]; runtimeClasses?: string[]; usernames?: string[] };
}

/**
 * The cluster minor PodSecurity pre-processing assumes (§3.2): PSA is GA from 1.25, beyond the PSP simulator's
 * `kubernetesVersion` range, so PSS always evaluates as the newest release's API server (1.36) with every check
 * (versions up to v1.37) — `--pss-version` pins older policy versions.
 */
export const PSS_KUBE_MINOR = 36;

export interface LevelVersion {
  level: PssLevel;
  version: PssVersion;
}

export interface NamespacePolicy {
  enforce: LevelVersion;
  audit: LevelVersion;
  warn: LevelVersion;
  /** Label errors, rendered as field errors (§3.6). */
  errors: string[];
  /** True when the namespace carries any enforce/audit/warn level label. */
  labelled: boolean;
}

const PREFIX = 'pod-security.kubernetes.io/';

function parsedVersion(text: string | undefined): PssVersion {
  return text === undefined ? LATEST_VERSION : parseVersion(text).value;
}

/** The configured defaults `D` (§1.4). */
export function defaultPolicy(options: PssOptions): NamespacePolicy {
  return {
    enforce: { level: options.level ?? 'privileged', version: parsedVersion(options.version) },
    audit: { level: options.audit ?? 'privileged', version: parsedVersion(options.auditVersion) },
    warn: { level: options.warn ?? 'privileged', version: parsedVersion(options.warnVersion) },
    errors: [],
    labelled: false,
  };
}

const goQuote = (value: string): string => JSON.stringify(value);

/** `PolicyToEvaluate` (§1.3): labels over the defaults, fail-closed enforce, fail-open audit/warn, warn follows enforce. */
export function policyToEvaluate(labels: Record<string, string> | undefined, defaults: NamespacePolicy): NamespacePolicy {
  const policy: NamespacePolicy = { enforce: { ...defaults.enforce }, audit: { ...defaults.audit }, warn: { ...defaults.warn }, errors: [], labelled: false };
  if (labels === undefined || Object.keys(labels).length === 0) return policy;
  const error = (key: string, value: string, text: string): void => {
    policy.errors.push(`metadata.labels[${PREFIX}${key}]: Invalid value: ${goQuote(value)}: ${text}`);
  };
  let hasEnforceLevel = false;
  for (const mode of ['enforce', 'audit', 'warn'] as const) {
    const level = labels[PREFIX + mode];
    if (level !== undefined) {
      policy.labelled = true;
      const parsed = parseLevel(level);
      policy[mode].level = parsed.error === undefined ? parsed.value : mode === 'enforce' ? 'restricted' : 'privileged';
      if (parsed.error !== undefined) error(mode, level, parsed.error);
      else if (mode === 'enforce') hasEnforceLevel = true;
    }
    const version = labels[`${PREFIX}${mode}-version`];
    if (version !== undefined) {
      const parsed = parseVersion(version);
      policy[mode].version = parsed.value;
      if (parsed.error !== undefined) error(`${mode}-version`, version, parsed.error);
    }
  }
  const hasWarnLevel = labels[PREFIX + 'warn'] !== undefined;
  const hasWarnVersion = labels[PREFIX + 'warn-version'] !== undefined;
  if (!hasWarnLevel && hasEnforceLevel && compareLevels(policy.enforce.level, policy.warn.level) > 0) {
    policy.warn.level = policy.enforce.level;
    if (!hasWarnVersion) policy.warn.version = policy.enforce.version;
  }
  return policy;
}

type Obj = Record<string, unknown>;
const isObj = (value: unknown): value is Obj => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The pods PSA would see for one workload, projected while its parsed value is still at hand. */
interface PssInputs {
  /** The Pod, or the pod the controller creates (Pod-only pre-processing applied). */
  asPod: PssPod | undefined;
  /** A workload's template as written (audit/warn of the workload request); undefined for a Pod. */
  template: PssPod | undefined;
  runtimeClassName: string | undefined;
}

/** The `pss` part of a pod's verdict (JSON `pods[].pss`). */
export interface PssVerdict {
  level: PssLevel;
  /** As labelled or configured (`latest`, `v1.25`). */
  version: string;
  allowed: boolean;
  /** Failed enforce check ids, in registry order. */
  checks: string[];
  /** The API server's message for the enforced pod, or null when admitted. */
  message: string | null;
  exempt: 'namespace' | 'user' | 'runtimeClass' | null;
  /** True when no policy applies and `restricted:latest` was evaluated only as advice (warnings). */
  advisory: boolean;
}

export type LintedPod = PodEvaluation & { pss?: PssVerdict };

/** The namespace the pod is created in. */
export const namespaceOf = (subject: PodUnderTest): string => subject.ref.namespace ?? subject.pod.metadata.namespace ?? 'default';

/** Collects namespaces and pod projections during the load loop, then evaluates each pod. */
export class PssCollector {
  private readonly namespaceLabels = new Map<string, Record<string, string>>();
  private readonly inputs = new Map<PodUnderTest, PssInputs>();
  private readonly checks = new PssChecks();

  constructor(
    private readonly mode: LintMode,
    private readonly options: PssOptions,
  ) {}

  get enabled(): boolean {
    return this.mode !== 'psp';
  }

  /** Records the labels of every Namespace object (later files replace earlier ones). */
  addObjects(objects: readonly ManifestObject[]): void {
    if (!this.enabled) return;
    for (const object of objects) {
      const value = object.value as Obj;
      if (!isObj(value) || value.kind !== 'Namespace' || value.apiVersion !== 'v1') continue;
      const metadata = isObj(value.metadata) ? value.metadata : {};
      if (typeof metadata.name !== 'string') continue;
      const labels: Record<string, string> = {};
      if (isObj(metadata.labels)) for (const [key, label] of Object.entries(metadata.labels)) if (typeof label === 'string') labels[key] = label;
      this.namespaceLabels.set(metadata.name, labels);
    }
  }

  /** The labels of every Namespace added, for another thread's collector (`addNamespaceLabels`). */
  namespaceLabelEntries(): [string, Record<string, string>][] {
    return [...this.namespaceLabels];
  }

  /** Records labels another collector read (`namespaceLabelEntries`). */
  addNamespaceLabels(entries: readonly [string, Record<string, string>][]): void {
    for (const [namespace, labels] of entries) this.namespaceLabels.set(namespace, labels);
  }

  /** Projects the pod(s) PSA sees for `subject` from its still-parsed manifest value. */
  addSubject(subject: PodUnderTest, value: unknown): void {
    if (!this.enabled || !isObj(value)) return;
    const kind = subject.kind as PssObjectKind;
    const pod = toPssPod(value, kind, { kubeMinor: PSS_KUBE_MINOR, asPod: true });
    const template = kind === 'Pod' ? undefined : toPssPod(value, kind, { kubeMinor: PSS_KUBE_MINOR, asPod: false });
    this.inputs.set(subject, {
      asPod: 'pod' in pod ? pod.pod : undefined,
      template: template !== undefined && 'pod' in template ? template.pod : undefined,
      runtimeClassName: 'pod' in pod && typeof pod.pod.spec.runtimeClassName === 'string' ? pod.pod.spec.runtimeClassName : undefined,
    });
  }

  /**
   * Whether Pod Security judges pods of `namespace` in this run (so `addSubject` projections are needed): a mode
   * that runs it everywhere, a level label on the Namespace, a configured default, or, in `auto` without a PSP
   * cluster, advice. Exact once every Namespace has been added.
   */
  judges(namespace: string, pspActive: boolean): boolean {
    if (!this.enabled) return false;
    return this.mode !== 'auto' || !pspActive || this.configured(namespace);
  }

  /** Whether `addSubject` recorded a projection for `subject`. */
  projected(subject: PodUnderTest): boolean {
    return this.inputs.has(subject);
  }

  /** The namespaces added so far whose labels set a Pod Security level. */
  labelledNamespaces(): Set<string> {
    return new Set([...this.namespaceLabels.keys()].filter((namespace) => this.configured(namespace)));
  }

  /** Whether PSS applies to pods of `namespace` in auto mode: labels or a configured default. */
  private configured(namespace: string): boolean {
    const labels = this.namespaceLabels.get(namespace) ?? {};
    const labelled = ['enforce', 'audit', 'warn'].some((mode) => labels[PREFIX + mode] !== undefined);
    return labelled || hasDefaultLevel(this.options);
  }

  /**
   * Evaluates one pod. `pspActive`: whether the PSP simulation judged it. Returns the pod with its `pss`
   * verdict (and, when PSS decides, `allowed`/`reason`/`policy`/`message` from the enforce verdict) and findings.
   */
  evaluate(evaluation: PodEvaluation, pspActive: boolean, locator: Locator, kubeMinor: number): { pod: LintedPod; diagnostics: Diagnostic[] } {
    const subject = evaluation.subject;
    const inputs = this.inputs.get(subject);
    // Each pod is judged once: its projections are let go (a big repository's would otherwise pile up).
    this.inputs.delete(subject);
    const namespace = namespaceOf(subject);
    if (!this.enabled || inputs === undefined) return { pod: evaluation, diagnostics: [] };
    const configured = this.mode !== 'auto' || this.configured(namespace);
    const advisory = this.mode === 'auto' && !configured && !pspActive;
    if (!configured && !advisory) return { pod: evaluation, diagnostics: [] };

    const location = locator.locate(subject.source, subject.templatePath);
    // A failed check sits at the first offending field (or, when a required field is missing, its nearest parent).
    const at = (check: FailedCheck, pod: PssPod | undefined): Location => {
      const candidates = pod === undefined ? [] : this.checks.failingPaths(check.id, pod);
      return candidates.length === 0 ? location : locator.locateFirst(subject.source, candidates.map((path) => [...subject.templatePath, ...path]));
    };
    const base = { object: subject.ref, related: [] };
    const diagnostics: Diagnostic[] = [];
    const run = (lv: LevelVersion, pod: PssPod): FailedCheck[] => this.checks.failed(lv.level, lv.version, pod);
    const exemptions = this.options.exemptions ?? {};

    if (advisory) {
      const lv: LevelVersion = { level: 'restricted', version: LATEST_VERSION };
      const failed = inputs.asPod ? run(lv, inputs.asPod) : [];
      for (const check of failed) {
        diagnostics.push({
          ...base, ruleId: RULES.pssWarning.id, severity: RULES.pssWarning.severity, location: at(check, inputs.asPod),
          message: `${warningMessage(lv.level, lv.version, [check])} [${check.id}] (advisory: no PodSecurityPolicy and no Pod Security level configured)`,
        });
      }
      const pss: PssVerdict = { level: 'restricted', version: 'latest', allowed: failed.length === 0, checks: failed.map((c) => c.id), message: failed.length ? forbiddenMessage(subject.podName, lv.level, lv.version, failed) : null, exempt: null, advisory: true };
      return { pod: { ...evaluation, allowed: true, reason: 'admitted', policy: null, message: null, pss }, diagnostics };
    }

    const policy = policyToEvaluate(this.namespaceLabels.get(namespace), defaultPolicy(this.options));
    const exempt: PssVerdict['exempt'] = exemptions.namespaces?.includes(namespace)
      ? 'namespace'
      : evaluation.requester !== undefined && exemptions.usernames?.includes(evaluation.requester.name)
        ? 'user'
        : inputs.runtimeClassName !== undefined && inputs.runtimeClassName !== '' && exemptions.runtimeClasses?.includes(inputs.runtimeClassName)
          ? 'runtimeClass'
          : null;
    // PodSecurity validates after mutating admission: in a cluster that also runs PodSecurityPolicy, it sees the pod
    // as the chosen policy wrote it (then the annotation -> field seccomp sync of that version), not as written.
    const asPod = pspActive && evaluation.admittedPod !== null ? admittedPssPod(evaluation.admittedPod, kubeMinor) ?? inputs.asPod : inputs.asPod;
    const enforced = exempt === null && asPod ? run(policy.enforce, asPod) : [];
    const allowed = enforced.length === 0;
    const enforceText = levelVersionString(policy.enforce.level, policy.enforce.version);
    const message = allowed ? null : forbiddenMessage(subject.podName, policy.enforce.level, policy.enforce.version, enforced);
    for (const check of enforced) {
      diagnostics.push({
        ...base, ruleId: RULES.pssViolation.id, severity: RULES.pssViolation.severity, location: at(check, asPod),
        message: `${subject.kind === 'Pod' ? 'Pod' : `Pod created by this ${subject.kind}`} "${subject.podName}" is forbidden: violates PodSecurity "${enforceText}" (enforce, namespace "${namespace}"): ${forbiddenDetail([check])} [${check.id}]`,
      });
    }
    for (const error of policy.errors) {
      diagnostics.push({ ...base, ruleId: RULES.pssWarning.id, severity: RULES.pssWarning.severity, location, message: `namespace "${namespace}": Failed to parse policy: ${error}` });
    }
    // Audit and warn: the Pod itself (warn only when admitted, §3.3), or the workload's template as written (§3.4).
    const target = subject.kind === 'Pod' ? asPod : inputs.template;
    const modes: { mode: 'audit' | 'warn'; lv: LevelVersion }[] = [{ mode: 'audit', lv: policy.audit }];
    if (subject.kind !== 'Pod' || allowed) modes.push({ mode: 'warn', lv: policy.warn });
    const grouped = new Map<string, { lv: LevelVersion; modes: string[] }>();
    for (const { mode, lv } of modes) {
      if (lv.level === 'privileged' || exempt === 'namespace' || exempt === 'runtimeClass') continue;
      const key = levelVersionString(lv.level, lv.version);
      const entry = grouped.get(key) ?? { lv, modes: [] };
      entry.modes.push(mode);
      grouped.set(key, entry);
    }
    for (const { lv, modes: names } of grouped.values()) {
      if (target === undefined) continue;
      for (const check of run(lv, target)) {
        diagnostics.push({
          ...base, ruleId: RULES.pssWarning.id, severity: RULES.pssWarning.severity, location: at(check, target),
          message: `${warningMessage(lv.level, lv.version, [check])} [${check.id}] (${names.join(', ')}, namespace "${namespace}")`,
        });
      }
    }
    const pss: PssVerdict = { level: policy.enforce.level, version: versionString(policy.enforce.version), allowed, checks: enforced.map((c) => c.id), message, exempt, advisory: false };
    if (pspActive) {
      // Both admission plugins run: the pod is admitted only if both admit; a PSP refusal keeps its reason.
      if (!evaluation.allowed || allowed) return { pod: { ...evaluation, pss }, diagnostics };
      return { pod: { ...evaluation, allowed: false, reason: 'pod-security', policy: enforceText, message, pss }, diagnostics };
    }
    return {
      pod: { ...evaluation, allowed, reason: allowed ? 'admitted' : 'pod-security', policy: enforceText, message, pss },
      diagnostics,
    };
  }
}

/** The PSA input for a pod PodSecurityPolicy admitted (and mutated), pre-processed as the simulated version does. */
function admittedPssPod(pod: PodEvaluation['admittedPod'] & object, kubeMinor: number): PssPod | undefined {
  const decoded = toPssPod({ metadata: pod.metadata as unknown as Obj, spec: pod.spec as unknown as Obj }, 'Pod', { kubeMinor, asPod: true });
  return 'pod' in decoded ? decoded.pod : undefined;
}
