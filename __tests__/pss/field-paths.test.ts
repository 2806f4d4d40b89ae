// Tests for pss/field-paths.ts: the field paths of a failed PSS check. A table of failing pods per check ID with the
// exact candidates, missing-field and init/ephemeral container cases, the version fallbacks and odd input; then the
// upstream fixtures (fixtures/psa-testdata): every failed check of every fail fixture gets a path, the first path
// names an offender the check's detail names, and one candidate is present in the manifest as written.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parseManifestFile } from '../../src/load/parse.js';
import { ALL_CHECKS } from '../../src/pss/checks/index.js';
import { failingFieldPaths } from '../../src/pss/field-paths.js';
import { toPssPod } from '../../src/pss/pod.js';
import { evaluatePod } from '../../src/pss/registry.js';
import { LATEST_VERSION, type PssLevel, type PssPod } from '../../src/pss/types.js';
import { majorMinor } from '../../src/pss/version.js';

type Path = (string | number)[];

const pod = (spec: Record<string, unknown>, annotations?: Record<string, string>): PssPod =>
  annotations === undefined ? { metadata: {}, spec } : { metadata: { annotations }, spec };

/** A pod that passes restricted at every version but for what `patch` changes in container `c`. */
const RESTRICTED_SC = {
  allowPrivilegeEscalation: false,
  runAsNonRoot: true,
  seccompProfile: { type: 'RuntimeDefault' },
  capabilities: { drop: ['ALL'] },
};
const good = (name: string, securityContext: Record<string, unknown> = {}, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  name,
  image: 'x',
  securityContext: { ...RESTRICTED_SC, ...securityContext },
  ...extra,
});

const C0: Path = ['spec', 'containers', 0];
const SC0: Path = [...C0, 'securityContext'];
const C1: Path = ['spec', 'containers', 1];
const SC1: Path = [...C1, 'securityContext'];
const PSC: Path = ['spec', 'securityContext'];

interface Case {
  name: string;
  id: string;
  pod: PssPod;
  expect: Path[];
}

