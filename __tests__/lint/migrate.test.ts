// The migration forecast (src/lint/migrate.ts, spec pod-security-standards §4): namespace levels from templates
// as written, pods relying on PSP mutation (§4.3), the PSP -> PSS mapping (§4.1/§4.2), the text and JSON output.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { DEFAULT_LINT_OPTIONS, lint } from '../../src/lint.js';
import type { SourceFile } from '../../src/load/parse.js';
import { forecastMigration, mapPolicy, namespaceLabels, readPolicies } from '../../src/lint/migrate.js';
import { renderMigration } from '../../src/report/migration.js';
import { renderJson, toJsonReport } from '../../src/report/json.js';
import { RBAC } from './lint-fixtures.js';

const L = 'pod-security.kubernetes.io/';
const RESTRICTED_PSP = `apiVersion: policy/v1beta1
kind: PodSecurityPolicy
metadata:
  name: restricted
  annotations:
    seccomp.security.alpha.kubernetes.io/allowedProfileNames: 'runtime/default'
    seccomp.security.alpha.kubernetes.io/defaultProfileName: 'runtime/default'
spec:
  privileged: false
  allowPrivilegeEscalation: false
  requiredDropCapabilities: [ALL]
  volumes: [configMap, emptyDir, projected, secret, downwardAPI, persistentVolumeClaim]
  runAsUser: {rule: MustRunAsNonRoot}
  seLinux: {rule: RunAsAny}
  supplementalGroups: {rule: RunAsAny}
  fsGroup: {rule: RunAsAny}
`;
const HARDENED = `      securityContext:
        runAsNonRoot: true
        seccompProfile: {type: RuntimeDefault}
      containers:
        - name: app
          image: app
          securityContext:
            allowPrivilegeEscalation: false
            capabilities: {drop: [ALL]}
`;
const deployment = (name: string, podSpec: string): string => `apiVersion: apps/v1
kind: Deployment
metadata: {name: ${name}, namespace: team}
spec:
  replicas: 0
  selector: {matchLabels: {app: ${name}}}
  template:
    metadata: {labels: {app: ${name}}}
    spec:
${podSpec}`;
const CRONJOB = `apiVersion: batch/v1
kind: CronJob
metadata: {name: report, namespace: team}
spec:
  schedule: '0 3 * * *'
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: report
              image: report
`;
const REPO: SourceFile[] = [
  { path: 'policy.yaml', text: [RESTRICTED_PSP, RBAC].join('---\n') },
  { path: 'team/hardened.yaml', text: deployment('hardened', HARDENED) },
  { path: 'team/plain.yaml', text: deployment('plain', '      containers:\n        - name: app\n          image: app\n') },
  { path: 'team/report.yaml', text: CRONJOB },
];

const migrate = suite('migrate');

migrate('should give the namespace the strictest level all templates satisfy, with the pods holding it back', () => {
  const forecast = forecastMigration(lint(REPO, DEFAULT_LINT_OPTIONS), { policies: readPolicies(REPO) });
  assert.is(forecast.version, 'latest');
  assert.equal(forecast.namespaces.map((ns) => [ns.namespace, ns.level, ns.pods]), [['team', 'baseline', 3]]);
  const [team] = forecast.namespaces;
  assert.equal(team!.holdingBack.map((pod) => [pod.object.kind, pod.object.name, pod.level, pod.checks]), [
    ['Deployment', 'plain', 'baseline', ['allowPrivilegeEscalation', 'capabilities_restricted', 'runAsNonRoot', 'seccompProfile_restricted']],
    ['CronJob', 'report', 'baseline', ['allowPrivilegeEscalation', 'capabilities_restricted', 'runAsNonRoot', 'seccompProfile_restricted']],
  ]);
  assert.equal(team!.labels, {
    [`${L}audit`]: 'restricted', [`${L}audit-version`]: 'latest',
    [`${L}enforce`]: 'baseline', [`${L}enforce-version`]: 'latest',
    [`${L}warn`]: 'restricted', [`${L}warn-version`]: 'latest',
  });
});

