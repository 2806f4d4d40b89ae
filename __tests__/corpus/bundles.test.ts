// Real release bundles (fixtures/corpus/bundles), each linted on its own as its own cluster: podgate must never
// crash, lose a document or point outside the bundle, and the verdicts of the bundles checked by hand against
// shared/spec/psp-admission.md and the corpus README are pinned (Kubernetes 1.24 unless a test says otherwise).

import { readFileSync } from 'node:fs';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import {
  assertNothingVanished,
  assertRobustRun,
  corpusPath,
  findings,
  listDirs,
  listFiles,
  NO_PROVIDERS,
  podNamed,
  runJson,
  verdicts,
  verdictSummary,
} from './corpus-helpers.js';

const BUNDLES = corpusPath('bundles');
const bundle = (name: string, ...rest: string[]): string => [BUNDLES, name, ...rest].join('/');

// ---------------------------------------------------------------------------------------------------------------
const robustness = suite('podgate --format json <bundle>: robustness on every real bundle');

for (const name of listDirs(BUNDLES)) {
  robustness(`should judge ${name} without crashing, with real locations and no lost document`, async () => {
    const run = await runJson([bundle(name)]);
    assertRobustRun(run, [bundle(name)]);
    assertNothingVanished(run.report, bundle(name));
  });
}

robustness('should refuse every pod with "no providers" in the bundles that ship no PodSecurityPolicy', async () => {
  const withoutPolicies = listDirs(BUNDLES).filter(
    (name) => !listFiles(bundle(name), /\.(ya?ml|json)$/).some((file) => /^kind:[ \t]*PodSecurityPolicy[ \t]*$/m.test(readFileSync(file, 'utf8'))),
  );
  assert.ok(withoutPolicies.length >= 20, `expected most bundles to have no PSP, found ${withoutPolicies.length}`);
  for (const name of withoutPolicies) {
    const { report } = await runJson([bundle(name)]);
    for (const pod of report.pods) {
      assert.is(pod.allowed, false, `${name}: ${pod.object.name}`);
      assert.is(pod.message, `pods "${pod.podName}" is forbidden: ${NO_PROVIDERS}`, `${name}: ${pod.object.name}`);
    }
  }
});

robustness.run();

// ---------------------------------------------------------------------------------------------------------------
const flannel = suite('flannel-v0.17.0: psp.flannel.unprivileged with allowedHostPaths');

flannel('should forbid the DaemonSet for its two host paths outside allowedHostPaths and the 1.24 token volume', async () => {
  const run = await runJson([bundle('flannel-v0.17.0')]);
  assert.equal(verdictSummary(run.report), { pods: 1, allowed: 0, forbidden: 1 });
  // `use` is granted through apiGroup `extensions` to SA kube-system/flannel; the PSP allows hostPath only under
  // /etc/cni/net.d, /etc/kube-flannel and /run/flannel (spec §7.6), and lists no `projected` (spec §11.3).
  assert.equal(verdicts(run.report), [
    {
      file: 'bundles/flannel-v0.17.0/kube-flannel.yml',
      line: 134,
      kind: 'DaemonSet',
      namespace: 'kube-system',
      name: 'kube-flannel-ds',
      serviceAccount: 'flannel',
      allowed: false,
      policy: null,
      violations: [
        'spec.volumes[1].hostPath.pathPrefix: Invalid value: "/opt/cni/bin": is not allowed to be used',
        'spec.volumes[4].hostPath.pathPrefix: Invalid value: "/run/xtables.lock": is not allowed to be used',
        'spec.volumes[5]: Invalid value: "projected": projected volumes are not allowed to be used',
      ],
    },
  ]);
  assert.equal(findings(run.report), [
    'bundles/flannel-v0.17.0/kube-flannel.yml:166:27 psp-volume-types', // serviceAccountName: the token volume's origin
    'bundles/flannel-v0.17.0/kube-flannel.yml:236:17 psp-host-paths', // path: /opt/cni/bin
    'bundles/flannel-v0.17.0/kube-flannel.yml:245:17 psp-host-paths', // path: /run/xtables.lock
  ]);
  assert.equal(podNamed(run.report, 'DaemonSet', 'kube-flannel-ds').policies.map((policy) => [policy.name, policy.usableBy?.identity ?? null]), [
    ['psp.flannel.unprivileged', 'serviceAccount'],
  ]);
});

