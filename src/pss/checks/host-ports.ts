// hostPorts (baseline, v1.0) — mirrors policy/check_hostPorts.go: no container port may set a non-zero
// hostPort (spec §2.3; the host-network defaulting of §3.2 happens before, in the pod pre-processing).

import type { Check, CheckResult, PssPod } from '../types.js';
import { ALLOWED } from '../types.js';
import { containerNoun, decimal, get, list, pluralize, sortedSet, v1, visitContainers } from './util.js';

/** The port's hostPort when it is forbidden (set and non-zero), else undefined. */
export function forbiddenHostPort(port: unknown): number | undefined {
  const hostPort = get(port, 'hostPort');
  return typeof hostPort !== 'number' || hostPort === 0 ? undefined : hostPort;
}

function hostPortsV1Dot0(pod: PssPod): CheckResult {
  const badContainers: string[] = [];
  const ports: string[] = [];
  for (const { name, container } of visitContainers(pod.spec)) {
    let bad = false;
    for (const port of list(container.ports)) {
      const hostPort = forbiddenHostPort(port);
      if (hostPort === undefined) continue;
      bad = true;
      ports.push(decimal(hostPort));
    }
    if (bad) badContainers.push(name);
  }
  if (badContainers.length === 0) return ALLOWED;
  const distinct = sortedSet(ports);
  return {
    allowed: false,
    forbiddenReason: 'hostPort',
    forbiddenDetail: `${containerNoun(badContainers)} ${pluralize('uses', 'use', badContainers.length)} ${pluralize('hostPort', 'hostPorts', distinct.length)} ${distinct.join(', ')}`,
  };
}

export const hostPorts: Check = {
  id: 'hostPorts',
  level: 'baseline',
  versions: [{ minimumVersion: v1(0), checkPod: hostPortsV1Dot0 }],
};
