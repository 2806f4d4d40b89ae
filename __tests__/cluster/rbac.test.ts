// Tests for rbac.ts. Ported: plugin/pkg/auth/authorizer/rbac/rbac_test.go (TestAuthorizer resource cases,
// TestRuleMatches resource cases) and pkg/registry/rbac/validation/rule_test.go (TestAppliesTo,
// TestDefaultRuleResolver); the rest pins down spec §3.1–§3.5 for PSP `use`.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { PolicyRule, Role, RoleBinding, Subject, UserInfo } from '../../src/api/rbac.js';
import {
  appliesTo,
  appliesToUser,
  buildAuthorizer,
  findDanglingRoleRefs,
  ruleAllows,
  usePodSecurityPolicy,
  type ResourceAttributes,
} from '../../src/cluster/rbac.js';
import { serviceAccountUser } from '../../src/cluster/service-account.js';

// Builders in the spirit of rbac_test.go: comma lists, "Kind:name" subjects.
const list = (csv: string): string[] => csv.split(',');
const rule = (verbs: string, apiGroups: string, resources: string, extra: Partial<PolicyRule> = {}): PolicyRule => ({ verbs: list(verbs), apiGroups: list(apiGroups), resources: list(resources), ...extra });
const clusterRole = (name: string, ...rules: PolicyRule[]): Role => ({ kind: 'ClusterRole', metadata: { name }, rules });
const role = (namespace: string, name: string, ...rules: PolicyRule[]): Role => ({ kind: 'Role', metadata: { name, namespace }, rules });
/** `User:<name>`, `Group:<name>` (names may contain colons), `ServiceAccount:<name>` or `ServiceAccount:<ns>:<name>`. */
const subjects = (specs: string[]): Subject[] =>
  specs.map((spec) => {
    const kind = spec.slice(0, spec.indexOf(':'));
    const rest = spec.slice(kind.length + 1);
    if (kind !== 'ServiceAccount' || !rest.includes(':')) return { kind, name: rest };
    const [namespace = '', name = ''] = rest.split(':');
    return { kind, name, namespace };
  });
const crb = (name: string, roleName: string, ...specs: string[]): RoleBinding => ({ kind: 'ClusterRoleBinding', metadata: { name }, roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: roleName }, subjects: subjects(specs) });
const rb = (namespace: string, name: string, roleKind: string, roleName: string, ...specs: string[]): RoleBinding => ({
  kind: 'RoleBinding',
  metadata: { name, namespace },
  roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: roleKind, name: roleName },
  subjects: subjects(specs),
});
const user = (name: string, groups = ''): UserInfo => ({ name, groups: groups === '' ? [] : list(groups) });
const request = (verb: string, apiGroup: string, resource: string, namespace: string, extra: Partial<ResourceAttributes> = {}): ResourceAttributes => ({ verb, apiGroup, resource, name: '', namespace, ...extra });
const psp = { verbs: ['use'], apiGroups: ['policy'], resources: ['podsecuritypolicies'] };

// ---------------------------------------------------------------------------------------------------------
const build = suite('buildAuthorizer');

