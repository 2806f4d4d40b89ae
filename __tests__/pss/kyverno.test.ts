// Podgate's Pod Security Standards checks against Kyverno's own test verdicts (kyverno/policies pod-security/,
// fixtures in __tests__/fixtures/kyverno-policies, mapping of spec pod-security-standards §5.2): every Kyverno
// pass/fail for a Pod, Deployment or CronJob of a policy rule that expresses a PSA check must agree with the
// mapped check of podgate's evaluation at `latest`. Policies that do not map are listed with the reason.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadAll } from 'js-yaml';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { KUBECTL_SCHEMA } from '../../src/load/yaml11.js';
import { toPssPod, type PssObjectKind } from '../../src/pss/pod.js';
import { evaluatePod } from '../../src/pss/registry.js';
import { LATEST_VERSION, type PssLevel } from '../../src/pss/types.js';

const ROOT = fileURLToPath(new URL('../fixtures/kyverno-policies/', import.meta.url));

interface Mapping {
  level: PssLevel;
  /** The PSA check id; undefined: any check of the level (the PodSecurity subrules). */
  check?: string;
  /** The rule fails only when the check's detail has this part. */
  part?: RegExp;
}

/** Spec §5.2: Kyverno `policy/rule` → PSA check. */
const MAPPING: Record<string, Mapping> = {
  'disallow-capabilities/adding-capabilities': { level: 'baseline', check: 'capabilities_baseline' },
  'disallow-host-namespaces/host-namespaces': { level: 'baseline', check: 'hostNamespaces' },
  'disallow-host-path/host-path': { level: 'baseline', check: 'hostPathVolumes' },
  'disallow-host-ports/host-ports-none': { level: 'baseline', check: 'hostPorts' },
  'disallow-host-process/host-process-containers': { level: 'baseline', check: 'windowsHostProcess' },
  'disallow-privileged-containers/privileged-containers': { level: 'baseline', check: 'privileged' },
  'disallow-proc-mount/check-proc-mount': { level: 'baseline', check: 'procMount' },
  'disallow-selinux/selinux-type': { level: 'baseline', check: 'seLinuxOptions', part: /: (type|types) "/ },
  'disallow-selinux/selinux-user-role': { level: 'baseline', check: 'seLinuxOptions', part: /(user|role) may not be set/ },
  'restrict-apparmor-profiles/app-armor': { level: 'baseline', check: 'appArmorProfile' },
  'restrict-seccomp/check-seccomp': { level: 'baseline', check: 'seccompProfile_baseline' },
  'restrict-sysctls/check-sysctls': { level: 'baseline', check: 'sysctls' },
  'disallow-capabilities-strict/require-drop-all': { level: 'restricted', check: 'capabilities_restricted', part: /drop=\["ALL"\]/ },
  'disallow-capabilities-strict/adding-capabilities-strict': { level: 'restricted', check: 'capabilities_restricted', part: /must not include/ },
  'disallow-privilege-escalation/privilege-escalation': { level: 'restricted', check: 'allowPrivilegeEscalation' },
  'require-run-as-non-root-user/run-as-non-root-user': { level: 'restricted', check: 'runAsUser' },
  'require-run-as-nonroot/run-as-non-root': { level: 'restricted', check: 'runAsNonRoot' },
  'restrict-seccomp-strict/check-seccomp-strict': { level: 'restricted', check: 'seccompProfile_restricted' },
  'restrict-volume-types/restricted-volumes': { level: 'restricted', check: 'restrictedVolumes' },
  'podsecurity-subrule-baseline/baseline': { level: 'baseline' },
  'podsecurity-subrule-restricted/restricted': { level: 'restricted' },
};

/** Kyverno `policy/rule`s in the corpus's tests that are not compared, and why. */
const NOT_APPLICABLE: Record<string, string> = {
  'disallow-host-ports-range/host-port-range': 'Kyverno extra: host ports limited to a range (5000-6000); PSA only forbids non-zero hostPorts',
  'podsecurity-subrule-restricted-capabilities/restricted-exempt-capabilities': 'Kyverno podSecurity subrule with a Kyverno-specific exclude of the capabilities control (no PSA equivalent)',
  'podsecurity-subrule-restricted-seccomp/restricted-exempt-seccomp': 'Kyverno podSecurity subrule with a Kyverno-specific exclude of the seccomp control (no PSA equivalent)',
  'add-psa-labels/add-baseline-enforce-restricted-warn': 'psa/: mutates Namespaces to add PSA labels (wraps PSA itself, no pod check)',
  'add-psa-namespace-reporting/check-namespace-labels': 'psa/: audits Namespace labels (wraps PSA itself, no pod check)',
  'deny-privileged-profile/check-privileged': 'psa/: forbids the privileged PSA label on Namespaces (wraps PSA itself, no pod check)',
};
/** Whole folders not compared. */
const NOT_APPLICABLE_DIRS: Record<string, string> = {
  'psp-migration': 'PodSecurityPolicy-migration policies (mutations, runtimeClass/supplementalGroups/AppArmor-add rules): PSP semantics, not Pod Security Standards',
};

interface KyvernoResult {
  kind: string;
  policy: string;
  rule: string;
  resources?: string[];
  resource?: string;
  result: string;
}
interface KyvernoTest {
  resources: string[];
  results: KyvernoResult[];
}

function testFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...testFiles(full));
    else if (name === 'kyverno-test.yaml') out.push(full);
  }
  return out;
}

