// Tests for src/psp/sysctl: the must-match-patterns strategy, the versioned safe list and the factory.
// Ports kubernetes pkg/security/podsecuritypolicy/sysctl/mustmatchpatterns_test.go (TestValidate); the version
// and message cases come from spec §7.15 and conformance cases sysctl-001…004.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Pod } from '../../src/api/core.js';
import { renderFieldError } from '../../src/psp/field.js';
import { createSysctlsStrategy, newMustMatchPatterns, safeSysctls } from '../../src/psp/sysctl/index.js';

const podWithSysctls = (...names: string[]): Pod => ({
  metadata: { name: 'p' },
  spec: { containers: [{ name: 'app' }], securityContext: { sysctls: names.map((name) => ({ name, value: '1' })) } },
});
const bare: Pod = { metadata: { name: 'p' }, spec: { containers: [{ name: 'app' }] } };
const unsafe = (i: number, name: string): string =>
  `pod.spec.securityContext.sysctls[${i}]: Forbidden: unsafe sysctl "${name}" is not allowed`;
const forbidden = (i: number, name: string): string =>
  `pod.spec.securityContext.sysctls[${i}]: Forbidden: sysctl "${name}" is not allowed`;

const patterns = suite('newMustMatchPatterns');
// TestValidate: `allowed` together in one pod give no error; each `disallowed` alone gives exactly `expected`.
interface PatternCase {
  name: string;
  safe: string[];
  allowedUnsafe?: string[];
  forbiddenSysctls?: string[];
  allowed: string[];
  disallowed: [name: string, expected: string][];
}
const patternCases: PatternCase[] = [
  { name: 'with allow all', safe: ['foo'], allowed: ['foo'], disallowed: [] },
  { name: 'empty', safe: ['foo'], forbiddenSysctls: ['*'], allowed: [], disallowed: [['foo', forbidden(0, 'foo')]] },
  { name: 'without wildcard', safe: ['a', 'a.b'], allowed: ['a', 'a.b'], disallowed: [['b', unsafe(0, 'b')]] },
  {
    name: 'with catch-all wildcard and non-wildcard',
    safe: [],
    allowedUnsafe: ['a.b.c', '*'],
    allowed: ['a', 'a.b', 'a.b.c', 'b'],
    disallowed: [],
  },
  {
    name: 'without catch-all wildcard',
    safe: [],
    allowedUnsafe: ['a.*', 'b.*', 'c.d.e', 'd.e.f.*'],
    allowed: ['a.b', 'b.c', 'c.d.e', 'd.e.f.g.h'],
    disallowed: ['a', 'b', 'c', 'c.d', 'd.e', 'd.e.f'].map((name) => [name, unsafe(0, name)]),
  },
  {
    name: 'forbidden beats safe and allowed-unsafe',
    safe: ['kernel.shm_rmid_forced'],
    allowedUnsafe: ['kernel.*'],
    forbiddenSysctls: ['kernel.shm_rmid_forced', 'kernel.msg*'],
    allowed: ['kernel.sem'],
    disallowed: [
      ['kernel.shm_rmid_forced', forbidden(0, 'kernel.shm_rmid_forced')],
      ['kernel.msgmax', forbidden(0, 'kernel.msgmax')],
    ],
  },
  {
    name: 'safe list is exact, never a pattern',
    safe: ['net.*'],
    allowed: [],
    disallowed: [['net.core.somaxconn', unsafe(0, 'net.core.somaxconn')]],
  },
];
for (const c of patternCases) {
  patterns(`should validate the "${c.name}" table row`, () => {
    const strategy = newMustMatchPatterns(c.safe, c.allowedUnsafe, c.forbiddenSysctls);
    assert.equal(strategy.validate(bare), []);
    assert.equal(strategy.validate(podWithSysctls(...c.allowed)), []);
    for (const [name, expected] of c.disallowed) {
      assert.equal(strategy.validate(podWithSysctls(name)).map(renderFieldError), [expected], name);
    }
  });
}

patterns('should report each offending sysctl at its own index, in list order', () => {
  const strategy = newMustMatchPatterns(['ok'], undefined, ['bad']);
  assert.equal(strategy.validate(podWithSysctls('ok', 'bad', 'ok', 'other')).map(renderFieldError), [
    forbidden(1, 'bad'),
    unsafe(3, 'other'),
  ]);
});

patterns('should Go-quote sysctl names in messages', () => {
  const strategy = newMustMatchPatterns([], undefined, undefined);
  assert.equal(strategy.validate(podWithSysctls('a"b')).map(renderFieldError), [unsafe(0, 'a\\"b')]);
});

patterns.run();

