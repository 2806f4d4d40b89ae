// End-to-end location tests through lint(): for every kind of violation of spec §7, a small real manifest set
// (a PodSecurityPolicy, RBAC granting `use` to system:serviceaccounts, the workload) and the exact rule, region
// and field path of each finding. Each pod is written twice: as a bare Pod and as a Deployment template, whose
// lines sit 6 lines lower and 4 columns further right (lint-fixtures.ts), so the two expectations must agree.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Location } from '../../src/api/diagnostic.js';
import { DEPLOYMENT_SHIFT, at, deploymentManifest, lines, located, podManifest, policy, policyFile, run, shift, type Located, type PodBody, type PolicyOptions } from './lint-fixtures.js';

interface Case {
  name: string;
  policy: PolicyOptions;
  body: PodBody;
  /** The findings for the bare Pod in `pod.yaml`, in report order. */
  expected: Located[];
}

/** A finding at `line:column` to `endLine:endColumn` of `pod.yaml`. */
const finding = (ruleId: string, fieldPath: string, [line, column, endLine, endColumn]: [number, number, number, number]): Located => ({
  ruleId,
  location: at('pod.yaml', line, column, endLine, endColumn),
  fieldPath,
});

const CASES: Case[] = [
  {
    name: 'a privileged container: the `true` scalar',
    policy: {},
    body: { spec: ['containers:', '- name: app', '  image: nginx', '  securityContext:', '    privileged: true'] },
    expected: [finding('psp-privileged', 'spec.containers[0].securityContext.privileged', [11, 19, 11, 23])],
  },
  {
    name: 'a privileged init container written in flow style',
    policy: {},
    body: { spec: ['initContainers:', '- name: setup', '  image: busybox', '  securityContext: {privileged: true}', 'containers:', '- name: app', '  image: nginx'] },
    expected: [finding('psp-privileged', 'spec.initContainers[0].securityContext.privileged', [10, 35, 10, 39])],
  },
  {
    name: 'hostNetwork, and the host port it defaults from containerPort: `spec.hostNetwork` and the containerPort value',
    policy: {},
    body: { spec: ['hostNetwork: true', 'containers:', '- name: app', '  image: nginx', '  ports:', '  - name: http', '    containerPort: 8080'] },
    expected: [
      finding('psp-host-namespaces', 'spec.securityContext.hostNetwork', [7, 16, 7, 20]),
      finding('psp-host-ports', 'spec.containers[0].hostPort', [13, 22, 13, 26]),
    ],
  },
  {
    name: 'hostPID and hostIPC',
    policy: {},
    body: { spec: ['hostPID: true', 'hostIPC: true', 'containers:', '- name: app', '  image: nginx'] },
    expected: [
      finding('psp-host-namespaces', 'spec.securityContext.hostPID', [7, 12, 7, 16]),
      finding('psp-host-namespaces', 'spec.securityContext.hostIPC', [8, 12, 8, 16]),
    ],
  },
  {
    name: 'a host port outside the ranges: the hostPort value of that port entry',
    policy: { spec: ['hostPorts:', '- {min: 8000, max: 8080}'] },
    body: { spec: ['containers:', '- name: app', '  image: nginx', '  ports:', '  - containerPort: 8080', '    hostPort: 8080', '  - containerPort: 9090', '    hostPort: 9090'] },
    expected: [finding('psp-host-ports', 'spec.containers[0].hostPort', [14, 17, 14, 21])],
  },
  {
    name: 'a volume type not allowed: the volume entry',
    policy: { spec: ['volumes: [configMap, projected]'] },
    body: { spec: ['containers:', '- name: app', '  image: nginx', 'volumes:', '- name: config', '  configMap: {name: web}', '- name: cache', '  emptyDir: {}'] },
    expected: [finding('psp-volume-types', 'spec.volumes[1]', [13, 5, 13, 5])],
  },
  {
    name: 'the projected token volume nobody wrote: the pod `spec` key',
    policy: { spec: ['volumes: [configMap]'] },
    body: { spec: ['containers:', '- name: app', '  image: nginx', 'volumes:', '- name: config', '  configMap: {name: web}'] },
    expected: [finding('psp-volume-types', 'spec.volumes[1]', [6, 1, 6, 1])],
  },
  {
    name: 'a hostPath outside allowedHostPaths: the `path` value',
    policy: { spec: ['allowedHostPaths:', '- pathPrefix: /var/log'] },
    body: { spec: ['containers:', '- name: app', '  image: nginx', 'volumes:', '- name: etc', '  hostPath:', '    path: /etc', '    type: Directory'] },
    expected: [finding('psp-host-paths', 'spec.volumes[0].hostPath.pathPrefix', [13, 13, 13, 17])],
  },
  {
    name: 'a read-only host path mounted `readOnly: false`: the `false` scalar',
    policy: { spec: ['allowedHostPaths:', '- pathPrefix: /var/log', '  readOnly: true'] },
    body: { spec: ['containers:', '- name: app', '  image: nginx', '  volumeMounts:', '  - name: logs', '    mountPath: /logs', '    readOnly: false', 'volumes:', '- name: logs', '  hostPath: {path: /var/log/app}'] },
    expected: [finding('psp-host-paths', 'spec.containers[0].volumeMounts[0].readOnly', [13, 17, 13, 22])],
  },
  {
    name: 'a flexVolume driver not allowed: the driver value',
    policy: { spec: ['allowedFlexVolumes:', '- driver: example/lvm'] },
    body: { spec: ['containers:', '- name: app', '  image: nginx', 'volumes:', '- name: data', '  flexVolume:', '    driver: example/nfs'] },
    expected: [finding('psp-volume-drivers', 'spec.volumes[0].driver', [13, 15, 13, 26])],
  },
  {
    name: 'an inline CSI driver not allowed: the driver value',
    policy: { spec: ['allowedCSIDrivers:', '- name: csi.example.com'] },
    body: { spec: ['containers:', '- name: app', '  image: nginx', 'volumes:', '- name: data', '  csi:', '    driver: other.example.com'] },
    expected: [finding('psp-volume-drivers', 'spec.volumes[0].csi.driver', [13, 15, 13, 32])],
  },
  {
    name: 'a capability added: its list item',
    policy: { spec: ['allowedCapabilities: [NET_BIND_SERVICE]'] },
    body: { spec: ['containers:', '- name: app', '  image: nginx', '  securityContext:', '    capabilities:', '      add:', '      - NET_BIND_SERVICE', '      - SYS_ADMIN'] },
    expected: [finding('psp-capabilities', 'spec.containers[0].securityContext.capabilities.add', [14, 11, 14, 20])],
  },
  {
    name: 'capabilities added in flow style: each list item',
    policy: {},
    body: { spec: ['containers:', '- name: app', '  image: nginx', '  securityContext:', '    capabilities: {add: [NET_ADMIN, SYS_TIME]}'] },
    expected: [
      finding('psp-capabilities', 'spec.containers[0].securityContext.capabilities.add', [11, 28, 11, 37]),
      finding('psp-capabilities', 'spec.containers[0].securityContext.capabilities.add', [11, 39, 11, 47]),
    ],
  },
  {
    name: 'runAsUser out of range on the container: its value',
    policy: { spec: ['runAsUser:', '  rule: MustRunAs', '  ranges: [{min: 1000, max: 2000}]'] },
    body: { spec: ['containers:', '- name: app', '  image: nginx', '  securityContext:', '    runAsUser: 0'] },
    expected: [finding('psp-users-groups', 'spec.containers[0].securityContext.runAsUser', [11, 18, 11, 19])],
  },
  {
    name: 'runAsUser inherited from the pod: the pod-level value (the container with its own value is fine)',
    policy: { spec: ['runAsUser:', '  rule: MustRunAs', '  ranges: [{min: 1000, max: 2000}]'] },
    body: { spec: ['securityContext:', '  runAsUser: 0', 'containers:', '- name: app', '  image: nginx', '- name: sidecar', '  image: envoy', '  securityContext:', '    runAsUser: 1500'] },
    expected: [finding('psp-users-groups', 'spec.containers[0].securityContext.runAsUser', [8, 16, 8, 17])],
  },
  {
    name: 'runAsNonRoot false, inherited and own',
    policy: { spec: ['runAsUser:', '  rule: MustRunAsNonRoot'] },
    body: { spec: ['securityContext:', '  runAsNonRoot: false', 'containers:', '- name: app', '  image: nginx', '- name: sidecar', '  image: envoy', '  securityContext:', '    runAsNonRoot: false'] },
    expected: [
      finding('psp-users-groups', 'spec.containers[0].securityContext.runAsNonRoot', [8, 19, 8, 24]),
      finding('psp-users-groups', 'spec.containers[1].securityContext.runAsNonRoot', [15, 21, 15, 26]),
    ],
  },
  {
    name: 'runAsUser 0 under MustRunAsNonRoot, inherited from the pod',
    policy: { spec: ['runAsUser:', '  rule: MustRunAsNonRoot'] },
    body: { spec: ['securityContext:', '  runAsUser: 0', 'containers:', '- name: app', '  image: nginx'] },
    expected: [finding('psp-users-groups', 'spec.containers[0].securityContext.runAsUser', [8, 16, 8, 17])],
  },
  {
    name: 'runAsGroup (error path `<c>.securityContext`): the runAsGroup value, inherited and own',
    policy: { spec: ['runAsGroup:', '  rule: MustRunAs', '  ranges: [{min: 1000, max: 2000}]'] },
    body: { spec: ['securityContext:', '  runAsGroup: 0', 'containers:', '- name: app', '  image: nginx', '- name: sidecar', '  image: envoy', '  securityContext:', '    runAsGroup: 5'] },
    expected: [
      finding('psp-users-groups', 'spec.containers[0].securityContext', [8, 17, 8, 18]),
      finding('psp-users-groups', 'spec.containers[1].securityContext', [15, 19, 15, 20]),
    ],
  },
  {
    name: 'fsGroup and supplementalGroups: the fsGroup value and the supplementalGroups key',
    policy: { spec: ['fsGroup:', '  rule: MustRunAs', '  ranges: [{min: 1000, max: 2000}]', 'supplementalGroups:', '  rule: MayRunAs', '  ranges: [{min: 1000, max: 2000}]'] },
    body: { spec: ['securityContext:', '  fsGroup: 0', '  supplementalGroups: [1000, 5]', 'containers:', '- name: app', '  image: nginx'] },
    expected: [
      finding('psp-users-groups', 'spec.securityContext.fsGroup', [8, 14, 8, 15]),
      finding('psp-users-groups', 'spec.securityContext.supplementalGroups', [9, 5, 9, 5]),
    ],
  },
  {
    name: 'SELinux: a bad pod-level level (pod and inheriting container), a bad container type',
    policy: { spec: ['seLinux:', '  rule: MustRunAs', '  seLinuxOptions: {level: "s0:c1"}'] },
    body: { spec: ['securityContext:', '  seLinuxOptions:', '    level: "s0:c2"', 'containers:', '- name: app', '  image: nginx', '- name: sidecar', '  image: envoy', '  securityContext:', '    seLinuxOptions: {level: "s0:c1", type: spc_t}'] },
    expected: [
      finding('psp-selinux', 'spec.containers[0].securityContext.seLinuxOptions.level', [9, 15, 9, 20]),
      finding('psp-selinux', 'spec.securityContext.seLinuxOptions.level', [9, 15, 9, 20]),
      finding('psp-selinux', 'spec.containers[1].securityContext.seLinuxOptions.type', [16, 46, 16, 51]),
    ],
  },
  {
    name: 'a container AppArmor profile not allowed (the annotation value), and one missing (the container)',
    policy: { annotations: ['apparmor.security.beta.kubernetes.io/allowedProfileNames: runtime/default'] },
    body: { annotations: ['container.apparmor.security.beta.kubernetes.io/app: unconfined'], spec: ['containers:', '- name: app', '  image: nginx', '- name: sidecar', '  image: envoy'] },
    expected: [
      finding('psp-seccomp-apparmor', 'pod.metadata.annotations[container.apparmor.security.beta.kubernetes.io/app]', [7, 57, 7, 67]),
      finding('psp-seccomp-apparmor', 'pod.metadata.annotations[container.apparmor.security.beta.kubernetes.io/sidecar]', [12, 5, 12, 5]),
    ],
  },
  {
    name: 'sysctls forbidden and unsafe: each list item',
    policy: { spec: ['forbiddenSysctls: [kernel.shm_rmid_forced]'] },
    body: { spec: ['securityContext:', '  sysctls:', '  - name: kernel.shm_rmid_forced', '    value: "1"', '  - name: kernel.msgmax', '    value: "65536"', 'containers:', '- name: app', '  image: nginx'] },
    expected: [
      finding('psp-sysctls', 'pod.spec.securityContext.sysctls[0]', [9, 7, 9, 7]),
      finding('psp-sysctls', 'pod.spec.securityContext.sysctls[1]', [11, 7, 11, 7]),
    ],
  },
  {
    name: 'procMount Unmasked: its value',
    policy: {},
    body: { spec: ['containers:', '- name: app', '  image: nginx', '  securityContext:', '    procMount: Unmasked'] },
    expected: [finding('psp-proc-mount', 'spec.containers[0].securityContext.procMount', [11, 18, 11, 26])],
  },
  {
    name: 'readOnlyRootFilesystem false: its value',
    policy: { spec: ['readOnlyRootFilesystem: true'] },
    body: { spec: ['containers:', '- name: app', '  image: nginx', '  securityContext:', '    readOnlyRootFilesystem: false'] },
    expected: [finding('psp-read-only-root-filesystem', 'spec.containers[0].securityContext.readOnlyRootFilesystem', [11, 31, 11, 36])],
  },
  {
    name: 'allowPrivilegeEscalation true: its value',
    policy: { spec: ['allowPrivilegeEscalation: false'] },
    body: { spec: ['containers:', '- name: app', '  image: nginx', '  securityContext:', '    allowPrivilegeEscalation: true'] },
    expected: [finding('psp-privilege-escalation', 'spec.containers[0].securityContext.allowPrivilegeEscalation', [11, 33, 11, 37])],
  },
  {
    name: 'runtimeClassName not allowed: its value',
    policy: { spec: ['runtimeClass:', '  allowedRuntimeClassNames: [gvisor]'] },
    body: { spec: ['runtimeClassName: kata', 'containers:', '- name: app', '  image: nginx'] },
    expected: [finding('psp-runtime-class', 'spec.runtimeClassName', [7, 21, 7, 25])],
  },
  {
    name: 'a container seccomp annotation and field of its own: the annotation value, the seccompProfile key',
    policy: { annotations: ['seccomp.security.alpha.kubernetes.io/allowedProfileNames: runtime/default', 'seccomp.security.alpha.kubernetes.io/defaultProfileName: runtime/default'] },
    body: {
      annotations: ['container.seccomp.security.alpha.kubernetes.io/app: unconfined'],
      spec: ['containers:', '- name: app', '  image: nginx', '- name: sidecar', '  image: envoy', '  securityContext:', '    seccompProfile: {type: Localhost, localhostProfile: profiles/audit.json}'],
    },
    expected: [
      finding('psp-seccomp-apparmor', 'pod.metadata.annotations[container.seccomp.security.alpha.kubernetes.io/app]', [7, 57, 7, 67]),
      finding('psp-seccomp-apparmor', 'pod.metadata.annotations[container.seccomp.security.alpha.kubernetes.io/sidecar]', [15, 7, 15, 7]),
    ],
  },
  // BUG: a container that sets no seccomp profile inherits the pod's (spec §7.17: container field, container
  // annotation, pod field, pod annotation), and its error should sit where that profile is written, as for
  // inherited runAsUser/SELinux values. Actual: the container's `- name: app` (11:5) for the annotation case.
  {
    name: 'seccomp annotations: the pod annotation for the pod and the container inheriting it, the container annotation',
    policy: {},
    body: {
      annotations: ['seccomp.security.alpha.kubernetes.io/pod: runtime/default', 'container.seccomp.security.alpha.kubernetes.io/sidecar: unconfined'],
      spec: ['containers:', '- name: app', '  image: nginx', '- name: sidecar', '  image: envoy'],
    },
    expected: [
      finding('psp-seccomp-apparmor', 'pod.metadata.annotations[container.seccomp.security.alpha.kubernetes.io/app]', [7, 47, 7, 62]),
      finding('psp-seccomp-apparmor', 'pod.metadata.annotations[seccomp.security.alpha.kubernetes.io/pod]', [7, 47, 7, 62]),
      finding('psp-seccomp-apparmor', 'pod.metadata.annotations[container.seccomp.security.alpha.kubernetes.io/sidecar]', [8, 61, 8, 71]),
    ],
  },
  // BUG: same as above for the 1.19+ fields: the container inheriting the pod-level `seccompProfile` should be
  // located at that field (8:5). Actual: the container's `- name: app` (11:5).
  {
    name: 'seccomp fields: the pod seccompProfile for the pod and the container inheriting it',
    policy: { annotations: ['seccomp.security.alpha.kubernetes.io/allowedProfileNames: runtime/default', 'seccomp.security.alpha.kubernetes.io/defaultProfileName: runtime/default'] },
    body: { spec: ['securityContext:', '  seccompProfile:', '    type: Unconfined', 'containers:', '- name: app', '  image: nginx'] },
    expected: [
      finding('psp-seccomp-apparmor', 'pod.metadata.annotations[container.seccomp.security.alpha.kubernetes.io/app]', [8, 5, 8, 5]),
      finding('psp-seccomp-apparmor', 'pod.metadata.annotations[seccomp.security.alpha.kubernetes.io/pod]', [8, 5, 8, 5]),
    ],
  },
  // BUG: the mount that is not read-only usually has no `readOnly` key at all; the finding should fall back to
  // that mount entry (14:7), the nearest existing ancestor (design §1.3). Actual: the container, `- name: app` (8:5).
  {
    name: 'read-only host path mounts without `readOnly`: the mount entry',
    policy: { spec: ['allowedHostPaths:', '- pathPrefix: /var/log', '  readOnly: true'] },
    body: { spec: ['containers:', '- name: app', '  image: nginx', '  volumeMounts:', '  - name: logs', '    mountPath: /logs', '    readOnly: true', '  - name: logs', '    mountPath: /archive', 'volumes:', '- name: logs', '  hostPath: {path: /var/log/app}'] },
    expected: [finding('psp-host-paths', 'spec.containers[0].volumeMounts[1].readOnly', [14, 7, 14, 7])],
  },
];

