// Tests for pod-validation.ts: the slice of pkg/apis/core/validation podgate models. The port rows are ported
// from upstream's TestValidatePorts (validation_test.go: "zero container port", "invalid container port",
// "invalid host port" and the success case; name and protocol rows are not modelled), then the checks
// around them: ephemeral containers on create, inline CSI volumes before 1.16, and the 422 message.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Container, ContainerPort, Pod } from '../../src/api/core.js';
import { invalidObjectMessage, validatePodObject } from '../../src/lint/pod-validation.js';
import { renderFieldError, type FieldError } from '../../src/psp/field.js';

const PORT_RANGE = 'must be between 1 and 65535, inclusive';
const podWith = (spec: Partial<Pod['spec']>): Pod => ({ metadata: { name: 'web', namespace: 'shop' }, spec: { containers: [{ name: 'app', image: 'nginx' }], ...spec } });
const withPorts = (ports: ContainerPort[]): Pod => podWith({ containers: [{ name: 'app', image: 'nginx', ports }] });
const rendered = (errors: FieldError[]): string[] => errors.map(renderFieldError);

const validateSuite = suite('validatePodObject');

// TestValidatePorts, as rendered errors under a container's `ports` (upstream uses the root path "field").
const PORT_ROWS: { name: string; ports: ContainerPort[]; expected: string[] }[] = [
  {
    name: 'success case',
    ports: [
      { name: 'abc', containerPort: 80, hostPort: 80, protocol: 'TCP' },
      { name: 'easy', containerPort: 82, protocol: 'TCP' },
      { name: 'as', containerPort: 83, protocol: 'UDP' },
      { name: 'do-re-me', containerPort: 84, protocol: 'UDP' },
      { containerPort: 85, protocol: 'TCP' },
    ],
    expected: [],
  },
  { name: 'non-canonical case', ports: [{ containerPort: 80, protocol: 'TCP' }], expected: [] },
  { name: 'zero container port', ports: [{ containerPort: 0, protocol: 'TCP' }], expected: ['spec.containers[0].ports[0].containerPort: Required value'] },
  { name: 'container port left out', ports: [{ name: 'http', protocol: 'TCP' }], expected: ['spec.containers[0].ports[0].containerPort: Required value'] },
  { name: 'invalid container port', ports: [{ containerPort: 65536, protocol: 'TCP' }], expected: [`spec.containers[0].ports[0].containerPort: Invalid value: 65536: ${PORT_RANGE}`] },
  { name: 'negative container port', ports: [{ containerPort: -1 }], expected: [`spec.containers[0].ports[0].containerPort: Invalid value: -1: ${PORT_RANGE}`] },
  { name: 'invalid host port', ports: [{ containerPort: 80, hostPort: 65536, protocol: 'TCP' }], expected: [`spec.containers[0].ports[0].hostPort: Invalid value: 65536: ${PORT_RANGE}`] },
  { name: 'negative host port', ports: [{ containerPort: 80, hostPort: -8080 }], expected: [`spec.containers[0].ports[0].hostPort: Invalid value: -8080: ${PORT_RANGE}`] },
  { name: 'host port 0 means none', ports: [{ containerPort: 80, hostPort: 0 }], expected: [] },
  { name: 'range bounds are inclusive', ports: [{ containerPort: 1, hostPort: 65535 }, { containerPort: 65535, hostPort: 1 }], expected: [] },
  {
    name: 'both ports of one entry, then the next entry',
    ports: [{ containerPort: 0, hostPort: 70000 }, { containerPort: 70000 }],
    expected: [
      'spec.containers[0].ports[0].containerPort: Required value',
      `spec.containers[0].ports[0].hostPort: Invalid value: 70000: ${PORT_RANGE}`,
      `spec.containers[0].ports[1].containerPort: Invalid value: 70000: ${PORT_RANGE}`,
    ],
  },
];

