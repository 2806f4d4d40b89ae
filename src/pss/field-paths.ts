// Where a failed Pod Security Standards check points in the pod: the paths of the fields that make the check fail,
// relative to the pod object (`['spec', 'containers', 0, 'securityContext', 'runAsNonRoot']`), so a finding can be
// reported at the offending line rather than at the pod. The offenders are found with the checks' own predicates
// (exported by the check modules), walked in the order the check walks them, so the first offender named is one
// the check's detail names.
//
// Versions: the caller knows only the check ID. The offender is the one of the newest implementation of the check
// that fails on the pod: the latest one when it fails; otherwise (the pod fails only under an older policy version
// — a Windows pod at allowPrivilegeEscalation v1.24, a sysctl allowed since v1.29, a seccomp annotation before
// v1.19) the newest older one that does. The checks only relax with versions, so that offender is also forbidden
// at the version that was evaluated (the seccomp annotations of v1.0–v1.18 aside, which later versions ignore).

import { ALL_CHECKS } from './checks/index.js';
import { allowsPrivilegeEscalation } from './checks/allow-privilege-escalation.js';
import { allowedAppArmorProfileType, APPARMOR_ANNOTATION_PREFIX, forbiddenAppArmorAnnotations } from './checks/app-armor-profile.js';
import { isDefaultCapability } from './checks/capabilities-baseline.js';
import { isRestrictedAllowedCapability, missesDropAll } from './checks/capabilities-restricted.js';
import { HOST_NAMESPACE_FIELDS } from './checks/host-namespaces.js';
import { isHostPathVolume } from './checks/host-path-volumes.js';
import { forbiddenHostPort } from './checks/host-ports.js';
import { HANDLER_HOST_FIELDS, PROBE_AND_LIFECYCLE_HANDLERS } from './checks/host-probes-and-host-lifecycle.js';
import { isPrivileged } from './checks/privileged.js';
import { forbiddenProcMount } from './checks/proc-mount.js';
import { restrictedVolumeType } from './checks/restricted-volumes.js';
import { runAsNonRootOffenders } from './checks/run-as-non-root.js';
import { setsRootUser } from './checks/run-as-user.js';
import { allowedSeLinuxTypes, seLinuxOptionsViolations } from './checks/se-linux-options.js';
import {
  SECCOMP_CONTAINER_ANNOTATION_PREFIX, SECCOMP_POD_ANNOTATION, validSeccompAnnotationValue, validSeccompType,
} from './checks/seccomp-profile-baseline.js';
import { seccompRestrictedOffenders } from './checks/seccomp-profile-restricted.js';
import { allowedSysctls } from './checks/sysctls.js';
import { get, list, obj, podSecurityContext, securityContext, str, visitContainers, type VisitedContainer } from './checks/util.js';
import { setsHostProcess } from './checks/windows-host-process.js';
import type { Check, PssPod } from './types.js';

/** A path into the pod object: field names and list indices. */
export type FieldPath = (string | number)[];

type Obj = Record<string, unknown>;

/** What a finder sees: the (normalised) pod and the minor version of the check implementation that fails on it. */
interface Subject {
  spec: Obj;
  annotations: Obj;
  minor: number;
}

type Finder = (subject: Subject) => FieldPath[];

const SPEC_SECURITY_CONTEXT: FieldPath = ['spec', 'securityContext'];
const ANNOTATIONS: FieldPath = ['metadata', 'annotations'];

const containerPath = ({ at }: VisitedContainer): FieldPath => ['spec', ...at];
const containerContext = (c: VisitedContainer): FieldPath => [...containerPath(c), 'securityContext'];

/**
 * The candidates for a required container field that is missing or wrong (`['securityContext', 'runAsNonRoot']`):
 * the field when it is set (with a wrong value), then each of its ancestors down to the container.
 */
function requiredContainerField(c: VisitedContainer, fields: readonly string[]): FieldPath[] {
  const base = containerPath(c);
  const candidates: FieldPath[] = [];
  if (get(c.container, ...fields) !== undefined) candidates.push([...base, ...fields]);
  for (let n = fields.length - 1; n >= 1; n--) candidates.push([...base, ...fields.slice(0, n)]);
  candidates.push(base);
  return candidates;
}

/** An annotation path, when the annotation is set: the alternative of a field the API server may have synced from it. */
const annotationIfSet = (annotations: Obj, key: string): FieldPath[] => (Object.hasOwn(annotations, key) ? [[...ANNOTATIONS, key]] : []);

