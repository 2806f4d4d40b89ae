// The pure core: manifests in, verdicts and diagnostics out (design.md §1.1). Load -> cluster -> admission
// -> findings, with no file-system, environment or console access; deterministic for any input order.

import type { Diagnostic, Severity } from './api/diagnostic.js';
import { buildCluster } from './cluster/model.js';
import type { RequesterMode } from './cluster/requester.js';
import { kustomizePatchFiles } from './load/kustomize.js';
import { Locator } from './load/locate.js';
import { RULES } from './rules/catalog.js';
import { readObjects, type ClusterObjects, type Sourced, type WorkloadObject } from './load/objects.js';
import { DEFAULT_PARSE_LIMITS, parseManifestFile, type ManifestObject, type ParseLimits, type SourceFile } from './load/parse.js';
import { extractPod, type PodUnderTest } from './load/pod-templates.js';
import { renderShapePath, type ShapeError } from './load/shape.js';
import { evaluatePod, type PodEvaluation, type Usable } from './lint/evaluate-pod.js';
import { AdmissionCache } from './lint/admission-cache.js';
import { podFindings } from './lint/findings.js';
import { SuppressionIndex } from './lint/suppressions.js';
import { grantsPolicyAccess, hasDefaultLevel, namespaceOf, PssCollector, pspApplies, type LintMode, type LintedPod, type PssOptions } from './lint/pss.js';
import { preparePolicies } from './psp/policies.js';
import { compareCodePoints } from './api/compare.js';

export const SUPPORTED_KUBERNETES_VERSIONS = ['1.15', '1.16', '1.17', '1.18', '1.19', '1.20', '1.21', '1.22', '1.23', '1.24'] as const;
export type KubernetesVersion = (typeof SUPPORTED_KUBERNETES_VERSIONS)[number];

/** A file to lint: repository manifests are judged; `cluster` files only add cluster state. */
export type LintSource = SourceFile;

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
  pods: LintedPod[];
  diagnostics: Diagnostic[];
}


/** Lints `sources` (any order) and returns every pod's verdict and every diagnostic, sorted. */
export function lint(sources: readonly LintSource[], options: LintOptions): LintResult {
  return lintSources(sources, options, false);
}

