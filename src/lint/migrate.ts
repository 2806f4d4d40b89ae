// Migration forecast, PodSecurityPolicy -> Pod Security Standards (spec pod-security-standards §4): per namespace
// the strictest level every pod template satisfies as written (CronJobs and scaled-to-zero workloads included),
// the pods PSP admits only because the chosen policy mutated them (§4.3: PSA never mutates), and each PSP's
// equivalent level by the official mapping (§4.1/§4.2). Pure; deterministic order.

import type { ObjectRef } from '../api/diagnostic.js';
import type { Pod } from '../api/core.js';
import { compareCodePoints } from '../api/compare.js';
import { groupBy } from '../api/group.js';
import { APPARMOR_ALLOWED_PROFILES_ANNOTATION, PSP_ANNOTATION, SECCOMP_ALLOWED_PROFILES_ANNOTATION, type PodSecurityPolicy } from '../api/policy.js';
import type { LintResult } from '../lint.js';
import type { SourceFile } from '../load/parse.js';
import { Locator } from '../load/locate.js';
import { readObjects } from '../load/objects.js';
import { DEFAULT_PARSE_LIMITS, parseManifestFile } from '../load/parse.js';
import { toPssPod } from '../pss/pod.js';
import { getEvaluator } from '../pss/registry.js';
import type { PssLevel, PssVersion } from '../pss/types.js';
import { compareLevels, parseVersion } from '../pss/version.js';
import { PSS_KUBE_MINOR, type LintedPod } from './pss.js';

export interface MigrationOptions {
  /** The PodSecurityPolicies to map (§4.1); see `readPolicies`. None: `policies` is empty. */
  policies?: readonly PodSecurityPolicy[];
  /** `latest` (default) or a pinned `v1.x`: the version evaluated and written to the `*-version` labels. */
  version?: string;
}

export interface PodLevel {
  namespace: string;
  object: ObjectRef;
  kind: string;
  podName: string;
  file: string;
  /** The strictest level the template satisfies as written. */
  level: PssLevel;
  /** Check ids failing at the next stricter level (empty at `restricted`). */
  checks: string[];
}

export interface NamespaceForecast {
  namespace: string;
  /** The strictest level all of its pods satisfy. */
  level: PssLevel;
  pods: number;
  /** Pods below `restricted`, least compliant first, with the checks keeping each from the next level. */
  holdingBack: PodLevel[];
  /** The Namespace labels to apply, in key order. */
  labels: Record<string, string>;
}

export interface MutatedField {
  /** `spec.containers[0].securityContext.runAsNonRoot`, `metadata.annotations["…"]`. */
  path: string;
  value: unknown;
  /** The PSA check that fails without it (§4.3), or null when PSA has no opinion. */
  check: string | null;
  /** True when the template as written fails `check` at restricted: the pod relies on PSP writing it. */
  reliedOn: boolean;
}

export interface MutationDependency {
  namespace: string;
  object: ObjectRef;
  kind: string;
  podName: string;
  file: string;
  policy: string;
  fields: MutatedField[];
  /** The restricted checks the pod passes only with the PSP-written fields (sorted). */
  reliesOn: string[];
}

export interface PolicyGap {
  field: string;
  value: string;
  check: string;
}

export interface PolicyMapping {
  name: string;
  level: PssLevel;
  gaps: { baseline: PolicyGap[]; restricted: PolicyGap[] };
}

export interface MigrationForecast {
  version: string;
  namespaces: NamespaceForecast[];
  mutationDependencies: MutationDependency[];
  policies: PolicyMapping[];
}

const LABEL = 'pod-security.kubernetes.io/';
const STRICTER: Record<PssLevel, PssLevel> = { privileged: 'baseline', baseline: 'restricted', restricted: 'restricted' };

