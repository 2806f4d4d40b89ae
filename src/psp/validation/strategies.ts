// Checks of the rule-based strategy stanzas: runAsUser, runAsGroup, seLinux, supplementalGroups, fsGroup.
// Mirrors validatePSPRunAsUser, validatePSPRunAsGroup, validatePSPSELinux, validatePSPSupplementalGroup,
// validatePSPFSGroup and validateIDRanges in pkg/apis/policy/validation/validation.go.

import type {
  GroupStrategyOptions,
  IDRange,
  RunAsUserStrategyOptions,
  SELinuxStrategyOptions,
} from '../../api/policy.js';
import {
  child,
  goInt,
  goSlice,
  goString,
  index,
  invalid,
  notSupported,
  type FieldErrorList,
  type GoValue,
} from '../field.js';

// Supported rules in the order upstream lists them: sets.String.List() sorts; runAsGroup uses a literal list.
const RUN_AS_USER_RULES = ['MustRunAs', 'MustRunAsNonRoot', 'RunAsAny'] as const;
const RUN_AS_GROUP_RULES = ['MustRunAs', 'RunAsAny', 'MayRunAs'] as const;
const SELINUX_RULES = ['MustRunAs', 'RunAsAny'] as const;
const GROUP_RULES = ['MayRunAs', 'MustRunAs', 'RunAsAny'] as const;

/** `%#v` of the internal `[]policy.IDRange`: `[]policy.IDRange{policy.IDRange{Min:1, Max:2}}`, nil as `(nil)`. */
export function goIDRanges(ranges: readonly IDRange[] | undefined): GoValue {
  return goSlice(
    '[]policy.IDRange',
    ranges?.map((range) => ({ kind: 'literal', text: `policy.IDRange{Min:${range.min ?? 0}, Max:${range.max ?? 0}}` })),
  );
}

/** validateIDRanges: negative bounds, then min above max; all errors on `<path>.min` / `<path>.max`. */
export function validateIDRange(path: string, range: IDRange): FieldErrorList {
  const min = range.min ?? 0;
  const max = range.max ?? 0;
  const errors: FieldErrorList = [];
  if (min < 0) errors.push(invalid(child(path, 'min'), goInt(min), 'min cannot be negative'));
  if (max < 0) errors.push(invalid(child(path, 'max'), goInt(max), 'max cannot be negative'));
  if (min > max) errors.push(invalid(child(path, 'min'), goInt(min), 'min cannot be greater than max'));
  return errors;
}

function validateRanges(path: string, ranges: readonly IDRange[] | undefined): FieldErrorList {
  return (ranges ?? []).flatMap((range, i) => validateIDRange(index(child(path, 'ranges'), i), range));
}

/** A rule outside `supported` (an absent rule is Go's empty string) is NotSupported at `<path>.rule`. */
function validateRule(path: string, rule: string | undefined, supported: readonly string[]): FieldErrorList {
  const value = rule ?? '';
  return supported.includes(value) ? [] : [notSupported(child(path, 'rule'), goString(value), supported)];
}

/** runAsUser: the rule, then every range whatever the rule. Ranges are not required here (see spec §5.2). */
export function validateRunAsUser(path: string, options: RunAsUserStrategyOptions | undefined): FieldErrorList {
  return [...validateRule(path, options?.rule, RUN_AS_USER_RULES), ...validateRanges(path, options?.ranges)];
}

/**
 * runAsGroup (optional stanza): RunAsAny must have no ranges (ranges then unchecked); MustRunAs/MayRunAs need at
 * least one, each checked; another rule is NotSupported and its ranges are not looked at.
 */
export function validateRunAsGroup(path: string, options: GroupStrategyOptions | undefined): FieldErrorList {
  if (options === undefined) return [];
  const ranges = options.ranges;
  switch (options.rule ?? '') {
    case 'RunAsAny':
      return ranges !== undefined && ranges.length > 0
        ? [invalid(child(path, 'ranges'), goIDRanges(ranges), 'Ranges must be empty')]
        : [];
    case 'MustRunAs':
    case 'MayRunAs': {
      const errors: FieldErrorList = [];
      if (ranges === undefined || ranges.length === 0) {
        errors.push(invalid(child(path, 'ranges'), goIDRanges(ranges), 'must provide at least one range'));
      }
      return [...errors, ...validateRanges(path, ranges)];
    }
    default:
      return [notSupported(child(path, 'rule'), goString(options.rule ?? ''), RUN_AS_GROUP_RULES)];
  }
}

/** seLinux: only the rule; MustRunAs without seLinuxOptions passes validation (the policy is ignored later). */
export function validateSELinux(path: string, options: SELinuxStrategyOptions | undefined): FieldErrorList {
  return validateRule(path, options?.rule, SELINUX_RULES);
}

/** supplementalGroups and fsGroup: the rule, then every range whatever the rule; ranges are not required. */
export function validateGroupStrategy(path: string, options: GroupStrategyOptions | undefined): FieldErrorList {
  return [...validateRule(path, options?.rule, GROUP_RULES), ...validateRanges(path, options?.ranges)];
}
