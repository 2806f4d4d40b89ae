// The seccomp strategy interface (pkg/security/podsecuritypolicy/seccomp/strategy.go).

import type { Container, Pod } from '../../api/core.js';
import type { FieldErrorList } from '../field.js';

export interface SeccompStrategy {
  /** The profile to write into the pod annotation when it is unset, or '' for none. */
  generate(annotations: Record<string, string> | undefined, pod: Pod): string;
  validatePod(pod: Pod): FieldErrorList;
  validateContainer(pod: Pod, container: Container): FieldErrorList;
}