const CASES: Case[] = [
  // allowPrivilegeEscalation
  { name: 'true on the second container', id: 'allowPrivilegeEscalation', pod: pod({ containers: [good('a'), good('b', { allowPrivilegeEscalation: true })] }), expect: [[...SC1, 'allowPrivilegeEscalation'], SC1, C1] },
  { name: 'missing, securityContext set', id: 'allowPrivilegeEscalation', pod: pod({ containers: [{ name: 'a', securityContext: { runAsNonRoot: true } }] }), expect: [SC0, C0] },
  { name: 'missing, no securityContext', id: 'allowPrivilegeEscalation', pod: pod({ containers: [{ name: 'a' }] }), expect: [SC0, C0] },
  // appArmorProfile
  { name: 'pod profile Unconfined', id: 'appArmorProfile', pod: pod({ securityContext: { appArmorProfile: { type: 'Unconfined' } }, containers: [good('a', { appArmorProfile: { type: 'Unconfined' } })] }), expect: [[...PSC, 'appArmorProfile', 'type'], [...PSC, 'appArmorProfile']] },
  { name: 'container profile Unconfined', id: 'appArmorProfile', pod: pod({ containers: [good('a'), good('b', { appArmorProfile: { type: 'Unconfined' } })] }), expect: [[...SC1, 'appArmorProfile', 'type'], [...SC1, 'appArmorProfile']] },
  {
    name: 'annotations, first by the check\'s byte order',
    id: 'appArmorProfile',
    pod: pod({ containers: [good('b'), good('a')] }, { 'container.apparmor.security.beta.kubernetes.io/b': 'unconfined', 'container.apparmor.security.beta.kubernetes.io/a': 'unconfined', 'other/a': 'x' }),
    expect: [['metadata', 'annotations', 'container.apparmor.security.beta.kubernetes.io/a']],
  },
  // capabilities_baseline
  { name: 'second add item', id: 'capabilities_baseline', pod: pod({ containers: [good('a', { capabilities: { add: ['CHOWN', 'NET_RAW'] } })] }), expect: [[...SC0, 'capabilities', 'add', 1]] },
  // capabilities_restricted
  { name: 'drop without ALL', id: 'capabilities_restricted', pod: pod({ containers: [good('a', { capabilities: { drop: ['NET_RAW'] } })] }), expect: [[...SC0, 'capabilities', 'drop'], [...SC0, 'capabilities'], SC0, C0] },
  { name: 'no capabilities', id: 'capabilities_restricted', pod: pod({ containers: [good('a', { capabilities: undefined })] }), expect: [[...SC0, 'capabilities'], SC0, C0] },
  { name: 'forbidden add', id: 'capabilities_restricted', pod: pod({ containers: [good('a', { capabilities: { drop: ['ALL'], add: ['NET_BIND_SERVICE', 'CHOWN'] } })] }), expect: [[...SC0, 'capabilities', 'add', 1]] },
  { name: 'forbidden add before a later missing drop (walk order)', id: 'capabilities_restricted', pod: pod({ containers: [good('a', { capabilities: { drop: ['ALL'], add: ['CHOWN'] } }), good('b', { capabilities: {} })] }), expect: [[...SC0, 'capabilities', 'add', 0]] },
  // hostNamespaces
  { name: 'hostPID and hostIPC', id: 'hostNamespaces', pod: pod({ hostNetwork: false, hostIPC: true, hostPID: true }), expect: [['spec', 'hostPID']] },
  // hostPathVolumes
  { name: 'second volume', id: 'hostPathVolumes', pod: pod({ volumes: [{ name: 'e', emptyDir: {} }, { name: 'h', hostPath: { path: '/' } }] }), expect: [['spec', 'volumes', 1, 'hostPath']] },
  // hostPorts
  { name: 'second port', id: 'hostPorts', pod: pod({ containers: [good('a', {}, { ports: [{ containerPort: 80, hostPort: 0 }, { containerPort: 81, hostPort: 8081 }] })] }), expect: [[...C0, 'ports', 1, 'hostPort'], [...C0, 'ports', 1]] },
  // hostProbesAndHostLifecycle
  { name: 'lifecycle preStop tcpSocket', id: 'hostProbesAndHostLifecycle', pod: pod({ containers: [good('a', {}, { livenessProbe: { httpGet: { host: '' } }, lifecycle: { preStop: { tcpSocket: { host: 'evil' } } } })] }), expect: [[...C0, 'lifecycle', 'preStop', 'tcpSocket', 'host']] },
  { name: 'probe httpGet', id: 'hostProbesAndHostLifecycle', pod: pod({ containers: [good('a'), good('b', {}, { readinessProbe: { httpGet: { host: '1.2.3.4' } } })] }), expect: [[...C1, 'readinessProbe', 'httpGet', 'host']] },
  // privileged
  { name: 'privileged container', id: 'privileged', pod: pod({ containers: [good('a', { privileged: false }), good('b', { privileged: true })] }), expect: [[...SC1, 'privileged']] },
  // procMount / procMount_restricted
  { name: 'Unmasked', id: 'procMount', pod: pod({ containers: [good('a', { procMount: 'Default' }), good('b', { procMount: 'Unmasked' })] }), expect: [[...SC1, 'procMount']] },
  { name: 'Unmasked, user namespace (restricted ignores hostUsers)', id: 'procMount_restricted', pod: pod({ hostUsers: false, containers: [good('a', { procMount: 'Unmasked' })] }), expect: [[...SC0, 'procMount']] },
  // restrictedVolumes
  { name: 'nfs volume', id: 'restrictedVolumes', pod: pod({ volumes: [{ name: 's', secret: {} }, { name: 'n', nfs: { server: 'x' } }] }), expect: [['spec', 'volumes', 1, 'nfs']] },
  { name: 'volume without a known source', id: 'restrictedVolumes', pod: pod({ volumes: [{ name: 'v' }] }), expect: [['spec', 'volumes', 0]] },
  // runAsNonRoot
  { name: 'pod false', id: 'runAsNonRoot', pod: pod({ securityContext: { runAsNonRoot: false }, containers: [good('a', { runAsNonRoot: false })] }), expect: [[...PSC, 'runAsNonRoot']] },
  { name: 'container false', id: 'runAsNonRoot', pod: pod({ containers: [good('a', { runAsNonRoot: undefined }), good('b', { runAsNonRoot: false })] }), expect: [[...SC1, 'runAsNonRoot']] },
  { name: 'missing everywhere', id: 'runAsNonRoot', pod: pod({ containers: [good('a', { runAsNonRoot: undefined })] }), expect: [SC0, C0] },
  { name: 'missing, no securityContext', id: 'runAsNonRoot', pod: pod({ containers: [{ name: 'a' }] }), expect: [SC0, C0] },
  // runAsUser
  { name: 'pod 0', id: 'runAsUser', pod: pod({ securityContext: { runAsUser: 0 }, containers: [good('a')] }), expect: [[...PSC, 'runAsUser']] },
  { name: 'container 0', id: 'runAsUser', pod: pod({ securityContext: { runAsUser: 1000 }, containers: [good('a', { runAsUser: 1 }), good('b', { runAsUser: 0 })] }), expect: [[...SC1, 'runAsUser']] },
  // seLinuxOptions
  { name: 'pod type', id: 'seLinuxOptions', pod: pod({ securityContext: { seLinuxOptions: { type: 'spc_t' } } }), expect: [[...PSC, 'seLinuxOptions', 'type'], [...PSC, 'seLinuxOptions']] },
  { name: 'container role', id: 'seLinuxOptions', pod: pod({ containers: [good('a', { seLinuxOptions: { type: 'container_t', role: 'r' } })] }), expect: [[...SC0, 'seLinuxOptions', 'role'], [...SC0, 'seLinuxOptions']] },
  // seccompProfile_baseline
  { name: 'container Unconfined', id: 'seccompProfile_baseline', pod: pod({ containers: [good('a'), good('b', { seccompProfile: { type: 'Unconfined' } })] }), expect: [[...SC1, 'seccompProfile', 'type'], [...SC1, 'seccompProfile']] },
  { name: 'pod Unconfined, annotation set', id: 'seccompProfile_baseline', pod: pod({ securityContext: { seccompProfile: { type: 'Unconfined' } } }, { 'seccomp.security.alpha.kubernetes.io/pod': 'unconfined' }), expect: [[...PSC, 'seccompProfile', 'type'], [...PSC, 'seccompProfile'], ['metadata', 'annotations', 'seccomp.security.alpha.kubernetes.io/pod']] },
  // seccompProfile_restricted
  { name: 'missing everywhere', id: 'seccompProfile_restricted', pod: pod({ containers: [good('a', { seccompProfile: undefined })] }), expect: [SC0, C0] },
  { name: 'pod Unconfined', id: 'seccompProfile_restricted', pod: pod({ securityContext: { seccompProfile: { type: 'Unconfined' } }, containers: [good('a')] }), expect: [[...PSC, 'seccompProfile', 'type'], [...PSC, 'seccompProfile']] },
  { name: 'container without type', id: 'seccompProfile_restricted', pod: pod({ containers: [good('a', { seccompProfile: {} })] }), expect: [[...SC0, 'seccompProfile', 'type'], [...SC0, 'seccompProfile']] },
  // sysctls
  { name: 'second sysctl', id: 'sysctls', pod: pod({ securityContext: { sysctls: [{ name: 'net.ipv4.tcp_syncookies' }, { name: 'kernel.msgmax' }] } }), expect: [[...PSC, 'sysctls', 1, 'name'], [...PSC, 'sysctls', 1]] },
  // windowsHostProcess
  { name: 'container hostProcess', id: 'windowsHostProcess', pod: pod({ containers: [good('a', { windowsOptions: { hostProcess: true } })] }), expect: [[...SC0, 'windowsOptions', 'hostProcess']] },
  { name: 'pod hostProcess', id: 'windowsHostProcess', pod: pod({ securityContext: { windowsOptions: { hostProcess: true } }, containers: [good('a', { windowsOptions: { hostProcess: true } })] }), expect: [[...PSC, 'windowsOptions', 'hostProcess']] },
  // init and ephemeral containers: init containers first, ephemeral last (the visit order)
  { name: 'init container before containers', id: 'privileged', pod: pod({ containers: [good('a', { privileged: true })], initContainers: [good('i0'), good('i1', { privileged: true })] }), expect: [['spec', 'initContainers', 1, 'securityContext', 'privileged']] },
  { name: 'ephemeral container', id: 'allowPrivilegeEscalation', pod: pod({ containers: [good('a')], ephemeralContainers: [{ name: 'debug' }] }), expect: [['spec', 'ephemeralContainers', 0, 'securityContext'], ['spec', 'ephemeralContainers', 0]] },
  { name: 'init container capabilities missing', id: 'capabilities_restricted', pod: pod({ containers: [good('a')], initContainers: [{ name: 'i', securityContext: {} }] }), expect: [['spec', 'initContainers', 0, 'securityContext', 'capabilities'], ['spec', 'initContainers', 0, 'securityContext'], ['spec', 'initContainers', 0]] },
  // Older-version failures: the newest failing implementation decides.
  { name: 'Windows pod (exempt from v1.25, fails before)', id: 'allowPrivilegeEscalation', pod: pod({ os: { name: 'windows' }, containers: [{ name: 'a' }] }), expect: [SC0, C0] },
  { name: 'sysctl allowed since v1.32 only: the newest failing allow-list names it', id: 'sysctls', pod: pod({ securityContext: { sysctls: [{ name: 'net.ipv4.tcp_keepalive_time' }, { name: 'net.ipv4.tcp_rmem' }] } }), expect: [[...PSC, 'sysctls', 1, 'name'], [...PSC, 'sysctls', 1]] },
  { name: 'container_engine_t (allowed from v1.31)', id: 'seLinuxOptions', pod: pod({ containers: [good('a', { seLinuxOptions: { type: 'container_engine_t' } })] }), expect: [[...SC0, 'seLinuxOptions', 'type'], [...SC0, 'seLinuxOptions']] },
  { name: 'annotation only (v1.0–v1.18)', id: 'seccompProfile_baseline', pod: pod({ containers: [good('a'), good('b')] }, { 'container.seccomp.security.alpha.kubernetes.io/b': 'unconfined' }), expect: [['metadata', 'annotations', 'container.seccomp.security.alpha.kubernetes.io/b'], [...SC1, 'seccompProfile']] },
];

