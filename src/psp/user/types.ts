// The RunAsUser strategy interface (pkg/security/podsecuritypolicy/user/types.go).

import type { Container, Pod } from '../../api/core.js';
import type { FieldErrorList } from '../field.js';

/** Defaults and validates a container's effective runAsUser / runAsNonRoot. */
export interface RunAsUserStrategy {
  /** The uid to write into the container when its effective runAsUser is unset (MustRunAs: ranges[0].min). */
  generate(pod: Pod, container: Container): number | undefined;
  /**
   * Validates the effective values (container's own, else the pod's). `scPath` is
   * `<container path>.securityContext`.
   */
  validate(scPath: string, pod: Pod, container: Container, runAsNonRoot: boolean | undefined, runAsUser: number | undefined): FieldErrorList;
}