const authorizerCases: { name: string; roles: Role[]; bindings: RoleBinding[]; pass: [UserInfo, ResourceAttributes][]; fail: [UserInfo, ResourceAttributes][] }[] = [
  {
    name: 'a RoleBinding of a star ClusterRole allows only its namespace (TestAuthorizer case 0)',
    roles: [clusterRole('admin', rule('*', '*', '*', { nonResourceURLs: ['*'] }))],
    bindings: [rb('ns1', 'admin', 'ClusterRole', 'admin', 'User:admin', 'Group:admins')],
    pass: [
      [user('admin'), request('get', '', 'Pods', 'ns1')],
      [user('admin'), request('watch', '', 'Pods', 'ns1')],
      [user('admin', 'group1'), request('watch', '', 'Foobar', 'ns1')],
      [user('joe', 'admins'), request('watch', '', 'Foobar', 'ns1')],
      [user('joe', 'group1,admins'), request('watch', '', 'Foobar', 'ns1')],
    ],
    fail: [
      [user('admin'), request('GET', '', 'Pods', 'ns2')],
      [user('admin'), request('GET', '', 'Nodes', '')],
      [user('admin', 'admins'), request('GET', '', 'Pods', 'ns2')],
      [user('admin', 'admins'), request('GET', '', 'Nodes', '')],
    ],
  },
  {
    name: 'a plain resource does not cover its subresources (TestAuthorizer case 2)',
    roles: [clusterRole('admin', rule('*', '*', 'pods'))],
    bindings: [rb('ns1', 'admin', 'ClusterRole', 'admin', 'User:admin', 'Group:admins')],
    pass: [[user('admin'), request('get', '', 'pods', 'ns1')]],
    fail: [[user('admin'), request('get', '', 'pods', 'ns1', { subresource: 'status' })]],
  },
  {
    name: 'a subresource rule does not cover the resource (TestAuthorizer case 3)',
    roles: [clusterRole('admin', rule('*', '*', 'pods/status'))],
    bindings: [rb('ns1', 'admin', 'ClusterRole', 'admin', 'User:admin', 'Group:admins')],
    pass: [[user('admin'), request('get', '', 'pods', 'ns1', { subresource: 'status' })]],
    fail: [[user('admin'), request('get', '', 'pods', 'ns1')]],
  },
  {
    name: 'RoleBindings apply in their namespace, ClusterRoleBindings everywhere (TestDefaultRuleResolver)',
    roles: [role('namespace1', 'readthings', rule('GET,WATCH', 'v1', 'pods'), rule('GET,WATCH', 'v1', 'services')), clusterRole('cluster-admin', rule('*', '*', '*')), clusterRole('write-nodes', rule('PUT,CREATE,UPDATE', 'v1', 'nodes'))],
    bindings: [rb('namespace1', 'rb', 'Role', 'readthings', 'User:foobar', 'Group:group1'), crb('crb', 'cluster-admin', 'User:admin', 'Group:admin')],
    pass: [
      [user('foobar'), request('GET', 'v1', 'pods', 'namespace1')],
      [user('x', 'group1'), request('WATCH', 'v1', 'services', 'namespace1')],
      [user('foobar', 'admin'), request('anything', 'any', 'thing', '')],
    ],
    fail: [
      [user('foobar'), request('GET', 'v1', 'pods', 'namespace2')],
      [user('foobar'), request('GET', 'v1', 'pods', '')],
      [user('foobar'), request('get', 'v1', 'pods', 'namespace1')],
      [user(''), request('GET', 'v1', 'pods', 'namespace1')],
      [user('nobody'), request('PUT', 'v1', 'nodes', '')],
    ],
  },
];

for (const c of authorizerCases) {
  build(`should decide ${c.name}`, () => {
    const authorizer = buildAuthorizer({ roles: c.roles, bindings: c.bindings });
    assert.equal(
      { pass: c.pass.map(([u, a]) => authorizer.authorize(u, a).allowed), fail: c.fail.map(([u, a]) => authorizer.authorize(u, a).allowed) },
      { pass: c.pass.map(() => true), fail: c.fail.map(() => false) },
    );
  });
}

build('should say which binding, role, rule and subject allowed a request', () => {
  const authorizer = buildAuthorizer({
    roles: [role('demo', 'psp-user', rule('get', '', 'pods'), psp)],
    bindings: [rb('demo', 'psp', 'Role', 'psp-user', 'User:alice', 'Group:system:serviceaccounts:demo')],
  });
  assert.equal(authorizer.authorize(serviceAccountUser('demo', 'default'), request('use', 'policy', 'podsecuritypolicies', 'demo', { name: 'restricted' })), {
    allowed: true,
    reason: { kind: 'binding', binding: { kind: 'RoleBinding', name: 'psp', namespace: 'demo' }, role: { kind: 'Role', name: 'psp-user', namespace: 'demo' }, ruleIndex: 1, subjectIndex: 1 },
  });
});