for (const row of PORT_ROWS) {
  validateSuite(`should validate container ports like upstream TestValidatePorts: ${row.name}`, () => {
    assert.equal(rendered(validatePodObject(withPorts(row.ports), 'spec', 24)), row.expected);
  });
}

validateSuite('should return typed field errors (Required without detail, Invalid with the Go int value)', () => {
  assert.equal(validatePodObject(withPorts([{ containerPort: 0, hostPort: 65536 }]), 'spec', 24), [
    { type: 'Required', path: 'spec.containers[0].ports[0].containerPort', detail: '' },
    { type: 'Invalid', path: 'spec.containers[0].ports[0].hostPort', value: { kind: 'int', value: 65536 }, detail: PORT_RANGE },
  ]);
});

validateSuite('should put paths under the template prefix of a workload', () => {
  const pod = withPorts([{ containerPort: 0 }]);
  assert.equal(rendered(validatePodObject(pod, 'spec.template.spec', 24)), ['spec.template.spec.containers[0].ports[0].containerPort: Required value']);
  assert.equal(rendered(validatePodObject(pod, 'spec.jobTemplate.spec.template.spec', 24)), ['spec.jobTemplate.spec.template.spec.containers[0].ports[0].containerPort: Required value']);
});

validateSuite('should validate the ports of init containers under `initContainers`', () => {
  const init: Container = { name: 'setup', image: 'busybox', ports: [{ containerPort: 65536 }] };
  assert.equal(rendered(validatePodObject(podWith({ initContainers: [init] }), 'spec', 24)), [`spec.initContainers[0].ports[0].containerPort: Invalid value: 65536: ${PORT_RANGE}`]);
});

// BUG: upstream ValidatePodSpec validates spec.containers before spec.initContainers (validateContainers, then
// validateInitContainers), so the 422 message lists container errors first; podgate lists init containers first.
// Actual: [initContainers[0]…, containers[0]…].
validateSuite('should list container errors before init container errors, in upstream ValidatePodSpec order', () => {
  const pod = podWith({
    initContainers: [{ name: 'setup', image: 'busybox', ports: [{ containerPort: 70000 }] }],
    containers: [{ name: 'app', image: 'nginx', ports: [{ containerPort: 0 }] }],
  });
  assert.equal(rendered(validatePodObject(pod, 'spec', 24)), [
    'spec.containers[0].ports[0].containerPort: Required value',
    `spec.initContainers[0].ports[0].containerPort: Invalid value: 70000: ${PORT_RANGE}`,
  ]);
});

validateSuite('should forbid ephemeral containers on create (1.23+, gate on by default)', () => {
  const pod = podWith({ ephemeralContainers: [{ name: 'debug', image: 'busybox' }] });
  assert.equal(rendered(validatePodObject(pod, 'spec', 24)), ['spec.ephemeralContainers: Forbidden: cannot be set on create']);
  assert.equal(rendered(validatePodObject(pod, 'spec', 23)), ['spec.ephemeralContainers: Forbidden: cannot be set on create']);
  assert.equal(validatePodObject(podWith({ ephemeralContainers: [] }), 'spec', 24), []);
});

// BUG: while the EphemeralContainers gate is off (alpha, 1.16–1.22) the API server drops the field in
// PrepareForCreate (pkg/api/pod/util.go dropDisabledFields: `podSpec.EphemeralContainers = nil`) before
// validation, so nothing is refused. Actual: `spec.ephemeralContainers: Forbidden: cannot be set on create`.
validateSuite('should not refuse ephemeral containers while the EphemeralContainers gate is off (1.16–1.22)', () => {
  const pod = podWith({ ephemeralContainers: [{ name: 'debug', image: 'busybox' }] });
  assert.equal(validatePodObject(pod, 'spec', 22), []);
  assert.equal(validatePodObject(pod, 'spec', 16), []);
});

