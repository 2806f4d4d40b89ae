// Group strategy RunAsAny: never defaults, accepts any groups.
// Mirrors pkg/security/podsecuritypolicy/group/runasany.go.

import type { GroupStrategy } from './types.js';

/** Builds RunAsAny (cannot fail). */
export function newRunAsAny(): GroupStrategy {
  return {
    generate: () => undefined,
    generateSingle: () => undefined,
    validate: () => [],
  };
}
