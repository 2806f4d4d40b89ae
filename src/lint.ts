// The pure core: manifests in, verdicts and diagnostics out (design.md §1.1). Load -> cluster -> admission
// -> findings, with no file-system, environment or console access; deterministic for any input order.

import type { Diagnostic, Severity } from './api/diagnostic.js';
import { buildCluster } from './cluster/model.js';
import type { RequesterMode } from './cluster/requester.js';
import { isKustomizationFileName, mayHoldClusterState } from './load/kinds.js';
import { kustomizePatchFiles } from './load/kustomize.js';
import { Locator } from './load/locate.js';
import { RULES } from './rules/catalog.js';
import { readObjects, type ClusterObjects, type Sourced, type WorkloadObject } from './load/objects.js';
import { DEFAULT_PARSE_LIMITS, parseManifestFile, type LazySourceFile, type ManifestObject, type ParseLimits, type SourceFile } from './load/parse.js';
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

/**
 * A file to lint: repository manifests are judged; `cluster` files only add cluster state. A lazy file is read
 * when its turn comes and let go after (see `LazySourceFile`).
 */
export type LintSource = SourceFile | LazySourceFile;

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
  // A file read late held cluster state after all: the run is repeated reading every file first (it cannot give up).
  return lintSources(sources, options, { projectAll: false, defer: true, share: WHOLE }) ?? lintSources(sources, options, { projectAll: false, defer: false, share: WHOLE })!;
}

/**
 * One of `of` shares of a lint run, so that threads can judge a big repository together: every share reads the
 * files that may hold cluster state (each builds the same cluster), then judges its `index`-th part of the other
 * files; share 0 also judges the pods of the first files and reports their diagnostics. `mergeShares` of all the
 * shares equals `lint`. Undefined when the files cannot be shared out (a file read late held cluster state after
 * all): run `lint` instead.
 */
export function lintShare(sources: readonly LintSource[], options: LintOptions, share: LintShareIndex): LintResult | undefined {
  return lintSources(sources, options, { projectAll: false, defer: true, share });
}

export interface LintShareIndex {
  index: number;
  of: number;
}

const WHOLE: LintShareIndex = { index: 0, of: 1 };

/** The results of every share of one run (`lintShare`, indexes 0 … of-1) as the one result `lint` gives. */
export function mergeShares(shares: readonly LintResult[]): LintResult {
  const [first] = shares;
  if (first === undefined) throw new Error('mergeShares needs the result of share 0');
  const pods = shares.flatMap((share) => share.pods).sort(comparePods);
  const counts = { pods: 0, forbidden: 0 };
  for (const share of shares) {
    counts.pods += share.counts.pods;
    counts.forbidden += share.counts.forbidden;
  }
  // Each file is judged in one share, so equal diagnostics come from one share, in the order `lint` gives them.
  const diagnostics = shares.flatMap((share) => share.diagnostics).sort(compareDiagnostics);
  return { ...first, pods, counts, diagnostics };
}

const comparePods = (a: LintedPod, b: LintedPod): number => compareCodePoints(a.subject.source.file, b.subject.source.file) || a.subject.source.index - b.subject.source.index;

/**
 * `projectAll`: give Pod Security every pod's projection, whatever the texts suggest (see podSecurityGuess).
 * `defer`: judge the files that cannot hold cluster state (`mayHoldClusterState`) one at a time after the cluster is
 * built, keeping none of their parsed values, texts or (with `keepAdmittedPods: false`) admitted pods; the run gives
 * up (undefined) when one of them holds cluster state after all. Without `defer` it never gives up.
 */
interface RunMode {
  projectAll: boolean;
  defer: boolean;
  share: LintShareIndex;
}

