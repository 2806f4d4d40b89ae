// PSP scenarios whose outcome is documented by their authors (fixtures/corpus/psp-examples): the Kubernetes
// documentation walkthrough (EXPECTED.md), the kubernetes/examples PSP RBAC demo (README.md) and the
// kube-psp-advisor examples (pods-allow.yaml / pods-deny.yaml), each run with the requesting user its notes name.
// Where a document predates 1.19 its message wording is checked with --kubernetes-version 1.18.

import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { assertRobustRun, corpusPath, findings, NO_PROVIDERS, podNamed, runJson } from './corpus-helpers.js';
import type { JsonPod } from '../../src/report/json.js';

const EXAMPLES = corpusPath('psp-examples');
const example = (...parts: string[]): string => [EXAMPLES, ...parts].join('/');

const PRIVILEGED_ERROR = 'spec.containers[0].securityContext.privileged: Invalid value: true: Privileged containers are not allowed';

/** `[name, allowed, policy]` of each pod. */
const outcomes = (pods: JsonPod[]): [string, boolean, string | null][] => pods.map((pod) => [pod.object.name, pod.allowed, pod.policy]);

// ---------------------------------------------------------------------------------------------------------------
// kubernetes/website, PSP concept page, "Example": EXPECTED.md. The page's `kubectl-user` is
// `kubectl --as=system:serviceaccount:psp-example:fake-user` (the impersonation filter adds that SA's groups).
const walkthrough = suite('k8s-docs-walkthrough: the PSP concept page, stage by stage (EXPECTED.md)');

const stage = (name: string, ...file: string[]): string => example('k8s-docs-walkthrough', name, ...file);
const FAKE_USER = ['--as', 'system:serviceaccount:psp-example:fake-user'];

walkthrough('should forbid fake-user\'s Pod pause with `[]` in stage 1 (nobody may use `example`)', async () => {
  const run = await runJson([...FAKE_USER, stage('stage1-no-grant')]);
  assertRobustRun(run, [stage('stage1-no-grant')]);
  assert.equal(outcomes(run.report.pods), [['pause', false, null]]);
  assert.is(run.report.pods[0]?.message, 'pods "pause" is forbidden: PodSecurityPolicy: unable to admit pod: []');
  assert.equal(findings(run.report), ['psp-examples/k8s-docs-walkthrough/stage1-no-grant/pod-pause.yaml:4:9 psp-no-usable-policy']);
});

walkthrough('should print the page\'s own stage-1 wording with --kubernetes-version 1.18', async () => {
  const { report } = await runJson(['--kubernetes-version', '1.18', ...FAKE_USER, stage('stage1-no-grant')]);
  assert.is(report.pods[0]?.message, 'pods "pause" is forbidden: unable to validate against any pod security policy: []');
});

walkthrough('should create fake-user\'s Pod pause under `example` in stage 2 and forbid the privileged Pod', async () => {
  // --as makes fake-user the requester of every pod, so the Deployment is checked in its own test below.
  const { report } = await runJson([...FAKE_USER, stage('stage2-user-grant')]);
  const pause = podNamed(report, 'Pod', 'pause');
  assert.equal([pause.allowed, pause.policy, pause.policies.map((policy) => policy.usableBy?.identity ?? null)], [true, 'example', ['requester']]);
  const privileged = podNamed(report, 'Pod', 'privileged');
  assert.equal([privileged.allowed, privileged.violations], [false, [PRIVILEGED_ERROR]]);
  assert.is(privileged.message, `pods "privileged" is forbidden: PodSecurityPolicy: unable to admit pod: [${PRIVILEGED_ERROR}]`);
  assert.equal(findings(report, (d) => d.object?.name === 'privileged'), ['psp-examples/k8s-docs-walkthrough/stage2-user-grant/pod-privileged.yaml:11:21 psp-privileged']);
});

walkthrough('should not create the stage-2 Deployment\'s pods: the replicaset controller and SA default have no grant', async () => {
  // The pods of fake-user's Deployment are created by the replicaset controller (default requester mode). The
  // page shows "no providers available to validate pod request", the wording of releases that looked only at
  // policies the requester was authorized for; 1.15–1.24 build providers for all policies and print `[]`
  // (spec §4.2, §4.4; conformance case sel-022). The verdict is the same: forbidden.
  const { report } = await runJson([stage('stage2-user-grant')]);
  const deployment = podNamed(report, 'Deployment', 'pause');
  assert.equal([deployment.allowed, deployment.requester?.user], [false, 'system:serviceaccount:kube-system:replicaset-controller']);
  assert.is(deployment.message, 'pods "pause-{hash}-" is forbidden: PodSecurityPolicy: unable to admit pod: []');
});

