// Host port checks against the policy's `hostPorts` ranges and their `Allowed ports: [...]` rendering (§7.4).
// Mirrors pkg/security/podsecuritypolicy/provider.go (hasInvalidHostPort, isValidHostPort, hostPortRangesToString).

import type { Container } from '../../api/core.js';
import type { HostPortRange } from '../../api/policy.js';
import { child, goInt, invalid, type FieldErrorList } from '../field.js';

/** Whether the port lies inside any inclusive `[min, max]` range; no ranges allow no port. */
export function isHostPortAllowed(hostPorts: readonly HostPortRange[] | undefined, port: number): boolean {
  return hostPorts?.some((range) => port >= range.min && port <= range.max) ?? false;
}

/** The ranges in policy order joined by `,`: `min` when `min == max`, else `min-max` (e.g. `80,8000-8080`). */
export function formatHostPortRanges(hostPorts: readonly HostPortRange[] | undefined): string {
  return (hostPorts ?? []).map((r) => (r.min === r.max ? `${r.min}` : `${r.min}-${r.max}`)).join(',');
}

/**
 * One error per container port whose `hostPort > 0` is outside every range, at `<containerPath>.hostPort`
 * (the port index is not part of the path).
 */
export function validateHostPorts(
  hostPorts: readonly HostPortRange[] | undefined,
  container: Container,
  containerPath: string,
): FieldErrorList {
  const errors: FieldErrorList = [];
  for (const port of container.ports ?? []) {
    const hostPort = port.hostPort ?? 0;
    if (hostPort > 0 && !isHostPortAllowed(hostPorts, hostPort)) {
      const detail = `Host port ${hostPort} is not allowed to be used. Allowed ports: [${formatHostPortRanges(hostPorts)}]`;
      errors.push(invalid(child(containerPath, 'hostPort'), goInt(hostPort), detail));
    }
  }
  return errors;
}
