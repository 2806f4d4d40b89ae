// RBAC authorization of resource requests with "allowed by" reasons, indexed by subject so that thousands of
// checks stay cheap. Mirrors plugin/pkg/auth/authorizer/rbac/rbac.go, pkg/registry/rbac/validation/rule.go and
// pkg/apis/rbac/v1/evaluation_helpers.go; the system:masters and AlwaysAllow authorizers come first (spec §3).

import type { PolicyRule, Role, RoleBinding, Subject, UserInfo } from '../api/rbac.js';
import { compareCodePoints } from '../api/compare.js';
import { makeUsername } from './service-account.js';

/** The attributes of a resource request (never a non-resource URL: PSP admission asks only about resources). */
export interface ResourceAttributes {
  verb: string;
  apiGroup: string;
  resource: string;
  /** Empty or absent for a request without subresource. */
  subresource?: string;
  name: string;
  namespace: string;
}

/** Points at an RBAC object: `namespace` only for RoleBindings and Roles. */
export interface ObjectReference {
  kind: string;
  name: string;
  namespace?: string;
}

/** Why a request was allowed: enough for a report to point at the binding, role and rule. */
export type AllowedBy =
  | { kind: 'system:masters' }
  | { kind: 'always-allow' }
  | { kind: 'binding'; binding: ObjectReference; role: ObjectReference; ruleIndex: number; subjectIndex: number };

export type AuthorizationDecision = { allowed: false } | { allowed: true; reason: AllowedBy };

export interface Authorizer {
  authorize(user: UserInfo, attrs: ResourceAttributes): AuthorizationDecision;
}

export interface AuthorizerOptions {
  /** Roles and ClusterRoles, already aggregated. */
  roles: readonly Role[];
  bindings: readonly RoleBinding[];
  /** `--authorization-mode=AlwaysAllow`: everyone may do everything. */
  alwaysAllow?: boolean;
}

/** A binding whose role reference cannot be resolved. */
export interface DanglingRoleRef {
  binding: RoleBinding;
  message: string;
}

/** The group the apiserver's privileged-groups authorizer allows everything. */
export const SYSTEM_MASTERS_GROUP = 'system:masters';

/** A binding with its role resolved once; `rules` is undefined when the role is missing (then skipped). */
interface Grant {
  binding: ObjectReference;
  role: ObjectReference;
  subjects: readonly Subject[];
  namespace: string;
  rules: readonly PolicyRule[] | undefined;
  /** Per request shape, the rules that match it but for the name; shared by every user of the grant. */
  byShape: Map<string, ShapeMatch[]>;
  /**
   * The first subject naming each user (`u`, users and service accounts) and group (`g`), by index: a binding of
   * thousands of subjects is not scanned again for every user that asks.
   */
  subjectsByName: Map<string, number>;
}

type ShapeMatch = { ruleIndex: number; resourceNames: readonly string[] };

/** The grants that apply to one user in one namespace, in visiting order, with the first matching subject. */
type Applicable = { grant: Grant; subjectIndex: number }[];

/** A rule that allows a request of one shape (verb, group, resource, subresource) once its name matches. */
type Candidate = ShapeMatch & { grant: Grant; subjectIndex: number };

/** What one user may do in one namespace; candidates are filled per request shape on first use. */
interface UserScope {
  applicable: Applicable;
  /** Few per scope (PSP admission asks two shapes), so a list compared field by field beats building keys. */
  shapes: { verb: string; apiGroup: string; resource: string; subresource: string; candidates: Candidate[] }[];
}

/**
 * Builds an authorizer over fixed RBAC objects. Bindings are indexed by the user name and group names their
 * subjects match, so a request looks up only bindings that can apply. Grants are visited as upstream does,
 * ClusterRoleBindings before RoleBindings of the request namespace, each sorted by name (byte-wise), rules
 * in order; the first rule that allows decides. Duplicated names: the last object wins, as with `kubectl apply`.
 * Per user and namespace, and per request shape, the scan is done once: a denial need not re-read every rule.
 */