/** `projectAll`: give Pod Security every pod's projection, whatever the texts suggest (see podSecurityGuess). */
function lintSources(sources: readonly LintSource[], options: LintOptions, projectAll: boolean): LintResult {
  const kubeMinor = Number(options.kubernetesVersion.split('.')[1]);
  const ordered = [...sources].sort((a, b) => compareCodePoints(a.path, b.path) || Number(a.cluster ?? false) - Number(b.cluster ?? false));
  const locator = new Locator(new Map(ordered.map((source) => [source.path, source.text])), options.limits ?? DEFAULT_PARSE_LIMITS);
  const diagnostics: Diagnostic[] = [];

  const limits = options.limits ?? DEFAULT_PARSE_LIMITS;
  const readOptions = { defaultNamespace: options.namespace, kubeMinor };
  const patches = kustomizePatchFiles(ordered.filter((source) => !source.cluster && mayBeKustomization(source)).flatMap((source) => parseManifestFile(source, limits).objects));
  // One file at a time: parse, classify, narrow, extract pods, then let the raw parsed values go, so memory
  // holds typed projections rather than whole documents. Cluster-only files come first so that a repository
  // object of the same name replaces theirs.
  const clusterParts: ClusterObjects[] = [];
  const subjects: PodUnderTest[] = [];
  const suppressions = new SuppressionIndex(locator);
  const pss = new PssCollector(options.mode ?? 'auto', options.pss ?? {});
  const mayJudge = projectAll ? () => true : podSecurityGuess(options, ordered, limits);
  for (const source of [...ordered.filter((file) => file.cluster), ...ordered.filter((file) => !file.cluster)]) {
    const parsed = parseManifestFile(source, limits);
    diagnostics.push(...parsed.diagnostics);
    const kustomization = source.cluster ? undefined : patches.get(source.path);
    if (kustomization !== undefined) {
      if (parsed.objects[0]) diagnostics.push(kustomizePatchNote(parsed.objects[0], kustomization, locator));
      continue;
    }
    pss.addObjects(parsed.objects);
    const read = readObjects(parsed.objects, readOptions, locator);
    diagnostics.push(...read.diagnostics);
    for (const object of clusterObjectsOf(read.cluster)) suppressions.add(object.source, object.ref);
    clusterParts.push(detachCluster(read.cluster));
    if (source.cluster) continue;
    for (const workload of read.workloads) {
      const extracted = extractPod(workload.source, workload.ref, workload.kind, { kubeMinor });
      suppressions.add(workload.source, workload.ref, 'pod' in extracted ? extracted.pod.templatePath : []);
      if ('errors' in extracted) {
        diagnostics.push(...extracted.errors.map((error) => invalidWorkload(workload, error, locator)));
        continue;
      }
      const subject = { ...extracted.pod, source: detach(extracted.pod.source) };
      if (mayJudge(namespaceOf(subject))) pss.addSubject(subject, workload.source.value);
      subjects.push(subject);
    }
  }
  const objects = mergeClusterObjects(clusterParts);

  const cluster = buildCluster(objects, { alwaysAllow: options.alwaysAllow === true, requireServiceAccounts: options.requireServiceAccounts === true }, locator);
  diagnostics.push(...cluster.diagnostics);
  const prepared = preparePolicies(cluster.policies, { kubeMinor, featureGates: options.featureGates ?? {} }, locator);
  diagnostics.push(...prepared.diagnostics);

  const pods: LintedPod[] = [];
  const pspActive = pspApplies(options.mode ?? 'auto', {
    policies: objects.policies.length > 0,
    grants: objects.roles.some((role) => grantsPolicyAccess(role.value)),
    versionGiven: options.kubernetesVersionGiven === true,
  });
  // The texts suggested no pod would be judged by Pod Security, wrongly (PodSecurityPolicy named only in a comment,
  // a level label spelled with escapes): the projections skipped are needed. Rare, so the whole run is repeated.
  if (!projectAll && subjects.some((subject) => !pss.projected(subject) && pss.judges(namespaceOf(subject), pspActive))) return lintSources(sources, options, true);
  const admissionCache = new AdmissionCache<Usable>(prepared.providers);
  const evaluateOptions = { kubeMinor, requester: options.requester, useServiceAccountCredentials: options.useServiceAccountCredentials !== false, admissionCache };
  const context = { locator, cluster, policySources: prepared.sources };
  for (const subject of subjects) {
    const evaluation = evaluatePod(subject, cluster, prepared.providers, evaluateOptions);
    const judged = pss.evaluate(evaluation, pspActive, locator, kubeMinor);
    pods.push(judged.pod);
    if (pspActive) diagnostics.push(...podFindings(evaluation, context));
    diagnostics.push(...judged.diagnostics);
  }
  pods.sort((a, b) => compareCodePoints(a.subject.source.file, b.subject.source.file) || a.subject.source.index - b.subject.source.index);
  // podgate.dev/ignore annotations mark matching findings as suppressed; the verdicts stay as they are.
  const reported = suppressions.apply([...diagnostics, ...suppressions.diagnostics]).sort(compareDiagnostics);
  return { kubeMinor, pspSimulated: pspActive, pods, diagnostics: reported };
}

function clusterObjectsOf(objects: ClusterObjects): Sourced<unknown>[] {
  return [...objects.policies, ...objects.roles, ...objects.bindings, ...objects.serviceAccounts, ...objects.namespaces];
}

function mergeClusterObjects(parts: readonly ClusterObjects[]): ClusterObjects {
  return {
    policies: parts.flatMap((part) => part.policies),
    roles: parts.flatMap((part) => part.roles),
    bindings: parts.flatMap((part) => part.bindings),
    serviceAccounts: parts.flatMap((part) => part.serviceAccounts),
    namespaces: parts.flatMap((part) => part.namespaces),
  };
}

const NO_VALUE: Record<string, unknown> = Object.freeze({}) as Record<string, unknown>;

