// Decides each distinct admission question once per run (see src/psp/admission-key.ts for what makes two
// pods the same question). A repeated question gets the recorded decision; when it admitted the pod, the
// chosen policy's defaults are applied again to this pod's own copy, so every admitted pod is its own.

import type { Pod } from '../api/core.js';
import { admissionKey } from '../psp/admission-key.js';
import type { AdmissionDecision } from '../psp/admission.js';
import { copyForMutation } from '../psp/clone.js';
import { mutatePod, type Provider } from '../psp/provider.js';

/**
 * How many distinct questions are remembered: a key is the JSON of the pod (≈ 1–2 KB), so a repository of
 * 20,000 all-different pods would otherwise keep 30 MB of keys. Repetition shows early (replicated workloads,
 * one chart rendered per environment); later new questions are simply decided without being recorded.
 */
const MAX_DECISIONS = 4096;

export class AdmissionCache<A> {
  private readonly decisions = new Map<string, AdmissionDecision<A>>();
  private readonly providers = new Map<string, Provider>();

  /** `providers`: the run's policies, the same every `decide` is computed with. */
  constructor(providers: readonly Provider[]) {
    for (const provider of providers) this.providers.set(provider.psp.metadata.name, provider);
  }

  /**
   * The decision for `pod` asked by `requester` (who creates it, and in which namespace, spelled by the caller):
   * `compute()`'s, or the one recorded for the same question. Recorded decisions (their attempts and errors) are shared between pods: callers must not edit them.
   * `question` is the pod as written when `pod` is what admission plugins before PSP made of it by a function of
   * the pod alone in this run (ServiceAccount admission, whose cluster and version are the cache's): the smaller
   * key then, and the same answer.
   */
  decide(pod: Pod, requester: string, compute: () => AdmissionDecision<A>, question: Pod = pod): AdmissionDecision<A> {
    const key = admissionKey(question, requester);
    if (key === undefined) return compute();
    const known = this.decisions.get(key);
    if (known === undefined) {
      const decision = compute();
      if (this.decisions.size < MAX_DECISIONS) this.decisions.set(key, decision);
      return decision;
    }
    if (!known.allowed) return known;
    const provider = this.providers.get(known.policy);
    if (provider === undefined) return compute();
    const candidate = copyForMutation(pod);
    mutatePod(provider, candidate);
    return { ...known, pod: candidate };
  }
}
