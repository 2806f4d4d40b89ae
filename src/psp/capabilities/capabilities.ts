// Capabilities strategy: adds defaultAddCapabilities, drops requiredDropCapabilities, and validates adds
// against defaultAdd ∪ allowed (`*` allows all). Mirrors pkg/security/podsecuritypolicy/capabilities/capabilities.go.

import type { Capabilities } from '../../api/core.js';
import { child, goCapabilities, goNull, goString, invalid } from '../field.js';
import type { FieldErrorList } from '../field.js';
import type { CapabilitiesStrategy } from './types.js';

/** policy.AllowAllCapabilities. */
export const ALLOW_ALL_CAPABILITIES = '*';

/** Builds the strategy (upstream NewDefaultCapabilities, which cannot fail). The lists are copied. */
export function newDefaultCapabilities(
  defaultAdd: readonly string[] | undefined,
  requiredDrop: readonly string[] | undefined,
  allowed: readonly string[] | undefined,
): CapabilitiesStrategy {
  const defaults = [...(defaultAdd ?? [])];
  const drops = [...(requiredDrop ?? [])];
  const allowedSet = new Set(allowed ?? []);
  const defaultSet = new Set(defaults);
  return {
    generate(_pod, container): Capabilities | undefined {
      const own = container.securityContext?.capabilities;
      const add = new Set(own?.add ?? []);
      const drop = new Set(own?.drop ?? []);
      // A default add is skipped when the container explicitly drops it.
      const newAdd = new Set([...defaults.filter((cap) => !drop.has(cap)), ...add]);
      const newDrop = new Set([...drops, ...drop]);
      // Nothing new: keep the container's object as written (order, duplicates, nil).
      if (newAdd.size === add.size && newDrop.size === drop.size) return own;
      const result: Capabilities = {};
      if (newAdd.size > 0) result.add = [...newAdd].sort(byteWise);
      if (newDrop.size > 0) result.drop = [...newDrop].sort(byteWise);
      return result;
    },
    validate(path, _pod, _container, capabilities): FieldErrorList {
      if (capabilities === undefined) {
        if (defaults.length === 0 && drops.length === 0) return [];
        return [invalid(path, goNull, 'required capabilities are not set on the securityContext')];
      }
      // The wildcard skips every further check, required drops included.
      if (allowedSet.has(ALLOW_ALL_CAPABILITIES)) return [];
      const errors: FieldErrorList = [];
      for (const cap of capabilities.add ?? []) {
        if (!defaultSet.has(cap) && !allowedSet.has(cap)) {
          errors.push(invalid(child(path, 'add'), goString(cap), 'capability may not be added'));
        }
      }
      const dropped = new Set(capabilities.drop ?? []);
      for (const cap of drops) {
        if (!dropped.has(cap)) {
          errors.push(invalid(child(path, 'drop'), goCapabilities(capabilities.drop), `${cap} is required to be dropped but was not found`));
        }
      }
      return errors;
    },
  };
}

function byteWise(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
