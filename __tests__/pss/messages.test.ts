// Tests for pss/messages.ts: the exact texts of spec §3.5 (API error, warning, audit value), first from
// explicit results, then end to end (manifest object -> toPssPod -> evaluatePod -> message) on the real-world
// odo#6847 message and the hand-written cases of spec §5.3.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { forbiddenDetail, forbiddenMessage, forbiddenReasons, violationMessage, warningMessage } from '../../src/pss/messages.js';
import { toPssPod, type PssObjectKind } from '../../src/pss/pod.js';
import { evaluatePod } from '../../src/pss/registry.js';
import { LATEST_VERSION, type PssLevel, type PssVersion } from '../../src/pss/types.js';
import { majorMinor, parseVersion } from '../../src/pss/version.js';

const ODO_6847 =
  'pods "nodejs-app-8665bd77fb-2dd4n" is forbidden: violates PodSecurity "restricted:latest": allowPrivilegeEscalation != false (container "runtime" must set securityContext.allowPrivilegeEscalation=false), unrestricted capabilities (container "runtime" must set securityContext.capabilities.drop=["ALL"]), runAsNonRoot != true (pod or container "runtime" must set securityContext.runAsNonRoot=true), seccompProfile (pod or container "runtime" must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost")';

const ODO_RESULTS = [
  { reason: 'allowPrivilegeEscalation != false', detail: 'container "runtime" must set securityContext.allowPrivilegeEscalation=false' },
  { reason: 'unrestricted capabilities', detail: 'container "runtime" must set securityContext.capabilities.drop=["ALL"]' },
  { reason: 'runAsNonRoot != true', detail: 'pod or container "runtime" must set securityContext.runAsNonRoot=true' },
  { reason: 'seccompProfile', detail: 'pod or container "runtime" must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost"' },
];

const format = suite('message formats');

format('should render the odo#6847 API error exactly', () => {
  assert.is(forbiddenMessage('nodejs-app-8665bd77fb-2dd4n', 'restricted', LATEST_VERSION, ODO_RESULTS), ODO_6847);
});

format('should print a reason alone when its detail is empty, and join parts with ", "', () => {
  const results = [{ reason: 'a', detail: '' }, { reason: 'b', detail: 'x (y)' }, { reason: 'c', detail: '' }];
  assert.is(forbiddenDetail(results), 'a, b (x (y)), c');
  assert.is(forbiddenReasons(results), 'a, b, c');
  assert.is(forbiddenDetail([]), '');
});

format('should print the policy version as given: latest, a pinned v1.N, a future v1.99', () => {
  const one = [{ reason: 'host namespaces', detail: 'hostNetwork=true' }];
  assert.is(violationMessage('baseline', LATEST_VERSION, one), 'violates PodSecurity "baseline:latest": host namespaces (hostNetwork=true)');
  assert.is(violationMessage('baseline', majorMinor(23), one), 'violates PodSecurity "baseline:v1.23": host namespaces (hostNetwork=true)');
  assert.is(warningMessage('restricted', parseVersion('v1.99').value, one), 'would violate PodSecurity "restricted:v1.99": host namespaces (hostNetwork=true)');
});

format('should print the warning (and audit-violations value) with "would violate"', () => {
  assert.is(
    warningMessage('restricted', LATEST_VERSION, ODO_RESULTS),
    ODO_6847.replace('pods "nodejs-app-8665bd77fb-2dd4n" is forbidden: violates', 'would violate'),
  );
});

format('should leave out the quoted name when there is none (apimachinery NewForbidden)', () => {
  assert.is(forbiddenMessage('', 'baseline', LATEST_VERSION, [{ reason: 'privileged', detail: '' }]), 'pods is forbidden: violates PodSecurity "baseline:latest": privileged');
});

/** Evaluates a manifest object as PSA would and renders the enforce message (or null when allowed). */
function enforce(object: Record<string, unknown>, level: PssLevel, version: PssVersion = LATEST_VERSION, kind: PssObjectKind = 'Pod', kubeMinor = 36): string | null {
  const result = toPssPod(object, kind, { kubeMinor });
  if (!('pod' in result)) throw new Error(JSON.stringify(result));
  const { allowed, results } = evaluatePod(level, version, result.pod);
  const name = String((object.metadata as { name?: string } | undefined)?.name ?? '');
  return allowed ? null : forbiddenMessage(name, level, version, results);
}