const load = (file: string): unknown[] => loadAll(readFileSync(file, 'utf8'), null, { schema: KUBECTL_SCHEMA, json: true }).filter((doc) => doc !== null && doc !== undefined);
type Obj = { kind?: string; metadata?: { name?: string } } & Record<string, unknown>;

const test = suite('kyverno');

test('podgate agrees with every applicable Kyverno verdict; non-applicable rules are listed', () => {
  const mismatches: string[] = [];
  const seenRules = new Map<string, string>(); // policy/rule -> top folder
  const counts = { pass: 0, fail: 0, skipped: 0, notApplicable: 0 };
  const perRule: Record<string, number> = {};
  for (const file of testFiles(ROOT)) {
    const rel = path.relative(ROOT, file);
    const top = rel.split(path.sep)[0]!;
    const spec = load(file)[0] as KyvernoTest;
    const objects = new Map<string, Obj>();
    for (const resource of spec.resources ?? []) {
      for (const doc of load(path.resolve(path.dirname(file), resource)) as Obj[]) objects.set(`${doc.kind}/${doc.metadata?.name}`, doc);
    }
    for (const result of spec.results) {
      const key = `${result.policy}/${result.rule}`;
      seenRules.set(key, top);
      const names = result.resources ?? (result.resource !== undefined ? [result.resource] : []);
      const mapping = MAPPING[key];
      if (mapping === undefined) {
        if (NOT_APPLICABLE[key] === undefined && NOT_APPLICABLE_DIRS[top] === undefined) mismatches.push(`${rel}: ${key} is neither mapped nor listed as not applicable`);
        counts.notApplicable += names.length;
        continue;
      }
      if (result.result !== 'pass' && result.result !== 'fail') {
        counts.skipped += names.length;
        continue;
      }
      for (const name of names) {
        const where = `${rel}: ${key} ${result.kind}/${name}`;
        const object = objects.get(`${result.kind}/${name}`);
        if (object === undefined) {
          mismatches.push(`${where}: resource not found`);
          continue;
        }
        const converted = toPssPod(object, result.kind as PssObjectKind, { kubeMinor: 36, asPod: result.kind === 'Pod' });
        if (!('pod' in converted)) {
          mismatches.push(`${where}: not evaluated (${JSON.stringify(converted)})`);
          continue;
        }
        const failed = evaluatePod(mapping.level, LATEST_VERSION, converted.pod).results.filter(
          (check) => (mapping.check === undefined || check.id === mapping.check) && (mapping.part === undefined || mapping.part.test(check.detail)),
        );
        const podgate = failed.length > 0 ? 'fail' : 'pass';
        if (podgate !== result.result) mismatches.push(`${where}: Kyverno ${result.result}, podgate ${podgate}${failed.length ? ` (${failed.map((c) => `${c.id}: ${c.detail}`).join('; ')})` : ''}`);
        counts[result.result] += 1;
        perRule[key] = (perRule[key] ?? 0) + 1;
      }
    }
  }
  // The exclusion lists are honest: every entry names a rule the corpus tests, in the folder it says.
  for (const key of Object.keys(NOT_APPLICABLE)) if (!seenRules.has(key)) mismatches.push(`NOT_APPLICABLE ${key} is not in any Kyverno test`);
  for (const key of Object.keys(MAPPING)) if (!seenRules.has(key)) mismatches.push(`MAPPING ${key} is not in any Kyverno test`);
  for (const dir of Object.keys(NOT_APPLICABLE_DIRS)) if (![...seenRules.values()].includes(dir)) mismatches.push(`NOT_APPLICABLE_DIRS ${dir} has no Kyverno test`);
  for (const [key, top] of seenRules) if (MAPPING[key] !== undefined && top !== 'pod-security') mismatches.push(`${key} mapped outside pod-security/`);
  assert.equal(mismatches, []);
  assert.equal(Object.keys(perRule).sort(), Object.keys(MAPPING).sort(), 'every mapped rule compared at least once');
  assert.equal(counts, { pass: 443, fail: 438, skipped: 0, notApplicable: 104 }, 'the corpus compared is the one this test was written against');
  console.log(`kyverno: ${counts.pass + counts.fail} verdicts agree (${counts.pass} pass, ${counts.fail} fail) over ${Object.keys(perRule).length} rules; ${counts.skipped} skip verdicts and ${counts.notApplicable} not-applicable verdicts not compared`);
});

test.run();
