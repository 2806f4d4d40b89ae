// One policy applied to one pod: the defaults it writes (MutatePod, spec §6) and the checks it makes
// (ValidatePod, spec §7), in upstream order so errors come out in the server's order.
// Mirrors pkg/security/podsecuritypolicy/provider.go.

import type { Container, Pod, SecurityContext } from '../api/core.js';
import type { PodSecurityPolicy } from '../api/policy.js';
import { SECCOMP_POD_ANNOTATION } from '../api/policy.js';
import type { ProviderStrategies } from './factory.js';
import { child, goBool, goNull, goString, index, invalid, type FieldError } from './field.js';
import { validatePodVolumes } from './volumes.js';
import { validateHostPorts } from './util/host-ports.js';

export interface Provider {
  psp: PodSecurityPolicy;
  strategies: ProviderStrategies;
}

type ContainerList = 'initContainers' | 'containers' | 'ephemeralContainers';
const LISTS: readonly ContainerList[] = ['initContainers', 'containers', 'ephemeralContainers'];

/** Every container with its field path, in podutil.VisitContainersWithPath order. */
export function visitContainers(pod: Pod, visit: (container: Container, path: string) => void): void {
  for (const list of LISTS) pod.spec[list]?.forEach((container, i) => visit(container, index(`spec.${list}`, i)));
}

/** Applies the policy's defaults to `pod` in place (the caller passes its own copy). */
export function mutatePod(provider: Provider, pod: Pod): void {
  const { strategies, psp } = provider;
  // Like upstream's PodSecurityContextMutator, a missing security context is created only when written to.
  const hadSecurityContext = pod.spec.securityContext !== undefined;
  const sc = (pod.spec.securityContext ??= {});
  if (sc.supplementalGroups === undefined) {
    const groups = strategies.supplementalGroups.generate(pod);
    if (groups !== undefined) sc.supplementalGroups = groups;
  }
  if (sc.fsGroup === undefined) {
    const fsGroup = strategies.fsGroup.generateSingle(pod);
    if (fsGroup !== undefined) sc.fsGroup = fsGroup;
  }
  if (sc.seLinuxOptions === undefined) {
    const options = strategies.seLinux.generate(pod, undefined);
    if (options !== undefined) sc.seLinuxOptions = options;
  }
  // Generated at pod level only: containers inherit it, and a container's own profile is validated.
  const profile = strategies.seccomp.generate(pod.metadata.annotations, pod);
  if (profile !== '') pod.metadata.annotations = { ...pod.metadata.annotations, [SECCOMP_POD_ANNOTATION]: profile };
  if (!hadSecurityContext && Object.keys(sc).length === 0) delete pod.spec.securityContext;
  const runtimeClass = psp.spec.runtimeClass;
  if (runtimeClass?.defaultRuntimeClassName !== undefined && pod.spec.runtimeClassName === undefined) {
    pod.spec.runtimeClassName = runtimeClass.defaultRuntimeClassName;
  }
  // Every container, ephemeral ones included (1.23+ with the EphemeralContainers gate on; a create that sets
  // them is refused by object validation anyway).
  visitContainers(pod, (container) => mutateContainer(provider, pod, container));
}

/** Writes a container-level field only when it differs from the effective (container, else pod) value. */
function setEffective<K extends 'runAsUser' | 'runAsGroup' | 'runAsNonRoot' | 'seLinuxOptions'>(pod: Pod, container: Container, field: K, value: SecurityContext[K]): void {
  if (value === undefined || value === effective(pod, container, field)) return;
  container.securityContext = { ...container.securityContext, [field]: value };
}

/** Writes a container-only field; a security context is created only for a non-nil value. */
function setOwn<K extends keyof SecurityContext>(container: Container, field: K, value: SecurityContext[K]): void {
  if (container.securityContext === undefined && value === undefined) return;
  const sc: SecurityContext = { ...container.securityContext };
  if (value === undefined) delete sc[field];
  else sc[field] = value;
  container.securityContext = sc;
}

function effective<K extends 'runAsUser' | 'runAsGroup' | 'runAsNonRoot' | 'seLinuxOptions'>(pod: Pod, container: Container, field: K): SecurityContext[K] {
  return container.securityContext?.[field] ?? (pod.spec.securityContext?.[field] as SecurityContext[K]);
}

function mutateContainer(provider: Provider, pod: Pod, container: Container): void {
  const { strategies, psp } = provider;
  if (effective(pod, container, 'runAsUser') === undefined) setEffective(pod, container, 'runAsUser', strategies.runAsUser.generate(pod, container));
  if (effective(pod, container, 'runAsGroup') === undefined) setEffective(pod, container, 'runAsGroup', strategies.runAsGroup.generateSingle(pod));
  if (effective(pod, container, 'seLinuxOptions') === undefined) setEffective(pod, container, 'seLinuxOptions', strategies.seLinux.generate(pod, container));
  const annotations = strategies.appArmor.generate(pod.metadata.annotations, container);
  if (
    effective(pod, container, 'runAsNonRoot') === undefined &&
    effective(pod, container, 'runAsUser') === undefined &&
    psp.spec.runAsUser.rule === 'MustRunAsNonRoot'
  ) {
    setEffective(pod, container, 'runAsNonRoot', true);
  }
  const capabilities = strategies.capabilities.generate(pod, container);
  if (capabilities !== container.securityContext?.capabilities) setOwn(container, 'capabilities', capabilities);
  if (psp.spec.readOnlyRootFilesystem === true && container.securityContext?.readOnlyRootFilesystem === undefined) {
    setOwn(container, 'readOnlyRootFilesystem', true);
  }
  if (psp.spec.defaultAllowPrivilegeEscalation !== undefined && container.securityContext?.allowPrivilegeEscalation === undefined) {
    setOwn(container, 'allowPrivilegeEscalation', psp.spec.defaultAllowPrivilegeEscalation);
  }
  if (psp.spec.allowPrivilegeEscalation === false && container.securityContext?.allowPrivilegeEscalation === undefined) {
    setOwn(container, 'allowPrivilegeEscalation', false);
  }
  if (annotations !== undefined) pod.metadata.annotations = annotations;
}

