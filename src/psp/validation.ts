// Validation of a PodSecurityPolicy object as the API server runs it on create, and its `is invalid` message.
// Mirrors pkg/apis/policy/validation/validation.go (ValidatePodSecurityPolicy, ValidatePodSecurityPolicySpec) and
// apimachinery pkg/api/errors NewInvalid; the field groups live in psp/validation/.

import type { PodSecurityPolicy, PodSecurityPolicySpec } from '../api/policy.js';
import {
  child,
  goBool,
  goCapabilities,
  goString,
  index,
  invalid,
  notSupported,
  quoteGo,
  renderFieldError,
  type FieldError,
  type FieldErrorList,
} from './field.js';
import { validatePolicyAnnotations } from './validation/annotations.js';
import { validateObjectMetaName } from './validation/names.js';
import { validateRuntimeClassStrategy } from './validation/runtime-class.js';
import { validateGroupStrategy, validateRunAsGroup, validateRunAsUser, validateSELinux } from './validation/strategies.js';
import { validateSysctlListsDoNotOverlap, validateSysctlPatterns } from './validation/sysctls.js';
import {
  validateAllowedCSIDrivers,
  validateAllowedFlexVolumes,
  validateAllowedHostPaths,
  validateVolumes,
} from './validation/volumes.js';

export interface ValidatePolicyOptions {
  /** Target Kubernetes minor version (1.x): decides whether `ephemeral` is a volume type (from 19). */
  kubeMinor: number;
}

const ALLOW_ALL_CAPABILITIES = '*';
const PROC_MOUNT_TYPES = ['Default', 'Unmasked'] as const;

/**
 * The field errors the API server reports when this PodSecurityPolicy is created, in upstream order: metadata
 * name, profile annotations, then the spec. A policy with errors is never stored, so it takes no part in admission.
 * Expects the policy as decoded (defaulting optional): an absent `allowPrivilegeEscalation` counts as true.
 * Fields the server drops before validating (e.g. `allowedProcMountTypes` while the ProcMountType gate is off)
 * must be dropped by the caller first (dropDisabledPolicyFields in psp/policy-defaults.ts).
 */
export function validatePodSecurityPolicy(psp: PodSecurityPolicy, opts: ValidatePolicyOptions): FieldError[] {
  // A manifest may lack metadata or spec; Go would see zero values, which is what `{}` stands for here.
  const metadata = psp.metadata ?? {};
  return [
    ...validateObjectMetaName(metadata, 'metadata'),
    ...validatePolicyAnnotations(metadata.annotations, child('metadata', 'annotations')),
    ...validatePodSecurityPolicySpec(psp.spec ?? {}, 'spec', opts),
  ];
}

/** ValidatePodSecurityPolicySpec: the spec checks in upstream order (some paths lack the `spec.` prefix). */
function validatePodSecurityPolicySpec(spec: Partial<PodSecurityPolicySpec>, path: string, opts: ValidatePolicyOptions): FieldErrorList {
  const allowedSysctlsPath = child(path, 'allowedUnsafeSysctls');
  const forbiddenSysctlsPath = child(path, 'forbiddenSysctls');
  return [
    ...validateRunAsUser(child(path, 'runAsUser'), spec.runAsUser),
    ...validateRunAsGroup(child(path, 'runAsGroup'), spec.runAsGroup),
    ...validateSELinux(child(path, 'seLinux'), spec.seLinux),
    ...validateGroupStrategy(child(path, 'supplementalGroups'), spec.supplementalGroups),
    ...validateGroupStrategy(child(path, 'fsGroup'), spec.fsGroup),
    ...validateVolumes(path, spec.volumes, opts.kubeMinor),
    ...validateCapabilities(spec),
    ...validateDefaultAllowPrivilegeEscalation(child(path, 'defaultAllowPrivilegeEscalation'), spec),
    ...validateAllowedProcMountTypes(child(path, 'allowedProcMountTypes'), spec.allowedProcMountTypes),
    ...validateAllowedHostPaths(child(path, 'allowedHostPaths'), spec.allowedHostPaths),
    ...validateAllowedFlexVolumes(child(path, 'allowedFlexVolumes'), spec.allowedFlexVolumes),
    ...validateAllowedCSIDrivers(child(path, 'allowedCSIDrivers'), spec.allowedCSIDrivers),
    ...validateSysctlPatterns(allowedSysctlsPath, spec.allowedUnsafeSysctls),
    ...validateSysctlPatterns(forbiddenSysctlsPath, spec.forbiddenSysctls),
    ...validateSysctlListsDoNotOverlap(allowedSysctlsPath, forbiddenSysctlsPath, spec.allowedUnsafeSysctls, spec.forbiddenSysctls),
    ...validateRuntimeClassStrategy(child(path, 'runtimeClass'), spec.runtimeClass),
  ];
}

