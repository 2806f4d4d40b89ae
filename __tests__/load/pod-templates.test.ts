// Tests for pod-templates.ts: the pod each workload kind creates (spec §11.1), the name the API server prints
// for it, v1 defaulting that matters to PSP (spec §1), fields the target version's decoder drops, and
// StatefulSet claim volumes (spec §11.2) with the YAML path each volume came from.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { ObjectRef } from '../../src/api/diagnostic.js';
import type { WorkloadKind } from '../../src/load/kinds.js';
import { parseManifestFile, type ManifestObject } from '../../src/load/parse.js';
import { extractPod, type PodTemplateResult } from '../../src/load/pod-templates.js';

const deepFreeze = <T>(value: T): T => {
  if (typeof value === 'object' && value !== null) Object.values(value).forEach(deepFreeze);
  return Object.freeze(value);
};

/** The single object of `text`, frozen so that any mutation by extractPod throws. */
function manifest(text: string): ManifestObject {
  const [object] = parseManifestFile({ path: 'workload.yaml', text }).objects;
  if (object === undefined) throw new Error('no object');
  deepFreeze(object.value);
  return object;
}
const refOf = (source: ManifestObject, namespace = 'default'): ObjectRef => {
  const metadata = source.value.metadata as { name?: string; generateName?: string };
  return { apiVersion: String(source.value.apiVersion), kind: String(source.value.kind), name: metadata.name ?? metadata.generateName ?? '', namespace };
};
const extract = (text: string, kubeMinor = 24, namespace = 'default'): { source: ManifestObject; result: PodTemplateResult } => {
  const source = manifest(text);
  return { source, result: extractPod(source, refOf(source, namespace), source.value.kind as WorkloadKind, { kubeMinor }) };
};
const lines = (...rows: string[]): string => `${rows.join('\n')}\n`;

const extractSuite = suite('extractPod');

extractSuite('should build a bare Pod with its own name, the namespace and an empty pod security context', () => {
  const { source, result } = extract(lines(
    'apiVersion: v1',
    'kind: Pod',
    'metadata:',
    '  name: p',
    '  labels: {app: p}',
    'spec:',
    '  serviceAccountName: builder',
    '  containers:',
    '  - name: app',
    '    image: nginx',
    '  volumes:',
    '  - name: cache',
    '    emptyDir: {}',
  ), 24, 'shop');
  assert.equal(result, {
    pod: {
      source,
      ref: { apiVersion: 'v1', kind: 'Pod', name: 'p', namespace: 'shop' },
      kind: 'Pod',
      templatePath: [],
      pod: {
        metadata: { name: 'p', labels: { app: 'p' }, namespace: 'shop' },
        spec: { serviceAccountName: 'builder', containers: [{ name: 'app', image: 'nginx' }], volumes: [{ name: 'cache', emptyDir: {} }], securityContext: {} },
      },
      podName: 'p',
      creator: 'user',
      volumeOrigins: [['spec', 'volumes', 0]],
    },
  });
});

extractSuite('should name a Pod by generateName, else "Unknown"', () => {
  const named = extract(lines('apiVersion: v1', 'kind: Pod', 'metadata: {generateName: job-}', 'spec: {containers: [{name: a}]}')).result;
  assert.equal('pod' in named ? [named.pod.podName, named.pod.pod.metadata] : named, ['job-', { generateName: 'job-', namespace: 'default' }]);
  const anonymous = extract(lines('apiVersion: v1', 'kind: Pod', 'metadata: {}', 'spec: {containers: [{name: a}]}')).result;
  assert.equal('pod' in anonymous ? anonymous.pod.podName : anonymous, 'Unknown');
});

extractSuite('should build a Deployment\'s pod from its template with the workload namespace and no template name', () => {
  const { source, result } = extract(lines(
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata: {name: web, namespace: shop}',
    'spec:',
    '  template:',
    '    metadata:',
    '      name: ignored',
    '      generateName: ignored-',
    '      namespace: elsewhere',
    '      labels: {app: web}',
    '      annotations: {container.apparmor.security.beta.kubernetes.io/app: runtime/default}',
    '    spec:',
    '      containers: [{name: app, image: nginx}]',
    '      volumes: [{name: a, secret: {secretName: s}}, {name: b, configMap: {name: c}}]',
  ), 24, 'shop');
  assert.equal(result, {
    pod: {
      source,
      ref: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web', namespace: 'shop' },
      kind: 'Deployment',
      templatePath: ['spec', 'template'],
      pod: {
        metadata: { namespace: 'shop', labels: { app: 'web' }, annotations: { 'container.apparmor.security.beta.kubernetes.io/app': 'runtime/default' } },
        spec: { containers: [{ name: 'app', image: 'nginx' }], volumes: [{ name: 'a', secret: {} }, { name: 'b', configMap: {} }], securityContext: {} },
      },
      podName: 'web-{hash}-',
      creator: 'replicaset-controller',
      volumeOrigins: [['spec', 'template', 'spec', 'volumes', 0], ['spec', 'template', 'spec', 'volumes', 1]],
    },
  });
});