/** A profile field with a forbidden type: its type, the profile (the type may be unset), then the annotation it may come from. */
const profileCandidates = (profile: FieldPath, annotations: Obj, annotationKey: string): FieldPath[] => [
  [...profile, 'type'], profile, ...annotationIfSet(annotations, annotationKey),
];

/** The first container (visit order) `bad` holds for. */
const firstContainer = (spec: Obj, bad: (container: Obj) => boolean): VisitedContainer | undefined =>
  visitContainers(spec).find(({ container }) => bad(container));

/** The field of the first container whose security context `field` is bad: the field alone. */
function containerField(spec: Obj, field: string, bad: (container: Obj) => boolean): FieldPath[] {
  const c = firstContainer(spec, bad);
  return c === undefined ? [] : [[...containerContext(c), field]];
}

// --- one finder per check ID -------------------------------------------------------------------------------------

const allowPrivilegeEscalation: Finder = ({ spec }) => {
  const c = firstContainer(spec, allowsPrivilegeEscalation);
  return c === undefined ? [] : requiredContainerField(c, ['securityContext', 'allowPrivilegeEscalation']);
};

const appArmorProfile: Finder = ({ spec, annotations }) => {
  const podProfile = obj(podSecurityContext(spec)?.appArmorProfile);
  if (podProfile !== undefined && !allowedAppArmorProfileType(str(podProfile.type))) {
    return [[...SPEC_SECURITY_CONTEXT, 'appArmorProfile', 'type'], [...SPEC_SECURITY_CONTEXT, 'appArmorProfile']];
  }
  const c = firstContainer(spec, (container) => {
    const profile = obj(securityContext(container)?.appArmorProfile);
    return profile !== undefined && !allowedAppArmorProfileType(str(profile.type));
  });
  // The field may have been synced from the container's annotation (1.30+ clusters): the annotation is the alternative.
  if (c !== undefined) return profileCandidates([...containerContext(c), 'appArmorProfile'], annotations, APPARMOR_ANNOTATION_PREFIX + c.name);
  const annotation = forbiddenAppArmorAnnotations(annotations)[0];
  return annotation === undefined ? [] : [[...ANNOTATIONS, annotation.key]];
};

const capabilitiesBaseline: Finder = ({ spec }) => {
  for (const c of visitContainers(spec)) {
    const add = list(get(securityContext(c.container), 'capabilities', 'add'));
    const index = add.findIndex((capability) => !isDefaultCapability(str(capability)));
    if (index >= 0) return [[...containerContext(c), 'capabilities', 'add', index]];
  }
  return [];
};

const capabilitiesRestricted: Finder = ({ spec }) => {
  for (const c of visitContainers(spec)) {
    // A missing drop ALL is reported first, so it is named first for a container that does both.
    if (missesDropAll(c.container)) return requiredContainerField(c, ['securityContext', 'capabilities', 'drop']);
    const add = list(get(securityContext(c.container), 'capabilities', 'add'));
    const index = add.findIndex((capability) => !isRestrictedAllowedCapability(str(capability)));
    if (index >= 0) return [[...containerContext(c), 'capabilities', 'add', index]];
  }
  return [];
};

const hostNamespaces: Finder = ({ spec }) => {
  const field = HOST_NAMESPACE_FIELDS.find((f) => spec[f] === true);
  return field === undefined ? [] : [['spec', field]];
};

const hostPathVolumes: Finder = ({ spec }) => {
  const index = list(spec.volumes).findIndex(isHostPathVolume);
  return index < 0 ? [] : [['spec', 'volumes', index, 'hostPath']];
};

const hostPorts: Finder = ({ spec }) => {
  for (const c of visitContainers(spec)) {
    const index = list(c.container.ports).findIndex((port) => forbiddenHostPort(port) !== undefined);
    // The hostPort may be a default (hostNetwork pods): the port is the alternative.
    if (index >= 0) return [[...containerPath(c), 'ports', index, 'hostPort'], [...containerPath(c), 'ports', index]];
  }
  return [];
};

const hostProbesAndHostLifecycle: Finder = ({ spec }) => {
  for (const c of visitContainers(spec)) {
    for (const handler of PROBE_AND_LIFECYCLE_HANDLERS) {
      for (const field of HANDLER_HOST_FIELDS) {
        if (str(get(c.container, ...handler, ...field)) !== '') return [[...containerPath(c), ...handler, ...field]];
      }
    }
  }
  return [];
};

const privileged: Finder = ({ spec }) => containerField(spec, 'privileged', isPrivileged);