/** The object's place in its file without its parsed value (no longer needed once narrowed). */
function detach(object: ManifestObject): ManifestObject {
  return { ...object, value: NO_VALUE };
}

function detachCluster(objects: ClusterObjects): ClusterObjects {
  const strip = <T>(items: Sourced<T>[]): Sourced<T>[] => items.map((item) => ({ ...item, source: detach(item.source) }));
  return {
    policies: strip(objects.policies),
    roles: strip(objects.roles),
    bindings: strip(objects.bindings),
    serviceAccounts: strip(objects.serviceAccounts),
    namespaces: strip(objects.namespaces),
  };
}

/**
 * Which namespaces' pods Pod Security Standards are likely to judge, so that the collector gets those pods'
 * projections while the parsed values are still at hand. In `auto` mode they apply in a namespace with a
 * `pod-security.kubernetes.io/` level label, under a configured default, or everywhere as advice when nothing
 * shows a PodSecurityPolicy cluster (no version named, no policy or grant). The guess reads the texts, and parses
 * only the files that spell the label prefix; when it is wrong (a label key written with escapes, the words in a
 * comment), `lintSources` sees so from the parsed objects (`PssCollector.judges`) and runs again projecting every
 * pod. Projecting 20,000 pods that no namespace label concerns would cost more than the rare second run.
 */
function podSecurityGuess(options: LintOptions, sources: readonly SourceFile[], limits: ParseLimits): (namespace: string) => boolean {
  const mode = options.mode ?? 'auto';
  if (mode !== 'auto') return () => mode !== 'psp';
  if (hasDefaultLevel(options.pss ?? {})) return () => true;
  const pspCluster = options.kubernetesVersionGiven === true || sources.some((source) => source.text.includes('PodSecurityPolicy') || source.text.includes('podsecuritypolicies'));
  if (!pspCluster) return () => true;
  const labels = new PssCollector('auto', options.pss ?? {});
  for (const source of sources) if (source.text.includes('pod-security.kubernetes.io/')) labels.addObjects(parseManifestFile(source, limits).objects);
  const labelled = labels.labelledNamespaces();
  return (namespace) => labelled.has(namespace);
}

/** Files that can be a kustomization (named so, or declaring kind Kustomization). */
function mayBeKustomization(source: SourceFile): boolean {
  return /(^|\/)(kustomization\.ya?ml|Kustomization)$/.test(source.path) || source.text.includes('Kustomization');
}

function kustomizePatchNote(first: ManifestObject, kustomization: string, locator: Locator): Diagnostic {
  return {
    ruleId: RULES.kustomizePatch.id,
    severity: RULES.kustomizePatch.severity,
    message: `A kustomize patch (named by ${kustomization}): not judged on its own; run podgate on \`kustomize build\` output to judge the result`,
    location: locator.locateObject(first),
    related: [],
  };
}

function invalidWorkload(workload: WorkloadObject, error: ShapeError, locator: Locator): Diagnostic {
  return {
    ruleId: RULES.invalidObject.id,
    severity: RULES.invalidObject.severity,
    message: `${renderShapePath(error.path)}: ${error.message}; the API server would reject this ${workload.kind}, so its pods are not judged`,
    location: locator.locate(workload.source, error.path),
    object: workload.ref,
    related: [],
  };
}

/** File, line, column, rule, message: a total order, so output never depends on discovery order. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  const la = a.location;
  const lb = b.location;
  return (
    compareCodePoints(la.file, lb.file) ||
    la.startLine - lb.startLine ||
    la.startColumn - lb.startColumn ||
    compareCodePoints(a.ruleId, b.ruleId) ||
    compareCodePoints(a.message, b.message)
  );
}

/**
 * The diagnostics that fail a run at these severities (`--fail-on`): unsuppressed ones only. Every forbidden pod
 * has at least one error diagnostic, so a forbidden pod fails the run unless its findings are all suppressed or
 * nothing fails the run (`none`).
 */
export function failingDiagnostics(result: LintResult, severities: readonly Severity[]): Diagnostic[] {
  return result.diagnostics.filter((d) => d.suppression === undefined && severities.includes(d.severity));
}