const table = suite('failingFieldPaths: one failing pod per check');

for (const { name, id, pod: p, expect } of CASES) {
  table(`${id}: ${name}`, () => {
    assert.equal(failingFieldPaths(id, p), expect);
  });
}

table('should cover every check ID', () => {
  const covered = new Set(CASES.map((c) => c.id));
  assert.equal(ALL_CHECKS.map((c) => c.id).filter((id) => !covered.has(id)), []);
});

table('should name nothing for an allowed pod or an unknown ID', () => {
  const allowed = pod({ containers: [good('a')] });
  for (const { id } of ALL_CHECKS) assert.equal(failingFieldPaths(id, allowed), [], id);
  assert.equal(failingFieldPaths('noSuchCheck', pod({ hostNetwork: true })), []);
  assert.equal(failingFieldPaths('constructor', pod({ hostNetwork: true })), []);
  assert.equal(failingFieldPaths('toString', pod({ hostNetwork: true })), []);
  // Allowed at every version (hostNetwork false; a sysctl allowed since v1.0) means nothing to name.
  assert.equal(failingFieldPaths('hostNamespaces', pod({ hostNetwork: false })), []);
  assert.equal(failingFieldPaths('sysctls', pod({ securityContext: { sysctls: [{ name: 'kernel.shm_rmid_forced' }] } })), []);
});

