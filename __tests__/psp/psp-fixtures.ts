// Shared fixtures for the provider and admission tests: the policies and pods upstream's tables start from
// (provider_test.go defaultPSP/defaultPod, admission_test.go restrictivePSP/permissivePSP/goodPod), a provider
// builder and the fake authorizer of admission_test.go. Not a test file itself (no `.test.ts` suffix).
import type { Container, Pod, PodSecurityContext, Volume } from '../../src/api/core.js';
import type { PodSecurityPolicy, PodSecurityPolicySpec } from '../../src/api/policy.js';
import { createStrategies } from '../../src/psp/factory.js';
import { renderFieldError } from '../../src/psp/field.js';
import { validatePod, type Provider } from '../../src/psp/provider.js';

/** Freezes an object graph, so any attempt to mutate a test input throws. */
export const deepFreeze = <T>(value: T): T => {
  if (typeof value === 'object' && value !== null) Object.values(value).forEach(deepFreeze);
  return Object.freeze(value);
};

/** A plain deep copy (test inputs are plain JSON data). */
export const copy = <T>(value: T): T => structuredClone(value);

/** A provider for `psp` as the API server builds it; a policy whose strategies cannot be built fails the test. */
export function providerFor(psp: PodSecurityPolicy, kubeMinor = 24): Provider {
  const strategies = createStrategies(psp, kubeMinor);
  if ('reasons' in strategies) throw new Error(`policy ${psp.metadata.name} cannot be built: ${strategies.reasons.join(', ')}`);
  return { psp, strategies };
}

const policy = (name: string, spec: PodSecurityPolicySpec, annotations: Record<string, string> = {}): PodSecurityPolicy => ({
  apiVersion: 'policy/v1beta1',
  kind: 'PodSecurityPolicy',
  metadata: { name, annotations },
  spec,
});

/** provider_test.go defaultNamedPSP: every rule RunAsAny, privilege escalation allowed, nothing else. */
export function defaultPSP(name = 'psp-sa', spec: Partial<PodSecurityPolicySpec> = {}, annotations: Record<string, string> = {}): PodSecurityPolicy {
  return policy(
    name,
    {
      runAsUser: { rule: 'RunAsAny' },
      runAsGroup: { rule: 'RunAsAny' },
      seLinux: { rule: 'RunAsAny' },
      fsGroup: { rule: 'RunAsAny' },
      supplementalGroups: { rule: 'RunAsAny' },
      allowPrivilegeEscalation: true,
      ...spec,
    },
    annotations,
  );
}

/** provider_test.go defaultPod: one container `test-c` with `privileged: false`, empty pod security context. */
export function defaultPod(changes: { annotations?: Record<string, string>; podSC?: PodSecurityContext; container?: Partial<Container> } = {}): Pod {
  return {
    metadata: { annotations: changes.annotations ?? {} },
    spec: {
      securityContext: changes.podSC ?? {},
      containers: [{ name: 'test-c', securityContext: { privileged: false }, ...changes.container }],
    },
  };
}

/** defaultPod with `volumes` and changes to its container. */
export const withVolumes = (volumes: Volume[], container: Partial<Container> = {}): Pod => ({ ...defaultPod({ container }), spec: { ...defaultPod({ container }).spec, volumes } });

/** provider_test.go allowFlexVolumesPSP(allowAllFlexVolumes, allowAllVolumes). */
export const flexPSP = (anyDriver: boolean, anyVolume: boolean): PodSecurityPolicy =>
  defaultPSP('psp-sa', { allowedFlexVolumes: anyDriver ? [] : [{ driver: 'example/foo' }, { driver: 'example/bar' }], volumes: [anyVolume ? '*' : 'flexVolume'] });

/** validatePod on frozen inputs (validation must not write), rendered. */
export const validateRendered = (psp: PodSecurityPolicy, pod: Pod): string[] => validatePod(providerFor(deepFreeze(psp)), deepFreeze(pod)).map(renderFieldError);

/** admission_test.go restrictivePSP: MustRunAs 999 for users and all groups, SELinux level `s9:z0,z1`, no escalation. */
export function restrictivePSP(name = 'restrictive', spec: Partial<PodSecurityPolicySpec> = {}, annotations: Record<string, string> = {}): PodSecurityPolicy {
  const only999 = [{ min: 999, max: 999 }];
  return policy(
    name,
    {
      allowPrivilegeEscalation: false,
      runAsUser: { rule: 'MustRunAs', ranges: only999 },
      runAsGroup: { rule: 'MustRunAs', ranges: only999 },
      seLinux: { rule: 'MustRunAs', seLinuxOptions: { level: 's9:z0,z1' } },
      fsGroup: { rule: 'MustRunAs', ranges: only999 },
      supplementalGroups: { rule: 'MustRunAs', ranges: only999 },
      ...spec,
    },
    annotations,
  );
}

