// Every field podgate reads, deleted or given a value of another type, in a Pod and a Deployment that use nearly
// every feature admission looks at: lint() never throws. (Found a crash: a volume or sysctl without a name.)
import { dump } from 'js-yaml';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { DEFAULT_LINT_OPTIONS, lint, type KubernetesVersion } from '../src/lint.js';

const POLICY = `apiVersion: policy/v1beta1
kind: PodSecurityPolicy
metadata:
  name: p
  annotations:
    seccomp.security.alpha.kubernetes.io/allowedProfileNames: '*'
    apparmor.security.beta.kubernetes.io/allowedProfileNames: 'runtime/default'
spec:
  privileged: false
  allowedCapabilities: [NET_ADMIN]
  defaultAddCapabilities: [CHOWN]
  requiredDropCapabilities: [ALL]
  allowedHostPaths: [{pathPrefix: /var, readOnly: true}]
  allowedFlexVolumes: [{driver: x}]
  allowedCSIDrivers: [{name: c}]
  allowedProcMountTypes: [Default]
  allowedUnsafeSysctls: ['net.*']
  forbiddenSysctls: ['kernel.x']
  hostPorts: [{min: 80, max: 90}]
  runAsUser: {rule: MustRunAs, ranges: [{min: 1, max: 100}]}
  runAsGroup: {rule: MustRunAs, ranges: [{min: 1, max: 100}]}
  seLinux: {rule: MustRunAs, seLinuxOptions: {level: s0}}
  supplementalGroups: {rule: MustRunAs, ranges: [{min: 1, max: 100}]}
  fsGroup: {rule: MustRunAs, ranges: [{min: 1, max: 100}]}
  volumes: ['*']
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: {name: r}
rules: [{apiGroups: [policy], resources: [podsecuritypolicies], verbs: [use]}]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: {name: r}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: r}
subjects: [{kind: Group, apiGroup: rbac.authorization.k8s.io, name: system:serviceaccounts}]
`;

/** A Pod that uses nearly every field PSP admission, ServiceAccount admission and Pod Security read. */
const POD = {
  apiVersion: 'v1', kind: 'Pod',
  metadata: { name: 'a', namespace: 'n', annotations: { 'seccomp.security.alpha.kubernetes.io/pod': 'docker/default', 'container.apparmor.security.beta.kubernetes.io/c': 'runtime/default' } },
  spec: {
    serviceAccountName: 'sa', hostNetwork: true, hostPID: false,
    securityContext: { runAsUser: 5, runAsGroup: 5, fsGroup: 5, supplementalGroups: [5], seLinuxOptions: { level: 's0', type: 't' }, sysctls: [{ name: 'net.a', value: '1' }], seccompProfile: { type: 'RuntimeDefault' } },
    initContainers: [{ name: 'i', image: 'x', securityContext: { privileged: false } }],
    containers: [{ name: 'c', image: 'x', ports: [{ containerPort: 80, hostPort: 85 }], volumeMounts: [{ name: 'h', mountPath: '/h', readOnly: true }, { name: 'kube-api-access-x', mountPath: '/var/run/secrets/kubernetes.io/serviceaccount' }], securityContext: { runAsUser: 6, capabilities: { add: ['NET_ADMIN'], drop: ['ALL'] }, procMount: 'Default', allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, seccompProfile: { type: 'Localhost', localhostProfile: 'p' }, seLinuxOptions: { level: 's0' } } }],
    ephemeralContainers: [{ name: 'e', image: 'x' }],
    volumes: [{ name: 'h', hostPath: { path: '/var/log', type: 'Directory' } }, { name: 'f', flexVolume: { driver: 'x' } }, { name: 'c', csi: { driver: 'c' } }, { name: 'kube-api-access-x', projected: { sources: [{ serviceAccountToken: { path: 't' } }] } }],
  },
};

const leafPaths = (value: unknown, at: (string | number)[] = []): (string | number)[][] => {
  const below = value !== null && typeof value === 'object' ? Object.entries(value).flatMap(([key, item]) => leafPaths(item, [...at, Array.isArray(value) ? Number(key) : key])) : [];
  return at.length > 0 ? [...below, at] : below;
};

/** `manifest` with the node at `path` deleted (undefined) or replaced. */
function mutated(manifest: unknown, path: (string | number)[], value: unknown): unknown {
  const copy = JSON.parse(JSON.stringify(manifest)) as Record<string | number, unknown>;
  let parent: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (value !== undefined) parent[last] = value;
  else if (Array.isArray(parent)) parent.splice(last as number, 1);
  else delete parent[last];
  return copy;
}

const asDeployment = (pod: { metadata?: { annotations?: unknown }; spec?: unknown }): unknown => ({
  apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'd', namespace: 'n' },
  spec: { selector: { matchLabels: { a: 'b' } }, template: { metadata: { labels: { a: 'b' }, annotations: pod.metadata?.annotations }, spec: pod.spec } },
});

const fields = suite('every field, mangled');

fields('should never throw when any field of a full-featured Pod or Deployment is deleted or given another type', () => {
  const failures: string[] = [];
  let runs = 0;
  for (const path of leafPaths(POD)) {
    for (const value of [undefined, null, {}, 'x', -1]) {
      const pod = mutated(POD, path, value) as { metadata?: { annotations?: unknown }; spec?: unknown };
      for (const [manifest, version] of [[pod, '1.24'], [asDeployment(pod), '1.19']] as const) {
        runs++;
        try {
          lint([{ path: 'psp.yaml', text: POLICY }, { path: 'pod.yaml', text: dump(manifest) }], { ...DEFAULT_LINT_OPTIONS, kubernetesVersion: version as KubernetesVersion, kubernetesVersionGiven: true });
        } catch (error) {
          if (failures.length < 5) failures.push(`${JSON.stringify(path)} = ${JSON.stringify(value)} (${version}): ${(error as Error).message}`);
        }
      }
    }
  }
  assert.equal(failures, []);
  assert.ok(runs > 500, `${runs} variants`);
});

fields.run();
