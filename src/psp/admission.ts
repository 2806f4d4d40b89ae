// The PodSecurityPolicy admission decision (spec §4): every policy tried in name order on its own copy (of what
// its defaults write), validation before authorization, the non-mutating preference, errors only from authorized
// policies. Mirrors plugin/pkg/admission/security/podsecuritypolicy/admission.go (computeSecurityContext).

import type { Pod } from '../api/core.js';
import type { FieldError } from './field.js';
import { quoteGo, renderErrorList } from './field.js';
import { copyForMutation } from './clone.js';
import { mutatePod, validatePod, type Provider } from './provider.js';
import { semanticEqual } from './semantic-equal.js';
import { compareCodePoints } from '../api/compare.js';

/** Why a policy was usable (or not) for this pod: decided by the caller's authorizer. */
export type Authorize<A> = (policyName: string) => A | undefined;

/** What happened with one policy, for explanations. */
export interface PolicyAttempt<A> {
  policy: string;
  /** Errors of this policy's validation (empty when it admitted the pod). */
  errors: FieldError[];
  /** Whether applying the policy changed the pod. */
  mutated: boolean;
  /** The authorization that made the policy usable, or undefined when neither identity may use it. */
  authorization: A | undefined;
}

export type AdmissionDecision<A> =
  | { allowed: true; policy: string; pod: Pod; mutated: boolean; attempts: PolicyAttempt<A>[] }
  | { allowed: false; noProviders: true; attempts: PolicyAttempt<A>[] }
  | { allowed: false; noProviders: false; errors: FieldError[]; attempts: PolicyAttempt<A>[] };

export interface ComputeOptions {
  /** Admit (CREATE) may mutate; Validate may not and tries `hint` first. */
  mutationAllowed: boolean;
  hint?: string;
}

/**
 * Decides one pod. `providers` are the cluster's usable policies (any order); `authorize` tells whether
 * the pod's service account or the requesting user may `use` a policy. Never mutates `pod`.
 */
export function computeSecurityContext<A>(pod: Pod, providers: readonly Provider[], authorize: Authorize<A>, options: ComputeOptions): AdmissionDecision<A> {
  const ordered = orderProviders(providers, options.mutationAllowed ? undefined : options.hint);
  const attempts: PolicyAttempt<A>[] = [];
  if (ordered.length === 0) return { allowed: false, noProviders: true, attempts };
  let firstMutated: { policy: string; pod: Pod } | undefined;
  for (const provider of ordered) {
    const policy = provider.psp.metadata.name;
    const candidate = copyForMutation(pod);
    mutatePod(provider, candidate);
    const errors = validatePod(provider, candidate);
    const mutated = errors.length === 0 ? !semanticEqual(pod, candidate) : false;
    const authorization = authorize(policy);
    attempts.push({ policy, errors, mutated, authorization });
    if (errors.length > 0) continue;
    if (mutated && !options.mutationAllowed) continue;
    if (authorization === undefined) continue;
    if (!mutated) return { allowed: true, policy, pod: candidate, mutated: false, attempts: finish(attempts, ordered, attempts.length, pod, authorize) };
    if (firstMutated === undefined) firstMutated = { policy, pod: candidate };
  }
  if (firstMutated) return { allowed: true, ...firstMutated, mutated: true, attempts };
  const errors = attempts.filter((attempt) => attempt.authorization !== undefined).flatMap((attempt) => attempt.errors);
  return { allowed: false, noProviders: false, errors, attempts };
}

/**
 * Upstream stops at the first non-mutating authorized policy; the remaining ones are still evaluated here
 * (without affecting the decision) so reports can list every policy considered.
 */
function finish<A>(attempts: PolicyAttempt<A>[], ordered: readonly Provider[], from: number, pod: Pod, authorize: Authorize<A>): PolicyAttempt<A>[] {
  for (const provider of ordered.slice(from)) {
    const candidate = copyForMutation(pod);
    mutatePod(provider, candidate);
    const errors = validatePod(provider, candidate);
    const policy = provider.psp.metadata.name;
    attempts.push({ policy, errors, mutated: errors.length === 0 && !semanticEqual(pod, candidate), authorization: authorize(policy) });
  }
  return attempts;
}

/** Byte-wise by name (stable); in Validate the hinted policy goes first. */
function orderProviders(providers: readonly Provider[], hint: string | undefined): Provider[] {
  const sorted = [...providers].sort((a, b) => compareCodePoints(a.psp.metadata.name, b.psp.metadata.name));
  if (hint === undefined) return sorted;
  const hinted = sorted.findIndex((provider) => provider.psp.metadata.name === hint);
  if (hinted <= 0) return sorted;
  const [first] = sorted.splice(hinted, 1);
  return first ? [first, ...sorted] : sorted;
}


/** The admission error's reason text for the target version (spec §4.4, §13). */
export function admissionMessage(podName: string, decision: Exclude<AdmissionDecision<unknown>, { allowed: true }>, kubeMinor: number, phase: 'admit' | 'validate' = 'admit'): string {
  const legacy = kubeMinor <= 18;
  let reason: string;
  if (decision.noProviders) reason = legacy ? 'no providers available to validate pod request' : 'PodSecurityPolicy: no providers available to validate pod request';
  else if (legacy) reason = `unable to validate against any pod security policy: ${renderErrorList(decision.errors)}`;
  else reason = `PodSecurityPolicy: unable to ${phase} pod: ${renderErrorList(decision.errors)}`;
  return `pods ${quoteGo(podName)} is forbidden: ${reason}`;
}
