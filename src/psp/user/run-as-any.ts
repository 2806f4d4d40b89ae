// RunAsUser strategy RunAsAny: never picks a uid, accepts any.
// Mirrors pkg/security/podsecuritypolicy/user/runasany.go.

import type { RunAsUserStrategy } from './types.js';

/** Builds RunAsAny (cannot fail). */
export function newRunAsAny(): RunAsUserStrategy {
  return {
    generate: () => undefined,
    validate: () => [],
  };
}