/** admission_test.go permissivePSP: host namespaces and ports, all volumes and capabilities, every rule RunAsAny. */
export function permissivePSP(name = 'privileged', spec: Partial<PodSecurityPolicySpec> = {}, annotations: Record<string, string> = {}): PodSecurityPolicy {
  return policy(
    name,
    {
      allowPrivilegeEscalation: true,
      hostIPC: true,
      hostNetwork: true,
      hostPID: true,
      hostPorts: [{ min: 0, max: 65536 }],
      volumes: ['*'],
      allowedCapabilities: ['*'],
      runAsUser: { rule: 'RunAsAny' },
      runAsGroup: { rule: 'RunAsAny' },
      seLinux: { rule: 'RunAsAny' },
      fsGroup: { rule: 'RunAsAny' },
      supplementalGroups: { rule: 'RunAsAny' },
      ...spec,
    },
    annotations,
  );
}

/** admission_test.go goodPod: `pod` in `namespace`, service account `default`, empty security contexts. */
export function goodPod(): Pod {
  return {
    metadata: { name: 'pod', namespace: 'namespace', annotations: {} },
    spec: { serviceAccountName: 'default', securityContext: {}, containers: [{ name: 'test-c', securityContext: {} }] },
  };
}

/** admission_test.go useInitContainers: the regular containers become init containers. */
export function useInitContainers(pod: Pod): Pod {
  return { ...pod, spec: { ...pod.spec, initContainers: pod.spec.containers, containers: [] } };
}

/**
 * admission_test.go TestAuthorizer: identity -> namespace -> policies it may use; namespace `''` means
 * cluster-wide. The authorizer answers with the identity that may use the policy (service account first).
 */
export type AllowTable = Record<string, Record<string, string[]>>;

export function fakeAuthorizer(allowed: AllowTable, namespace: string, identities: readonly (string | undefined)[]): (policy: string) => string | undefined {
  return (policy) =>
    identities.find((identity) => {
      if (identity === undefined) return false;
      const byNamespace = allowed[identity] ?? {};
      return (byNamespace[namespace] ?? []).includes(policy) || (byNamespace[''] ?? []).includes(policy);
    });
}

/** authorizerfactory.NewAlwaysAllowAuthorizer. */
export const allowAll = (): string => 'always-allow';

/** [pod volume source field, PSP FSType name] for every source, in the detection order of spec §7.5. */
export const VOLUME_SOURCES: readonly (readonly [string, string])[] = [
  ['hostPath', 'hostPath'], ['emptyDir', 'emptyDir'], ['gcePersistentDisk', 'gcePersistentDisk'], ['awsElasticBlockStore', 'awsElasticBlockStore'],
  ['gitRepo', 'gitRepo'], ['secret', 'secret'], ['nfs', 'nfs'], ['iscsi', 'iscsi'], ['glusterfs', 'glusterfs'],
  ['persistentVolumeClaim', 'persistentVolumeClaim'], ['rbd', 'rbd'], ['flexVolume', 'flexVolume'], ['cinder', 'cinder'], ['cephfs', 'cephFS'],
  ['flocker', 'flocker'], ['downwardAPI', 'downwardAPI'], ['fc', 'fc'], ['azureFile', 'azureFile'], ['configMap', 'configMap'],
  ['vsphereVolume', 'vsphereVolume'], ['quobyte', 'quobyte'], ['azureDisk', 'azureDisk'], ['photonPersistentDisk', 'photonPersistentDisk'],
  ['storageos', 'storageos'], ['projected', 'projected'], ['portworxVolume', 'portworxVolume'], ['scaleIO', 'scaleIO'], ['csi', 'csi'], ['ephemeral', 'ephemeral'],
];

/** An empty source of the given field, as upstream's reflective tests build it (string fields present, empty). */
export const emptySource = (field: string): Record<string, unknown> => (field === 'hostPath' ? { path: '' } : field === 'flexVolume' || field === 'csi' ? { driver: '' } : {});