table('should never throw on odd input', () => {
  const odd: unknown[] = [
    null, undefined, 1, 'x', [], {}, { spec: null }, { spec: [] }, { metadata: null, spec: {} }, { metadata: { annotations: [] }, spec: {} },
    { spec: { containers: 'x', initContainers: [null, 1, 'a', []], volumes: [null, 'x', { hostPath: 'x' }], securityContext: { sysctls: [null, 3, { name: 1 }] } } },
    { spec: { containers: [{ securityContext: 'x', ports: 'x' }, { securityContext: { capabilities: { add: [null, 1], drop: 'ALL' } }, ports: [null, { hostPort: '1' }] }] } },
    { metadata: { annotations: { 'container.apparmor.security.beta.kubernetes.io/': 1 } }, spec: { securityContext: { seLinuxOptions: [], seccompProfile: 'x' } } },
  ];
  for (const value of odd) {
    for (const { id } of ALL_CHECKS) {
      const paths = failingFieldPaths(id, value as PssPod);
      assert.ok(Array.isArray(paths), `${id} on ${JSON.stringify(value)}`);
    }
  }
  // A null init container is an empty container, at its index.
  assert.equal(failingFieldPaths('runAsNonRoot', { metadata: {}, spec: { initContainers: [null] } }), [['spec', 'initContainers', 0, 'securityContext'], ['spec', 'initContainers', 0]]);
  assert.equal(failingFieldPaths('sysctls', { metadata: {}, spec: { securityContext: { sysctls: [null] } } }), [[...PSC, 'sysctls', 0, 'name'], [...PSC, 'sysctls', 0]]);
});

