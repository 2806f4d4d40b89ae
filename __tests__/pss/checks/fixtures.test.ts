// psa-testdata smoke test of each check alone (upstream test/fixtures*.go data): `fail/<id><n>.yaml` must fail the
// check it is named after at its version, `pass/<id><n>.yaml` must pass it; plus the exact reason and detail of
// spec §5.1 for the fail fixtures at v1.37 and at the version-dependent boundaries.

import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { ALL_CHECKS } from '../../../src/pss/checks/index.js';
import type { CheckResult } from '../../../src/pss/types.js';
import { activeAt, checkOfFixture, fail, fixtureRoot, readFixtures, runAt } from './harness.js';
import type { Fixture } from './harness.js';

const fixtures = readFixtures(fixtureRoot());
const find = (level: Fixture['level'], minor: number, stem: string): Fixture => {
  const fixture = fixtures.find((f) => f.level === level && f.minor === minor && f.expect === 'fail' && f.stem === stem);
  if (fixture === undefined) throw new Error(`no fixture ${level}/v1.${minor}/fail/${stem}.yaml`);
  return fixture;
};
const byId = (id: string) => {
  const check = ALL_CHECKS.find((candidate) => candidate.id === id);
  if (check === undefined) throw new Error(`no check ${id}`);
  return check;
};

const smoke = suite('pss checks on psa-testdata');

smoke('should read the whole fixture tree (4,537 pods over v1.0–v1.37)', () => {
  assert.ok(fixtures.length >= 4500, `only ${fixtures.length} fixtures`);
  assert.equal([...new Set(fixtures.map((f) => f.minor))].sort((a, b) => a - b), Array.from({ length: 38 }, (_, i) => i));
});

smoke('should fail every fail fixture and pass every pass fixture on the check it is named after', () => {
  const disagreements: string[] = [];
  const exercised = new Map<string, number>();
  for (const fixture of fixtures) {
    const check = checkOfFixture(fixture.stem, ALL_CHECKS);
    if (check === undefined || activeAt(check, fixture.minor) === undefined) continue;
    const result = runAt(check, fixture.minor, fixture.pod);
    exercised.set(`${check.id}/${fixture.expect}`, (exercised.get(`${check.id}/${fixture.expect}`) ?? 0) + 1);
    if (result.allowed !== (fixture.expect === 'pass')) {
      disagreements.push(`${fixture.level}/v1.${fixture.minor}/${fixture.expect}/${fixture.stem}: ${JSON.stringify(result)}`);
    }
  }
  assert.equal(disagreements, []);
  for (const check of ALL_CHECKS) assert.ok((exercised.get(`${check.id}/fail`) ?? 0) > 0, `no fail fixture exercised ${check.id}`);
});

/** The checks a level runs at a version (spec §2.1): existing ones, minus the baseline IDs an active restricted one overrides. */
function levelChecks(level: Fixture['level'], minor: number) {
  const active = ALL_CHECKS.filter((check) => (level === 'restricted' || check.level === 'baseline') && activeAt(check, minor) !== undefined);
  const overridden = new Set(active.flatMap((check) => (check.level === 'restricted' ? activeAt(check, minor)?.overrides ?? [] : [])));
  return active.filter((check) => !overridden.has(check.id));
}

smoke('should give every fixture its level verdict when all the checks of the level run', () => {
  const disagreements = fixtures
    .filter((fixture) => levelChecks(fixture.level, fixture.minor).some((check) => !runAt(check, fixture.minor, fixture.pod).allowed) !== (fixture.expect === 'fail'))
    .map((fixture) => `${fixture.level}/v1.${fixture.minor}/${fixture.expect}/${fixture.stem}`);
  assert.equal(disagreements, []);
  assert.equal(levelChecks('baseline', 33).length, 11);
  assert.equal(levelChecks('baseline', 34).length, 12);
  assert.equal([7, 8, 22, 23, 34, 35].map((minor) => levelChecks('restricted', minor).length), [12, 13, 13, 14, 15, 15]);
});

smoke('should map every fixture stem to a check, except the base pods', () => {
  const unmapped = new Set(fixtures.filter((f) => checkOfFixture(f.stem, ALL_CHECKS) === undefined).map((f) => f.stem));
  assert.equal([...unmapped].sort(), ['base', 'base_linux', 'base_windows']);
});

const exact = suite('pss checks: exact details of the fail fixtures (spec §5.1)');

type Row = [stem: string, id: string, reason: string, detail: string];
const AA = 'container.apparmor.security.beta.kubernetes.io/';
const SC = 'container.seccomp.security.alpha.kubernetes.io/';
const C1 = 'container "container1"';
const I1 = 'container "initcontainer1"';
const BOTH = 'containers "initcontainer1", "container1"';
const hp = 'probe or lifecycle host';

