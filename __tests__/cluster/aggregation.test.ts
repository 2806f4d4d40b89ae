// Tests for aggregation.ts. The first table is ported from
// pkg/controller/clusterroleaggregation/clusterroleaggregation_controller_test.go (TestSyncClusterRole);
// the rest pins down spec §3.4: chains, cycles, deduplication, invalid selectors, no mutation.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { LabelSelector, PolicyRule, Role } from '../../src/api/rbac.js';
import { aggregateClusterRoles, CYCLE_MESSAGE } from '../../src/cluster/aggregation.js';

const hammer: PolicyRule[] = [
  { verbs: ['hammer'], resources: ['nails'] },
  { verbs: ['hammer'], resources: ['wedges'] },
];
const chisel: PolicyRule[] = [{ verbs: ['chisel'], resources: ['mortises'] }];
const saw: PolicyRule[] = [{ verbs: ['saw'], resources: ['boards'] }];

function clusterRole(name: string, labels: Record<string, string> | undefined, rules: PolicyRule[], selectors?: LabelSelector[]): Role {
  const metadata = labels === undefined ? { name } : { name, labels };
  return selectors === undefined ? { kind: 'ClusterRole', metadata, rules } : { kind: 'ClusterRole', metadata, rules, aggregationRule: { clusterRoleSelectors: selectors } };
}

function combined(selectors: Record<string, string>[], ...rules: PolicyRule[][]): Role {
  return clusterRole('combined', undefined, rules.flat(), selectors.map((matchLabels) => ({ matchLabels })));
}

/** The rules of each role by name, the shape most assertions compare. */
function rulesByName(roles: Role[]): Record<string, PolicyRule[]> {
  return Object.fromEntries(roles.map((role) => [role.metadata.name, role.rules]));
}

// ---------------------------------------------------------------------------------------------------------
const aggregate = suite('aggregateClusterRoles');

const syncClusterRoleCases: { name: string; roles: Role[]; expected: Role }[] = [
  {
    name: 'remove dead rules',
    roles: [clusterRole('hammer', { foo: 'bar' }, hammer), combined([{ foo: 'bar' }], saw)],
    expected: combined([{ foo: 'bar' }], hammer),
  },
  {
    name: 'strip rules',
    roles: [clusterRole('hammer', { foo: 'not-bar' }, hammer), combined([{ foo: 'bar' }], hammer)],
    expected: combined([{ foo: 'bar' }]),
  },
  {
    name: 'select properly and put in order',
    roles: [clusterRole('hammer', { foo: 'bar' }, hammer), clusterRole('chisel', { foo: 'bar' }, chisel), clusterRole('saw', { foo: 'not-bar' }, saw), combined([{ foo: 'bar' }])],
    expected: combined([{ foo: 'bar' }], chisel, hammer),
  },
  {
    name: 'select properly with multiple selectors',
    roles: [
      clusterRole('hammer', { foo: 'bar' }, hammer),
      clusterRole('chisel', { foo: 'bar' }, chisel),
      clusterRole('saw', { foo: 'not-bar' }, saw),
      combined([{ foo: 'bar' }, { foo: 'not-bar' }]),
    ],
    expected: combined([{ foo: 'bar' }, { foo: 'not-bar' }], chisel, hammer, saw),
  },
  {
    name: 'select properly remove duplicates',
    roles: [
      clusterRole('hammer', { foo: 'bar' }, hammer),
      clusterRole('chisel', { foo: 'bar' }, chisel),
      clusterRole('saw', { foo: 'bar' }, saw),
      clusterRole('other-saw', { foo: 'not-bar' }, saw),
      combined([{ foo: 'bar' }, { foo: 'not-bar' }]),
    ],
    expected: combined([{ foo: 'bar' }, { foo: 'not-bar' }], chisel, hammer, saw),
  },
  {
    name: 'no diff skip',
    roles: [clusterRole('hammer', { foo: 'bar' }, hammer), combined([{ foo: 'bar' }], hammer)],
    expected: combined([{ foo: 'bar' }], hammer),
  },
];

for (const c of syncClusterRoleCases) {
  aggregate(`should ${c.name} (TestSyncClusterRole)`, () => {
    const result = aggregateClusterRoles(c.roles);
    assert.equal(result, { roles: [...c.roles.slice(0, -1), c.expected], errors: [] });
  });
}

