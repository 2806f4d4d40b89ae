// Conformance with upstream's PodSecurity fixtures (fixtures/psa-testdata, spec §5.1): every
// `<level>/v1.<N>/{pass,fail}/<stem>.yaml` is decoded as a Pod, pre-processed as the API server would (§3.2,
// target ≥1.28) and evaluated at that level and version. Pass fixtures must be allowed; a fail fixture must be
// denied with the check its stem names (or the restricted check overriding it at that version) among the
// failures, and its message must carry upstream's expected substring. Every fail fixture's exact message is then
// compared with the §5.1 tables. Mismatches are aggregated, so a failure lists them all.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parseManifestFile } from '../../src/load/parse.js';
import { forbiddenMessage } from '../../src/pss/messages.js';
import { toPssPod } from '../../src/pss/pod.js';
import { evaluatePod } from '../../src/pss/registry.js';
import type { PssLevel, PssPod } from '../../src/pss/types.js';
import { majorMinor } from '../../src/pss/version.js';

const ROOT = '__tests__/fixtures/psa-testdata';

/** The 19 check IDs of spec §2.1; a fixture stem is a lower-cased ID plus an index. */
const CHECK_IDS = [
  'appArmorProfile', 'capabilities_baseline', 'hostNamespaces', 'hostPathVolumes', 'hostPorts', 'hostProbesAndHostLifecycle',
  'privileged', 'procMount', 'seLinuxOptions', 'seccompProfile_baseline', 'sysctls', 'windowsHostProcess',
  'allowPrivilegeEscalation', 'capabilities_restricted', 'procMount_restricted', 'restrictedVolumes', 'runAsNonRoot',
  'runAsUser', 'seccompProfile_restricted',
];
const ID_BY_PREFIX = new Map(CHECK_IDS.map((id) => [id.toLowerCase(), id]));

/** Spec §2.2: the baseline checks a restricted check replaces, from that policy version on. */
const OVERRIDES = [
  { id: 'hostPathVolumes', by: 'restrictedVolumes', from: 0 },
  { id: 'seccompProfile_baseline', by: 'seccompProfile_restricted', from: 19 },
  { id: 'capabilities_baseline', by: 'capabilities_restricted', from: 22 },
  { id: 'procMount', by: 'procMount_restricted', from: 35 },
];

/** Upstream's expected message substring per check (test/fixtures*.go; the ID is the default), spec §5.1. */
const SUBSTRING: Record<string, string> = {
  appArmorProfile: 'forbidden AppArmor profile',
  capabilities_baseline: 'capabilities',
  capabilities_restricted: 'unrestricted capabilities',
  hostNamespaces: 'host namespaces',
  hostPathVolumes: 'hostPath',
  hostPorts: 'hostPort',
  hostProbesAndHostLifecycle: 'probe or lifecycle host',
  procMount_restricted: 'procMount',
  restrictedVolumes: 'restricted volume types',
  seccompProfile_baseline: 'seccompProfile',
  seccompProfile_restricted: 'seccompProfile',
  sysctls: 'forbidden sysctl',
  windowsHostProcess: 'hostProcess',
};

interface Fixture {
  level: PssLevel;
  minor: number;
  outcome: 'pass' | 'fail';
  stem: string;
  /** `<level>/v1.<N>/<outcome>/<stem>.yaml` */
  name: string;
  /** The decoded Pod object. */
  object: Record<string, unknown>;
}

/** Reads and parses every fixture once (the loader's YAML 1.1 reading, as for any manifest). */
function loadFixtures(): Fixture[] {
  const fixtures: Fixture[] = [];
  for (const level of ['baseline', 'restricted'] as const) {
    for (const version of readdirSync(path.join(ROOT, level))) {
      const minor = Number(/^v1\.(\d+)$/.exec(version)?.[1]);
      for (const outcome of ['pass', 'fail'] as const) {
        for (const file of readdirSync(path.join(ROOT, level, version, outcome)).filter((f) => f.endsWith('.yaml'))) {
          const name = `${level}/${version}/${outcome}/${file}`;
          const { objects } = parseManifestFile({ path: name, text: readFileSync(path.join(ROOT, name), 'utf8') });
          fixtures.push({ level, minor, outcome, stem: file.slice(0, -'.yaml'.length), name, object: objects[0]?.value ?? {} });
        }
      }
    }
  }
  return fixtures;
}