build('should prefer ClusterRoleBindings, then names in byte order, then rule order', () => {
  const authorizer = buildAuthorizer({
    roles: [clusterRole('psp-a', rule('get', '', 'pods'), psp, psp), clusterRole('psp-b', psp)],
    bindings: [rb('demo', 'a-first', 'ClusterRole', 'psp-b', 'Group:system:authenticated'), crb('z', 'psp-b', 'User:alice'), crb('Z', 'psp-a', 'User:alice'), crb('a', 'psp-b', 'User:bob')],
  });
  assert.equal(authorizer.authorize(user('alice', 'system:authenticated'), request('use', 'policy', 'podsecuritypolicies', 'demo', { name: 'p' })), {
    allowed: true,
    reason: { kind: 'binding', binding: { kind: 'ClusterRoleBinding', name: 'Z' }, role: { kind: 'ClusterRole', name: 'psp-a' }, ruleIndex: 1, subjectIndex: 0 },
  });
});

build('should report the first matching subject of a binding, as appliesTo does', () => {
  const authorizer = buildAuthorizer({ roles: [clusterRole('psp', psp)], bindings: [crb('b', 'psp', 'User:someone', 'Group:devs', 'User:alice')] });
  const decision = authorizer.authorize(user('alice', 'devs'), request('use', 'policy', 'podsecuritypolicies', 'demo'));
  assert.equal(decision.allowed && decision.reason.kind === 'binding' ? decision.reason.subjectIndex : -1, 1);
});

build('should allow system:masters everything without any binding', () => {
  const authorizer = buildAuthorizer({ roles: [], bindings: [] });
  assert.equal(authorizer.authorize(user('root', 'system:authenticated,system:masters'), request('delete', '', 'nodes', '')), { allowed: true, reason: { kind: 'system:masters' } });
});

build('should allow everyone everything in AlwaysAllow mode, system:masters still first', () => {
  const authorizer = buildAuthorizer({ roles: [], bindings: [], alwaysAllow: true });
  assert.equal(
    [authorizer.authorize(user('anyone'), request('use', 'policy', 'podsecuritypolicies', 'x')), authorizer.authorize(user('root', 'system:masters'), request('get', '', 'pods', 'x'))],
    [
      { allowed: true, reason: { kind: 'always-allow' } },
      { allowed: true, reason: { kind: 'system:masters' } },
    ],
  );
});

build('should skip a binding to a missing role and use the next one', () => {
  const authorizer = buildAuthorizer({ roles: [clusterRole('psp', psp)], bindings: [crb('a', 'missing', 'User:alice'), rb('demo', 'b', 'Role', 'missing', 'User:alice'), rb('demo', 'c', 'ClusterRole', 'psp', 'User:alice')] });
  assert.equal(authorizer.authorize(user('alice'), request('use', 'policy', 'podsecuritypolicies', 'demo')), {
    allowed: true,
    reason: { kind: 'binding', binding: { kind: 'RoleBinding', name: 'c', namespace: 'demo' }, role: { kind: 'ClusterRole', name: 'psp' }, ruleIndex: 0, subjectIndex: 0 },
  });
});

build('should resolve a RoleBinding to a Role only in the binding namespace', () => {
  const authorizer = buildAuthorizer({ roles: [role('other', 'psp', psp)], bindings: [rb('demo', 'b', 'Role', 'psp', 'User:alice')] });
  assert.equal(authorizer.authorize(user('alice'), request('use', 'policy', 'podsecuritypolicies', 'demo')), { allowed: false });
});

build('should never resolve a ClusterRoleBinding to a Role or an unknown roleRef kind', () => {
  const roles = [role('demo', 'psp', psp), clusterRole('psp', psp)];
  const bindings: RoleBinding[] = [{ ...crb('a', 'psp', 'User:alice'), roleRef: { kind: 'Role', name: 'psp' } }, { ...rb('demo', 'b', 'Role', 'psp', 'User:alice'), roleRef: { kind: 'Clusterrole', name: 'psp' } }];
  assert.equal(buildAuthorizer({ roles, bindings }).authorize(user('alice'), request('use', 'policy', 'podsecuritypolicies', 'demo')), { allowed: false });
});

build('should let the last of two same-named bindings win, as kubectl apply would', () => {
  const authorizer = buildAuthorizer({ roles: [clusterRole('psp', psp)], bindings: [crb('b', 'psp', 'User:alice'), crb('b', 'psp', 'User:bob')] });
  assert.equal([authorizer.authorize(user('alice'), request('use', 'policy', 'podsecuritypolicies', 'x')).allowed, authorizer.authorize(user('bob'), request('use', 'policy', 'podsecuritypolicies', 'x')).allowed], [false, true]);
});

