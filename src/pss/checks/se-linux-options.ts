// seLinuxOptions (baseline, v1.0; v1.31) — mirrors policy/check_seLinuxOptions.go: the SELinux type must be one of
// the container types, user and role must be empty; v1.31 adds container_engine_t (spec §2.3).

import type { Check, CheckResult, PssPod } from '../types.js';
import { ALLOWED } from '../types.js';
import {
  containerNoun, joinQuote, obj, pluralize, podSecurityContext, securityContext, sortedSet, str, v1, visitContainers,
} from './util.js';

const ALLOWED_TYPES_1_0: ReadonlySet<string> = new Set(['', 'container_t', 'container_init_t', 'container_kvm_t']);
const ALLOWED_TYPES_1_31: ReadonlySet<string> = new Set([...ALLOWED_TYPES_1_0, 'container_engine_t']);

/** The SELinux types the implementation active at policy version v1.<minor> allows. */
export const allowedSeLinuxTypes = (minor: number): ReadonlySet<string> => (minor >= 31 ? ALLOWED_TYPES_1_31 : ALLOWED_TYPES_1_0);

/** What is forbidden in one seLinuxOptions object: a disallowed type (the type), a set user, a set role. */
export function seLinuxOptionsViolations(
  options: Record<string, unknown>,
  allowedTypes: ReadonlySet<string>,
): { badType?: string; userSet: boolean; roleSet: boolean } {
  const type = str(options.type);
  return {
    ...(allowedTypes.has(type) ? {} : { badType: type }),
    userSet: str(options.user) !== '',
    roleSet: str(options.role) !== '',
  };
}

function seLinuxOptionsWith(allowedTypes: ReadonlySet<string>): (pod: PssPod) => CheckResult {
  return (pod) => {
    const badTypes: string[] = [];
    let setUser = false;
    let setRole = false;
    /** Records what is forbidden in one seLinuxOptions object; true when it is all allowed. */
    const valid = (options: Record<string, unknown>): boolean => {
      const { badType, userSet, roleSet } = seLinuxOptionsViolations(options, allowedTypes);
      if (badType !== undefined) badTypes.push(badType);
      setUser ||= userSet;
      setRole ||= roleSet;
      return badType === undefined && !userSet && !roleSet;
    };

    const setters: string[] = [];
    const podOptions = obj(podSecurityContext(pod.spec)?.seLinuxOptions);
    if (podOptions !== undefined && !valid(podOptions)) setters.push('pod');
    const badContainers = visitContainers(pod.spec)
      .filter(({ container }) => {
        const options = obj(securityContext(container)?.seLinuxOptions);
        return options !== undefined && !valid(options);
      })
      .map(({ name }) => name);
    if (badContainers.length > 0) setters.push(containerNoun(badContainers));
    if (setters.length === 0) return ALLOWED;

    const parts: string[] = [];
    const types = sortedSet(badTypes);
    if (types.length > 0) parts.push(`${pluralize('type', 'types', types.length)} ${joinQuote(types)}`);
    if (setUser) parts.push('user may not be set');
    if (setRole) parts.push('role may not be set');
    return {
      allowed: false,
      forbiddenReason: 'seLinuxOptions',
      forbiddenDetail: `${setters.join(' and ')} set forbidden securityContext.seLinuxOptions: ${parts.join('; ')}`,
    };
  };
}

export const seLinuxOptions: Check = {
  id: 'seLinuxOptions',
  level: 'baseline',
  versions: [
    { minimumVersion: v1(0), checkPod: seLinuxOptionsWith(allowedSeLinuxTypes(0)) },
    { minimumVersion: v1(31), checkPod: seLinuxOptionsWith(allowedSeLinuxTypes(31)) },
  ],
};