export function buildAuthorizer(input: AuthorizerOptions): Authorizer {
  const grants = orderGrants(input.roles, input.bindings);
  const index = indexGrants(grants);
  const scopes = new Map<string, UserScope>();
  // A pod's identities are asked about many policies: remember the scope per user object too. User infos
  // are treated as immutable values, like all input.
  const byUser = new WeakMap<UserInfo, Map<string, UserScope>>();

  const userScope = (user: UserInfo, namespace: string): UserScope => {
    const forUser = byUser.get(user) ?? new Map<string, UserScope>();
    let scope = forUser.get(namespace);
    if (scope === undefined) {
      const key = joinKey(namespace, user.name, ...user.groups);
      scope = scopes.get(key) ?? { applicable: findApplicable(grants, index, user, namespace), shapes: [] };
      scopes.set(key, scope);
      byUser.set(user, forUser.set(namespace, scope));
    }
    return scope;
  };

  return {
    authorize(user, attrs) {
      // DEVIATION: only the privileged-groups, AlwaysAllow and RBAC authorizers exist (no Node, Webhook, ABAC).
      if (user.groups.includes(SYSTEM_MASTERS_GROUP)) return { allowed: true, reason: { kind: 'system:masters' } };
      if (input.alwaysAllow === true) return { allowed: true, reason: { kind: 'always-allow' } };
      const scope = userScope(user, attrs.namespace);
      const hit = candidatesFor(scope, attrs).find((c) => c.resourceNames.length === 0 || c.resourceNames.includes(attrs.name));
      if (hit === undefined) return { allowed: false };
      return { allowed: true, reason: { kind: 'binding', binding: hit.grant.binding, role: hit.grant.role, ruleIndex: hit.ruleIndex, subjectIndex: hit.subjectIndex } };
    },
  };
}

/**
 * PSP admission's check of one identity against one policy (spec §3.1): verb `use` on
 * `podsecuritypolicies` named `policyName` in the pod's namespace, API group `policy`, then `extensions`.
 * An absent identity is never authorized.
 */
export function usePodSecurityPolicy(authorizer: Authorizer, user: UserInfo | undefined, policyName: string, namespace: string): AuthorizationDecision {
  if (user === undefined) return { allowed: false };
  for (const apiGroup of ['policy', 'extensions']) {
    const decision = authorizer.authorize(user, { verb: 'use', apiGroup, resource: 'podsecuritypolicies', name: policyName, namespace });
    if (decision.allowed) return decision;
  }
  return { allowed: false };
}

/** `RuleAllows` for a resource request: verb, API group, resource (with subresource) and name all match. */
export function ruleAllows(rule: PolicyRule, attrs: ResourceAttributes): boolean {
  const names = rule.resourceNames ?? [];
  return matchesExceptName(rule, attrs) && (names.length === 0 || names.includes(attrs.name));
}

/**
 * `appliesTo`: the index of the first subject that matches `user`, or -1. `bindingNamespace` is the
 * RoleBinding's namespace ('' for a ClusterRoleBinding): a ServiceAccount subject without namespace
 * defaults to it, and so never matches in a ClusterRoleBinding.
 */
export function appliesTo(subjects: readonly Subject[], user: UserInfo, bindingNamespace: string): number {
  return subjects.findIndex((subject) => appliesToUser(subject, user, bindingNamespace));
}

/**
 * `appliesToUser`: exact, case-sensitive comparison by subject kind; unknown kinds never match. Compared as the
 * names the authorizer indexes bindings by (`subjectName`), so that this and the index are one rule.
 */
export function appliesToUser(subject: Subject, user: UserInfo, bindingNamespace: string): boolean {
  const name = subjectName(subject, bindingNamespace);
  return name !== undefined && (name === joinKey('u', user.name) || user.groups.some((group) => name === joinKey('g', group)));
}

/**
 * Bindings whose roleRef cannot be resolved — a missing Role or ClusterRole, or an unsupported kind —
 * with the error upstream's rule resolver records for them. Such bindings grant nothing.
 */
export function findDanglingRoleRefs(roles: readonly Role[], bindings: readonly RoleBinding[]): DanglingRoleRef[] {
  const known = new Set(roles.map(roleKeyOf));
  return bindings.flatMap((binding) => {
    const message = danglingMessage(binding, known);
    return message === undefined ? [] : [{ binding, message }];
  });
}

