// hostPathVolumes (baseline, v1.0; replaced by restrictedVolumes at restricted) — mirrors
// policy/check_hostPathVolumes.go: no volume may be a hostPath volume (spec §2.3).

import type { Check, CheckResult, PssPod } from '../types.js';
import { ALLOWED } from '../types.js';
import { get, joinQuote, list, obj, pluralize, str, v1 } from './util.js';

/** The volume sets a hostPath source. */
export const isHostPathVolume = (volume: unknown): boolean => obj(get(volume, 'hostPath')) !== undefined;

function hostPathVolumesV1Dot0(pod: PssPod): CheckResult {
  const bad = list(pod.spec.volumes)
    .filter(isHostPathVolume)
    .map((volume) => str(get(volume, 'name')));
  if (bad.length === 0) return ALLOWED;
  return {
    allowed: false,
    forbiddenReason: 'hostPath volumes',
    forbiddenDetail: `${pluralize('volume', 'volumes', bad.length)} ${joinQuote(bad)}`,
  };
}

export const hostPathVolumes: Check = {
  id: 'hostPathVolumes',
  level: 'baseline',
  versions: [{ minimumVersion: v1(0), checkPod: hostPathVolumesV1Dot0 }],
};
