// Tests for shapes.ts: the declared Go struct shapes keep exactly the fields admission reads, on a real
// DaemonSet template and on hand-written PSP, RBAC and ServiceAccount objects.
import { readFileSync } from 'node:fs';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parseManifestFile } from '../../src/load/parse.js';
import { narrow, type Shape, type ShapeError } from '../../src/load/shape.js';
import { BINDING_SHAPE, METADATA_SHAPE, NAMESPACE_SHAPE, POD_SPEC_SHAPE, POD_TEMPLATE_SHAPE, PSP_SHAPE, ROLE_SHAPE, SERVICE_ACCOUNT_SHAPE } from '../../src/load/shapes.js';

function narrowed(value: unknown, shape: Shape): { value: unknown; errors: ShapeError[] } {
  const errors: ShapeError[] = [];
  return { value: narrow(value, shape, [], errors), errors };
}

const podTemplate = suite('POD_TEMPLATE_SHAPE');

podTemplate('should keep what admission reads of a real DaemonSet template (kube-prometheus node-exporter)', () => {
  const text = readFileSync(new URL('../fixtures/load/kube-prometheus-nodeExporter-daemonset.yaml', import.meta.url), 'utf8');
  const [daemonSet] = parseManifestFile({ path: 'node-exporter.yaml', text }).objects;
  const template = (daemonSet?.value.spec as { template: unknown }).template;
  const labels = {
    'app.kubernetes.io/component': 'exporter',
    'app.kubernetes.io/name': 'node-exporter',
    'app.kubernetes.io/part-of': 'kube-prometheus',
    'app.kubernetes.io/version': '1.3.1',
  };
  assert.equal(narrowed(template, POD_TEMPLATE_SHAPE), {
    value: {
      metadata: { labels, annotations: { 'kubectl.kubernetes.io/default-container': 'node-exporter' } },
      spec: {
        volumes: [
          { hostPath: { path: '/sys' }, name: 'sys' },
          { hostPath: { path: '/' }, name: 'root' },
        ],
        containers: [
          {
            name: 'node-exporter',
            image: 'quay.io/prometheus/node-exporter:v1.3.1',
            volumeMounts: [
              { name: 'sys', mountPath: '/host/sys', readOnly: true },
              { name: 'root', mountPath: '/host/root', readOnly: true },
            ],
            securityContext: { capabilities: { add: ['SYS_TIME'], drop: ['ALL'] }, readOnlyRootFilesystem: true, allowPrivilegeEscalation: false },
          },
          {
            name: 'kube-rbac-proxy',
            image: 'quay.io/brancz/kube-rbac-proxy:v0.12.0',
            ports: [{ name: 'https', containerPort: 9100, hostPort: 9100 }],
            securityContext: {
              capabilities: { drop: ['ALL'] }, runAsUser: 65532, runAsGroup: 65532, runAsNonRoot: true, readOnlyRootFilesystem: true, allowPrivilegeEscalation: false,
            },
          },
        ],
        serviceAccountName: 'node-exporter',
        automountServiceAccountToken: true,
        hostNetwork: true,
        hostPID: true,
        securityContext: { runAsUser: 65534, runAsNonRoot: true },
      },
    },
    errors: [],
  });
});

const podSpec = suite('POD_SPEC_SHAPE');

podSpec('should keep only the details PSP reads of each volume source', () => {
  const volumes = [
    { name: 'a', hostPath: { path: '/etc', type: 'Directory' } },
    { name: 'b', configMap: { name: 'cm', defaultMode: 420 } },
    { name: 'c', persistentVolumeClaim: { claimName: 'data', readOnly: true } },
    { name: 'd', flexVolume: { driver: 'example/lvm', fsType: 'ext4' } },
    { name: 'e', csi: { driver: 'csi.example.com', volumeAttributes: { a: 'b' } } },
    { name: 'f', ephemeral: { volumeClaimTemplate: { spec: {} } } },
    { name: 'g', emptyDir: null },
    { name: 'h', madeUpSource: {} },
  ];
  assert.equal(narrowed({ containers: [{ name: 'x' }], volumes }, POD_SPEC_SHAPE), {
    value: {
      volumes: [
        { name: 'a', hostPath: { path: '/etc', type: 'Directory' } },
        { name: 'b', configMap: {} },
        { name: 'c', persistentVolumeClaim: { claimName: 'data' } },
        { name: 'd', flexVolume: { driver: 'example/lvm' } },
        { name: 'e', csi: { driver: 'csi.example.com' } },
        { name: 'f', ephemeral: {} },
        { name: 'g' },
        { name: 'h' },
      ],
      containers: [{ name: 'x' }],
    },
    errors: [],
  });
});

podSpec('should report a volume source that is not a mapping', () => {
  assert.equal(narrowed({ volumes: [{ name: 'a', secret: 'my-secret' }] }, POD_SPEC_SHAPE), {
    value: { volumes: [{ name: 'a' }] },
    errors: [{ path: ['volumes', 0, 'secret'], message: 'expected a mapping, got string "my-secret"' }],
  });
});

