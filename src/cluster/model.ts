// The in-memory cluster: the repository's and `--cluster` objects plus the built-ins every cluster has,
// indexed for admission (RBAC with aggregation resolved, service accounts by namespace/name). One object
// per name and kind, the last one read winning, as with `kubectl apply` of the whole set.

import type { Diagnostic, ObjectRef } from '../api/diagnostic.js';
import type { PodSecurityPolicy } from '../api/policy.js';
import type { Role, RoleBinding } from '../api/rbac.js';
import type { Locator } from '../load/locate.js';
import type { ClusterObjects, ServiceAccountObject, Sourced } from '../load/objects.js';
import { aggregateClusterRoles } from './aggregation.js';
import { bootstrapBindings, bootstrapRoleNames, bootstrapRoles } from './bootstrap.js';
import { buildAuthorizer, findDanglingRoleRefs, type Authorizer, type ObjectReference } from './rbac.js';

export interface ClusterModel {
  /** PodSecurityPolicy objects as written (one per name), in no particular order. */
  policies: Sourced<PodSecurityPolicy>[];
  authorizer: Authorizer;
  /** The service account, or undefined when it does not exist; `declared` says whether a manifest declares it. */
  serviceAccount(namespace: string, name: string): (ServiceAccountObject & { declared: boolean }) | undefined;
  /** The manifest object behind an RBAC reference (undefined for built-ins). */
  rbacSource(ref: ObjectReference): Sourced<Role | RoleBinding> | undefined;
  diagnostics: Diagnostic[];
}

export interface BuildClusterOptions {
  /** `--authorization-mode=AlwaysAllow`. */
  alwaysAllow?: boolean;
  /** Only `default` and declared service accounts exist (else every referenced one is assumed to). */
  requireServiceAccounts?: boolean;
}

const rbacKey = (kind: string, namespace: string | undefined, name: string): string => `${kind}/${namespace ?? ''}/${name}`;

/** Builds the model; reports duplicates, dangling role references and aggregation problems. */
export function buildCluster(objects: ClusterObjects, options: BuildClusterOptions, locator: Locator): ClusterModel {
  const diagnostics: Diagnostic[] = [];
  const report = (source: Sourced<unknown>, ruleId: string, message: string): void => {
    diagnostics.push({ ruleId, severity: 'warning', message, location: locator.locateObject(source.source), object: source.ref, related: [] });
  };
  const policies = lastByKey(objects.policies, (policy) => policy.value.metadata.name, (dropped) => report(dropped, 'duplicate-object', duplicateMessage(dropped.ref)));
  const roles = lastByKey(objects.roles, (role) => rbacKey(role.value.kind, role.value.metadata.namespace, role.value.metadata.name), (dropped) => report(dropped, 'duplicate-object', duplicateMessage(dropped.ref)));
  const bindings = lastByKey(objects.bindings, (binding) => rbacKey(binding.value.kind, binding.value.metadata.namespace, binding.value.metadata.name), (dropped) => report(dropped, 'duplicate-object', duplicateMessage(dropped.ref)));

  const declaredNames = new Set(roles.map((role) => rbacKey(role.value.kind, role.value.metadata.namespace, role.value.metadata.name)));
  const builtinRoles = [...bootstrapRoles(), ...bootstrapRoleNames()].filter((role) => !declaredNames.has(rbacKey(role.kind, role.metadata.namespace, role.metadata.name)));
  const allRoles = [...builtinRoles, ...roles.map((role) => role.value)];
  const aggregation = aggregateClusterRoles(allRoles);
  const sources = new Map<string, Sourced<Role | RoleBinding>>();
  for (const item of [...roles, ...bindings]) sources.set(rbacKey(item.value.kind, item.value.metadata.namespace, item.value.metadata.name), item);
  for (const error of aggregation.errors) {
    const source = sources.get(rbacKey('ClusterRole', undefined, error.role));
    if (source) report(source, 'invalid-aggregation-rule', `ClusterRole ${JSON.stringify(error.role)}: ${error.message}`);
  }
  const allBindings = [...bootstrapBindings(), ...bindings.map((binding) => binding.value)];
  for (const dangling of findDanglingRoleRefs(aggregation.roles, allBindings)) {
    const source = sources.get(rbacKey(dangling.binding.kind, dangling.binding.metadata.namespace, dangling.binding.metadata.name));
    if (source) report(source, 'binding-to-missing-role', `${dangling.binding.kind} ${JSON.stringify(dangling.binding.metadata.name)} grants nothing: ${dangling.message}`);
  }

  const accounts = new Map<string, ServiceAccountObject>();
  for (const account of objects.serviceAccounts) accounts.set(`${account.value.namespace}/${account.value.name}`, account.value);
  return {
    policies,
    authorizer: buildAuthorizer({ roles: aggregation.roles, bindings: allBindings, alwaysAllow: options.alwaysAllow === true }),
    serviceAccount(namespace, name) {
      const declared = accounts.get(`${namespace}/${name}`);
      if (declared !== undefined) return { ...declared, declared: true };
      // The service-account controller creates `default` in every namespace.
      if (name === 'default') return { namespace, name, declared: true };
      return options.requireServiceAccounts ? undefined : { namespace, name, declared: false };
    },
    rbacSource: (ref) => sources.get(rbacKey(ref.kind, ref.namespace, ref.name)),
    diagnostics,
  };
}

function duplicateMessage(ref: ObjectRef): string {
  const where = ref.namespace ? ` in namespace ${JSON.stringify(ref.namespace)}` : '';
  return `${ref.kind} ${JSON.stringify(ref.name)}${where} is declared again later; the later object replaces this one, as kubectl apply would`;
}

/** Keeps the last item per key; reports each replaced one. */
function lastByKey<T>(items: readonly T[], keyOf: (item: T) => string, onReplaced: (item: T) => void): T[] {
  const byKey = new Map<string, T>();
  for (const item of items) {
    const key = keyOf(item);
    const previous = byKey.get(key);
    if (previous !== undefined) onReplaced(previous);
    byKey.set(key, item);
  }
  return [...byKey.values()];
}