table('should offer the annotation a synced field comes from (decoded for a 1.30+ / 1.19–1.26 cluster)', () => {
  const annotated = (annotations: Record<string, string>): Record<string, unknown> => ({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'p', annotations },
    spec: { containers: [{ name: 'app', image: 'x' }] },
  });
  const decode = (object: Record<string, unknown>, kubeMinor: number): PssPod => {
    const result = toPssPod(object, 'Pod', { kubeMinor });
    if (!('pod' in result)) throw new Error(JSON.stringify(result));
    return result.pod;
  };
  const apparmor = decode(annotated({ 'container.apparmor.security.beta.kubernetes.io/app': 'unconfined' }), 31);
  assert.equal(failingFieldPaths('appArmorProfile', apparmor), [
    [...SC0, 'appArmorProfile', 'type'], [...SC0, 'appArmorProfile'], ['metadata', 'annotations', 'container.apparmor.security.beta.kubernetes.io/app'],
  ]);
  const seccomp = decode(annotated({ 'container.seccomp.security.alpha.kubernetes.io/app': 'unconfined' }), 25);
  assert.equal(failingFieldPaths('seccompProfile_restricted', seccomp), [
    [...SC0, 'seccompProfile', 'type'], [...SC0, 'seccompProfile'], ['metadata', 'annotations', 'container.seccomp.security.alpha.kubernetes.io/app'],
  ]);
  // A hostPort defaulted for a hostNetwork pod: the port entry is the alternative.
  const hostNetwork = decode({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec: { hostNetwork: true, containers: [{ name: 'app', image: 'x', ports: [{ containerPort: 80 }] }] } }, 31);
  assert.equal(failingFieldPaths('hostPorts', hostNetwork), [[...C0, 'ports', 0, 'hostPort'], [...C0, 'ports', 0]]);
});

table.run();

// --- the upstream fixtures ------------------------------------------------------------------------------------------

const ROOT = '__tests__/fixtures/psa-testdata';

interface Fixture {
  level: PssLevel;
  minor: number;
  name: string;
  object: Record<string, unknown>;
}

function loadFailFixtures(): Fixture[] {
  const fixtures: Fixture[] = [];
  for (const level of ['baseline', 'restricted'] as const) {
    for (const version of readdirSync(path.join(ROOT, level))) {
      const minor = Number(/^v1\.(\d+)$/.exec(version)?.[1]);
      for (const file of readdirSync(path.join(ROOT, level, version, 'fail')).filter((f) => f.endsWith('.yaml'))) {
        const name = `${level}/${version}/fail/${file}`;
        const { objects } = parseManifestFile({ path: name, text: readFileSync(path.join(ROOT, name), 'utf8') });
        fixtures.push({ level, minor, name, object: objects[0]?.value ?? {} });
      }
    }
  }
  return fixtures;
}

/** The value at `p` in a decoded manifest, or undefined (null counts as present: a `key: null` line exists). */
function resolve(root: unknown, p: Path): unknown {
  let current = root;
  for (const segment of p) {
    if (typeof segment === 'number' ? !Array.isArray(current) : typeof current !== 'object' || current === null || Array.isArray(current)) return undefined;
    current = (current as Record<string | number, unknown>)[segment];
    if (current === undefined) return undefined;
  }
  return current;
}

/**
 * What the first path names, as the check's detail must mention it: a container's or volume's quoted name, an
 * annotation key, a sysctl name, `pod` for the pod's security context, `hostX=true` for a host namespace.
 */