interface KindCase {
  apiVersion: string;
  kind: WorkloadKind;
  spec: string;
  kubeMinor: number;
  expected: { templatePath: (string | number)[]; podName: string; creator: string };
}

const TEMPLATE = '{template: {spec: {containers: [{name: c}]}}}';
const KIND_CASES: KindCase[] = [
  { apiVersion: 'apps/v1', kind: 'ReplicaSet', spec: TEMPLATE, kubeMinor: 24, expected: { templatePath: ['spec', 'template'], podName: 'w-', creator: 'replicaset-controller' } },
  { apiVersion: 'v1', kind: 'ReplicationController', spec: TEMPLATE, kubeMinor: 24, expected: { templatePath: ['spec', 'template'], podName: 'w-', creator: 'replication-controller' } },
  { apiVersion: 'apps/v1', kind: 'DaemonSet', spec: TEMPLATE, kubeMinor: 24, expected: { templatePath: ['spec', 'template'], podName: 'w-', creator: 'daemon-set-controller' } },
  { apiVersion: 'apps/v1', kind: 'StatefulSet', spec: TEMPLATE, kubeMinor: 24, expected: { templatePath: ['spec', 'template'], podName: 'w-0', creator: 'statefulset-controller' } },
  { apiVersion: 'batch/v1', kind: 'Job', spec: TEMPLATE, kubeMinor: 24, expected: { templatePath: ['spec', 'template'], podName: 'w-', creator: 'job-controller' } },
  {
    apiVersion: 'batch/v1', kind: 'Job', spec: '{completionMode: Indexed, template: {spec: {containers: [{name: c}]}}}', kubeMinor: 21,
    expected: { templatePath: ['spec', 'template'], podName: 'w-0-', creator: 'job-controller' },
  },
  {
    apiVersion: 'batch/v1', kind: 'Job', spec: '{completionMode: Indexed, template: {spec: {containers: [{name: c}]}}}', kubeMinor: 20,
    expected: { templatePath: ['spec', 'template'], podName: 'w-', creator: 'job-controller' },
  },
  {
    apiVersion: 'batch/v1', kind: 'CronJob', spec: `{schedule: "* * * * *", jobTemplate: {spec: ${TEMPLATE}}}`, kubeMinor: 24,
    expected: { templatePath: ['spec', 'jobTemplate', 'spec', 'template'], podName: 'w-{scheduled}-', creator: 'job-controller' },
  },
];

for (const { apiVersion, kind, spec, kubeMinor, expected } of KIND_CASES) {
  extractSuite(`should take a ${kind}${spec.includes('Indexed') ? ` (Indexed, 1.${kubeMinor})` : ''} template from ${expected.templatePath.join('.')} and name its pod ${expected.podName}`, () => {
    const { result } = extract(lines(`apiVersion: ${apiVersion}`, `kind: ${kind}`, 'metadata: {name: w}', `spec: ${spec}`), kubeMinor);
    assert.equal('pod' in result ? { templatePath: result.pod.templatePath, podName: result.pod.podName, creator: result.pod.creator, pod: result.pod.pod } : result, {
      ...expected,
      pod: { metadata: { namespace: 'default' }, spec: { containers: [{ name: 'c' }], securityContext: {} } },
    });
  });
}

extractSuite('should default hostPort to containerPort on a hostNetwork pod, for init and regular containers', () => {
  const { result } = extract(lines(
    'apiVersion: v1',
    'kind: Pod',
    'metadata: {name: p}',
    'spec:',
    '  hostNetwork: true',
    '  initContainers:',
    '  - name: init',
    '    ports: [{containerPort: 53, protocol: UDP}]',
    '  containers:',
    '  - name: app',
    '    ports:',
    '    - containerPort: 80',
    '    - containerPort: 443',
    '      hostPort: 8443',
    '    - containerPort: 8080',
    '      hostPort: 0',
  ));
  assert.equal('pod' in result ? result.pod.pod.spec : result, {
    hostNetwork: true,
    initContainers: [{ name: 'init', ports: [{ containerPort: 53, protocol: 'UDP', hostPort: 53 }] }],
    containers: [{ name: 'app', ports: [{ containerPort: 80, hostPort: 80 }, { containerPort: 443, hostPort: 8443 }, { containerPort: 8080, hostPort: 8080 }] }],
    securityContext: {},
  });
});