aggregate('should follow chains to a fixed point whatever the input order (view -> edit -> admin)', () => {
  const use: PolicyRule = { apiGroups: ['policy'], resources: ['podsecuritypolicies'], verbs: ['use'], resourceNames: ['anyuid'] };
  const read: PolicyRule = { apiGroups: [''], resources: ['pods'], verbs: ['get'] };
  const roles = [
    clusterRole('admin', undefined, [], [{ matchLabels: { 'to-admin': 'true' } }]),
    clusterRole('edit', { 'to-admin': 'true' }, [], [{ matchLabels: { 'to-edit': 'true' } }]),
    clusterRole('view', { 'to-edit': 'true' }, [], [{ matchLabels: { 'to-view': 'true' } }]),
    clusterRole('psp-anyuid', { 'to-edit': 'true' }, [use]),
    clusterRole('reader', { 'to-view': 'true' }, [read]),
  ];
  const expected = { admin: [use, read], edit: [use, read], view: [read], 'psp-anyuid': [use], reader: [read] };
  assert.equal(rulesByName(aggregateClusterRoles(roles).roles), expected);
  assert.equal(rulesByName(aggregateClusterRoles([...roles].reverse()).roles), expected);
});

aggregate('should settle a cycle on the union of the rules that flow into it, dropping written rules', () => {
  const roles = [
    clusterRole('a', { cycle: 'a' }, saw, [{ matchLabels: { cycle: 'b' } }, { matchLabels: { leaf: 'a' } }]),
    clusterRole('b', { cycle: 'b' }, saw, [{ matchLabels: { cycle: 'a' } }, { matchLabels: { leaf: 'b' } }]),
    clusterRole('leaf-a', { leaf: 'a' }, hammer),
    clusterRole('leaf-b', { leaf: 'b' }, chisel),
  ];
  const result = aggregateClusterRoles(roles);
  assert.equal({ rules: rulesByName(result.roles), errors: result.errors }, { rules: { a: [...hammer, ...chisel], b: [...hammer, ...chisel], 'leaf-a': hammer, 'leaf-b': chisel }, errors: [] });
});

aggregate('should report a cycle whose rule order oscillates but still grant the union', () => {
  const x: PolicyRule = { verbs: ['x'] };
  const y: PolicyRule = { verbs: ['y'] };
  const member = (name: string, next: string): Role => clusterRole(name, { cycle: name }, [], [{ matchLabels: { cycle: next } }, { matchLabels: { leaf: name } }]);
  const roles = [member('a', 'b'), member('b', 'c'), member('c', 'a'), clusterRole('leaf-a', { leaf: 'a' }, [x, y]), clusterRole('leaf-b', { leaf: 'b' }, [y, x]), clusterRole('leaf-c', { leaf: 'c' }, [x, y])];
  const result = aggregateClusterRoles(roles);
  assert.equal(
    { rules: rulesByName(result.roles), errors: result.errors },
    {
      rules: { a: [y, x], b: [x, y], c: [y, x], 'leaf-a': [x, y], 'leaf-b': [y, x], 'leaf-c': [x, y] },
      errors: ['a', 'b', 'c'].map((role) => ({ role, message: CYCLE_MESSAGE })),
    },
  );
});

aggregate('should skip the aggregating role itself even when its selector matches it', () => {
  const roles = [clusterRole('self', { foo: 'bar' }, saw, [{ matchLabels: { foo: 'bar' } }]), clusterRole('hammer', { foo: 'bar' }, hammer)];
  assert.equal(rulesByName(aggregateClusterRoles(roles).roles), { self: hammer, hammer });
});

aggregate('should treat an absent list and an empty list as the same rule', () => {
  const roles = [
    clusterRole('a', { foo: 'bar' }, [{ verbs: ['use'], apiGroups: ['policy'], resources: ['podsecuritypolicies'] }]),
    clusterRole('b', { foo: 'bar' }, [{ verbs: ['use'], apiGroups: ['policy'], resources: ['podsecuritypolicies'], resourceNames: [] }, { verbs: ['use'], resources: ['podsecuritypolicies'], apiGroups: ['policy'] }]),
    combined([{ foo: 'bar' }]),
  ];
  assert.equal(aggregateClusterRoles(roles).roles[2]?.rules, [{ verbs: ['use'], apiGroups: ['policy'], resources: ['podsecuritypolicies'] }]);
});