const toDeployment = (location: Location): Location => ({ ...shift(location, DEPLOYMENT_SHIFT), file: 'deploy.yaml' });

const lintSuite = suite('lint');

for (const c of CASES) {
  lintSuite(`should locate ${c.name} (Pod)`, () => {
    const result = run([policyFile(policy(c.policy)), { path: 'pod.yaml', text: podManifest(c.body) }]);
    assert.equal(result.diagnostics.map(located), c.expected);
  });
  lintSuite(`should locate ${c.name} (Deployment template)`, () => {
    const result = run([policyFile(policy(c.policy)), { path: 'deploy.yaml', text: deploymentManifest(c.body) }]);
    assert.equal(result.diagnostics.map(located), c.expected.map((expected) => ({ ...expected, location: toDeployment(expected.location) })));
  });
}

lintSuite('should locate the token volume at a written serviceAccountName, the account being declared', () => {
  const account = { path: 'account.yaml', text: lines('apiVersion: v1', 'kind: ServiceAccount', 'metadata:', '  name: web', '  namespace: shop') };
  const body: PodBody = { spec: ['serviceAccountName: web', 'containers:', '- name: app', '  image: nginx'] };
  const result = run([policyFile(policy({ spec: ['volumes: [configMap, secret]'] })), account, { path: 'pod.yaml', text: podManifest(body) }]);
  assert.equal(result.diagnostics.map(located), [finding('psp-volume-types', 'spec.volumes[0]', [7, 23, 7, 26])]);
});