/** The warning for a workload template as written (or null). */
function warn(object: Record<string, unknown>, kind: PssObjectKind, level: PssLevel, kubeMinor = 36): string | null {
  const result = toPssPod(object, kind, { kubeMinor });
  if (!('pod' in result)) throw new Error(JSON.stringify(result));
  const { allowed, results } = evaluatePod(level, LATEST_VERSION, result.pod);
  return allowed ? null : warningMessage(level, LATEST_VERSION, results);
}

const pod = (name: string, spec: Record<string, unknown>, annotations?: Record<string, string>): Record<string, unknown> => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name, ...(annotations ? { annotations } : {}) },
  spec,
});
const deployment = (name: string, spec: Record<string, unknown>): Record<string, unknown> => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name },
  spec: { template: { metadata: { labels: { app: name } }, spec } },
});
const C = (name: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({ name, image: 'busybox', ...extra });
const RESTRICTED_CONTAINER = { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } };

const e2e = suite('end to end (spec §3.5, §5.3)');

e2e('should reproduce odo#6847 from the Deployment pod it came from', () => {
  assert.is(enforce(pod('nodejs-app-8665bd77fb-2dd4n', { containers: [C('runtime')] }), 'restricted'), ODO_6847);
});

e2e('T01: a privileged container at baseline', () => {
  assert.is(
    enforce(pod('priv', { containers: [C('app', { securityContext: { privileged: true } })] }), 'baseline'),
    'pods "priv" is forbidden: violates PodSecurity "baseline:latest": privileged (container "app" must not set securityContext.privileged=true)',
  );
});

e2e('T05/T06: the version pin changes the verdict and is printed as labelled', () => {
  const spec = { securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } }, containers: [C('app', { securityContext: { allowPrivilegeEscalation: false } })] };
  assert.is(enforce(pod('p', spec), 'restricted', majorMinor(21)), null);
  assert.is(
    enforce(pod('p', spec), 'restricted', majorMinor(22)),
    'pods "p" is forbidden: violates PodSecurity "restricted:v1.22": unrestricted capabilities (container "app" must set securityContext.capabilities.drop=["ALL"])',
  );
  assert.ok(enforce(pod('web', { containers: [C('app')] }), 'restricted', parseVersion('v1.99').value)?.startsWith('pods "web" is forbidden: violates PodSecurity "restricted:v1.99": allowPrivilegeEscalation != false ('));
});

const T13 = {
  hostNetwork: true,
  volumes: [{ name: 'host', hostPath: { path: '/' } }, { name: 'cfg', configMap: { name: 'x' } }],
  securityContext: { sysctls: [{ name: 'kernel.msgmax', value: '1' }, { name: 'net.ipv4.tcp_syncookies', value: '1' }] },
  containers: [
    C('app', { ports: [{ containerPort: 8080 }], securityContext: { privileged: true, capabilities: { add: ['NET_ADMIN', 'SYS_TIME'] } } }),
    C('sidecar', { securityContext: { capabilities: { add: ['NET_ADMIN', 'CHOWN'] } } }),
  ],
};

e2e('T13: many baseline violations in ID order; hostNetwork defaults the Pod\'s host port', () => {
  const parts =
    'non-default capabilities (containers "app", "sidecar" must not include "NET_ADMIN", "SYS_TIME" in securityContext.capabilities.add), host namespaces (hostNetwork=true), hostPath volumes (volume "host"), hostPort (container "app" uses hostPort 8080), privileged (container "app" must not set securityContext.privileged=true), forbidden sysctls (kernel.msgmax)';
  assert.is(enforce(pod('t13', T13), 'baseline'), `pods "t13" is forbidden: violates PodSecurity "baseline:latest": ${parts}`);
  assert.is(warn(deployment('t13', T13), 'Deployment', 'baseline'), `would violate PodSecurity "baseline:latest": ${parts.replace(', hostPort (container "app" uses hostPort 8080)', '')}`);
});

