// policy/v1beta1 PodSecurityPolicy as stored by the API server (after v1beta1 defaulting).
// Mirrors k8s.io/api/policy/v1beta1 types.go; rule values are kept as strings because a manifest may
// carry any string and the object validator (psp/validation.ts) is what rejects unknown ones.

import type { ObjectMeta, SELinuxOptions } from './core.js';

export interface IDRange {
  min: number;
  max: number;
}

export interface HostPortRange {
  min: number;
  max: number;
}

/** `runAsUser`: MustRunAs | MustRunAsNonRoot | RunAsAny. */
export interface RunAsUserStrategyOptions {
  rule: string;
  ranges?: IDRange[];
}

/** `runAsGroup`, `supplementalGroups`, `fsGroup`: MustRunAs | MayRunAs | RunAsAny. */
export interface GroupStrategyOptions {
  rule?: string;
  ranges?: IDRange[];
}

/** `seLinux`: MustRunAs | RunAsAny. */
export interface SELinuxStrategyOptions {
  rule: string;
  seLinuxOptions?: SELinuxOptions;
}

export interface AllowedHostPath {
  pathPrefix?: string;
  readOnly?: boolean;
}

export interface RuntimeClassStrategyOptions {
  allowedRuntimeClassNames?: string[];
  defaultRuntimeClassName?: string;
}

export interface PodSecurityPolicySpec {
  privileged?: boolean;
  defaultAddCapabilities?: string[];
  requiredDropCapabilities?: string[];
  allowedCapabilities?: string[];
  volumes?: string[];
  hostNetwork?: boolean;
  hostPorts?: HostPortRange[];
  hostPID?: boolean;
  hostIPC?: boolean;
  seLinux: SELinuxStrategyOptions;
  runAsUser: RunAsUserStrategyOptions;
  runAsGroup?: GroupStrategyOptions;
  supplementalGroups: GroupStrategyOptions;
  fsGroup: GroupStrategyOptions;
  readOnlyRootFilesystem?: boolean;
  defaultAllowPrivilegeEscalation?: boolean;
  /** Defaulted to true by v1beta1 defaulting when absent (see cluster/model.ts). */
  allowPrivilegeEscalation?: boolean;
  allowedHostPaths?: AllowedHostPath[];
  allowedFlexVolumes?: { driver?: string }[];
  allowedCSIDrivers?: { name?: string }[];
  allowedUnsafeSysctls?: string[];
  forbiddenSysctls?: string[];
  allowedProcMountTypes?: string[];
  runtimeClass?: RuntimeClassStrategyOptions;
}

export interface PodSecurityPolicy {
  apiVersion: string;
  kind: 'PodSecurityPolicy';
  metadata: ObjectMeta & { name: string };
  spec: PodSecurityPolicySpec;
}

// Annotation keys read from policies and pods (k8s.io/api/core/v1 annotation_key_constants.go).
export const SECCOMP_POD_ANNOTATION = 'seccomp.security.alpha.kubernetes.io/pod';
export const SECCOMP_CONTAINER_ANNOTATION_PREFIX = 'container.seccomp.security.alpha.kubernetes.io/';
export const SECCOMP_ALLOWED_PROFILES_ANNOTATION = 'seccomp.security.alpha.kubernetes.io/allowedProfileNames';
export const SECCOMP_DEFAULT_PROFILE_ANNOTATION = 'seccomp.security.alpha.kubernetes.io/defaultProfileName';
export const APPARMOR_CONTAINER_ANNOTATION_PREFIX = 'container.apparmor.security.beta.kubernetes.io/';
export const APPARMOR_ALLOWED_PROFILES_ANNOTATION = 'apparmor.security.beta.kubernetes.io/allowedProfileNames';
export const APPARMOR_DEFAULT_PROFILE_ANNOTATION = 'apparmor.security.beta.kubernetes.io/defaultProfileName';
export const PSP_ANNOTATION = 'kubernetes.io/psp';