flannel('should forbid it for the host paths alone on 1.20, where the token volume is a secret', async () => {
  const { report } = await runJson(['--kubernetes-version', '1.20', bundle('flannel-v0.17.0')]);
  assert.equal(podNamed(report, 'DaemonSet', 'kube-flannel-ds').violations, [
    'spec.volumes[1].hostPath.pathPrefix: Invalid value: "/opt/cni/bin": is not allowed to be used',
    'spec.volumes[4].hostPath.pathPrefix: Invalid value: "/run/xtables.lock": is not allowed to be used',
  ]);
});

flannel.run();

// ---------------------------------------------------------------------------------------------------------------
const metallb = suite('metallb: per-component PSPs (v0.12.1) and dangling grants (v0.13.7)');

const PROJECTED_0 = 'spec.volumes[0]: Invalid value: "projected": projected volumes are not allowed to be used';

metallb('should forbid speaker and controller on 1.24: their PSPs allow configMap, secret, emptyDir but not projected', async () => {
  const run = await runJson([bundle('metallb-v0.12.1')]);
  assert.equal(verdictSummary(run.report), { pods: 2, allowed: 0, forbidden: 2 });
  assert.equal(
    verdicts(run.report).map(({ kind, name, serviceAccount, allowed, violations }) => ({ kind, name, serviceAccount, allowed, violations })),
    [
      { kind: 'DaemonSet', name: 'speaker', serviceAccount: 'speaker', allowed: false, violations: [PROJECTED_0] },
      { kind: 'Deployment', name: 'controller', serviceAccount: 'controller', allowed: false, violations: [PROJECTED_0] },
    ],
  );
  assert.equal(findings(run.report), ['bundles/metallb-v0.12.1/metallb.yaml:404:27 psp-volume-types', 'bundles/metallb-v0.12.1/metallb.yaml:479:27 psp-volume-types']);
});

metallb('should admit both on 1.20: speaker unchanged by `speaker`, controller mutated by `controller`', async () => {
  const run = await runJson(['--kubernetes-version', '1.20', bundle('metallb-v0.12.1')]);
  assertRobustRun(run, [bundle('metallb-v0.12.1')]);
  assert.equal(verdictSummary(run.report), { pods: 2, allowed: 2, forbidden: 0 });
  const speaker = podNamed(run.report, 'DaemonSet', 'speaker');
  assert.equal(speaker.policies.map((policy) => [policy.name, policy.admits, policy.mutates, policy.usableBy?.identity ?? null]), [
    ['controller', false, false, null],
    ['speaker', true, false, 'serviceAccount'],
  ]);
  const controller = podNamed(run.report, 'Deployment', 'controller');
  assert.is(controller.policy, 'controller');
  // MustRunAs supplementalGroups defaults [1]; requiredDrop ALL is added next to the lower-case `all` (spec §6 C6).
  assert.equal(controller.mutated, {
    annotations: { 'prometheus.io/port': '7472', 'prometheus.io/scrape': 'true', 'kubernetes.io/psp': 'controller' },
    securityContext: { runAsUser: 65534, runAsNonRoot: true, fsGroup: 65534, supplementalGroups: [1] },
    volumeTypes: ['secret'],
    containers: [
      {
        path: 'spec.containers[0]',
        name: 'controller',
        securityContext: { capabilities: { drop: ['ALL', 'all'] }, readOnlyRootFilesystem: true, allowPrivilegeEscalation: false },
      },
    ],
  });
});

metallb('should find no policy at all in v0.13.7, whose ClusterRoles still grant `use` of removed PSPs', async () => {
  const run = await runJson([bundle('metallb-v0.13.7')]);
  assert.equal(verdictSummary(run.report), { pods: 2, allowed: 0, forbidden: 2 });
  assert.equal(
    run.report.pods.map((pod) => pod.message),
    [`pods "controller-{hash}-" is forbidden: ${NO_PROVIDERS}`, `pods "speaker-" is forbidden: ${NO_PROVIDERS}`],
  );
  assert.equal(findings(run.report), ['bundles/metallb-v0.13.7/metallb-native.yaml:1633:27 psp-no-policies', 'bundles/metallb-v0.13.7/metallb-native.yaml:1726:27 psp-no-policies']);
});