lintSuite('should locate a StatefulSet claim volume at its volumeClaimTemplates entry', () => {
  const statefulSet = lines(
    'apiVersion: apps/v1',
    'kind: StatefulSet',
    'metadata:',
    '  name: db',
    '  namespace: shop',
    'spec:',
    '  serviceName: db',
    '  selector:',
    '    matchLabels: {app: db}',
    '  template:',
    '    metadata:',
    '      labels: {app: db}',
    '    spec:',
    '      containers:',
    '      - name: postgres',
    '        image: postgres:15',
    '        volumeMounts:',
    '        - name: data',
    '          mountPath: /var/lib/postgresql/data',
    '  volumeClaimTemplates:',
    '  - metadata:',
    '      name: data',
    '    spec:',
    '      accessModes: [ReadWriteOnce]',
    '      resources: {requests: {storage: 1Gi}}',
  );
  const result = run([policyFile(policy({ spec: ['volumes: [configMap, secret, projected]'] })), { path: 'db.yaml', text: statefulSet }]);
  assert.equal(result.diagnostics.map(located), [{ ruleId: 'psp-volume-types', location: at('db.yaml', 21, 5), fieldPath: 'spec.volumes[0]' }]);
  assert.is(result.diagnostics[0]?.message, 'spec.volumes[0]: Invalid value: "persistentVolumeClaim": persistentVolumeClaim volumes are not allowed to be used (pod "db-0" of StatefulSet "db")');
});

