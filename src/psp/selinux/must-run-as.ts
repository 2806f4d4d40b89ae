// SELinux strategy MustRunAs: defaults to the policy's seLinuxOptions and requires them exactly, with the
// level compared as sensitivity + category multiset. Mirrors pkg/security/podsecuritypolicy/selinux/mustrunas.go.

import type { SELinuxOptions } from '../../api/core.js';
import type { SELinuxStrategyOptions } from '../../api/policy.js';
import { child, goString, invalid, required } from '../field.js';
import type { FieldErrorList } from '../field.js';
import type { SELinuxStrategy } from './types.js';

type FullOptions = Required<SELinuxOptions>;

/** Builds MustRunAs; returns upstream's reason string when the policy has no `seLinuxOptions`. */
export function newMustRunAs(opts: SELinuxStrategyOptions): SELinuxStrategy | string {
  const wanted = opts.seLinuxOptions;
  if (wanted === undefined) return 'MustRunAs requires SELinuxOptions';
  // Go strings: an absent field is "". Field order is the Go struct's (user, role, type, level).
  const expected: FullOptions = {
    user: wanted.user ?? '',
    role: wanted.role ?? '',
    type: wanted.type ?? '',
    level: wanted.level ?? '',
  };
  const strategy: SELinuxStrategy = {
    // A fresh copy each time so a mutated pod never shares an object with the policy or another pod.
    generate: () => ({ ...expected }),
    validate(path, _pod, _container, options): FieldErrorList {
      if (options === undefined) return [required(path, '')];
      const errors: FieldErrorList = [];
      const mismatch = (name: keyof FullOptions, actual: string): void => {
        errors.push(invalid(child(path, name), goString(actual), `must be ${expected[name]}`));
      };
      const actual: FullOptions = {
        user: options.user ?? '',
        role: options.role ?? '',
        type: options.type ?? '',
        level: options.level ?? '',
      };
      if (!equalLevels(expected.level, actual.level)) mismatch('level', actual.level);
      if (actual.role !== expected.role) mismatch('role', actual.role);
      if (actual.type !== expected.type) mismatch('type', actual.type);
      if (actual.user !== expected.user) mismatch('user', actual.user);
      return errors;
    },
  };
  return strategy;
}

/**
 * SELinux level equality: identical strings, or both `<sensitivity>:<categories>` with equal sensitivities
 * and the same comma-separated categories in any order (`s0:c6,c0` == `s0:c0,c6`). Ranges such as
 * `c0.c3` are compared as written, not expanded.
 */
export function equalLevels(expected: string, actual: string): boolean {
  if (expected === actual) return true;
  const expectedParts = splitOnce(expected);
  const actualParts = splitOnce(actual);
  if (expectedParts === undefined || actualParts === undefined) return false;
  if (expectedParts[0] !== actualParts[0]) return false;
  const expectedCategories = expectedParts[1].split(',').sort(byteWise);
  const actualCategories = actualParts[1].split(',').sort(byteWise);
  return (
    expectedCategories.length === actualCategories.length &&
    expectedCategories.every((category, i) => category === actualCategories[i])
  );
}

/** strings.SplitN(level, ":", 2) when it yields two parts. */
function splitOnce(level: string): [string, string] | undefined {
  const at = level.indexOf(':');
  return at < 0 ? undefined : [level.slice(0, at), level.slice(at + 1)];
}

function byteWise(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