build('should give the same answers on repeated and interleaved requests', () => {
  const authorizer = buildAuthorizer({ roles: [clusterRole('psp', psp)], bindings: [rb('a', 'b', 'ClusterRole', 'psp', 'Group:g')] });
  const same = user('u', 'g');
  const ask = (who: UserInfo, namespace: string, name = 'p'): boolean => authorizer.authorize(who, request('use', 'policy', 'podsecuritypolicies', namespace, { name })).allowed;
  assert.equal([ask(same, 'a'), ask(same, 'b'), ask(same, 'a', 'q'), ask(user('u', 'g'), 'b'), ask(user('u', 'g'), 'a'), ask(user('u', 'h'), 'a')], [true, false, true, false, true, false]);
});

build('should ignore a RoleBinding without namespace', () => {
  const binding = rb('', 'b', 'ClusterRole', 'psp', 'User:alice');
  const authorizer = buildAuthorizer({ roles: [clusterRole('psp', psp)], bindings: [{ ...binding, metadata: { name: 'b' } }] });
  assert.equal([authorizer.authorize(user('alice'), request('use', 'policy', 'podsecuritypolicies', '')).allowed, authorizer.authorize(user('alice'), request('use', 'policy', 'podsecuritypolicies', 'x')).allowed], [false, false]);
});

build('should not mutate its input', () => {
  const roles = [clusterRole('psp', psp)];
  const bindings = [crb('b', 'psp', 'User:alice')];
  const before = structuredClone({ roles, bindings });
  buildAuthorizer({ roles, bindings }).authorize(user('alice'), request('use', 'policy', 'podsecuritypolicies', 'x'));
  assert.equal({ roles, bindings }, before);
});

// ---------------------------------------------------------------------------------------------------------
const allows = suite('ruleAllows');

type Expectation = [verb: string, group: string, resource: string, subresource: string, expected: boolean];
const ruleMatchCases: { name: string; rule: PolicyRule; requests: Expectation[] }[] = [
  {
    name: 'star verb, exact match other',
    rule: rule('*', 'group1', 'resource1'),
    requests: [
      ['verb1', 'group1', 'resource1', '', true],
      ['verb1', 'group2', 'resource1', '', false],
      ['verb1', 'group1', 'resource2', '', false],
      ['verb1', 'group2', 'resource2', '', false],
      ['verb2', 'group1', 'resource1', '', true],
      ['verb2', 'group2', 'resource1', '', false],
      ['verb2', 'group1', 'resource2', '', false],
      ['verb2', 'group2', 'resource2', '', false],
    ],
  },
  {
    name: 'star group, exact match other',
    rule: rule('verb1', '*', 'resource1'),
    requests: [
      ['verb1', 'group1', 'resource1', '', true],
      ['verb1', 'group2', 'resource1', '', true],
      ['verb1', 'group1', 'resource2', '', false],
      ['verb1', 'group2', 'resource2', '', false],
      ['verb2', 'group1', 'resource1', '', false],
      ['verb2', 'group2', 'resource1', '', false],
    ],
  },
  {
    name: 'star resource, exact match other',
    rule: rule('verb1', 'group1', '*'),
    requests: [
      ['verb1', 'group1', 'resource1', '', true],
      ['verb1', 'group2', 'resource1', '', false],
      ['verb1', 'group1', 'resource2', '', true],
      ['verb1', 'group2', 'resource2', '', false],
      ['verb2', 'group1', 'resource1', '', false],
    ],
  },
  {
    name: 'tuple expansion',
    rule: rule('verb1,verb2', 'group1,group2', 'resource1,resource2'),
    requests: ['verb1', 'verb2'].flatMap((v) => ['group1', 'group2'].flatMap((g) => ['resource1', 'resource2'].map((r): Expectation => [v, g, r, '', true]))),
  },
  {
    name: 'subresource expansion',
    rule: rule('*', '*', 'resource1/subresource1'),
    requests: [
      ['verb1', 'group1', 'resource1', 'subresource1', true],
      ['verb1', 'group2', 'resource1', 'subresource2', false],
      ['verb1', 'group1', 'resource2', 'subresource1', false],
      ['verb2', 'group1', 'resource1', 'subresource1', true],
      ['verb2', 'group1', 'resource1', '', false],
    ],
  },
  {
    name: 'star-slash-subresource matches only that subresource',
    rule: rule('*', '*', '*/scale'),
    requests: [
      ['get', 'apps', 'deployments', 'scale', true],
      ['get', 'apps', 'deployments', 'status', false],
      ['use', 'policy', 'podsecuritypolicies', '', false],
    ],
  },
  {
    name: 'resource/star is no wildcard',
    rule: rule('*', '*', 'podsecuritypolicies/*'),
    requests: [
      ['use', 'policy', 'podsecuritypolicies', '', false],
      ['use', 'policy', 'podsecuritypolicies', 'status', false],
    ],
  },
  {
    name: 'comparisons are case-sensitive',
    rule: rule('use', 'policy', 'podsecuritypolicies'),
    requests: [
      ['USE', 'policy', 'podsecuritypolicies', '', false],
      ['use', 'Policy', 'podsecuritypolicies', '', false],
      ['use', 'policy', 'PodSecurityPolicies', '', false],
      ['use', 'policy', 'podsecuritypolicies', '', true],
    ],
  },
];

