// Tests for lint.ts beyond single violations (those are in lint-locations.test.ts): verdicts no policy can give
// (none usable, none valid), policies the API server refuses or ignores, service accounts, version-dependent
// messages, cluster-only files, and the total order of diagnostics that makes output independent of input order.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Diagnostic } from '../../src/api/diagnostic.js';
import { compareDiagnostics, type LintSource } from '../../src/lint.js';
import type { SourceFile } from '../../src/load/parse.js';
import { RBAC, at, deploymentManifest, lines, located, podManifest, policy, policyFile, run, type PodBody } from './lint-fixtures.js';

const PRIVILEGED_BODY: PodBody = { spec: ['containers:', '- name: app', '  image: nginx', '  securityContext:', '    privileged: true'] };
const PLAIN_BODY: PodBody = { spec: ['containers:', '- name: app', '  image: nginx'] };
const POD_REF = { apiVersion: 'v1', kind: 'Pod', name: 'web', namespace: 'shop' };
const DEPLOYMENT_REF = { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web', namespace: 'shop' };
const PRIVILEGED_POLICY = policy({ name: 'privileged', spec: ['privileged: true'] });
const PSP_REF = (name: string): { apiVersion: string; kind: string; name: string } => ({ apiVersion: 'policy/v1beta1', kind: 'PodSecurityPolicy', name });

const lintSuite = suite('lint');

lintSuite('should report a pod no policy is usable for at its name, relating the policies that would admit it', () => {
  // No RBAC: both policies exist, nobody may use them; only `privileged` admits a privileged pod.
  const policies = { path: 'policy.yaml', text: [PRIVILEGED_POLICY, policy({ name: 'restricted' })].join('---\n') };
  const result = run([policies, { path: 'pod.yaml', text: podManifest(PRIVILEGED_BODY) }]);
  assert.equal(result.diagnostics, [
    {
      ruleId: 'psp-no-usable-policy',
      severity: 'error',
      message:
        'pods "web" is forbidden: PodSecurityPolicy: unable to admit pod: [] — no PodSecurityPolicy may be used by the service account "shop/default" or the requesting user "podgate:requesting-user" (pod "web" of Pod "web"). "privileged" would admit it: grant `use` of one to either identity.',
      location: at('pod.yaml', 4, 9, 4, 12),
      object: POD_REF,
      related: [{ message: 'PodSecurityPolicy "privileged" would admit this pod, but it is not usable', location: at('policy.yaml', 1, 1), object: PSP_REF('privileged') }],
    },
  ]);
});

lintSuite('should report a template no policy is usable for at its serviceAccountName, relating every admitting policy', () => {
  const policies = { path: 'policy.yaml', text: [PRIVILEGED_POLICY, policy({ name: 'restricted' })].join('---\n') };
  const body: PodBody = { spec: ['serviceAccountName: web', 'containers:', '- name: app', '  image: nginx'] };
  const result = run([policies, { path: 'deploy.yaml', text: deploymentManifest(body) }]);
  assert.equal(result.diagnostics, [
    {
      ruleId: 'psp-no-usable-policy',
      severity: 'error',
      message:
        'pods "web-{hash}-" is forbidden: PodSecurityPolicy: unable to admit pod: [] — no PodSecurityPolicy may be used by the service account "shop/web" or the requesting user "system:serviceaccount:kube-system:replicaset-controller" (pod "web-{hash}-" of Deployment "web"). "privileged", "restricted" would admit it: grant `use` of one to either identity.',
      location: at('deploy.yaml', 13, 27, 13, 30),
      object: DEPLOYMENT_REF,
      related: [
        { message: 'PodSecurityPolicy "privileged" would admit this pod, but it is not usable', location: at('policy.yaml', 1, 1), object: PSP_REF('privileged') },
        { message: 'PodSecurityPolicy "restricted" would admit this pod, but it is not usable', location: at('policy.yaml', 17, 1), object: PSP_REF('restricted') },
      ],
    },
    {
      ruleId: 'service-account-not-declared',
      severity: 'note',
      message:
        'Service account "shop/web" is not declared in these manifests; podgate assumes it exists in the cluster (ServiceAccount admission refuses the pod otherwise; --require-service-accounts makes this a rejection)',
      location: at('deploy.yaml', 13, 27, 13, 30),
      object: DEPLOYMENT_REF,
      related: [],
    },
  ]);
});

lintSuite('should give no hint when no policy would admit the pod either', () => {
  const result = run([{ path: 'policy.yaml', text: policy() }, { path: 'pod.yaml', text: podManifest(PRIVILEGED_BODY) }]);
  assert.equal(
    result.diagnostics.map((d) => [d.ruleId, d.message, d.related]),
    [['psp-no-usable-policy', 'pods "web" is forbidden: PodSecurityPolicy: unable to admit pod: [] — no PodSecurityPolicy may be used by the service account "shop/default" or the requesting user "podgate:requesting-user" (pod "web" of Pod "web").', []]],
  );
});

lintSuite('should report every pod when there is no policy at all, at the pod name', () => {
  const result = run([{ path: 'pod.yaml', text: podManifest(PLAIN_BODY) }], { mode: 'psp' });
  assert.equal(result.diagnostics, [
    {
      ruleId: 'psp-no-policies',
      severity: 'error',
      message: 'pods "web" is forbidden: PodSecurityPolicy: no providers available to validate pod request',
      location: at('pod.yaml', 4, 9, 4, 12),
      object: POD_REF,
      related: [],
    },
  ]);
  assert.equal(result.pods.map((pod) => [pod.allowed, pod.reason, pod.message]), [[false, 'no-providers', 'pods "web" is forbidden: PodSecurityPolicy: no providers available to validate pod request']]);
});

lintSuite('should use the ≤1.18 messages for a 1.18 target', () => {
  const none = run([{ path: 'pod.yaml', text: podManifest(PLAIN_BODY) }], { kubernetesVersion: '1.18', kubernetesVersionGiven: true });
  assert.equal(none.pods.map((pod) => pod.message), ['pods "web" is forbidden: no providers available to validate pod request']);
  const refused = run([policyFile(policy()), { path: 'pod.yaml', text: podManifest(PRIVILEGED_BODY) }], { kubernetesVersion: '1.18' });
  assert.equal(refused.pods.map((pod) => pod.message), [
    'pods "web" is forbidden: unable to validate against any pod security policy: [spec.containers[0].securityContext.privileged: Invalid value: true: Privileged containers are not allowed]',
  ]);
});

lintSuite('should report a policy the API server refuses at its first offending field, the others as related, and leave it out of admission', () => {
  const invalid = policy({ name: 'bad', spec: ['allowPrivilegeEscalation: false', 'defaultAllowPrivilegeEscalation: true', 'runAsUser:', '  rule: RunAsRoot'] });
  const result = run([{ path: 'policy.yaml', text: [invalid, RBAC].join('---\n') }, { path: 'pod.yaml', text: podManifest(PLAIN_BODY) }]);
  const refusal =
    'PodSecurityPolicy.policy "bad" is invalid: [spec.runAsUser.rule: Unsupported value: "RunAsRoot": supported values: "MustRunAs", "MustRunAsNonRoot", "RunAsAny", spec.defaultAllowPrivilegeEscalation: Invalid value: true: Cannot set DefaultAllowPrivilegeEscalation to true without also setting AllowPrivilegeEscalation to true]';
  assert.equal(result.diagnostics, [
    {
      ruleId: 'psp-no-policies',
      severity: 'error',
      message: 'pods "web" is forbidden: PodSecurityPolicy: no providers available to validate pod request',
      location: at('pod.yaml', 4, 9, 4, 12),
      object: POD_REF,
      related: [],
    },
    {
      ruleId: 'invalid-pod-security-policy',
      severity: 'error',
      message: `${refusal} — the API server refuses this object, so it takes no part in admission`,
      location: at('policy.yaml', 17, 11, 17, 20),
      object: PSP_REF('bad'),
      fieldPath: 'spec.runAsUser.rule',
      related: [
        {
          message: 'spec.defaultAllowPrivilegeEscalation: Invalid value: true: Cannot set DefaultAllowPrivilegeEscalation to true without also setting AllowPrivilegeEscalation to true',
          location: at('policy.yaml', 15, 36, 15, 40),
        },
      ],
    },
  ]);
});

lintSuite('should warn about a policy admission silently ignores, at the object (not line 1 when it starts later)', () => {
  const ignored = policy({ name: 'ignored', spec: ['runAsUser:', '  rule: MustRunAs'] });
  const result = run([{ path: 'policy.yaml', text: [RBAC, ignored].join('---\n') }, { path: 'pod.yaml', text: podManifest(PLAIN_BODY) }]);
  assert.equal(result.diagnostics.filter((d) => d.location.file === 'policy.yaml'), [
    {
      ruleId: 'ignored-pod-security-policy',
      severity: 'warning',
      message: 'PodSecurityPolicy "ignored" is ignored by admission: MustRunAs requires at least one range. The API server accepts it but never uses it, without saying so',
      location: at('policy.yaml', 23, 1),
      object: PSP_REF('ignored'),
      related: [],
    },
  ]);
  assert.equal(result.diagnostics.filter((d) => d.location.file === 'pod.yaml').map((d) => d.ruleId), ['psp-no-policies']);
});

lintSuite('should report one finding for a violation several usable policies share, relating each policy and its grant', () => {
  const result = run([policyFile(policy({ name: 'a-restricted' }), policy({ name: 'b-hostnet', spec: ['hostNetwork: true'] })), { path: 'pod.yaml', text: podManifest(PRIVILEGED_BODY) }]);
  const grant = (line: number, name: string, kind: string): { message: string; location: ReturnType<typeof at>; object: { apiVersion: string; kind: string; name: string } } => ({
    message: `${kind} ${JSON.stringify(name)}`,
    location: at('policy.yaml', line, 1),
    object: { apiVersion: 'rbac.authorization.k8s.io/v1', kind, name },
  });
  assert.equal(result.diagnostics.map((d) => [d.ruleId, d.location, d.related]), [
    [
      'psp-privileged',
      at('pod.yaml', 11, 19, 11, 23),
      [
        { message: 'PodSecurityPolicy "a-restricted" (usable by system:serviceaccount:shop:default)', location: at('policy.yaml', 1, 1), object: PSP_REF('a-restricted') },
        grant(43, 'psp-use-service-accounts', 'ClusterRoleBinding'),
        grant(34, 'psp-use', 'ClusterRole'),
        { message: 'PodSecurityPolicy "b-hostnet" (usable by system:serviceaccount:shop:default)', location: at('policy.yaml', 17, 1), object: PSP_REF('b-hostnet') },
        grant(43, 'psp-use-service-accounts', 'ClusterRoleBinding'),
        grant(34, 'psp-use', 'ClusterRole'),
      ],
    ],
  ]);
  assert.equal(result.pods.map((pod) => pod.errors.length), [2]);
});

lintSuite('should refuse a pod whose service account is not declared when service accounts are required, at serviceAccountName', () => {
  const body: PodBody = { spec: ['serviceAccountName: builder', 'containers:', '- name: app', '  image: nginx'] };
  const result = run([policyFile(policy()), { path: 'pod.yaml', text: podManifest(body) }], { requireServiceAccounts: true });
  assert.equal(result.diagnostics, [
    {
      ruleId: 'service-account-not-found',
      severity: 'error',
      message: 'pods "web" is forbidden: error looking up service account shop/builder: serviceaccount "builder" not found',
      location: at('pod.yaml', 7, 23, 7, 30),
      object: POD_REF,
      related: [],
    },
  ]);
});

lintSuite('should admit a pod with an undeclared service account by default, noting the assumption', () => {
  const body: PodBody = { spec: ['serviceAccountName: builder', 'containers:', '- name: app', '  image: nginx'] };
  const result = run([policyFile(policy()), { path: 'pod.yaml', text: podManifest(body) }]);
  assert.equal(result.diagnostics.map(located), [{ ruleId: 'service-account-not-declared', location: at('pod.yaml', 7, 23, 7, 30), fieldPath: undefined }]);
  assert.equal(result.pods.map((pod) => [pod.allowed, pod.policy]), [[true, 'restricted']]);
});

lintSuite('should judge object validation of a bare Pod only after PSP admits it (PSP errors first)', () => {
  const body: PodBody = { spec: ['containers:', '- name: app', '  image: nginx', '  securityContext: {privileged: true}', '  ports:', '  - containerPort: 0'] };
  const refused = run([policyFile(policy()), { path: 'pod.yaml', text: podManifest(body) }]);
  assert.equal(refused.diagnostics.map((d) => d.ruleId), ['psp-privileged']);
  const admitted = run([policyFile(PRIVILEGED_POLICY), { path: 'pod.yaml', text: podManifest(body) }]);
  assert.equal(admitted.diagnostics.map((d) => [d.ruleId, d.message]), [['invalid-pod', 'spec.containers[0].ports[0].containerPort: Required value (pod "web" of Pod "web")']]);
  assert.equal(admitted.pods.map((pod) => [pod.reason, pod.message]), [['invalid', 'Pod "web" is invalid: spec.containers[0].ports[0].containerPort: Required value']]);
});

lintSuite('should refuse an inline CSI volume on 1.15 as an invalid pod, at the volume entry', () => {
  const body: PodBody = { spec: ['containers:', '- name: app', '  image: nginx', 'volumes:', '- name: data', '  csi: {driver: csi.example.com}'] };
  const result = run([policyFile(policy()), { path: 'pod.yaml', text: podManifest(body) }], { kubernetesVersion: '1.15' });
  assert.equal(result.diagnostics.map(located), [{ ruleId: 'invalid-pod', location: at('pod.yaml', 11, 5), fieldPath: 'spec.volumes[0]' }]);
  assert.equal(result.pods.map((pod) => pod.message), ['Pod "web" is invalid: spec.volumes[0]: Required value: must specify a volume type']);
});

lintSuite('should take policies and RBAC from cluster-only files without judging their pods', () => {
  const clusterPod = { path: 'cluster/pod.yaml', text: podManifest(PRIVILEGED_BODY), cluster: true };
  const result = run([{ ...policyFile(policy()), path: 'cluster/policy.yaml', cluster: true }, clusterPod, { path: 'pod.yaml', text: podManifest(PRIVILEGED_BODY) }]);
  assert.equal(result.pods.map((pod) => pod.subject.source.file), ['pod.yaml']);
  assert.equal(result.diagnostics.map((d) => [d.ruleId, d.location.file, d.related.map((r) => r.location?.file)]), [
    ['psp-privileged', 'pod.yaml', ['cluster/policy.yaml', 'cluster/policy.yaml', 'cluster/policy.yaml']],
  ]);
});

lintSuite('should read lazy files when their turn comes and judge them as if given whole', () => {
  const reads: string[] = [];
  const lazy = (source: SourceFile): LintSource => ({ path: source.path, read: () => (reads.push(source.path), { text: source.text }) });
  const pod = { path: 'pod.yaml', text: podManifest(PRIVILEGED_BODY) };
  const whole = run([policyFile(policy()), pod]);
  assert.equal(run([policyFile(policy()), lazy(pod)]), whole);
  assert.equal(reads, ['pod.yaml']);
  const gone = { ruleId: 'unreadable-file', severity: 'error' as const, message: 'File could not be read (ENOENT); it was skipped', location: at('gone.yaml', 1, 1), related: [] };
  assert.equal(run([policyFile(policy()), pod, { path: 'gone.yaml', read: () => ({ diagnostic: gone }) }]).diagnostics, [gone, ...whole.diagnostics]);
});

lintSuite('should judge again from the start when a file read late holds cluster state after all', () => {
  // A lazy file is trusted to hold no cluster object; when it does (here: the policy and its grant), the pods
  // judged before it would have seen another cluster, so the whole run is repeated reading every file first.
  const pod = { path: 'a-pod.yaml', text: podManifest(PRIVILEGED_BODY) };
  const sources: LintSource[] = [pod, { path: 'z-policy.yaml', read: () => ({ text: policyFile(policy()).text }) }];
  const expected = run([pod, { ...policyFile(policy()), path: 'z-policy.yaml' }]);
  assert.equal(expected.pods.map((linted) => linted.allowed), [false]);
  assert.equal(run(sources), expected);
});

lintSuite('should keep the admitted pods out of the result when asked, and count every pod', () => {
  const sources = [policyFile(policy()), { path: 'a.yaml', text: podManifest(PLAIN_BODY) }, { path: 'b.yaml', text: podManifest(PRIVILEGED_BODY) }];
  const all = run(sources);
  const lean = run(sources, { keepAdmittedPods: false });
  assert.equal(all.counts, { pods: 2, forbidden: 1 });
  assert.equal(lean.counts, { pods: 2, forbidden: 1 });
  assert.equal(lean.pods.map((pod) => pod.subject.source.file), ['b.yaml']);
  assert.equal(lean.pods, all.pods.filter((pod) => !pod.allowed));
  assert.equal(lean.diagnostics, all.diagnostics);
});

lintSuite('should give the same result for any order of the sources', () => {
  const sources = [
    policyFile(policy(), PRIVILEGED_POLICY.replace('name: privileged', 'name: zz-privileged')),
    { path: 'b/pod.yaml', text: podManifest({ spec: ['hostPID: true', 'containers:', '- name: app', '  image: nginx'] }) },
    { path: 'a/deploy.yaml', text: deploymentManifest({ spec: ['serviceAccountName: web', 'containers:', '- name: app', '  image: nginx', '  securityContext: {procMount: Unmasked}'] }) },
    { path: 'a/pod.yaml', text: podManifest(PRIVILEGED_BODY) },
  ];
  const forward = run(sources);
  const backward = run([...sources].reverse());
  assert.equal(backward.diagnostics, forward.diagnostics);
  assert.equal(backward.pods.map((pod) => [pod.subject.source.file, pod.allowed, pod.policy, pod.message]), forward.pods.map((pod) => [pod.subject.source.file, pod.allowed, pod.policy, pod.message]));
  assert.equal(forward.pods.map((pod) => [pod.subject.source.file, pod.allowed, pod.policy]), [
    ['a/deploy.yaml', false, null],
    ['a/pod.yaml', true, 'zz-privileged'],
    ['b/pod.yaml', false, null],
  ]);
});

lintSuite('should report a workload the API server would refuse at the offending field and judge no pod of it', () => {
  const text = lines('apiVersion: apps/v1', 'kind: Deployment', 'metadata: {name: web, namespace: shop}', 'spec:', '  template:', '    spec:', '      containers: []');
  const result = run([policyFile(policy()), { path: 'deploy.yaml', text }]);
  assert.equal(result.diagnostics, [
    {
      ruleId: 'invalid-object',
      severity: 'error',
      message: 'spec.template.spec.containers: Required value: a pod needs at least one container; the API server would reject this Deployment, so its pods are not judged',
      location: at('deploy.yaml', 7, 7),
      object: DEPLOYMENT_REF,
      related: [],
    },
  ]);
  assert.equal(result.pods, []);
});

lintSuite('should note a kustomize patch instead of judging it', () => {
  const kustomization = lines('apiVersion: kustomize.config.k8s.io/v1beta1', 'kind: Kustomization', 'resources: [deploy.yaml]', 'patches:', '- path: patch.yaml');
  const patch = lines('apiVersion: apps/v1', 'kind: Deployment', 'metadata: {name: web}', 'spec:', '  template:', '    spec:', '      containers:', '      - name: app', '        securityContext: {privileged: true}');
  const result = run([policyFile(policy()), { path: 'kustomization.yaml', text: kustomization }, { path: 'patch.yaml', text: patch }]);
  assert.equal(result.diagnostics, [
    {
      ruleId: 'kustomize-patch',
      severity: 'note',
      message: 'A kustomize patch (named by kustomization.yaml): not judged on its own; run podgate on `kustomize build` output to judge the result',
      location: at('patch.yaml', 1, 1),
      related: [],
    },
  ]);
  assert.equal(result.pods, []);
});

lintSuite('should return the target minor version', () => {
  assert.is(run([], { kubernetesVersion: '1.21' }).kubeMinor, 21);
  // Nothing shows a PodSecurityPolicy cluster: auto leaves the simulation out.
  assert.equal(run([]), { kubeMinor: 24, pspSimulated: false, pods: [], counts: { pods: 0, forbidden: 0 }, diagnostics: [] });
  assert.is(run([], { kubernetesVersion: '1.21', kubernetesVersionGiven: true }).pspSimulated, true);
});

lintSuite('should judge Pod Security in auto mode wherever a namespace label could come from, escapes and later files included', () => {
  const pod = { path: 'a-pod.yaml', text: podManifest(PLAIN_BODY) };
  const namespace = (key: string): SourceFile => ({ path: 'z-ns.yaml', text: `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n  labels:\n    ${key}: restricted\n` });
  const levels = (sources: SourceFile[]): (string | undefined)[] => run(sources, { alwaysAllow: true }).pods.map((linted) => linted.pss?.level);
  assert.equal(levels([pod, namespace('pod-security.kubernetes.io/enforce')]), ['restricted']);
  assert.equal(levels([pod, namespace('"pod-security.kubernetes.io\\x2Fenforce"')]), ['restricted']);
  assert.equal(levels([pod, namespace('"pod-security.kubernetes.io\\u002Fenforce"')]), ['restricted']);
  // With a PodSecurityPolicy too, the texts alone suggest no label; the parsed Namespace corrects that.
  assert.equal(levels([pod, namespace('"pod-security.kubernetes.io\\x2Fenforce"'), policyFile(policy())]), ['restricted']);
  // No label: none with a PodSecurityPolicy in the repository; restricted as advice without one.
  assert.equal(levels([pod, namespace('team'), policyFile(policy())]), [undefined]);
  assert.equal(levels([pod, namespace('team')]), ['restricted']);
  // The word alone (a comment) makes no policy: the advice is still given.
  assert.equal(levels([pod, namespace('team')].map((source) => ({ ...source, text: `${source.text}# PodSecurityPolicy\n` }))), ['restricted']);
});

const compareSuite = suite('compareDiagnostics');

const diagnostic = (file: string, line: number, column: number, ruleId = 'psp-privileged', message = 'm'): Diagnostic => ({
  ruleId,
  severity: 'error',
  message,
  location: at(file, line, column),
  related: [],
});

compareSuite('should order by file (code points), line, column, rule, then message', () => {
  const sorted = [
    diagnostic('B.yaml', 9, 9),
    diagnostic('a.yaml', 2, 1),
    diagnostic('a.yaml', 1, 5, 'psp-sysctls'),
    diagnostic('a.yaml', 1, 5, 'psp-capabilities', 'z'),
    diagnostic('a.yaml', 1, 5, 'psp-capabilities', 'a'),
    diagnostic('a.yaml', 1, 3),
  ].sort(compareDiagnostics);
  assert.equal(sorted.map((d) => `${d.location.file}:${d.location.startLine}:${d.location.startColumn} ${d.ruleId} ${d.message}`), [
    'B.yaml:9:9 psp-privileged m',
    'a.yaml:1:3 psp-privileged m',
    'a.yaml:1:5 psp-capabilities a',
    'a.yaml:1:5 psp-capabilities z',
    'a.yaml:1:5 psp-sysctls m',
    'a.yaml:2:1 psp-privileged m',
  ]);
});

compareSuite('should treat diagnostics differing only in severity or related locations as equal', () => {
  const a = diagnostic('a.yaml', 1, 1);
  assert.is(compareDiagnostics(a, { ...a, severity: 'note', related: [{ message: 'x' }] }), 0);
});

lintSuite('should judge, not crash on, a Pod whose sysctl or volume has no name (Go\'s zero value, ""), as admission sees it before validation', () => {
  const pod = { path: 'pod.yaml', text: podManifest({ spec: ['securityContext:', '  sysctls:', '  - {value: "1"}', 'containers:', '- name: app', '  image: nginx', 'volumes:', '- emptyDir: {}'] }) };
  for (const kubernetesVersion of ['1.15', '1.24'] as const) {
    const result = run([policyFile(policy()), pod], { kubernetesVersion });
    assert.equal(result.pods.map((linted) => [linted.allowed, linted.reason]), [[false, 'psp']], kubernetesVersion);
    assert.match(result.pods[0]?.message ?? '', 'unsafe sysctl "" is not allowed');
  }
});

lintSuite.run();
compareSuite.run();
