// Tests for findings.ts: one evaluated pod as located diagnostics. Which rule each verdict gets, where a verdict
// about the whole pod is located, de-duplication of errors several policies report, and the related locations
// (policies tried, the binding and role that granted `use`, policies that would admit an unusable pod).
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Diagnostic } from '../../src/api/diagnostic.js';
import type { LintOptions } from '../../src/lint.js';
import type { SourceFile } from '../../src/load/parse.js';
import { evaluatePod, type PodEvaluation } from '../../src/lint/evaluate-pod.js';
import { grantRelated, podFindings } from '../../src/lint/findings.js';
import { OPTIONS, at, lines, podManifest, policy, policyFile, prepare, type PodBody, type Prepared } from './lint-fixtures.js';

function evaluated(sources: readonly SourceFile[], options: Partial<LintOptions> = {}): { evaluation: PodEvaluation; prepared: Prepared } {
  const prepared = prepare(sources, options);
  const subject = prepared.subjects[0];
  if (subject === undefined) throw new Error('no pod');
  const { requester, useServiceAccountCredentials } = { ...OPTIONS, ...options };
  const evaluation = evaluatePod(subject, prepared.cluster, prepared.providers, { kubeMinor: prepared.kubeMinor, requester, useServiceAccountCredentials: useServiceAccountCredentials !== false });
  return { evaluation, prepared };
}

const findingsOf = (sources: readonly SourceFile[], options: Partial<LintOptions> = {}): Diagnostic[] => {
  const { evaluation, prepared } = evaluated(sources, options);
  return podFindings(evaluation, prepared.context);
};

const PLAIN: PodBody = { spec: ['containers:', '- name: app', '  image: nginx'] };
const POD_REF = { apiVersion: 'v1', kind: 'Pod', name: 'web', namespace: 'shop' };
const PSP_REF = (name: string): { apiVersion: string; kind: string; name: string } => ({ apiVersion: 'policy/v1beta1', kind: 'PodSecurityPolicy', name });
const RBAC_REF = (kind: string, name: string): { apiVersion: string; kind: string; name: string } => ({ apiVersion: 'rbac.authorization.k8s.io/v1', kind, name });
const NO_PROVIDERS = 'pods "web" is forbidden: PodSecurityPolicy: no providers available to validate pod request';

const findingsSuite = suite('podFindings');

findingsSuite('should report nothing for an admitted pod whose service account is declared (default)', () => {
  assert.equal(findingsOf([policyFile(policy()), { path: 'pod.yaml', text: podManifest(PLAIN) }]), []);
});

findingsSuite('should note an admitted pod\'s assumed service account at serviceAccountName', () => {
  const body: PodBody = { spec: ['serviceAccountName: builder', ...PLAIN.spec] };
  assert.equal(findingsOf([policyFile(policy()), { path: 'pod.yaml', text: podManifest(body) }]), [
    {
      ruleId: 'service-account-not-declared',
      severity: 'note',
      message: 'Service account "shop/builder" is not declared in these manifests; podgate assumes it exists in the cluster (ServiceAccount admission refuses the pod otherwise; --require-service-accounts makes this a rejection)',
      location: at('pod.yaml', 7, 23, 7, 30),
      object: POD_REF,
      related: [],
    },
  ]);
});

findingsSuite('should note an assumed account given by the deprecated serviceAccount field at that field', () => {
  const body: PodBody = { spec: ['serviceAccount: builder', ...PLAIN.spec] };
  assert.equal(findingsOf([policyFile(policy()), { path: 'pod.yaml', text: podManifest(body) }]).map((d) => [d.ruleId, d.location]), [['service-account-not-declared', at('pod.yaml', 7, 19, 7, 26)]]);
});