for (const c of ruleMatchCases) {
  allows(`should match ${c.name} (TestRuleMatches)`, () => {
    const got = c.requests.map(([verb, apiGroup, resource, subresource]) => ruleAllows(c.rule, { verb, apiGroup, resource, subresource, name: '', namespace: 'ns' }));
    assert.equal(got, c.requests.map((r) => r[4]));
  });
}

allows('should honour resourceNames: empty allows every name, otherwise exact names only', () => {
  const named = { ...psp, resourceNames: ['restricted'] };
  const ask = (r: PolicyRule, name: string): boolean => ruleAllows(r, { verb: 'use', apiGroup: 'policy', resource: 'podsecuritypolicies', name, namespace: 'demo' });
  assert.equal([ask(psp, 'anything'), ask({ ...psp, resourceNames: [] }, 'anything'), ask(named, 'restricted'), ask(named, 'privileged'), ask(named, 'Restricted')], [true, true, true, false, false]);
});

allows('should never match resource requests with nonResourceURLs rules', () => {
  assert.equal(ruleAllows({ verbs: ['*'], nonResourceURLs: ['*'] }, request('use', 'policy', 'podsecuritypolicies', 'demo')), false);
});

allows('should match nothing with a rule missing verbs, groups or resources', () => {
  const attrs = request('use', 'policy', 'podsecuritypolicies', 'demo');
  assert.equal([ruleAllows({ apiGroups: ['*'], resources: ['*'] }, attrs), ruleAllows({ verbs: ['*'], resources: ['*'] }, attrs), ruleAllows({ verbs: ['*'], apiGroups: ['*'] }, attrs)], [false, false, false]);
});

// ---------------------------------------------------------------------------------------------------------
const applies = suite('appliesTo');