// BUG: a pod template is validated by ValidatePodTemplateSpec, whose message is
// `spec.template.spec.ephemeralContainers: Forbidden: ephemeral containers not allowed in pod template`.
// Actual: `…: Forbidden: cannot be set on create` (the Pod create message).
validateSuite('should refuse ephemeral containers in a pod template with the template message', () => {
  const pod = podWith({ ephemeralContainers: [{ name: 'debug', image: 'busybox' }] });
  assert.equal(rendered(validatePodObject(pod, 'spec.template.spec', 24)), ['spec.template.spec.ephemeralContainers: Forbidden: ephemeral containers not allowed in pod template']);
});

validateSuite('should refuse inline CSI volumes while CSIInlineVolume is off (1.15: the source is dropped)', () => {
  const pod = podWith({ volumes: [{ name: 'config', configMap: { name: 'web' } }, { name: 'data', csi: { driver: 'csi.example.com' } }] });
  assert.equal(rendered(validatePodObject(pod, 'spec', 15)), ['spec.volumes[1]: Required value: must specify a volume type']);
  assert.equal(rendered(validatePodObject(pod, 'spec.template.spec', 15)), ['spec.template.spec.volumes[1]: Required value: must specify a volume type']);
  assert.equal(validatePodObject(pod, 'spec', 16), []);
});

validateSuite('should report volumes before container ports, as ValidatePodSpec does', () => {
  const pod = podWith({
    volumes: [{ name: 'data', csi: { driver: 'csi.example.com' } }],
    containers: [{ name: 'app', image: 'nginx', ports: [{ containerPort: 0 }] }],
  });
  assert.equal(rendered(validatePodObject(pod, 'spec', 15)), ['spec.volumes[0]: Required value: must specify a volume type', 'spec.containers[0].ports[0].containerPort: Required value']);
});

validateSuite('should accept a plain pod', () => {
  assert.equal(validatePodObject(podWith({ volumes: [{ name: 'cache', emptyDir: {} }] }), 'spec', 24), []);
});

const messageSuite = suite('invalidObjectMessage');

const REQUIRED: FieldError = { type: 'Required', path: 'spec.containers[0].ports[0].containerPort', detail: '' };
const INVALID: FieldError = { type: 'Invalid', path: 'spec.containers[0].ports[0].hostPort', value: { kind: 'int', value: 65536 }, detail: PORT_RANGE };

messageSuite('should print a single error without brackets', () => {
  assert.is(invalidObjectMessage('Pod', 'web', [REQUIRED]), 'Pod "web" is invalid: spec.containers[0].ports[0].containerPort: Required value');
});

messageSuite('should print several errors in brackets, comma-separated (ErrorList.ToAggregate)', () => {
  assert.is(
    invalidObjectMessage('Pod', 'web', [REQUIRED, INVALID]),
    `Pod "web" is invalid: [spec.containers[0].ports[0].containerPort: Required value, spec.containers[0].ports[0].hostPort: Invalid value: 65536: ${PORT_RANGE}]`,
  );
});

const KINDS: [string, string][] = [
  ['Pod', 'Pod'],
  ['Deployment', 'Deployment.apps'],
  ['ReplicaSet', 'ReplicaSet.apps'],
  ['StatefulSet', 'StatefulSet.apps'],
  ['DaemonSet', 'DaemonSet.apps'],
  ['Job', 'Job.batch'],
  ['CronJob', 'CronJob.batch'],
  ['ReplicationController', 'ReplicationController'],
];
for (const [kind, qualified] of KINDS) {
  messageSuite(`should qualify ${kind} as ${qualified}`, () => {
    assert.is(invalidObjectMessage(kind, 'web', [REQUIRED]), `${qualified} "web" is invalid: spec.containers[0].ports[0].containerPort: Required value`);
  });
}

messageSuite('should Go-quote the name', () => {
  assert.is(invalidObjectMessage('Job', 'a"b', [REQUIRED]), 'Job.batch "a\\"b" is invalid: spec.containers[0].ports[0].containerPort: Required value');
});

validateSuite.run();
messageSuite.run();