findingsSuite('should report a missing service account once, without the note', () => {
  const body: PodBody = { spec: ['serviceAccountName: builder', ...PLAIN.spec] };
  assert.equal(findingsOf([policyFile(policy()), { path: 'pod.yaml', text: podManifest(body) }], { requireServiceAccounts: true }), [
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

findingsSuite('should report "no providers" at the pod name', () => {
  assert.equal(findingsOf([{ path: 'pod.yaml', text: podManifest(PLAIN) }]), [
    { ruleId: 'psp-no-policies', severity: 'error', message: NO_PROVIDERS, location: at('pod.yaml', 4, 9, 4, 12), object: POD_REF, related: [] },
  ]);
});

findingsSuite('should fall back to the object itself for a pod without name or serviceAccountName (there, not line 1)', () => {
  const text = lines('apiVersion: v1', 'kind: ConfigMap', 'metadata: {name: other}', '---', 'apiVersion: v1', 'kind: Pod', 'metadata:', '  generateName: web-', '  namespace: shop', 'spec:', '  containers: [{name: app, image: nginx}]');
  const [diagnostic] = findingsOf([{ path: 'pod.yaml', text }]);
  assert.equal(diagnostic && [diagnostic.ruleId, diagnostic.message, diagnostic.location], ['psp-no-policies', 'pods "web-" is forbidden: PodSecurityPolicy: no providers available to validate pod request', at('pod.yaml', 5, 1)]);
});

findingsSuite('should report one finding per distinct error, each at its node, relating every usable policy that reported it', () => {
  const body: PodBody = { spec: ['hostPID: true', 'containers:', '- name: app', '  image: nginx', '  securityContext: {privileged: true}'] };
  const sources = [policyFile(policy({ name: 'a' }), policy({ name: 'b', spec: ['hostPID: true'] })), { path: 'pod.yaml', text: podManifest(body) }];
  const grant = [
    { message: 'ClusterRoleBinding "psp-use-service-accounts"', location: at('policy.yaml', 43, 1), object: RBAC_REF('ClusterRoleBinding', 'psp-use-service-accounts') },
    { message: 'ClusterRole "psp-use"', location: at('policy.yaml', 34, 1), object: RBAC_REF('ClusterRole', 'psp-use') },
  ];
  const policyA = { message: 'PodSecurityPolicy "a" (usable by system:serviceaccount:shop:default)', location: at('policy.yaml', 1, 1), object: PSP_REF('a') };
  const policyB = { message: 'PodSecurityPolicy "b" (usable by system:serviceaccount:shop:default)', location: at('policy.yaml', 17, 1), object: PSP_REF('b') };
  assert.equal(findingsOf(sources), [
    {
      ruleId: 'psp-host-namespaces',
      severity: 'error',
      message: 'spec.securityContext.hostPID: Invalid value: true: Host PID is not allowed to be used (pod "web" of Pod "web")',
      location: at('pod.yaml', 7, 12, 7, 16),
      object: POD_REF,
      fieldPath: 'spec.securityContext.hostPID',
      related: [policyA, ...grant],
    },
    {
      ruleId: 'psp-privileged',
      severity: 'error',
      message: 'spec.containers[0].securityContext.privileged: Invalid value: true: Privileged containers are not allowed (pod "web" of Pod "web")',
      location: at('pod.yaml', 11, 35, 11, 39),
      object: POD_REF,
      fieldPath: 'spec.containers[0].securityContext.privileged',
      related: [policyA, ...grant, policyB, ...grant],
    },
  ]);
});

findingsSuite('should add the service-account note before the verdict of a refused pod', () => {
  const body: PodBody = { spec: ['serviceAccountName: builder', 'hostIPC: true', ...PLAIN.spec] };
  assert.equal(findingsOf([policyFile(policy()), { path: 'pod.yaml', text: podManifest(body) }]).map((d) => [d.ruleId, d.location.startLine]), [
    ['service-account-not-declared', 7],
    ['psp-host-namespaces', 8],
  ]);
});

findingsSuite('should report no usable policy with the identities, the hint and the admitting policies as related', () => {
  const policies = { path: 'policy.yaml', text: [policy({ name: 'a-hostnet', spec: ['hostNetwork: true'] }), policy({ name: 'b-strict', spec: ['volumes: [configMap]'] })].join('---\n') };
  const body: PodBody = { spec: ['hostNetwork: true', ...PLAIN.spec] };
  assert.equal(findingsOf([policies, { path: 'pod.yaml', text: podManifest(body) }], { requester: { mode: 'as', user: 'alice', groups: ['dev'] } }), [
    {
      ruleId: 'psp-no-usable-policy',
      severity: 'error',
      message:
        'pods "web" is forbidden: PodSecurityPolicy: unable to admit pod: [] — no PodSecurityPolicy may be used by the service account "shop/default" or the requesting user "alice" (pod "web" of Pod "web"). "a-hostnet" would admit it: grant `use` of one to either identity.',
      location: at('pod.yaml', 4, 9, 4, 12),
      object: POD_REF,
      related: [{ message: 'PodSecurityPolicy "a-hostnet" would admit this pod, but it is not usable', location: at('policy.yaml', 1, 1), object: PSP_REF('a-hostnet') }],
    },
  ]);
});

findingsSuite('should name only the service account when there is no requesting user', () => {
  const [diagnostic] = findingsOf([{ path: 'policy.yaml', text: policy() }, { path: 'pod.yaml', text: podManifest(PLAIN) }], { requester: { mode: 'service-account-only' } });
  assert.is(
    diagnostic?.message,
    'pods "web" is forbidden: PodSecurityPolicy: unable to admit pod: [] — no PodSecurityPolicy may be used by the service account "shop/default" (pod "web" of Pod "web"). "restricted" would admit it: grant `use` of one to either identity.',
  );
});

findingsSuite('should use invalid-pod for object validation errors and psp-validate-phase for Validate errors', () => {
  const body: PodBody = { spec: ['containers:', '- name: app', '  image: nginx', '  ports: [{containerPort: 0}]'] };
  const { evaluation, prepared } = evaluated([policyFile(policy()), { path: 'pod.yaml', text: podManifest(body) }]);
  assert.equal(podFindings(evaluation, prepared.context).map((d) => [d.ruleId, d.message, d.location, d.fieldPath, d.related]), [
    ['invalid-pod', 'spec.containers[0].ports[0].containerPort: Required value (pod "web" of Pod "web")', at('pod.yaml', 10, 29, 10, 30), 'spec.containers[0].ports[0].containerPort', []],
  ]);
  // Validate rejections cannot be produced from manifests on 1.19+ (the chosen policy always re-admits the synced
  // pod); the verdict is built by hand from the admitted one.
  const seccomp = { type: 'Forbidden' as const, path: 'pod.metadata.annotations[container.seccomp.security.alpha.kubernetes.io/app]', detail: 'runtime/default is not an allowed seccomp profile. Valid values are docker/default' };
  const validate: PodEvaluation = { ...evaluation, reason: 'validate', message: 'pods "web" is forbidden: PodSecurityPolicy: unable to validate pod: [...]', errors: [seccomp], attempts: [] };
  assert.equal(podFindings(validate, prepared.context).map((d) => [d.ruleId, d.severity, d.message, d.location, d.fieldPath, d.related]), [
    ['psp-validate-phase', 'error', `${seccomp.path}: Forbidden: ${seccomp.detail} (pod "web" of Pod "web")`, at('pod.yaml', 8, 5), seccomp.path, []],
  ]);
});

findingsSuite('should locate a workload verdict inside the template: the template serviceAccountName', () => {
  const text = lines(
    'apiVersion: batch/v1',
    'kind: Job',
    'metadata: {name: migrate, namespace: shop}',
    'spec:',
    '  template:',
    '    spec:',
    '      serviceAccountName: migrator',
    '      restartPolicy: Never',
    '      containers: [{name: app, image: migrate}]',
  );
  assert.equal(findingsOf([{ path: 'job.yaml', text }]).map((d) => [d.ruleId, d.message, d.location]), [
    ['service-account-not-declared', 'Service account "shop/migrator" is not declared in these manifests; podgate assumes it exists in the cluster (ServiceAccount admission refuses the pod otherwise; --require-service-accounts makes this a rejection)', at('job.yaml', 7, 27, 7, 35)],
    ['psp-no-policies', 'pods "migrate-" is forbidden: PodSecurityPolicy: no providers available to validate pod request', at('job.yaml', 7, 27, 7, 35)],
  ]);
});

const grantSuite = suite('grantRelated');

grantSuite('should relate the binding and the role from the manifests', () => {
  const { prepared } = evaluated([policyFile(policy()), { path: 'pod.yaml', text: podManifest(PLAIN) }]);
  const allowedBy = { kind: 'binding' as const, binding: { kind: 'ClusterRoleBinding', name: 'psp-use-service-accounts' }, role: { kind: 'ClusterRole', name: 'psp-use' }, ruleIndex: 0, subjectIndex: 0 };
  assert.equal(grantRelated(allowedBy, prepared.context), [
    { message: 'ClusterRoleBinding "psp-use-service-accounts"', location: at('policy.yaml', 26, 1), object: RBAC_REF('ClusterRoleBinding', 'psp-use-service-accounts') },
    { message: 'ClusterRole "psp-use"', location: at('policy.yaml', 17, 1), object: RBAC_REF('ClusterRole', 'psp-use') },
  ]);
});

grantSuite('should name the namespace of a RoleBinding and mark built-in objects, which have no location', () => {
  const roleBinding = lines(
    'apiVersion: rbac.authorization.k8s.io/v1',
    'kind: RoleBinding',
    'metadata: {name: psp, namespace: shop}',
    'roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin}',
    'subjects: [{kind: ServiceAccount, name: default}]',
  );
  const { prepared } = evaluated([{ path: 'rbac.yaml', text: roleBinding }, { path: 'pod.yaml', text: podManifest(PLAIN) }]);
  const allowedBy = { kind: 'binding' as const, binding: { kind: 'RoleBinding', name: 'psp', namespace: 'shop' }, role: { kind: 'ClusterRole', name: 'cluster-admin' }, ruleIndex: 0, subjectIndex: 0 };
  assert.equal(grantRelated(allowedBy, prepared.context), [
    { message: 'RoleBinding "psp" in shop', location: at('rbac.yaml', 1, 1), object: { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'RoleBinding', name: 'psp', namespace: 'shop' } },
    { message: 'ClusterRole "cluster-admin" (built in)' },
  ]);
});

grantSuite('should describe grants that come from no binding', () => {
  const { prepared } = evaluated([{ path: 'pod.yaml', text: podManifest(PLAIN) }]);
  assert.equal(grantRelated({ kind: 'system:masters' }, prepared.context), [{ message: 'granted to group system:masters (allowed everything)' }]);
  assert.equal(grantRelated({ kind: 'always-allow' }, prepared.context), [{ message: 'granted by AlwaysAllow authorization' }]);
});

grantSuite('should be what a finding relates after its policy', () => {
  const sources = [{ path: 'policy.yaml', text: policy() }, { path: 'pod.yaml', text: podManifest({ spec: ['hostPID: true', ...PLAIN.spec] }) }];
  const [diagnostic] = findingsOf(sources, { alwaysAllow: true });
  assert.equal(diagnostic?.related, [
    { message: 'PodSecurityPolicy "restricted" (usable by system:serviceaccount:shop:default)', location: at('policy.yaml', 1, 1), object: PSP_REF('restricted') },
    { message: 'granted by AlwaysAllow authorization' },
  ]);
});

findingsSuite.run();
grantSuite.run();
