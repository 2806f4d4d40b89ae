// The SELinux strategy interface (pkg/security/podsecuritypolicy/selinux/types.go).

import type { Container, Pod, SELinuxOptions } from '../../api/core.js';
import type { FieldErrorList } from '../field.js';

export interface SELinuxStrategy {
  /** Options to write when the effective options are nil (MustRunAs: a copy of the policy's), else undefined. */
  generate(pod: Pod, container: Container | undefined): SELinuxOptions | undefined;
  /** Validates `options` (undefined = nil) at `path` (`…seLinuxOptions`). */
  validate(path: string, pod: Pod, container: Container | undefined, options: SELinuxOptions | undefined): FieldErrorList;
}
