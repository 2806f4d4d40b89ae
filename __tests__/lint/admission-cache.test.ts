// Tests for the admission cache (src/lint/admission-cache.ts) and its key (src/psp/admission-key.ts): a pod that
// differs from an earlier one only in what PodSecurityPolicy admission never reads (name, labels, images) gets
// exactly the verdict, attempts and admitted pod it gets without the cache, on every pod of the conformance
// scenarios and the corpus; anything admission reads changes the key.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Pod } from '../../src/api/core.js';
import type { SourceFile } from '../../src/load/parse.js';
import { AdmissionCache } from '../../src/lint/admission-cache.js';
import { evaluatePod, type EvaluateOptions, type Usable } from '../../src/lint/evaluate-pod.js';
import type { PodUnderTest } from '../../src/load/pod-templates.js';
import { admissionKey } from '../../src/psp/admission-key.js';
import { OPTIONS, deploymentManifest, policy, policyFile, prepare, sourcesUnder } from './lint-fixtures.js';

const keySuite = suite('admissionKey');

const pod = (spec: Record<string, unknown>, metadata: Record<string, unknown> = {}): Pod =>
  ({ metadata: { name: 'web', namespace: 'shop', labels: { app: 'web' }, ...metadata }, spec: { containers: [{ name: 'app', image: 'nginx' }], ...spec } }) as Pod;

keySuite('should ignore the name, generateName, labels and container images', () => {
  const base = pod({});
  const twin = pod({ containers: [{ name: 'app', image: 'registry.example.com/other:2' }] }, { name: 'other', generateName: 'other-', labels: { app: 'other', tier: 'x' } });
  assert.type(admissionKey(base, 'alice'), 'string');
  assert.is(admissionKey(twin, 'alice'), admissionKey(base, 'alice'));
});

keySuite('should change with the requester, the namespace, annotations, container names and any spec field', () => {
  const base = admissionKey(pod({}), 'alice');
  const variants: Pod[] = [
    pod({}, { namespace: 'other' }),
    pod({}, { annotations: { 'seccomp.security.alpha.kubernetes.io/pod': 'runtime/default' } }),
    pod({ containers: [{ name: 'sidecar', image: 'nginx' }] }),
    pod({ hostNetwork: true }),
    pod({ securityContext: { runAsUser: 0 } }),
    pod({ containers: [{ name: 'app', image: 'nginx', ports: [{ containerPort: 80, hostPort: 80 }] }] }),
    pod({ volumes: [{ name: 'v', emptyDir: {} }] }),
  ];
  const keys = variants.map((variant) => admissionKey(variant, 'alice'));
  assert.is(new Set([base, admissionKey(pod({}), 'bob'), ...keys]).size, variants.length + 2);
});

keySuite('should keep values of different types apart', () => {
  const keys = [1, '1', true, null, 0, [1], { rule: 1 }].map((value) => admissionKey(pod({ securityContext: { runAsUser: value } }), 'alice'));
  keys.push(admissionKey(pod({ securityContext: {} }), 'alice'));
  assert.ok(keys.every((key) => key !== undefined));
  assert.is(new Set(keys).size, keys.length);
});

keySuite('should refuse values JSON cannot spell apart, and values that are not plain data', () => {
  for (const value of [Number.NaN, Number.POSITIVE_INFINITY, -0, undefined]) {
    assert.is(admissionKey(pod({ securityContext: { runAsUser: value } }), 'alice'), undefined, String(value));
    assert.is(admissionKey(pod({ volumes: [{ name: 'v', emptyDir: value }] }), 'alice'), undefined, String(value));
  }
  assert.is(admissionKey(pod({ securityContext: { seLinuxOptions: new Date(0) } }), 'alice'), undefined);
  assert.is(admissionKey(pod({ volumes: [undefined] }), 'alice'), undefined);
});

keySuite.run();

const cacheSuite = suite('AdmissionCache');