export function forecastMigration(result: LintResult, options: MigrationOptions = {}): MigrationForecast {
  const versionText = options.version ?? 'latest';
  const parsed = parseVersion(versionText);
  if (parsed.error !== undefined) throw new Error(`migration version ${JSON.stringify(versionText)}: ${parsed.error}`);
  const failing = new Map<LintedPod, string[]>();
  const levels = result.pods.map((pod) => podLevel(pod, parsed.value, failing));
  const byNamespace = groupBy(levels, (pod) => pod.namespace);
  const namespaces = [...byNamespace.keys()].sort(compareCodePoints).map((namespace): NamespaceForecast => {
    const pods = byNamespace.get(namespace) ?? [];
    const level = pods.reduce<PssLevel>((min, pod) => (compareLevels(pod.level, min) < 0 ? pod.level : min), 'restricted');
    const holdingBack = pods.filter((pod) => pod.level !== 'restricted').sort((a, b) => compareLevels(a.level, b.level) || comparePods(a, b));
    return { namespace, level, pods: pods.length, holdingBack, labels: namespaceLabels(level, versionText) };
  });
  const mutationDependencies = result.pods.flatMap((pod) => mutationDependency(pod, failing.get(pod) ?? [])).sort(comparePods);
  const policies = [...(options.policies ?? [])].sort((a, b) => compareCodePoints(a.metadata.name, b.metadata.name)).map(mapPolicy);
  return { version: versionText, namespaces, mutationDependencies, policies };
}

/** The labels of §4 step "apply": enforce the level; warn and audit one level stricter while below restricted. */
export function namespaceLabels(level: PssLevel, version: string): Record<string, string> {
  const labels: Record<string, string> = {};
  if (level !== 'restricted') {
    labels[`${LABEL}audit`] = STRICTER[level];
    labels[`${LABEL}audit-version`] = version;
  }
  labels[`${LABEL}enforce`] = level;
  labels[`${LABEL}enforce-version`] = version;
  if (level !== 'restricted') {
    labels[`${LABEL}warn`] = STRICTER[level];
    labels[`${LABEL}warn-version`] = version;
  }
  return labels;
}

function comparePods(a: { namespace: string; file: string; object: ObjectRef; podName: string }, b: typeof a): number {
  return compareCodePoints(a.namespace, b.namespace) || compareCodePoints(a.file, b.file) || compareCodePoints(a.object.name, b.object.name) || compareCodePoints(a.podName, b.podName);
}

function identity(pod: LintedPod): Omit<PodLevel, 'level' | 'checks'> {
  const { subject } = pod;
  return { namespace: subject.ref.namespace ?? subject.pod.metadata.namespace ?? 'default', object: subject.ref, kind: subject.kind, podName: subject.podName, file: subject.source.file };
}

/** Evaluates the template as written (before any PSP mutation) at restricted, then baseline. */
function podLevel(linted: LintedPod, version: PssVersion, failing: Map<LintedPod, string[]>): PodLevel {
  const { subject } = linted;
  const raw = JSON.parse(JSON.stringify({ metadata: subject.pod.metadata, spec: subject.pod.spec })) as Record<string, unknown>;
  const projected = toPssPod(raw, 'Pod', { kubeMinor: PSS_KUBE_MINOR, asPod: subject.kind === 'Pod' });
  const base = identity(linted);
  if (!('pod' in projected)) return { ...base, level: 'privileged', checks: ['invalid-template'] };
  const evaluator = getEvaluator();
  const restricted = evaluator.evaluatePod('restricted', version, projected.pod).results;
  failing.set(linted, restricted.map((c) => c.id));
  if (restricted.length === 0) return { ...base, level: 'restricted', checks: [] };
  const baseline = evaluator.evaluatePod('baseline', version, projected.pod).results;
  if (baseline.length === 0) return { ...base, level: 'baseline', checks: restricted.map((c) => c.id) };
  return { ...base, level: 'privileged', checks: baseline.map((c) => c.id) };
}

function mutationDependency(linted: LintedPod, failing: readonly string[]): MutationDependency[] {
  const admitted = linted.admittedPod;
  const policy = admitted?.metadata.annotations?.[PSP_ANNOTATION];
  if (admitted === null || policy === undefined) return [];
  const attempt = linted.attempts.find((a) => a.policy === policy);
  if (attempt === undefined || !attempt.mutated) return [];
  const fields: MutatedField[] = [];
  diff(strip(linted.podSeen), strip(admitted), '', fields);
  for (const field of fields) field.reliedOn = field.check !== null && failing.includes(field.check);
  const reliesOn = [...new Set(fields.filter((f) => f.reliedOn).map((f) => f.check as string))].sort(compareCodePoints);
  return [{ ...identity(linted), policy, fields, reliesOn }];
}