const appliesToCases: { testCase: string; subjects: Subject[]; user: UserInfo; namespace: string; index: number }[] = [
  { testCase: 'single subject that matches username', subjects: [{ kind: 'User', name: 'foobar' }], user: user('foobar'), namespace: '', index: 0 },
  { testCase: 'multiple subjects, one that matches username', subjects: [{ kind: 'User', name: 'barfoo' }, { kind: 'User', name: 'foobar' }], user: user('foobar'), namespace: '', index: 1 },
  { testCase: 'multiple subjects, none that match username', subjects: [{ kind: 'User', name: 'barfoo' }, { kind: 'User', name: 'foobar' }], user: user('zimzam'), namespace: '', index: -1 },
  { testCase: 'multiple subjects, one that match group', subjects: [{ kind: 'User', name: 'barfoo' }, { kind: 'Group', name: 'foobar' }], user: user('zimzam', 'foobar'), namespace: '', index: 1 },
  { testCase: 'multiple subjects, one that match group, should ignore namespace', subjects: [{ kind: 'User', name: 'barfoo' }, { kind: 'Group', name: 'foobar' }], user: user('zimzam', 'foobar'), namespace: 'namespace1', index: 1 },
  {
    testCase: 'multiple subjects with a service account that matches',
    subjects: [{ kind: 'User', name: 'barfoo' }, { kind: 'Group', name: 'foobar' }, { kind: 'ServiceAccount', namespace: 'kube-system', name: 'default' }],
    user: user('system:serviceaccount:kube-system:default'),
    namespace: 'default',
    index: 2,
  },
  { testCase: "* user subject name doesn't match all users", subjects: [{ kind: 'User', name: '*' }], user: user('foobar'), namespace: 'default', index: -1 },
  {
    testCase: 'binding to all authenticated and unauthenticated subjects matches authenticated user',
    subjects: [{ kind: 'Group', name: 'system:authenticated' }, { kind: 'Group', name: 'system:unauthenticated' }],
    user: user('foobar', 'system:authenticated'),
    namespace: 'default',
    index: 0,
  },
  {
    testCase: 'binding to all authenticated and unauthenticated subjects matches anonymous user',
    subjects: [{ kind: 'Group', name: 'system:authenticated' }, { kind: 'Group', name: 'system:unauthenticated' }],
    user: user('system:anonymous', 'system:unauthenticated'),
    namespace: 'default',
    index: 1,
  },
  { testCase: 'service account without namespace defaults to the RoleBinding namespace', subjects: [{ kind: 'ServiceAccount', name: 'builder' }], user: serviceAccountUser('demo', 'builder'), namespace: 'demo', index: 0 },
  { testCase: 'service account without namespace in another namespace', subjects: [{ kind: 'ServiceAccount', name: 'builder' }], user: serviceAccountUser('other', 'builder'), namespace: 'demo', index: -1 },
  { testCase: 'service account without namespace in a ClusterRoleBinding', subjects: [{ kind: 'ServiceAccount', name: 'builder' }], user: serviceAccountUser('demo', 'builder'), namespace: '', index: -1 },
  { testCase: 'service account without any namespace never matches, even an empty-namespace user name', subjects: [{ kind: 'ServiceAccount', name: 'builder' }], user: user('system:serviceaccount::builder'), namespace: '', index: -1 },
  { testCase: 'explicit service-account namespace wins over the binding namespace', subjects: [{ kind: 'ServiceAccount', name: 'builder', namespace: 'ci' }], user: serviceAccountUser('ci', 'builder'), namespace: 'demo', index: 0 },
  { testCase: 'user subject naming a service account user', subjects: [{ kind: 'User', name: 'system:serviceaccount:demo:builder' }], user: serviceAccountUser('demo', 'builder'), namespace: '', index: 0 },
  { testCase: 'unknown subject kind and wrong case never match', subjects: [{ kind: 'user', name: 'alice' }, { kind: 'Other', name: 'alice' }, { kind: 'User', name: 'Alice' }], user: user('alice'), namespace: '', index: -1 },
];

for (const c of appliesToCases) {
  applies(`should find ${c.index >= 0 ? `subject ${c.index}` : 'no subject'}: ${c.testCase} (TestAppliesTo)`, () => {
    assert.equal(appliesTo(c.subjects, c.user, c.namespace), c.index);
    // The authorizer matches subjects by name (an index per binding): it must report the same subject.
    const binding: RoleBinding = c.namespace === ''
      ? { kind: 'ClusterRoleBinding', metadata: { name: 'b' }, roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'psp' }, subjects: c.subjects }
      : { kind: 'RoleBinding', metadata: { name: 'b', namespace: c.namespace }, roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'psp' }, subjects: c.subjects };
    const decision = buildAuthorizer({ roles: [clusterRole('psp', psp)], bindings: [binding] }).authorize(c.user, request('use', 'policy', 'podsecuritypolicies', c.namespace || 'any'));
    assert.is(decision.allowed && decision.reason.kind === 'binding' ? decision.reason.subjectIndex : -1, c.index);
  });
}