function lintSources(sources: readonly LintSource[], options: LintOptions, mode: RunMode): LintResult | undefined {
  const kubeMinor = Number(options.kubernetesVersion.split('.')[1]);
  const ordered = [...sources].sort((a, b) => compareCodePoints(a.path, b.path) || Number(a.cluster ?? false) - Number(b.cluster ?? false));
  const diagnostics: Diagnostic[] = [];
  const limits = options.limits ?? DEFAULT_PARSE_LIMITS;
  // Files that shape the cluster are read first (all of them, with their pods); the others wait for the cluster.
  const early: SourceFile[] = [];
  const deferred: LintSource[] = [];
  let deferrable = 0;
  for (const source of ordered) {
    if (mode.defer && source.cluster !== true && ('read' in source || !mayHoldClusterState(source.path, source.text))) {
      if (deferrable++ % mode.share.of === mode.share.index) deferred.push(source);
      continue;
    }
    const text = textOf(source, diagnostics);
    if (text !== undefined) early.push(text);
  }
  const locator = new Locator(new Map(early.map((source) => [source.path, source.text])), limits);

  const readOptions = { defaultNamespace: options.namespace, kubeMinor };
  const patches = kustomizePatchFiles(early.filter((source) => !source.cluster && mayBeKustomization(source)).flatMap((source) => parseManifestFile(source, limits).objects));
  // One file at a time: parse, classify, narrow, extract pods, then let the raw parsed values go, so memory
  // holds typed projections rather than whole documents. Cluster-only files come first so that a repository
  // object of the same name replaces theirs.
  const clusterParts: ClusterObjects[] = [];
  const subjects: PodUnderTest[] = [];
  const suppressions = new SuppressionIndex(locator);
  const pss = new PssCollector(options.mode ?? 'auto', options.pss ?? {});
  const mayJudge = mode.projectAll ? () => true : podSecurityGuess(options, early, limits);
  /** The file's pods, extracted (their parsed values still attached), or undefined for a kustomize patch. */
  const workloadsOf = (source: SourceFile): { read: ReturnType<typeof readObjects>; parsed: ManifestObject[] } | undefined => {
    const parsed = parseManifestFile(source, limits);
    diagnostics.push(...parsed.diagnostics);
    const kustomization = source.cluster ? undefined : patches.get(source.path);
    if (kustomization !== undefined) {
      if (parsed.objects[0]) diagnostics.push(kustomizePatchNote(parsed.objects[0], kustomization, locator));
      return undefined;
    }
    return { read: readObjects(parsed.objects, readOptions, locator), parsed: parsed.objects };
  };
  const subjectsOf = (workloads: readonly WorkloadObject[], addSubject: (subject: PodUnderTest, value: unknown) => void): void => {
    for (const workload of workloads) {
      const extracted = extractPod(workload.source, workload.ref, workload.kind, { kubeMinor });
      suppressions.add(workload.source, workload.ref, 'pod' in extracted ? extracted.pod.templatePath : []);
      if ('errors' in extracted) {
        diagnostics.push(...extracted.errors.map((error) => invalidWorkload(workload, error, locator)));
        continue;
      }
      addSubject({ ...extracted.pod, source: detach(extracted.pod.source) }, workload.source.value);
    }
  };
  for (const source of [...early.filter((file) => file.cluster), ...early.filter((file) => !file.cluster)]) {
    const file = workloadsOf(source);
    if (file === undefined) continue;
    pss.addObjects(file.parsed);
    diagnostics.push(...file.read.diagnostics);
    for (const object of clusterObjectsOf(file.read.cluster)) suppressions.add(object.source, object.ref);
    clusterParts.push(detachCluster(file.read.cluster));
    // Only share 0 judges the first files' pods: the other shares read those files for the cluster alone.
    if (source.cluster || mode.share.index !== 0) continue;
    subjectsOf(file.read.workloads, (subject, value) => {
      if (mayJudge(namespaceOf(subject))) pss.addSubject(subject, value);
      subjects.push(subject);
    });
  }
  const objects = mergeClusterObjects(clusterParts);

  const cluster = buildCluster(objects, { alwaysAllow: options.alwaysAllow === true, requireServiceAccounts: options.requireServiceAccounts === true }, locator);
  diagnostics.push(...cluster.diagnostics);
  const prepared = preparePolicies(cluster.policies, { kubeMinor, featureGates: options.featureGates ?? {} }, locator);
  diagnostics.push(...prepared.diagnostics);

  const pspActive = pspApplies(options.mode ?? 'auto', {
    policies: objects.policies.length > 0,
    grants: objects.roles.some((role) => grantsPolicyAccess(role.value)),
    versionGiven: options.kubernetesVersionGiven === true,
  });
  // The texts suggested no pod would be judged by Pod Security, wrongly (PodSecurityPolicy named only in a comment,
  // a level label spelled with escapes): the projections skipped are needed. Rare, so the whole run is repeated.
  if (!mode.projectAll && subjects.some((subject) => !pss.projected(subject) && pss.judges(namespaceOf(subject), pspActive))) return lintSources(sources, options, { ...mode, projectAll: true });
  // The first files' diagnostics belong to share 0 too.
  const ownsFirstFiles = mode.share.index === 0;
  if (!ownsFirstFiles) diagnostics.length = 0;
  const ownSuppressionNotes = ownsFirstFiles ? 0 : suppressions.diagnostics.length;
  const admissionCache = new AdmissionCache<Usable>(prepared.providers);
  const evaluateOptions = { kubeMinor, requester: options.requester, useServiceAccountCredentials: options.useServiceAccountCredentials !== false, admissionCache };
  const context = { locator, cluster, policySources: prepared.sources };
  const pods: LintedPod[] = [];
  const counts = { pods: 0, forbidden: 0 };
  const keepAdmitted = options.keepAdmittedPods !== false;
  const judge = (subject: PodUnderTest): void => {
    const evaluation = evaluatePod(subject, cluster, prepared.providers, evaluateOptions);
    const judged = pss.evaluate(evaluation, pspActive, locator, kubeMinor);
    counts.pods++;
    if (!judged.pod.allowed) counts.forbidden++;
    if (keepAdmitted || !judged.pod.allowed) pods.push(judged.pod);
    if (pspActive) diagnostics.push(...podFindings(evaluation, context));
    diagnostics.push(...judged.diagnostics);
  };
  if (ownsFirstFiles) subjects.forEach(judge);
  // The deferred files, each read, judged and let go. Pod Security's namespaces are all known by now, so a pod is
  // projected exactly when it will be judged. A deferred file that does hold cluster state after all would have
  // changed the cluster the earlier pods were judged against: the run gives up (`lint` repeats it without deferring).
  for (const source of deferred) {
    const text = textOf(source, diagnostics);
    if (text === undefined) continue;
    locator.addText(text.path, text.text);
    const file = workloadsOf(text);
    if (file !== undefined && (clusterObjectsOf(file.read.cluster).length > 0 || mayBeKustomization(text))) return undefined;
    if (file !== undefined) {
      diagnostics.push(...file.read.diagnostics);
      subjectsOf(file.read.workloads, (subject, value) => {
        if (pss.judges(namespaceOf(subject), pspActive)) pss.addSubject(subject, value);
        judge(subject);
      });
    }
    locator.forget(text.path);
  }
  pods.sort(comparePods);
  // podgate.dev/ignore annotations mark matching findings as suppressed; the verdicts stay as they are.
  const reported = suppressions.apply([...diagnostics, ...suppressions.diagnostics.slice(ownSuppressionNotes)]).sort(compareDiagnostics);
  return { kubeMinor, pspSimulated: pspActive, pods, counts, diagnostics: reported };
}

/** The source's text (a lazy file is read now), or undefined with the reason among `diagnostics`. */
function textOf(source: LintSource, diagnostics: Diagnostic[]): SourceFile | undefined {
  if (!('read' in source)) return source;
  const read = source.read();
  if ('diagnostic' in read) {
    diagnostics.push(read.diagnostic);
    return undefined;
  }
  return { path: source.path, text: read.text };
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
  return isKustomizationFileName(source.path) || source.text.includes('Kustomization');
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
