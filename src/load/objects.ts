// Sorts parsed manifest objects into what podgate models: cluster objects (PSPs, RBAC, service accounts,
// namespaces) and workloads, narrowed to typed shapes. Wrong shapes become located diagnostics; objects
// of other kinds are noted and skipped.

import type { Diagnostic, ObjectRef, Severity } from '../api/diagnostic.js';
import type { PodSecurityPolicy } from '../api/policy.js';
import type { Role, RoleBinding } from '../api/rbac.js';
import { apiVersionStatus, CLUSTER_KINDS, knownApiVersions, WORKLOAD_KINDS, type ClusterKind, type WorkloadKind } from './kinds.js';
import type { Locator, PathSegment } from './locate.js';
import type { ManifestObject } from './parse.js';
import { narrow, renderShapePath, type Shape, type ShapeError } from './shape.js';
import { BINDING_SHAPE, METADATA_SHAPE, NAMESPACE_SHAPE, PSP_SHAPE, ROLE_SHAPE, SERVICE_ACCOUNT_SHAPE } from './shapes.js';

export interface Sourced<T> {
  source: ManifestObject;
  ref: ObjectRef;
  value: T;
}

export interface ServiceAccountObject {
  namespace: string;
  name: string;
  automountServiceAccountToken?: boolean;
}

/** Cluster state declared by manifests. */
export interface ClusterObjects {
  policies: Sourced<PodSecurityPolicy>[];
  roles: Sourced<Role>[];
  bindings: Sourced<RoleBinding>[];
  serviceAccounts: Sourced<ServiceAccountObject>[];
  namespaces: Sourced<{ name: string }>[];
}

export interface WorkloadObject {
  source: ManifestObject;
  ref: ObjectRef;
  kind: WorkloadKind;
}

export interface ReadObjectsOptions {
  defaultNamespace: string;
  kubeMinor: number;
}

export interface ReadObjectsResult {
  cluster: ClusterObjects;
  workloads: WorkloadObject[];
  diagnostics: Diagnostic[];
}

/** API groups of the kinds podgate models; other groups are custom resources. */
const BUILT_IN_GROUPS: ReadonlySet<string> = new Set(['', 'apps', 'extensions', 'batch', 'policy', 'rbac.authorization.k8s.io']);

const CLUSTER_SCOPED: ReadonlySet<string> = new Set(['PodSecurityPolicy', 'ClusterRole', 'ClusterRoleBinding', 'Namespace']);

/** Classifies and narrows every object; never throws. */
export function readObjects(objects: readonly ManifestObject[], options: ReadObjectsOptions, locator: Locator): ReadObjectsResult {
  const cluster: ClusterObjects = { policies: [], roles: [], bindings: [], serviceAccounts: [], namespaces: [] };
  const workloads: WorkloadObject[] = [];
  const diagnostics: Diagnostic[] = [];
  const report = (source: ManifestObject, ruleId: string, severity: Severity, message: string, path: PathSegment[] = [], ref?: ObjectRef): void => {
    const diagnostic: Diagnostic = { ruleId, severity, message, location: locator.locate(source, path), related: [] };
    if (ref) diagnostic.object = ref;
    diagnostics.push(diagnostic);
  };

  for (const source of objects) {
    const { apiVersion, kind } = source.value;
    // Without a kind it is not a Kubernetes object (Chart.yaml, values, CI config): skipped silently; so is an
    // unknown kind without apiVersion. A kind podgate models without apiVersion is a broken manifest.
    const absent = (value: unknown): boolean => value === undefined || value === null;
    if (absent(kind) || (absent(apiVersion) && !(typeof kind === 'string' && (WORKLOAD_KINDS.has(kind) || CLUSTER_KINDS.has(kind))))) continue;
    if (typeof apiVersion !== 'string' || typeof kind !== 'string' || apiVersion === '' || kind === '') {
      report(source, 'invalid-object', 'error', 'A Kubernetes object needs string `apiVersion` and `kind` fields; this one was not read');
      continue;
    }
    const isWorkload = WORKLOAD_KINDS.has(kind);
    if (!isWorkload && !CLUSTER_KINDS.has(kind)) continue; // other kinds do not take part in pod admission
    const ref = objectRef(source, apiVersion, kind, options.defaultNamespace);
    const known = kind as WorkloadKind | ClusterKind;
    const status = apiVersionStatus(known, apiVersion, options.kubeMinor);
    // A custom resource that shares a built-in kind's name (apps.kruise.io StatefulSet) is not admitted itself.
    if (status === 'unknown' && !BUILT_IN_GROUPS.has(apiVersion.includes('/') ? (apiVersion.split('/')[0] ?? '') : '')) {
      report(source, 'unknown-api-version', 'note', `${apiVersion} ${kind} is a custom resource, not the built-in ${kind}: its pods are created by its operator and are not judged here`, ['apiVersion'], ref);
      continue;
    }
    if (status === 'unknown') {
      report(source, 'unknown-api-version', 'warning', `${kind} is not served as ${apiVersion} (known: ${knownApiVersions(known).join(', ')}); this object was not evaluated`, ['apiVersion'], ref);
      continue;
    }
    if (status === 'not-served') {
      report(source, 'api-version-not-served', 'warning', `Kubernetes 1.${options.kubeMinor} does not serve ${kind} as ${apiVersion}: kubectl apply would fail; podgate evaluates it as the current version`, ['apiVersion'], ref);
    }
    const metadata = source.value.metadata as { name?: unknown; generateName?: unknown } | null | undefined;
    const named = typeof metadata?.name === 'string' && metadata.name !== '';
    const generated = kind === 'Pod' && typeof metadata?.generateName === 'string' && metadata.generateName !== '';
    if (!named && !generated) {
      report(source, 'invalid-object', 'error', `${kind} has no metadata.name; the API server would reject it`, ['metadata'], ref);
      continue;
    }
    const narrowed = narrowObject(source, isWorkload ? METADATA_SHAPE : shapeOf(kind as ClusterKind), (errors) => {
      for (const error of errors) {
        report(source, 'invalid-object', 'error', `${renderShapePath(error.path)}: ${error.message}; the API server would reject this ${kind}`, error.path, ref);
      }
    });
    if (narrowed === undefined) continue;
    if (isWorkload) {
      workloads.push({ source, ref, kind: kind as WorkloadKind });
      continue;
    }
    addClusterObject(cluster, kind as ClusterKind, source, ref, narrowed);
  }
  return { cluster, workloads, diagnostics };
}

