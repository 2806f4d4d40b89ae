// The group strategy interface (pkg/security/podsecuritypolicy/group/types.go), used for fsGroup,
// supplementalGroups and runAsGroup.

import type { Pod } from '../../api/core.js';
import type { FieldErrorList } from '../field.js';

export interface GroupStrategy {
  /** Groups to default a nil list to (MustRunAs: `[ranges[0].min]`), else undefined. */
  generate(pod: Pod): number[] | undefined;
  /** A single group to default a nil value to (MustRunAs: `ranges[0].min`), else undefined. */
  generateSingle(pod: Pod): number | undefined;
  /**
   * Validates `groups` (undefined = Go nil; `[]` = explicitly empty) against the rule; errors are reported
   * at `path`.
   */
  validate(path: string, pod: Pod, groups: number[] | undefined): FieldErrorList;
}
