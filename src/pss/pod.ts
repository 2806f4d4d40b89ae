// From a decoded manifest object (a Pod, or a workload's pod template) to the PssPod PodSecurity sees: template
// extraction (spec §3.1), decoding, and the API-server pre-processing of §3.2 that matters to PSA. Mirrors
// admission.go extractPodSpecFromTemplate, core/v1 defaults.go and pod strategy.go PrepareForCreate.

import { CONTAINER_LISTS } from '../api/core.js';
import type { WorkloadKind } from '../load/kinds.js';
import { narrow, type Shape, type ShapeError } from '../load/shape.js';
import type { PssPod } from './types.js';
import { TEMPLATE_PATHS } from '../load/pod-templates.js';

/** The kinds whose objects PSA evaluates (spec §3.1): a Pod, or a pod-template holder. */
export type PssObjectKind = WorkloadKind | 'PodTemplate';

/** Where the pod template sits in each kind: the workloads' paths, plus PodTemplate. */
export const PSS_TEMPLATE_PATHS: Record<PssObjectKind, readonly string[]> = {
  ...(TEMPLATE_PATHS as Record<WorkloadKind, readonly string[]>),
  PodTemplate: ['template'],
};

/** Kinds whose template is a pointer in Go: absent means "nothing to evaluate" (allowed). */
const OPTIONAL_TEMPLATE: ReadonlySet<PssObjectKind> = new Set(['PodTemplate', 'ReplicationController']);

export interface PssPodOptions {
  /** Target cluster minor version: decides which fields exist and which pre-processing steps run. */
  kubeMinor: number;
  /**
   * Apply the Pod-only steps of §3.2 (host-network port defaulting on ≥1.28, seccomp and AppArmor
   * annotation/field sync). Default: true for a Pod, false for a template as written; true for a template
   * predicts the Pod its controller creates.
   */
  asPod?: boolean;
}

/** `pod`: what PSA evaluates; `noTemplate`: PSA allows without evaluating; `errors`: the object fails decoding. */
export type PssPodResult = { pod: PssPod } | { noTemplate: true } | { errors: ShapeError[] };

const strings: Shape = { array: 'string' };
const profile: Shape = { object: { type: 'string', localhostProfile: 'string' } };
const seLinuxOptions: Shape = { object: { user: 'string', role: 'string', type: 'string', level: 'string' } };
const windowsOptions: Shape = { object: { hostProcess: 'bool' } };
const host: Shape = { object: { host: 'string' } };
const handler: Shape = { object: { httpGet: host, tcpSocket: host, exec: 'present', grpc: 'present', sleep: 'present' } };

const container: Shape = {
  object: {
    name: 'string',
    image: 'string',
    ports: { array: { object: { containerPort: 'int32', hostPort: 'int32' } } },
    securityContext: {
      object: {
        privileged: 'bool',
        capabilities: { object: { add: strings, drop: strings } },
        allowPrivilegeEscalation: 'bool',
        runAsNonRoot: 'bool',
        runAsUser: 'int64',
        procMount: 'string',
        seccompProfile: profile,
        seLinuxOptions,
        windowsOptions,
        appArmorProfile: profile,
      },
    },
    livenessProbe: handler,
    readinessProbe: handler,
    startupProbe: handler,
    lifecycle: { object: { postStart: handler, preStop: handler } },
  },
};

/** Every volume source of the current API (`image` included); only their presence matters to PSA. */
export const PSS_VOLUME_SOURCES = [
  'hostPath', 'emptyDir', 'gcePersistentDisk', 'awsElasticBlockStore', 'gitRepo', 'secret', 'nfs', 'iscsi',
  'glusterfs', 'persistentVolumeClaim', 'rbd', 'flexVolume', 'cinder', 'cephfs', 'flocker', 'downwardAPI', 'fc',
  'azureFile', 'configMap', 'vsphereVolume', 'quobyte', 'azureDisk', 'photonPersistentDisk', 'storageos',
  'projected', 'portworxVolume', 'scaleIO', 'csi', 'ephemeral', 'image',
] as const;

const volume: Shape = { object: { name: 'string', ...Object.fromEntries(PSS_VOLUME_SOURCES.map((source) => [source, 'present' as const])) } };

