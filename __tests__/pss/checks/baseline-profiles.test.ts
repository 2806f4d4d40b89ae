// Baseline profile checks: appArmorProfile, capabilities_baseline, procMount, seLinuxOptions, seccompProfile_baseline,
// sysctls. Ports upstream policy/check_{appArmorProfile,capabilities_baseline,procMount,seLinuxOptions,
// seccompProfile_baseline,sysctls}_test.go, plus spec §2.3 and §5.3 (T25–T30) cases at every version boundary.

import { suite } from 'uvu';
import {
  appArmorProfile, capabilitiesBaseline, procMount, seccompProfileBaseline, seLinuxOptions, sysctls,
} from '../../../src/pss/checks/index.js';
import { c, fail, ok, pod, range, table } from './harness.js';

const test = suite('pss baseline profile checks');
const AA = 'container.apparmor.security.beta.kubernetes.io/';
const aa = (type?: string): Record<string, unknown> => ({ appArmorProfile: type === undefined ? {} : { type } });

table(test, appArmorProfile, [
  { name: 'default annotation + extra annotations (upstream)', pod: pod({}, { [`${AA}test`]: 'runtime/default', env: 'prod' }), expect: { 0: ok, 37: ok } },
  { name: 'localhost annotation (upstream)', pod: pod({}, { [`${AA}test`]: 'localhost/sec-profile01', env: 'dev' }), expect: { 0: ok } },
  { name: 'no AppArmor annotations (upstream)', pod: pod({}, { env: 'dev' }), expect: { 0: ok } },
  { name: 'no annotations (upstream)', pod: pod({}), expect: { 0: ok } },
  { name: 'pod RuntimeDefault (upstream)', pod: pod({ securityContext: aa('RuntimeDefault') }), expect: { 0: ok, 37: ok } },
  { name: 'container RuntimeDefault (upstream)', pod: pod({ containers: [c('foo', aa('RuntimeDefault'))] }), expect: { 0: ok } },
  { name: 'container Localhost', pod: pod({ containers: [c('foo', { appArmorProfile: { type: 'Localhost', localhostProfile: 'p' } })] }), expect: { 37: ok } },
  { name: 'unconfined pod (upstream)', pod: pod({ securityContext: aa('Unconfined') }), expect: range(0, 37, fail('forbidden AppArmor profile', 'pod must not set AppArmor profile type to "Unconfined"')) },
  { name: 'unconfined container (upstream)', pod: pod({ securityContext: aa('RuntimeDefault'), containers: [c('foo', aa('Unconfined'))] }), expect: { 0: fail('forbidden AppArmor profile', 'container "foo" must not set AppArmor profile type to "Unconfined"') } },
  { name: 'unconfined init container (upstream)', pod: pod({ securityContext: aa('RuntimeDefault'), containers: [c('foo')], initContainers: [c('bar', aa('Unconfined'))] }), expect: { 37: fail('forbidden AppArmor profile', 'container "bar" must not set AppArmor profile type to "Unconfined"') } },
  {
    name: 'multiple annotations (upstream)',
    pod: pod({}, { [AA]: 'bogus', [`${AA}a`]: '', [`${AA}b`]: 'runtime/default', [`${AA}c`]: 'localhost/', [`${AA}d`]: 'localhost/foo', [`${AA}e`]: 'unconfined', [`${AA}f`]: 'unknown' }),
    expect: { 0: fail('forbidden AppArmor profiles', `annotations must not set AppArmor profile type to "${AA}="bogus"", "${AA}e="unconfined"", "${AA}f="unknown""`) },
  },
  {
    name: 'pod, container and annotations; one value shared by pod and container (spec §2.3)',
    pod: pod({ securityContext: aa('Unconfined'), containers: [c('a', aa('Unconfined'))] }, { [`${AA}z`]: 'bogus', [`${AA}a`]: 'unconfined' }),
    expect: { 37: fail('forbidden AppArmor profiles', `pod and container "a" and annotations must not set AppArmor profile type to "Unconfined", "${AA}a="unconfined"", "${AA}z="bogus""`) },
  },
  {
    name: 'container field and annotation together are plural (spec T25)',
    pod: pod({ containers: [c('app', aa('Unconfined'))] }, { [`${AA}app`]: 'unconfined' }),
    expect: { 37: fail('forbidden AppArmor profiles', `container "app" and annotation must not set AppArmor profile type to "Unconfined", "${AA}app="unconfined""`) },
  },
  { name: 'missing type is "" and bad', pod: pod({ containers: [c('a', aa()), c('b', aa('typo'))] }), expect: { 37: fail('forbidden AppArmor profiles', 'containers "a", "b" must not set AppArmor profile type to "", "typo"') } },
  { name: 'annotation values are Go-quoted', pod: pod({}, { [`${AA}x`]: 'a"b\n' }), expect: { 37: fail('forbidden AppArmor profile', `annotation must not set AppArmor profile type to "${AA}x="a\\"b\\n""`) } },
  { name: 'key must start with the prefix', pod: pod({}, { [`x.${AA}a`]: 'unconfined', 'apparmor.security.beta.kubernetes.io/a': 'unconfined' }), expect: { 37: ok } },
]);

