// The capabilities strategy interface (pkg/security/podsecuritypolicy/capabilities/types.go).

import type { Capabilities, Container, Pod } from '../../api/core.js';
import type { FieldErrorList } from '../field.js';

export interface CapabilitiesStrategy {
  /**
   * The container's capabilities after applying defaultAdd / requiredDrop. Returns the container's own
   * object (same reference, possibly undefined) when nothing needs to change.
   */
  generate(pod: Pod, container: Container): Capabilities | undefined;
  /** Validates `capabilities` at `path` (`<c>.securityContext.capabilities`). */
  validate(path: string, pod: Pod, container: Container, capabilities: Capabilities | undefined): FieldErrorList;
}