/**
 * The pod template fields PodSecurity reads (spec §2), as the Go types declare them. The template is narrowed
 * with it (load/shape.ts): null is unset, unknown fields are dropped, a wrong type is an error (the API server
 * would refuse the object). The projection is fresh, so pre-processing never mutates the input. A field a check
 * reads must be listed here, or the check never sees it.
 */
export const PSS_TEMPLATE_SHAPE: Shape = {
  object: {
    metadata: { object: { annotations: 'stringMap' } },
    spec: {
      object: {
        hostNetwork: 'bool',
        hostPID: 'bool',
        hostIPC: 'bool',
        hostUsers: 'bool',
        os: { object: { name: 'string' } },
        runtimeClassName: 'string',
        securityContext: {
          object: {
            runAsNonRoot: 'bool',
            runAsUser: 'int64',
            seccompProfile: profile,
            seLinuxOptions,
            sysctls: { array: { object: { name: 'string' } } },
            windowsOptions,
            appArmorProfile: profile,
          },
        },
        volumes: { array: volume },
        initContainers: { array: container },
        containers: { array: container },
        ephemeralContainers: { array: container },
      },
    },
  },
};

type Obj = Record<string, unknown>;
const isObj = (value: unknown): value is Obj => typeof value === 'object' && value !== null && !Array.isArray(value);

function at(value: unknown, path: readonly string[]): unknown {
  let current = value;
  for (const segment of path) current = isObj(current) ? current[segment] : undefined;
  return current;
}

/** Extracts, decodes and pre-processes the pod PSA evaluates for `object` of `kind` (spec §3.1–§3.2). */
export function toPssPod(object: Obj, kind: PssObjectKind, options: PssPodOptions): PssPodResult {
  const path = PSS_TEMPLATE_PATHS[kind];
  const template = kind === 'Pod' ? { metadata: object.metadata, spec: object.spec } : at(object, path);
  if ((template === undefined || template === null) && OPTIONAL_TEMPLATE.has(kind)) return { noTemplate: true };
  const errors: ShapeError[] = [];
  const narrowed = narrow(template, PSS_TEMPLATE_SHAPE, [...path], errors) as { metadata?: Obj; spec?: Obj } | undefined;
  if (errors.length > 0) return { errors };
  const annotations = { ...(narrowed?.metadata?.annotations as Record<string, string> | undefined) };
  const pod = { metadata: { annotations }, spec: narrowed?.spec ?? {} };
  prepare(pod, { kubeMinor: options.kubeMinor, asPod: options.asPod ?? kind === 'Pod' });
  if (Object.keys(pod.metadata.annotations).length === 0) return { pod: { metadata: {}, spec: pod.spec } };
  return { pod };
}

interface MutablePod {
  metadata: { annotations: Record<string, string> };
  spec: Obj;
}

/** The §3.2 steps in API-server order: decode (fields the target does not know), defaulting, PrepareForCreate. */
function prepare(pod: MutablePod, { kubeMinor, asPod }: Required<PssPodOptions>): void {
  const { spec } = pod;
  const containers = CONTAINER_LISTS.flatMap((list) => (Array.isArray(spec[list]) ? (spec[list] as Obj[]) : []));
  const securityContexts = [spec.securityContext, ...containers.map((c) => c.securityContext)].filter(isObj);
  // Fields the target's decoder does not know (or drops with their feature off) never reach PSA.
  if (kubeMinor < 19) for (const sc of securityContexts) delete sc.seccompProfile;
  if (kubeMinor < 30) for (const sc of securityContexts) delete sc.appArmorProfile;
  if (kubeMinor < 23) delete spec.ephemeralContainers;
  // SetDefaults_Volume: a volume without any source becomes emptyDir.
  if (Array.isArray(spec.volumes)) {
    for (const v of spec.volumes as Obj[]) if (!PSS_VOLUME_SOURCES.some((source) => v[source] !== undefined)) v.emptyDir = {};
  }
  // Host-network port defaulting: Pods always; templates too while DefaultHostNetworkHostPortsInPodTemplates was on.
  if (spec.hostNetwork === true && (asPod || kubeMinor < 28)) {
    for (const list of ['containers', 'initContainers'] as const) {
      for (const c of Array.isArray(spec[list]) ? (spec[list] as Obj[]) : []) {
        for (const port of Array.isArray(c.ports) ? (c.ports as Obj[]) : []) if (!port.hostPort) port.hostPort = port.containerPort ?? 0;
      }
    }
  }
  if (!asPod) return;
  if (kubeMinor >= 19 && kubeMinor <= 26) syncSeccomp(pod, kubeMinor <= 24);
  if (kubeMinor >= 30 && at(spec, ['os', 'name']) !== 'windows') syncAppArmor(pod, kubeMinor <= 34);
}

