// rbac.authorization.k8s.io/v1 shapes (Role, ClusterRole, RoleBinding, ClusterRoleBinding) and the
// authentication user info the authorizer evaluates. Mirrors k8s.io/api/rbac/v1 types.go.

import type { ObjectMeta } from './core.js';

export interface PolicyRule {
  verbs?: string[];
  apiGroups?: string[];
  resources?: string[];
  resourceNames?: string[];
  nonResourceURLs?: string[];
}

export interface LabelSelectorRequirement {
  key: string;
  operator: string;
  values?: string[];
}

export interface LabelSelector {
  matchLabels?: Record<string, string>;
  matchExpressions?: LabelSelectorRequirement[];
}

export interface AggregationRule {
  clusterRoleSelectors?: LabelSelector[];
}

/** A Role (namespace set) or ClusterRole (namespace unset). */
export interface Role {
  kind: 'Role' | 'ClusterRole';
  metadata: ObjectMeta & { name: string };
  rules: PolicyRule[];
  aggregationRule?: AggregationRule;
}

export interface Subject {
  kind: string;
  name: string;
  namespace?: string;
  apiGroup?: string;
}

export interface RoleRef {
  kind: string;
  name: string;
  apiGroup?: string;
}

/** A RoleBinding (namespace set) or ClusterRoleBinding. */
export interface RoleBinding {
  kind: 'RoleBinding' | 'ClusterRoleBinding';
  metadata: ObjectMeta & { name: string };
  subjects: Subject[];
  roleRef: RoleRef;
}

/** k8s.io/apiserver/pkg/authentication/user.Info, reduced to what RBAC reads. */
export interface UserInfo {
  name: string;
  groups: string[];
}
