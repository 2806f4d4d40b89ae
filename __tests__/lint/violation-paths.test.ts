// Tests for violation-paths.ts: every kind of admission field error (spec §7) turned into candidate YAML paths
// in the manifest, most precise first: the `pod.` prefix, host namespaces inside the pod security context,
// annotation keys, the token volume, StatefulSet claim volumes, host ports, capability list items, and the
// pod-level values containers inherit.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Pod } from '../../src/api/core.js';
import type { WorkloadKind } from '../../src/load/kinds.js';
import type { PathSegment } from '../../src/load/locate.js';
import { parseManifestFile } from '../../src/load/parse.js';
import { extractPod, type PodUnderTest } from '../../src/load/pod-templates.js';
import { violationPaths } from '../../src/lint/violation-paths.js';
import type { FieldError, GoValue } from '../../src/psp/field.js';
import { deploymentManifest, lines, podManifest, type PodBody } from './lint-fixtures.js';

function subjectOf(text: string): PodUnderTest {
  const [source] = parseManifestFile({ path: 'workload.yaml', text }).objects;
  if (source === undefined) throw new Error('no object');
  const metadata = source.value.metadata as { name: string; namespace?: string };
  const kind = source.value.kind as WorkloadKind;
  const extracted = extractPod(source, { apiVersion: String(source.value.apiVersion), kind, name: metadata.name, namespace: metadata.namespace ?? 'default' }, kind, { kubeMinor: 24 });
  if ('errors' in extracted) throw new Error(JSON.stringify(extracted.errors));
  return extracted.pod;
}

const invalid = (path: string, value: GoValue): FieldError => ({ type: 'Invalid', path, value, detail: 'detail' });
const forbidden = (path: string): FieldError => ({ type: 'Forbidden', path, detail: 'detail' });
const int = (value: number): GoValue => ({ kind: 'int', value });
const str = (value: string): GoValue => ({ kind: 'string', value });
const TRUE: GoValue = { kind: 'bool', value: true };

const BODY: PodBody = {
  annotations: [
    'seccomp.security.alpha.kubernetes.io/pod: runtime/default',
    'container.seccomp.security.alpha.kubernetes.io/app: unconfined',
    'container.apparmor.security.beta.kubernetes.io/app: unconfined',
  ],
  spec: [
    'hostNetwork: true',
    'securityContext:',
    '  runAsUser: 0',
    '  sysctls: [{name: kernel.msgmax, value: "1"}]',
    'initContainers:',
    '- name: setup',
    '  image: busybox',
    'containers:',
    '- name: app',
    '  image: nginx',
    '  ports:',
    '  - containerPort: 80',
    '  - containerPort: 8443',
    '    hostPort: 443',
    '  securityContext:',
    '    capabilities:',
    '      add: [NET_ADMIN, SYS_ADMIN]',
    'volumes:',
    '- name: logs',
    '  hostPath: {path: /var/log}',
    '- name: data',
    '  flexVolume: {driver: example/lvm}',
    '- name: inline',
    '  csi: {driver: csi.example.com}',
  ],
};

interface Row {
  name: string;
  error: FieldError;
  /** Candidates for the bare Pod; the Deployment's are the same under `spec.template`. */
  expected: PathSegment[][];
  /** When the candidates are already absolute (volume origins), the Deployment's expectation. */
  deployment?: PathSegment[][];
}

