// procMount_restricted (restricted, v1.35; overrides procMount) — mirrors policy/check_procMount_restricted.go:
// the v1.0 procMount rule and message, whatever spec.hostUsers says (spec §2.4).

import type { Check } from '../types.js';
import { procMountV1Dot0 } from './proc-mount.js';
import { v1 } from './util.js';

export const procMountRestricted: Check = {
  id: 'procMount_restricted',
  level: 'restricted',
  versions: [{ minimumVersion: v1(35), checkPod: procMountV1Dot0, overrides: ['procMount'] }],
};