function mention(p: PssPod, first: Path): string {
  const [root, field, index] = first;
  if (root === 'metadata') return String(first[2]);
  if (field === 'initContainers' || field === 'containers' || field === 'ephemeralContainers' || field === 'volumes') {
    return `"${String(resolve(p, ['spec', field, index as number, 'name']) ?? '')}"`;
  }
  if (field === 'securityContext' && first[2] === 'sysctls') return String(resolve(p, [...first.slice(0, 4), 'name']) ?? '');
  if (field === 'securityContext') return 'pod';
  return `${String(field)}=true`;
}

/** The detail of the newest implementation of check `id` that fails on `p` ('' when none does). */
function newestFailingDetail(id: string, p: PssPod): string {
  const versions = ALL_CHECKS.find((c) => c.id === id)?.versions ?? [];
  for (const version of [...versions].reverse()) {
    const result = version.checkPod(p);
    if (!result.allowed) return result.forbiddenDetail ?? '';
  }
  return '';
}

const fixtures = loadFailFixtures();
const corpus = suite('failingFieldPaths on the psa-testdata fail fixtures');

corpus('should read every fail fixture', () => {
  assert.ok(fixtures.length > 2000, String(fixtures.length));
});

/**
 * Failed checks allowed to have no path, with the reason. None: every failed check of the corpus names a field.
 * (A check that fails on a pod always has an offender: each finder walks what its check walks.)
 */
const EXCEPTIONS: { name: RegExp; id: string; reason: string }[] = [];

for (const kubeMinor of [18, 24, 29, 36]) {
  corpus(`should name a field for every failed check of every fail fixture, consistent with the detail (target 1.${kubeMinor})`, () => {
    const problems: string[] = [];
    let checked = 0;
    for (const fixture of fixtures) {
      const result = toPssPod(fixture.object, 'Pod', { kubeMinor });
      if (!('pod' in result)) {
        problems.push(`${fixture.name}: not decoded`);
        continue;
      }
      const evaluation = evaluatePod(fixture.level, majorMinor(fixture.minor), result.pod);
      for (const { id, detail } of evaluation.results) {
        checked++;
        const where = `${fixture.name} ${id}`;
        const paths = failingFieldPaths(id, result.pod);
        if (paths.length === 0) {
          if (!EXCEPTIONS.some((e) => e.id === id && e.name.test(fixture.name))) problems.push(`${where}: no path (${detail})`);
          continue;
        }
        // The first offender is one the check complains about: at the fixture's version, or else at the newest
        // version of the check that fails on the pod (the one failingFieldPaths follows; e.g. a seccomp field synced
        // from its annotation on a 1.19–1.24 cluster, which v1.19+ reports where v1.0–v1.18 report the annotation).
        const named = mention(result.pod, paths[0]!);
        if (!detail.includes(named) && !newestFailingDetail(id, result.pod).includes(named)) {
          problems.push(`${where}: first path ${JSON.stringify(paths[0])} names ${named}, not in "${detail}"`);
        }
        // The caller reports at the first candidate present in the manifest as written.
        if (!paths.some((p) => resolve(fixture.object, p) !== undefined)) problems.push(`${where}: no candidate in the manifest: ${JSON.stringify(paths)}`);
      }
    }
    assert.ok(checked > 2000, String(checked));
    assert.equal(problems, []);
  });
}

corpus('should name, at latest, an offender of the latest detail', () => {
  // Where a check fails at latest, the named offender appears in its latest detail (no older-version fallback).
  const problems: string[] = [];
  for (const fixture of fixtures) {
    const result = toPssPod(fixture.object, 'Pod', { kubeMinor: 36 });
    if (!('pod' in result)) continue;
    for (const { id, detail } of evaluatePod(fixture.level, LATEST_VERSION, result.pod).results) {
      const paths = failingFieldPaths(id, result.pod);
      const named = paths[0] === undefined ? '<none>' : mention(result.pod, paths[0]);
      if (!detail.includes(named)) problems.push(`${fixture.name} ${id}: ${named} not in "${detail}"`);
    }
  }
  assert.equal(problems, []);
});

corpus.run();