metallb.run();

// ---------------------------------------------------------------------------------------------------------------
const longhorn = suite('longhorn: privileged longhorn-psp granted by a namespaced Role');

const LONGHORN_V13 = ['longhorn-manager', 'longhorn-driver-deployer', 'longhorn-ui', 'longhorn-conversion-webhook', 'longhorn-admission-webhook'];
const LONGHORN_V14 = ['longhorn-manager', 'longhorn-driver-deployer', 'longhorn-recovery-backend', 'longhorn-ui', 'longhorn-conversion-webhook', 'longhorn-admission-webhook'];

function assertAllAdmittedByLonghornPsp(report: Awaited<ReturnType<typeof runJson>>['report'], names: string[]): void {
  assert.equal(verdictSummary(report), { pods: names.length, allowed: names.length, forbidden: 0 });
  assert.equal(report.pods.map((pod) => pod.object.name), names);
  for (const pod of report.pods) {
    assert.is(pod.policy, 'longhorn-psp', pod.object.name);
    // requiredDropCapabilities: [NET_RAW] is written into every container (spec §6 C6).
    const containers = (pod.mutated as { containers: { name: string; securityContext: { capabilities?: { drop?: string[] } } }[] }).containers;
    for (const container of containers) assert.ok(container.securityContext.capabilities?.drop?.includes('NET_RAW'), `${pod.object.name}/${container.name} drops NET_RAW`);
  }
  // longhorn-ui runs as SA `default`, which the RoleBinding names as well.
  assert.is(podNamed(report, 'Deployment', 'longhorn-ui').serviceAccount, 'default');
}

longhorn('should admit all five pods of v1.3.0 (privileged manager, hostPath, SYS_ADMIN allowed)', async () => {
  const run = await runJson([bundle('longhorn-v1.3.0')]);
  assert.equal(run.code, 0);
  assertAllAdmittedByLonghornPsp(run.report, LONGHORN_V13);
  assert.equal(findings(run.report), []);
});

longhorn('should admit all six pods of v1.4.0 with its optional podsecuritypolicy.yaml', async () => {
  const run = await runJson([bundle('longhorn-v1.4.0')]);
  assert.equal(run.code, 0);
  assertAllAdmittedByLonghornPsp(run.report, LONGHORN_V14);
});

longhorn('should refuse all six pods of v1.4.0 without the optional PSP file (no providers)', async () => {
  const run = await runJson([bundle('longhorn-v1.4.0', 'longhorn.yaml')]);
  assert.equal(verdictSummary(run.report), { pods: 6, allowed: 0, forbidden: 6 });
  assert.ok(run.report.pods.every((pod) => pod.message === `pods "${pod.podName}" is forbidden: ${NO_PROVIDERS}`));
  assert.equal([...new Set(findings(run.report).map((finding) => finding.split(' ')[1]))], ['psp-no-policies']);
});

longhorn.run();

// ---------------------------------------------------------------------------------------------------------------
const nfs = suite('nfs-ganesha-provisioner: deprecated `serviceAccount:`, grant through apiGroup extensions');