function shapeOf(kind: ClusterKind): Shape {
  switch (kind) {
    case 'PodSecurityPolicy':
      return PSP_SHAPE;
    case 'Role':
    case 'ClusterRole':
      return ROLE_SHAPE;
    case 'RoleBinding':
    case 'ClusterRoleBinding':
      return BINDING_SHAPE;
    case 'ServiceAccount':
      return SERVICE_ACCOUNT_SHAPE;
    case 'Namespace':
      return NAMESPACE_SHAPE;
  }
}

function narrowObject(source: ManifestObject, shape: Shape, onErrors: (errors: ShapeError[]) => void): Record<string, unknown> | undefined {
  const errors: ShapeError[] = [];
  const narrowed = narrow(source.value, shape, [], errors) as Record<string, unknown> | undefined;
  if (errors.length > 0) {
    onErrors(errors);
    return undefined;
  }
  return narrowed;
}

function addClusterObject(cluster: ClusterObjects, kind: ClusterKind, source: ManifestObject, ref: ObjectRef, value: Record<string, unknown>): void {
  const metadata = { ...(value.metadata as Record<string, unknown>), name: ref.name } as PodSecurityPolicy['metadata'];
  if (ref.namespace !== undefined) metadata.namespace = ref.namespace;
  else delete metadata.namespace;
  switch (kind) {
    case 'PodSecurityPolicy':
      cluster.policies.push({ source, ref, value: { apiVersion: ref.apiVersion, kind, metadata, spec: (value.spec ?? {}) as PodSecurityPolicy['spec'] } });
      return;
    case 'Role':
    case 'ClusterRole': {
      const role: Role = { kind, metadata, rules: (value.rules ?? []) as Role['rules'] };
      if (value.aggregationRule !== undefined) role.aggregationRule = value.aggregationRule as Role['aggregationRule'];
      cluster.roles.push({ source, ref, value: role });
      return;
    }
    case 'RoleBinding':
    case 'ClusterRoleBinding': {
      const roleRef = (value.roleRef ?? {}) as Partial<RoleBinding['roleRef']>;
      const binding: RoleBinding = {
        kind,
        metadata,
        subjects: ((value.subjects ?? []) as RoleBinding['subjects']).map((subject) => ({ ...subject, kind: subject.kind ?? '', name: subject.name ?? '' })),
        roleRef: { kind: roleRef.kind ?? '', name: roleRef.name ?? '', ...(roleRef.apiGroup !== undefined ? { apiGroup: roleRef.apiGroup } : {}) },
      };
      cluster.bindings.push({ source, ref, value: binding });
      return;
    }
    case 'ServiceAccount': {
      const sa: ServiceAccountObject = { namespace: ref.namespace ?? 'default', name: ref.name };
      if (typeof value.automountServiceAccountToken === 'boolean') sa.automountServiceAccountToken = value.automountServiceAccountToken;
      cluster.serviceAccounts.push({ source, ref, value: sa });
      return;
    }
    case 'Namespace':
      cluster.namespaces.push({ source, ref, value: { name: ref.name } });
      return;
  }
}

function objectRef(source: ManifestObject, apiVersion: string, kind: string, defaultNamespace: string): ObjectRef {
  const metadata = (typeof source.value.metadata === 'object' && source.value.metadata !== null ? source.value.metadata : {}) as Record<string, unknown>;
  const name = typeof metadata.name === 'string' ? metadata.name : typeof metadata.generateName === 'string' ? metadata.generateName : '';
  const ref: ObjectRef = { apiVersion, kind, name };
  if (!CLUSTER_SCOPED.has(kind)) ref.namespace = typeof metadata.namespace === 'string' && metadata.namespace !== '' ? metadata.namespace : defaultNamespace;
  return ref;
}