/** The check a fail fixture must trip: its stem's check, or the restricted check overriding it (§5.1). */
function expectedCheck(level: PssLevel, minor: number, stem: string): string | undefined {
  const id = ID_BY_PREFIX.get(stem.replace(/\d+$/, ''));
  const override = OVERRIDES.find((o) => o.id === id && level === 'restricted' && minor >= o.from);
  return override?.by ?? id;
}

/** The pod PSA sees for a fixture on a target cluster of `kubeMinor`, or a decoding error text. */
function fixturePod(fixture: Fixture, kubeMinor: number): PssPod | string {
  const result = toPssPod(fixture.object, 'Pod', { kubeMinor });
  return 'pod' in result ? result.pod : `not a pod: ${JSON.stringify(result)}`;
}

const fixtures = loadFixtures();
const conformance = suite('psa-testdata');

conformance('should read every fixture of the corpus (4,537 Pods, v1.0 to v1.37)', () => {
  const count = (level: string, outcome: string, minor?: number): number =>
    fixtures.filter((f) => f.level === level && f.outcome === outcome && (minor === undefined || f.minor === minor)).length;
  assert.equal(fixtures.length, 4537);
  assert.equal(new Set(fixtures.map((f) => f.minor)).size, 38);
  assert.equal(
    [count('baseline', 'pass', 33), count('baseline', 'fail', 33), count('baseline', 'pass', 37), count('baseline', 'fail', 37)],
    [11, 29, 15, 34],
  );
  assert.equal([count('restricted', 'pass', 0), count('restricted', 'fail', 0), count('restricted', 'pass', 37), count('restricted', 'fail', 37)], [14, 53, 23, 76]);
});

for (const kubeMinor of [29, 36]) {
  conformance(`should allow every pass fixture and deny every fail fixture with its check (target 1.${kubeMinor})`, () => {
    const mismatches: string[] = [];
    for (const fixture of fixtures) {
      const { level, minor, outcome, stem, name } = fixture;
      const pod = fixturePod(fixture, kubeMinor);
      if (typeof pod === 'string') {
        mismatches.push(`${name}: ${pod}`);
        continue;
      }
      const { allowed, results } = evaluatePod(level, majorMinor(minor), pod);
      const message = forbiddenMessage(stem, level, majorMinor(minor), results);
      if (outcome === 'pass') {
        if (!allowed) mismatches.push(`${name}: denied: ${message}`);
        continue;
      }
      const expected = expectedCheck(level, minor, stem);
      const ids = results.map((r) => r.id);
      const substring = SUBSTRING[expected ?? ''] ?? expected ?? '?';
      if (expected === undefined) mismatches.push(`${name}: no check is named by the stem`);
      else if (allowed) mismatches.push(`${name}: allowed, expected ${expected}`);
      else if (!ids.includes(expected)) mismatches.push(`${name}: expected ${expected} among [${ids.join(', ')}]: ${message}`);
      else if (!message.includes(substring) || message.includes('unknown forbidden reason')) mismatches.push(`${name}: message lacks "${substring}": ${message}`);
      else if (!message.startsWith(`pods "${stem}" is forbidden: violates PodSecurity "${level}:v1.${minor}": `)) mismatches.push(`${name}: envelope: ${message}`);
    }
    assert.equal(mismatches, []);
  });
}

/** Spec §5.1: the failed check IDs and the detail of every fail fixture at v1.37 (rows "as at baseline" and
 * restrictedvolumes0…19 are filled in below). */
