// Tests for pss/pod.ts: template extraction per kind (spec §3.1), decoding (nulls, unknown fields, wrong types)
// and the API-server pre-processing PSA sees (§3.2), with the hand-written cases T17, T19, T25, T26, T29, T38.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { warningMessage } from '../../src/pss/messages.js';
import { toPssPod, type PssObjectKind, type PssPodOptions } from '../../src/pss/pod.js';
import { evaluatePod } from '../../src/pss/registry.js';
import { LATEST_VERSION, type PssLevel, type PssPod, type PssVersion } from '../../src/pss/types.js';
import { majorMinor } from '../../src/pss/version.js';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const item of Object.values(value)) deepFreeze(item);
    Object.freeze(value);
  }
  return value;
}

/** The PssPod of `object`, asserting it decodes (the input is frozen: it must never be mutated). */
function pssPod(object: Record<string, unknown>, kind: PssObjectKind, options: PssPodOptions): PssPod {
  const result = toPssPod(deepFreeze(object), kind, options);
  if (!('pod' in result)) throw new Error(`no pod: ${JSON.stringify(result)}`);
  return result.pod;
}

/** The failure text of `object` at a level (`would violate …` form), or null when allowed. */
function verdict(object: Record<string, unknown>, kind: PssObjectKind, options: PssPodOptions, level: PssLevel, version: PssVersion = LATEST_VERSION): string | null {
  const { allowed, results } = evaluatePod(level, version, pssPod(structuredClone(object), kind, options));
  return allowed ? null : warningMessage(level, version, results);
}