const BASELINE_1_37: Row[] = [
  ['apparmorprofile0', 'appArmorProfile', 'forbidden AppArmor profile', `annotation must not set AppArmor profile type to "${AA}container1="unconfined""`],
  ['apparmorprofile1', 'appArmorProfile', 'forbidden AppArmor profile', `annotation must not set AppArmor profile type to "${AA}initcontainer1="unconfined""`],
  ['capabilities_baseline0', 'capabilities_baseline', 'non-default capabilities', `${C1} must not include "NET_RAW" in securityContext.capabilities.add`],
  ['capabilities_baseline1', 'capabilities_baseline', 'non-default capabilities', `${I1} must not include "NET_RAW" in securityContext.capabilities.add`],
  ['capabilities_baseline2', 'capabilities_baseline', 'non-default capabilities', `${C1} must not include "chown" in securityContext.capabilities.add`],
  ['capabilities_baseline3', 'capabilities_baseline', 'non-default capabilities', `${C1} must not include "CAP_CHOWN" in securityContext.capabilities.add`],
  ['hostnamespaces0', 'hostNamespaces', 'host namespaces', 'hostIPC=true'],
  ['hostnamespaces1', 'hostNamespaces', 'host namespaces', 'hostNetwork=true'],
  ['hostnamespaces2', 'hostNamespaces', 'host namespaces', 'hostPID=true'],
  ['hostpathvolumes0', 'hostPathVolumes', 'hostPath volumes', 'volume "volume-hostpath"'],
  ['hostpathvolumes1', 'hostPathVolumes', 'hostPath volumes', 'volumes "volume-hostpath-a", "volume-hostpath-b"'],
  ['hostports0', 'hostPorts', 'hostPort', `${C1} uses hostPort 12345`],
  ['hostports1', 'hostPorts', 'hostPort', `${I1} uses hostPort 12346`],
  ['hostports2', 'hostPorts', 'hostPort', `${BOTH} use hostPorts 12345, 12346`],
  ['hostprobesandhostlifecycle0', 'hostProbesAndHostLifecycle', hp, `${C1} uses probe or lifecycle host "bad.host"`],
  ['hostprobesandhostlifecycle1', 'hostProbesAndHostLifecycle', hp, `${I1} uses probe or lifecycle host "8.8.8.8"`],
  ['hostprobesandhostlifecycle2', 'hostProbesAndHostLifecycle', hp, `${C1} uses probe or lifecycle host "bad.host"`],
  ['hostprobesandhostlifecycle3', 'hostProbesAndHostLifecycle', hp, `${C1} uses probe or lifecycle host "127.0.0.1"`],
  ['hostprobesandhostlifecycle4', 'hostProbesAndHostLifecycle', hp, `${C1} uses probe or lifecycle host "::1"`],
  ['privileged0', 'privileged', 'privileged', `${C1} must not set securityContext.privileged=true`],
  ['privileged1', 'privileged', 'privileged', `${I1} must not set securityContext.privileged=true`],
  ['procmount0', 'procMount', 'procMount', `${C1} must not set securityContext.procMount to "Unmasked"`],
  ['procmount1', 'procMount', 'procMount', `${I1} must not set securityContext.procMount to "Unmasked"`],
  ['seccompprofile_baseline0', 'seccompProfile_baseline', 'seccompProfile', 'pod must not set securityContext.seccompProfile.type to "Unconfined"'],
  ['seccompprofile_baseline1', 'seccompProfile_baseline', 'seccompProfile', `${C1} must not set securityContext.seccompProfile.type to "Unconfined"`],
  ['seccompprofile_baseline2', 'seccompProfile_baseline', 'seccompProfile', `${I1} must not set securityContext.seccompProfile.type to "Unconfined"`],
  ['selinuxoptions0', 'seLinuxOptions', 'seLinuxOptions', 'pod set forbidden securityContext.seLinuxOptions: type "somevalue"'],
  ['selinuxoptions1', 'seLinuxOptions', 'seLinuxOptions', `${C1} set forbidden securityContext.seLinuxOptions: type "somevalue"`],
  ['selinuxoptions2', 'seLinuxOptions', 'seLinuxOptions', `${I1} set forbidden securityContext.seLinuxOptions: type "somevalue"`],
  ['selinuxoptions3', 'seLinuxOptions', 'seLinuxOptions', 'pod set forbidden securityContext.seLinuxOptions: user may not be set'],
  ['selinuxoptions4', 'seLinuxOptions', 'seLinuxOptions', 'pod set forbidden securityContext.seLinuxOptions: role may not be set'],
  ['sysctls0', 'sysctls', 'forbidden sysctls', 'othersysctl'],
  ['windowshostprocess0', 'windowsHostProcess', 'hostProcess', 'pod must not set securityContext.windowsOptions.hostProcess=true'],
  ['windowshostprocess1', 'windowsHostProcess', 'hostProcess', `${BOTH} must not set securityContext.windowsOptions.hostProcess=true`],
  ['windowshostprocess0', 'hostNamespaces', 'host namespaces', 'hostNetwork=true'],
];

