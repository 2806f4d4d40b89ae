// The admission_test.go harness (testPSPAdmit) over computeSecurityContext: Admit (mutation allowed) on a frozen pod,
// then Validate (mutation forbidden, the chosen policy as hint) on the admitted pod carrying `kubernetes.io/psp`, or on
// the original pod when Admit refused it. Not a test file itself (no `.test.ts` suffix).
import type { Pod } from '../../src/api/core.js';
import type { PodSecurityPolicy } from '../../src/api/policy.js';
import { PSP_ANNOTATION } from '../../src/api/policy.js';
import { admissionMessage, computeSecurityContext, type AdmissionDecision, type Authorize } from '../../src/psp/admission.js';
import { allowAll, deepFreeze, providerFor } from './psp-fixtures.js';

/** One phase, reduced to what upstream's tests check: the policy and whether it mutated, or the error message. */
export type Phase = { allowed: true; policy: string; mutated: boolean } | { allowed: false; message: string };

export interface Outcome {
  admit: Phase;
  validate: Phase;
}

/** The name admission attributes carry (spec §4.4): name, else generateName, else `Unknown`. */
export const podName = (pod: Pod): string => pod.metadata.name || pod.metadata.generateName || 'Unknown';

const phase = (name: string, decision: AdmissionDecision<unknown>, kind: 'admit' | 'validate'): Phase =>
  decision.allowed ? { allowed: true, policy: decision.policy, mutated: decision.mutated } : { allowed: false, message: admissionMessage(name, decision, 24, kind) };

/** Runs Admit then Validate; returns both phases and the admitted pod (undefined when refused). */
export function admitAndValidate(pod: Pod, psps: readonly PodSecurityPolicy[], authorize: Authorize<unknown> = allowAll): Outcome & { pod: Pod | undefined } {
  const input = deepFreeze(pod);
  const providers = psps.map((psp) => providerFor(deepFreeze(psp)));
  const admit = computeSecurityContext(input, providers, authorize, { mutationAllowed: true });
  let admitted: Pod | undefined;
  let validateInput = input;
  let hint = input.metadata.annotations?.[PSP_ANNOTATION];
  if (admit.allowed) {
    admitted = admit.pod;
    validateInput = deepFreeze({ ...admitted, metadata: { ...admitted.metadata, annotations: { ...admitted.metadata.annotations, [PSP_ANNOTATION]: admit.policy } } });
    hint = admit.policy;
  }
  const validate = computeSecurityContext(validateInput, providers, authorize, hint === undefined ? { mutationAllowed: false } : { mutationAllowed: false, hint });
  return { admit: phase(podName(pod), admit, 'admit'), validate: phase(podName(pod), validate, 'validate'), pod: admitted };
}

/** The outcome upstream expects of an admitted pod: Admit picks `policy`, Validate accepts it unchanged under it. */
export const admittedBy = (policy: string, mutated: boolean): Outcome => ({
  admit: { allowed: true, policy, mutated },
  validate: { allowed: true, policy, mutated: false },
});

/** The outcome of a refused pod: both phases fail with the same errors (spec §4.4 messages, 1.19+). */
export const refused = (name: string, errors: readonly string[]): Outcome => ({
  admit: { allowed: false, message: `pods "${name}" is forbidden: PodSecurityPolicy: unable to admit pod: [${errors.join(' ')}]` },
  validate: { allowed: false, message: `pods "${name}" is forbidden: PodSecurityPolicy: unable to validate pod: [${errors.join(' ')}]` },
});

/** The phases only (drops the admitted pod). */
export const phases = ({ admit, validate }: Outcome): Outcome => ({ admit, validate });
