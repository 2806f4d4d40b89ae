// Tests for policies.ts: preparePolicies (what the API server stores and what admission can use, spec §5.2, §10) and
// policyErrorPath. TestCreateProvidersFromConstraints of plugin/pkg/admission/security/podsecuritypolicy/admission_test.go
// (1.17–1.20) is the "ignored" case; policies are read from real YAML so locations are checked too.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { PodSecurityPolicy } from '../../src/api/policy.js';
import { Locator } from '../../src/load/locate.js';
import type { Sourced } from '../../src/load/objects.js';
import { readObjects } from '../../src/load/objects.js';
import { parseManifestFile } from '../../src/load/parse.js';
import { policyErrorPath, preparePolicies, type PreparePoliciesOptions } from '../../src/psp/policies.js';
import { deepFreeze } from './psp-fixtures.js';

const FILE = 'policies.yaml';
const header = (name: string): string => `apiVersion: policy/v1beta1\nkind: PodSecurityPolicy\nmetadata:\n  name: ${name}\nspec:\n`;
const RUN_AS_ANY = '  seLinux: {rule: RunAsAny}\n  supplementalGroups: {rule: RunAsAny}\n  fsGroup: {rule: RunAsAny}\n';

/** Reads the YAML as podgate does, freezes the policies, and prepares them. */
function prepare(text: string, options: PreparePoliciesOptions = { kubeMinor: 24 }) {
  const locator = new Locator(new Map([[FILE, text]]));
  const read = readObjects(parseManifestFile({ path: FILE, text }).objects, { defaultNamespace: 'default', kubeMinor: options.kubeMinor }, locator);
  const policies = deepFreeze(read.cluster.policies) as Sourced<PodSecurityPolicy>[];
  const result = preparePolicies(policies, options, locator);
  return { policies, result, stored: result.providers.map((provider) => provider.psp) };
}
const ref = (name: string) => ({ apiVersion: 'policy/v1beta1', kind: 'PodSecurityPolicy', name });
const at = (startLine: number, startColumn: number, endLine: number, endColumn: number) => ({ file: FILE, startLine, startColumn, endLine, endColumn });

const prepareSuite = suite('preparePolicies');

prepareSuite('should store a valid policy with v1beta1 defaults and without fields of disabled features', () => {
  const text = `${header('ok')}${RUN_AS_ANY}  runAsUser: {rule: RunAsAny}\n  allowedProcMountTypes: [Unmasked]\n  volumes: ['*']\n`;
  const { policies, result, stored } = prepare(text);
  assert.equal(
    { stored, sources: [...result.sources.entries()], diagnostics: result.diagnostics },
    {
      stored: [
        {
          apiVersion: 'policy/v1beta1',
          kind: 'PodSecurityPolicy',
          metadata: { name: 'ok' },
          spec: { seLinux: { rule: 'RunAsAny' }, supplementalGroups: { rule: 'RunAsAny' }, fsGroup: { rule: 'RunAsAny' }, runAsUser: { rule: 'RunAsAny' }, volumes: ['*'], allowPrivilegeEscalation: true },
        },
      ],
      sources: [['ok', policies[0]]],
      diagnostics: [],
    },
  );
});

prepareSuite('should keep allowedProcMountTypes with the ProcMountType gate and an explicit allowPrivilegeEscalation', () => {
  const text = `${header('ok')}${RUN_AS_ANY}  runAsUser: {rule: RunAsAny}\n  allowPrivilegeEscalation: false\n  allowedProcMountTypes: [Default, Unmasked]\n`;
  const { stored } = prepare(text, { kubeMinor: 24, featureGates: { ProcMountType: true } });
  assert.equal(stored.map((psp) => [psp.spec.allowPrivilegeEscalation, psp.spec.allowedProcMountTypes]), [[false, ['Default', 'Unmasked']]]);
});

prepareSuite('should drop allowedCSIDrivers before 1.16 (CSIInlineVolume off) and keep them from 1.16', () => {
  const text = `${header('csi')}${RUN_AS_ANY}  runAsUser: {rule: RunAsAny}\n  volumes: [configMap]\n  allowedCSIDrivers: [{name: csi.example.com}]\n`;
  assert.equal([prepare(text, { kubeMinor: 15 }).stored[0]?.spec.allowedCSIDrivers, prepare(text, { kubeMinor: 16 }).stored[0]?.spec.allowedCSIDrivers], [undefined, [{ name: 'csi.example.com' }]]);
});