const ape = (names: string): string => `${names} must set securityContext.allowPrivilegeEscalation=false`;
const seccompMust = (names: string): string => `pod or ${names} must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost"`;
const RESTRICTED_VOLUME_TYPES = [
  'gcePersistentDisk', 'awsElasticBlockStore', 'gitRepo', 'nfs', 'iscsi', 'glusterfs', 'rbd', 'flexVolume', 'cinder', 'cephfs',
  'flocker', 'fc', 'azureFile', 'vsphereVolume', 'quobyte', 'azureDisk', 'portworxVolume', 'scaleIO', 'storageos', 'hostPath',
];

const RESTRICTED_1_37: Row[] = [
  ['allowprivilegeescalation0', 'allowPrivilegeEscalation', 'allowPrivilegeEscalation != false', ape(C1)],
  ['allowprivilegeescalation1', 'allowPrivilegeEscalation', 'allowPrivilegeEscalation != false', ape(I1)],
  ['allowprivilegeescalation2', 'allowPrivilegeEscalation', 'allowPrivilegeEscalation != false', ape(C1)],
  ['allowprivilegeescalation3', 'allowPrivilegeEscalation', 'allowPrivilegeEscalation != false', ape(C1)],
  ['allowprivilegeescalation3', 'capabilities_restricted', 'unrestricted capabilities', `${C1} must set securityContext.capabilities.drop=["ALL"]`],
  ['capabilities_baseline0', 'capabilities_restricted', 'unrestricted capabilities', `${C1} must not include "NET_RAW" in securityContext.capabilities.add`],
  ['capabilities_baseline1', 'capabilities_restricted', 'unrestricted capabilities', `${I1} must not include "NET_RAW" in securityContext.capabilities.add`],
  ['capabilities_baseline2', 'capabilities_restricted', 'unrestricted capabilities', `${C1} must not include "chown" in securityContext.capabilities.add`],
  ['capabilities_baseline3', 'capabilities_restricted', 'unrestricted capabilities', `${C1} must not include "CAP_CHOWN" in securityContext.capabilities.add`],
  ['capabilities_restricted0', 'capabilities_restricted', 'unrestricted capabilities', `${C1} must set securityContext.capabilities.drop=["ALL"]`],
  ['capabilities_restricted1', 'capabilities_restricted', 'unrestricted capabilities', `${I1} must set securityContext.capabilities.drop=["ALL"]`],
  ['capabilities_restricted2', 'capabilities_restricted', 'unrestricted capabilities', `${BOTH} must set securityContext.capabilities.drop=["ALL"]`],
  ['capabilities_restricted3', 'capabilities_restricted', 'unrestricted capabilities', `${BOTH} must not include "AUDIT_WRITE", "CHOWN", "DAC_OVERRIDE", "FOWNER", "FSETID", "KILL", "MKNOD", "SETFCAP", "SETGID", "SETPCAP", "SETUID", "SYS_CHROOT" in securityContext.capabilities.add`],
  ['hostpathvolumes0', 'restrictedVolumes', 'restricted volume types', 'volume "volume-hostpath" uses restricted volume type "hostPath"'],
  ['hostpathvolumes1', 'restrictedVolumes', 'restricted volume types', 'volumes "volume-hostpath-a", "volume-hostpath-b" use restricted volume type "hostPath"'],
  ['privileged0', 'allowPrivilegeEscalation', 'allowPrivilegeEscalation != false', ape(C1)],
  ['privileged1', 'allowPrivilegeEscalation', 'allowPrivilegeEscalation != false', ape(I1)],
  ['procmount0', 'procMount_restricted', 'procMount', `${C1} must not set securityContext.procMount to "Unmasked"`],
  ['procmount_restricted1', 'procMount_restricted', 'procMount', `${I1} must not set securityContext.procMount to "Unmasked"`],
  ['runasnonroot0', 'runAsNonRoot', 'runAsNonRoot != true', `pod or ${BOTH} must set securityContext.runAsNonRoot=true`],
  ['runasnonroot1', 'runAsNonRoot', 'runAsNonRoot != true', 'pod must not set securityContext.runAsNonRoot=false'],
  ['runasnonroot2', 'runAsNonRoot', 'runAsNonRoot != true', `${C1} must not set securityContext.runAsNonRoot=false`],
  ['runasnonroot3', 'runAsNonRoot', 'runAsNonRoot != true', `${I1} must not set securityContext.runAsNonRoot=false`],
  ['runasuser0', 'runAsUser', 'runAsUser=0', 'pod must not set runAsUser=0'],
  ['runasuser1', 'runAsUser', 'runAsUser=0', `${C1} must not set runAsUser=0`],
  ['runasuser2', 'runAsUser', 'runAsUser=0', `${I1} must not set runAsUser=0`],
  ['seccompprofile_baseline0', 'seccompProfile_restricted', 'seccompProfile', 'pod must not set securityContext.seccompProfile.type to "Unconfined"'],
  ['seccompprofile_baseline2', 'seccompProfile_restricted', 'seccompProfile', `${I1} must not set securityContext.seccompProfile.type to "Unconfined"`],
  ['seccompprofile_restricted0', 'seccompProfile_restricted', 'seccompProfile', seccompMust(BOTH)],
  ['seccompprofile_restricted1', 'seccompProfile_restricted', 'seccompProfile', 'pod must not set securityContext.seccompProfile.type to "Unconfined"'],
  ['seccompprofile_restricted2', 'seccompProfile_restricted', 'seccompProfile', seccompMust(I1)],
  ['seccompprofile_restricted3', 'seccompProfile_restricted', 'seccompProfile', seccompMust(C1)],
  ['seccompprofile_restricted4', 'seccompProfile_restricted', 'seccompProfile', `${I1} must not set securityContext.seccompProfile.type to "Unconfined"`],
  ...RESTRICTED_VOLUME_TYPES.map((type, i): Row => [`restrictedvolumes${i}`, 'restrictedVolumes', 'restricted volume types', `volume "volume1" uses restricted volume type "${type}"`]),
];

