// RunAsUser strategy MustRunAs: defaults the uid to the first range's min and requires it inside a range.
// Mirrors pkg/security/podsecuritypolicy/user/mustrunas.go (range check: util.UserFallsInRange).

import type { RunAsUserStrategyOptions } from '../../api/policy.js';
import { child, goInt, invalid, required } from '../field.js';
import type { FieldErrorList } from '../field.js';
import type { RunAsUserStrategy } from './types.js';

/** Builds MustRunAs from `runAsUser`; returns upstream's reason string when no range is given. */
export function newMustRunAs(opts: RunAsUserStrategyOptions): RunAsUserStrategy | string {
  const ranges = (opts.ranges ?? []).map(({ min, max }) => ({ min, max }));
  const first = ranges[0];
  if (first === undefined) return 'MustRunAs requires at least one range';
  // Go's `%v` of []policy.IDRange, e.g. `[{1 1} {10 20}]`.
  const rendered = '[' + ranges.map((range) => `{${range.min} ${range.max}}`).join(' ') + ']';
  const strategy: RunAsUserStrategy = {
    generate: () => first.min,
    validate(scPath, _pod, _container, _runAsNonRoot, runAsUser): FieldErrorList {
      const path = child(scPath, 'runAsUser');
      if (runAsUser === undefined) return [required(path, '')];
      if (ranges.some((range) => runAsUser >= range.min && runAsUser <= range.max)) return [];
      return [invalid(path, goInt(runAsUser), `must be in the ranges: ${rendered}`)];
    },
  };
  return strategy;
}
