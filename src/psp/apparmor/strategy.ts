// AppArmor strategy: defaults a container's profile annotation (mutation C4) and checks it against the policy's
// allowed list (§7.18). Mirrors pkg/security/podsecuritypolicy/apparmor/strategy.go.

import type { Container, Pod } from '../../api/core.js';
import {
  APPARMOR_ALLOWED_PROFILES_ANNOTATION,
  APPARMOR_CONTAINER_ANNOTATION_PREFIX,
  APPARMOR_DEFAULT_PROFILE_ANNOTATION,
} from '../../api/policy.js';
import { child, forbidden, key, quoteGo, type FieldErrorList } from '../field.js';
import type { AppArmorStrategy } from './types.js';

/**
 * Reads the policy annotations `apparmor.security.beta.kubernetes.io/allowedProfileNames` (split on `,`, no
 * trimming, no wildcard; absent ⇒ unrestricted) and `…/defaultProfileName`.
 */
export function createAppArmorStrategy(pspAnnotations: Record<string, string> | undefined): AppArmorStrategy {
  const allowedText =
    pspAnnotations !== undefined && Object.hasOwn(pspAnnotations, APPARMOR_ALLOWED_PROFILES_ANNOTATION)
      ? pspAnnotations[APPARMOR_ALLOWED_PROFILES_ANNOTATION]
      : undefined;
  // Splitting never yields an empty list (`""` gives `[""]`), so a present annotation always restricts.
  const allowed = allowedText === undefined ? undefined : new Set(allowedText.split(','));
  const defaultProfile = pspAnnotations?.[APPARMOR_DEFAULT_PROFILE_ANNOTATION] ?? '';

  return {
    generate(annotations, container: Container) {
      const annotationKey = APPARMOR_CONTAINER_ANNOTATION_PREFIX + container.name;
      // DEVIATION: upstream always returns a copy of the map; we return the same object when nothing is
      // written (so callers can detect mutation by identity) and a new object otherwise.
      if ((annotations?.[annotationKey] ?? '') !== '' || defaultProfile === '') return annotations;
      return { ...annotations, [annotationKey]: defaultProfile };
    },

    validate(pod: Pod, container: Container): FieldErrorList {
      if (allowed === undefined || allowedText === undefined) return [];
      const annotationKey = APPARMOR_CONTAINER_ANNOTATION_PREFIX + container.name;
      const path = key(child('pod', 'metadata', 'annotations'), annotationKey);
      const profile = pod.metadata.annotations?.[annotationKey] ?? '';
      if (profile === '') return [forbidden(path, 'AppArmor profile must be set')];
      if (allowed.has(profile)) return [];
      return [forbidden(path, `${profile} is not an allowed profile. Allowed values: ${quoteGo(allowedText)}`)];
    },
  };
}
