// Tests for json.ts, the machine-readable contract (design.md §4, version 1): the whole report for a small
// case, the key order, byte-identical output for any input order, and the admitted pod's security view.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Pod } from '../../src/api/core.js';
import type { LintSource } from '../../src/lint.js';
import type { MigrationForecast } from '../../src/lint/migrate.js';
import { mutatedView, renderJson, renderJsonChunks, toJsonReport, type JsonPod } from '../../src/report/json.js';
import { RBAC, at, deploymentManifest, lines, podManifest, policy, policyFile, run } from '../lint/lint-fixtures.js';

const BAD_POD: LintSource = { path: 'apps/bad.yaml', text: podManifest({ spec: ['serviceAccountName: web', 'containers:', '- name: app', '  image: nginx', '  securityContext:', '    privileged: true'] }) };
const OK_DEPLOYMENT: LintSource = { path: 'apps/ok.yaml', text: deploymentManifest({ spec: ['containers:', '- name: app', '  image: nginx'] }) };
const PRIVILEGED_ERROR = 'spec.containers[0].securityContext.privileged: Invalid value: true: Privileged containers are not allowed';
const POD_REF = { apiVersion: 'v1', kind: 'Pod', name: 'web', namespace: 'shop' };
const GRANT = { kind: 'binding', binding: { kind: 'ClusterRoleBinding', name: 'psp-use-service-accounts' }, role: { kind: 'ClusterRole', name: 'psp-use' }, ruleIndex: 0, subjectIndex: 0 };

const reportSuite = suite('toJsonReport');