migrate('should list the pods admitted only through the mutating PSP, with the fields it wrote', () => {
  const forecast = forecastMigration(lint(REPO, DEFAULT_LINT_OPTIONS), { policies: readPolicies(REPO) });
  const plain = forecast.mutationDependencies.find((dep) => dep.object.name === 'plain');
  assert.ok(plain);
  assert.is(plain.policy, 'restricted');
  assert.equal(plain.reliesOn, ['allowPrivilegeEscalation', 'capabilities_restricted', 'runAsNonRoot', 'seccompProfile_restricted']);
  const fields = Object.fromEntries(plain.fields.map((f) => [f.path, [f.value, f.check, f.reliedOn]]));
  assert.equal(fields['spec.containers[0].securityContext.runAsNonRoot'], [true, 'runAsNonRoot', true]);
  assert.equal(fields['spec.containers[0].securityContext.capabilities.drop'], [['ALL'], 'capabilities_restricted', true]);
  assert.equal(fields['spec.containers[0].securityContext.allowPrivilegeEscalation'], [false, 'allowPrivilegeEscalation', true]);
  assert.equal(fields['metadata.annotations["seccomp.security.alpha.kubernetes.io/pod"]'], ['runtime/default', 'seccompProfile_restricted', true]);
  assert.ok(forecast.mutationDependencies.some((dep) => dep.object.kind === 'CronJob' && dep.object.name === 'report'));
  // The hardened template passes restricted as written: PSP still writes the seccomp annotation, but nothing relies on it.
  const hardened = forecast.mutationDependencies.find((dep) => dep.object.name === 'hardened');
  assert.equal(hardened?.fields, [{ path: 'metadata.annotations["seccomp.security.alpha.kubernetes.io/pod"]', value: 'runtime/default', check: 'seccompProfile_restricted', reliedOn: false }]);
  assert.equal(hardened?.reliesOn, []);
  assert.equal(forecast.policies.map((p) => [p.name, p.level, p.gaps.restricted.map((g) => g.check)]), [['restricted', 'privileged', ['seLinuxOptions', 'appArmorProfile']]]);
});

const DOCS = '/work/shared/corpus/psp-examples/k8s-website';
const docsPolicy = (file: string) => readPolicies([{ path: file, text: readFileSync(path.join(DOCS, file), 'utf8') }])[0]!;

migrate('should map the documentation PSPs as §4.2 states (by the letter)', () => {
  const privileged = mapPolicy(docsPolicy('privileged-psp.yaml'));
  assert.is(privileged.level, 'privileged');
  const baseline = mapPolicy(docsPolicy('baseline-psp.yaml'));
  assert.is(baseline.level, 'privileged');
  assert.equal(baseline.gaps.baseline.map((g) => [g.field, g.check]), [
    ['allowedCapabilities', 'capabilities_baseline'],
    ['seLinux.rule', 'seLinuxOptions'],
    ['metadata.annotations["seccomp.security.alpha.kubernetes.io/allowedProfileNames"]', 'seccompProfile_baseline'],
  ]);
  const restricted = mapPolicy(docsPolicy('restricted-psp.yaml'));
  assert.is(restricted.level, 'privileged');
  assert.equal(restricted.gaps.baseline.map((g) => g.field), ['seLinux.rule']);
  assert.equal(restricted.gaps.restricted.map((g) => g.field), ['seLinux.rule']);
});

migrate('should map PSPs built on the standards to baseline and restricted', () => {
  const restricted = docsPolicy('restricted-psp.yaml');
  const mustRunAs = { ...restricted, spec: { ...restricted.spec, seLinux: { rule: 'MustRunAs', seLinuxOptions: { type: 'container_t' } } } };
  assert.equal(mapPolicy(mustRunAs), { name: 'restricted', level: 'restricted', gaps: { baseline: [], restricted: [] } });
  const baseline = { ...mustRunAs, metadata: { ...mustRunAs.metadata, name: 'baseline', annotations: { 'seccomp.security.alpha.kubernetes.io/allowedProfileNames': 'runtime/default,', 'apparmor.security.beta.kubernetes.io/allowedProfileNames': 'runtime/default,' } }, spec: { ...mustRunAs.spec, allowPrivilegeEscalation: true, requiredDropCapabilities: [], allowedCapabilities: ['CHOWN'], volumes: ['configMap', 'nfs'], runAsUser: { rule: 'RunAsAny' } } };
  const mapped = mapPolicy(baseline);
  assert.is(mapped.level, 'baseline');
  assert.equal(mapped.gaps.restricted.map((g) => g.check), ['capabilities_restricted', 'capabilities_restricted', 'restrictedVolumes', 'runAsNonRoot', 'allowPrivilegeEscalation', 'seccompProfile_restricted']);
});