const podObject = (spec: Record<string, unknown>, annotations?: Record<string, string>): Record<string, unknown> => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: 'p', ...(annotations ? { annotations } : {}) },
  spec,
});
const template = (spec: Record<string, unknown>, annotations?: Record<string, string>): Record<string, unknown> => ({
  metadata: { labels: { app: 'x' }, ...(annotations ? { annotations } : {}) },
  spec,
});
const C = (name: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({ name, image: 'busybox', ...extra });

const extraction = suite('toPssPod: extraction');

extraction('should take a Pod\'s own metadata annotations and spec', () => {
  const pod = pssPod(podObject({ containers: [C('app')] }, { a: '1' }), 'Pod', { kubeMinor: 36 });
  assert.equal(pod, { metadata: { annotations: { a: '1' } }, spec: { containers: [{ name: 'app', image: 'busybox' }] } });
});

extraction('should take the template of each workload kind, never the workload\'s own metadata (T17)', () => {
  const annotation = { 'container.apparmor.security.beta.kubernetes.io/job': 'unconfined' };
  const spec = { containers: [C('job')] };
  const cronJob = (own?: Record<string, string>, inTemplate?: Record<string, string>) => ({
    apiVersion: 'batch/v1',
    kind: 'CronJob',
    metadata: { name: 'nightly', ...(own ? { annotations: own } : {}) },
    spec: { schedule: '0 0 * * *', jobTemplate: { spec: { template: template(spec, inTemplate) } } },
  });
  assert.is(verdict(cronJob(annotation), 'CronJob', { kubeMinor: 36 }, 'baseline'), null);
  assert.is(
    verdict(cronJob(undefined, annotation), 'CronJob', { kubeMinor: 36 }, 'baseline'),
    'would violate PodSecurity "baseline:latest": forbidden AppArmor profile (annotation must not set AppArmor profile type to "container.apparmor.security.beta.kubernetes.io/job="unconfined"")',
  );
  const privileged = { containers: [C('app', { securityContext: { privileged: true } })] };
  for (const kind of ['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet', 'Job', 'ReplicationController'] as const) {
    const pod = pssPod({ kind, metadata: { name: 'w', annotations: { own: 'x' } }, spec: { template: template(privileged) } }, kind, { kubeMinor: 36 });
    assert.equal(pod, { metadata: {}, spec: privileged }, kind);
  }
  assert.equal(pssPod({ kind: 'PodTemplate', metadata: { name: 't' }, template: template(privileged) }, 'PodTemplate', { kubeMinor: 36 }), { metadata: {}, spec: privileged });
});

extraction('should not evaluate an RC or PodTemplate without a template, and evaluate an empty one (T38)', () => {
  assert.equal(toPssPod({ kind: 'ReplicationController', metadata: { name: 'rc' }, spec: { replicas: 1 } }, 'ReplicationController', { kubeMinor: 36 }), { noTemplate: true });
  assert.equal(toPssPod({ kind: 'PodTemplate', metadata: { name: 't' } }, 'PodTemplate', { kubeMinor: 36 }), { noTemplate: true });
  const empty = { kind: 'Deployment', metadata: { name: 'd' }, spec: { template: {} } };
  assert.equal(toPssPod(empty, 'Deployment', { kubeMinor: 36 }), { pod: { metadata: {}, spec: {} } });
  assert.is(verdict(empty, 'Deployment', { kubeMinor: 36 }, 'restricted'), null);
  assert.equal(toPssPod({ kind: 'Deployment', metadata: { name: 'd' } }, 'Deployment', { kubeMinor: 36 }), { pod: { metadata: {}, spec: {} } });
});

const decoding = suite('toPssPod: decoding');

decoding('should read null as unset and drop fields PSA does not read', () => {
  const pod = pssPod(
    podObject({ hostNetwork: null, nodeSelector: { a: 'b' }, containers: [C('app', { resources: { limits: {} }, securityContext: { privileged: null, readOnlyRootFilesystem: true } })] }),
    'Pod',
    { kubeMinor: 36 },
  );
  assert.equal(pod.spec, { containers: [{ name: 'app', image: 'busybox', securityContext: {} }] });
});

decoding('should refuse a field of the wrong type with its path from the object root', () => {
  const deployment = { kind: 'Deployment', metadata: { name: 'd' }, spec: { template: template({ hostNetwork: 'true', containers: [C('app', { securityContext: { runAsUser: 'root' } })] }) } };
  assert.equal(toPssPod(deployment, 'Deployment', { kubeMinor: 36 }), {
    errors: [
      { path: ['spec', 'template', 'spec', 'hostNetwork'], message: 'expected a boolean, got string "true"' },
      { path: ['spec', 'template', 'spec', 'containers', 0, 'securityContext', 'runAsUser'], message: 'expected an integer, got string "root"' },
    ],
  });
});

const defaulting = suite('toPssPod: API-server pre-processing (§3.2)');

defaulting('should default a volume without a source to emptyDir (T29)', () => {
  const volumes = [
    { name: 'h', hostPath: { path: '/' } },
    { name: 'n', nfs: { server: 's', path: '/' } },
    { name: 'c', configMap: { name: 'x' } },
    { name: 'e' },
    { name: 't', hostPath: null },
    { name: 'u', somethingNew: {} },
  ];
  const spec = { volumes, containers: [C('app')] };
  assert.equal(pssPod(podObject(spec), 'Pod', { kubeMinor: 36 }).spec.volumes, [
    { name: 'h', hostPath: {} },
    { name: 'n', nfs: {} },
    { name: 'c', configMap: {} },
    { name: 'e', emptyDir: {} },
    { name: 't', emptyDir: {} },
    { name: 'u', emptyDir: {} },
  ]);
  assert.ok(verdict(podObject(spec), 'Pod', { kubeMinor: 36 }, 'restricted')?.includes('restricted volume types (volumes "h", "n" use restricted volume types "hostPath", "nfs")'));
  assert.ok(verdict(podObject(spec), 'Pod', { kubeMinor: 36 }, 'baseline')?.endsWith('hostPath volumes (volume "h")'));
});

defaulting('should default host ports on a host-network Pod, and on templates only before 1.28 (T19)', () => {
  const spec = { hostNetwork: true, containers: [C('node-exporter', { ports: [{ containerPort: 9100 }] })] };
  const daemonSet = { kind: 'DaemonSet', metadata: { name: 'node-exporter' }, spec: { template: template(spec) } };
  const hostOnly = 'would violate PodSecurity "baseline:latest": host namespaces (hostNetwork=true)';
  const withPort = `${hostOnly}, hostPort (container "node-exporter" uses hostPort 9100)`;
  assert.is(verdict(daemonSet, 'DaemonSet', { kubeMinor: 28 }, 'baseline'), hostOnly);
  assert.is(verdict(daemonSet, 'DaemonSet', { kubeMinor: 27 }, 'baseline'), withPort);
  assert.is(verdict(daemonSet, 'DaemonSet', { kubeMinor: 36, asPod: true }, 'baseline'), withPort);
  assert.is(verdict(podObject(spec), 'Pod', { kubeMinor: 36 }, 'baseline'), withPort);
});

defaulting('should default init container ports too, keep explicit host ports, and leave ports alone without hostNetwork', () => {
  const spec = {
    hostNetwork: true,
    initContainers: [C('init', { ports: [{ containerPort: 53 }] })],
    containers: [C('app', { ports: [{ containerPort: 80, hostPort: 8080 }, { name: 'none' }] })],
  };
  const pod = pssPod(podObject(spec), 'Pod', { kubeMinor: 36 });
  assert.equal(pod.spec.initContainers, [{ name: 'init', image: 'busybox', ports: [{ containerPort: 53, hostPort: 53 }] }]);
  assert.equal(pod.spec.containers, [{ name: 'app', image: 'busybox', ports: [{ containerPort: 80, hostPort: 8080 }, { hostPort: 0 }] }]);
  const plain = pssPod(podObject({ containers: [C('app', { ports: [{ containerPort: 80 }] })] }), 'Pod', { kubeMinor: 36 });
  assert.equal(plain.spec.containers, [{ name: 'app', image: 'busybox', ports: [{ containerPort: 80 }] }]);
});

const APPARMOR = 'container.apparmor.security.beta.kubernetes.io/app';
const SINGULAR = `forbidden AppArmor profile (annotation must not set AppArmor profile type to "${APPARMOR}="unconfined"")`;
const PLURAL = `forbidden AppArmor profiles (container "app" and annotation must not set AppArmor profile type to "Unconfined", "${APPARMOR}="unconfined"")`;

defaulting('should sync the AppArmor annotation to the container field for Pods on 1.30+ (T25)', () => {
  const object = podObject({ containers: [C('app')] }, { [APPARMOR]: 'unconfined' });
  const deployment = { kind: 'Deployment', metadata: { name: 'd' }, spec: { template: template({ containers: [C('app')] }, { [APPARMOR]: 'unconfined' }) } };
  const w = (text: string): string => `would violate PodSecurity "baseline:latest": ${text}`;
  assert.is(verdict(deployment, 'Deployment', { kubeMinor: 36 }, 'baseline'), w(SINGULAR));
  assert.is(verdict(deployment, 'Deployment', { kubeMinor: 29 }, 'baseline'), w(SINGULAR));
  assert.is(verdict(object, 'Pod', { kubeMinor: 30 }, 'baseline'), w(PLURAL));
  assert.is(verdict(object, 'Pod', { kubeMinor: 36 }, 'baseline'), w(PLURAL));
  assert.is(verdict(object, 'Pod', { kubeMinor: 29 }, 'baseline'), w(SINGULAR));
});

defaulting('should sync the AppArmor container field to the annotation on 1.30–1.34 only (T25)', () => {
  const object = podObject({ containers: [C('app', { securityContext: { appArmorProfile: { type: 'Unconfined' } } })] });
  const w = (text: string): string => `would violate PodSecurity "baseline:latest": ${text}`;
  assert.is(verdict(object, 'Pod', { kubeMinor: 30 }, 'baseline'), w(PLURAL));
  assert.is(verdict(object, 'Pod', { kubeMinor: 34 }, 'baseline'), w(PLURAL));
  assert.is(verdict(object, 'Pod', { kubeMinor: 35 }, 'baseline'), w('forbidden AppArmor profile (container "app" must not set AppArmor profile type to "Unconfined")'));
  assert.is(verdict(object, 'Pod', { kubeMinor: 29 }, 'baseline'), null, 'the field does not exist before 1.30');
});

defaulting('should not copy an AppArmor annotation equal to the pod profile, nor sync Windows pods', () => {
  const same = podObject({ securityContext: { appArmorProfile: { type: 'RuntimeDefault' } }, containers: [C('app')] }, { [APPARMOR]: 'runtime/default' });
  assert.equal(pssPod(same, 'Pod', { kubeMinor: 36 }).spec.containers, [{ name: 'app', image: 'busybox' }]);
  const local = podObject({ containers: [C('app')] }, { [APPARMOR]: 'localhost/prof' });
  assert.equal(pssPod(local, 'Pod', { kubeMinor: 36 }).spec.containers, [
    { name: 'app', image: 'busybox', securityContext: { appArmorProfile: { type: 'Localhost', localhostProfile: 'prof' } } },
  ]);
  const windows = podObject({ os: { name: 'windows' }, containers: [C('app')] }, { [APPARMOR]: 'unconfined' });
  assert.equal(pssPod(windows, 'Pod', { kubeMinor: 36 }).spec.containers, [{ name: 'app', image: 'busybox' }]);
});

const SECCOMP_POD = 'seccomp.security.alpha.kubernetes.io/pod';

defaulting('should sync seccomp annotations to fields for Pods on 1.19–1.26 only (T26a)', () => {
  const object = podObject({ containers: [C('app')] }, { [SECCOMP_POD]: 'unconfined' });
  assert.is(verdict(object, 'Pod', { kubeMinor: 36 }, 'baseline'), null);
  assert.is(verdict(object, 'Pod', { kubeMinor: 27 }, 'baseline'), null);
  assert.is(
    verdict(object, 'Pod', { kubeMinor: 36 }, 'baseline', majorMinor(18)),
    `would violate PodSecurity "baseline:v1.18": seccompProfile (forbidden annotation ${SECCOMP_POD}="unconfined")`,
  );
  assert.is(
    verdict(object, 'Pod', { kubeMinor: 25 }, 'baseline'),
    'would violate PodSecurity "baseline:latest": seccompProfile (pod must not set securityContext.seccompProfile.type to "Unconfined")',
  );
});

defaulting('should let a runtime/default annotation satisfy restricted only where it is synced (T26b)', () => {
  const spec = { securityContext: { runAsNonRoot: true }, containers: [C('app', { securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } } })] };
  const object = podObject(spec, { [SECCOMP_POD]: 'runtime/default' });
  const deployment = { kind: 'Deployment', metadata: { name: 'd' }, spec: { template: template(spec, { [SECCOMP_POD]: 'runtime/default' }) } };
  const failed = 'would violate PodSecurity "restricted:latest": seccompProfile (pod or container "app" must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost")';
  assert.is(verdict(object, 'Pod', { kubeMinor: 25 }, 'restricted'), null);
  assert.equal(pssPod(object, 'Pod', { kubeMinor: 25 }).spec.securityContext, { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } });
  assert.is(verdict(object, 'Pod', { kubeMinor: 27 }, 'restricted'), failed);
  assert.is(verdict(deployment, 'Deployment', { kubeMinor: 25 }, 'restricted'), failed);
  assert.is(verdict(object, 'Pod', { kubeMinor: 36 }, 'restricted', majorMinor(18)), null);
});