const SC = ['spec', 'containers', 0, 'securityContext'];
const ROWS: Row[] = [
  {
    name: 'a container field: itself, its security context, the container',
    error: invalid('spec.containers[0].securityContext.privileged', TRUE),
    expected: [[...SC, 'privileged'], SC, ['spec', 'containers', 0]],
  },
  {
    name: 'an init container field',
    error: invalid('spec.initContainers[0].securityContext.allowPrivilegeEscalation', TRUE),
    expected: [['spec', 'initContainers', 0, 'securityContext', 'allowPrivilegeEscalation'], ['spec', 'initContainers', 0, 'securityContext'], ['spec', 'initContainers', 0]],
  },
  {
    name: 'host network: `spec.hostNetwork` as written, not the internal pod security context',
    error: invalid('spec.securityContext.hostNetwork', TRUE),
    expected: [['spec', 'hostNetwork']],
  },
  { name: 'host PID', error: invalid('spec.securityContext.hostPID', TRUE), expected: [['spec', 'hostPID']] },
  { name: 'host IPC', error: invalid('spec.securityContext.hostIPC', TRUE), expected: [['spec', 'hostIPC']] },
  {
    name: 'a host port: the port entry with that host port, then its containerPort (hostNetwork default), then the entry',
    error: invalid('spec.containers[0].hostPort', int(443)),
    expected: [
      ['spec', 'containers', 0, 'ports', 1, 'hostPort'],
      ['spec', 'containers', 0, 'ports', 1, 'containerPort'],
      ['spec', 'containers', 0, 'ports', 1],
    ],
  },
  {
    name: 'a host port defaulted from containerPort under hostNetwork',
    error: invalid('spec.containers[0].hostPort', int(80)),
    expected: [
      ['spec', 'containers', 0, 'ports', 0, 'hostPort'],
      ['spec', 'containers', 0, 'ports', 0, 'containerPort'],
      ['spec', 'containers', 0, 'ports', 0],
    ],
  },
  { name: 'a host port no entry has: the container', error: invalid('spec.containers[0].hostPort', int(9999)), expected: [['spec', 'containers', 0]] },
  {
    name: 'an added capability: its list item',
    error: invalid('spec.containers[0].securityContext.capabilities.add', str('SYS_ADMIN')),
    expected: [[...SC, 'capabilities', 'add', 1], ['spec', 'containers', 0]],
  },
  {
    name: 'an added capability the list lacks: the list, the security context, the container',
    error: invalid('spec.containers[0].securityContext.capabilities.add', str('CHOWN')),
    expected: [[...SC, 'capabilities', 'add'], SC, ['spec', 'containers', 0]],
  },
  {
    name: 'runAsUser: the container value, then the pod-level value it inherits',
    error: invalid('spec.containers[0].securityContext.runAsUser', int(0)),
    expected: [[...SC, 'runAsUser'], ['spec', 'securityContext', 'runAsUser'], SC, ['spec', 'containers', 0]],
  },
  {
    name: 'runAsNonRoot: inherited too',
    error: invalid('spec.containers[0].securityContext.runAsNonRoot', { kind: 'bool', value: false }),
    expected: [[...SC, 'runAsNonRoot'], ['spec', 'securityContext', 'runAsNonRoot'], SC, ['spec', 'containers', 0]],
  },
  {
    name: 'runAsGroup errors sit at `<c>.securityContext`: the runAsGroup values',
    error: invalid('spec.containers[0].securityContext', { kind: 'slice', type: '[]int64', items: [int(0)] }),
    expected: [[...SC, 'runAsGroup'], ['spec', 'securityContext', 'runAsGroup'], SC, ['spec', 'containers', 0]],
  },
  {
    name: 'a container SELinux level: own, then inherited',
    error: invalid('spec.containers[0].securityContext.seLinuxOptions.level', str('s0:c2')),
    expected: [[...SC, 'seLinuxOptions', 'level'], ['spec', 'securityContext', 'seLinuxOptions', 'level'], SC, ['spec', 'containers', 0]],
  },
  {
    name: 'procMount is not inherited',
    error: invalid('spec.containers[0].securityContext.procMount', str('Unmasked')),
    expected: [[...SC, 'procMount'], SC, ['spec', 'containers', 0]],
  },
  {
    name: 'a pod-level group field: itself, the pod security context, the spec',
    error: invalid('spec.securityContext.fsGroup', { kind: 'slice', type: '[]int64', items: [int(0)] }),
    expected: [['spec', 'securityContext', 'fsGroup'], ['spec', 'securityContext'], ['spec']],
  },
  {
    name: 'a sysctl: the `pod.` prefix dropped, the list item',
    error: forbidden('pod.spec.securityContext.sysctls[0]'),
    expected: [['spec', 'securityContext', 'sysctls', 0], ['spec', 'securityContext'], ['spec']],
  },
  { name: 'runtimeClassName', error: invalid('spec.runtimeClassName', str('kata')), expected: [['spec', 'runtimeClassName'], ['spec']] },
  {
    name: 'the pod seccomp annotation, then the pod seccompProfile field, then metadata',
    error: forbidden('pod.metadata.annotations[seccomp.security.alpha.kubernetes.io/pod]'),
    expected: [['metadata', 'annotations', 'seccomp.security.alpha.kubernetes.io/pod'], ['spec', 'securityContext', 'seccompProfile'], ['metadata']],
  },
  {
    name: 'a container seccomp annotation, then the container seccompProfile field, then the inherited pod field and annotation, then the container',
    error: forbidden('pod.metadata.annotations[container.seccomp.security.alpha.kubernetes.io/app]'),
    expected: [
      ['metadata', 'annotations', 'container.seccomp.security.alpha.kubernetes.io/app'],
      [...SC, 'seccompProfile'],
      ['spec', 'securityContext', 'seccompProfile'],
      ['metadata', 'annotations', 'seccomp.security.alpha.kubernetes.io/pod'],
      ['spec', 'containers', 0],
    ],
  },
  {
    name: 'a container AppArmor annotation, then the container',
    error: forbidden('pod.metadata.annotations[container.apparmor.security.beta.kubernetes.io/app]'),
    expected: [['metadata', 'annotations', 'container.apparmor.security.beta.kubernetes.io/app'], ['spec', 'containers', 0]],
  },
  {
    name: 'an annotation of an init container',
    error: forbidden('pod.metadata.annotations[container.apparmor.security.beta.kubernetes.io/setup]'),
    expected: [['metadata', 'annotations', 'container.apparmor.security.beta.kubernetes.io/setup'], ['spec', 'initContainers', 0]],
  },
  {
    name: 'an annotation of a container the pod does not have: the annotation, then metadata',
    error: forbidden('pod.metadata.annotations[container.apparmor.security.beta.kubernetes.io/gone]'),
    expected: [['metadata', 'annotations', 'container.apparmor.security.beta.kubernetes.io/gone'], ['metadata']],
  },
  {
    name: 'a volume type: the volume as written',
    error: invalid('spec.volumes[0]', str('hostPath')),
    expected: [['spec', 'volumes', 0], ['spec', 'volumes', 0]],
    deployment: [['spec', 'template', 'spec', 'volumes', 0], ['spec', 'template', 'spec', 'volumes', 0]],
  },
  {
    name: 'a host path prefix: the `hostPath.path` written',
    error: invalid('spec.volumes[0].hostPath.pathPrefix', str('/var/log')),
    expected: [['spec', 'volumes', 0, 'hostPath', 'path'], ['spec', 'volumes', 0]],
    deployment: [['spec', 'template', 'spec', 'volumes', 0, 'hostPath', 'path'], ['spec', 'template', 'spec', 'volumes', 0]],
  },
  {
    name: 'a flexVolume driver: `spec.volumes[i].driver` is really `flexVolume.driver`',
    error: invalid('spec.volumes[1].driver', str('example/lvm')),
    expected: [['spec', 'volumes', 1, 'flexVolume', 'driver'], ['spec', 'volumes', 1]],
    deployment: [['spec', 'template', 'spec', 'volumes', 1, 'flexVolume', 'driver'], ['spec', 'template', 'spec', 'volumes', 1]],
  },
  {
    name: 'a CSI driver',
    error: invalid('spec.volumes[2].csi.driver', str('csi.example.com')),
    expected: [['spec', 'volumes', 2, 'csi', 'driver'], ['spec', 'volumes', 2]],
    deployment: [['spec', 'template', 'spec', 'volumes', 2, 'csi', 'driver'], ['spec', 'template', 'spec', 'volumes', 2]],
  },
  {
    name: 'the token volume ServiceAccount admission appended: what decides it',
    error: invalid('spec.volumes[3]', str('projected')),
    expected: [['spec', 'serviceAccountName'], ['spec', 'automountServiceAccountToken'], ['spec']],
  },
];