/** Every error the policy finds in `pod`, in upstream order (spec §7.1). */
export function validatePod(provider: Provider, pod: Pod): FieldError[] {
  const { strategies, psp } = provider;
  const errors: FieldError[] = [];
  const sc = pod.spec.securityContext ?? {};
  const scPath = 'spec.securityContext';
  errors.push(...strategies.fsGroup.validate(child(scPath, 'fsGroup'), pod, sc.fsGroup === undefined ? undefined : [sc.fsGroup]));
  errors.push(...strategies.supplementalGroups.validate(child(scPath, 'supplementalGroups'), pod, sc.supplementalGroups));
  errors.push(...strategies.seccomp.validatePod(pod));
  errors.push(...strategies.seLinux.validate(child(scPath, 'seLinuxOptions'), pod, undefined, sc.seLinuxOptions));
  if (psp.spec.hostNetwork !== true && pod.spec.hostNetwork === true) errors.push(invalid(child(scPath, 'hostNetwork'), goBool(true), 'Host network is not allowed to be used'));
  if (psp.spec.hostPID !== true && pod.spec.hostPID === true) errors.push(invalid(child(scPath, 'hostPID'), goBool(true), 'Host PID is not allowed to be used'));
  if (psp.spec.hostIPC !== true && pod.spec.hostIPC === true) errors.push(invalid(child(scPath, 'hostIPC'), goBool(true), 'Host IPC is not allowed to be used'));
  errors.push(...strategies.sysctls.validate(pod));
  errors.push(...validatePodVolumes(psp, pod, visitContainers));
  if (psp.spec.runtimeClass !== undefined) errors.push(...validateRuntimeClassName(pod.spec.runtimeClassName, psp.spec.runtimeClass.allowedRuntimeClassNames));
  visitContainers(pod, (container, path) => errors.push(...validateContainer(provider, pod, container, path)));
  return errors;
}

function validateRuntimeClassName(actual: string | undefined, allowed: string[] | undefined): FieldError[] {
  if (actual === undefined || (allowed ?? []).some((name) => name === '*' || name === actual)) return [];
  return [invalid('spec.runtimeClassName', goString(actual), '')];
}

function validateContainer(provider: Provider, pod: Pod, container: Container, containerPath: string): FieldError[] {
  const { strategies, psp } = provider;
  const errors: FieldError[] = [];
  const scPath = child(containerPath, 'securityContext');
  const own = container.securityContext ?? {};
  const runAsGroup = effective(pod, container, 'runAsGroup');
  errors.push(...strategies.runAsUser.validate(scPath, pod, container, effective(pod, container, 'runAsNonRoot'), effective(pod, container, 'runAsUser')));
  errors.push(...strategies.runAsGroup.validate(scPath, pod, runAsGroup === undefined ? undefined : [runAsGroup]));
  errors.push(...strategies.seLinux.validate(child(scPath, 'seLinuxOptions'), pod, container, effective(pod, container, 'seLinuxOptions')));
  errors.push(...strategies.appArmor.validate(pod, container));
  errors.push(...strategies.seccomp.validateContainer(pod, container));
  if (psp.spec.privileged !== true && own.privileged === true) errors.push(invalid(child(scPath, 'privileged'), goBool(true), 'Privileged containers are not allowed'));
  const procMount = own.procMount ?? 'Default';
  const allowedProcMounts = psp.spec.allowedProcMountTypes?.length ? psp.spec.allowedProcMountTypes : ['Default'];
  if (!allowedProcMounts.includes(procMount)) errors.push(invalid(child(scPath, 'procMount'), goString(procMount), 'ProcMountType is not allowed'));
  errors.push(...strategies.capabilities.validate(child(scPath, 'capabilities'), pod, container, own.capabilities));
  errors.push(...validateHostPorts(psp.spec.hostPorts, container, containerPath));
  if (psp.spec.readOnlyRootFilesystem === true) {
    if (own.readOnlyRootFilesystem === undefined) errors.push(invalid(child(scPath, 'readOnlyRootFilesystem'), goNull, 'ReadOnlyRootFilesystem may not be nil and must be set to true'));
    else if (!own.readOnlyRootFilesystem) errors.push(invalid(child(scPath, 'readOnlyRootFilesystem'), goBool(false), 'ReadOnlyRootFilesystem must be set to true'));
  }
  if (psp.spec.allowPrivilegeEscalation === false && own.allowPrivilegeEscalation !== false) {
    const value = own.allowPrivilegeEscalation === undefined ? goNull : goBool(true);
    errors.push(invalid(child(scPath, 'allowPrivilegeEscalation'), value, 'Allowing privilege escalation for containers is not allowed'));
  }
  return errors;
}