aggregate('should keep rules that differ only in list order', () => {
  const roles = [clusterRole('a', { foo: 'bar' }, [{ verbs: ['get', 'list'] }, { verbs: ['list', 'get'] }]), combined([{ foo: 'bar' }])];
  assert.equal(aggregateClusterRoles(roles).roles[1]?.rules, [{ verbs: ['get', 'list'] }, { verbs: ['list', 'get'] }]);
});

aggregate('should select with matchExpressions', () => {
  const roles = [
    clusterRole('hammer', { tool: 'hammer' }, hammer),
    clusterRole('saw', { tool: 'saw', sharp: 'yes' }, saw),
    clusterRole('chisel', { tool: 'chisel', sharp: 'yes' }, chisel),
    clusterRole('combined', undefined, [], [{ matchExpressions: [{ key: 'sharp', operator: 'Exists' }, { key: 'tool', operator: 'NotIn', values: ['chisel'] }] }]),
  ];
  assert.equal(aggregateClusterRoles(roles).roles[3]?.rules, saw);
});

aggregate('should never select namespaced Roles', () => {
  const roles: Role[] = [{ kind: 'Role', metadata: { name: 'ns-role', namespace: 'demo', labels: { foo: 'bar' } }, rules: hammer }, combined([{ foo: 'bar' }], saw)];
  assert.equal(aggregateClusterRoles(roles), { roles: [roles[0] as Role, combined([{ foo: 'bar' }])], errors: [] });
});

aggregate('should keep written rules and report an invalid selector', () => {
  const broken = clusterRole('broken', { foo: 'bar' }, saw, [{ matchLabels: { foo: 'bar' } }, { matchExpressions: [{ key: 'foo', operator: 'In' }, { key: 'x', operator: 'Equals', values: ['y'] }] }]);
  const roles = [clusterRole('hammer', { foo: 'bar' }, hammer), broken, combined([{ foo: 'bar' }])];
  assert.equal(aggregateClusterRoles(roles), {
    roles: [roles[0] as Role, broken, combined([{ foo: 'bar' }], saw, hammer)],
    errors: [
      { role: 'broken', message: "aggregationRule.clusterRoleSelectors[1].matchExpressions[0].values: Required value: must be specified when `operator` is 'In' or 'NotIn'" },
      { role: 'broken', message: 'aggregationRule.clusterRoleSelectors[1].matchExpressions[1].operator: Invalid value: "Equals": not a valid selector operator' },
    ],
  });
});

aggregate('should keep written rules and report an aggregationRule without selectors', () => {
  const roles = [clusterRole('hammer', { foo: 'bar' }, hammer), clusterRole('empty', undefined, saw, [])];
  assert.equal(aggregateClusterRoles(roles), {
    roles,
    errors: [{ role: 'empty', message: 'aggregationRule.clusterRoleSelectors: Required value: at least one clusterRoleSelector required if aggregationRule is non-nil' }],
  });
});

aggregate('should aggregate everything with an empty selector', () => {
  const roles = [clusterRole('hammer', undefined, hammer), clusterRole('saw', { x: 'y' }, saw), clusterRole('all', undefined, [], [{}])];
  assert.equal(aggregateClusterRoles(roles).roles[2]?.rules, [...hammer, ...saw]);
});

aggregate('should let the last of two same-named ClusterRoles win, as kubectl apply would', () => {
  const first = clusterRole('hammer', { foo: 'bar' }, hammer);
  const last = clusterRole('hammer', { foo: 'bar' }, chisel);
  const result = aggregateClusterRoles([first, last, combined([{ foo: 'bar' }])]);
  assert.equal(result.roles[2]?.rules, chisel);
});

aggregate('should not mutate its input and return aggregated roles as new objects', () => {
  const roles = [clusterRole('hammer', { foo: 'bar' }, hammer), combined([{ foo: 'bar' }], saw)];
  const before = structuredClone(roles);
  const result = aggregateClusterRoles(roles);
  assert.equal(roles, before);
  assert.equal([result.roles[0] === roles[0], result.roles[1] === roles[1], result.roles[1]?.rules[0] === roles[0]?.rules[0]], [true, false, false]);
});

aggregate('should return nothing for no roles', () => {
  assert.equal(aggregateClusterRoles([]), { roles: [], errors: [] });
});

aggregate.run();