const podSubject = subjectOf(podManifest(BODY));
const deploymentSubject = subjectOf(deploymentManifest(BODY));
const TEMPLATE: PathSegment[] = ['spec', 'template'];

const pathsSuite = suite('violationPaths');

for (const row of ROWS) {
  pathsSuite(`should locate ${row.name} (Pod)`, () => {
    assert.equal(violationPaths(row.error, podSubject, podSubject.pod), row.expected);
  });
  pathsSuite(`should locate ${row.name} (Deployment template)`, () => {
    const expected = row.deployment ?? row.expected.map((path) => [...TEMPLATE, ...path]);
    assert.equal(violationPaths(row.error, deploymentSubject, deploymentSubject.pod), expected);
  });
}

pathsSuite('should look ports and capabilities up in the pod PSP saw, not in the manifest', () => {
  const seen: Pod = structuredClone(podSubject.pod);
  const app = seen.spec.containers[0];
  if (app === undefined) throw new Error('no container');
  app.ports = [{ containerPort: 80, hostPort: 80 }];
  assert.equal(violationPaths(invalid('spec.containers[0].hostPort', int(443)), podSubject, seen), [['spec', 'containers', 0]]);
});

// BUG: `readOnly` is usually left out of a mount (that is why it is not read-only), and the candidates jump from
// `volumeMounts[j].readOnly` straight to the container, so the finding lands on `- name: app` instead of the
// nearest existing ancestor, the mount entry. Actual: [[…readOnly], [container]].
pathsSuite('should fall back from a mount\'s readOnly to the mount entry before the container', () => {
  const error = invalid('spec.containers[0].volumeMounts[1].readOnly', { kind: 'bool', value: false });
  assert.equal(violationPaths(error, podSubject, podSubject.pod), [
    ['spec', 'containers', 0, 'volumeMounts', 1, 'readOnly'],
    ['spec', 'containers', 0, 'volumeMounts', 1],
    ['spec', 'containers', 0],
  ]);
});

