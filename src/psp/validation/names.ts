// Name checks used by PSP object validation: DNS-1123 subdomains, object names, CSI driver and RuntimeClass names.
// Mirrors apimachinery pkg/util/validation/validation.go (IsDNS1123Subdomain), pkg/api/validation (NameIsDNSSubdomain,
// ValidateObjectMeta) and pkg/apis/core/validation (ValidateCSIDriverName, ValidateRuntimeClassName).

import type { ObjectMeta } from '../../api/core.js';
import { child, goString, invalid, required, tooLong, type FieldErrorList } from '../field.js';

const DNS1123_LABEL_FMT = '[a-z0-9]([-a-z0-9]*[a-z0-9])?';
const DNS1123_SUBDOMAIN_FMT = `${DNS1123_LABEL_FMT}(\\.${DNS1123_LABEL_FMT})*`;
const DNS1123_SUBDOMAIN_RE = new RegExp(`^${DNS1123_SUBDOMAIN_FMT}$`);
const DNS1123_SUBDOMAIN_MAX_LENGTH = 253;
// The wording of 1.20+ ("a DNS-1123 subdomain" before); podgate targets 1.21–1.24.
const DNS1123_SUBDOMAIN_ERROR_MSG =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character";
const CSI_DRIVER_NAME_MAX_LENGTH = 63;

/** Go's `len(s)`: the UTF-8 byte length, which is what every upstream length limit counts. */
export const byteLength = (text: string): number => new TextEncoder().encode(text).length;

/** validation.RegexError: the message, examples in single quotes, then the regex used. */
function regexError(message: string, format: string, ...examples: string[]): string {
  if (examples.length === 0) return `${message} (regex used for validation is '${format}')`;
  return `${message} (e.g. ${examples.map((example) => `'${example}', `).join(' or ')}regex used for validation is '${format}')`;
}

/** The messages IsDNS1123Subdomain returns for `value` (empty when valid): length first, then the pattern. */
export function isDNS1123Subdomain(value: string): string[] {
  const messages: string[] = [];
  if (byteLength(value) > DNS1123_SUBDOMAIN_MAX_LENGTH) {
    messages.push(`must be no more than ${DNS1123_SUBDOMAIN_MAX_LENGTH} characters`);
  }
  if (!DNS1123_SUBDOMAIN_RE.test(value)) {
    messages.push(regexError(DNS1123_SUBDOMAIN_ERROR_MSG, DNS1123_SUBDOMAIN_FMT, 'example.com'));
  }
  return messages;
}

/**
 * NameIsDNSSubdomain. With `prefix` (a generateName) a trailing dash is masked first — upstream drops the last
 * two characters and appends `a`, a quirk kept because it decides which prefixes pass.
 */
export function nameIsDNSSubdomain(name: string, prefix: boolean): string[] {
  const masked = prefix && name.length > 1 && name.endsWith('-') ? name.slice(0, -2) + 'a' : name;
  return isDNS1123Subdomain(masked);
}

/**
 * The name part of ValidateObjectMeta for a cluster-scoped object named by DNS-1123 subdomain (`metadata.*`).
 * The namespace of a cluster-scoped object is cleared by the API server before validation, so it is not checked.
 */
// DEVIATION: only generateName and name are checked; labels, annotation keys/size, ownerReferences, finalizers
// and managedFields (also part of ValidateObjectMeta) are not.
export function validateObjectMetaName(meta: ObjectMeta, path: string): FieldErrorList {
  const errors: FieldErrorList = [];
  const generateName = meta.generateName ?? '';
  const name = meta.name ?? '';
  if (generateName !== '') {
    for (const message of nameIsDNSSubdomain(generateName, true)) {
      errors.push(invalid(child(path, 'generateName'), goString(generateName), message));
    }
  }
  if (name === '') {
    // DEVIATION: on create the server first generates `<generateName><5 random chars>` and validates that name;
    // the random name cannot be reproduced, so an object with only generateName is taken as named validly.
    if (generateName === '') errors.push(required(child(path, 'name'), 'name or generateName is required'));
    return errors;
  }
  for (const message of nameIsDNSSubdomain(name, false)) {
    errors.push(invalid(child(path, 'name'), goString(name), message));
  }
  return errors;
}

/**
 * ValidateCSIDriverName: required, at most 63 bytes, and (lower-cased) a DNS-1123 subdomain. An empty name
 * gets both the Required and the pattern error, as upstream.
 */
export function validateCSIDriverName(name: string, path: string): FieldErrorList {
  const errors: FieldErrorList = [];
  if (name === '') errors.push(required(path, ''));
  if (byteLength(name) > CSI_DRIVER_NAME_MAX_LENGTH) {
    errors.push(tooLong(path, CSI_DRIVER_NAME_MAX_LENGTH));
  }
  for (const message of isDNS1123Subdomain(name.toLowerCase())) {
    errors.push(invalid(path, goString(name), message));
  }
  return errors;
}

/** ValidateRuntimeClassName: a DNS-1123 subdomain, one Invalid error per failed rule. */
export function validateRuntimeClassName(name: string, path: string): FieldErrorList {
  return nameIsDNSSubdomain(name, false).map((message) => invalid(path, goString(name), message));
}
