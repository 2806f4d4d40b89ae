// Pod Security Standards in lint (src/lint/pss.ts): namespace labels and defaults, enforce on Pods and
// controller-created pods, audit/warn on templates, the modes, the JSON `pss` field, and the PSA fixtures
// through the CLI (`--mode pss --pss-level L --pss-version V`).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { DEFAULT_LINT_OPTIONS, lint, type LintOptions } from '../../src/lint.js';
import { policyToEvaluate, defaultPolicy } from '../../src/lint/pss.js';
import { toJsonReport } from '../../src/report/json.js';
import { runCli } from '../conformance/run-cli.js';

const NS = `apiVersion: v1
kind: Namespace
metadata:
  name: team
  labels:
    pod-security.kubernetes.io/enforce: restricted
`;
const POD = `apiVersion: v1
kind: Pod
metadata:
  name: web
  namespace: team
spec:
  containers:
    - name: app
      image: nginx
`;
const DEPLOY = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  namespace: team
spec:
  selector:
    matchLabels: {app: api}
  template:
    metadata:
      labels: {app: api}
    spec:
      containers:
        - name: app
          image: nginx
          securityContext:
            privileged: true
`;
const GOOD_POD = `apiVersion: v1
kind: Pod
metadata:
  name: good
  namespace: team
spec:
  securityContext:
    runAsNonRoot: true
    seccompProfile: {type: RuntimeDefault}
  containers:
    - name: app
      image: nginx
      securityContext:
        allowPrivilegeEscalation: false
        capabilities: {drop: [ALL]}
`;
const PSP = `apiVersion: policy/v1beta1
kind: PodSecurityPolicy
metadata:
  name: open
spec:
  privileged: true
  seLinux: {rule: RunAsAny}
  runAsUser: {rule: RunAsAny}
  supplementalGroups: {rule: RunAsAny}
  fsGroup: {rule: RunAsAny}
  volumes: ['*']