e2e('T14: the same pod at restricted — overrides replace baseline parts, restricted parts follow', () => {
  assert.is(
    enforce(pod('t14', T13), 'restricted'),
    'pods "t14" is forbidden: violates PodSecurity "restricted:latest": host namespaces (hostNetwork=true), hostPort (container "app" uses hostPort 8080), privileged (container "app" must not set securityContext.privileged=true), forbidden sysctls (kernel.msgmax), allowPrivilegeEscalation != false (containers "app", "sidecar" must set securityContext.allowPrivilegeEscalation=false), unrestricted capabilities (containers "app", "sidecar" must set securityContext.capabilities.drop=["ALL"]; containers "app", "sidecar" must not include "CHOWN", "NET_ADMIN", "SYS_TIME" in securityContext.capabilities.add), restricted volume types (volume "host" uses restricted volume type "hostPath"), runAsNonRoot != true (pod or containers "app", "sidecar" must set securityContext.runAsNonRoot=true), seccompProfile (pod or containers "app", "sidecar" must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost")',
  );
});

e2e('T15: init containers first; runAsUser=0 between runAsNonRoot and seccompProfile', () => {
  assert.is(
    enforce(pod('t15', { securityContext: { runAsUser: 0 }, initContainers: [C('init')], containers: [C('app')] }), 'restricted'),
    'pods "t15" is forbidden: violates PodSecurity "restricted:latest": allowPrivilegeEscalation != false (containers "init", "app" must set securityContext.allowPrivilegeEscalation=false), unrestricted capabilities (containers "init", "app" must set securityContext.capabilities.drop=["ALL"]), runAsNonRoot != true (pod or containers "init", "app" must set securityContext.runAsNonRoot=true), runAsUser=0 (pod must not set runAsUser=0), seccompProfile (pod or containers "init", "app" must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost")',
  );
});

e2e('T20: Windows pods get relief from v1.25 only', () => {
  const windows = { os: { name: 'windows' }, securityContext: { runAsNonRoot: true }, containers: [C('app')] };
  assert.is(enforce(pod('w', windows), 'restricted'), null);
  assert.is(
    enforce(pod('w', windows), 'restricted', majorMinor(24)),
    'pods "w" is forbidden: violates PodSecurity "restricted:v1.24": allowPrivilegeEscalation != false (container "app" must set securityContext.allowPrivilegeEscalation=false), unrestricted capabilities (container "app" must set securityContext.capabilities.drop=["ALL"]), seccompProfile (pod or container "app" must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost")',
  );
});

e2e('T23: user namespaces relax runAsNonRoot and runAsUser from v1.35', () => {
  const spec = { hostUsers: false, securityContext: { runAsUser: 0, seccompProfile: { type: 'RuntimeDefault' } }, containers: [C('app', { securityContext: RESTRICTED_CONTAINER })] };
  assert.is(enforce(pod('u', spec), 'restricted'), null);
  assert.is(
    enforce(pod('u', spec), 'restricted', majorMinor(34)),
    'pods "u" is forbidden: violates PodSecurity "restricted:v1.34": runAsNonRoot != true (pod or container "app" must set securityContext.runAsNonRoot=true), runAsUser=0 (pod must not set runAsUser=0)',
  );
});

e2e('T33: an ephemeral debug container is checked like the others', () => {
  const spec = {
    securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
    containers: [C('app', { securityContext: RESTRICTED_CONTAINER })],
    ephemeralContainers: [{ name: 'debugger', image: 'busybox' }],
  };
  assert.is(
    enforce(pod('dbg', spec), 'restricted'),
    'pods "dbg" is forbidden: violates PodSecurity "restricted:latest": allowPrivilegeEscalation != false (container "debugger" must set securityContext.allowPrivilegeEscalation=false), unrestricted capabilities (container "debugger" must set securityContext.capabilities.drop=["ALL"])',
  );
});

format.run();
e2e.run();
