// The pure core: manifests in, verdicts and diagnostics out (design.md §1.1). Load -> cluster -> admission
// -> findings, with no file-system, environment or console access; deterministic for any input order.

import type { Diagnostic } from './api/diagnostic.js';
import { buildCluster } from './cluster/model.js';
import type { RequesterMode } from './cluster/requester.js';
import { kustomizePatchFiles } from './load/kustomize.js';
import { Locator } from './load/locate.js';
import { RULES } from './rules/catalog.js';
import { readObjects, type ClusterObjects } from './load/objects.js';
import { DEFAULT_PARSE_LIMITS, parseManifestFile, type ManifestObject, type ParseLimits, type SourceFile } from './load/parse.js';
import { extractPod } from './load/pod-templates.js';
import { renderShapePath } from './load/shape.js';
import { evaluatePod, type PodEvaluation } from './lint/evaluate-pod.js';
import { podFindings } from './lint/findings.js';
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
}

export const DEFAULT_LINT_OPTIONS: LintOptions = {
  kubernetesVersion: '1.24',
  namespace: 'default',
  requester: { mode: 'default' },
};

export interface LintResult {
  kubeMinor: number;
  pods: PodEvaluation[];
  diagnostics: Diagnostic[];
}


/** Lints `sources` (any order) and returns every pod's verdict and every diagnostic, sorted. */
export function lint(sources: readonly LintSource[], options: LintOptions): LintResult {
  const kubeMinor = Number(options.kubernetesVersion.split('.')[1]);
  const ordered = [...sources].sort((a, b) => compareCodePoints(a.path, b.path) || Number(a.cluster ?? false) - Number(b.cluster ?? false));
  const locator = new Locator(new Map(ordered.map((source) => [source.path, source.text])), options.limits ?? DEFAULT_PARSE_LIMITS);
  const diagnostics: Diagnostic[] = [];

  const repoObjects: ManifestObject[] = [];
  const clusterOnly: ManifestObject[] = [];
  for (const source of ordered) {
    const parsed = parseManifestFile(source, options.limits ?? DEFAULT_PARSE_LIMITS);
    diagnostics.push(...parsed.diagnostics);
    (source.cluster ? clusterOnly : repoObjects).push(...parsed.objects);
  }
  // Kustomize patches are fragments: noted, never judged as objects.
  const patches = kustomizePatchFiles(repoObjects);
  for (const [file, kustomization] of [...patches].sort(([a], [b]) => compareCodePoints(a, b))) {
    const first = repoObjects.find((object) => object.file === file);
    if (first === undefined) continue;
    diagnostics.push({
      ruleId: RULES.kustomizePatch.id,
      severity: RULES.kustomizePatch.severity,
      message: `A kustomize patch (named by ${kustomization}): not judged on its own; run podgate on \`kustomize build\` output to judge the result`,
      location: locator.locateObject(first),
      related: [],
    });
  }
  const judged = repoObjects.filter((object) => !patches.has(object.file));
  const readOptions = { defaultNamespace: options.namespace, kubeMinor };
  // Cluster-only objects come first so that a repository object of the same name replaces them.
  const clusterRead = readObjects(clusterOnly, readOptions, locator);
  const repoRead = readObjects(judged, readOptions, locator);
  diagnostics.push(...clusterRead.diagnostics, ...repoRead.diagnostics);
  const objects = mergeClusterObjects(clusterRead.cluster, repoRead.cluster);

  const cluster = buildCluster(objects, { alwaysAllow: options.alwaysAllow === true, requireServiceAccounts: options.requireServiceAccounts === true }, locator);
  diagnostics.push(...cluster.diagnostics);
  const prepared = preparePolicies(cluster.policies, { kubeMinor, featureGates: options.featureGates ?? {} }, locator);
  diagnostics.push(...prepared.diagnostics);

  const pods: PodEvaluation[] = [];
  const evaluateOptions = { kubeMinor, requester: options.requester, useServiceAccountCredentials: options.useServiceAccountCredentials !== false };
  const context = { locator, cluster, policySources: prepared.sources };
  for (const workload of repoRead.workloads) {
    const extracted = extractPod(workload.source, workload.ref, workload.kind, { kubeMinor });
    if ('errors' in extracted) {
      for (const error of extracted.errors) {
        diagnostics.push({
          ruleId: 'invalid-object',
          severity: 'error',
          message: `${renderShapePath(error.path)}: ${error.message}; the API server would reject this ${workload.kind}, so its pods are not judged`,
          location: locator.locate(workload.source, error.path),
          object: workload.ref,
          related: [],
        });
      }
      continue;
    }
    const evaluation = evaluatePod(extracted.pod, cluster, prepared.providers, evaluateOptions);
    pods.push(evaluation);
    diagnostics.push(...podFindings(evaluation, context));
  }
  pods.sort((a, b) => compareCodePoints(a.subject.source.file, b.subject.source.file) || a.subject.source.index - b.subject.source.index);
  diagnostics.sort(compareDiagnostics);
  return { kubeMinor, pods, diagnostics };
}

function mergeClusterObjects(first: ClusterObjects, second: ClusterObjects): ClusterObjects {
  return {
    policies: [...first.policies, ...second.policies],
    roles: [...first.roles, ...second.roles],
    bindings: [...first.bindings, ...second.bindings],
    serviceAccounts: [...first.serviceAccounts, ...second.serviceAccounts],
    namespaces: [...first.namespaces, ...second.namespaces],
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
