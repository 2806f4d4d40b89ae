// From a workload manifest to the pod its controller would create (spec §11.1–11.2 and the v1 defaulting
// of §1): template metadata and spec, the workload's namespace, StatefulSet claim volumes first, and the
// defaults the API server applies before admission.

import type { ObjectRef } from '../api/diagnostic.js';
import { VOLUME_SOURCE_FIELDS, type Container, type Pod, type PodSpec, type Volume } from '../api/core.js';
import type { WorkloadKind } from './kinds.js';
import type { PathSegment } from './locate.js';
import type { ManifestObject } from './parse.js';
import { narrow, type ShapeError } from './shape.js';
import { POD_TEMPLATE_SHAPE } from './shapes.js';

/** Who creates the pods of a workload (spec §2.2). */
export type PodCreator =
  | 'user'
  | 'replicaset-controller'
  | 'replication-controller'
  | 'daemon-set-controller'
  | 'statefulset-controller'
  | 'job-controller';

/** A pod podgate judges, with where it came from. */
export interface PodUnderTest {
  source: ManifestObject;
  ref: ObjectRef;
  kind: WorkloadKind;
  /** YAML path of the pod template inside the manifest object (`[]` for a Pod). */
  templatePath: PathSegment[];
  pod: Pod;
  /** The pod name the API server prints (`web-{hash}-`, `db-0`, …). */
  podName: string;
  creator: PodCreator;
  /** For each of `pod.spec.volumes`, the YAML path in the manifest object that declared it. */
  volumeOrigins: PathSegment[][];
}

export interface PodTemplateOptions {
  kubeMinor: number;
}

export type PodTemplateResult = { pod: PodUnderTest } | { errors: ShapeError[] };