migrate('should write a pinned version into every label and enforce-only at restricted', () => {
  assert.equal(namespaceLabels('restricted', 'v1.25'), { [`${L}enforce`]: 'restricted', [`${L}enforce-version`]: 'v1.25' });
  assert.equal(namespaceLabels('privileged', 'latest')[`${L}warn`], 'baseline');
  const forecast = forecastMigration(lint(REPO, DEFAULT_LINT_OPTIONS), { version: 'v1.25' });
  assert.is(forecast.namespaces[0]!.labels[`${L}audit-version`], 'v1.25');
  assert.equal(forecast.policies, []);
  assert.throws(() => forecastMigration(lint(REPO, DEFAULT_LINT_OPTIONS), { version: '1.25' }));
});

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.posix.join(dir, entry.name);
    return entry.isDirectory() ? yamlFiles(full) : /\.ya?ml$/.test(entry.name) ? [full] : [];
  });
}
const EXAMPLES: SourceFile[] = yamlFiles('examples').sort().map((file) => ({ path: file, text: readFileSync(file, 'utf8') }));

migrate('examples/: forecast for shop, payments, monitoring and ops', () => {
  const result = lint(EXAMPLES, DEFAULT_LINT_OPTIONS);
  const forecast = forecastMigration(result, { policies: readPolicies(EXAMPLES) });
  assert.equal(forecast.namespaces.map((ns) => [ns.namespace, ns.level, ns.pods]), [['monitoring', 'privileged', 2], ['ops', 'privileged', 2], ['payments', 'baseline', 2], ['shop', 'privileged', 5]]);
  const held = (name: string) => forecast.namespaces.find((ns) => ns.namespace === name)!.holdingBack.map((pod) => `${pod.object.kind}/${pod.object.name} ${pod.level} ${pod.checks.join(',')}`);
  assert.equal(held('monitoring'), [
    'DaemonSet/fluent-bit privileged hostPathVolumes',
    'DaemonSet/node-exporter privileged capabilities_baseline,hostNamespaces,hostPathVolumes,hostPorts',
  ]);
  assert.equal(held('ops'), ['Pod/netshoot privileged capabilities_baseline,hostNamespaces', 'Pod/node-shell privileged hostNamespaces,privileged']);
  // payments is labelled enforce=restricted, but ledger-sync meets restricted only as PodSecurityPolicy rewrites it.
  assert.equal(held('payments'), ['CronJob/ledger-sync baseline allowPrivilegeEscalation,capabilities_restricted,runAsNonRoot,seccompProfile_restricted']);
  assert.equal(held('shop'), [
    'Job/db-restore privileged hostPathVolumes',
    'CronJob/nightly-report baseline allowPrivilegeEscalation,capabilities_restricted,runAsNonRoot,seccompProfile_restricted',
    'StatefulSet/postgres baseline allowPrivilegeEscalation,capabilities_restricted,runAsNonRoot,runAsUser,seccompProfile_restricted',
    'Deployment/web baseline allowPrivilegeEscalation,capabilities_restricted,runAsNonRoot,seccompProfile_restricted',
  ]);
  // shop/api is restricted as written: not holding shop back.
  assert.equal(forecast.namespaces.find((ns) => ns.namespace === 'shop')!.labels[`${L}enforce`], 'privileged');
  assert.equal(forecast.mutationDependencies.map((dep) => [dep.object.name, dep.policy, dep.reliesOn]), [
    ['checkout', 'restricted', []],
    ['ledger-sync', 'restricted', ['allowPrivilegeEscalation', 'capabilities_restricted', 'runAsNonRoot', 'seccompProfile_restricted']],
    ['api', 'restricted', []],
    ['nightly-report', 'restricted', ['allowPrivilegeEscalation', 'capabilities_restricted', 'runAsNonRoot', 'seccompProfile_restricted']],
    ['web', 'restricted', ['allowPrivilegeEscalation', 'capabilities_restricted', 'runAsNonRoot', 'seccompProfile_restricted']],
  ]);
  assert.equal(forecast.policies.map((p) => [p.name, p.level]), [['privileged', 'privileged'], ['restricted', 'privileged']]);
  assert.equal(forecast.policies[1]!.gaps.restricted.map((g) => g.field), ['seLinux.rule']);

  const text = renderMigration(forecast);
  assert.ok(text.includes('- shop: privileged (5 pods)'));
  assert.ok(text.includes('    spec.containers[0].securityContext.runAsNonRoot: true [runAsNonRoot]'));
  assert.ok(text.includes('- restricted: privileged\n    outside baseline: seLinux.rule=RunAsAny [seLinuxOptions]'));
  assert.ok(text.endsWith('\n'));

  assert.is(toJsonReport(result).migration, undefined);
  assert.ok(!renderJson(result).includes('"migration"'));
  assert.equal(JSON.parse(renderJson(result, { migration: forecast })).migration, JSON.parse(JSON.stringify(forecast)));
  assert.is(renderJson(result, {}), renderJson(result));
});

migrate.run();