pathsSuite('should point a StatefulSet claim volume at its volumeClaimTemplates entry', () => {
  const subject = subjectOf(lines(
    'apiVersion: apps/v1',
    'kind: StatefulSet',
    'metadata: {name: db, namespace: shop}',
    'spec:',
    '  serviceName: db',
    '  template:',
    '    spec:',
    '      containers: [{name: postgres, image: postgres}]',
    '      volumes:',
    '      - name: config',
    '        configMap: {name: db}',
    '  volumeClaimTemplates:',
    '  - metadata: {name: data}',
  ));
  assert.equal(violationPaths(invalid('spec.volumes[0]', str('persistentVolumeClaim')), subject, subject.pod), [['spec', 'volumeClaimTemplates', 0], ['spec', 'volumeClaimTemplates', 0]]);
  assert.equal(violationPaths(invalid('spec.volumes[1]', str('configMap')), subject, subject.pod), [['spec', 'template', 'spec', 'volumes', 0], ['spec', 'template', 'spec', 'volumes', 0]]);
});

pathsSuite('should point a CronJob pod under spec.jobTemplate.spec.template', () => {
  const subject = subjectOf(lines(
    'apiVersion: batch/v1',
    'kind: CronJob',
    'metadata: {name: report, namespace: shop}',
    'spec:',
    '  schedule: "@daily"',
    '  jobTemplate:',
    '    spec:',
    '      template:',
    '        spec:',
    '          containers: [{name: app, image: report, securityContext: {privileged: true}}]',
  ));
  const template = ['spec', 'jobTemplate', 'spec', 'template'];
  assert.equal(violationPaths(invalid('spec.containers[0].securityContext.privileged', TRUE), subject, subject.pod), [
    [...template, ...SC, 'privileged'],
    [...template, ...SC],
    [...template, 'spec', 'containers', 0],
  ]);
});

// BUG: object validation errors of a workload carry the template prefix already (`spec.template.spec.…`, as the
// API server prints them), and violationPaths prepends the template path again: the candidates become
// `spec.template.spec.template.spec.…`, which never exists, so lint() falls back to the template's `spec:` key.
// Expected: the path as written in the object, then the container.
pathsSuite('should not prefix a workload object-validation path (already `spec.template.spec…`) a second time', () => {
  const error: FieldError = { type: 'Required', path: 'spec.template.spec.containers[0].ports[0].containerPort', detail: '' };
  const first = violationPaths(error, deploymentSubject, deploymentSubject.pod)[0];
  assert.equal(first, ['spec', 'template', 'spec', 'containers', 0, 'ports', 0, 'containerPort']);
});

pathsSuite.run();