walkthrough('should create the Deployment\'s pods in stage 3, once SA psp-example:default is bound, and still forbid privileged', async () => {
  const controllers = await runJson([stage('stage3-serviceaccount-grant')]);
  const deployment = podNamed(controllers.report, 'Deployment', 'pause');
  assert.equal([deployment.allowed, deployment.policy, deployment.policies.map((policy) => policy.usableBy?.identity ?? null)], [true, 'example', ['serviceAccount']]);
  // "anyone in the namespace": the default requester and fake-user alike.
  assert.equal(podNamed(controllers.report, 'Pod', 'privileged').violations, [PRIVILEGED_ERROR]);
  const fakeUser = await runJson([...FAKE_USER, stage('stage3-serviceaccount-grant')]);
  assert.equal(outcomes(fakeUser.report.pods.filter((pod) => pod.object.kind === 'Pod')), [
    ['pause', true, 'example'],
    ['privileged', false, null],
  ]);
});

walkthrough('should give the service-account-only verdicts of EXPECTED.md\'s last paragraph', async () => {
  const verdicts: Record<string, [string, string, boolean][]> = {};
  for (const name of ['stage1-no-grant', 'stage2-user-grant', 'stage3-serviceaccount-grant']) {
    const { report } = await runJson(['--service-account-only', stage(name)]);
    verdicts[name] = report.pods.map((pod) => [pod.object.kind, pod.object.name, pod.allowed]);
  }
  assert.equal(verdicts, {
    'stage1-no-grant': [['Pod', 'pause', false]],
    'stage2-user-grant': [['Deployment', 'pause', false], ['Pod', 'pause', false], ['Pod', 'privileged', false]],
    'stage3-serviceaccount-grant': [['Deployment', 'pause', true], ['Pod', 'pause', true], ['Pod', 'privileged', false]],
  });
});

walkthrough.run();

// ---------------------------------------------------------------------------------------------------------------
// kubernetes/examples staging/podsecuritypolicy/rbac: README.md. `--token=foo/<group>` authenticates user foo in
// that group; every pod file is created on its own next to policies, roles and bindings.
const rbacDemo = suite('kubernetes-examples-psp-rbac: restricted and privileged groups (README.md)');

const demo = (file: string): string => example('kubernetes-examples-psp-rbac', file);
const DEMO_SETUP = ['policies.yaml', 'roles.yaml', 'bindings.yaml'].map(demo);
const asGroup = (group: string): string[] => ['--as', 'foo', '--as-group', group];

rbacDemo('should create the restricted user\'s pod.yaml under `restricted` (runAsNonRoot defaulted)', async () => {
  const run = await runJson([...asGroup('restricted-psp-users'), ...DEMO_SETUP, demo('pod.yaml')]);
  assertRobustRun(run, [example('kubernetes-examples-psp-rbac')]);
  const nginx = podNamed(run.report, 'Pod', 'nginx');
  assert.equal([nginx.allowed, nginx.policy], [true, 'restricted']);
  assert.equal((nginx.mutated as { containers: { securityContext: unknown }[] }).containers[0]?.securityContext, { runAsNonRoot: true });
  // `hostPorts.max: 65536` is out of range but host port ranges are never validated (spec §10): nothing to say.
  assert.equal(findings(run.report), []);
});

rbacDemo('should refuse the restricted user\'s pod_priv.yaml with the README\'s exact message (1.18 wording)', async () => {
  const run = await runJson(['--kubernetes-version', '1.18', ...asGroup('restricted-psp-users'), ...DEMO_SETUP, demo('pod_priv.yaml')]);
  assert.is(run.report.pods[0]?.message, `pods "nginx" is forbidden: unable to validate against any pod security policy: [${PRIVILEGED_ERROR}]`);
  const current = await runJson([...asGroup('restricted-psp-users'), ...DEMO_SETUP, demo('pod_priv.yaml')]);
  assert.equal(current.report.pods[0]?.violations, [PRIVILEGED_ERROR]);
  assert.equal(findings(current.report), ['psp-examples/kubernetes-examples-psp-rbac/pod_priv.yaml:14:19 psp-privileged']);
});