`;

const run = (files: Record<string, string>, options: Partial<LintOptions> = {}) =>
  lint(Object.entries(files).map(([p, text]) => ({ path: p, text })), { ...DEFAULT_LINT_OPTIONS, ...options });

const RESTRICTED_POD_CHECKS = ['allowPrivilegeEscalation', 'capabilities_restricted', 'runAsNonRoot', 'seccompProfile_restricted'];

const policy = suite('policyToEvaluate');

policy('should take labels over defaults, let warn follow enforce, fail closed/open on invalid labels', () => {
  const p = policyToEvaluate({ 'pod-security.kubernetes.io/enforce': 'baseline', 'pod-security.kubernetes.io/enforce-version': 'v1.23' }, defaultPolicy({}));
  assert.equal([p.enforce.level, p.enforce.version.minor, p.warn.level, p.warn.version.minor, p.audit.level], ['baseline', 23, 'baseline', 23, 'privileged']);
  const bad = policyToEvaluate({ 'pod-security.kubernetes.io/enforce': 'Restricted', 'pod-security.kubernetes.io/audit': 'x' }, defaultPolicy({}));
  assert.equal([bad.enforce.level, bad.audit.level, bad.warn.level], ['restricted', 'privileged', 'privileged']);
  assert.equal(bad.errors, [
    'metadata.labels[pod-security.kubernetes.io/enforce]: Invalid value: "Restricted": must be one of privileged, baseline, restricted',
    'metadata.labels[pod-security.kubernetes.io/audit]: Invalid value: "x": must be one of privileged, baseline, restricted',
  ]);
  const defaults = policyToEvaluate(undefined, defaultPolicy({ level: 'baseline' }));
  assert.equal([defaults.enforce.level, defaults.warn.level], ['baseline', 'privileged']);
});

policy.run();

const modes = suite('lint modes');

modes('should enforce a labelled restricted namespace on a Pod and a Deployment\'s pods (--mode pss)', () => {
  const result = run({ 'ns.yaml': NS, 'pod.yaml': POD, 'deploy.yaml': DEPLOY, 'good.yaml': GOOD_POD }, { mode: 'pss' });
  const byName = new Map(result.pods.map((p) => [p.subject.ref.name, p]));
  const web = byName.get('web')!;
  assert.is(web.allowed, false);
  assert.is(web.reason, 'pod-security');
  assert.is(web.policy, 'restricted:latest');
  assert.equal(web.pss?.checks, RESTRICTED_POD_CHECKS);
  assert.ok(web.message?.startsWith('pods "web" is forbidden: violates PodSecurity "restricted:latest": allowPrivilegeEscalation != false'));
  const api = byName.get('api')!;
  assert.is(api.allowed, false);
  assert.equal(api.pss?.checks, ['privileged', ...RESTRICTED_POD_CHECKS]);
  assert.is(byName.get('good')!.allowed, true);
  // No PSP findings in pss mode; one error per failed enforce check.
  assert.equal(result.diagnostics.filter((d) => d.ruleId.startsWith('psp-')), []);
  const errors = result.diagnostics.filter((d) => d.ruleId === 'pss-violation');
  assert.is(errors.length, 4 + 5);
  assert.ok(errors.every((d) => d.severity === 'error'));
  // Each at the failing field: the value of `privileged`, else the container's securityContext missing the field.
  const where = (file: string) => errors.filter((d) => d.location.file === file).map((d) => `${/\[(\w+)\]$/.exec(d.message)?.[1]} ${d.location.startLine}:${d.location.startColumn}`);
  assert.equal(where('deploy.yaml'), ['allowPrivilegeEscalation 16:11', 'runAsNonRoot 16:11', 'seccompProfile_restricted 16:11', 'capabilities_restricted 16:11', 'privileged 17:25']);
  assert.equal(where('pod.yaml'), ['allowPrivilegeEscalation 8:7', 'runAsNonRoot 8:7', 'seccompProfile_restricted 8:7', 'capabilities_restricted 8:7']);
  // The Deployment template is warned too (warn follows enforce), as written.
  const warnings = result.diagnostics.filter((d) => d.ruleId === 'pss-warning' && d.location.file === 'deploy.yaml');
  assert.is(warnings.length, 5);
  assert.ok(warnings.every((d) => d.severity === 'warning' && d.message.includes('(warn, namespace "team")')));
  // A forbidden Pod gets no warning.
  assert.equal(result.diagnostics.filter((d) => d.ruleId === 'pss-warning' && d.location.file === 'pod.yaml'), []);
});

modes('should report audit and warn on a template without enforcing', () => {
  const ns = NS.replace('enforce: restricted', 'audit: restricted\n    pod-security.kubernetes.io/warn: baseline');
  const result = run({ 'ns.yaml': ns, 'deploy.yaml': DEPLOY }, { mode: 'pss' });
  assert.is(result.pods[0]!.allowed, true);
  assert.is(result.pods[0]!.pss?.level, 'privileged');
  const messages = result.diagnostics.filter((d) => d.ruleId === 'pss-warning').map((d) => d.message);
  assert.is(messages.filter((m) => m.includes('"restricted:latest"') && m.includes('(audit,')).length, 5);
  assert.equal(messages.filter((m) => m.includes('"baseline:latest"')), ['would violate PodSecurity "baseline:latest": privileged (container "app" must not set securityContext.privileged=true) [privileged] (warn, namespace "team")']);
});

modes('should keep PSP only in --mode psp and add PSS in auto/both where labelled', () => {
  const files = { 'ns.yaml': NS, 'pod.yaml': POD, 'psp.yaml': PSP };
  const psp = run(files, { mode: 'psp' });
  assert.is(psp.pods[0]!.pss, undefined);
  assert.equal(psp.diagnostics.filter((d) => d.ruleId.startsWith('pss-')), []);
  for (const mode of ['auto', 'both'] as const) {
    const result = run(files, { mode, alwaysAllow: true });
    const pod = result.pods[0]!;
    assert.is(pod.pss?.allowed, false, mode);
    assert.is(pod.allowed, false, mode);
    assert.is(pod.reason, 'pod-security', mode);
    assert.is(result.diagnostics.filter((d) => d.ruleId === 'pss-violation').length, 4, mode);
  }
  // Auto without labels or a default level: PSP only, exactly as before.
  const plain = run({ 'pod.yaml': POD.replace('namespace: team', 'namespace: other'), 'psp.yaml': PSP }, { alwaysAllow: true });
  assert.is(plain.pods[0]!.pss, undefined);
  assert.is(plain.pods[0]!.allowed, true);
  assert.equal(plain.diagnostics.filter((d) => d.ruleId.startsWith('pss-')), []);
  // Auto with a default level applies it to unlabelled namespaces too.
  const defaulted = run({ 'pod.yaml': POD.replace('namespace: team', 'namespace: other'), 'psp.yaml': PSP }, { alwaysAllow: true, pss: { level: 'baseline' } });
  assert.equal(defaulted.pods[0]!.pss?.checks, []);
  assert.is(defaulted.pods[0]!.pss?.level, 'baseline');
});

modes('should, in auto without any sign of PodSecurityPolicy, admit and warn what restricted would reject', () => {
  const other = POD.replace('namespace: team', 'namespace: other');
  const result = run({ 'pod.yaml': other });
  const pod = result.pods[0]!;
  assert.equal([pod.allowed, pod.reason, pod.policy, pod.message], [true, 'admitted', null, null]);
  assert.equal([pod.pss?.level, pod.pss?.version, pod.pss?.allowed, pod.pss?.checks, pod.pss?.advisory], ['restricted', 'latest', false, RESTRICTED_POD_CHECKS, true]);
  assert.equal(result.diagnostics.map((d) => [d.ruleId, d.severity]), RESTRICTED_POD_CHECKS.map(() => ['pss-warning', 'warning']));
  const advisory = '(advisory: no PodSecurityPolicy and no Pod Security level configured)';
  assert.equal(result.diagnostics.map((d) => d.message), [
    `would violate PodSecurity "restricted:latest": allowPrivilegeEscalation != false (container "app" must set securityContext.allowPrivilegeEscalation=false) [allowPrivilegeEscalation] ${advisory}`,
    `would violate PodSecurity "restricted:latest": runAsNonRoot != true (pod or container "app" must set securityContext.runAsNonRoot=true) [runAsNonRoot] ${advisory}`,
    `would violate PodSecurity "restricted:latest": seccompProfile (pod or container "app" must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost") [seccompProfile_restricted] ${advisory}`,
    `would violate PodSecurity "restricted:latest": unrestricted capabilities (container "app" must set securityContext.capabilities.drop=["ALL"]) [capabilities_restricted] ${advisory}`,
  ]);
  // A labelled namespace is judged by its labels, the others still get the advisory.
  const labelled = run({ 'ns.yaml': NS, 'pod.yaml': POD, 'other.yaml': other });
  assert.equal(labelled.pods.map((p) => [p.subject.ref.namespace, p.allowed, p.pss?.level, p.pss?.advisory ?? false]), [['other', true, 'restricted', true], ['team', false, 'restricted', false]]);
});