function danglingMessage(binding: RoleBinding, known: ReadonlySet<string>): string | undefined {
  const { kind, name } = binding.roleRef;
  // API validation rejects this; the resolver would look the Role up in namespace '' and never find it.
  if (kind === 'Role' && binding.kind !== 'RoleBinding') return 'roleRef.kind: Unsupported value: "Role": supported values: "ClusterRole"';
  if (kind !== 'Role' && kind !== 'ClusterRole') return `unsupported role reference kind: ${JSON.stringify(kind)}`;
  if (known.has(joinKey(kind, kind === 'Role' ? scopeNamespace(binding) : '', name))) return undefined;
  return `${kind.toLowerCase()}.rbac.authorization.k8s.io ${JSON.stringify(name)} not found`;
}

/** Resolves every effective binding's role once and orders the grants as upstream visits them. */
function orderGrants(roleList: readonly Role[], bindingList: readonly RoleBinding[]): Grant[] {
  const roles = new Map(roleList.map((role) => [roleKeyOf(role), role]));
  const bindings = new Map(bindingList.map((binding) => [joinKey(binding.kind, scopeNamespace(binding), binding.metadata.name), binding]));
  const order = (a: RoleBinding, b: RoleBinding): number =>
    Number(a.kind === 'RoleBinding') - Number(b.kind === 'RoleBinding') || compareCodePoints(scopeNamespace(a), scopeNamespace(b)) || compareCodePoints(a.metadata.name, b.metadata.name);
  return [...bindings.values()].sort(order).map((binding) => toGrant(binding, roles));
}