/** The parts PSP may write, without the `kubernetes.io/psp` annotation admission adds. */
function strip(pod: Pod): unknown {
  const annotations = { ...pod.metadata.annotations };
  delete annotations[PSP_ANNOTATION];
  return JSON.parse(JSON.stringify({ metadata: { annotations }, spec: pod.spec })) as unknown;
}

const isObj = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const SIMPLE_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;

function diff(before: unknown, after: unknown, path: string, out: MutatedField[]): void {
  if (isObj(after) && (isObj(before) || before === undefined)) {
    const old = isObj(before) ? before : {};
    for (const key of Object.keys(after)) diff(old[key], after[key], SIMPLE_KEY.test(key) ? (path ? `${path}.${key}` : key) : `${path}[${JSON.stringify(key)}]`, out);
    return;
  }
  if (Array.isArray(after) && Array.isArray(before) && after.some(isObj)) {
    after.forEach((item, i) => diff(before[i], item, `${path}[${i}]`, out));
    return;
  }
  if (JSON.stringify(before) !== JSON.stringify(after)) out.push({ path, value: after, check: mutationCheck(path), reliedOn: false });
}

/** §4.3: the PSA check that fails when PSA does not write the field. */
function mutationCheck(path: string): string | null {
  if (path.endsWith('.allowPrivilegeEscalation')) return 'allowPrivilegeEscalation';
  if (path.endsWith('.capabilities.drop')) return 'capabilities_restricted';
  if (path.endsWith('.runAsNonRoot')) return 'runAsNonRoot';
  if (path.includes('seccompProfile') || path.includes('seccomp.security.alpha.kubernetes.io')) return 'seccompProfile_restricted';
  return null;
}

const BASELINE_CAPABILITIES = new Set(['AUDIT_WRITE', 'CHOWN', 'DAC_OVERRIDE', 'FOWNER', 'FSETID', 'KILL', 'MKNOD', 'NET_BIND_SERVICE', 'SETFCAP', 'SETGID', 'SETPCAP', 'SETUID', 'SYS_CHROOT']);
const RESTRICTED_VOLUMES = new Set(['configMap', 'csi', 'downwardAPI', 'emptyDir', 'ephemeral', 'persistentVolumeClaim', 'projected', 'secret']);
const SELINUX_TYPES = new Set(['', 'container_t', 'container_init_t', 'container_kvm_t', 'container_engine_t']);

