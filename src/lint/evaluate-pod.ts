// One pod through the admission chain podgate simulates (spec §11.4): object validation of workloads,
// ServiceAccount admission, PodSecurityPolicy Admit, pod validation, then PSP Validate after the seccomp
// sync. Produces the pod's verdict with everything a report needs to explain it.

import type { Pod } from '../api/core.js';
import { PSP_ANNOTATION } from '../api/policy.js';
import type { UserInfo } from '../api/rbac.js';
import type { ClusterModel } from '../cluster/model.js';
import { usePodSecurityPolicy, type AllowedBy } from '../cluster/rbac.js';
import { requestingUser, type RequesterOptions } from '../cluster/requester.js';
import { serviceAccountUser } from '../cluster/service-account.js';
import { admitServiceAccount } from '../cluster/service-account-admission.js';
import type { PodUnderTest } from '../load/pod-templates.js';
import { admissionMessage, computeSecurityContext, type AdmissionDecision, type PolicyAttempt } from '../psp/admission.js';
import { renderFieldError, type FieldError } from '../psp/field.js';
import type { Provider } from '../psp/provider.js';
import { clonePod } from '../psp/clone.js';
import { seccompProfilesOf } from '../psp/seccomp/index.js';
import { syncSeccompFields } from '../psp/seccomp-sync.js';
import { invalidObjectMessage, validatePodObject } from './pod-validation.js';
import type { AdmissionCache } from './admission-cache.js';

/** Which identity may use a policy, and the RBAC grant that says so. */
export interface Usable {
  identity: 'serviceAccount' | 'requester';
  user: string;
  allowedBy: AllowedBy;
}

/** Why a pod was (not) admitted; `pod-security` when Pod Security admission decided (src/lint/pss.ts). */
export type VerdictReason = 'admitted' | 'psp' | 'no-providers' | 'service-account' | 'invalid' | 'validate' | 'pod-security';

export interface PodEvaluation {
  subject: PodUnderTest;
  serviceAccount: string;
  /** False when the service account is only assumed to exist (not declared in any manifest). */
  serviceAccountDeclared: boolean;
  requester: UserInfo | undefined;
  allowed: boolean;
  reason: VerdictReason;
  policy: string | null;
  message: string | null;
  /** Errors of the rejection (PSP errors of authorized policies, or object validation errors). */
  errors: FieldError[];
  attempts: PolicyAttempt<Usable>[];
  /** The pod as admitted (after ServiceAccount admission and the chosen policy's defaults). */
  admittedPod: Pod | null;
  /** The pod PSP saw (after ServiceAccount admission), for locating errors. */
  podSeen: Pod;
}

export interface EvaluateOptions extends RequesterOptions {
  kubeMinor: number;
  /** Decides repeated admission questions once (one cache per cluster, policies and options). */
  admissionCache?: AdmissionCache<Usable>;
}