reportSuite('should report a forbidden pod with its verdict, the policies tried and the diagnostics', () => {
  assert.equal(toJsonReport(run([policyFile(policy()), BAD_POD])), {
    version: 1,
    kubernetesVersion: '1.24',
    summary: { pods: 1, allowed: 0, forbidden: 1, errors: 1, warnings: 0, notes: 1 },
    pods: [
      {
        file: 'apps/bad.yaml',
        line: 1,
        column: 1,
        doc: 0,
        object: POD_REF,
        podName: 'web',
        serviceAccount: 'web',
        requester: { user: 'podgate:requesting-user', groups: ['system:authenticated'] },
        allowed: false,
        reason: 'psp',
        policy: null,
        message: `pods "web" is forbidden: PodSecurityPolicy: unable to admit pod: [${PRIVILEGED_ERROR}]`,
        violations: [PRIVILEGED_ERROR],
        mutated: null,
        policies: [{ name: 'restricted', admits: false, mutates: false, usableBy: { identity: 'serviceAccount', user: 'system:serviceaccount:shop:web', grant: GRANT }, violations: [PRIVILEGED_ERROR] }],
      },
    ],
    diagnostics: [
      {
        ruleId: 'service-account-not-declared',
        severity: 'note',
        message: 'Service account "shop/web" is not declared in these manifests; podgate assumes it exists in the cluster (ServiceAccount admission refuses the pod otherwise; --require-service-accounts makes this a rejection)',
        location: at('apps/bad.yaml', 7, 23, 7, 26),
        object: POD_REF,
        related: [],
      },
      {
        ruleId: 'psp-privileged',
        severity: 'error',
        message: `${PRIVILEGED_ERROR} (pod "web" of Pod "web")`,
        location: at('apps/bad.yaml', 12, 19, 12, 23),
        object: POD_REF,
        fieldPath: 'spec.containers[0].securityContext.privileged',
        related: [
          { message: 'PodSecurityPolicy "restricted" (usable by system:serviceaccount:shop:web)', location: at('policy.yaml', 1, 1), object: { apiVersion: 'policy/v1beta1', kind: 'PodSecurityPolicy', name: 'restricted' } },
          { message: 'ClusterRoleBinding "psp-use-service-accounts"', location: at('policy.yaml', 26, 1), object: { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRoleBinding', name: 'psp-use-service-accounts' } },
          { message: 'ClusterRole "psp-use"', location: at('policy.yaml', 17, 1), object: { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', name: 'psp-use' } },
        ],
      },
    ],
  });
});

reportSuite('should report an admitted pod with the policy, how each policy judged it, and the admitted security view', () => {
  const sources = [policyFile(policy({ name: 'a-restricted', spec: ['allowPrivilegeEscalation: false'] })), OK_DEPLOYMENT];
  const expected: JsonPod = {
    file: 'apps/ok.yaml',
    line: 1,
    column: 1,
    doc: 0,
    object: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web', namespace: 'shop' },
    podName: 'web-{hash}-',
    serviceAccount: 'default',
    requester: { user: 'system:serviceaccount:kube-system:replicaset-controller', groups: ['system:serviceaccounts', 'system:serviceaccounts:kube-system', 'system:authenticated'] },
    allowed: true,
    reason: 'admitted',
    policy: 'a-restricted',
    message: null,
    violations: [],
    mutated: {
      annotations: { 'kubernetes.io/psp': 'a-restricted' },
      securityContext: {},
      volumeTypes: ['projected'],
      containers: [{ path: 'spec.containers[0]', name: 'app', securityContext: { allowPrivilegeEscalation: false } }],
    },
    policies: [{ name: 'a-restricted', admits: true, mutates: true, usableBy: { identity: 'serviceAccount', user: 'system:serviceaccount:shop:default', grant: GRANT }, violations: [] }],
  };
  assert.equal(toJsonReport(run(sources)), { version: 1, kubernetesVersion: '1.24', summary: { pods: 1, allowed: 1, forbidden: 0, errors: 0, warnings: 0, notes: 0 }, pods: [expected], diagnostics: [] });
});

reportSuite('should count diagnostics by severity and state the target version', () => {
  const ignored = policy({ name: 'ignored', spec: ['runAsUser:', '  rule: MustRunAs'] });
  const report = toJsonReport(run([{ path: 'policy.yaml', text: [policy(), ignored, RBAC].join('---\n') }, OK_DEPLOYMENT, BAD_POD], { kubernetesVersion: '1.21' }));
  assert.equal([report.kubernetesVersion, report.summary], ['1.21', { pods: 2, allowed: 1, forbidden: 1, errors: 1, warnings: 1, notes: 1 }]);
});

reportSuite('should write a null requester and usableBy when only the service account is considered and may use nothing', () => {
  const [pod] = toJsonReport(run([{ path: 'policy.yaml', text: policy() }, BAD_POD], { requester: { mode: 'service-account-only' } })).pods;
  assert.equal(pod && [pod.requester, pod.reason, pod.violations, pod.policies], [
    null,
    'psp',
    [],
    [{ name: 'restricted', admits: false, mutates: false, usableBy: null, violations: [PRIVILEGED_ERROR] }],
  ]);
});

reportSuite('should write keys in the documented order', () => {
  const report = toJsonReport(run([policyFile(policy()), BAD_POD]));
  assert.equal(Object.keys(report), ['version', 'kubernetesVersion', 'summary', 'pods', 'diagnostics']);
  assert.equal(Object.keys(report.summary), ['pods', 'allowed', 'forbidden', 'errors', 'warnings', 'notes']);
  assert.equal(Object.keys(report.pods[0] ?? {}), ['file', 'line', 'column', 'doc', 'object', 'podName', 'serviceAccount', 'requester', 'allowed', 'reason', 'policy', 'message', 'violations', 'mutated', 'policies']);
  assert.equal(Object.keys(report.pods[0]?.policies[0] ?? {}), ['name', 'admits', 'mutates', 'usableBy', 'violations']);
});

reportSuite('should order pods by file, then by position in the file', () => {
  const two = { path: 'b.yaml', text: `${podManifest({ spec: ['containers: [{name: a, image: nginx}]'] })}---\n${podManifest({ spec: ['containers: [{name: a, image: nginx}]'] }).replace('name: web', 'name: api')}` };
  const report = toJsonReport(run([two, policyFile(policy()), { path: 'a.yaml', text: podManifest({ spec: ['containers: [{name: a, image: nginx}]'] }) }]));
  assert.equal(report.pods.map((pod) => [pod.file, pod.line, pod.doc, pod.object.name]), [
    ['a.yaml', 1, 0, 'web'],
    ['b.yaml', 1, 0, 'web'],
    ['b.yaml', 9, 1, 'api'],
  ]);
});

// `doc` is the object index the kube-apiserver oracle records (List items flattened, empty documents skipped),
// not design.md §4's YAML document index: the two agree for files without Lists and empty documents, and the
// oracle's definition is what verdict comparisons key on (see the README's JSON section).
reportSuite('should give `doc` as the object index of the oracle, List items flattened', () => {
  const list = lines(
    'apiVersion: v1',
    'kind: List',
    'items:',
    '- {apiVersion: v1, kind: Pod, metadata: {name: one, namespace: shop}, spec: {containers: [{name: a, image: nginx}]}}',
    '- {apiVersion: v1, kind: Pod, metadata: {name: two, namespace: shop}, spec: {containers: [{name: a, image: nginx}]}}',
    '---',
    'apiVersion: v1',
    'kind: Pod',
    'metadata: {name: three, namespace: shop}',
    'spec: {containers: [{name: a, image: nginx}]}',
  );
  const report = toJsonReport(run([policyFile(policy()), { path: 'pods.yaml', text: list }]));
  assert.equal(report.pods.map((pod) => [pod.object.name, pod.line, pod.column, pod.doc]), [
    ['one', 4, 3, 0],
    ['two', 5, 3, 1],
    ['three', 7, 1, 2],
  ]);
});

const renderSuite = suite('renderJson');

const SOURCES: LintSource[] = [
  policyFile(policy(), policy({ name: 'zz-privileged', spec: ['privileged: true'] })),
  { path: 'apps/pod.yaml', text: podManifest({ spec: ['hostPID: true', 'containers:', '- name: app', '  image: nginx'] }) },
  BAD_POD,
  OK_DEPLOYMENT,
  { path: 'cluster/extra.yaml', text: policy({ name: 'cluster-only', spec: ['hostPID: true'] }), cluster: true },
];

renderSuite('should pretty-print the report with two spaces and a final newline', () => {
  const result = run([policyFile(policy()), BAD_POD]);
  const text = renderJson(result);
  assert.is(text, `${JSON.stringify(toJsonReport(result), null, 2)}\n`);
  assert.is(text.split('\n')[1], '  "version": 1,');
});

renderSuite('should give the report in pieces, pods and diagnostics in batches, that join to JSON.stringify exactly', () => {
  const migration = { namespaces: [], mutationDependencies: [], policies: [] } as unknown as MigrationForecast;
  const small = run(SOURCES);
  // 1,000 pods and diagnostics: written in batches of 256.
  const big = { ...small, pods: Array.from({ length: 400 }, () => small.pods).flat(), diagnostics: Array.from({ length: 1000 }, (_, i) => small.diagnostics[i % small.diagnostics.length]!) };
  assert.is(big.pods.length >= 1000, true);
  for (const [result, options] of [[small, {}], [run([]), {}], [small, { migration }], [big, {}]] as const) {
    const pieces = [...renderJsonChunks(result, options)];
    assert.is(pieces.join(''), `${JSON.stringify(toJsonReport(result, options), null, 2)}\n`);
  }
  const pieces = [...renderJsonChunks(big)];
  assert.is(pieces.filter((piece) => piece.startsWith(',\n    {\n      "file"')).length, Math.ceil(big.pods.length / 256) - 1, 'pods in batches of 256');
  assert.is(renderJson(run(SOURCES)), [...renderJsonChunks(run(SOURCES))].join(''));
});

renderSuite('should render the same result to the same string every time', () => {
  const result = run(SOURCES);
  assert.is(renderJson(result), renderJson(result));
  assert.is(renderJson(run(SOURCES)), renderJson(result));
});

renderSuite('should render byte-identical output for the sources in reversed order', () => {
  assert.is(renderJson(run([...SOURCES].reverse())), renderJson(run(SOURCES)));
});

renderSuite('should hold only repository-relative paths, never absolute ones or times', () => {
  const text = renderJson(run(SOURCES));
  assert.equal([/"\/(work|tmp|home)\//.test(text), /\d{4}-\d\d-\d\dT/.test(text)], [false, false]);
});

const viewSuite = suite('mutatedView');

viewSuite('should project annotations, pod security context, volume types and each container\'s security context, init containers first', () => {
  const pod: Pod = {
    metadata: { name: 'web', annotations: { 'kubernetes.io/psp': 'restricted', 'seccomp.security.alpha.kubernetes.io/pod': 'runtime/default' }, labels: { app: 'web' } },
    spec: {
      securityContext: { runAsNonRoot: true, fsGroup: 1000 },
      runtimeClassName: 'gvisor',
      initContainers: [{ name: 'setup', image: 'busybox', securityContext: { runAsUser: 1000 } }],
      containers: [
        { name: 'app', image: 'nginx', securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } } },
        { name: 'sidecar', image: 'envoy' },
      ],
      ephemeralContainers: [{ name: 'debug', image: 'busybox' }],
      volumes: [{ name: 'cache', emptyDir: {} }, { name: 'token', projected: { sources: [] } }, { name: 'odd' }],
    },
  };
  assert.equal(mutatedView(pod), {
    annotations: { 'kubernetes.io/psp': 'restricted', 'seccomp.security.alpha.kubernetes.io/pod': 'runtime/default' },
    securityContext: { runAsNonRoot: true, fsGroup: 1000 },
    runtimeClassName: 'gvisor',
    volumeTypes: ['emptyDir', 'projected', 'unknown'],
    containers: [
      { path: 'spec.initContainers[0]', name: 'setup', securityContext: { runAsUser: 1000 } },
      { path: 'spec.containers[0]', name: 'app', securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } } },
      { path: 'spec.containers[1]', name: 'sidecar', securityContext: null },
    ],
  });
});

viewSuite('should give empty objects and lists for a pod that sets nothing, and no runtimeClassName key', () => {
  const view = mutatedView({ metadata: {}, spec: { containers: [{ name: 'app' }] } });
  assert.equal(view, { annotations: {}, securityContext: {}, volumeTypes: [], containers: [{ path: 'spec.containers[0]', name: 'app', securityContext: null }] });
  assert.equal(Object.keys(view as object), ['annotations', 'securityContext', 'volumeTypes', 'containers']);
});

reportSuite.run();
renderSuite.run();
viewSuite.run();
