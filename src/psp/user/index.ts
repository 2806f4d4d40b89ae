// Builds the runAsUser strategy of a policy.
// Mirrors createUserStrategy in pkg/security/podsecuritypolicy/factory.go.

import type { RunAsUserStrategyOptions } from '../../api/policy.js';
import { newMustRunAs } from './must-run-as.js';
import { newRunAsNonRoot } from './non-root.js';
import { newRunAsAny } from './run-as-any.js';
import type { RunAsUserStrategy } from './types.js';

/** The runAsUser strategy, or the reason the API server could not build it (the policy is then ignored). */
export function createRunAsUserStrategy(opts: RunAsUserStrategyOptions): RunAsUserStrategy | string {
  switch (opts.rule) {
    case 'MustRunAs':
      return newMustRunAs(opts);
    case 'MustRunAsNonRoot':
      return newRunAsNonRoot();
    case 'RunAsAny':
      return newRunAsAny();
    default:
      return `Unrecognized RunAsUser strategy type ${opts.rule}`;
  }
}