const procMount: Finder = ({ spec }) => containerField(spec, 'procMount', (container) => forbiddenProcMount(container) !== undefined);

const restrictedVolumes: Finder = ({ spec }) => {
  const volumes = list(spec.volumes);
  const index = volumes.findIndex((volume) => restrictedVolumeType(volume) !== undefined);
  if (index < 0) return [];
  const type = restrictedVolumeType(volumes[index]);
  const volume: FieldPath = ['spec', 'volumes', index];
  return type === undefined || type === 'unknown' ? [volume] : [[...volume, type]];
};

const runAsNonRoot: Finder = ({ spec }) => {
  const { podSetsFalse, explicitlyBad, implicitlyBad } = runAsNonRootOffenders(spec);
  if (podSetsFalse) return [[...SPEC_SECURITY_CONTEXT, 'runAsNonRoot']];
  const explicit = explicitlyBad[0];
  if (explicit !== undefined) return [[...containerContext(explicit), 'runAsNonRoot']];
  const implicit = implicitlyBad[0];
  return implicit === undefined ? [] : requiredContainerField(implicit, ['securityContext', 'runAsNonRoot']);
};

const runAsUser: Finder = ({ spec }) =>
  setsRootUser(podSecurityContext(spec))
    ? [[...SPEC_SECURITY_CONTEXT, 'runAsUser']]
    : containerField(spec, 'runAsUser', (container) => setsRootUser(securityContext(container)));

const seLinuxOptions: Finder = ({ spec, minor }) => {
  const allowed = allowedSeLinuxTypes(minor);
  /** The forbidden field of one seLinuxOptions object (type, else user, else role); undefined when all is allowed. */
  const badField = (options: Obj | undefined): string | undefined => {
    if (options === undefined) return undefined;
    const { badType, userSet, roleSet } = seLinuxOptionsViolations(options, allowed);
    return badType !== undefined ? 'type' : userSet ? 'user' : roleSet ? 'role' : undefined;
  };
  const candidates = (base: FieldPath, field: string): FieldPath[] => [[...base, 'seLinuxOptions', field], [...base, 'seLinuxOptions']];
  const podField = badField(obj(podSecurityContext(spec)?.seLinuxOptions));
  if (podField !== undefined) return candidates(SPEC_SECURITY_CONTEXT, podField);
  for (const c of visitContainers(spec)) {
    const field = badField(obj(securityContext(c.container)?.seLinuxOptions));
    if (field !== undefined) return candidates(containerContext(c), field);
  }
  return [];
};

const seccompProfileBaseline: Finder = ({ spec, annotations, minor }) => {
  if (minor < 19) {
    // v1.0–v1.18 read the annotations only: the pod's, then each container's. On 1.19–1.24 clusters an annotation
    // may have been synced from the field: the field is the alternative.
    const badAnnotation = (key: string): boolean => Object.hasOwn(annotations, key) && !validSeccompAnnotationValue(str(annotations[key]));
    if (badAnnotation(SECCOMP_POD_ANNOTATION)) return [[...ANNOTATIONS, SECCOMP_POD_ANNOTATION], [...SPEC_SECURITY_CONTEXT, 'seccompProfile']];
    const c = visitContainers(spec).find(({ name }) => badAnnotation(SECCOMP_CONTAINER_ANNOTATION_PREFIX + name));
    if (c === undefined) return [];
    return [[...ANNOTATIONS, SECCOMP_CONTAINER_ANNOTATION_PREFIX + c.name], [...containerContext(c), 'seccompProfile']];
  }
  const badProfile = (context: Obj | undefined): boolean => {
    const profile = obj(context?.seccompProfile);
    return profile !== undefined && !validSeccompType(str(profile.type));
  };
  if (badProfile(podSecurityContext(spec))) return profileCandidates([...SPEC_SECURITY_CONTEXT, 'seccompProfile'], annotations, SECCOMP_POD_ANNOTATION);
  const c = firstContainer(spec, (container) => badProfile(securityContext(container)));
  return c === undefined ? [] : profileCandidates([...containerContext(c), 'seccompProfile'], annotations, SECCOMP_CONTAINER_ANNOTATION_PREFIX + c.name);
};