const SECCOMP_POD = 'seccomp.security.alpha.kubernetes.io/pod';
const SECCOMP_CONTAINER = 'container.seccomp.security.alpha.kubernetes.io/';
const APPARMOR_CONTAINER = 'container.apparmor.security.beta.kubernetes.io/';

/** Annotation value → profile field (`runtime/default`, `unconfined`, `localhost/<p>`); undefined if none. */
function profileForAnnotation(value: string, dockerDefault: boolean): Obj | undefined {
  if (value === 'runtime/default' || (dockerDefault && value === 'docker/default')) return { type: 'RuntimeDefault' };
  if (value === 'unconfined') return { type: 'Unconfined' };
  const localhost = value.startsWith('localhost/') ? value.slice('localhost/'.length) : '';
  return localhost === '' ? undefined : { type: 'Localhost', localhostProfile: localhost };
}

/** Profile field → annotation value; '' when it has none (an unknown type, Localhost without a profile). */
function annotationForProfile(profile: Obj): string {
  if (profile.type === 'Unconfined') return 'unconfined';
  if (profile.type === 'RuntimeDefault') return 'runtime/default';
  if (profile.type === 'Localhost' && typeof profile.localhostProfile === 'string') return `localhost/${profile.localhostProfile}`;
  return '';
}

/** The seccomp annotation ↔ field sync of 1.19–1.26 clusters (field → annotation only to 1.24). */
function syncSeccomp(pod: MutablePod, fieldToAnnotation: boolean): void {
  const { annotations } = pod.metadata;
  const sync = (key: string, owner: Obj, setContext: (sc: Obj) => void): void => {
    const sc = isObj(owner.securityContext) ? owner.securityContext : undefined;
    const field = isObj(sc?.seccompProfile) ? sc.seccompProfile : undefined;
    const annotation = annotations[key];
    if (field !== undefined && annotation === undefined) {
      const value = annotationForProfile(field);
      if (fieldToAnnotation && value !== '') annotations[key] = value;
    } else if (annotation !== undefined && field === undefined) {
      const profile = profileForAnnotation(annotation, true);
      if (profile !== undefined) setContext({ ...sc, seccompProfile: profile });
    }
  };
  sync(SECCOMP_POD, pod.spec, (sc) => (pod.spec.securityContext = sc));
  for (const list of CONTAINER_LISTS) {
    for (const c of Array.isArray(pod.spec[list]) ? (pod.spec[list] as Obj[]) : []) {
      sync(SECCOMP_CONTAINER + String(c.name ?? ''), c, (sc) => (c.securityContext = sc));
    }
  }
}

/** applyAppArmorVersionSkew (1.30+; field → annotation only to 1.34), for non-Windows pods. */
function syncAppArmor(pod: MutablePod, fieldToAnnotation: boolean): void {
  const { annotations } = pod.metadata;
  const podProfile = at(pod.spec, ['securityContext', 'appArmorProfile']);
  for (const list of CONTAINER_LISTS) {
    for (const c of Array.isArray(pod.spec[list]) ? (pod.spec[list] as Obj[]) : []) {
      const key = APPARMOR_CONTAINER + String(c.name ?? '');
      const field = at(c, ['securityContext', 'appArmorProfile']);
      const annotation = annotations[key];
      if (annotation === undefined) {
        const source = isObj(field) ? field : isObj(podProfile) ? podProfile : undefined;
        const value = source === undefined ? '' : annotationForProfile(source);
        if (fieldToAnnotation && value !== '') annotations[key] = value;
      } else if (field === undefined) {
        const profile = profileForAnnotation(annotation, false);
        if (profile !== undefined && !sameProfile(profile, podProfile)) c.securityContext = { ...(isObj(c.securityContext) ? c.securityContext : {}), appArmorProfile: profile };
      }
    }
  }
}

function sameProfile(a: Obj, b: unknown): boolean {
  return isObj(b) && a.type === b.type && a.localhostProfile === b.localhostProfile;
}
