// Where in the manifest an admission error belongs: the API server's field path (internal types, `pod.`
// prefixes, annotation keys, defaulted values) turned into candidate YAML paths in the written object,
// most precise first. The locator uses the first that exists, else the nearest ancestor of the last.

import type { Pod } from '../api/core.js';
import { pathSegments, type FieldError } from '../psp/field.js';
import type { PathSegment } from '../load/locate.js';
import type { PodUnderTest } from '../load/pod-templates.js';

const SECCOMP_CONTAINER = 'container.seccomp.security.alpha.kubernetes.io/';
const APPARMOR_CONTAINER = 'container.apparmor.security.beta.kubernetes.io/';

/** Candidate YAML paths (relative to the manifest object) for one admission error on `subject`'s pod. */
export function violationPaths(error: FieldError, subject: PodUnderTest, pod: Pod): PathSegment[][] {
  const base = subject.templatePath;
  const segments = pathSegments(error.path.startsWith('pod.') ? error.path.slice(4) : error.path);
  const [head, second, third] = segments;
  const inTemplate = (...paths: PathSegment[][]): PathSegment[][] => paths.map((path) => [...base, ...path]);
  // Object validation of a workload already reports paths in the object (`spec.template.spec.…`).
  if (base.length > 0 && base.every((segment, i) => segments[i] === segment)) return [segments];

  if (head === 'metadata' && second === 'annotations' && typeof third === 'string') {
    const container = containerByName(pod, third.startsWith(SECCOMP_CONTAINER) ? third.slice(SECCOMP_CONTAINER.length) : third.startsWith(APPARMOR_CONTAINER) ? third.slice(APPARMOR_CONTAINER.length) : undefined);
    const profileField = third.startsWith(SECCOMP_CONTAINER) ? ['securityContext', 'seccompProfile'] : [];
    const candidates: PathSegment[][] = [['metadata', 'annotations', third]];
    // A container without a profile of its own inherits the pod's: field first (1.19+), then annotation.
    if (container && profileField.length > 0) candidates.push([...container, ...profileField]);
    if (profileField.length > 0) candidates.push(['spec', 'securityContext', 'seccompProfile'], ['metadata', 'annotations', 'seccomp.security.alpha.kubernetes.io/pod']);
    else if (third.startsWith('seccomp.')) candidates.push(['spec', 'securityContext', 'seccompProfile']);
    candidates.push(container ?? ['metadata']);
    return inTemplate(...candidates);
  }
  if (head === 'spec' && second === 'securityContext' && (third === 'hostNetwork' || third === 'hostPID' || third === 'hostIPC')) {
    return inTemplate(['spec', third]);
  }
  if (head === 'spec' && second === 'volumes' && typeof third === 'number') {
    const origin = subject.volumeOrigins[third];
    if (origin === undefined) return inTemplate(['spec', 'serviceAccountName'], ['spec', 'automountServiceAccountToken'], ['spec']);
    const rest = segments.slice(3);
    if (rest[0] === 'hostPath') return [[...origin, 'hostPath', 'path'], origin];
    if (rest[0] === 'driver') return [[...origin, 'flexVolume', 'driver'], origin];
    return [[...origin, ...rest], origin];
  }
  if (head === 'spec' && (second === 'containers' || second === 'initContainers' || second === 'ephemeralContainers') && typeof third === 'number') {
    return inTemplate(...containerCandidates(error, segments, pod));
  }
  if (head === 'spec' && second === 'securityContext' && typeof third === 'string') {
    return inTemplate(segments, ['spec', 'securityContext'], ['spec']);
  }
  return inTemplate(segments, ['spec']);
}

function containerByName(pod: Pod, name: string | undefined): PathSegment[] | undefined {
  if (name === undefined) return undefined;
  for (const list of ['initContainers', 'containers', 'ephemeralContainers'] as const) {
    const at = pod.spec[list]?.findIndex((container) => container.name === name) ?? -1;
    if (at !== -1) return ['spec', list, at];
  }
  return undefined;
}

/** Container-level errors: the container's own field, the pod-level field it inherits, the container. */
function containerCandidates(error: FieldError, segments: PathSegment[], pod: Pod): PathSegment[][] {
  const container = segments.slice(0, 3);
  const rest = segments.slice(3);
  if (rest[0] === 'hostPort') {
    const port = error.value?.kind === 'int' ? error.value.value : undefined;
    const [list, index] = [segments[1] as 'containers', segments[2] as number];
    const ports = pod.spec[list]?.[index]?.ports ?? [];
    const j = ports.findIndex((candidate) => candidate.hostPort === port);
    return j === -1 ? [container] : [[...container, 'ports', j, 'hostPort'], [...container, 'ports', j, 'containerPort'], [...container, 'ports', j]];
  }
  if (rest[0] === 'securityContext' && rest[1] === 'capabilities' && rest[2] === 'add' && error.value?.kind === 'string') {
    const [list, index] = [segments[1] as 'containers', segments[2] as number];
    const j = pod.spec[list]?.[index]?.securityContext?.capabilities?.add?.indexOf(error.value.value) ?? -1;
    if (j !== -1) return [[...container, 'securityContext', 'capabilities', 'add', j], container];
  }
  if (rest[0] === 'securityContext') {
    // runAsGroup errors sit at `<c>.securityContext` itself; the value shows which field it is about.
    const field = rest.length === 1 ? ['runAsGroup'] : rest.slice(1);
    const inherited = ['runAsUser', 'runAsGroup', 'runAsNonRoot', 'seLinuxOptions'].includes(String(field[0]));
    const candidates: PathSegment[][] = [[...container, 'securityContext', ...field]];
    if (inherited) candidates.push(['spec', 'securityContext', ...field]);
    candidates.push([...container, 'securityContext'], container);
    return candidates;
  }
  // A mount without `readOnly` (the usual way to be writable): the mount entry, then the container.
  if (rest[0] === 'volumeMounts') return [segments, segments.slice(0, 5), container];
  return [segments, container];
}