const seccompProfileRestricted: Finder = ({ spec, annotations }) => {
  const { podBadType, explicitlyBad, implicitlyBad } = seccompRestrictedOffenders(spec);
  // Fields may have been synced from the annotations on 1.19–1.26 clusters: the annotation is the alternative.
  if (podBadType !== undefined) return profileCandidates([...SPEC_SECURITY_CONTEXT, 'seccompProfile'], annotations, SECCOMP_POD_ANNOTATION);
  const explicit = explicitlyBad[0];
  if (explicit !== undefined) {
    return profileCandidates([...containerContext(explicit), 'seccompProfile'], annotations, SECCOMP_CONTAINER_ANNOTATION_PREFIX + explicit.name);
  }
  const implicit = implicitlyBad[0];
  return implicit === undefined ? [] : requiredContainerField(implicit, ['securityContext', 'seccompProfile']);
};

const sysctls: Finder = ({ spec, minor }) => {
  const allowed = allowedSysctls(minor);
  const index = list(podSecurityContext(spec)?.sysctls).findIndex((sysctl) => !allowed.has(str(get(sysctl, 'name'))));
  const sysctl: FieldPath = [...SPEC_SECURITY_CONTEXT, 'sysctls', index];
  // The name may be unset (then '' is forbidden): the item is the alternative.
  return index < 0 ? [] : [[...sysctl, 'name'], sysctl];
};

const windowsHostProcess: Finder = ({ spec }) => {
  const hostProcess = ['windowsOptions', 'hostProcess'];
  if (setsHostProcess(podSecurityContext(spec))) return [[...SPEC_SECURITY_CONTEXT, ...hostProcess]];
  const c = firstContainer(spec, (container) => setsHostProcess(securityContext(container)));
  return c === undefined ? [] : [[...containerContext(c), ...hostProcess]];
};

const FINDERS: Record<string, Finder> = {
  allowPrivilegeEscalation,
  appArmorProfile,
  capabilities_baseline: capabilitiesBaseline,
  capabilities_restricted: capabilitiesRestricted,
  hostNamespaces,
  hostPathVolumes,
  hostPorts,
  hostProbesAndHostLifecycle,
  privileged,
  procMount,
  procMount_restricted: procMount,
  restrictedVolumes,
  runAsNonRoot,
  runAsUser,
  seLinuxOptions,
  seccompProfile_baseline: seccompProfileBaseline,
  seccompProfile_restricted: seccompProfileRestricted,
  sysctls,
  windowsHostProcess,
};

const CHECKS = new Map<string, Check>(ALL_CHECKS.map((check) => [check.id, check]));

/** The minor version of the newest implementation of `check` that fails on `pod`; undefined when none does. */
function newestFailingMinor(check: Check, pod: PssPod): number | undefined {
  for (let i = check.versions.length - 1; i >= 0; i--) {
    const version = check.versions[i]!;
    if (!version.checkPod(pod).allowed) return version.minimumVersion.minor;
  }
  return undefined;
}

/** The pod with a metadata object, an annotations object and a spec object, whatever the input holds. */
function normalise(pod: unknown): PssPod & { metadata: { annotations: Record<string, string> } } {
  const source = obj(pod);
  const annotations = obj(obj(source?.metadata)?.annotations) ?? {};
  return { metadata: { annotations: annotations as Record<string, string> }, spec: obj(source?.spec) ?? {} };
}

/**
 * Candidate paths (relative to the pod object: ['spec', 'containers', 0, 'securityContext', 'runAsNonRoot']) of the
 * fields that make check `checkId` fail on `pod`, most specific first; [] when none can be named (an unknown ID, or
 * a pod the check allows at every version).
 *
 * The candidates all locate one offender, the first the check reports (pod-level settings before containers,
 * containers in visit order: init, regular, ephemeral). A field set to a forbidden value is named itself; a
 * required field that is missing or wrong (runAsNonRoot, seccompProfile, allowPrivilegeEscalation, capabilities drop
 * ALL) is named when set, followed by its ancestors down to the container. A field the API server may have derived
 * from another one (an AppArmor or seccomp field synced from its annotation, a hostPort defaulted for a hostNetwork
 * pod) is followed by that alternative. The caller uses the first candidate present in the manifest.
 */
export function failingFieldPaths(checkId: string, pod: PssPod): (string | number)[][] {
  try {
    const check = CHECKS.get(checkId);
    const finder = check === undefined ? undefined : FINDERS[check.id];
    if (check === undefined || finder === undefined) return [];
    const normalised = normalise(pod);
    const minor = newestFailingMinor(check, normalised);
    if (minor === undefined) return [];
    return finder({ spec: normalised.spec, annotations: normalised.metadata.annotations, minor });
  } catch {
    // Never throw on odd input: a finding without a field path is reported at the pod.
    return [];
  }
}