/** Runs the admission chain for one pod. Pure; never throws on valid typed input. */
export function evaluatePod(subject: PodUnderTest, cluster: ClusterModel, providers: readonly Provider[], options: EvaluateOptions): PodEvaluation {
  const pod = subject.pod;
  const namespace = pod.metadata.namespace ?? 'default';
  const serviceAccount = pod.spec.serviceAccountName || 'default';
  const requester = requestingUser(subject.kind, namespace, serviceAccount, options);
  const serviceAccountDeclared = cluster.serviceAccount(namespace, serviceAccount)?.declared ?? false;
  // Every verdict is built by this one literal (one object shape for all pods, fields in a fixed order).
  const verdict = (seen: Pod, attempts: PolicyAttempt<Usable>[], admittedPod: Pod | null, allowed: boolean, reason: VerdictReason, policy: string | null, message: string | null, errors: FieldError[]): PodEvaluation => ({
    subject, serviceAccount, serviceAccountDeclared, requester, attempts, admittedPod, podSeen: seen, allowed, reason, policy, message, errors,
  });
  const refuse = (reason: VerdictReason, message: string, errors: FieldError[] = []): PodEvaluation => verdict(pod, [], null, false, reason, null, message, errors);

  const objectPrefix = subject.kind === 'Pod' ? 'spec' : [...subject.templatePath, 'spec'].join('.');
  const objectErrors = validatePodObject(pod, objectPrefix, options.kubeMinor);
  if (subject.kind !== 'Pod' && objectErrors.length > 0) return refuse('invalid', invalidObjectMessage(subject.kind, subject.ref.name, objectErrors), objectErrors);

  const accountAdmission = admitServiceAccount(pod, (ns, name) => cluster.serviceAccount(ns, name), options.kubeMinor);
  if (!accountAdmission.admitted) return refuse('service-account', `pods ${JSON.stringify(subject.podName)} is forbidden: ${accountAdmission.message}`);
  const podSeen = accountAdmission.pod;

  // No service-account identity only for mirror pods, which ServiceAccount admission leaves without one.
  const saUser = podSeen.spec.serviceAccountName ? serviceAccountUser(namespace, podSeen.spec.serviceAccountName) : undefined;
  const authorize = (policy: string): Usable | undefined => {
    const bySa = usePodSecurityPolicy(cluster.authorizer, saUser, policy, namespace);
    if (bySa.allowed && saUser) return { identity: 'serviceAccount', user: saUser.name, allowedBy: bySa.reason };
    const byRequester = usePodSecurityPolicy(cluster.authorizer, requester, policy, namespace);
    if (byRequester.allowed && requester) return { identity: 'requester', user: requester.name, allowedBy: byRequester.reason };
    return undefined;
  };
  const decide = (): AdmissionDecision<Usable> => computeSecurityContext(podSeen, providers, authorize, { mutationAllowed: true });
  // Without policies the decision is immediate (no providers): keying it would cost more than making it. The
  // key is the pod as written: ServiceAccount admission made podSeen of it alone (the run's cluster and version
  // are the cache's), and its token volume and mounts would be half of a small pod's key.
  const admit = options.admissionCache && providers.length > 0 ? options.admissionCache.decide(podSeen, JSON.stringify([namespace, requester?.name, requester?.groups]), decide, pod) : decide();
  const attempts = admit.attempts;
  if (!admit.allowed) {
    return verdict(podSeen, attempts, null, false, admit.noProviders ? 'no-providers' : 'psp', null, admissionMessage(subject.podName, admit, options.kubeMinor), admit.noProviders ? [] : admit.errors);
  }
  // The chosen candidate is admission's private copy: annotate it in place.
  const admitted = admit.pod;
  admitted.metadata.annotations = { ...admitted.metadata.annotations, [PSP_ANNOTATION]: admit.policy };

  if (subject.kind === 'Pod' && objectErrors.length > 0) {
    return verdict(podSeen, attempts, null, false, 'invalid', null, invalidObjectMessage('Pod', subject.podName, objectErrors), objectErrors);
  }
  const validated = validatePhase(admitted, admit, providers, authorize, options.kubeMinor);
  if (validated !== undefined) {
    const name = subject.podName.endsWith('-') ? `${subject.podName}{random}` : subject.podName;
    return verdict(podSeen, attempts, null, false, 'validate', null, admissionMessage(name, validated, options.kubeMinor, 'validate'), 'errors' in validated ? validated.errors : []);
  }
  return verdict(podSeen, attempts, admitted, true, 'admitted', admit.policy, null, []);
}

/** PSP Validate after the 1.19+ seccomp sync; undefined when it passes (always, unless the sync changed the pod). */
function validatePhase(admitted: Pod, admit: Extract<AdmissionDecision<Usable>, { allowed: true }>, providers: readonly Provider[], authorize: (policy: string) => Usable | undefined, kubeMinor: number): Exclude<AdmissionDecision<Usable>, { allowed: true }> | undefined {
  if (kubeMinor < 19 || !mentionsDockerDefault(admitted)) return undefined;
  const synced = clonePod(admitted);
  if (!syncSeccompFields(synced)) return undefined;
  // The sync only writes seccomp fields and annotations, which only the seccomp strategy reads: when every
  // profile it validates is unchanged, the chosen policy admits the synced pod as it admitted the pod.
  const before = seccompProfilesOf(admitted, kubeMinor);
  const after = seccompProfilesOf(synced, kubeMinor);
  if (before.every((profile, i) => profile === after[i])) return undefined;
  const decision = computeSecurityContext(synced, providers, authorize, { mutationAllowed: false, hint: admit.policy });
  return decision.allowed ? undefined : decision;
}

/**
 * Whether the seccomp sync could change a validated profile. It only translates annotations into fields and
 * back; the one translation that changes the profile string is `docker/default` -> `RuntimeDefault` (validated
 * as `runtime/default`). Without that annotation value, Validate admits the pod exactly as Admit did.
 */
function mentionsDockerDefault(pod: Pod): boolean {
  const annotations = pod.metadata.annotations ?? {};
  return Object.keys(annotations).some((key) => key.includes('seccomp.security.alpha.kubernetes.io/') && annotations[key] === 'docker/default');
}

/** The violations of a rejection as the API server lists them. */
export function renderViolations(evaluation: PodEvaluation): string[] {
  return evaluation.errors.map(renderFieldError);
}
