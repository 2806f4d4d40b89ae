// The volume checks of a policy (spec §7.5–§7.7): type allow-list, allowed host paths with their read-only
// mounts, flexVolume and inline CSI drivers. Mirrors validatePodVolumes in
// pkg/security/podsecuritypolicy/provider.go.

import type { Container, Pod } from '../api/core.js';
import type { PodSecurityPolicy } from '../api/policy.js';
import { child, goBool, goString, index, invalid, type FieldError } from './field.js';
import { validateCSIDriver, validateFlexVolumeDriver } from './util/drivers.js';
import { allowsHostVolumePath } from './util/host-path.js';
import { allowsVolumeType, volumeTypeOf } from './util/volumes.js';

type ContainerVisitor = (pod: Pod, visit: (container: Container, path: string) => void) => void;

/** Errors for every volume of `pod` the policy does not allow, in volume order. */
export function validatePodVolumes(psp: PodSecurityPolicy, pod: Pod, visitContainers: ContainerVisitor): FieldError[] {
  const errors: FieldError[] = [];
  (pod.spec.volumes ?? []).forEach((volume, i) => {
    const path = index('spec.volumes', i);
    const type = volumeTypeOf(volume);
    if (type === undefined) {
      // Unreachable after defaulting (a volume without a source becomes emptyDir).
      errors.push(invalid(path, goString(''), 'unknown volume type for volume'));
      return;
    }
    if (!allowsVolumeType(psp.spec.volumes, type)) {
      errors.push(invalid(path, goString(type), `${type} volumes are not allowed to be used`));
      return;
    }
    if (type === 'hostPath') {
      const hostPath = volume.hostPath?.path ?? '';
      const { allowed, mustBeReadOnly } = allowsHostVolumePath(psp.spec, hostPath);
      if (!allowed) {
        errors.push(invalid(child(path, 'hostPath', 'pathPrefix'), goString(hostPath), 'is not allowed to be used'));
      } else if (mustBeReadOnly) {
        visitContainers(pod, (container, containerPath) => {
          container.volumeMounts?.forEach((mount, j) => {
            if (mount.name === volume.name && mount.readOnly !== true) {
              errors.push(invalid(child(index(child(containerPath, 'volumeMounts'), j), 'readOnly'), goBool(false), 'must be read-only'));
            }
          });
        });
      }
    } else if (type === 'flexVolume') {
      errors.push(...validateFlexVolumeDriver(psp.spec.allowedFlexVolumes, volume.flexVolume?.driver ?? '', path));
    } else if (type === 'csi') {
      errors.push(...validateCSIDriver(psp.spec.allowedCSIDrivers, volume.csi?.driver ?? '', path));
    }
  });
  return errors;
}