nfs('should take the SA from the deprecated field and forbid the provisioner pods on 1.24 for the token volume only', async () => {
  const run = await runJson([bundle('nfs-ganesha-provisioner')]);
  assert.equal(verdictSummary(run.report), { pods: 5, allowed: 0, forbidden: 5 });
  const projected1 = 'spec.volumes[1]: Invalid value: "projected": projected volumes are not allowed to be used';
  assert.equal(
    verdicts(run.report).map(({ file, kind, name, serviceAccount, allowed, violations }) => ({ file, kind, name, serviceAccount, allowed, violations })),
    [
      { file: 'bundles/nfs-ganesha-provisioner/deployment.yaml', kind: 'Deployment', name: 'nfs-provisioner', serviceAccount: 'nfs-provisioner', allowed: false, violations: [projected1] },
      { file: 'bundles/nfs-ganesha-provisioner/pod.yaml', kind: 'Pod', name: 'nfs-provisioner', serviceAccount: 'nfs-provisioner', allowed: false, violations: [projected1] },
      { file: 'bundles/nfs-ganesha-provisioner/read-pod.yaml', kind: 'Pod', name: 'read-pod', serviceAccount: 'default', allowed: false, violations: [] },
      { file: 'bundles/nfs-ganesha-provisioner/statefulset.yaml', kind: 'StatefulSet', name: 'nfs-provisioner', serviceAccount: 'nfs-provisioner', allowed: false, violations: [projected1] },
      { file: 'bundles/nfs-ganesha-provisioner/write-pod.yaml', kind: 'Pod', name: 'write-pod', serviceAccount: 'default', allowed: false, violations: [] },
    ],
  );
  // The SA `default` of the test pods is granted nothing: `[]` (spec §4.4).
  assert.is(podNamed(run.report, 'Pod', 'read-pod').message, 'pods "read-pod" is forbidden: PodSecurityPolicy: unable to admit pod: []');
  assert.equal(findings(run.report), [
    'bundles/nfs-ganesha-provisioner/deployment.yaml:62:5 psp-volume-types',
    'bundles/nfs-ganesha-provisioner/pod.yaml:10:1 psp-volume-types',
    'bundles/nfs-ganesha-provisioner/read-pod.yaml:4:9 psp-no-usable-policy',
    'bundles/nfs-ganesha-provisioner/statefulset.yaml:61:5 psp-volume-types',
    'bundles/nfs-ganesha-provisioner/write-pod.yaml:4:9 psp-no-usable-policy',
  ]);
});

nfs('should admit the provisioner Deployment, Pod and StatefulSet unchanged on 1.20 (DAC_READ_SEARCH, SYS_RESOURCE, hostPath allowed)', async () => {
  const run = await runJson(['--kubernetes-version', '1.20', bundle('nfs-ganesha-provisioner')]);
  assert.equal(verdictSummary(run.report), { pods: 5, allowed: 3, forbidden: 2 });
  for (const [kind, name] of [['Deployment', 'nfs-provisioner'], ['Pod', 'nfs-provisioner'], ['StatefulSet', 'nfs-provisioner']] as const) {
    const pod = podNamed(run.report, kind, name);
    assert.is(pod.policy, 'nfs-provisioner', `${kind} ${name}`);
    assert.equal(pod.policies.map((policy) => [policy.name, policy.mutates, policy.usableBy?.identity ?? null]), [['nfs-provisioner', false, 'serviceAccount']]);
  }
  assert.equal(run.report.pods.filter((pod) => !pod.allowed).map((pod) => pod.object.name), ['read-pod', 'write-pod']);
});

nfs.run();

// ---------------------------------------------------------------------------------------------------------------
const falco = suite('falco-deploy-kubernetes: Role and RoleBinding without namespace, requiredDrop ["*"]');

falco('should forbid falco on 1.24 for the token volume and the falcosidekick pods for lack of any grant', async () => {
  const run = await runJson([bundle('falco-deploy-kubernetes')]);
  assert.equal(verdictSummary(run.report), { pods: 3, allowed: 0, forbidden: 3 });
  assert.equal(
    run.report.pods.map((pod) => [pod.object.kind, pod.object.name, pod.message]),
    [
      ['DaemonSet', 'falco', 'pods "falco-" is forbidden: PodSecurityPolicy: unable to admit pod: [spec.volumes[9]: Invalid value: "projected": projected volumes are not allowed to be used]'],
      ['Deployment', 'falcosidekick', 'pods "falcosidekick-{hash}-" is forbidden: PodSecurityPolicy: unable to admit pod: []'],
      ['Pod', 'falcosidekick-test-connection', 'pods "falcosidekick-test-connection" is forbidden: PodSecurityPolicy: unable to admit pod: []'],
    ],
  );
  // The RoleBinding (namespace defaulted to `default`) reaches SA default/falco through its namespace-less subject.
  assert.equal(podNamed(run.report, 'DaemonSet', 'falco').policies.map((policy) => [policy.name, policy.usableBy?.identity ?? null]), [['psp.falco', 'serviceAccount']]);
  assert.equal(findings(run.report), [
    'bundles/falco-deploy-kubernetes/falco/templates/daemonset.yaml:27:27 psp-volume-types',
    'bundles/falco-deploy-kubernetes/falcosidekick/templates/deployment.yaml:25:27 psp-no-usable-policy',
    'bundles/falco-deploy-kubernetes/falcosidekick/templates/tests/test-connection.yaml:4:10 psp-no-usable-policy',
  ]);
});