table(test, capabilitiesBaseline, [
  {
    name: 'multiple containers (upstream)',
    pod: pod({ containers: [c('a', { capabilities: { add: ['FOO', 'BAR'] } }), c('b', { capabilities: { add: ['BAR', 'BAZ'] } })] }),
    expect: range(0, 37, fail('non-default capabilities', 'containers "a", "b" must not include "BAR", "BAZ", "FOO" in securityContext.capabilities.add')),
  },
  {
    name: 'merged sorted list, visit order (spec T28)',
    pod: pod({ initContainers: [c('b', { capabilities: { add: ['SYS_ADMIN'] } })], containers: [c('a', { capabilities: { add: ['NET_ADMIN', 'SYS_ADMIN', 'CHOWN'] } }), c('c', { capabilities: { add: ['CHOWN'] } })] }),
    expect: { 37: fail('non-default capabilities', 'containers "b", "a" must not include "NET_ADMIN", "SYS_ADMIN" in securityContext.capabilities.add') },
  },
  { name: 'no normalisation of case or CAP_ prefix', pod: pod({ containers: [c('a', { capabilities: { add: ['chown', 'CAP_CHOWN'] } })] }), expect: { 0: fail('non-default capabilities', 'container "a" must not include "CAP_CHOWN", "chown" in securityContext.capabilities.add') } },
  { name: 'ALL is forbidden in add', pod: pod({ containers: [c('a', { capabilities: { add: ['ALL'] } })] }), expect: { 0: fail('non-default capabilities', 'container "a" must not include "ALL" in securityContext.capabilities.add') } },
  {
    name: 'the 13 defaults are allowed; drop is not read',
    pod: pod({ containers: [c('a', { capabilities: { add: ['AUDIT_WRITE', 'CHOWN', 'DAC_OVERRIDE', 'FOWNER', 'FSETID', 'KILL', 'MKNOD', 'NET_BIND_SERVICE', 'SETFCAP', 'SETGID', 'SETPCAP', 'SETUID', 'SYS_CHROOT'], drop: ['SYS_ADMIN'] } }), c('b'), c('c', {})] }),
    expect: { 0: ok, 37: ok },
  },
]);

const procMountCase = {
  name: 'procMount (upstream)',
  spec: { containers: [c('a'), c('b', {}), c('c', { procMount: 'Default' }), c('d', { procMount: 'Unmasked' }), c('e', { procMount: 'other' })] },
  detail: 'containers "d", "e" must not set securityContext.procMount to "Unmasked", "other"',
};
table(test, procMount, [
  { name: `${procMountCase.name}, hostUsers unset`, pod: pod(procMountCase.spec), expect: range(0, 37, fail('procMount', procMountCase.detail)) },
  { name: `${procMountCase.name}, hostUsers true`, pod: pod({ ...procMountCase.spec, hostUsers: true }), expect: range(0, 37, fail('procMount', procMountCase.detail)) },
  { name: `${procMountCase.name}, hostUsers false: relaxed from v1.35`, pod: pod({ ...procMountCase.spec, hostUsers: false }), expect: { ...range(0, 34, fail('procMount', procMountCase.detail)), ...range(35, 37, ok) } },
  { name: 'values de-duplicated', pod: pod({ initContainers: [c('i', { procMount: 'Unmasked' })], containers: [c('a', { procMount: 'Unmasked' })] }), expect: { 37: fail('procMount', 'containers "i", "a" must not set securityContext.procMount to "Unmasked"') } },
  { name: 'empty string is not Default', pod: pod({ containers: [c('a', { procMount: '' })] }), expect: { 0: fail('procMount', 'container "a" must not set securityContext.procMount to ""') } },
]);