/** Maps scope + user name / group name to the ordinals of the grants a matching subject names. */
function indexGrants(grants: readonly Grant[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  grants.forEach((grant, ordinal) => {
    for (const key of subjectKeys(grant)) {
      const list = index.get(key) ?? [];
      if (list[list.length - 1] !== ordinal) list.push(ordinal);
      index.set(key, list);
    }
  });
  return index;
}

/** The grants whose bindings apply to `user` in `namespace`, in visiting order. */
function findApplicable(grants: readonly Grant[], index: ReadonlyMap<string, number[]>, user: UserInfo, namespace: string): Applicable {
  // Upstream lists RoleBindings only for a namespaced request.
  const scopes = namespace === '' ? [CLUSTER_SCOPE] : [CLUSTER_SCOPE, joinKey('RoleBinding', namespace)];
  const ordinals = new Set<number>();
  for (const scope of scopes) {
    for (const key of [joinKey(scope, 'u', user.name), ...user.groups.map((group) => joinKey(scope, 'g', group))]) {
      for (const ordinal of index.get(key) ?? []) ordinals.add(ordinal);
    }
  }
  const applicable: Applicable = [];
  for (const ordinal of [...ordinals].sort((a, b) => a - b)) {
    const grant = grants[ordinal];
    const subjectIndex = grant === undefined ? -1 : firstMatchingSubject(grant, user);
    if (grant !== undefined && subjectIndex >= 0) applicable.push({ grant, subjectIndex });
  }
  return applicable;
}

/** The rules, in visiting order, that allow requests shaped like `attrs` for this user, whatever the name. */
function candidatesFor(scope: UserScope, attrs: ResourceAttributes): Candidate[] {
  const { verb, apiGroup, resource } = attrs;
  const subresource = attrs.subresource ?? '';
  for (const s of scope.shapes) {
    if (s.verb === verb && s.apiGroup === apiGroup && s.resource === resource && s.subresource === subresource) return s.candidates;
  }
  const shape = joinKey(verb, apiGroup, resource, subresource);
  const candidates = scope.applicable.flatMap(({ grant, subjectIndex }) => {
    let matches = grant.byShape.get(shape);
    if (matches === undefined) {
      matches = (grant.rules ?? []).flatMap((rule, ruleIndex) => (matchesExceptName(rule, attrs) ? [{ ruleIndex, resourceNames: rule.resourceNames ?? [] }] : []));
      grant.byShape.set(shape, matches);
    }
    return matches.map((match) => ({ grant, subjectIndex, ...match }));
  });
  scope.shapes.push({ verb, apiGroup, resource, subresource, candidates });
  return candidates;
}

/** `RuleAllows` without the resourceNames check: verb, API group and (combined) resource. */
function matchesExceptName(rule: PolicyRule, attrs: ResourceAttributes): boolean {
  const subresource = attrs.subresource ?? '';
  const combined = subresource === '' ? attrs.resource : `${attrs.resource}/${subresource}`;
  const has = (values: readonly string[] | undefined, requested: string): boolean => (values ?? []).some((value) => value === '*' || value === requested);
  // ResourceMatches: `*`, the exact combined resource, or star-slash-subresource for a subresource request.
  const resourceMatches = has(rule.resources, combined) || (subresource !== '' && (rule.resources ?? []).includes(`*/${subresource}`));
  return has(rule.verbs, attrs.verb) && has(rule.apiGroups, attrs.apiGroup) && resourceMatches;
}

function toGrant(binding: RoleBinding, roles: ReadonlyMap<string, Role>): Grant {
  const namespace = scopeNamespace(binding);
  const { kind, name } = binding.roleRef;
  const bindingRef: ObjectReference = binding.kind === 'RoleBinding' ? { kind: binding.kind, name: binding.metadata.name, namespace } : { kind: binding.kind, name: binding.metadata.name };
  const roleRef: ObjectReference = kind === 'Role' ? { kind, name, namespace } : { kind, name };
  // A ClusterRoleBinding's Role would be looked up in namespace '' where no Role exists; unknown kinds fail.
  const resolvable = kind === 'ClusterRole' || (kind === 'Role' && namespace !== '');
  const role = resolvable ? roles.get(joinKey(kind, kind === 'Role' ? namespace : '', name)) : undefined;
  const subjects = binding.subjects ?? [];
  return { binding: bindingRef, role: roleRef, subjects, namespace, rules: role === undefined ? undefined : (role.rules ?? []), byShape: new Map(), subjectsByName: subjectsByName(subjects, namespace) };
}

/** Each subject's name (`subjectName`) with the index of the first subject that names it. */
function subjectsByName(subjects: readonly Subject[], bindingNamespace: string): Map<string, number> {
  const names = new Map<string, number>();
  subjects.forEach((subject, index) => {
    const name = subjectName(subject, bindingNamespace);
    if (name !== undefined && !names.has(name)) names.set(name, index);
  });
  return names;
}

/** The user (`u`) or group (`g`) name a subject matches; undefined for a subject that matches nobody. */
function subjectName(subject: Subject, bindingNamespace: string): string | undefined {
  switch (subject.kind) {
    case 'User':
      return joinKey('u', subject.name);
    case 'Group':
      return joinKey('g', subject.name);
    case 'ServiceAccount': {
      // The binding namespace is the default; none at all (a ClusterRoleBinding) never matches.
      const namespace = subject.namespace || bindingNamespace;
      return namespace === '' ? undefined : joinKey('u', makeUsername(namespace, subject.name));
    }
    default:
      return undefined;
  }
}

/** `appliesTo(grant.subjects, user, grant.namespace)`, from the grant's names. */
function firstMatchingSubject(grant: Grant, user: UserInfo): number {
  let first = grant.subjectsByName.get(joinKey('u', user.name)) ?? -1;
  for (const group of user.groups) {
    const index = grant.subjectsByName.get(joinKey('g', group));
    if (index !== undefined && (first === -1 || index < first)) first = index;
  }
  return first;
}

/** The index keys under which a grant can apply: user names (users and service accounts) and group names. */
function subjectKeys(grant: Grant): string[] {
  // One scope for ClusterRoleBindings, one per namespace for RoleBindings (even a namespace of '').
  const scope = joinKey(grant.binding.kind, grant.namespace);
  return [...grant.subjectsByName.keys()].map((name) => joinKey(scope, name));
}

const CLUSTER_SCOPE = joinKey('ClusterRoleBinding', '');

function joinKey(...parts: string[]): string {
  return parts.join('\u0000');
}

/** A Role's or RoleBinding's namespace; '' for cluster-scoped kinds, whatever their metadata says. */
function scopeNamespace(object: Role | RoleBinding): string {
  return object.kind === 'Role' || object.kind === 'RoleBinding' ? (object.metadata.namespace ?? '') : '';
}

function roleKeyOf(role: Role): string {
  return joinKey(role.kind, scopeNamespace(role), role.metadata.name);
}