/**
 * Capability lists (upstream builds these paths from the root, hence no `spec.`): required drops must be empty
 * when `*` is allowed; no default-add or allowed capability may also be a required drop (case-sensitive).
 */
function validateCapabilities(spec: Partial<PodSecurityPolicySpec>): FieldErrorList {
  const errors: FieldErrorList = [];
  const drops = spec.requiredDropCapabilities;
  if (drops !== undefined && drops.length > 0 && (spec.allowedCapabilities ?? []).includes(ALLOW_ALL_CAPABILITIES)) {
    errors.push(
      invalid('requiredDropCapabilities', goCapabilities(drops), 'must be empty when all capabilities are allowed by a wildcard'),
    );
  }
  errors.push(...validateCapsAgainstDrops(drops, spec.defaultAddCapabilities, 'defaultAddCapabilities'));
  errors.push(...validateCapsAgainstDrops(drops, spec.allowedCapabilities, 'allowedCapabilities'));
  return errors;
}

function validateCapsAgainstDrops(drops: readonly string[] | undefined, caps: readonly string[] | undefined, path: string): FieldErrorList {
  if (drops === undefined) return [];
  return (caps ?? [])
    .filter((cap) => drops.includes(cap))
    .map((cap) => invalid(path, goString(cap), `capability is listed in ${path} and requiredDropCapabilities`));
}

/** `defaultAllowPrivilegeEscalation: true` needs `allowPrivilegeEscalation` true — which absent means (v1beta1). */
function validateDefaultAllowPrivilegeEscalation(path: string, spec: Partial<PodSecurityPolicySpec>): FieldErrorList {
  const allowPrivilegeEscalation = spec.allowPrivilegeEscalation ?? true;
  if (spec.defaultAllowPrivilegeEscalation !== true || allowPrivilegeEscalation) return [];
  return [
    invalid(
      path,
      goBool(true),
      'Cannot set DefaultAllowPrivilegeEscalation to true without also setting AllowPrivilegeEscalation to true',
    ),
  ];
}

/** Each allowed proc mount type must be `Default` or `Unmasked`. */
function validateAllowedProcMountTypes(path: string, types: readonly string[] | undefined): FieldErrorList {
  return (types ?? []).flatMap((type, i) =>
    (PROC_MOUNT_TYPES as readonly string[]).includes(type) ? [] : [notSupported(index(path, i), goString(type), PROC_MOUNT_TYPES)],
  );
}

/**
 * The API server's message for a rejected policy: `PodSecurityPolicy.policy "<name>" is invalid: <e1>` for one
 * error, `…: [<e1>, <e2>]` for several. Errors rendering identically are listed once (ErrorList.ToAggregate).
 */
export function renderInvalidPolicyMessage(name: string, errors: readonly FieldError[]): string {
  const head = `PodSecurityPolicy.policy ${quoteGo(name)} is invalid`;
  const messages = [...new Set(errors.map(renderFieldError))];
  if (messages.length === 0) return head;
  if (messages.length === 1) return `${head}: ${messages[0]}`;
  return `${head}: [${messages.join(', ')}]`;
}