applies('should find the first matching subject of a binding of 10,000 subjects, by user or by group, whichever comes first', () => {
  const many: Subject[] = Array.from({ length: 10000 }, (_, i) => ({ kind: 'ServiceAccount', name: `sa${i}`, namespace: 'demo' }));
  many.push({ kind: 'Group', name: 'devs' }, { kind: 'User', name: 'alice' }, { kind: 'Group', name: 'devs' });
  const binding: RoleBinding = { kind: 'ClusterRoleBinding', metadata: { name: 'b' }, roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'psp' }, subjects: many };
  const authorizer = buildAuthorizer({ roles: [clusterRole('psp', psp)], bindings: [binding] });
  const index = (who: UserInfo): number => {
    const decision = authorizer.authorize(who, request('use', 'policy', 'podsecuritypolicies', 'demo'));
    return decision.allowed && decision.reason.kind === 'binding' ? decision.reason.subjectIndex : -1;
  };
  assert.equal([index(serviceAccountUser('demo', 'sa9999')), index(user('alice', 'devs')), index(user('alice')), index(user('bob'))], [9999, 10000, 10001, -1]);
  for (const who of [serviceAccountUser('demo', 'sa17'), user('alice', 'devs'), user('alice'), user('bob')]) assert.is(index(who), appliesTo(many, who, ''));
});

// ---------------------------------------------------------------------------------------------------------
const appliesUser = suite('appliesToUser');

appliesUser('should match one subject by kind', () => {
  const alice = user('alice', 'devs');
  assert.equal(
    [appliesToUser({ kind: 'User', name: 'alice' }, alice, ''), appliesToUser({ kind: 'Group', name: 'devs' }, alice, ''), appliesToUser({ kind: 'Group', name: 'alice' }, alice, ''), appliesToUser({ kind: 'ServiceAccount', name: 'alice' }, alice, 'x')],
    [true, true, false, false],
  );
});

// ---------------------------------------------------------------------------------------------------------
const use = suite('usePodSecurityPolicy');

use('should never authorize an absent identity', () => {
  const authorizer = buildAuthorizer({ roles: [], bindings: [], alwaysAllow: true });
  assert.equal(usePodSecurityPolicy(authorizer, undefined, 'privileged', 'demo'), { allowed: false });
});

use('should fall back to the extensions API group', () => {
  const authorizer = buildAuthorizer({ roles: [clusterRole('legacy', rule('use', 'extensions', 'podsecuritypolicies'))], bindings: [crb('legacy', 'legacy', 'User:alice')] });
  assert.equal(usePodSecurityPolicy(authorizer, user('alice'), 'privileged', 'demo'), {
    allowed: true,
    reason: { kind: 'binding', binding: { kind: 'ClusterRoleBinding', name: 'legacy' }, role: { kind: 'ClusterRole', name: 'legacy' }, ruleIndex: 0, subjectIndex: 0 },
  });
});

use('should authorize only the named policies of a resourceNames rule', () => {
  const authorizer = buildAuthorizer({ roles: [clusterRole('psp:restricted', { ...psp, resourceNames: ['restricted'] })], bindings: [crb('b', 'psp:restricted', 'User:alice')] });
  assert.equal([usePodSecurityPolicy(authorizer, user('alice'), 'restricted', 'demo').allowed, usePodSecurityPolicy(authorizer, user('alice'), 'privileged', 'demo').allowed], [true, false]);
});

use('should count RoleBindings only in the pod namespace (sel-014)', () => {
  const authorizer = buildAuthorizer({ roles: [clusterRole('psp', psp)], bindings: [rb('other', 'b', 'ClusterRole', 'psp', 'Group:system:serviceaccounts')] });
  assert.equal([usePodSecurityPolicy(authorizer, serviceAccountUser('demo', 'default'), 'p', 'demo'), usePodSecurityPolicy(authorizer, serviceAccountUser('other', 'default'), 'p', 'other').allowed], [{ allowed: false }, true]);
});

use('should let a namespaced Role grant use of a cluster-scoped policy (sel-018)', () => {
  const authorizer = buildAuthorizer({ roles: [role('demo', 'psp', psp)], bindings: [rb('demo', 'b', 'Role', 'psp', 'ServiceAccount:demo:default')] });
  assert.equal(usePodSecurityPolicy(authorizer, serviceAccountUser('demo', 'default'), 'p', 'demo').allowed, true);
});