/** The pod again under another name, other labels and other images: the same admission question. */
function twinOf(subject: PodUnderTest): PodUnderTest {
  const rename = <T extends { image?: string }>(containers: T[] | undefined): T[] | undefined => containers?.map((container) => ({ ...container, image: `twin/${container.image ?? 'none'}` }));
  const { metadata, spec } = subject.pod;
  const twin: Pod = {
    metadata: { ...metadata, name: `${metadata.name ?? ''}-twin`, labels: { twin: 'yes' } },
    spec: { ...spec, containers: rename(spec.containers) ?? [], initContainers: rename(spec.initContainers), ephemeralContainers: rename(spec.ephemeralContainers) },
  };
  if (spec.initContainers === undefined) delete twin.spec.initContainers;
  if (spec.ephemeralContainers === undefined) delete twin.spec.ephemeralContainers;
  return { ...subject, pod: twin, podName: `${subject.podName}-twin` };
}

/** Every pod of `sources`, then its twin, through one cache; each verdict must equal the uncached one. */
function compareWithCache(sources: readonly SourceFile[], kubernetesVersion: '1.15' | '1.24'): { pods: number; hits: number } {
  const prepared = prepare(sources, { kubernetesVersion }, 'skip');
  const base: EvaluateOptions = { kubeMinor: prepared.kubeMinor, requester: OPTIONS.requester, useServiceAccountCredentials: true };
  const cache = new AdmissionCache<Usable>(prepared.providers);
  const cached: EvaluateOptions = { ...base, admissionCache: cache };
  let hits = 0;
  for (const subject of prepared.subjects) {
    for (const asked of [subject, twinOf(subject), subject]) {
      const expected = evaluatePod(asked, prepared.cluster, prepared.providers, base);
      const actual = evaluatePod(asked, prepared.cluster, prepared.providers, cached);
      assert.equal(actual, expected, `${asked.source.file} ${asked.podName}`);
      if (asked !== subject && actual.admittedPod !== null) assert.is.not(actual.admittedPod, expected.admittedPod);
    }
    if (admissionKey(subject.pod, 'x') !== undefined) hits += 2;
  }
  return { pods: prepared.subjects.length, hits };
}


cacheSuite('should give a twin the uncached verdict and its own admitted pod, with mutating and refusing policies', () => {
  const sources = [
    policyFile(policy({ name: 'a-defaults', spec: ['runAsUser:', '  rule: MustRunAsNonRoot', 'fsGroup:', '  rule: MustRunAs', '  ranges: [{min: 1, max: 5}]'] }), policy({ name: 'b-permissive' })),
    { path: 'apps.yaml', text: [deploymentManifest({ spec: ['containers:', '- name: app', '  image: nginx'] }), deploymentManifest({ spec: ['containers:', '- name: app', '  image: nginx', '  securityContext: {privileged: true}'] })].join('---\n') },
  ];
  const { pods } = compareWithCache(sources, '1.24');
  assert.is(pods, 2);
});

const ORACLE = path.join('__tests__', 'fixtures', 'conformance', 'oracle');
const CORPUS = path.join('__tests__', 'fixtures', 'corpus');

cacheSuite('should agree with uncached admission on every pod of the oracle scenarios and the corpus', () => {
  const scenarios = [
    ...readdirSync(ORACLE).filter((name) => name.startsWith('seed-')).map((name) => ({ dir: path.join(ORACLE, name), version: '1.15' as const })),
    ...readdirSync(path.join(ORACLE, 'handmade')).map((name) => ({ dir: path.join(ORACLE, 'handmade', name), version: '1.15' as const })),
    ...readdirSync(path.join(CORPUS, 'psp-examples'), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => ({ dir: path.join(CORPUS, 'psp-examples', entry.name), version: '1.24' as const })),
    ...readdirSync(path.join(CORPUS, 'bundles'), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => ({ dir: path.join(CORPUS, 'bundles', entry.name), version: '1.24' as const })),
  ];
  let pods = 0;
  let hits = 0;
  for (const { dir, version } of scenarios) {
    const counted = compareWithCache(sourcesUnder(dir), version);
    pods += counted.pods;
    hits += counted.hits;
  }
  // The suite compares real pods, and nearly all of them are cache hits the second and third time.
  assert.ok(pods > 500, `${pods} pods`);
  assert.ok(hits > pods, `${hits} hits for ${pods} pods`);
});

cacheSuite.run();
