// SELinux strategy RunAsAny: never defaults, accepts any options.
// Mirrors pkg/security/podsecuritypolicy/selinux/runasany.go.

import type { SELinuxStrategy } from './types.js';

/** Builds RunAsAny (cannot fail; the options are not read). */
export function newRunAsAny(): SELinuxStrategy {
  return {
    generate: () => undefined,
    validate: () => [],
  };
}
