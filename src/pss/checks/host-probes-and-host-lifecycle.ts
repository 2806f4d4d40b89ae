// hostProbesAndHostLifecycle (baseline, v1.34; absent before) — mirrors policy/check_hostProbesAndHostLifecycle.go:
// probes and lifecycle handlers may not name a host in httpGet or tcpSocket (spec §2.3).

import type { Check, CheckResult, PssPod } from '../types.js';
import { ALLOWED } from '../types.js';
import { containerNoun, get, joinQuote, pluralize, sortedSet, str, v1, visitContainers } from './util.js';

/** The probe and lifecycle handlers of a container, in the order they are read. */
export const PROBE_AND_LIFECYCLE_HANDLERS: readonly (readonly string[])[] = [
  ['livenessProbe'], ['readinessProbe'], ['startupProbe'], ['lifecycle', 'postStart'], ['lifecycle', 'preStop'],
];
const HANDLERS = PROBE_AND_LIFECYCLE_HANDLERS;

/** The host fields of a handler, in the order they are read; each is forbidden when non-empty. */
export const HANDLER_HOST_FIELDS: readonly (readonly string[])[] = [['httpGet', 'host'], ['tcpSocket', 'host']];

/** The non-empty `httpGet.host` and `tcpSocket.host` of one probe or lifecycle handler. */
const handlerHosts = (handler: unknown): string[] =>
  HANDLER_HOST_FIELDS.map((path) => str(get(handler, ...path))).filter((host) => host !== '');

function hostProbesAndHostLifecycleV1Dot34(pod: PssPod): CheckResult {
  const badContainers: string[] = [];
  const hosts: string[] = [];
  for (const { name, container } of visitContainers(pod.spec)) {
    const found = HANDLERS.flatMap((path) => handlerHosts(get(container, ...path)));
    if (found.length === 0) continue;
    badContainers.push(name);
    hosts.push(...found);
  }
  if (badContainers.length === 0) return ALLOWED;
  // Unlike every other check, the container names are a sorted set here.
  const names = sortedSet(badContainers);
  const distinct = sortedSet(hosts);
  return {
    allowed: false,
    forbiddenReason: 'probe or lifecycle host',
    forbiddenDetail: `${containerNoun(names)} ${pluralize('uses', 'use', names.length)} ${pluralize('probe or lifecycle host', 'probe or lifecycle hosts', distinct.length)} ${joinQuote(distinct)}`,
  };
}

export const hostProbesAndHostLifecycle: Check = {
  id: 'hostProbesAndHostLifecycle',
  level: 'baseline',
  versions: [{ minimumVersion: v1(34), checkPod: hostProbesAndHostLifecycleV1Dot34 }],
};
