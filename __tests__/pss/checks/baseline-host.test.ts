// Baseline host checks: hostNamespaces, hostPathVolumes, hostPorts, hostProbesAndHostLifecycle, privileged,
// windowsHostProcess. Ports upstream policy/check_{hostNamespaces,hostPathVolumes,hostPorts,
// hostProbesAndHostLifecycle,privileged,windowsHostProcess}_test.go, plus spec §2.3 and §5.3 (T07, T28) cases.

import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import {
  hostNamespaces, hostPathVolumes, hostPorts, hostProbesAndHostLifecycle, privileged, windowsHostProcess,
} from '../../../src/pss/checks/index.js';
import { activeAt, c, fail, ok, pod, range, table } from './harness.js';

const test = suite('pss baseline host checks');

table(test, hostNamespaces, [
  { name: 'multiple host namespaces (upstream)', pod: pod({ hostNetwork: true, hostIPC: true, hostPID: true }), expect: range(0, 37, fail('host namespaces', 'hostNetwork=true, hostPID=true, hostIPC=true')) },
  { name: 'hostIPC only', pod: pod({ hostIPC: true }), expect: { 0: fail('host namespaces', 'hostIPC=true'), 37: fail('host namespaces', 'hostIPC=true') } },
  { name: 'network and PID keep the fixed order', pod: pod({ hostPID: true, hostNetwork: true }), expect: { 37: fail('host namespaces', 'hostNetwork=true, hostPID=true') } },
  { name: 'false and null are unset', pod: pod({ hostNetwork: false, hostPID: null, hostIPC: false }), expect: { 0: ok, 37: ok } },
  { name: 'empty spec', pod: pod({}), expect: { 0: ok } },
]);

table(test, hostPathVolumes, [
  {
    name: 'host path volumes (upstream)',
    pod: pod({ volumes: [{ name: 'a', hostPath: {} }, { name: 'b', hostPath: {} }, { name: 'c', emptyDir: {} }] }),
    expect: range(0, 37, fail('hostPath volumes', 'volumes "a", "b"')),
  },
  { name: 'one volume, singular', pod: pod({ volumes: [{ name: 'volume-hostpath', hostPath: { path: '/a' } }] }), expect: { 37: fail('hostPath volumes', 'volume "volume-hostpath"') } },
  { name: 'spec order, not sorted', pod: pod({ volumes: [{ name: 'z', hostPath: {} }, { name: 'a', hostPath: {} }] }), expect: { 0: fail('hostPath volumes', 'volumes "z", "a"') } },
  { name: 'hostPath: null is not a hostPath volume', pod: pod({ volumes: [{ name: 't', hostPath: null }, { name: 'n', nfs: {} }] }), expect: { 0: ok, 37: ok } },
]);

table(test, hostPorts, [
  {
    name: 'one container, one host port (upstream)',
    pod: pod({ containers: [{ name: 'a', ports: [{ hostPort: 0 }] }, { name: 'b', ports: [{ hostPort: 0 }, { hostPort: 20 }] }] }),
    expect: range(0, 37, fail('hostPort', 'container "b" uses hostPort 20')),
  },
  {
    name: 'multiple containers, multiple host ports (upstream)',
    pod: pod({
      containers: [
        { name: 'a', ports: [{ hostPort: 0 }] },
        { name: 'b', ports: [{ hostPort: 0 }, { hostPort: 10 }, { hostPort: 20 }] },
        { name: 'c', ports: [{ hostPort: 0 }, { hostPort: 10 }, { hostPort: 30 }] },
      ],
    }),
    expect: { 0: fail('hostPort', 'containers "b", "c" use hostPorts 10, 20, 30'), 37: fail('hostPort', 'containers "b", "c" use hostPorts 10, 20, 30') },
  },
  {
    name: 'ports sorted as strings, containers in visit order (spec T28)',
    pod: pod({
      containers: [
        { name: 'a', ports: [{ containerPort: 80, hostPort: 8080 }, { containerPort: 10250, hostPort: 10250 }] },
        { name: 'b', ports: [{ containerPort: 80, hostPort: 8080 }] },
      ],
      initContainers: [{ name: 'init', ports: [{ containerPort: 1, hostPort: 9 }] }],
    }),
    expect: { 37: fail('hostPort', 'containers "init", "a", "b" use hostPorts 10250, 8080, 9') },
  },
  { name: 'one container with two ports', pod: pod({ containers: [{ name: 'a', ports: [{ hostPort: 1 }, { hostPort: 2 }] }] }), expect: { 37: fail('hostPort', 'container "a" uses hostPorts 1, 2') } },
  { name: 'no host ports (hostNetwork defaulting is not this check\'s job)', pod: pod({ hostNetwork: true, containers: [{ name: 'a', ports: [{ containerPort: 80 }] }] }), expect: { 0: ok, 37: ok } },
  { name: 'ephemeral containers are visited', pod: pod({ ephemeralContainers: [{ name: 'dbg', ports: [{ hostPort: 7 }] }] }), expect: { 37: fail('hostPort', 'container "dbg" uses hostPort 7') } },
]);

