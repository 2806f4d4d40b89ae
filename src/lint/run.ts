// One lint run, in the order it fills its state: the files that may shape the cluster are read first, with their
// pods, and the cluster is built (`LintRun.first`); then every other file is read, judged against that cluster and
// let go, one at a time (`judgeLater`); `finish` gives the result. Threads share the later files out: a run on
// another thread (`LintRun.later`) is given the cluster as data (`ClusterSnapshot`) instead of reading the first
// files again, and may read its files while the first thread is still building the cluster.

import { compareCodePoints } from '../api/compare.js';
import type { Diagnostic } from '../api/diagnostic.js';
import { buildCluster, type ClusterModel } from '../cluster/model.js';
import { isKustomizationFileName, mayHoldClusterState } from '../load/kinds.js';
import { kustomizePatchFiles } from '../load/kustomize.js';
import { Locator } from '../load/locate.js';
import { readObjects, type ClusterObjects, type Sourced, type WorkloadObject } from '../load/objects.js';
import { DEFAULT_PARSE_LIMITS, parseManifestFile, type LazySourceFile, type ManifestObject, type ParseLimits, type SourceFile } from '../load/parse.js';
import { extractPod, type PodUnderTest } from '../load/pod-templates.js';
import { renderShapePath, type ShapeError } from '../load/shape.js';
import { preparePolicies, type PreparedPolicies } from '../psp/policies.js';
import { RULES } from '../rules/catalog.js';
import type { LintOptions, LintResult } from '../lint.js';
import { AdmissionCache } from './admission-cache.js';
import { evaluatePod, type EvaluateOptions, type Usable } from './evaluate-pod.js';
import { podFindings, type FindingContext } from './findings.js';
import { compareDiagnostics, comparePods } from './order.js';
import { grantsPolicyAccess, hasDefaultLevel, namespaceOf, PssCollector, pspApplies, type LintedPod } from './pss.js';
import { SuppressionIndex } from './suppressions.js';

/**
 * A file to lint: repository manifests are judged; `cluster` files only add cluster state. A lazy file is read
 * when its turn comes and let go after (see `LazySourceFile`).
 */
export type LintSource = SourceFile | LazySourceFile;

/** What the first files establish, as plain data another thread can be sent (structured clone). */
export interface ClusterSnapshot {
  /** The first files' texts: findings point at the policies in them. */
  texts: SourceFile[];
  objects: ClusterObjects;
  /** Files a kustomization names as patches, and which kustomization names each. */
  patches: [string, string][];
  /** The labels of every Namespace object, for Pod Security. */
  namespaceLabels: [string, Record<string, string>][];
}

/**
 * The files read first (any that may hold cluster state: `mayHoldClusterState`, cluster files, texts held in
 * memory that spell a cluster kind) and the later ones (lazy files and texts that cannot), each in path order.
 */
export function splitSources(sources: readonly LintSource[]): { first: LintSource[]; later: LintSource[] } {
  const first: LintSource[] = [];
  const later: LintSource[] = [];
  for (const source of orderSources(sources)) {
    const waits = source.cluster !== true && ('read' in source || !mayHoldClusterState(source.path, source.text));
    (waits ? later : first).push(source);
  }
  return { first, later };
}

/** Path order (a cluster file after the repository file of the same path), so that results never depend on input order. */
export function orderSources(sources: readonly LintSource[]): LintSource[] {
  return [...sources].sort((a, b) => compareCodePoints(a.path, b.path) || Number(a.cluster ?? false) - Number(b.cluster ?? false));
}

/** A later file, read (and its objects narrowed) before the cluster it is judged against was known. */
interface ReadAhead {
  file: SourceFile;
  objects: ManifestObject[];
  read: ReturnType<typeof readObjects>;
}

/** The cluster, its policies and what judging a pod needs (the same for every pod of the run). */
interface Established {
  cluster: ClusterModel;
  prepared: PreparedPolicies;
  pspActive: boolean;
  evaluateOptions: EvaluateOptions;
  findingContext: FindingContext;
}

/**
 * One lint run's state: diagnostics, the files' texts for locating, suppressions, Pod Security inputs, the
 * cluster once built or adopted, and the judged pods. Made by `first` (reads the first files, builds the
 * cluster) or `later` (judges later files against the cluster another run sends it).
 */
export class LintRun {
  private readonly kubeMinor: number;
  private readonly limits: ParseLimits;
  private readonly diagnostics: Diagnostic[] = [];
  private readonly locator: Locator;
  private readonly suppressions: SuppressionIndex;
  private readonly pss: PssCollector;
  private patches = new Map<string, string>();
  private established: Established | undefined;
  private snapshotTexts: SourceFile[] = [];
  private clusterObjects: ClusterObjects = { policies: [], roles: [], bindings: [], serviceAccounts: [], namespaces: [] };
  /** The first files' pods, judged by `judgeFirstPods`. */
  private firstPods: PodUnderTest[] = [];
  private readonly readAhead: ReadAhead[] = [];
  private readonly pods: LintedPod[] = [];
  private readonly counts = { pods: 0, forbidden: 0 };
  private gaveUp = false;