const se = (options: Record<string, unknown>): Record<string, unknown> => ({ seLinuxOptions: options });
const seContainers = [
  c('a', se({ type: 'container_t' })), c('b', se({ type: 'container_init_t' })), c('c', se({ type: 'container_kvm_t' })),
  c('d', se({ type: 'container_engine_t' })), c('e', se({ type: 'bar' })), c('f', se({ user: 'bar' })), c('g', se({ role: 'baz' })),
];
table(test, seLinuxOptions, [
  {
    name: 'invalid pod and containers (upstream)',
    pod: pod({ securityContext: se({ type: 'foo', user: 'bar', role: 'baz' }), containers: seContainers }),
    expect: {
      30: fail('seLinuxOptions', 'pod and containers "d", "e", "f", "g" set forbidden securityContext.seLinuxOptions: types "bar", "container_engine_t", "foo"; user may not be set; role may not be set'),
      31: fail('seLinuxOptions', 'pod and containers "e", "f", "g" set forbidden securityContext.seLinuxOptions: types "bar", "foo"; user may not be set; role may not be set'),
    },
  },
  {
    name: 'invalid pod (upstream)',
    pod: pod({ securityContext: se({ type: 'foo', user: 'bar', role: 'baz' }), containers: seContainers.slice(0, 4) }),
    expect: { 31: fail('seLinuxOptions', 'pod set forbidden securityContext.seLinuxOptions: type "foo"; user may not be set; role may not be set') },
  },
  {
    name: 'invalid containers (upstream)',
    pod: pod({ securityContext: se({}), containers: seContainers }),
    expect: { 31: fail('seLinuxOptions', 'containers "e", "f", "g" set forbidden securityContext.seLinuxOptions: type "bar"; user may not be set; role may not be set') },
  },
  { name: 'bad type (upstream)', pod: pod({ securityContext: se({ type: 'bad' }) }), expect: range(0, 37, fail('seLinuxOptions', 'pod set forbidden securityContext.seLinuxOptions: type "bad"')) },
  { name: 'bad user (upstream)', pod: pod({ securityContext: se({ user: 'bad' }) }), expect: range(0, 37, fail('seLinuxOptions', 'pod set forbidden securityContext.seLinuxOptions: user may not be set')) },
  { name: 'bad role (upstream)', pod: pod({ securityContext: se({ role: 'bad' }) }), expect: range(0, 37, fail('seLinuxOptions', 'pod set forbidden securityContext.seLinuxOptions: role may not be set')) },
  {
    name: 'container_engine_t allowed from v1.31 (spec T30)',
    pod: pod({ securityContext: se({ type: 'container_engine_t' }), containers: [c('app', se({ type: 'spc_t', user: 'system_u' }))] }),
    expect: {
      ...range(0, 30, fail('seLinuxOptions', 'pod and container "app" set forbidden securityContext.seLinuxOptions: types "container_engine_t", "spc_t"; user may not be set')),
      ...range(31, 37, fail('seLinuxOptions', 'container "app" set forbidden securityContext.seLinuxOptions: type "spc_t"; user may not be set')),
    },
  },
  { name: 'level is ignored, empty type allowed', pod: pod({ securityContext: se({ level: 's0:c1,c2' }), containers: [c('a', se({ type: '', level: 's0' }))] }), expect: { 0: ok, 37: ok } },
]);

const SP = 'seccomp.security.alpha.kubernetes.io/pod';
const SC = 'container.seccomp.security.alpha.kubernetes.io/';
const sp = (type: string): Record<string, unknown> => ({ seccompProfile: { type } });
const seccompContainers = [c('a'), c('b', {}), c('c', sp('Unconfined')), c('d', sp('Unconfined')), c('e', sp('RuntimeDefault')), c('f', sp('RuntimeDefault'))];
table(test, seccompProfileBaseline, [
  { name: 'pod annotation invalid (upstream 1.0)', pod: pod({}, { [SP]: 'unconfined' }), expect: { ...range(0, 18, fail('seccompProfile', `forbidden annotation ${SP}="unconfined"`)), ...range(19, 37, ok) } },
  {
    name: 'container annotations invalid (upstream 1.0)',
    pod: pod({ containers: [c('a'), c('b'), c('c')] }, { [`${SC}a`]: 'unconfined', [`${SC}b`]: 'unknown' }),
    expect: { 0: fail('seccompProfile', `forbidden annotations ${SC}a="unconfined", ${SC}b="unknown"`), 19: ok },
  },
  {
    name: 'pod and container annotations invalid (upstream 1.0)',
    pod: pod({ containers: [c('a'), c('b'), c('c')] }, { [SP]: 'unconfined', [`${SC}a`]: 'unconfined', [`${SC}b`]: 'unknown' }),
    expect: { 18: fail('seccompProfile', `forbidden annotations ${SC}a="unconfined", ${SC}b="unknown", ${SP}="unconfined"`) },
  },
  {
    name: 'allowed annotation values; empty is bad; annotations of non-containers ignored',
    pod: pod({ initContainers: [c('i')], containers: [c('a'), c('b'), c('e')] }, { [SP]: 'runtime/default', [`${SC}i`]: 'docker/default', [`${SC}a`]: 'localhost/x', [`${SC}e`]: '', [`${SC}ghost`]: 'unconfined' }),
    expect: { 0: fail('seccompProfile', `forbidden annotation ${SC}e=""`), 19: ok },
  },
  { name: 'pod field invalid (upstream 1.19)', pod: pod({ securityContext: sp('Unconfined'), containers: [c('a')] }), expect: { 0: ok, 18: ok, ...range(19, 37, fail('seccompProfile', 'pod must not set securityContext.seccompProfile.type to "Unconfined"')) } },
  { name: 'container fields invalid (upstream 1.19)', pod: pod({ securityContext: sp('RuntimeDefault'), containers: seccompContainers }), expect: { 19: fail('seccompProfile', 'containers "c", "d" must not set securityContext.seccompProfile.type to "Unconfined"') } },
  { name: 'pod and container fields invalid (upstream 1.19)', pod: pod({ securityContext: sp('Unconfined'), containers: seccompContainers }), expect: { 37: fail('seccompProfile', 'pod and containers "c", "d" must not set securityContext.seccompProfile.type to "Unconfined"') } },
  { name: 'missing type is "" and bad, unset profile is fine', pod: pod({ securityContext: { seccompProfile: {} }, containers: [c('a'), c('b', sp('Localhost'))] }), expect: { 37: fail('seccompProfile', 'pod must not set securityContext.seccompProfile.type to ""') } },
]);