const probe = (kind: 'httpGet' | 'tcpSocket', host?: string): Record<string, unknown> => ({ [kind]: host === undefined ? { port: 8080 } : { host, port: 8080 } });

table(test, hostProbesAndHostLifecycle, [
  {
    name: 'valid pod with unset hosts (upstream)',
    pod: pod({ containers: [{ name: 'a', livenessProbe: probe('httpGet'), readinessProbe: probe('tcpSocket'), lifecycle: { postStart: probe('httpGet') } }] }),
    expect: { 34: ok, 37: ok },
  },
  {
    name: 'local host IP as probe host (upstream)',
    pod: pod({ containers: [{ name: 'a', livenessProbe: probe('httpGet', '127.0.0.1'), readinessProbe: probe('tcpSocket', '::1'), startupProbe: probe('httpGet', 'localhost') }] }),
    expect: range(34, 37, fail('probe or lifecycle host', 'container "a" uses probe or lifecycle hosts "127.0.0.1", "::1", "localhost"')),
  },
  { name: 'httpGet host in liveness probe (upstream)', pod: pod({ containers: [{ name: 'a', livenessProbe: probe('httpGet', 'invalid.host') }] }), expect: { 34: fail('probe or lifecycle host', 'container "a" uses probe or lifecycle host "invalid.host"') } },
  { name: 'tcpSocket host in readiness probe (upstream)', pod: pod({ containers: [{ name: 'b', readinessProbe: probe('tcpSocket', 'invalid.host') }] }), expect: { 34: fail('probe or lifecycle host', 'container "b" uses probe or lifecycle host "invalid.host"') } },
  { name: 'httpGet host in startup probe (upstream)', pod: pod({ containers: [{ name: 'c', startupProbe: probe('httpGet', 'invalid.host') }] }), expect: { 34: fail('probe or lifecycle host', 'container "c" uses probe or lifecycle host "invalid.host"') } },
  { name: 'postStart tcpSocket host (upstream)', pod: pod({ containers: [{ name: 'd', lifecycle: { postStart: probe('tcpSocket', 'invalid.host') } }] }), expect: { 34: fail('probe or lifecycle host', 'container "d" uses probe or lifecycle host "invalid.host"') } },
  { name: 'preStop httpGet host (upstream)', pod: pod({ containers: [{ name: 'e', lifecycle: { preStop: probe('httpGet', 'another.invalid.host') } }] }), expect: { 34: fail('probe or lifecycle host', 'container "e" uses probe or lifecycle host "another.invalid.host"') } },
  {
    name: 'multiple containers with multiple hosts (upstream)',
    pod: pod({
      containers: [
        { name: 'valid' },
        { name: 'invalid1', livenessProbe: probe('httpGet', 'a.com') },
        { name: 'invalid2', lifecycle: { preStop: probe('tcpSocket', 'b.com') }, startupProbe: probe('httpGet', 'a.com') },
      ],
    }),
    expect: { 37: fail('probe or lifecycle host', 'containers "invalid1", "invalid2" use probe or lifecycle hosts "a.com", "b.com"') },
  },
  { name: 'IPv4 host (upstream)', pod: pod({ containers: [{ name: 'a', livenessProbe: probe('httpGet', '8.8.8.8') }] }), expect: { 34: fail('probe or lifecycle host', 'container "a" uses probe or lifecycle host "8.8.8.8"') } },
  { name: 'IPv6 host (upstream)', pod: pod({ containers: [{ name: 'a', livenessProbe: probe('tcpSocket', '2001:4860:4860::8888') }] }), expect: { 34: fail('probe or lifecycle host', 'container "a" uses probe or lifecycle host "2001:4860:4860::8888"') } },
  { name: 'host in an init container (upstream)', pod: pod({ initContainers: [{ name: 'init', livenessProbe: probe('httpGet', 'invalid.init.host') }] }), expect: { 34: fail('probe or lifecycle host', 'container "init" uses probe or lifecycle host "invalid.init.host"') } },
  {
    name: 'container names sorted, not in visit order (spec T07)',
    pod: pod({
      containers: [
        { name: 'web', livenessProbe: probe('httpGet', '10.0.0.1') },
        { name: 'api', readinessProbe: probe('tcpSocket', 'localhost'), lifecycle: { preStop: probe('httpGet', '10.0.0.1') } },
      ],
    }),
    expect: { 34: fail('probe or lifecycle host', 'containers "api", "web" use probe or lifecycle hosts "10.0.0.1", "localhost"') },
  },
  { name: 'grpc, exec and sleep are not read', pod: pod({ containers: [{ name: 'a', livenessProbe: { grpc: { port: 1 }, exec: { command: ['x'] } }, lifecycle: { preStop: { sleep: { seconds: 1 } } } }] }), expect: { 37: ok } },
  { name: 'a container named twice is listed once', pod: pod({ initContainers: [{ name: 'x', livenessProbe: probe('httpGet', 'h') }], containers: [{ name: 'x', livenessProbe: probe('httpGet', 'h') }] }), expect: { 37: fail('probe or lifecycle host', 'container "x" uses probe or lifecycle host "h"') } },
]);