extractSuite('should leave hostPort unset without hostNetwork', () => {
  const { result } = extract(lines('apiVersion: v1', 'kind: Pod', 'metadata: {name: p}', 'spec:', '  hostNetwork: false', '  containers: [{name: app, ports: [{containerPort: 80}]}]'));
  assert.equal('pod' in result ? result.pod.pod.spec : result, { hostNetwork: false, containers: [{ name: 'app', ports: [{ containerPort: 80 }] }], securityContext: {} });
});

extractSuite('should default a volume without any source to emptyDir', () => {
  const { result } = extract(lines(
    'apiVersion: v1',
    'kind: Pod',
    'metadata: {name: p}',
    'spec:',
    '  containers: [{name: app}]',
    '  volumes:',
    '  - name: bare',
    '  - name: nulled',
    '    hostPath: null',
    '  - name: host',
    '    hostPath: {path: /var/log}',
  ));
  assert.equal('pod' in result ? [result.pod.pod.spec.volumes, result.pod.volumeOrigins] : result, [
    [{ name: 'bare', emptyDir: {} }, { name: 'nulled', emptyDir: {} }, { name: 'host', hostPath: { path: '/var/log' } }],
    [['spec', 'volumes', 0], ['spec', 'volumes', 1], ['spec', 'volumes', 2]],
  ]);
});

extractSuite('should copy the deprecated serviceAccount field into an empty serviceAccountName only', () => {
  const old = extract(lines('apiVersion: v1', 'kind: Pod', 'metadata: {name: p}', 'spec: {serviceAccount: legacy, containers: [{name: a}]}')).result;
  assert.equal('pod' in old ? old.pod.pod.spec : old, { serviceAccount: 'legacy', serviceAccountName: 'legacy', containers: [{ name: 'a' }], securityContext: {} });
  const both = extract(lines('apiVersion: v1', 'kind: Pod', 'metadata: {name: p}', 'spec: {serviceAccount: legacy, serviceAccountName: current, containers: [{name: a}]}')).result;
  assert.equal('pod' in both ? both.pod.pod.spec : both, { serviceAccount: 'legacy', serviceAccountName: 'current', containers: [{ name: 'a' }], securityContext: {} });
});

const VERSIONED = lines(
  'apiVersion: v1',
  'kind: Pod',
  'metadata: {name: p}',
  'spec:',
  '  securityContext: {runAsUser: 1000, seccompProfile: {type: RuntimeDefault}}',
  '  containers:',
  '  - name: app',
  '    securityContext: {privileged: true, seccompProfile: {type: Unconfined}}',
  '  - name: plain',
  '    securityContext: {seccompProfile: {type: Localhost, localhostProfile: p.json}}',
  '  volumes:',
  '  - name: scratch',
  '    ephemeral: {volumeClaimTemplate: {spec: {}}}',
);

extractSuite('should drop seccompProfile fields and ephemeral volume sources a 1.18 decoder does not know', () => {
  const { result } = extract(VERSIONED, 18);
  assert.equal('pod' in result ? result.pod.pod.spec : result, {
    securityContext: { runAsUser: 1000 },
    containers: [{ name: 'app', securityContext: { privileged: true } }, { name: 'plain', securityContext: {} }],
    volumes: [{ name: 'scratch', emptyDir: {} }],
  });
});

extractSuite('should keep seccompProfile fields and ephemeral volumes from 1.19 on', () => {
  const { result } = extract(VERSIONED, 19);
  assert.equal('pod' in result ? result.pod.pod.spec : result, {
    securityContext: { runAsUser: 1000, seccompProfile: { type: 'RuntimeDefault' } },
    containers: [
      { name: 'app', securityContext: { privileged: true, seccompProfile: { type: 'Unconfined' } } },
      { name: 'plain', securityContext: { seccompProfile: { type: 'Localhost', localhostProfile: 'p.json' } } },
    ],
    volumes: [{ name: 'scratch', ephemeral: {} }],
  });
});