/** Where the pod template sits in each workload kind. */
export const TEMPLATE_PATHS: Readonly<Record<WorkloadKind, readonly PathSegment[]>> = {
  Pod: [],
  Deployment: ['spec', 'template'],
  ReplicaSet: ['spec', 'template'],
  StatefulSet: ['spec', 'template'],
  DaemonSet: ['spec', 'template'],
  Job: ['spec', 'template'],
  ReplicationController: ['spec', 'template'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template'],
};

const CREATORS: Record<WorkloadKind, PodCreator> = {
  Pod: 'user',
  Deployment: 'replicaset-controller',
  ReplicaSet: 'replicaset-controller',
  StatefulSet: 'statefulset-controller',
  DaemonSet: 'daemon-set-controller',
  Job: 'job-controller',
  CronJob: 'job-controller',
  ReplicationController: 'replication-controller',
};

function at(value: unknown, path: readonly PathSegment[]): unknown {
  let current = value;
  for (const segment of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

/** Builds the pod a workload creates. Errors are shape errors with paths relative to the object root. */
export function extractPod(source: ManifestObject, ref: ObjectRef, kind: WorkloadKind, options: PodTemplateOptions): PodTemplateResult {
  const templatePath = [...TEMPLATE_PATHS[kind]];
  const template = kind === 'Pod' ? { metadata: source.value.metadata, spec: source.value.spec } : at(source.value, templatePath);
  const errors: ShapeError[] = [];
  if (typeof template !== 'object' || template === null) {
    return { errors: [{ path: templatePath, message: 'the pod template is missing' }] };
  }
  const narrowed = narrow(template, POD_TEMPLATE_SHAPE, templatePath, errors) as Partial<Pod> | undefined;
  const spec = narrowed?.spec;
  if (spec === undefined || spec.containers === undefined || spec.containers.length === 0) {
    errors.push({ path: [...templatePath, 'spec', 'containers'], message: 'Required value: a pod needs at least one container' });
  }
  if (errors.length > 0 || narrowed === undefined || spec === undefined) return { errors };
  // Copies leave fields out rather than `delete` them: a deleted property turns an object into a slow
  // dictionary, and admission reads these objects many times.
  const { name: _name, generateName: _generateName, ...rest }: Pod['metadata'] = narrowed.metadata ?? {};
  const metadata: Pod['metadata'] = rest;
  if (kind === 'Pod') {
    const own = source.value.metadata as { name?: unknown; generateName?: unknown };
    if (typeof own.name === 'string') metadata.name = own.name;
    if (typeof own.generateName === 'string') metadata.generateName = own.generateName;
  }
  metadata.namespace = ref.namespace ?? 'default';
  let podSpec = applyPodDefaults(spec as PodSpec, options);
  let volumeOrigins: PathSegment[][] = (podSpec.volumes ?? []).map((_, i) => [...templatePath, 'spec', 'volumes', i]);
  if (kind === 'StatefulSet') ({ spec: podSpec, origins: volumeOrigins } = withClaimVolumes(podSpec, source.value, ref.name, volumeOrigins));
  return {
    pod: {
      source,
      ref,
      kind,
      templatePath,
      pod: { metadata, spec: podSpec },
      podName: podNameFor(kind, ref.name, source.value, metadata, options.kubeMinor),
      creator: CREATORS[kind],
      volumeOrigins,
    },
  };
}

/** The name in `pods "<name>" is forbidden` (spec §4.4, §11.1). */
function podNameFor(kind: WorkloadKind, name: string, object: Record<string, unknown>, metadata: Pod['metadata'], kubeMinor: number): string {
  switch (kind) {
    case 'Pod':
      return metadata.name || metadata.generateName || 'Unknown';
    case 'Deployment':
      return `${name}-{hash}-`;
    case 'StatefulSet':
      return `${name}-0`;
    case 'CronJob':
      return `${name}-{scheduled}-`;
    case 'Job':
      return at(object, ['spec', 'completionMode']) === 'Indexed' && kubeMinor >= 21 ? `${name}-0-` : `${name}-`;
    default:
      return `${name}-`;
  }
}

/** v1 defaulting that matters to PSP (spec §1) and fields the target version's decoder drops. */
function applyPodDefaults(spec: PodSpec, { kubeMinor }: PodTemplateOptions): PodSpec {
  // EphemeralContainers is off before 1.23: admission does not visit them and the API drops the field.
  const out: PodSpec = kubeMinor < 23 ? without({ ...spec }, 'ephemeralContainers') : { ...spec };
  out.securityContext = kubeMinor < 19 ? without({ ...spec.securityContext }, 'seccompProfile') : { ...spec.securityContext };
  if (!out.serviceAccountName && out.serviceAccount) out.serviceAccountName = out.serviceAccount;
  if (out.volumes) out.volumes = out.volumes.map((volume) => defaultVolume(volume, kubeMinor));
  const hostNetwork = out.hostNetwork === true;
  const visit = (containers: Container[]): Container[] => containers.map((container) => defaultContainer(container, hostNetwork, kubeMinor));
  if (out.initContainers !== undefined) out.initContainers = visit(out.initContainers);
  out.containers = visit(out.containers ?? []);
  if (out.ephemeralContainers !== undefined) out.ephemeralContainers = visit(out.ephemeralContainers);
  return out;
}

/** A copy of `object` without `key` (in the same key order). */
function without<T extends object, K extends keyof T>(object: T, key: K): Omit<T, K> {
  if (!(key in object)) return object;
  const { [key]: _dropped, ...rest } = object;
  return rest;
}

function defaultVolume(volume: Volume, kubeMinor: number): Volume {
  // The 1.15–1.18 decoder does not know generic ephemeral volumes and drops the source.
  const out = (kubeMinor < 19 ? without({ ...volume }, 'ephemeral') : { ...volume }) as Volume;
  if (!VOLUME_SOURCE_FIELDS.some((field) => out[field] !== undefined)) out.emptyDir = {};
  return out;
}

function defaultContainer(container: Container, hostNetwork: boolean, kubeMinor: number): Container {
  const out: Container = { ...container };
  if (hostNetwork && out.ports) {
    out.ports = out.ports.map((port) => (port.hostPort ? port : { ...port, hostPort: port.containerPort ?? 0 }));
  }
  if (kubeMinor < 19 && out.securityContext?.seccompProfile !== undefined) out.securityContext = without({ ...out.securityContext }, 'seccompProfile');
  return out;
}

/** StatefulSet controller: one PVC volume per claim template, first, replacing same-named volumes (§11.2). */
function withClaimVolumes(spec: PodSpec, object: Record<string, unknown>, setName: string, origins: PathSegment[][]): { spec: PodSpec; origins: PathSegment[][] } {
  const templates = at(object, ['spec', 'volumeClaimTemplates']);
  if (!Array.isArray(templates)) return { spec, origins };
  const claims: { name: string; origin: PathSegment[] }[] = [];
  templates.forEach((template, k) => {
    const name = at(template, ['metadata', 'name']);
    if (typeof name === 'string') claims.push({ name, origin: ['spec', 'volumeClaimTemplates', k] });
  });
  if (claims.length === 0) return { spec, origins };
  const names = new Set(claims.map((claim) => claim.name));
  const volumes: Volume[] = claims.map(({ name }) => ({ name, persistentVolumeClaim: { claimName: `${name}-${setName}-0` } }));
  const kept: PathSegment[][] = claims.map((claim) => claim.origin);
  (spec.volumes ?? []).forEach((volume, i) => {
    if (names.has(volume.name)) return;
    volumes.push(volume);
    kept.push(origins[i] ?? []);
  });
  return { spec: { ...spec, volumes }, origins: kept };
}