  private constructor(private readonly options: LintOptions) {
    this.kubeMinor = Number(options.kubernetesVersion.split('.')[1]);
    this.limits = options.limits ?? DEFAULT_PARSE_LIMITS;
    this.locator = new Locator(new Map(), this.limits);
    this.suppressions = new SuppressionIndex(this.locator);
    this.pss = new PssCollector(options.mode ?? 'auto', options.pss ?? {});
  }

  /**
   * Reads `first` (in order, lazy files too) with their pods and builds the cluster. Their pods wait for
   * `judgeFirstPods`, so that another thread can be given the cluster (`snapshot`) first.
   */
  static first(first: readonly LintSource[], options: LintOptions): LintRun {
    const texts: SourceFile[] = [];
    const unread: Diagnostic[] = [];
    for (const source of first) {
      const text = textOf(source, unread);
      if (text !== undefined) texts.push(text);
    }
    // The texts suggested no pod would be judged by Pod Security, wrongly (PodSecurityPolicy named only in a comment,
    // a level label spelled with escapes): the projections skipped are needed. Rare, so the files are read again.
    const run = new LintRun(options).readFirst(texts, unread, false);
    return run.missesProjections() ? new LintRun(options).readFirst(texts, unread, true) : run;
  }

  /** A run that judges later files only, against the cluster `adopt` will give it (they are read ahead until then). */
  static later(options: LintOptions): LintRun {
    return new LintRun(options);
  }

  private readFirst(texts: readonly SourceFile[], unread: readonly Diagnostic[], projectAll: boolean): this {
    this.diagnostics.push(...unread);
    for (const text of texts) this.locator.addText(text.path, text.text);
    this.snapshotTexts = [...texts];
    this.patches = kustomizePatchFiles(texts.filter((source) => !source.cluster && mayBeKustomization(source)).flatMap((source) => parseManifestFile(source, this.limits).objects));
    const mayJudge = projectAll ? () => true : podSecurityGuess(this.options, texts, this.limits);
    // Cluster-only files come first, so that a repository object of the same name replaces theirs.
    const parts: ClusterObjects[] = [];
    for (const source of [...texts.filter((file) => file.cluster), ...texts.filter((file) => !file.cluster)]) {
      const parsed = parseManifestFile(source, this.limits);
      this.diagnostics.push(...parsed.diagnostics);
      const kustomization = source.cluster ? undefined : this.patches.get(source.path);
      if (kustomization !== undefined) {
        this.notePatch(parsed.objects, kustomization);
        continue;
      }
      const read = readObjects(parsed.objects, this.readOptions(), this.locator);
      this.pss.addObjects(parsed.objects);
      this.diagnostics.push(...read.diagnostics);
      for (const object of clusterObjectsOf(read.cluster)) this.suppressions.add(object.source, object.ref);
      parts.push(detachCluster(read.cluster));
      if (source.cluster) continue;
      this.subjectsOf(read.workloads, (subject, value) => {
        if (mayJudge(namespaceOf(subject))) this.pss.addSubject(subject, value);
        this.firstPods.push(subject);
      });
    }
    this.clusterObjects = mergeClusterObjects(parts);
    this.establish(this.clusterObjects, true);
    return this;
  }

  private missesProjections(): boolean {
    const pspActive = this.established?.pspActive ?? true;
    return this.firstPods.some((subject) => !this.pss.projected(subject) && this.pss.judges(namespaceOf(subject), pspActive));
  }

  /** The cluster the first files built, for `adopt` on another thread. */
  snapshot(): ClusterSnapshot {
    return { texts: this.snapshotTexts, objects: this.clusterObjects, patches: [...this.patches], namespaceLabels: this.pss.namespaceLabelEntries() };
  }

  /**
   * Takes the cluster another run built (its diagnostics are that run's to report) and judges the files read
   * ahead. Findings locate the policies in the snapshot's texts.
   */
  adopt(snapshot: ClusterSnapshot): void {
    for (const text of snapshot.texts) this.locator.addText(text.path, text.text);
    this.patches = new Map(snapshot.patches);
    this.pss.addNamespaceLabels(snapshot.namespaceLabels);
    this.establish(snapshot.objects, false);
    for (const ahead of this.readAhead.splice(0)) if (!this.judgeRead(ahead)) return;
  }

  get hasCluster(): boolean {
    return this.established !== undefined;
  }

  private establish(objects: ClusterObjects, report: boolean): void {
    const cluster = buildCluster(objects, { alwaysAllow: this.options.alwaysAllow === true, requireServiceAccounts: this.options.requireServiceAccounts === true }, this.locator);
    const prepared = preparePolicies(cluster.policies, { kubeMinor: this.kubeMinor, featureGates: this.options.featureGates ?? {} }, this.locator);
    if (report) this.diagnostics.push(...cluster.diagnostics, ...prepared.diagnostics);
    const pspActive = pspApplies(this.options.mode ?? 'auto', {
      policies: objects.policies.length > 0,
      grants: objects.roles.some((role) => grantsPolicyAccess(role.value)),
      versionGiven: this.options.kubernetesVersionGiven === true,
    });
    const evaluateOptions: EvaluateOptions = {
      kubeMinor: this.kubeMinor,
      requester: this.options.requester,
      useServiceAccountCredentials: this.options.useServiceAccountCredentials !== false,
      admissionCache: new AdmissionCache<Usable>(prepared.providers),
    };
    this.established = { cluster, prepared, pspActive, evaluateOptions, findingContext: { locator: this.locator, cluster, policySources: prepared.sources } };
  }

