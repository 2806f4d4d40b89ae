// Real-looking manifests for the lint-level tests: a PodSecurityPolicy built from a few spec lines, the RBAC
// that grants `use` of every policy to `system:serviceaccounts`, and a pod body written once and wrapped as a
// bare Pod or as a Deployment template (same lines, shifted). Not a test file itself (no `.test.ts` suffix).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic, Location } from '../../src/api/diagnostic.js';
import { buildCluster, type ClusterModel } from '../../src/cluster/model.js';
import type { FindingContext } from '../../src/lint/findings.js';
import { DEFAULT_LINT_OPTIONS, lint, type LintOptions, type LintResult, type LintSource } from '../../src/lint.js';
import type { SourceFile } from '../../src/load/parse.js';
import { Locator } from '../../src/load/locate.js';
import { readObjects, type ClusterObjects } from '../../src/load/objects.js';
import { parseManifestFile } from '../../src/load/parse.js';
import { extractPod, type PodUnderTest } from '../../src/load/pod-templates.js';
import { preparePolicies } from '../../src/psp/policies.js';
import type { Provider } from '../../src/psp/provider.js';

export const lines = (...rows: string[]): string => `${rows.join('\n')}\n`;

/** Indents every non-empty line by `by` spaces. */
export const indent = (text: string, by: number): string =>
  text.split('\n').map((line) => (line === '' ? line : ' '.repeat(by) + line)).join('\n');

export interface PolicyOptions {
  name?: string;
  /** Extra `metadata.annotations` lines, as written under `annotations:` (no indentation). */
  annotations?: string[];
  /** Spec lines (no indentation); they replace the base line of the same key. */
  spec?: string[];
}

const BASE_POLICY_SPEC = [
  'privileged: false',
  'seLinux:',
  '  rule: RunAsAny',
  'runAsUser:',
  '  rule: RunAsAny',
  'supplementalGroups:',
  '  rule: RunAsAny',
  'fsGroup:',
  '  rule: RunAsAny',
  "volumes: ['*']",
];

/** The top-level keys set by `rows` (lines without indentation). */
const keysOf = (rows: readonly string[]): Set<string> => new Set(rows.filter((row) => /^[A-Za-z]/.test(row)).map((row) => row.split(':')[0] ?? ''));

/** A PodSecurityPolicy document: RunAsAny everywhere, every volume type, nothing privileged, unless `spec` says otherwise. */
export function policy(options: PolicyOptions = {}): string {
  const extra = options.spec ?? [];
  const overridden = keysOf(extra);
  const base: string[] = [];
  let skipping = false;
  for (const row of BASE_POLICY_SPEC) {
    if (/^[A-Za-z]/.test(row)) skipping = overridden.has(row.split(':')[0] ?? '');
    if (!skipping) base.push(row);
  }
  const metadata = ['metadata:', `  name: ${options.name ?? 'restricted'}`];
  if (options.annotations) metadata.push('  annotations:', ...options.annotations.map((row) => `    ${row}`));
  return lines('apiVersion: policy/v1beta1', 'kind: PodSecurityPolicy', ...metadata, 'spec:', ...[...base, ...extra].map((row) => `  ${row}`));
}

/** `use` of every PodSecurityPolicy, granted to every service account (controllers included). */
export const RBAC = lines(
  'apiVersion: rbac.authorization.k8s.io/v1',
  'kind: ClusterRole',
  'metadata:',
  '  name: psp-use',
  'rules:',
  '- apiGroups: [policy]',
  '  resources: [podsecuritypolicies]',
  '  verbs: [use]',
  '---',
  'apiVersion: rbac.authorization.k8s.io/v1',
  'kind: ClusterRoleBinding',
  'metadata:',
  '  name: psp-use-service-accounts',
  'roleRef:',
  '  apiGroup: rbac.authorization.k8s.io',
  '  kind: ClusterRole',
  '  name: psp-use',
  'subjects:',
  '- apiGroup: rbac.authorization.k8s.io',
  '  kind: Group',
  '  name: system:serviceaccounts',
);

/** `policy.yaml`: the given policy documents, then the RBAC documents. */
export const policyFile = (...policies: string[]): SourceFile => ({ path: 'policy.yaml', text: [...policies, RBAC].join('---\n') });

export interface PodBody {
  /** Pod annotation lines (no indentation), written under `metadata.annotations`. */
  annotations?: string[];
  /** Pod spec lines (no indentation), written under `spec:`. */
  spec: string[];
}

/**
 * A bare Pod `web` in namespace `shop`: lines 1–5 are apiVersion, kind, metadata, name, namespace; annotations
 * (if any) follow from line 6; then `spec:`.
 */
