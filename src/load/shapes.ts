// The Go struct types of the API objects podgate reads, as narrowing shapes (see shape.ts): Pod spec,
// PodSecurityPolicy, RBAC, ServiceAccount, Namespace. Only fields that admission looks at are listed.

import { VOLUME_SOURCE_FIELDS } from '../api/core.js';
import type { Shape } from './shape.js';

const strings: Shape = { array: 'string' };
const metadata: Shape = {
  object: { name: 'string', generateName: 'string', namespace: 'string', labels: 'stringMap', annotations: 'stringMap' },
};

const seLinuxOptions: Shape = { object: { user: 'string', role: 'string', type: 'string', level: 'string' } };
const seccompProfile: Shape = { object: { type: 'string', localhostProfile: 'string' } };

const securityContext: Shape = {
  object: {
    capabilities: { object: { add: strings, drop: strings } },
    privileged: 'bool',
    seLinuxOptions,
    runAsUser: 'int64',
    runAsGroup: 'int64',
    runAsNonRoot: 'bool',
    readOnlyRootFilesystem: 'bool',
    allowPrivilegeEscalation: 'bool',
    procMount: 'string',
    seccompProfile,
  },
};

const container: Shape = {
  object: {
    name: 'string',
    image: 'string',
    ports: { array: { object: { name: 'string', containerPort: 'int32', hostPort: 'int32', protocol: 'string' } } },
    volumeMounts: { array: { object: { name: 'string', mountPath: 'string', readOnly: 'bool' } } },
    securityContext,
  },
};


const volumeFields: Record<string, Shape> = {};
for (const source of VOLUME_SOURCE_FIELDS) volumeFields[source] = 'present';
volumeFields.name = 'string';
volumeFields.hostPath = { object: { path: 'string', type: 'string' } };
volumeFields.flexVolume = { object: { driver: 'string' } };
volumeFields.csi = { object: { driver: 'string' } };
volumeFields.persistentVolumeClaim = { object: { claimName: 'string' } };
volumeFields.projected = { object: { sources: { array: { object: { serviceAccountToken: 'present', secret: 'present', configMap: 'present', downwardAPI: 'present' } } } } };

const podSecurityContext: Shape = {
  object: {
    seLinuxOptions,
    runAsUser: 'int64',
    runAsGroup: 'int64',
    runAsNonRoot: 'bool',
    supplementalGroups: { array: 'int64' },
    fsGroup: 'int64',
    sysctls: { array: { object: { name: 'string', value: 'string' } } },
    seccompProfile,
  },
};

export const POD_SPEC_SHAPE: Shape = {
  object: {
    volumes: { array: { object: volumeFields } },
    initContainers: { array: container },
    containers: { array: container },
    ephemeralContainers: { array: container },
    serviceAccountName: 'string',
    serviceAccount: 'string',
    automountServiceAccountToken: 'bool',
    hostNetwork: 'bool',
    hostPID: 'bool',
    hostIPC: 'bool',
    securityContext: podSecurityContext,
    runtimeClassName: 'string',
  },
};

export const POD_TEMPLATE_SHAPE: Shape = { object: { metadata, spec: POD_SPEC_SHAPE } };

const idRanges: Shape = { array: { object: { min: 'int64', max: 'int64' } } };
const idStrategy: Shape = { object: { rule: 'string', ranges: idRanges } };

export const PSP_SHAPE: Shape = {
  object: {
    metadata,
    spec: {
      object: {
        privileged: 'bool',
        defaultAddCapabilities: strings,
        requiredDropCapabilities: strings,
        allowedCapabilities: strings,
        volumes: strings,
        hostNetwork: 'bool',
        hostPorts: { array: { object: { min: 'int32', max: 'int32' } } },
        hostPID: 'bool',
        hostIPC: 'bool',
        seLinux: { object: { rule: 'string', seLinuxOptions } },
        runAsUser: idStrategy,
        runAsGroup: idStrategy,
        supplementalGroups: idStrategy,
        fsGroup: idStrategy,
        readOnlyRootFilesystem: 'bool',
        defaultAllowPrivilegeEscalation: 'bool',
        allowPrivilegeEscalation: 'bool',
        allowedHostPaths: { array: { object: { pathPrefix: 'string', readOnly: 'bool' } } },
        allowedFlexVolumes: { array: { object: { driver: 'string' } } },
        allowedCSIDrivers: { array: { object: { name: 'string' } } },
        allowedUnsafeSysctls: strings,
        forbiddenSysctls: strings,
        allowedProcMountTypes: strings,
        runtimeClass: { object: { allowedRuntimeClassNames: strings, defaultRuntimeClassName: 'string' } },
      },
    },
  },
};

const policyRule: Shape = {
  object: { verbs: strings, apiGroups: strings, resources: strings, resourceNames: strings, nonResourceURLs: strings },
};

const labelSelector: Shape = {
  object: {
    matchLabels: 'stringMap',
    matchExpressions: { array: { object: { key: 'string', operator: 'string', values: strings } } },
  },
};

export const ROLE_SHAPE: Shape = {
  object: { metadata, rules: { array: policyRule }, aggregationRule: { object: { clusterRoleSelectors: { array: labelSelector } } } },
};

export const BINDING_SHAPE: Shape = {
  object: {
    metadata,
    subjects: { array: { object: { kind: 'string', name: 'string', namespace: 'string', apiGroup: 'string' } } },
    roleRef: { object: { kind: 'string', name: 'string', apiGroup: 'string' } },
  },
};

export const SERVICE_ACCOUNT_SHAPE: Shape = { object: { metadata, automountServiceAccountToken: 'bool' } };
export const NAMESPACE_SHAPE: Shape = { object: { metadata } };
export const METADATA_SHAPE: Shape = { object: { metadata } };
