// The AppArmor strategy interface (pkg/security/podsecuritypolicy/apparmor/strategy.go).

import type { Container, Pod } from '../../api/core.js';
import type { FieldErrorList } from '../field.js';

export interface AppArmorStrategy {
  /**
   * The pod annotations with the container's profile defaulted; returns the given object unchanged
   * (same reference) when nothing is written.
   */
  generate(annotations: Record<string, string> | undefined, container: Container): Record<string, string> | undefined;
  validate(pod: Pod, container: Container): FieldErrorList;
}