lintSuite('should count lines from the start of the file when the pod is not its first document', () => {
  const text = lines('apiVersion: v1', 'kind: ConfigMap', 'metadata: {name: web, namespace: shop}', 'data: {key: value}', '---') + podManifest({ spec: ['containers:', '- name: app', '  image: nginx', '  securityContext:', '    privileged: true'] });
  const result = run([policyFile(policy()), { path: 'pod.yaml', text }]);
  assert.equal(result.diagnostics.map(located), [finding('psp-privileged', 'spec.containers[0].securityContext.privileged', [16, 19, 16, 23])]);
});

lintSuite('should locate object-validation errors of a bare Pod at each port value', () => {
  const body: PodBody = { spec: ['initContainers:', '- name: setup', '  image: busybox', '  ports:', '  - containerPort: 70000', 'containers:', '- name: app', '  image: nginx', '  ports:', '  - containerPort: 0', '    hostPort: -1'] };
  const result = run([policyFile(policy()), { path: 'pod.yaml', text: podManifest(body) }]);
  assert.equal(result.diagnostics.map(located), [
    finding('invalid-pod', 'spec.initContainers[0].ports[0].containerPort', [11, 22, 11, 27]),
    finding('invalid-pod', 'spec.containers[0].ports[0].containerPort', [16, 22, 16, 23]),
    finding('invalid-pod', 'spec.containers[0].ports[0].hostPort', [17, 17, 17, 19]),
  ]);
});

// BUG: a workload's object-validation paths already start with `spec.template.spec`, and violationPaths prefixes
// the template path again, so every finding lands on the template's `spec:` key (12:5). Expected: the values.
lintSuite('should locate object-validation errors of a Deployment at each port value', () => {
  const body: PodBody = { spec: ['containers:', '- name: app', '  image: nginx', '  ports:', '  - containerPort: 0', '    hostPort: 70000'] };
  const result = run([policyFile(policy()), { path: 'deploy.yaml', text: deploymentManifest(body) }]);
  assert.equal(result.diagnostics.map(located), [
    { ruleId: 'invalid-pod', location: at('deploy.yaml', 17, 26, 17, 27), fieldPath: 'spec.template.spec.containers[0].ports[0].containerPort' },
    { ruleId: 'invalid-pod', location: at('deploy.yaml', 18, 21, 18, 26), fieldPath: 'spec.template.spec.containers[0].ports[0].hostPort' },
  ]);
});

lintSuite.run();
