// Checks of the `runtimeClass` stanza: allowed names, duplicates, the `*` wildcard and the default.
// Mirrors validateRuntimeClassStrategy in pkg/apis/policy/validation/validation.go.

import type { RuntimeClassStrategyOptions } from '../../api/policy.js';
import { child, duplicate, goString, goStrings, index, invalid, quoteGo, required, type FieldErrorList } from '../field.js';
import { validateRuntimeClassName } from './names.js';

const ALLOW_ALL = '*';

/**
 * Each allowed name other than `*` must be a DNS-1123 subdomain and appear once; a default must be a valid name
 * and be allowed (by name or `*`); `*` must stand alone.
 */
export function validateRuntimeClassStrategy(path: string, options: RuntimeClassStrategyOptions | undefined): FieldErrorList {
  if (options === undefined) return [];
  const errors: FieldErrorList = [];
  const namesPath = child(path, 'allowedRuntimeClassNames');
  const names = options.allowedRuntimeClassNames ?? [];
  const seen = new Set<string>();
  for (const [i, name] of names.entries()) {
    if (name !== ALLOW_ALL) errors.push(...validateRuntimeClassName(name, index(namesPath, i)));
    if (seen.has(name)) errors.push(duplicate(index(namesPath, i), goString(name)));
    seen.add(name);
  }
  const defaultName = options.defaultRuntimeClassName;
  if (defaultName !== undefined) {
    errors.push(...validateRuntimeClassName(defaultName, child(path, 'defaultRuntimeClassName')));
    if (!seen.has(defaultName) && !seen.has(ALLOW_ALL)) {
      errors.push(required(namesPath, `default ${quoteGo(defaultName)} must be allowed`));
    }
  }
  if (seen.has(ALLOW_ALL) && names.length > 1) {
    errors.push(invalid(namesPath, goStrings(names), "if '*' is present, must not specify other RuntimeClass names"));
  }
  return errors;
}