extractSuite('should put StatefulSet claim volumes first, replacing same-named template volumes, with their origins', () => {
  const { source, result } = extract(lines(
    'apiVersion: apps/v1',
    'kind: StatefulSet',
    'metadata: {name: db}',
    'spec:',
    '  volumeClaimTemplates:',
    '  - metadata: {name: data}',
    '    spec: {accessModes: [ReadWriteOnce]}',
    '  - metadata: {name: logs}',
    '    spec: {accessModes: [ReadWriteOnce]}',
    '  template:',
    '    spec:',
    '      containers: [{name: db}]',
    '      volumes:',
    '      - name: config',
    '        configMap: {name: c}',
    '      - name: data',
    '        emptyDir: {}',
    '      - name: scratch',
  ));
  assert.equal(result, {
    pod: {
      source,
      ref: { apiVersion: 'apps/v1', kind: 'StatefulSet', name: 'db', namespace: 'default' },
      kind: 'StatefulSet',
      templatePath: ['spec', 'template'],
      pod: {
        metadata: { namespace: 'default' },
        spec: {
          containers: [{ name: 'db' }],
          volumes: [
            { name: 'data', persistentVolumeClaim: { claimName: 'data-db-0' } },
            { name: 'logs', persistentVolumeClaim: { claimName: 'logs-db-0' } },
            { name: 'config', configMap: {} },
            { name: 'scratch', emptyDir: {} },
          ],
          securityContext: {},
        },
      },
      podName: 'db-0',
      creator: 'statefulset-controller',
      volumeOrigins: [
        ['spec', 'volumeClaimTemplates', 0],
        ['spec', 'volumeClaimTemplates', 1],
        ['spec', 'template', 'spec', 'volumes', 0],
        ['spec', 'template', 'spec', 'volumes', 2],
      ],
    },
  });
});

extractSuite('should give a StatefulSet with claim templates but no template volumes only the claim volumes', () => {
  const { result } = extract(lines(
    'apiVersion: apps/v1',
    'kind: StatefulSet',
    'metadata: {name: web}',
    'spec:',
    '  volumeClaimTemplates: [{metadata: {name: www}}]',
    '  template: {spec: {containers: [{name: nginx}]}}',
  ));
  assert.equal('pod' in result ? [result.pod.pod.spec.volumes, result.pod.volumeOrigins] : result, [
    [{ name: 'www', persistentVolumeClaim: { claimName: 'www-web-0' } }],
    [['spec', 'volumeClaimTemplates', 0]],
  ]);
});

extractSuite('should report a missing pod template at its path', () => {
  const { result } = extract(lines('apiVersion: apps/v1', 'kind: Deployment', 'metadata: {name: web}', 'spec: {replicas: 2}'));
  assert.equal(result, { errors: [{ path: ['spec', 'template'], message: 'the pod template is missing' }] });
  const cron = extract(lines('apiVersion: batch/v1', 'kind: CronJob', 'metadata: {name: c}', 'spec: {jobTemplate: {spec: {}}}')).result;
  assert.equal(cron, { errors: [{ path: ['spec', 'jobTemplate', 'spec', 'template'], message: 'the pod template is missing' }] });
});

extractSuite('should require at least one container', () => {
  const { result } = extract(lines('apiVersion: apps/v1', 'kind: DaemonSet', 'metadata: {name: ds}', 'spec: {template: {spec: {containers: []}}}'));
  assert.equal(result, { errors: [{ path: ['spec', 'template', 'spec', 'containers'], message: 'Required value: a pod needs at least one container' }] });
  const pod = extract(lines('apiVersion: v1', 'kind: Pod', 'metadata: {name: p}')).result;
  assert.equal(pod, { errors: [{ path: ['spec', 'containers'], message: 'Required value: a pod needs at least one container' }] });
});

extractSuite('should report wrongly typed template fields with paths from the object root', () => {
  const { result } = extract(lines(
    'apiVersion: batch/v1',
    'kind: CronJob',
    'metadata: {name: c}',
    'spec:',
    '  jobTemplate:',
    '    spec:',
    '      template:',
    '        metadata: {annotations: {a: 1}}',
    '        spec:',
    '          hostPID: "true"',
    '          containers: [{name: c, securityContext: {runAsUser: "0"}}]',
  ));
  const root = ['spec', 'jobTemplate', 'spec', 'template'];
  assert.equal(result, {
    errors: [
      { path: [...root, 'metadata', 'annotations', 'a'], message: 'expected a string, got number 1' },
      { path: [...root, 'spec', 'containers', 0, 'securityContext', 'runAsUser'], message: 'expected an integer, got string "0"' },
      { path: [...root, 'spec', 'hostPID'], message: 'expected a boolean, got string "true"' },
    ],
  });
});

extractSuite.run();