/** §4.1/§4.2: the gaps of one PSP for baseline and restricted, and the level they leave. */
export function mapPolicy(psp: PodSecurityPolicy): PolicyMapping {
  const spec = psp.spec;
  const baseline: PolicyGap[] = [];
  const restricted: PolicyGap[] = [];
  const both = (field: string, value: unknown, check: string): void => {
    const gap = { field, value: show(value), check };
    baseline.push(gap);
    restricted.push(gap);
  };
  const strict = (field: string, value: unknown, check: string): void => void restricted.push({ field, value: show(value), check });

  if (spec.privileged === true) both('privileged', true, 'privileged');
  for (const field of ['defaultAddCapabilities', 'allowedCapabilities'] as const) {
    const caps = spec[field] ?? [];
    if (caps.some((cap) => !BASELINE_CAPABILITIES.has(cap))) both(field, caps, 'capabilities_baseline');
    else if (caps.some((cap) => cap !== 'NET_BIND_SERVICE')) strict(field, caps, 'capabilities_restricted');
  }
  if (!(spec.requiredDropCapabilities ?? []).includes('ALL')) strict('requiredDropCapabilities', spec.requiredDropCapabilities ?? [], 'capabilities_restricted');
  const volumes = spec.volumes ?? [];
  if (volumes.some((v) => v === 'hostPath' || v === '*')) both('volumes', volumes, 'hostPathVolumes');
  else if (volumes.some((v) => !RESTRICTED_VOLUMES.has(v))) strict('volumes', volumes, 'restrictedVolumes');
  for (const field of ['hostNetwork', 'hostPID', 'hostIPC'] as const) if (spec[field] === true) both(field, true, 'hostNamespaces');
  if ((spec.hostPorts ?? []).length > 0) both('hostPorts', spec.hostPorts, 'hostPorts');
  const se = spec.seLinux?.seLinuxOptions;
  if (spec.seLinux?.rule !== 'MustRunAs') both('seLinux.rule', spec.seLinux?.rule ?? '', 'seLinuxOptions');
  else if (se?.user || se?.role || !SELINUX_TYPES.has(se?.type ?? '')) both('seLinux.seLinuxOptions', se ?? {}, 'seLinuxOptions');
  if (spec.runAsUser?.rule !== 'MustRunAsNonRoot') strict('runAsUser.rule', spec.runAsUser?.rule ?? '', 'runAsNonRoot');
  if (spec.allowPrivilegeEscalation !== false) strict('allowPrivilegeEscalation', spec.allowPrivilegeEscalation ?? '(omitted: true)', 'allowPrivilegeEscalation');
  if ((spec.allowedUnsafeSysctls ?? []).length > 0) both('allowedUnsafeSysctls', spec.allowedUnsafeSysctls, 'sysctls');
  const procMounts = spec.allowedProcMountTypes ?? [];
  if (procMounts.some((type) => type !== 'Default')) both('allowedProcMountTypes', procMounts, 'procMount');

  const annotations = psp.metadata.annotations ?? {};
  const seccomp = annotations[SECCOMP_ALLOWED_PROFILES_ANNOTATION];
  const seccompField = `metadata.annotations["${SECCOMP_ALLOWED_PROFILES_ANNOTATION}"]`;
  if (seccomp === undefined) strict(seccompField, '(absent)', 'seccompProfile_restricted');
  else {
    const entries = seccomp.split(',').map((entry) => entry.trim());
    if (entries.some((e) => e !== '' && e !== 'runtime/default' && e !== 'docker/default' && !e.startsWith('localhost/'))) both(seccompField, seccomp, 'seccompProfile_baseline');
    else if (entries.includes('')) strict(seccompField, seccomp, 'seccompProfile_restricted');
  }
  const apparmor = annotations[APPARMOR_ALLOWED_PROFILES_ANNOTATION];
  const apparmorField = `metadata.annotations["${APPARMOR_ALLOWED_PROFILES_ANNOTATION}"]`;
  if (apparmor === undefined) both(apparmorField, '(absent)', 'appArmorProfile');
  else if (apparmor.split(',').map((e) => e.trim()).some((e) => e !== '' && e !== 'runtime/default' && !e.startsWith('localhost/'))) both(apparmorField, apparmor, 'appArmorProfile');

  const level: PssLevel = restricted.length === 0 ? 'restricted' : baseline.length === 0 ? 'baseline' : 'privileged';
  return { name: psp.metadata.name, level, gaps: { baseline, restricted } };
}

function show(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * The repository's PodSecurityPolicies (cluster files first, a later object of the same name replaces an
 * earlier one), for `MigrationOptions.policies`. Pure: parses the given texts.
 */
export function readPolicies(sources: readonly SourceFile[], options: { namespace?: string; kubernetesVersion?: string } = {}): PodSecurityPolicy[] {
  const ordered = [...sources].sort((a, b) => Number(b.cluster ?? false) - Number(a.cluster ?? false) || compareCodePoints(a.path, b.path));
  const locator = new Locator(new Map(ordered.map((source) => [source.path, source.text])), DEFAULT_PARSE_LIMITS);
  const kubeMinor = Number((options.kubernetesVersion ?? '1.24').split('.')[1]);
  const byName = new Map<string, PodSecurityPolicy>();
  for (const source of ordered) {
    const read = readObjects(parseManifestFile(source, DEFAULT_PARSE_LIMITS).objects, { defaultNamespace: options.namespace ?? 'default', kubeMinor }, locator);
    for (const policy of read.cluster.policies) byName.set(policy.value.metadata.name, policy.value);
  }
  return [...byName.values()];
}
