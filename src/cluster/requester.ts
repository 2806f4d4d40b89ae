// Who sends the pod CREATE (spec §2.2): a controller for workloads, a user for bare Pods, or whoever
// `--as`/`--as-group` impersonates — with the groups the API server's impersonation filter adds.
// Mirrors staging/src/k8s.io/apiserver/pkg/endpoints/filters/impersonation.go for the group rules.

import type { UserInfo } from '../api/rbac.js';
import { ALL_AUTHENTICATED_GROUP, controllerUser, isControllerKind, makeGroupNames, makeUsername, SERVICE_ACCOUNT_USERNAME_PREFIX } from './service-account.js';

/** How the requesting user is chosen. */
export type RequesterMode =
  /** Controllers for workloads, `podgate:requesting-user` (no grants) for bare Pods. */
  | { mode: 'default' }
  /** One user for every pod, as `kubectl --as USER --as-group G`. */
  | { mode: 'as'; user: string; groups: string[] }
  /** Each pod is requested by its own service account (the SA's token applies it). */
  | { mode: 'pod-service-account' }
  /** No requesting user: only the pod's service account can authorize a policy. */
  | { mode: 'service-account-only' };

export const DEFAULT_REQUESTING_USER = 'podgate:requesting-user';
const ALL_UNAUTHENTICATED_GROUP = 'system:unauthenticated';
const ANONYMOUS_USER = 'system:anonymous';

/** serviceaccount.SplitUsername: the namespace of `system:serviceaccount:<ns>:<name>`, or undefined. */
function serviceAccountNamespace(name: string): string | undefined {
  if (!name.startsWith(SERVICE_ACCOUNT_USERNAME_PREFIX)) return undefined;
  const parts = name.slice(SERVICE_ACCOUNT_USERNAME_PREFIX.length).split(':');
  if (parts.length !== 2 || parts[0] === '' || parts[1] === '') return undefined;
  return parts[0];
}

/** The user the impersonation filter builds for `--as user --as-group …`. */
export function impersonatedUser(name: string, groups: readonly string[]): UserInfo {
  let result = [...groups];
  const namespace = serviceAccountNamespace(name);
  if (result.length === 0 && namespace !== undefined) result = makeGroupNames(namespace);
  const hasAuthGroup = result.some((group) => group === ALL_AUTHENTICATED_GROUP || group === ALL_UNAUTHENTICATED_GROUP);
  // The anonymous user is unauthenticated (kubernetes PR #94204, 1.17.12+ / 1.18.9+ / 1.19.2+ / 1.20).
  if (!hasAuthGroup) result.push(name === ANONYMOUS_USER ? ALL_UNAUTHENTICATED_GROUP : ALL_AUTHENTICATED_GROUP);
  return { name, groups: result };
}

export interface RequesterOptions {
  requester: RequesterMode;
  useServiceAccountCredentials: boolean;
}

/** The requesting user of a pod of `kind` in `namespace` using service account `serviceAccount`. */
export function requestingUser(kind: string, namespace: string, serviceAccount: string, options: RequesterOptions): UserInfo | undefined {
  const mode = options.requester;
  switch (mode.mode) {
    case 'as':
      return impersonatedUser(mode.user, mode.groups);
    case 'service-account-only':
      return undefined;
    case 'pod-service-account':
      return { name: makeUsername(namespace, serviceAccount), groups: [...makeGroupNames(namespace), ALL_AUTHENTICATED_GROUP] };
    case 'default':
      return isControllerKind(kind)
        ? controllerUser(kind, { useServiceAccountCredentials: options.useServiceAccountCredentials })
        : { name: DEFAULT_REQUESTING_USER, groups: [ALL_AUTHENTICATED_GROUP] };
  }
}