test('hostProbesAndHostLifecycle: does not exist before v1.34', () => {
  assert.is(activeAt(hostProbesAndHostLifecycle, 33), undefined);
  assert.ok(activeAt(hostProbesAndHostLifecycle, 34));
});

table(test, privileged, [
  {
    name: 'privileged (upstream)',
    pod: pod({ containers: [c('a'), c('b', {}), c('c', { privileged: false }), c('d', { privileged: true }), c('e', { privileged: true })] }),
    expect: range(0, 37, fail('privileged', 'containers "d", "e" must not set securityContext.privileged=true')),
  },
  { name: 'init container', pod: pod({ initContainers: [c('initcontainer1', { privileged: true })], containers: [c('container1')] }), expect: { 0: fail('privileged', 'container "initcontainer1" must not set securityContext.privileged=true') } },
  { name: 'ephemeral container', pod: pod({ containers: [c('app')], ephemeralContainers: [c('debugger', { privileged: true })] }), expect: { 37: fail('privileged', 'container "debugger" must not set securityContext.privileged=true') } },
  { name: 'pod-level field does not exist', pod: pod({ securityContext: { privileged: true }, containers: [c('app')] }), expect: { 37: ok } },
]);

table(test, windowsHostProcess, [
  {
    name: 'host process (upstream)',
    pod: pod({
      securityContext: { windowsOptions: { hostProcess: true } },
      containers: [
        c('a'), c('b', {}), c('c', { windowsOptions: {} }), c('d', { windowsOptions: { hostProcess: false } }),
        c('e', { windowsOptions: { hostProcess: true } }), c('f', { windowsOptions: { hostProcess: true } }),
      ],
    }),
    expect: range(0, 37, fail('hostProcess', 'pod and containers "e", "f" must not set securityContext.windowsOptions.hostProcess=true')),
  },
  { name: 'pod only', pod: pod({ securityContext: { windowsOptions: { hostProcess: true } }, containers: [c('app')] }), expect: { 37: fail('hostProcess', 'pod must not set securityContext.windowsOptions.hostProcess=true') } },
  {
    name: 'containers only, visit order',
    pod: pod({ containers: [c('container1', { windowsOptions: { hostProcess: true } })], initContainers: [c('initcontainer1', { windowsOptions: { hostProcess: true } })] }),
    expect: { 0: fail('hostProcess', 'containers "initcontainer1", "container1" must not set securityContext.windowsOptions.hostProcess=true') },
  },
  { name: 'false everywhere', pod: pod({ securityContext: { windowsOptions: { hostProcess: false } }, containers: [c('a', { windowsOptions: { hostProcess: false } })] }), expect: { 0: ok, 37: ok } },
]);

test.run();