export function podManifest(body: PodBody): string {
  const annotations = body.annotations ? ['  annotations:', ...body.annotations.map((row) => `    ${row}`)] : [];
  return lines('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', '  namespace: shop', ...annotations, 'spec:', ...body.spec.map((row) => `  ${row}`));
}

/**
 * The same pod as the template of Deployment `web` in `shop`. Template annotations start on line 12 and every
 * template line sits 4 columns further right than in {@link podManifest}: 6 lines and 4 columns later.
 */
export function deploymentManifest(body: PodBody): string {
  const annotations = body.annotations ? ['      annotations:', ...body.annotations.map((row) => `        ${row}`)] : [];
  return lines(
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: web',
    '  namespace: shop',
    'spec:',
    '  selector:',
    '    matchLabels: {app: web}',
    '  template:',
    '    metadata:',
    '      labels: {app: web}',
    ...annotations,
    '    spec:',
    ...body.spec.map((row) => `      ${row}`),
  );
}

/** Where a Pod location lands in the Deployment variant. */
export const DEPLOYMENT_SHIFT = { lines: 6, columns: 4 } as const;

export const shift = (location: Location, by: { lines: number; columns: number } = DEPLOYMENT_SHIFT): Location => ({
  file: location.file,
  startLine: location.startLine + by.lines,
  startColumn: location.startColumn + by.columns,
  endLine: location.endLine + by.lines,
  endColumn: location.endColumn + by.columns,
});

/** A location in `file` from line:column to line:column. */
export const at = (file: string, startLine: number, startColumn: number, endLine = startLine, endColumn = startColumn): Location => ({
  file,
  startLine,
  startColumn,
  endLine,
  endColumn,
});

export const OPTIONS: LintOptions = { ...DEFAULT_LINT_OPTIONS, namespace: 'default' };

export const run = (sources: readonly LintSource[], options: Partial<LintOptions> = {}): LintResult => lint(sources, { ...OPTIONS, ...options });

/** What the location tests compare: the rule, the region and the API field path. */
export interface Located {
  ruleId: string;
  location: Location;
  fieldPath: string | undefined;
}

export const located = (diagnostic: Diagnostic): Located => ({ ruleId: diagnostic.ruleId, location: diagnostic.location, fieldPath: diagnostic.fieldPath });

/** The pieces lint() wires together, for tests of evaluatePod and podFindings on their own. */
export interface Prepared {
  kubeMinor: number;
  subjects: PodUnderTest[];
  cluster: ClusterModel;
  providers: Provider[];
  context: FindingContext;
}

/** Load -> cluster -> policies, as lint() does (without its memory-saving detach), and every pod to judge. */
export function prepare(sources: readonly SourceFile[], options: Partial<LintOptions> = {}, invalidWorkloads: 'throw' | 'skip' = 'throw'): Prepared {
  const { kubernetesVersion, namespace, requireServiceAccounts, alwaysAllow, featureGates } = { ...OPTIONS, ...options };
  const kubeMinor = Number(kubernetesVersion.split('.')[1]);
  const locator = new Locator(new Map(sources.map((source) => [source.path, source.text])));
  const objects: ClusterObjects = { policies: [], roles: [], bindings: [], serviceAccounts: [], namespaces: [] };
  const subjects: PodUnderTest[] = [];
  for (const source of sources) {
    const read = readObjects(parseManifestFile(source).objects, { defaultNamespace: namespace, kubeMinor }, locator);
    for (const key of Object.keys(objects) as (keyof ClusterObjects)[]) (objects[key] as unknown[]).push(...read.cluster[key]);
    for (const workload of source.cluster ? [] : read.workloads) {
      const extracted = extractPod(workload.source, workload.ref, workload.kind, { kubeMinor });
      if ('errors' in extracted) {
        if (invalidWorkloads === 'skip') continue;
        throw new Error(JSON.stringify(extracted.errors));
      }
      subjects.push(extracted.pod);
    }
  }
  const cluster = buildCluster(objects, { alwaysAllow: alwaysAllow === true, requireServiceAccounts: requireServiceAccounts === true }, locator);
  const prepared = preparePolicies(cluster.policies, { kubeMinor, featureGates: featureGates ?? {} }, locator);
  return { kubeMinor, subjects, cluster, providers: prepared.providers, context: { locator, cluster, policySources: prepared.sources } };
}

/** Every manifest file under `dir` (expectation files of the conformance trees left out), as lint sources. */
export function sourcesUnder(dir: string): SourceFile[] {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((file) => /\.(ya?ml|json)$/.test(file) && !file.endsWith('.expect.json') && !file.endsWith('meta.json') && !file.endsWith('expected.json'))
    .sort()
    .map((file) => ({ path: path.join(dir, file), text: readFileSync(path.join(dir, file), 'utf8') }));
}
