// Builds the capabilities strategy of a policy.
// Mirrors createCapabilitiesStrategy in pkg/security/podsecuritypolicy/factory.go.

import { newDefaultCapabilities } from './capabilities.js';
import type { CapabilitiesStrategy } from './types.js';

/** The capabilities strategy for a policy's defaultAdd / requiredDrop / allowed lists (never fails). */
export function createCapabilitiesStrategy(
  defaultAdd: string[] | undefined,
  requiredDrop: string[] | undefined,
  allowed: string[] | undefined,
): CapabilitiesStrategy {
  return newDefaultCapabilities(defaultAdd, requiredDrop, allowed);
}