prepareSuite('should report a policy the API server refuses, at its first error, with the others as related locations', () => {
  const text = `${header('bad')}  allowPrivilegeEscalation: false\n  defaultAllowPrivilegeEscalation: true\n${RUN_AS_ANY}  runAsUser: {rule: Root}\n`;
  const { result } = prepare(text);
  const dape = 'spec.defaultAllowPrivilegeEscalation: Invalid value: true: Cannot set DefaultAllowPrivilegeEscalation to true without also setting AllowPrivilegeEscalation to true';
  const rule = 'spec.runAsUser.rule: Unsupported value: "Root": supported values: "MustRunAs", "MustRunAsNonRoot", "RunAsAny"';
  assert.equal(
    { providers: result.providers, sources: result.sources.size, diagnostics: result.diagnostics },
    {
      providers: [],
      sources: 0,
      diagnostics: [
        {
          ruleId: 'invalid-pod-security-policy',
          severity: 'error',
          message: `PodSecurityPolicy.policy "bad" is invalid: [${rule}, ${dape}] — the API server refuses this object, so it takes no part in admission`,
          location: at(11, 21, 11, 25),
          object: ref('bad'),
          fieldPath: 'spec.runAsUser.rule',
          related: [{ message: dape, location: at(7, 36, 7, 40) }],
        },
      ],
    },
  );
});

prepareSuite('should report a stored policy whose strategies cannot be built as ignored (TestCreateProvidersFromConstraints)', () => {
  const text = `${header('ok')}${RUN_AS_ANY}  runAsUser: {rule: RunAsAny}\n---\n${header('bad-psp-user-options')}${RUN_AS_ANY}  runAsUser:\n    rule: MustRunAs\n`;
  const { result, stored } = prepare(text);
  assert.equal(
    { stored: stored.map((psp) => psp.metadata.name), diagnostics: result.diagnostics },
    {
      stored: ['ok'],
      diagnostics: [
        {
          ruleId: 'ignored-pod-security-policy',
          severity: 'warning',
          message: 'PodSecurityPolicy "bad-psp-user-options" is ignored by admission: MustRunAs requires at least one range. The API server accepts it but never uses it, without saying so',
          location: at(11, 1, 11, 1),
          object: ref('bad-psp-user-options'),
          related: [],
        },
      ],
    },
  );
});

prepareSuite('should build nothing from no policies', () => {
  const { result } = prepare('');
  assert.equal({ providers: result.providers, sources: result.sources.size, diagnostics: result.diagnostics }, { providers: [], sources: 0, diagnostics: [] });
});

prepareSuite.run();

const errorPath = suite('policyErrorPath');
for (const [path, expected] of [
  ['spec.runAsUser.rule', ['spec', 'runAsUser', 'rule']],
  ['allowedCapabilities', ['spec', 'allowedCapabilities']],
  ['requiredDropCapabilities', ['spec', 'requiredDropCapabilities']],
  ['metadata.name', ['metadata', 'name']],
  ['metadata.annotations[seccomp.security.alpha.kubernetes.io/defaultProfileName]', ['metadata', 'annotations', 'seccomp.security.alpha.kubernetes.io/defaultProfileName']],
  ['spec.allowedHostPaths[0]', ['spec', 'allowedHostPaths', 0]],
  ['spec.allowedFlexVolumes.allowedFlexVolumes[1].driver', ['spec', 'allowedFlexVolumes', 'allowedFlexVolumes', 1, 'driver']],
  ['spec.runtimeClass.allowedRuntimeClassNames', ['spec', 'runtimeClass', 'allowedRuntimeClassNames']],
  ['specialField', ['spec', 'specialField']],
  ['', ['spec']],
] as [string, (string | number)[]][]) {
  errorPath(`should turn ${JSON.stringify(path)} into YAML path segments`, () => {
    assert.equal(policyErrorPath(path), expected);
  });
}
errorPath.run();
