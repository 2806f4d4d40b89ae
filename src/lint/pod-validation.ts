// The slice of the API server's object validation (pkg/apis/core/validation) that rejects pods PSP would
// admit: port numbers, ephemeral containers on create, inline CSI volumes while CSIInlineVolume is off
// (≤ 1.15: the field is dropped, leaving a volume without a source). Such objects get HTTP 422 "is invalid".
// DEVIATION: only these checks are modelled; other invalid pods are assumed valid.

import type { Pod } from '../api/core.js';
import { child, forbidden, goInt, index, invalid, renderFieldError, required, type FieldError } from '../psp/field.js';

const PORT_RANGE = 'must be between 1 and 65535, inclusive';

/** Validation errors of `pod`, with paths under `prefix` (`spec` for a Pod, `spec.template.spec` for a template). */
export function validatePodObject(pod: Pod, prefix: string, kubeMinor: number): FieldError[] {
  const errors: FieldError[] = [];
  if (kubeMinor < 16) {
    pod.spec.volumes?.forEach((volume, i) => {
      if (volume.csi !== undefined) errors.push(required(index(child(prefix, 'volumes'), i), 'must specify a volume type'));
    });
  }
  // ValidatePodSpec checks regular containers before init containers.
  for (const list of ['containers', 'initContainers'] as const) {
    pod.spec[list]?.forEach((container, i) => {
      container.ports?.forEach((port, j) => {
        const path = index(child(index(child(prefix, list), i), 'ports'), j);
        const containerPort = port.containerPort ?? 0;
        if (containerPort === 0) errors.push(required(child(path, 'containerPort'), ''));
        else if (containerPort < 1 || containerPort > 65535) errors.push(invalid(child(path, 'containerPort'), goInt(containerPort), PORT_RANGE));
        const hostPort = port.hostPort ?? 0;
        if (hostPort !== 0 && (hostPort < 1 || hostPort > 65535)) errors.push(invalid(child(path, 'hostPort'), goInt(hostPort), PORT_RANGE));
      });
    });
  }
  // While the EphemeralContainers gate is off (before 1.23) the field is dropped before validation.
  if (kubeMinor >= 23 && (pod.spec.ephemeralContainers?.length ?? 0) > 0) {
    const template = prefix !== 'spec';
    errors.push(forbidden(child(prefix, 'ephemeralContainers'), template ? 'ephemeral containers not allowed in pod template' : 'cannot be set on create'));
  }
  return errors;
}

const GROUPS: Record<string, string> = {
  Deployment: 'apps',
  ReplicaSet: 'apps',
  StatefulSet: 'apps',
  DaemonSet: 'apps',
  Job: 'batch',
  CronJob: 'batch',
};

/** `Pod "x" is invalid: …` / `Deployment.apps "x" is invalid: [a, b]` (apierrors.NewInvalid). */
export function invalidObjectMessage(kind: string, name: string, errors: readonly FieldError[]): string {
  const group = GROUPS[kind];
  const qualified = group ? `${kind}.${group}` : kind;
  const rendered = errors.map(renderFieldError);
  const body = rendered.length === 1 ? rendered[0] : `[${rendered.join(', ')}]`;
  return `${qualified} ${JSON.stringify(name)} is invalid: ${body}`;
}