const sysctlPod = (...names: string[]) => pod({ securityContext: { sysctls: names.map((name) => ({ name, value: '1' })) } });
table(test, sysctls, [
  { name: 'forbidden sysctls (upstream)', pod: sysctlPod('a', 'b'), expect: range(0, 37, fail('forbidden sysctls', 'a, b')) },
  { name: 'ip_local_reserved_ports from v1.27 (upstream)', pod: sysctlPod('net.ipv4.ip_local_reserved_ports'), expect: { 0: fail('forbidden sysctls', 'net.ipv4.ip_local_reserved_ports'), 26: fail('forbidden sysctls', 'net.ipv4.ip_local_reserved_ports'), 27: ok, 37: ok } },
  { name: 'tcp keepalive and fin timeout from v1.29', pod: sysctlPod('net.ipv4.tcp_keepalive_time', 'net.ipv4.tcp_fin_timeout', 'net.ipv4.tcp_keepalive_intvl', 'net.ipv4.tcp_keepalive_probes'), expect: { 28: fail('forbidden sysctls', 'net.ipv4.tcp_keepalive_time, net.ipv4.tcp_fin_timeout, net.ipv4.tcp_keepalive_intvl, net.ipv4.tcp_keepalive_probes'), 29: ok } },
  { name: 'tcp_rmem and tcp_wmem from v1.32', pod: sysctlPod('net.ipv4.tcp_rmem', 'net.ipv4.tcp_wmem'), expect: { 31: fail('forbidden sysctls', 'net.ipv4.tcp_rmem, net.ipv4.tcp_wmem'), 32: ok } },
  { name: 'slow start and notsent_lowat from v1.37', pod: sysctlPod('net.ipv4.tcp_slow_start_after_idle', 'net.ipv4.tcp_notsent_lowat'), expect: { 36: fail('forbidden sysctls', 'net.ipv4.tcp_slow_start_after_idle, net.ipv4.tcp_notsent_lowat'), 37: ok } },
  { name: 'v1.0 allow-list', pod: sysctlPod('kernel.shm_rmid_forced', 'net.ipv4.ip_local_port_range', 'net.ipv4.tcp_syncookies', 'net.ipv4.ping_group_range', 'net.ipv4.ip_unprivileged_port_start'), expect: { 0: ok, 37: ok } },
  {
    name: 'spec order and duplicates kept (spec T27)',
    pod: sysctlPod('net.ipv4.tcp_keepalive_time', 'kernel.msgmax', 'kernel.msgmax'),
    expect: { 28: fail('forbidden sysctls', 'net.ipv4.tcp_keepalive_time, kernel.msgmax, kernel.msgmax'), 29: fail('forbidden sysctls', 'kernel.msgmax, kernel.msgmax') },
  },
  { name: 'slash form is not normalised', pod: sysctlPod('net/ipv4/tcp_syncookies'), expect: { 37: fail('forbidden sysctls', 'net/ipv4/tcp_syncookies') } },
  { name: 'no sysctls', pod: pod({ securityContext: { sysctls: null } }), expect: { 0: ok } },
]);

test.run();
