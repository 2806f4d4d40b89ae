// The sysctl strategy interface (pkg/security/podsecuritypolicy/sysctl/types.go).

import type { Pod } from '../../api/core.js';
import type { FieldErrorList } from '../field.js';

export interface SysctlsStrategy {
  /** Validates `spec.securityContext.sysctls`, errors at `pod.spec.securityContext.sysctls[i]`. */
  validate(pod: Pod): FieldErrorList;
}
