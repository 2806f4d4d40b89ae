// Tests for bootstrap.ts against upstream bootstrappolicy testdata/cluster-roles.yaml facts and spec §3.3/§3.6:
// only cluster-admin (and system:masters) grant PSP use; admin/edit/view aggregate through their labels.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Role, RoleBinding } from '../../src/api/rbac.js';
import { aggregateClusterRoles } from '../../src/cluster/aggregation.js';
import { bootstrapBindings, bootstrapRoles, isBuiltin } from '../../src/cluster/bootstrap.js';
import { buildAuthorizer, usePodSecurityPolicy } from '../../src/cluster/rbac.js';
import { serviceAccountUser } from '../../src/cluster/service-account.js';

const roles = suite('bootstrapRoles');

roles('should provide cluster-admin, the aggregated user-facing roles and their sources', () => {
  assert.equal(
    bootstrapRoles().map((role) => [role.metadata.name, role.aggregationRule?.clusterRoleSelectors ?? null, Object.keys(role.metadata.labels ?? {}).filter((l) => l.includes('aggregate'))]),
    [
      ['cluster-admin', null, []],
      ['admin', [{ matchLabels: { 'rbac.authorization.k8s.io/aggregate-to-admin': 'true' } }], []],
      ['edit', [{ matchLabels: { 'rbac.authorization.k8s.io/aggregate-to-edit': 'true' } }], ['rbac.authorization.k8s.io/aggregate-to-admin']],
      ['view', [{ matchLabels: { 'rbac.authorization.k8s.io/aggregate-to-view': 'true' } }], ['rbac.authorization.k8s.io/aggregate-to-edit']],
      ['system:aggregate-to-admin', null, ['rbac.authorization.k8s.io/aggregate-to-admin']],
      ['system:aggregate-to-edit', null, ['rbac.authorization.k8s.io/aggregate-to-edit']],
      ['system:aggregate-to-view', null, ['rbac.authorization.k8s.io/aggregate-to-view']],
    ],
  );
});

roles('should mark every object as built in and return fresh objects', () => {
  const first = bootstrapRoles();
  (first[0] as Role).rules.length = 0;
  assert.equal([first.every(isBuiltin), (bootstrapRoles()[0] as Role).rules.length], [true, 2]);
});

roles('should grant use of PSPs only through cluster-admin after aggregation', () => {
  const aggregated = aggregateClusterRoles(bootstrapRoles());
  const bindings: RoleBinding[] = aggregated.roles.map((role) => ({ kind: 'RoleBinding', metadata: { name: role.metadata.name, namespace: 'demo' }, roleRef: { kind: 'ClusterRole', name: role.metadata.name }, subjects: [{ kind: 'User', name: role.metadata.name }] }));
  const authorizer = buildAuthorizer({ roles: aggregated.roles, bindings });
  assert.equal(
    { errors: aggregated.errors, allowed: aggregated.roles.filter((role) => usePodSecurityPolicy(authorizer, { name: role.metadata.name, groups: [] }, 'privileged', 'demo').allowed).map((role) => role.metadata.name) },
    { errors: [], allowed: ['cluster-admin'] },
  );
});

roles('should pass PSP use granted to aggregate-to-edit on to edit and admin (oracle handmade/e-aggregation)', () => {
  const pspToEdit: Role = {
    kind: 'ClusterRole',
    metadata: { name: 'psp-anyuid-to-edit', labels: { 'rbac.authorization.k8s.io/aggregate-to-edit': 'true' } },
    rules: [{ apiGroups: ['policy'], resources: ['podsecuritypolicies'], verbs: ['use'], resourceNames: ['anyuid'] }],
  };
  const binding: RoleBinding = { kind: 'RoleBinding', metadata: { name: 'deployer-admin', namespace: 'apps' }, roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'admin' }, subjects: [{ kind: 'ServiceAccount', name: 'deployer', namespace: 'apps' }] };
  const authorizer = buildAuthorizer({ roles: aggregateClusterRoles([...bootstrapRoles(), pspToEdit]).roles, bindings: [...bootstrapBindings(), binding] });
  assert.equal(
    [usePodSecurityPolicy(authorizer, serviceAccountUser('apps', 'deployer'), 'anyuid', 'apps').allowed, usePodSecurityPolicy(authorizer, serviceAccountUser('apps', 'default'), 'anyuid', 'apps').allowed],
    [true, false],
  );
});

const bindings = suite('bootstrapBindings');

bindings('should bind cluster-admin to system:masters', () => {
  assert.equal(bootstrapBindings(), [
    {
      kind: 'ClusterRoleBinding',
      metadata: {
        name: 'cluster-admin',
        labels: { 'kubernetes.io/bootstrapping': 'rbac-defaults' },
        annotations: { 'rbac.authorization.kubernetes.io/autoupdate': 'true', 'podgate.dev/builtin': 'true' },
      },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'cluster-admin' },
      subjects: [{ apiGroup: 'rbac.authorization.k8s.io', kind: 'Group', name: 'system:masters' }],
    },
  ]);
});

bindings('should let system:masters use any PSP through the binding as well', () => {
  const authorizer = buildAuthorizer({ roles: bootstrapRoles(), bindings: bootstrapBindings() });
  // The privileged-groups authorizer answers first; the RBAC binding would allow it too.
  assert.equal(usePodSecurityPolicy(authorizer, { name: 'root', groups: ['system:masters'] }, 'any', 'demo'), { allowed: true, reason: { kind: 'system:masters' } });
});

const builtin = suite('isBuiltin');

builtin('should recognise only the podgate marker', () => {
  assert.equal([isBuiltin({ metadata: { annotations: { 'podgate.dev/builtin': 'true' } } }), isBuiltin({ metadata: {} }), isBuiltin({ metadata: { annotations: { 'podgate.dev/builtin': 'yes' } } })], [true, false, false]);
});

roles.run();
bindings.run();
builtin.run();