modes('should, in auto, simulate PodSecurityPolicy when a policy, a grant of policies or a Kubernetes version says the cluster runs it', () => {
  const other = POD.replace('namespace: team', 'namespace: other');
  const grant = `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: psp-user
rules:
  - apiGroups: [policy]
    resources: [podsecuritypolicies]
    verbs: [use]
`;
  const wildcard = grant.replace('[podsecuritypolicies]', "['*']");
  const verdict = (files: Record<string, string>, options: Partial<LintOptions> = {}) => {
    const pod = run(files, options).pods[0]!;
    return [pod.allowed, pod.reason, pod.pss?.advisory ?? false];
  };
  assert.equal(verdict({ 'pod.yaml': other, 'psp.yaml': PSP }, { alwaysAllow: true }), [true, 'admitted', false]);
  assert.equal(verdict({ 'pod.yaml': other, 'role.yaml': grant }), [false, 'no-providers', false]);
  assert.equal(verdict({ 'pod.yaml': other }, { kubernetesVersion: '1.15', kubernetesVersionGiven: true }), [false, 'no-providers', false]);
  // A wildcard rule says nothing about PodSecurityPolicy; --mode psp always simulates it, --mode pss never.
  assert.equal(verdict({ 'pod.yaml': other, 'role.yaml': wildcard }), [true, 'admitted', true]);
  assert.equal(verdict({ 'pod.yaml': other }, { mode: 'psp' }), [false, 'no-providers', false]);
  assert.equal(verdict({ 'pod.yaml': other, 'psp.yaml': PSP }, { mode: 'pss', alwaysAllow: true }), [true, 'admitted', false]);
});

modes('should exempt namespaces and runtime classes', () => {
  const result = run({ 'ns.yaml': NS, 'pod.yaml': POD }, { mode: 'pss', pss: { exemptions: { namespaces: ['team'] } } });
  assert.is(result.pods[0]!.allowed, true);
  assert.is(result.pods[0]!.pss?.exempt, 'namespace');
  assert.equal(result.diagnostics.filter((d) => d.ruleId.startsWith('pss-')), []);
});