const AT_V1_37: [PssLevel, string, string[], string][] = [
  ['baseline', 'apparmorprofile0', ['appArmorProfile'], 'forbidden AppArmor profile (annotation must not set AppArmor profile type to "container.apparmor.security.beta.kubernetes.io/container1="unconfined"")'],
  ['baseline', 'apparmorprofile1', ['appArmorProfile'], 'forbidden AppArmor profile (annotation must not set AppArmor profile type to "container.apparmor.security.beta.kubernetes.io/initcontainer1="unconfined"")'],
  ['baseline', 'capabilities_baseline0', ['capabilities_baseline'], 'non-default capabilities (container "container1" must not include "NET_RAW" in securityContext.capabilities.add)'],
  ['baseline', 'capabilities_baseline1', ['capabilities_baseline'], 'non-default capabilities (container "initcontainer1" must not include "NET_RAW" in securityContext.capabilities.add)'],
  ['baseline', 'capabilities_baseline2', ['capabilities_baseline'], 'non-default capabilities (container "container1" must not include "chown" in securityContext.capabilities.add)'],
  ['baseline', 'capabilities_baseline3', ['capabilities_baseline'], 'non-default capabilities (container "container1" must not include "CAP_CHOWN" in securityContext.capabilities.add)'],
  ['baseline', 'hostnamespaces0', ['hostNamespaces'], 'host namespaces (hostIPC=true)'],
  ['baseline', 'hostnamespaces1', ['hostNamespaces'], 'host namespaces (hostNetwork=true)'],
  ['baseline', 'hostnamespaces2', ['hostNamespaces'], 'host namespaces (hostPID=true)'],
  ['baseline', 'hostpathvolumes0', ['hostPathVolumes'], 'hostPath volumes (volume "volume-hostpath")'],
  ['baseline', 'hostpathvolumes1', ['hostPathVolumes'], 'hostPath volumes (volumes "volume-hostpath-a", "volume-hostpath-b")'],
  ['baseline', 'hostports0', ['hostPorts'], 'hostPort (container "container1" uses hostPort 12345)'],
  ['baseline', 'hostports1', ['hostPorts'], 'hostPort (container "initcontainer1" uses hostPort 12346)'],
  ['baseline', 'hostports2', ['hostPorts'], 'hostPort (containers "initcontainer1", "container1" use hostPorts 12345, 12346)'],
  ['baseline', 'hostprobesandhostlifecycle0', ['hostProbesAndHostLifecycle'], 'probe or lifecycle host (container "container1" uses probe or lifecycle host "bad.host")'],
  ['baseline', 'hostprobesandhostlifecycle1', ['hostProbesAndHostLifecycle'], 'probe or lifecycle host (container "initcontainer1" uses probe or lifecycle host "8.8.8.8")'],
  ['baseline', 'hostprobesandhostlifecycle2', ['hostProbesAndHostLifecycle'], 'probe or lifecycle host (container "container1" uses probe or lifecycle host "bad.host")'],
  ['baseline', 'hostprobesandhostlifecycle3', ['hostProbesAndHostLifecycle'], 'probe or lifecycle host (container "container1" uses probe or lifecycle host "127.0.0.1")'],
  ['baseline', 'hostprobesandhostlifecycle4', ['hostProbesAndHostLifecycle'], 'probe or lifecycle host (container "container1" uses probe or lifecycle host "::1")'],
  ['baseline', 'privileged0', ['privileged'], 'privileged (container "container1" must not set securityContext.privileged=true)'],
  ['baseline', 'privileged1', ['privileged'], 'privileged (container "initcontainer1" must not set securityContext.privileged=true)'],
  ['baseline', 'procmount0', ['procMount'], 'procMount (container "container1" must not set securityContext.procMount to "Unmasked")'],
  ['baseline', 'procmount1', ['procMount'], 'procMount (container "initcontainer1" must not set securityContext.procMount to "Unmasked")'],
  ['baseline', 'seccompprofile_baseline0', ['seccompProfile_baseline'], 'seccompProfile (pod must not set securityContext.seccompProfile.type to "Unconfined")'],
  ['baseline', 'seccompprofile_baseline1', ['seccompProfile_baseline'], 'seccompProfile (container "container1" must not set securityContext.seccompProfile.type to "Unconfined")'],
  ['baseline', 'seccompprofile_baseline2', ['seccompProfile_baseline'], 'seccompProfile (container "initcontainer1" must not set securityContext.seccompProfile.type to "Unconfined")'],
  ['baseline', 'selinuxoptions0', ['seLinuxOptions'], 'seLinuxOptions (pod set forbidden securityContext.seLinuxOptions: type "somevalue")'],
  ['baseline', 'selinuxoptions1', ['seLinuxOptions'], 'seLinuxOptions (container "container1" set forbidden securityContext.seLinuxOptions: type "somevalue")'],
  ['baseline', 'selinuxoptions2', ['seLinuxOptions'], 'seLinuxOptions (container "initcontainer1" set forbidden securityContext.seLinuxOptions: type "somevalue")'],
  ['baseline', 'selinuxoptions3', ['seLinuxOptions'], 'seLinuxOptions (pod set forbidden securityContext.seLinuxOptions: user may not be set)'],
  ['baseline', 'selinuxoptions4', ['seLinuxOptions'], 'seLinuxOptions (pod set forbidden securityContext.seLinuxOptions: role may not be set)'],
  ['baseline', 'sysctls0', ['sysctls'], 'forbidden sysctls (othersysctl)'],
  ['baseline', 'windowshostprocess0', ['hostNamespaces', 'windowsHostProcess'], 'host namespaces (hostNetwork=true), hostProcess (pod must not set securityContext.windowsOptions.hostProcess=true)'],
  ['baseline', 'windowshostprocess1', ['hostNamespaces', 'windowsHostProcess'], 'host namespaces (hostNetwork=true), hostProcess (containers "initcontainer1", "container1" must not set securityContext.windowsOptions.hostProcess=true)'],
  ['restricted', 'allowprivilegeescalation0', ['allowPrivilegeEscalation'], 'allowPrivilegeEscalation != false (container "container1" must set securityContext.allowPrivilegeEscalation=false)'],
  ['restricted', 'allowprivilegeescalation1', ['allowPrivilegeEscalation'], 'allowPrivilegeEscalation != false (container "initcontainer1" must set securityContext.allowPrivilegeEscalation=false)'],
  ['restricted', 'allowprivilegeescalation2', ['allowPrivilegeEscalation'], 'allowPrivilegeEscalation != false (container "container1" must set securityContext.allowPrivilegeEscalation=false)'],
  ['restricted', 'allowprivilegeescalation3', ['allowPrivilegeEscalation', 'capabilities_restricted'], 'allowPrivilegeEscalation != false (container "container1" must set securityContext.allowPrivilegeEscalation=false), unrestricted capabilities (container "container1" must set securityContext.capabilities.drop=["ALL"])'],
  ['restricted', 'capabilities_baseline0', ['capabilities_restricted'], 'unrestricted capabilities (container "container1" must not include "NET_RAW" in securityContext.capabilities.add)'],
  ['restricted', 'capabilities_baseline1', ['capabilities_restricted'], 'unrestricted capabilities (container "initcontainer1" must not include "NET_RAW" in securityContext.capabilities.add)'],
  ['restricted', 'capabilities_baseline2', ['capabilities_restricted'], 'unrestricted capabilities (container "container1" must not include "chown" in securityContext.capabilities.add)'],
  ['restricted', 'capabilities_baseline3', ['capabilities_restricted'], 'unrestricted capabilities (container "container1" must not include "CAP_CHOWN" in securityContext.capabilities.add)'],
  ['restricted', 'capabilities_restricted0', ['capabilities_restricted'], 'unrestricted capabilities (container "container1" must set securityContext.capabilities.drop=["ALL"])'],
  ['restricted', 'capabilities_restricted1', ['capabilities_restricted'], 'unrestricted capabilities (container "initcontainer1" must set securityContext.capabilities.drop=["ALL"])'],
  ['restricted', 'capabilities_restricted2', ['capabilities_restricted'], 'unrestricted capabilities (containers "initcontainer1", "container1" must set securityContext.capabilities.drop=["ALL"])'],
  ['restricted', 'capabilities_restricted3', ['capabilities_restricted'], 'unrestricted capabilities (containers "initcontainer1", "container1" must not include "AUDIT_WRITE", "CHOWN", "DAC_OVERRIDE", "FOWNER", "FSETID", "KILL", "MKNOD", "SETFCAP", "SETGID", "SETPCAP", "SETUID", "SYS_CHROOT" in securityContext.capabilities.add)'],
  ['restricted', 'hostpathvolumes0', ['restrictedVolumes'], 'restricted volume types (volume "volume-hostpath" uses restricted volume type "hostPath")'],
  ['restricted', 'hostpathvolumes1', ['restrictedVolumes'], 'restricted volume types (volumes "volume-hostpath-a", "volume-hostpath-b" use restricted volume type "hostPath")'],
  ['restricted', 'privileged0', ['privileged', 'allowPrivilegeEscalation'], 'privileged (container "container1" must not set securityContext.privileged=true), allowPrivilegeEscalation != false (container "container1" must set securityContext.allowPrivilegeEscalation=false)'],
  ['restricted', 'privileged1', ['privileged', 'allowPrivilegeEscalation'], 'privileged (container "initcontainer1" must not set securityContext.privileged=true), allowPrivilegeEscalation != false (container "initcontainer1" must set securityContext.allowPrivilegeEscalation=false)'],
  ['restricted', 'procmount0', ['procMount_restricted'], 'procMount (container "container1" must not set securityContext.procMount to "Unmasked")'],
  ['restricted', 'procmount1', ['procMount_restricted'], 'procMount (container "initcontainer1" must not set securityContext.procMount to "Unmasked")'],
  ['restricted', 'procmount_restricted0', ['procMount_restricted'], 'procMount (container "container1" must not set securityContext.procMount to "Unmasked")'],
  ['restricted', 'procmount_restricted1', ['procMount_restricted'], 'procMount (container "initcontainer1" must not set securityContext.procMount to "Unmasked")'],
  ['restricted', 'runasnonroot0', ['runAsNonRoot'], 'runAsNonRoot != true (pod or containers "initcontainer1", "container1" must set securityContext.runAsNonRoot=true)'],
  ['restricted', 'runasnonroot1', ['runAsNonRoot'], 'runAsNonRoot != true (pod must not set securityContext.runAsNonRoot=false)'],
  ['restricted', 'runasnonroot2', ['runAsNonRoot'], 'runAsNonRoot != true (container "container1" must not set securityContext.runAsNonRoot=false)'],
  ['restricted', 'runasnonroot3', ['runAsNonRoot'], 'runAsNonRoot != true (container "initcontainer1" must not set securityContext.runAsNonRoot=false)'],
  ['restricted', 'runasuser0', ['runAsUser'], 'runAsUser=0 (pod must not set runAsUser=0)'],
  ['restricted', 'runasuser1', ['runAsUser'], 'runAsUser=0 (container "container1" must not set runAsUser=0)'],
  ['restricted', 'runasuser2', ['runAsUser'], 'runAsUser=0 (container "initcontainer1" must not set runAsUser=0)'],
  ['restricted', 'seccompprofile_baseline0', ['seccompProfile_restricted'], 'seccompProfile (pod must not set securityContext.seccompProfile.type to "Unconfined")'],
  ['restricted', 'seccompprofile_baseline1', ['seccompProfile_restricted'], 'seccompProfile (container "container1" must not set securityContext.seccompProfile.type to "Unconfined")'],
  ['restricted', 'seccompprofile_baseline2', ['seccompProfile_restricted'], 'seccompProfile (container "initcontainer1" must not set securityContext.seccompProfile.type to "Unconfined")'],
  ['restricted', 'seccompprofile_restricted0', ['seccompProfile_restricted'], 'seccompProfile (pod or containers "initcontainer1", "container1" must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost")'],
  ['restricted', 'seccompprofile_restricted1', ['seccompProfile_restricted'], 'seccompProfile (pod must not set securityContext.seccompProfile.type to "Unconfined")'],
  ['restricted', 'seccompprofile_restricted2', ['seccompProfile_restricted'], 'seccompProfile (pod or container "initcontainer1" must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost")'],
  ['restricted', 'seccompprofile_restricted3', ['seccompProfile_restricted'], 'seccompProfile (pod or container "container1" must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost")'],
  ['restricted', 'seccompprofile_restricted4', ['seccompProfile_restricted'], 'seccompProfile (container "initcontainer1" must not set securityContext.seccompProfile.type to "Unconfined")'],
];
const RESTRICTED_VOLUME_TYPES = [
  'gcePersistentDisk', 'awsElasticBlockStore', 'gitRepo', 'nfs', 'iscsi', 'glusterfs', 'rbd', 'flexVolume', 'cinder', 'cephfs',
  'flocker', 'fc', 'azureFile', 'vsphereVolume', 'quobyte', 'azureDisk', 'portworxVolume', 'scaleIO', 'storageos', 'hostPath',
];
const SAME_AT_RESTRICTED = /^(apparmorprofile|hostnamespaces|hostports|hostprobesandhostlifecycle|selinuxoptions|sysctls|windowshostprocess)\d+$/;

