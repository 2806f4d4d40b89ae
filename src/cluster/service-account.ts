// Identities PSP authorization checks: the pod's service account (built by the admission plugin itself) and
// the controllers that create pods from workload templates (spec §2.1, §2.2).
// Mirrors staging/src/k8s.io/apiserver/pkg/authentication/serviceaccount/util.go.

import type { UserInfo } from '../api/rbac.js';

/** Prefix of every service-account user name. */
export const SERVICE_ACCOUNT_USERNAME_PREFIX = 'system:serviceaccount:';
/** Group every service account belongs to. */
export const ALL_SERVICE_ACCOUNTS_GROUP = 'system:serviceaccounts';
/** Group every authenticated user belongs to. */
export const ALL_AUTHENTICATED_GROUP = 'system:authenticated';
/** The kube-controller-manager's own identity (used without `--use-service-account-credentials`). */
export const KUBE_CONTROLLER_MANAGER_USER = 'system:kube-controller-manager';

/** `system:serviceaccount:<namespace>:<name>`. */
export function makeUsername(namespace: string, name: string): string {
  return `${SERVICE_ACCOUNT_USERNAME_PREFIX}${namespace}:${name}`;
}

/** `system:serviceaccounts` and `system:serviceaccounts:<namespace>`, in that order. */
export function makeGroupNames(namespace: string): string[] {
  return [ALL_SERVICE_ACCOUNTS_GROUP, `${ALL_SERVICE_ACCOUNTS_GROUP}:${namespace}`];
}

/**
 * The identity PSP admission builds for a pod's service account. It carries no `system:authenticated`
 * group, because the plugin builds it directly instead of authenticating a token (spec §2.1).
 */
export function serviceAccountUser(namespace: string, name: string): UserInfo {
  return { name: makeUsername(namespace, name), groups: makeGroupNames(namespace) };
}

/** Workload kinds whose pods are created by a controller rather than by whoever applies the manifest. */
export type ControllerKind = 'Deployment' | 'ReplicaSet' | 'ReplicationController' | 'DaemonSet' | 'StatefulSet' | 'Job' | 'CronJob';

/**
 * The kube-system service account of the controller that creates the pods of each workload kind. A
 * Deployment's pods come from its ReplicaSet, a CronJob's from its Job (spec §2.2).
 */
export const CONTROLLER_SERVICE_ACCOUNTS: Readonly<Record<ControllerKind, string>> = {
  Deployment: 'replicaset-controller',
  ReplicaSet: 'replicaset-controller',
  ReplicationController: 'replication-controller',
  DaemonSet: 'daemon-set-controller',
  StatefulSet: 'statefulset-controller',
  Job: 'job-controller',
  CronJob: 'job-controller',
};

/** Whether pods of this workload kind are created by a controller. */
export function isControllerKind(kind: string): kind is ControllerKind {
  return Object.hasOwn(CONTROLLER_SERVICE_ACCOUNTS, kind);
}

export interface ControllerUserOptions {
  /** kube-controller-manager `--use-service-account-credentials` (default true, as kubeadm sets it). */
  useServiceAccountCredentials?: boolean;
}

/**
 * The requesting user of a controller-created pod: with service-account credentials the controller's
 * kube-system service account as its token authenticates (so with `system:authenticated`), otherwise
 * `system:kube-controller-manager`.
 */
export function controllerUser(kind: ControllerKind, options: ControllerUserOptions = {}): UserInfo {
  if (options.useServiceAccountCredentials === false) {
    return { name: KUBE_CONTROLLER_MANAGER_USER, groups: [ALL_AUTHENTICATED_GROUP] };
  }
  return {
    name: makeUsername('kube-system', CONTROLLER_SERVICE_ACCOUNTS[kind]),
    groups: [...makeGroupNames('kube-system'), ALL_AUTHENTICATED_GROUP],
  };
}
