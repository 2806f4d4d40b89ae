// Checks of the AppArmor and seccomp profile annotations a PodSecurityPolicy carries.
// Mirrors ValidatePodSecurityPolicySpecificAnnotations in pkg/apis/policy/validation/validation.go, with
// ValidateAppArmorProfileFormat and ValidateSeccompProfile from pkg/apis/core/validation/validation.go.

import {
  APPARMOR_ALLOWED_PROFILES_ANNOTATION,
  APPARMOR_DEFAULT_PROFILE_ANNOTATION,
  SECCOMP_ALLOWED_PROFILES_ANNOTATION,
  SECCOMP_DEFAULT_PROFILE_ANNOTATION,
} from '../../api/policy.js';
import { goString, invalid, key, quoteGo, type FieldErrorList } from '../field.js';

const APPARMOR_RUNTIME_DEFAULT = 'runtime/default';
const APPARMOR_UNCONFINED = 'unconfined';
const APPARMOR_LOCALHOST_PREFIX = 'localhost/';
const SECCOMP_RUNTIME_DEFAULT = 'runtime/default';
const SECCOMP_DOCKER_DEFAULT = 'docker/default';
const SECCOMP_UNCONFINED = 'unconfined';
const SECCOMP_LOCALHOST_PREFIX = 'localhost/';
const SECCOMP_ALLOW_ANY = '*';

/**
 * The error text for an AppArmor profile name, or `undefined` when it is valid: empty, `runtime/default`,
 * `unconfined` or anything starting with `localhost/`.
 */
export function appArmorProfileError(profile: string): string | undefined {
  if (profile === '' || profile === APPARMOR_RUNTIME_DEFAULT || profile === APPARMOR_UNCONFINED) return undefined;
  if (profile.startsWith(APPARMOR_LOCALHOST_PREFIX)) return undefined;
  return `invalid AppArmor profile name: ${quoteGo(profile)}`;
}

/**
 * ValidateSeccompProfile: `runtime/default`, `docker/default` and `unconfined` are valid; `localhost/<p>` needs a
 * relative `<p>` without `..` elements (both errors carry `<p>` as value); anything else is invalid.
 */
export function validateSeccompProfile(profile: string, path: string): FieldErrorList {
  if (profile === SECCOMP_RUNTIME_DEFAULT || profile === SECCOMP_DOCKER_DEFAULT) return [];
  if (profile === SECCOMP_UNCONFINED) return [];
  if (!profile.startsWith(SECCOMP_LOCALHOST_PREFIX)) {
    return [invalid(path, goString(profile), 'must be a valid seccomp profile')];
  }
  const localPath = profile.slice(SECCOMP_LOCALHOST_PREFIX.length);
  const errors: FieldErrorList = [];
  if (localPath.startsWith('/')) errors.push(invalid(path, goString(localPath), 'must be a relative path'));
  if (localPath.split('/').includes('..')) errors.push(invalid(path, goString(localPath), "must not contain '..'"));
  return errors;
}

/**
 * The annotation errors, under `<path>[<annotation key>]`: AppArmor default, each bad AppArmor allowed entry (the
 * value is the whole list), seccomp default, each seccomp allowed entry except `*`. Lists split on `,`, untrimmed.
 */
export function validatePolicyAnnotations(annotations: Record<string, string> | undefined, path: string): FieldErrorList {
  const errors: FieldErrorList = [];
  const appArmorDefault = annotations?.[APPARMOR_DEFAULT_PROFILE_ANNOTATION] ?? '';
  if (appArmorDefault !== '') {
    const message = appArmorProfileError(appArmorDefault);
    if (message !== undefined) {
      errors.push(invalid(key(path, APPARMOR_DEFAULT_PROFILE_ANNOTATION), goString(appArmorDefault), message));
    }
  }
  const appArmorAllowed = annotations?.[APPARMOR_ALLOWED_PROFILES_ANNOTATION] ?? '';
  if (appArmorAllowed !== '') {
    for (const profile of appArmorAllowed.split(',')) {
      const message = appArmorProfileError(profile);
      if (message !== undefined) {
        errors.push(invalid(key(path, APPARMOR_ALLOWED_PROFILES_ANNOTATION), goString(appArmorAllowed), message));
      }
    }
  }
  const seccompDefault = annotations?.[SECCOMP_DEFAULT_PROFILE_ANNOTATION] ?? '';
  if (seccompDefault !== '') {
    errors.push(...validateSeccompProfile(seccompDefault, key(path, SECCOMP_DEFAULT_PROFILE_ANNOTATION)));
  }
  const seccompAllowed = annotations?.[SECCOMP_ALLOWED_PROFILES_ANNOTATION] ?? '';
  if (seccompAllowed !== '') {
    for (const profile of seccompAllowed.split(',')) {
      if (profile === SECCOMP_ALLOW_ANY) continue;
      errors.push(...validateSeccompProfile(profile, key(path, SECCOMP_ALLOWED_PROFILES_ANNOTATION)));
    }
  }
  return errors;
}