defaulting('should sync a seccomp field to its annotation on 1.19–1.24 only (pinned pre-1.19 policies read it)', () => {
  const object = podObject({ containers: [C('app', { securityContext: { seccompProfile: { type: 'Unconfined' } } })] });
  const expected = 'would violate PodSecurity "baseline:v1.18": seccompProfile (forbidden annotation container.seccomp.security.alpha.kubernetes.io/app="unconfined")';
  assert.is(verdict(object, 'Pod', { kubeMinor: 24 }, 'baseline', majorMinor(18)), expected);
  assert.is(verdict(object, 'Pod', { kubeMinor: 25 }, 'baseline', majorMinor(18)), null);
});

defaulting('should drop fields the target cluster does not know', () => {
  const spec = {
    securityContext: { seccompProfile: { type: 'Unconfined' }, appArmorProfile: { type: 'Unconfined' } },
    containers: [C('app', { securityContext: { seccompProfile: { type: 'Unconfined' }, appArmorProfile: { type: 'Unconfined' } } })],
    ephemeralContainers: [C('debug')],
  };
  assert.equal(pssPod(podObject(spec), 'Pod', { kubeMinor: 18 }).spec, { securityContext: {}, containers: [{ name: 'app', image: 'busybox', securityContext: {} }] });
  assert.equal(pssPod(podObject(spec), 'Pod', { kubeMinor: 29 }).spec, {
    securityContext: { seccompProfile: { type: 'Unconfined' } },
    containers: [{ name: 'app', image: 'busybox', securityContext: { seccompProfile: { type: 'Unconfined' } } }],
    ephemeralContainers: [{ name: 'debug', image: 'busybox' }],
  });
});

extraction.run();
decoding.run();
defaulting.run();
