// windowsHostProcess (baseline, v1.0) — mirrors policy/check_windowsHostProcess.go: neither the pod nor a container
// may set windowsOptions.hostProcess=true (spec §2.3).

import type { Check, CheckResult, PssPod } from '../types.js';
import { ALLOWED } from '../types.js';
import { containerNoun, get, podSecurityContext, securityContext, v1, visitContainers } from './util.js';

/** The (pod or container) security context sets windowsOptions.hostProcess=true. */
export const setsHostProcess = (context: Record<string, unknown> | undefined): boolean =>
  get(context, 'windowsOptions', 'hostProcess') === true;

function windowsHostProcessV1Dot0(pod: PssPod): CheckResult {
  const setters: string[] = [];
  if (setsHostProcess(podSecurityContext(pod.spec))) setters.push('pod');
  const badContainers = visitContainers(pod.spec)
    .filter(({ container }) => setsHostProcess(securityContext(container)))
    .map(({ name }) => name);
  if (badContainers.length > 0) setters.push(containerNoun(badContainers));
  if (setters.length === 0) return ALLOWED;
  return {
    allowed: false,
    forbiddenReason: 'hostProcess',
    forbiddenDetail: `${setters.join(' and ')} must not set securityContext.windowsOptions.hostProcess=true`,
  };
}

export const windowsHostProcess: Check = {
  id: 'windowsHostProcess',
  level: 'baseline',
  versions: [{ minimumVersion: v1(0), checkPod: windowsHostProcessV1Dot0 }],
};