modes('should write the pss field in JSON', () => {
  const report = toJsonReport(run({ 'ns.yaml': NS, 'pod.yaml': POD }, { mode: 'pss' }));
  assert.equal(report.pods[0]!.pss, {
    level: 'restricted',
    version: 'latest',
    allowed: false,
    checks: RESTRICTED_POD_CHECKS,
    message: report.pods[0]!.message,
  });
  assert.is(report.summary.forbidden, 1);
  assert.is(toJsonReport(run({ 'pod.yaml': POD }, { mode: 'psp' })).pods[0]!.pss, undefined);
});

modes.run();

const FIXTURES = fileURLToPath(new URL('../fixtures/psa-testdata/', import.meta.url));
/** Fixture file stem (`seccompprofile_restricted2`) → check id (`seccompProfile_restricted`). */
const CHECK_IDS = ['allowPrivilegeEscalation', 'appArmorProfile', 'capabilities_baseline', 'capabilities_restricted', 'hostNamespaces', 'hostPathVolumes', 'hostPorts', 'hostProbesAndHostLifecycle', 'privileged', 'procMount', 'procMount_restricted', 'restrictedVolumes', 'runAsNonRoot', 'runAsUser', 'seLinuxOptions', 'seccompProfile_baseline', 'seccompProfile_restricted', 'sysctls', 'windowsHostProcess'];
const checkOfStem = (stem: string): string | undefined => CHECK_IDS.find((id) => id.toLowerCase() === stem.replace(/\d+$/, ''));
/** At restricted a baseline check may be replaced by the restricted check that overrides it (spec §2.1). */
const OVERRIDDEN_BY: Record<string, string> = { hostPathVolumes: 'restrictedVolumes', capabilities_baseline: 'capabilities_restricted', seccompProfile_baseline: 'seccompProfile_restricted', procMount: 'procMount_restricted' };

const cli = suite('psa-testdata through the CLI');

cli('should admit every pass fixture and deny every fail fixture with its check (--mode pss)', async () => {
  const mismatches: string[] = [];
  let judged = 0;
  for (const level of ['baseline', 'restricted']) {
    for (const version of readdirSync(path.join(FIXTURES, level)).sort()) {
      const dir = path.join(FIXTURES, level, version);
      const { stdout, code, stderr } = await runCli(['--format', 'json', '--no-config', '--mode', 'pss', '--pss-level', level, '--pss-version', version, dir]);
      if (code === 2) {
        mismatches.push(`${level}/${version}: exit 2 ${stderr}`);
        continue;
      }
      const report = JSON.parse(stdout) as { pods: { file: string; allowed: boolean; pss?: { checks: string[] } }[] };
      const expected = ['pass', 'fail'].flatMap((kind) =>
        readdirSync(path.join(dir, kind)).filter((f) => f.endsWith('.yaml')).map((f) => ({ kind, file: `${kind}/${f}` })),
      );
      for (const { kind, file } of expected) {
        const pod = report.pods.find((p) => p.file.endsWith(file));
        judged++;
        if (pod === undefined) mismatches.push(`${level}/${version}/${file}: not judged`);
        else if (kind === 'pass' && !pod.allowed) mismatches.push(`${level}/${version}/${file}: denied ${pod.pss?.checks.join(',')}`);
        else if (kind === 'fail') {
          const check = checkOfStem(path.basename(file, '.yaml'));
          if (pod.allowed) mismatches.push(`${level}/${version}/${file}: admitted`);
          else if (check === undefined || !(pod.pss?.checks.includes(check) || (level === 'restricted' && pod.pss?.checks.includes(OVERRIDDEN_BY[check] ?? '')))) mismatches.push(`${level}/${version}/${file}: checks ${pod.pss?.checks.join(',')}, expected ${check}`);
        }
      }
    }
  }
  assert.equal(mismatches.slice(0, 40), []);
  assert.ok(judged > 4000, `judged ${judged}`);
});

cli('should refuse a bad --mode, --pss-level or --pss-version', async () => {
  for (const args of [['--mode', 'x'], ['--pss-level', 'Restricted'], ['--pss-version', 'v1.05']]) {
    const { code } = await runCli(['--no-config', ...args, FIXTURES + 'baseline/v1.0/pass']);
    assert.is(code, 2, args.join(' '));
  }
});

cli.run();