rbacDemo('should create both of the privileged user\'s pods under `privileged`, which admits them unchanged (1.9+)', async () => {
  for (const file of ['pod.yaml', 'pod_priv.yaml']) {
    const { report } = await runJson([...asGroup('privileged-psp-users'), ...DEMO_SETUP, demo(file)]);
    const nginx = podNamed(report, 'Pod', 'nginx');
    assert.equal([nginx.allowed, nginx.policy], [true, 'privileged'], file);
    assert.equal(nginx.policies.find((policy) => policy.name === 'privileged')?.mutates, false, file);
  }
});

rbacDemo.run();

// ---------------------------------------------------------------------------------------------------------------
// sysdiglabs/kube-psp-advisor examples: deploy.sh applies ns/sa/roles/pods.yaml, generates one PSP per namespace
// from the running pods (renamed psp-privileged / psp-restricted), then applies pods-allow.yaml and
// pods-deny.yaml. Those PSPs are not in the repository. GENERATED below is what generator/generator.go
// (GeneratePSPWithName) derives from pods.yaml: host namespaces and `privileged` if any pod uses them; added
// caps become allowed and (added by every container) default-added; caps dropped by every container become
// requiredDrop; allowPrivilegeEscalation: false only if every container says so; volumes: the pod's volume
// types plus `secret` for the service-account token (the examples predate 1.21, so they are run as 1.20).
// The verdicts are about the service accounts (the roles bind SAs), so no requesting user is assumed.
const advisor = suite('kube-psp-advisor: pods-allow / pods-deny against the PSPs generated from pods.yaml');

const GENERATED = `apiVersion: policy/v1beta1
kind: PodSecurityPolicy
metadata:
  name: psp-privileged
spec:
  privileged: true
  hostPID: true
  hostIPC: true
  hostNetwork: true
  allowedCapabilities: [SYS_ADMIN]
  defaultAddCapabilities: [SYS_ADMIN]
  requiredDropCapabilities: [SYS_CHROOT]
  readOnlyRootFilesystem: false
  runAsUser: {rule: RunAsAny}
  fsGroup: {rule: RunAsAny}
  seLinux: {rule: RunAsAny}
  supplementalGroups: {rule: RunAsAny}
  volumes: [secret]
---
apiVersion: policy/v1beta1
kind: PodSecurityPolicy
metadata:
  name: psp-restricted
spec:
  privileged: false
  allowPrivilegeEscalation: false
  requiredDropCapabilities: [SYS_CHROOT]
  readOnlyRootFilesystem: false
  runAsUser: {rule: RunAsAny}
  fsGroup: {rule: RunAsAny}
  seLinux: {rule: RunAsAny}
  supplementalGroups: {rule: RunAsAny}
  volumes: [secret]
`;

const ADVISOR = example('kube-psp-advisor', 'examples');
const ADVISOR_ARGS = ['--kubernetes-version', '1.20', '--service-account-only', '--cluster', '-', ADVISOR];

advisor('should admit the pods the PSPs were generated from, and the pods of pods-allow.yaml', async () => {
  const run = await runJson(ADVISOR_ARGS, { stdin: GENERATED });
  assertRobustRun(run, [ADVISOR, '<stdin>']);
  const byFile = (suffix: string): JsonPod[] => run.report.pods.filter((pod) => pod.file.endsWith(suffix));
  assert.equal(outcomes(byFile('/pods.yaml')), [
    ['privileged-busybox-base', true, 'psp-privileged'],
    ['restricted-busybox-base', true, 'psp-restricted'],
  ]);
  assert.equal(outcomes(byFile('/pods-allow.yaml')), [
    ['privileged-busybox-0', true, 'psp-privileged'],
    ['restricted-busybox-0', true, 'psp-restricted'],
  ]);
});

advisor('should refuse the pods of pods-deny.yaml: privileged in `restricted`, and restricted-sa in `privileged`', async () => {
  const run = await runJson(ADVISOR_ARGS, { stdin: GENERATED });
  const deny = run.report.pods.filter((pod) => pod.file.endsWith('/pods-deny.yaml'));
  assert.equal(
    deny.map((pod) => [pod.object.name, pod.allowed, pod.message]),
    [
      ['restricted-busybox-1', false, `pods "restricted-busybox-1" is forbidden: PodSecurityPolicy: unable to admit pod: [${PRIVILEGED_ERROR}]`],
      ['privileged-busybox-1', false, 'pods "privileged-busybox-1" is forbidden: PodSecurityPolicy: unable to admit pod: []'],
    ],
  );
  // restricted-sa exists only in namespace `restricted`: with service accounts required, ServiceAccount
  // admission refuses the second pod before PSP runs (spec §11.3).
  const strict = await runJson(['--require-service-accounts', ...ADVISOR_ARGS], { stdin: GENERATED });
  assert.is(
    podNamed(strict.report, 'Pod', 'privileged-busybox-1').message,
    'pods "privileged-busybox-1" is forbidden: error looking up service account privileged/restricted-sa: serviceaccount "restricted-sa" not found',
  );
});