  /** Judges the first files' pods (once). */
  judgeFirstPods(): void {
    for (const subject of this.firstPods.splice(0)) this.judge(subject);
  }

  /**
   * Reads `source`, judges its pods and lets it go (before the cluster is known: reads it ahead). False when the
   * file holds cluster state after all: it would have changed the cluster the other pods were judged against, so
   * the run is void (read every file first instead).
   */
  judgeLater(source: LintSource): boolean {
    if (this.gaveUp) return false;
    const file = textOf(source, this.diagnostics);
    if (file === undefined) return true;
    this.locator.addText(file.path, file.text);
    const parsed = parseManifestFile(file, this.limits);
    this.diagnostics.push(...parsed.diagnostics);
    const ahead = { file, objects: parsed.objects, read: readObjects(parsed.objects, this.readOptions(), this.locator) };
    if (this.established === undefined) {
      this.readAhead.push(ahead);
      return true;
    }
    return this.judgeRead(ahead);
  }

  private judgeRead({ file, objects, read }: ReadAhead): boolean {
    const kustomization = this.patches.get(file.path);
    if (kustomization !== undefined) this.notePatch(objects, kustomization);
    else if (clusterObjectsOf(read.cluster).length > 0 || mayBeKustomization(file)) {
      this.gaveUp = true;
      return false;
    } else {
      this.diagnostics.push(...read.diagnostics);
      const pspActive = this.established?.pspActive ?? true;
      this.subjectsOf(read.workloads, (subject, value) => {
        if (this.pss.judges(namespaceOf(subject), pspActive)) this.pss.addSubject(subject, value);
        this.judge(subject);
      });
    }
    this.locator.forget(file.path);
    return true;
  }

  /** The run's result; undefined when it gave up (`judgeLater`) or never got its cluster. */
  finish(): LintResult | undefined {
    const established = this.established;
    if (this.gaveUp || established === undefined) return undefined;
    this.judgeFirstPods();
    const pods = this.pods.sort(comparePods);
    // podgate.dev/ignore annotations mark matching findings as suppressed; the verdicts stay as they are.
    const diagnostics = this.suppressions.apply([...this.diagnostics, ...this.suppressions.diagnostics]).sort(compareDiagnostics);
    return { kubeMinor: this.kubeMinor, pspSimulated: established.pspActive, pods, counts: { ...this.counts }, diagnostics };
  }

  private readOptions(): { defaultNamespace: string; kubeMinor: number } {
    return { defaultNamespace: this.options.namespace, kubeMinor: this.kubeMinor };
  }

  private subjectsOf(workloads: readonly WorkloadObject[], addSubject: (subject: PodUnderTest, value: unknown) => void): void {
    for (const workload of workloads) {
      const extracted = extractPod(workload.source, workload.ref, workload.kind, { kubeMinor: this.kubeMinor });
      this.suppressions.add(workload.source, workload.ref, 'pod' in extracted ? extracted.pod.templatePath : []);
      if ('errors' in extracted) {
        this.diagnostics.push(...extracted.errors.map((error) => invalidWorkload(workload, error, this.locator)));
        continue;
      }
      addSubject({ ...extracted.pod, source: detach(extracted.pod.source) }, workload.source.value);
    }
  }

  private judge(subject: PodUnderTest): void {
    const { cluster, prepared, pspActive, evaluateOptions, findingContext } = this.established!;
    const evaluation = evaluatePod(subject, cluster, prepared.providers, evaluateOptions);
    const judged = this.pss.evaluate(evaluation, pspActive, this.locator, this.kubeMinor);
    this.counts.pods++;
    if (!judged.pod.allowed) this.counts.forbidden++;
    if (this.options.keepAdmittedPods !== false || !judged.pod.allowed) this.pods.push(judged.pod);
    if (pspActive) this.diagnostics.push(...podFindings(evaluation, findingContext));
    this.diagnostics.push(...judged.diagnostics);
  }

  private notePatch(objects: readonly ManifestObject[], kustomization: string): void {
    const [first] = objects;
    if (first === undefined) return;
    this.diagnostics.push({
      ruleId: RULES.kustomizePatch.id,
      severity: RULES.kustomizePatch.severity,
      message: `A kustomize patch (named by ${kustomization}): not judged on its own; run podgate on \`kustomize build\` output to judge the result`,
      location: this.locator.locateObject(first),
      related: [],
    });
  }
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
 * comment), `LintRun.first` sees so from the parsed objects (`PssCollector.judges`) and reads again projecting
 * every pod. Projecting 20,000 pods that no namespace label concerns would cost more than the rare second reading.
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