const safe = suite('safeSysctls');
const base = ['kernel.shm_rmid_forced', 'net.ipv4.ip_local_port_range', 'net.ipv4.tcp_syncookies'];
const safeCases: [kubeMinor: number, expected: string[]][] = [
  [15, base],
  [17, base],
  [18, [...base, 'net.ipv4.ping_group_range']],
  [21, [...base, 'net.ipv4.ping_group_range']],
  [22, [...base, 'net.ipv4.ping_group_range', 'net.ipv4.ip_unprivileged_port_start']],
  [24, [...base, 'net.ipv4.ping_group_range', 'net.ipv4.ip_unprivileged_port_start']],
];
for (const [kubeMinor, expected] of safeCases) {
  safe(`should list ${expected.length} safe sysctls for 1.${kubeMinor}`, () => {
    assert.equal(safeSysctls(kubeMinor), expected);
  });
}

safe.run();

const factory = suite('createSysctlsStrategy');
interface FactoryCase {
  name: string;
  kubeMinor: number;
  allowedUnsafe?: string[];
  forbiddenSysctls?: string[];
  pod: Pod;
  expected: string[];
}
const factoryCases: FactoryCase[] = [
  {
    name: 'reject an unsafe sysctl (sysctl-001)',
    kubeMinor: 24,
    pod: podWithSysctls('kernel.sem'),
    expected: [unsafe(0, 'kernel.sem')],
  },
  {
    name: 'reject an explicitly forbidden safe sysctl (sysctl-002)',
    kubeMinor: 24,
    forbiddenSysctls: ['kernel.shm_rmid_forced'],
    pod: podWithSysctls('kernel.shm_rmid_forced'),
    expected: [forbidden(0, 'kernel.shm_rmid_forced')],
  },
  {
    name: 'allow a safe sysctl plus a matching unsafe pattern (sysctl-003)',
    kubeMinor: 24,
    allowedUnsafe: ['kernel.msg*'],
    pod: podWithSysctls('kernel.shm_rmid_forced', 'kernel.msgmax'),
    expected: [],
  },
  {
    name: 'let forbidden patterns beat the safe list (sysctl-004)',
    kubeMinor: 24,
    allowedUnsafe: ['kernel.msg*'],
    forbiddenSysctls: ['net.ipv4.ip_local_port_range'],
    pod: podWithSysctls('net.ipv4.ip_local_port_range', 'kernel.sem'),
    expected: [forbidden(0, 'net.ipv4.ip_local_port_range'), unsafe(1, 'kernel.sem')],
  },
  {
    name: 'block safe sysctls with forbidden "*"',
    kubeMinor: 24,
    forbiddenSysctls: ['*'],
    pod: podWithSysctls('net.ipv4.tcp_syncookies'),
    expected: [forbidden(0, 'net.ipv4.tcp_syncookies')],
  },
  {
    name: 'treat ping_group_range as unsafe on 1.17',
    kubeMinor: 17,
    pod: podWithSysctls('net.ipv4.ping_group_range'),
    expected: [unsafe(0, 'net.ipv4.ping_group_range')],
  },
  { name: 'treat ping_group_range as safe on 1.18', kubeMinor: 18, pod: podWithSysctls('net.ipv4.ping_group_range'), expected: [] },
  {
    name: 'treat ip_unprivileged_port_start as unsafe on 1.21',
    kubeMinor: 21,
    pod: podWithSysctls('net.ipv4.ip_unprivileged_port_start'),
    expected: [unsafe(0, 'net.ipv4.ip_unprivileged_port_start')],
  },
  {
    name: 'treat ip_unprivileged_port_start as safe on 1.22',
    kubeMinor: 22,
    pod: podWithSysctls('net.ipv4.ip_unprivileged_port_start'),
    expected: [],
  },
  { name: 'accept a pod without a security context', kubeMinor: 24, forbiddenSysctls: ['*'], pod: bare, expected: [] },
];
for (const c of factoryCases) {
  factory(`should ${c.name}`, () => {
    const strategy = createSysctlsStrategy(c.allowedUnsafe, c.forbiddenSysctls, c.kubeMinor);
    assert.equal(strategy.validate(c.pod).map(renderFieldError), c.expected);
  });
}

factory('should not mutate the pod or the pattern lists', () => {
  const pod = podWithSysctls('kernel.sem', 'kernel.msgmax');
  const allowedUnsafe = ['kernel.msg*'];
  const forbiddenSysctls = ['kernel.sem'];
  const before = structuredClone({ pod, allowedUnsafe, forbiddenSysctls });
  createSysctlsStrategy(allowedUnsafe, forbiddenSysctls, 24).validate(pod);
  assert.equal({ pod, allowedUnsafe, forbiddenSysctls }, before);
});

factory.run();