advisor('should refuse every pod of the repository as it is (the generated PSPs are missing)', async () => {
  const { report } = await runJson(['--service-account-only', ADVISOR]);
  assert.equal(report.summary.pods, 6);
  assert.ok(report.pods.every((pod) => pod.message === `pods "${pod.podName}" is forbidden: ${NO_PROVIDERS}`));
});

advisor.run();

// ---------------------------------------------------------------------------------------------------------------
const policySets = suite('policy-only folders: documentation PSPs in flow style, EKS, OpenShift SCCs, old apiVersions');

policySets('should read the flow-style documentation PSPs (comments, trailing commas) and choose as spec §4.2 says', async () => {
  // All four usable (AlwaysAllow): `example` is the first policy by name that admits pause unchanged; only
  // `privileged` admits the privileged pod.
  const run = await runJson([
    '--authorization-mode', 'AlwaysAllow', '--cluster', example('k8s-website'),
    stage('stage2-user-grant', 'pod-pause.yaml'), stage('stage2-user-grant', 'pod-privileged.yaml'),
  ]);
  assertRobustRun(run, [example()]);
  assert.equal(outcomes(run.report.pods), [['pause', true, 'example'], ['privileged', true, 'privileged']]);
  assert.equal(run.report.pods[0]?.policies.map((policy) => [policy.name, policy.admits, policy.mutates]), [
    ['baseline', true, true],
    ['example', true, false],
    ['privileged', true, false],
    ['restricted', false, false],
  ]);
});

policySets('should admit calico\'s privileged hostNetwork DaemonSet on EKS through the controller (eks.privileged → system:authenticated)', async () => {
  const calico = corpusPath('bundles', 'calico-v3.24.0');
  const eks = await runJson(['--cluster', example('eks'), calico]);
  assert.equal(outcomes(eks.report.pods), [['calico-node', true, 'eks.privileged'], ['calico-kube-controllers', true, 'eks.privileged']]);
  assert.equal(podNamed(eks.report, 'DaemonSet', 'calico-node').policies.map((policy) => policy.usableBy?.identity ?? null), ['requester']);
  // The grant to system:authenticated never reaches a pod's own service account (spec §2.1).
  const saOnly = await runJson(['--service-account-only', '--cluster', example('eks'), calico]);
  assert.equal(outcomes(saOnly.report.pods), [['calico-node', false, null], ['calico-kube-controllers', false, null]]);
});

policySets('should not take OpenShift SecurityContextConstraints for PodSecurityPolicies', async () => {
  const pod = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: plain\nspec:\n  containers:\n  - name: c\n    image: busybox\n';
  const { report } = await runJson(['--authorization-mode', 'AlwaysAllow', '-', example('openshift-scc')], { stdin: pod });
  assert.is(report.pods[0]?.message, `pods "plain" is forbidden: ${NO_PROVIDERS}`);
});

// BUG: the nested-container SCC continues a single-quoted annotation value (lines 25–30) at the indentation of
// its key. kubectl (go-yaml) reads the file, podgate reports `yaml-syntax` "deficient indentation" at 26:5 and
// drops the object — the same parser strictness that loses tekton's controller Deployment (bundles.test.ts).
policySets('should read every OpenShift SCC file as kubectl does', async () => {
  const { report } = await runJson([example('openshift-scc')]);
  assert.equal(findings(report), []);
});

policySets('should warn about extensions/v1beta1 PSPs (not served since 1.16) and stay quiet on the other policy sets', async () => {
  const istio = await runJson([example('istio-1.4.0')]);
  assert.equal(findings(istio.report), [
    'psp-examples/istio-1.4.0/all-pods-psp.yaml:3:13 api-version-not-served',
    'psp-examples/istio-1.4.0/citadel-agent-psp.yaml:3:13 api-version-not-served',
  ]);
  assert.is(istio.code, 0);
  for (const target of [example('eks'), example('gce-addons'), example('ingress-nginx-docs'), example('k8s-website'), ...['rke2-cis-profile-psps.yaml', 'rke2-default-profile-psps.yaml', 'rke2-svclb-psp.yaml'].map((file) => example('rancher-rke2', file))]) {
    const run = await runJson([target]);
    assert.equal([run.code, findings(run.report)], [0, []], target);
  }
});

policySets.run();