falco('should admit falco on 1.20 under psp.falco with the seccomp, AppArmor, group and capability defaults written', async () => {
  const { report } = await runJson(['--kubernetes-version', '1.20', bundle('falco-deploy-kubernetes')]);
  assert.equal(verdictSummary(report), { pods: 3, allowed: 1, forbidden: 2 });
  const pod = podNamed(report, 'DaemonSet', 'falco');
  assert.is(pod.policy, 'psp.falco');
  assert.equal(pod.mutated, {
    annotations: {
      'checksum/config': '828286e0226557cc929ac7f588f4fd885a9bc868e9a1fcfd9fe13812fd3a5f25',
      'checksum/rules': '01ba4719c80b6fe911b091a7c05124b64eeece964e09c058ef8f9805daca546b',
      'checksum/certs': '01ba4719c80b6fe911b091a7c05124b64eeece964e09c058ef8f9805daca546b',
      'seccomp.security.alpha.kubernetes.io/pod': 'runtime/default',
      'container.apparmor.security.beta.kubernetes.io/falco': 'runtime/default',
      'kubernetes.io/psp': 'psp.falco',
    },
    securityContext: { supplementalGroups: [1] },
    volumeTypes: ['hostPath', 'hostPath', 'hostPath', 'hostPath', 'hostPath', 'hostPath', 'hostPath', 'hostPath', 'configMap', 'secret'],
    containers: [{ path: 'spec.containers[0]', name: 'falco', securityContext: { privileged: true, capabilities: { drop: ['*'] } } }],
  });
});

falco.run();

// ---------------------------------------------------------------------------------------------------------------
const others = suite('gatekeeper, istio, tekton: further bundles with PSPs');

others('should admit both gatekeeper Deployments under gatekeeper-admin (MustRunAsNonRoot, fsGroup/supplementalGroups defaulted)', async () => {
  const { report } = await runJson([bundle('gatekeeper-v3.9.0')]);
  assert.equal(verdictSummary(report), { pods: 2, allowed: 2, forbidden: 0 });
  for (const pod of report.pods) {
    assert.is(pod.policy, 'gatekeeper-admin');
    assert.equal((pod.mutated as { securityContext: unknown }).securityContext, { supplementalGroups: [1], fsGroup: 1 });
  }
});

others('should admit istiod unchanged under istio-sidecar, granted to the group system:serviceaccounts', async () => {
  const { report } = await runJson([bundle('istio-1.8.0')]);
  assert.equal(verdictSummary(report), { pods: 1, allowed: 1, forbidden: 0 });
  const istiod = podNamed(report, 'Deployment', 'istiod');
  assert.is(istiod.policy, 'istio-sidecar');
  assert.equal(istiod.policies.map((policy) => [policy.name, policy.mutates, policy.usableBy?.identity ?? null]), [['istio-sidecar', false, 'serviceAccount']]);
  assert.equal(findings(report), ['bundles/istio-1.8.0/pilot_default.golden.yaml:1837:27 service-account-not-declared']);
});

// BUG: tekton's controller.yaml closes a flow sequence (`args: [ … ]`) with `]` at a lower indentation than the
// key. kubectl (go-yaml) reads the file (`kubectl label --local -f controller.yaml x=y` prints the Deployment and
// the Service), but podgate reports `yaml-syntax` "deficient indentation" (v0.35.0 at 87:9, v1.15.0 at 92:9)
// and drops the tekton-pipelines-controller Deployment, so its pods are never judged.
others('should read tekton controller.yaml as kubectl does and judge the controller Deployment', async () => {
  for (const [name, pods] of [['tekton-pipeline-v0.35.0', 2], ['tekton-pipeline-v1.15.0', 4]] as const) {
    const { report } = await runJson([bundle(name)]);
    assert.equal(findings(report, (d) => d.ruleId === 'yaml-syntax'), [], `${name}: no syntax error`);
    podNamed(report, 'Deployment', 'tekton-pipelines-controller');
    assert.is(report.summary.pods, pods, `${name}: pods`);
  }
});

others.run();