podSpec('should keep every container list and the pod-level fields PSP reads', () => {
  const spec = {
    initContainers: [{ name: 'init', securityContext: { procMount: 'Unmasked', seLinuxOptions: { level: 's0:c1' } } }],
    containers: [{ name: 'app', securityContext: { seccompProfile: { type: 'Localhost', localhostProfile: 'p.json' } } }],
    ephemeralContainers: [{ name: 'debug' }],
    serviceAccount: 'old',
    hostIPC: true,
    runtimeClassName: 'gvisor',
    securityContext: { fsGroup: 2000, supplementalGroups: [1, 2], sysctls: [{ name: 'net.core.somaxconn', value: '1024' }], seLinuxOptions: { type: 't' } },
    priorityClassName: 'high',
  };
  const { priorityClassName: _dropped, ...kept } = spec;
  assert.equal(narrowed(spec, POD_SPEC_SHAPE), { value: kept, errors: [] });
});

const psp = suite('PSP_SHAPE');

psp('should keep a full PodSecurityPolicy spec and drop unknown fields', () => {
  const spec = {
    privileged: false,
    defaultAddCapabilities: ['A'],
    requiredDropCapabilities: ['ALL'],
    allowedCapabilities: ['B'],
    volumes: ['configMap', 'projected'],
    hostNetwork: true,
    hostPorts: [{ min: 80, max: 443 }],
    hostPID: false,
    hostIPC: false,
    seLinux: { rule: 'MustRunAs', seLinuxOptions: { level: 's0' } },
    runAsUser: { rule: 'MustRunAs', ranges: [{ min: 1000, max: 2000 }] },
    runAsGroup: { rule: 'MayRunAs', ranges: [{ min: 1, max: 2 }] },
    supplementalGroups: { rule: 'RunAsAny' },
    fsGroup: { rule: 'MustRunAs', ranges: [{ min: 1, max: 65535 }] },
    readOnlyRootFilesystem: true,
    defaultAllowPrivilegeEscalation: false,
    allowPrivilegeEscalation: true,
    allowedHostPaths: [{ pathPrefix: '/var/log', readOnly: true }],
    allowedFlexVolumes: [{ driver: 'example/lvm' }],
    allowedCSIDrivers: [{ name: 'csi.example.com' }],
    allowedUnsafeSysctls: ['kernel.msg*'],
    forbiddenSysctls: ['kernel.shm_rmid_forced'],
    allowedProcMountTypes: ['Default'],
    runtimeClass: { allowedRuntimeClassNames: ['gvisor'], defaultRuntimeClassName: 'gvisor' },
  };
  const object = { apiVersion: 'policy/v1beta1', kind: 'PodSecurityPolicy', metadata: { name: 'p', uid: 'x' }, spec: { ...spec, notAField: true } };
  assert.equal(narrowed(object, PSP_SHAPE), { value: { metadata: { name: 'p' }, spec }, errors: [] });
});

psp('should report a host port range that does not fit int32', () => {
  assert.equal(narrowed({ spec: { hostPorts: [{ min: 0, max: 4294967296 }] } }, PSP_SHAPE), {
    value: { spec: { hostPorts: [{ min: 0 }] } },
    errors: [{ path: ['spec', 'hostPorts', 0, 'max'], message: 'expected an integer that fits int32, got number 4294967296' }],
  });
});

const rbac = suite('ROLE_SHAPE and BINDING_SHAPE');

rbac('should keep rules, aggregation selectors, subjects and the role reference', () => {
  const role = {
    metadata: { name: 'r', namespace: 'ns', labels: { a: 'b' } },
    rules: [{ apiGroups: ['policy'], resources: ['podsecuritypolicies'], verbs: ['use'], resourceNames: ['p'], nonResourceURLs: ['/x'] }],
    aggregationRule: { clusterRoleSelectors: [{ matchLabels: { agg: 'true' }, matchExpressions: [{ key: 'k', operator: 'In', values: ['v'] }] }] },
  };
  assert.equal(narrowed({ ...role, kind: 'ClusterRole' }, ROLE_SHAPE), { value: role, errors: [] });
  const binding = {
    metadata: { name: 'b' },
    subjects: [{ kind: 'ServiceAccount', name: 'sa', namespace: 'ns' }, { kind: 'Group', name: 'g', apiGroup: 'rbac.authorization.k8s.io' }],
    roleRef: { kind: 'ClusterRole', name: 'r', apiGroup: 'rbac.authorization.k8s.io' },
  };
  assert.equal(narrowed({ ...binding, kind: 'RoleBinding' }, BINDING_SHAPE), { value: binding, errors: [] });
});

const small = suite('SERVICE_ACCOUNT_SHAPE, NAMESPACE_SHAPE and METADATA_SHAPE');

small('should keep metadata and the service account automount flag', () => {
  const object = { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'sa', namespace: 'ns', generateName: 'g-', annotations: { a: 'b' } }, automountServiceAccountToken: false, secrets: [{ name: 's' }] };
  assert.equal(narrowed(object, SERVICE_ACCOUNT_SHAPE), { value: { metadata: { name: 'sa', generateName: 'g-', namespace: 'ns', annotations: { a: 'b' } }, automountServiceAccountToken: false }, errors: [] });
  assert.equal(narrowed({ metadata: { name: 'ns' }, spec: { finalizers: ['kubernetes'] } }, NAMESPACE_SHAPE), { value: { metadata: { name: 'ns' } }, errors: [] });
  assert.equal(narrowed({ metadata: { name: 5 } }, METADATA_SHAPE), { value: { metadata: {} }, errors: [{ path: ['metadata', 'name'], message: 'expected a string, got number 5' }] });
});

podTemplate.run();
podSpec.run();
psp.run();
rbac.run();
small.run();
