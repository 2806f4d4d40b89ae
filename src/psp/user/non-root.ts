// RunAsUser strategy MustRunAsNonRoot: never picks a uid; rejects runAsNonRoot=false and uid 0.
// Mirrors pkg/security/podsecuritypolicy/user/nonroot.go. (Defaulting runAsNonRoot to true is the
// provider's job, as upstream.)

import { child, goBool, goInt, invalid, required } from '../field.js';
import type { FieldErrorList } from '../field.js';
import type { RunAsUserStrategy } from './types.js';

/** Builds MustRunAsNonRoot (cannot fail; the options are not read). */
export function newRunAsNonRoot(): RunAsUserStrategy {
  return {
    generate: () => undefined,
    validate(scPath, _pod, _container, runAsNonRoot, runAsUser): FieldErrorList {
      if (runAsNonRoot === undefined && runAsUser === undefined) {
        return [required(child(scPath, 'runAsNonRoot'), 'must be true')];
      }
      if (runAsNonRoot === false) return [invalid(child(scPath, 'runAsNonRoot'), goBool(false), 'must be true')];
      if (runAsUser === 0) return [invalid(child(scPath, 'runAsUser'), goInt(0), 'running with the root UID is forbidden')];
      return [];
    },
  };
}