interface Expected {
  ids: string[];
  detail: string;
}

const expectedV137 = new Map<string, Expected>(AT_V1_37.map(([level, stem, ids, detail]) => [`${level}/${stem}`, { ids, detail }]));
for (const [level, stem, ids, detail] of AT_V1_37) if (level === 'baseline' && SAME_AT_RESTRICTED.test(stem)) expectedV137.set(`restricted/${stem}`, { ids, detail });
RESTRICTED_VOLUME_TYPES.forEach((type, i) =>
  expectedV137.set(`restricted/restrictedvolumes${i}`, { ids: ['restrictedVolumes'], detail: `restricted volume types (volume "volume1" uses restricted volume type "${type}")` }),
);

const SECCOMP_ANNOTATIONS: Record<string, string> = {
  seccompprofile_baseline0: 'seccomp.security.alpha.kubernetes.io/pod',
  seccompprofile_baseline1: 'container.seccomp.security.alpha.kubernetes.io/container1',
  seccompprofile_baseline2: 'container.seccomp.security.alpha.kubernetes.io/initcontainer1',
};

/** Spec §5.1 "version-dependent fail fixtures"; every other fixture has its v1.37 detail at every version. */
function expectedAt(level: PssLevel, minor: number, stem: string): Expected | undefined {
  const annotation = SECCOMP_ANNOTATIONS[stem];
  if (annotation !== undefined && minor < 19) return { ids: ['seccompProfile_baseline'], detail: `seccompProfile (forbidden annotation ${annotation}="unconfined")` };
  if (level === 'restricted') {
    if (/^capabilities_baseline\d$/.test(stem) && minor < 22) return expectedV137.get(`baseline/${stem}`);
    if (/^privileged\d$/.test(stem) && minor < 8) return expectedV137.get(`baseline/${stem}`);
    if (/^procmount\d$/.test(stem) && minor < 35) return { ids: ['procMount'], detail: expectedV137.get(`restricted/${stem}`)?.detail ?? '' };
    if (stem === 'allowprivilegeescalation3' && minor < 22) {
      return { ids: ['allowPrivilegeEscalation'], detail: 'allowPrivilegeEscalation != false (container "container1" must set securityContext.allowPrivilegeEscalation=false)' };
    }
  }
  return expectedV137.get(`${level}/${stem}`);
}

conformance('should print the exact message of spec §5.1 for every fail fixture at every version (target 1.29)', () => {
  const mismatches: { fixture: string; expected: unknown; actual: unknown }[] = [];
  for (const fixture of fixtures.filter((f) => f.outcome === 'fail')) {
    const { level, minor, stem, name } = fixture;
    const expected = expectedAt(level, minor, stem);
    const pod = fixturePod(fixture, 29);
    const version = majorMinor(minor);
    const result = typeof pod === 'string' ? { allowed: true, results: [] } : evaluatePod(level, version, pod);
    const actual = { ids: result.results.map((r) => r.id), message: forbiddenMessage(stem, level, version, result.results) };
    const want = expected && { ids: expected.ids, message: `pods "${stem}" is forbidden: violates PodSecurity "${level}:v1.${minor}": ${expected.detail}` };
    if (!want || want.message !== actual.message || want.ids.join() !== actual.ids.join()) mismatches.push({ fixture: name, expected: want, actual });
  }
  assert.equal(mismatches, []);
});

conformance.run();