/** Fixtures whose detail depends on the version (spec §5.1, second table), as [level, minor, stem, id, reason, detail]. */
const BOUNDARIES: [Fixture['level'], number, ...Row][] = [
  ['baseline', 18, 'seccompprofile_baseline0', 'seccompProfile_baseline', 'seccompProfile', 'forbidden annotation seccomp.security.alpha.kubernetes.io/pod="unconfined"'],
  ['baseline', 0, 'seccompprofile_baseline1', 'seccompProfile_baseline', 'seccompProfile', `forbidden annotation ${SC}container1="unconfined"`],
  ['restricted', 18, 'seccompprofile_baseline2', 'seccompProfile_baseline', 'seccompProfile', `forbidden annotation ${SC}initcontainer1="unconfined"`],
  ['restricted', 19, 'seccompprofile_baseline1', 'seccompProfile_restricted', 'seccompProfile', `${C1} must not set securityContext.seccompProfile.type to "Unconfined"`],
  ['restricted', 21, 'capabilities_baseline0', 'capabilities_baseline', 'non-default capabilities', `${C1} must not include "NET_RAW" in securityContext.capabilities.add`],
  ['restricted', 8, 'allowprivilegeescalation3', 'allowPrivilegeEscalation', 'allowPrivilegeEscalation != false', ape(C1)],
  ['restricted', 7, 'privileged0', 'privileged', 'privileged', `${C1} must not set securityContext.privileged=true`],
  ['restricted', 34, 'procmount1', 'procMount', 'procMount', `${I1} must not set securityContext.procMount to "Unmasked"`],
  ['restricted', 35, 'procmount1', 'procMount_restricted', 'procMount', `${I1} must not set securityContext.procMount to "Unmasked"`],
];

const expectRow = (level: Fixture['level'], minor: number, [stem, id, reason, detail]: Row): void => {
  const actual: CheckResult = runAt(byId(id), minor, find(level, minor, stem).pod);
  assert.equal({ ...actual }, fail(reason, detail), `${level}/v1.${minor}/fail/${stem} on ${id}`);
};

exact('baseline v1.37 fail fixtures', () => BASELINE_1_37.forEach((row) => expectRow('baseline', 37, row)));
exact('baseline fail fixtures at restricted v1.37 (rendered from the restricted base pod)', () => {
  const notOverridden = BASELINE_1_37.filter(([, id]) => !['capabilities_baseline', 'hostPathVolumes', 'procMount', 'seccompProfile_baseline'].includes(id));
  notOverridden.forEach((row) => expectRow('restricted', 37, row));
});
exact('restricted v1.37 fail fixtures', () => RESTRICTED_1_37.forEach((row) => expectRow('restricted', 37, row)));
exact('version-dependent fail fixtures', () => BOUNDARIES.forEach(([level, minor, ...row]) => expectRow(level, minor, row)));

smoke.run();
exact.run();