use('should match a namespace-less ServiceAccount subject in a RoleBinding but not in a ClusterRoleBinding (sel-015, sel-016)', () => {
  const sa = serviceAccountUser('demo', 'builder');
  const inRoleBinding = buildAuthorizer({ roles: [clusterRole('psp', psp)], bindings: [rb('demo', 'b', 'ClusterRole', 'psp', 'ServiceAccount:builder')] });
  const inClusterBinding = buildAuthorizer({ roles: [clusterRole('psp', psp)], bindings: [crb('b', 'psp', 'ServiceAccount:builder')] });
  const withNamespace = buildAuthorizer({ roles: [clusterRole('psp', psp)], bindings: [crb('b', 'psp', 'ServiceAccount:demo:builder')] });
  assert.equal(
    [usePodSecurityPolicy(inRoleBinding, sa, 'p', 'demo').allowed, usePodSecurityPolicy(inClusterBinding, sa, 'p', 'demo').allowed, usePodSecurityPolicy(withNamespace, sa, 'p', 'demo').allowed],
    [true, false, true],
  );
});

use('should not reach the service-account identity through system:authenticated (sel-013, sel-029)', () => {
  const authorizer = buildAuthorizer({ roles: [clusterRole('psp', psp)], bindings: [crb('b', 'psp', 'Group:system:authenticated')] });
  assert.equal([usePodSecurityPolicy(authorizer, serviceAccountUser('demo', 'default'), 'p', 'demo').allowed, usePodSecurityPolicy(authorizer, user('alice', 'system:authenticated'), 'p', 'demo').allowed], [false, true]);
});

use('should let a cluster-admin style star rule and system:masters use every policy (sel-011, sel-012)', () => {
  const authorizer = buildAuthorizer({ roles: [clusterRole('cluster-admin', rule('*', '*', '*'))], bindings: [crb('cluster-admin', 'cluster-admin', 'User:admin')] });
  assert.equal(
    [usePodSecurityPolicy(authorizer, user('admin'), 'any', 'demo').allowed, usePodSecurityPolicy(authorizer, user('root', 'system:masters'), 'any', 'demo'), usePodSecurityPolicy(authorizer, user('alice'), 'any', 'demo')],
    [true, { allowed: true, reason: { kind: 'system:masters' } }, { allowed: false }],
  );
});

// ---------------------------------------------------------------------------------------------------------
const dangling = suite('findDanglingRoleRefs');

dangling('should report bindings whose role is missing or whose roleRef kind is unsupported', () => {
  const roles = [clusterRole('present', psp), role('demo', 'local', psp)];
  const bindings: RoleBinding[] = [
    crb('ok', 'present', 'User:a'),
    rb('demo', 'ok-role', 'Role', 'local', 'User:a'),
    rb('demo', 'ok-clusterrole', 'ClusterRole', 'present', 'User:a'),
    crb('missing', 'absent', 'User:a'),
    rb('other', 'wrong-namespace', 'Role', 'local', 'User:a'),
    { ...crb('crb-to-role', 'local', 'User:a'), roleRef: { kind: 'Role', name: 'local' } },
    rb('demo', 'odd-kind', 'Group', 'present', 'User:a'),
  ];
  assert.equal(findDanglingRoleRefs(roles, bindings), [
    { binding: bindings[3] as RoleBinding, message: 'clusterrole.rbac.authorization.k8s.io "absent" not found' },
    { binding: bindings[4] as RoleBinding, message: 'role.rbac.authorization.k8s.io "local" not found' },
    { binding: bindings[5] as RoleBinding, message: 'roleRef.kind: Unsupported value: "Role": supported values: "ClusterRole"' },
    { binding: bindings[6] as RoleBinding, message: 'unsupported role reference kind: "Group"' },
  ]);
});

dangling('should report nothing when every roleRef resolves', () => {
  assert.equal(findDanglingRoleRefs([clusterRole('r')], [crb('b', 'r', 'User:a')]), []);
});

build.run();
allows.run();
applies.run();
appliesUser.run();
use.run();
dangling.run();
