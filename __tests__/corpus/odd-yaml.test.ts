// The odd YAML a repository scan meets (fixtures/corpus/odd-yaml): every folder and every single file must run
// without a crash (exit 0/1, empty stderr, located diagnostics), and what a user sees is pinned: the rule ids
// and lines of the diagnostics, that non-Kubernetes YAML yields nothing, and that the good documents next to a
// broken one are still judged. "What kubectl reads" was checked with `kubectl label --local -f FILE x=y`
// (kubectl 1.32, offline), which parses exactly as `kubectl apply` does.

import { readFileSync } from 'node:fs';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import {
  assertNothingVanished,
  assertRobustRun,
  corpusPath,
  CORPUS,
  findings,
  listDirs,
  listFiles,
  rel,
  runJson,
  verdictSummary,
} from './corpus-helpers.js';
import type { JsonReport } from '../../src/report/json.js';
import { runCli } from '../conformance/run-cli.js';

const ODD = corpusPath('odd-yaml');
const odd = (...parts: string[]): string => [ODD, ...parts].join('/');

/** Pods as `[file, line, kind, namespace, name]`. */
const pods = (report: JsonReport): [string, number, string, string, string][] =>
  report.pods.map((pod) => [rel(pod.file), pod.line, pod.object.kind, pod.object.namespace ?? '', pod.object.name]);

/** Findings other than the verdict ones (no policy exists in these folders, so every pod gets psp-no-policies). */
const inputFindings = (report: JsonReport): string[] => findings(report, (d) => d.ruleId !== 'psp-no-policies');

/** A PSP that admits ordinary pods but no privilege or host access, usable by every service account. */
const RESTRICTED_CLUSTER = `apiVersion: policy/v1beta1
kind: PodSecurityPolicy
metadata:
  name: restricted
spec:
  privileged: false
  allowPrivilegeEscalation: false
  runAsUser: {rule: RunAsAny}
  seLinux: {rule: RunAsAny}
  supplementalGroups: {rule: RunAsAny}
  fsGroup: {rule: RunAsAny}
  volumes: [configMap, emptyDir, projected, secret, downwardAPI, persistentVolumeClaim]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: use-restricted
rules:
- apiGroups: [policy]
  resources: [podsecuritypolicies]
  verbs: [use]
  resourceNames: [restricted]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: service-accounts-use-restricted
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: use-restricted}
subjects:
- {kind: Group, apiGroup: rbac.authorization.k8s.io, name: 'system:serviceaccounts'}
`;

// ---------------------------------------------------------------------------------------------------------------
const robustness = suite('podgate --format json <odd-yaml>: no crash, nothing lost');

for (const name of listDirs(ODD)) {
  robustness(`should lint the ${name} folder without crashing, with real locations and no lost document`, async () => {
    const run = await runJson([odd(name)]);
    assertRobustRun(run, [odd(name)]);
    assertNothingVanished(run.report, odd(name));
  });
}

robustness('should lint every corpus file on its own, named explicitly (any extension), without crashing', async () => {
  const files = listFiles(CORPUS).filter((file) => !file.endsWith('/.gitattributes'));
  assert.ok(files.length > 800, `corpus has ${files.length} files`);
  for (const file of files) {
    const run = await runJson([file]);
    assert.is(run.stderr, '', file);
    assert.ok(run.code === 0 || run.code === 1, `${file}: exit ${run.code}`);
  }
});

robustness('should also render every odd-yaml folder in the default (stylish) format without crashing', async () => {
  for (const name of listDirs(ODD)) {
    const run = await runCli(['--no-color', odd(name)]);
    assert.is(run.stderr, '', name);
    assert.ok(run.code === 0 || run.code === 1, `${name}: exit ${run.code}`);
  }
});

robustness.run();

// ---------------------------------------------------------------------------------------------------------------
const empty = suite('empty-file: a 0-byte golden file');

empty('should report nothing and exit 0', async () => {
  const run = await runJson([odd('empty-file')]);
  assert.is(run.code, 0);
  assert.equal(run.report.summary, { pods: 0, allowed: 0, forbidden: 0, errors: 0, warnings: 0, notes: 0 });
  assert.equal(run.report.diagnostics, []);
});

empty.run();

// ---------------------------------------------------------------------------------------------------------------
const broken = suite('encoding-and-broken: UTF-16 with BOM, CRLF, trailing tabs, broken YAML, <placeholders>');

broken('should report each broken file as yaml-syntax at the offending line and judge the CRLF workloads', async () => {
  const run = await runJson([odd('encoding-and-broken')]);
  assert.equal(pods(run.report), [
    ['odd-yaml/encoding-and-broken/crlf-azure-pod-uses-existing-managed-disk.yaml', 1, 'Pod', 'default', 'pod-uses-managed-ssd-5g'],
    ['odd-yaml/encoding-and-broken/crlf-sysdig-daemonset.yaml', 3, 'DaemonSet', 'default', 'sysdig-agent'],
  ]);
  // kubectl refuses the same five files (line 18 "did not find expected key" for bad-indent: podgate points at
  // the mis-indented entry on line 19 itself). Trailing tabs and UTF-16 + BOM + CRLF are read without a word.
  assert.equal(inputFindings(run.report), [
    'odd-yaml/encoding-and-broken/bad-indent-analysisrun.yaml:19:5 yaml-syntax', // `    - name: fail-after-30`
    'odd-yaml/encoding-and-broken/broken-argocd-source.yaml:2:10 yaml-syntax', // `aloi` then `kustomize:`
    'odd-yaml/encoding-and-broken/digitalocean-flexplugin-deploy.yaml:42:49 yaml-syntax', // `path: <flex … dir, default: …>`
    'odd-yaml/encoding-and-broken/placeholder-angle-brackets-sc.yaml:8:27 yaml-syntax', // `zone: <digitalocean zone: ex fra1>`
    'odd-yaml/encoding-and-broken/privileged-pod-odd-list-style.yaml:25:30 yaml-syntax', // over-indented `persistentVolumeClaim:`
  ]);
});

broken('should locate violations in CRLF files on the right lines and columns', async () => {
  const run = await runJson(['--cluster', '-', odd('encoding-and-broken')], { stdin: RESTRICTED_CLUSTER });
  assertRobustRun(run, [odd('encoding-and-broken'), '<stdin>']);
  assert.equal(findings(run.report, (d) => d.ruleId.startsWith('psp-')), [
    'odd-yaml/encoding-and-broken/crlf-azure-pod-uses-existing-managed-disk.yaml:19:5 psp-volume-types', // azureDisk
    'odd-yaml/encoding-and-broken/crlf-sysdig-daemonset.yaml:19:9 psp-volume-types',
    'odd-yaml/encoding-and-broken/crlf-sysdig-daemonset.yaml:23:9 psp-volume-types',
    'odd-yaml/encoding-and-broken/crlf-sysdig-daemonset.yaml:26:9 psp-volume-types',
    'odd-yaml/encoding-and-broken/crlf-sysdig-daemonset.yaml:29:9 psp-volume-types',
    'odd-yaml/encoding-and-broken/crlf-sysdig-daemonset.yaml:32:9 psp-volume-types',
    'odd-yaml/encoding-and-broken/crlf-sysdig-daemonset.yaml:35:9 psp-volume-types',
    'odd-yaml/encoding-and-broken/crlf-sysdig-daemonset.yaml:38:20 psp-host-namespaces', // hostNetwork: true
    'odd-yaml/encoding-and-broken/crlf-sysdig-daemonset.yaml:39:16 psp-host-namespaces', // hostPID: true
    'odd-yaml/encoding-and-broken/crlf-sysdig-daemonset.yaml:44:22 psp-privileged', //   privileged: true
  ]);
});

broken('should read the objects of the UTF-16 (BOM, CRLF) file: its ServiceAccount exists for a pod', async () => {
  const pod = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: uses-utf16-sa\n  namespace: linkerd\nspec:\n  serviceAccountName: linkerd-controller\n  containers:\n  - name: c\n    image: busybox\n';
  const without = await runJson(['--require-service-accounts', '-'], { stdin: pod });
  assert.is(without.report.pods[0]?.reason, 'service-account');
  const withFile = await runJson(['--require-service-accounts', '-', odd('encoding-and-broken', 'utf-16-with-bom-crlf.yaml')], { stdin: pod });
  assert.equal(findings(withFile.report), ['<stdin>:7:23 psp-no-policies']);
  assert.is(withFile.report.pods[0]?.reason, 'no-providers');
});

broken('should still judge the good documents of a stream with a broken and a templated one, at their real lines', async () => {
  // One stream built from corpus files: JSON Pod, broken Pod, List of two Pods, templated Secret.
  const pieces = [
    ['json-manifests', 'mongo-pod.json'],
    ['encoding-and-broken', 'privileged-pod-odd-list-style.yaml'],
    ['kind-list', 'kube-router-testdata-pods.yaml'],
    ['embedded-and-templated', 'newrelic-config-template.yaml'],
  ].map((parts) => readFileSync(odd(...parts), 'utf8').trimEnd());
  const starts: number[] = [];
  let line = 1;
  for (const piece of pieces) {
    starts.push(line);
    line += piece.split('\n').length + 1;
  }
  const run = await runJson(['-'], { stdin: pieces.join('\n---\n') });
  assertRobustRun(run, ['<stdin>']);
  assert.equal(pods(run.report), [
    ['<stdin>', starts[0]!, 'Pod', 'default', 'mongo'],
    ['<stdin>', starts[2]! + 2, 'Pod', 'default', 'whoami-nflzk'],
    ['<stdin>', starts[2]! + 22, 'Pod', 'default', 'whoami-s72mp'],
  ]);
  assert.equal(inputFindings(run.report), [`<stdin>:${starts[1]! + 24}:30 yaml-syntax`, `<stdin>:${starts[3]! + 6}:11 unrendered-template`]);
});

broken.run();

// ---------------------------------------------------------------------------------------------------------------
const helm = suite('helm-unrendered: chart templates, values, CI values, a template ending with `...`');

helm('should flag every templated document once, at its first `{{`, and judge no pod', async () => {
  const run = await runJson([odd('helm-unrendered')]);
  assert.equal(run.report.pods, []);
  for (const file of listFiles(odd('helm-unrendered'), /\.ya?ml$/).filter((f) => f.includes('/templates/') || f.endsWith('doc-end-marker.yaml'))) {
    const lines = readFileSync(file, 'utf8').split('\n');
    const bounds = lines.flatMap((text, i) => (/^---(\s|$)/.test(text) ? [i] : []));
    const chunks = [0, ...bounds].map((start, k) => [start, [...bounds, lines.length][k]!] as const);
    for (const [start, end] of chunks) {
      const first = lines.slice(start, end).findIndex((text) => !text.trimStart().startsWith('#') && /\{\{.*?\}\}/.test(text));
      const inChunk = run.report.diagnostics.filter((d) => d.location.file === file && d.location.startLine > start && d.location.startLine <= end);
      if (first === -1) {
        assert.equal(inChunk, [], `${file}:${start + 1}-${end}: nothing for a document without a template`);
        continue;
      }
      const column = (lines[start + first] ?? '').search(/\{\{.*?\}\}/) + 1;
      assert.equal(
        inChunk.map((d) => `${d.location.startLine}:${d.location.startColumn} ${d.ruleId}`),
        [`${start + first + 1}:${column} unrendered-template`],
        `${file}:${start + 1}-${end}`,
      );
    }
  }
});

helm('should pin a few templates: the PSP templates, `name: {{ … }}` and the `...` document end', async () => {
  const run = await runJson([odd('helm-unrendered')]);
  const pinned = new Set([
    'odd-yaml/helm-unrendered/kured-1.10.0-chart/templates/podsecuritypolicy.yaml:1:1 unrendered-template', // {{- if .Values.podSecurityPolicy.create }}
    'odd-yaml/helm-unrendered/metrics-server-v0.6.1-chart/templates/psp.yaml:1:1 unrendered-template',
    'odd-yaml/helm-unrendered/cert-manager-v1.5.0-chart/templates/deployment.yaml:4:9 unrendered-template', // name: {{ template … }}
    'odd-yaml/helm-unrendered/linkerd-config-rbac-with-doc-end-marker.yaml:6:34 unrendered-template',
    'odd-yaml/helm-unrendered/linkerd-config-rbac-with-doc-end-marker.yaml:23:14 unrendered-template',
  ]);
  assert.equal(findings(run.report).filter((finding) => pinned.has(finding)).length, pinned.size);
});

helm('should say nothing about values files and CI values files (not Kubernetes objects)', async () => {
  const run = await runJson([odd('helm-unrendered')]);
  const values = run.report.diagnostics.filter((d) => /\/values\.yaml$|\/ci\//.test(d.location.file));
  assert.equal(values, []);
});

// BUG: a Helm Chart.yaml (`apiVersion: v2`, no `kind`) is not a Kubernetes object, yet podgate reports an
// error `invalid-object` at 1:1 ("needs string `apiVersion` and `kind`"), which fails (exit 1) the scan of any
// repository that contains a chart. Expected: nothing, as for every other non-Kubernetes YAML.
helm('should say nothing about Chart.yaml files', async () => {
  const run = await runJson([
    odd('helm-unrendered', 'ingress-nginx-helm-chart-4.1.0', 'Chart.yaml'),
    odd('helm-unrendered', 'cert-manager-v1.5.0-chart', 'Chart.template.yaml'),
    odd('non-k8s-and-mixed', 'misc', 'helm-Chart-ingress-nginx-4.1.0.yaml'),
  ]);
  assert.equal(findings(run.report), []);
  assert.is(run.code, 0);
});

helm.run();

// ---------------------------------------------------------------------------------------------------------------
const duplicates = suite('duplicate-keys: six real files with repeated keys');

duplicates('should judge the workloads and report only the Deployments that lack a pod template', async () => {
  const run = await runJson([odd('duplicate-keys')]);
  assert.equal(pods(run.report), [
    ['odd-yaml/duplicate-keys/argo-cd-statefulset-ondelete.yaml', 1, 'StatefulSet', 'default', 'redis-master'], // updateStrategy twice
    ['odd-yaml/duplicate-keys/k8s-examples-openshift-etcd-controller.yaml', 1, 'Deployment', 'default', 'etcd'], // selector twice
    ['odd-yaml/duplicate-keys/local-path-provisioner-quota.yaml', 73, 'Deployment', 'local-path-storage', 'local-path-provisioner'],
    ['odd-yaml/duplicate-keys/update-pv-to-beta-restartPolicy.yaml', 1, 'Job', 'default', 'local-volume-updater'], // restartPolicy twice
  ]);
  // Every repeated key is a duplicate-key warning at the later key (the value kubectl keeps). kube-linter's test
  // file: three Deployments with metadata only (the API server requires spec.template), and a document whose
  // second apiVersion/kind/metadata replace the first (a Service); local-path-provisioner's quota manifest has a
  // ConfigMap run into the Deployment before it (no `---`), whose kind, apiVersion, metadata and data win.
  assert.equal(inputFindings(run.report), [
    'odd-yaml/duplicate-keys/argo-cd-statefulset-ondelete.yaml:94:3 duplicate-key',
    'odd-yaml/duplicate-keys/k8s-examples-openshift-etcd-controller.yaml:12:3 duplicate-key',
    'odd-yaml/duplicate-keys/k8s-examples-scaleio-sc-pvc.yaml:12:3 duplicate-key',
    'odd-yaml/duplicate-keys/kube-linter-cel.yml:2:1 invalid-object',
    'odd-yaml/duplicate-keys/kube-linter-cel.yml:9:1 invalid-object',
    'odd-yaml/duplicate-keys/kube-linter-cel.yml:16:1 invalid-object',
    'odd-yaml/duplicate-keys/kube-linter-cel.yml:36:1 duplicate-key',
    'odd-yaml/duplicate-keys/kube-linter-cel.yml:37:1 duplicate-key',
    'odd-yaml/duplicate-keys/kube-linter-cel.yml:38:1 duplicate-key',
    'odd-yaml/duplicate-keys/local-path-provisioner-quota.yaml:186:1 duplicate-key',
    'odd-yaml/duplicate-keys/local-path-provisioner-quota.yaml:187:1 duplicate-key',
    'odd-yaml/duplicate-keys/local-path-provisioner-quota.yaml:188:1 duplicate-key',
    'odd-yaml/duplicate-keys/local-path-provisioner-quota.yaml:191:1 duplicate-key',
    'odd-yaml/duplicate-keys/update-pv-to-beta-restartPolicy.yaml:11:27 service-account-not-declared',
    'odd-yaml/duplicate-keys/update-pv-to-beta-restartPolicy.yaml:21:7 duplicate-key',
  ]);
  const messages = run.report.diagnostics.filter((d) => d.ruleId === 'duplicate-key').map((d) => d.message);
  assert.ok(messages.includes('The key "updateStrategy" is given twice in this mapping (first at line 30): kubectl keeps this last value and drops the earlier one without a word'));
  assert.ok(messages.includes('The key "kind" is given twice in this document (first at line 124): a `---` line is probably missing before this object, so kubectl reads the two as one object and keeps only the later values'));
});

duplicates('should keep the last of duplicate keys, as kubectl does (privileged: true, then false)', async () => {
  const pod = (first: boolean, second: boolean): string =>
    `apiVersion: v1\nkind: Pod\nmetadata:\n  name: dup\nspec:\n  containers:\n  - name: c\n    image: busybox\n    securityContext:\n      privileged: ${first}\n      privileged: ${second}\n`;
  const lastFalse = await runJson(['-'], { stdin: pod(true, false) + '---\n' + RESTRICTED_CLUSTER });
  assert.equal([lastFalse.report.pods[0]?.allowed, lastFalse.report.pods[0]?.policy], [true, 'restricted']);
  const lastTrue = await runJson(['-'], { stdin: pod(false, true) + '---\n' + RESTRICTED_CLUSTER });
  assert.equal(lastTrue.report.pods[0]?.violations, ['spec.containers[0].securityContext.privileged: Invalid value: true: Privileged containers are not allowed']);
  assert.equal(findings(lastTrue.report), ['<stdin>:11:7 duplicate-key', '<stdin>:11:19 psp-privileged']);
});

duplicates.run();

// ---------------------------------------------------------------------------------------------------------------
const comments = suite('comment-only-docs: helm output with `# Source:`-only documents');

comments('should judge the four workloads after the comment-only documents at their own lines', async () => {
  const run = await runJson([odd('comment-only-docs')]);
  const file = 'odd-yaml/comment-only-docs/cert-manager-v0.6.0-helm-output.yaml';
  assert.equal(pods(run.report), [
    [file, 341, 'Deployment', 'cert-manager', 'cert-manager-webhook'],
    [file, 393, 'Deployment', 'cert-manager', 'cert-manager'],
    [file, 441, 'CronJob', 'cert-manager', 'cert-manager-webhook-ca-sync'],
    [file, 484, 'Job', 'cert-manager', 'cert-manager-webhook-ca-sync'],
  ]);
  // `doc` counts objects, skipping the empty and comment-only documents (as the oracle README defines it): the
  // webhook Deployment is YAML document 18 of the file but object 16.
  assert.equal(run.report.pods.map((pod) => pod.doc), [16, 17, 18, 19]);
  // rbac/v1beta1 and apps/v1beta1 are not served by 1.24 (spec §13); the bindings to built-in roles are fine.
  assert.equal(inputFindings(run.report), [
    `${file}:176:13 api-version-not-served`,
    `${file}:196:13 api-version-not-served`,
    `${file}:252:13 api-version-not-served`,
    `${file}:276:13 api-version-not-served`,
    `${file}:341:13 api-version-not-served`,
    `${file}:393:13 api-version-not-served`,
    `${file}:568:13 api-version-not-served`,
    `${file}:594:13 api-version-not-served`,
  ]);
});

comments.run();

// ---------------------------------------------------------------------------------------------------------------
const mixed = suite('non-k8s-and-mixed: workflows, compose, kompose output, mkdocs, goreleaser, dashboards…');

mixed('should judge the Kubernetes output of kompose and nothing else', async () => {
  const run = await runJson([odd('non-k8s-and-mixed')]);
  const k = 'odd-yaml/non-k8s-and-mixed/kompose-fixtures';
  assert.equal(pods(run.report), [
    [`${k}/change-in-volume/output-k8s-empty-vols-template.yaml`, 33, 'Deployment', 'default', 'redis'],
    [`${k}/change-in-volume/output-k8s-empty-vols-template.yaml`, 55, 'Deployment', 'default', 'web'],
    [`${k}/change-in-volume/output-k8s.yaml`, 33, 'Deployment', 'default', 'redis'],
    [`${k}/change-in-volume/output-k8s.yaml`, 55, 'Deployment', 'default', 'web'],
    [`${k}/compose-env-interpolation/output-k8s.yaml`, 17, 'Deployment', 'default', 'foo'],
    [`${k}/compose-file-support/output-k8s.yaml`, 18, 'Deployment', 'default', 'web'],
    [`${k}/security-contexts/output-k8s.yaml`, 32, 'Deployment', 'default', 'cup'],
    [`${k}/unused-v3/output-k8s-full-example.json`, 149, 'Pod', 'default', 'foo'], // a Pod inside a JSON `List`
    [`${k}/unused-v3/output-os-full-example.json`, 149, 'Pod', 'default', 'foo'],
  ]);
});

mixed('should say nothing about GitHub workflows, compose files, JSON dashboards and tool configs', async () => {
  for (const folder of ['github-workflows', 'compose', 'json']) {
    const run = await runJson([odd('non-k8s-and-mixed', folder)]);
    assert.equal([run.code, findings(run.report), run.report.pods.length], [0, [], 0], folder);
  }
  const quiet = ['kube-bench-cfg-cis-1.24-config.yaml', 'kube-bench-cfg-cis-1.24-policies.yaml', 'kube-bench-codecov.yml', 'kube-linter-all-built-in-config.yaml', 'kube-linter-golangci.yml', 'kube-linter-goreleaser.yaml', 'kube-linter-pre-commit-hooks.yaml', 'kyverno-chainsaw-configuration.yaml'];
  const run = await runJson(quiet.map((file) => odd('non-k8s-and-mixed', 'misc', file)));
  assert.equal([run.code, findings(run.report), run.report.pods.length], [0, [], 0]);
});

mixed('should report the YAML that is really broken or templated (kubectl refuses both too)', async () => {
  const run = await runJson([odd('non-k8s-and-mixed', 'misc', 'flannel-snapcraft.yaml'), odd('non-k8s-and-mixed', 'misc', 'kube-psp-advisor-krew.yaml')]);
  assert.equal(findings(run.report), [
    'odd-yaml/non-k8s-and-mixed/misc/flannel-snapcraft.yaml:5:11 yaml-syntax', // `description:|` runs into the next lines
    'odd-yaml/non-k8s-and-mixed/misc/kube-psp-advisor-krew.yaml:6:12 unrendered-template', // version: {{ .TagName }}
  ]);
});

// REGRESSION: mkdocs.yml uses the custom tag `!ENV` (site_url: !ENV READTHEDOCS_CANONICAL_URL, line 267). Tags
// are valid YAML and kubectl parses the file (it only says the Kind is missing), but podgate at 541f0e5 reported
// an error `yaml-syntax` "unknown scalar tag !<!ENV>" at 267:11, failing the scan of argo-cd's repository. The
// go-yaml schema in src/load/yaml11.ts (unknown local tags read as the plain value) fixes it; keep it so.
mixed('should say nothing about mkdocs.yml with its custom !ENV tag', async () => {
  const run = await runJson([odd('non-k8s-and-mixed', 'misc', 'argo-cd-mkdocs.yml')]);
  assert.equal(findings(run.report), []);
  assert.is(run.code, 0);
});

mixed.run();

// ---------------------------------------------------------------------------------------------------------------
const lists = suite('kind-list: `kind: List` wrappers');

lists('should judge List items at their own lines and ignore null items, Namespaces and CRD items', async () => {
  const run = await runJson([odd('kind-list')]);
  const k = 'odd-yaml/kind-list';
  assert.equal(pods(run.report), [
    [`${k}/kube-router-testdata-pods.yaml`, 3, 'Pod', 'default', 'whoami-nflzk'],
    [`${k}/kube-router-testdata-pods.yaml`, 23, 'Pod', 'default', 'whoami-s72mp'],
    [`${k}/linkerd-inject_emojivoto_list.input.yml`, 3, 'Deployment', 'emojivoto', 'web'],
    [`${k}/linkerd-inject_emojivoto_list.input.yml`, 33, 'Deployment', 'emojivoto', 'emoji'],
    [`${k}/linkerd-inject_emojivoto_list_empty_resources.input.yml`, 4, 'Deployment', 'emojivoto', 'web'],
    [`${k}/linkerd-inject_emojivoto_list_empty_resources.input.yml`, 39, 'Deployment', 'emojivoto', 'emoji'],
  ]);
  assert.equal(inputFindings(run.report), []);
  assert.equal(findings(run.report).map((finding) => finding.split(' ')[0]), [
    `${k}/kube-router-testdata-pods.yaml:8:11`,
    `${k}/kube-router-testdata-pods.yaml:28:11`,
    `${k}/linkerd-inject_emojivoto_list.input.yml:6:11`,
    `${k}/linkerd-inject_emojivoto_list.input.yml:36:11`,
    `${k}/linkerd-inject_emojivoto_list_empty_resources.input.yml:8:13`,
    `${k}/linkerd-inject_emojivoto_list_empty_resources.input.yml:43:13`,
  ]);
});

lists.run();

// ---------------------------------------------------------------------------------------------------------------
const json = suite('json-manifests: JSON Pods and ReplicationControllers');

json('should judge each JSON workload at line 1 and say nothing about the JSON Secret', async () => {
  const run = await runJson([odd('json-manifests')]);
  const j = 'odd-yaml/json-manifests';
  assert.equal(pods(run.report), [
    [`${j}/meteor-controller.json`, 1, 'ReplicationController', 'default', 'meteor-controller'],
    [`${j}/mongo-pod.json`, 1, 'Pod', 'default', 'mongo'],
    [`${j}/phabricator-controller.json`, 1, 'ReplicationController', 'default', 'phabricator-controller'],
    [`${j}/storm-nimbus.json`, 1, 'Pod', 'default', 'nimbus'],
  ]);
  assert.equal(inputFindings(run.report), []);
  assert.equal(run.report.pods.map((pod) => pod.podName), ['meteor-controller-', 'mongo', 'phabricator-controller-', 'nimbus']);
});

json.run();

// ---------------------------------------------------------------------------------------------------------------
const crds = suite('crd-pod-templates: Argo, OpenKruise, KEDA, Knative, Tekton, Rook, Prometheus custom resources');

crds('should judge only built-in workloads and warn where a CRD reuses a built-in kind name', async () => {
  const run = await runJson([odd('crd-pod-templates')]);
  const c = 'odd-yaml/crd-pod-templates';
  // The two Deployments that Rollouts reference through workloadRef / templateRef; custom resources are not
  // pod-creating kinds of spec §11.1 and are not judged.
  assert.equal(pods(run.report), [
    [`${c}/argo-rollouts/rollout-template-ref.yaml`, 1, 'Deployment', 'default', 'rollout-ref-deployment'],
    [`${c}/argo-rollouts/workload-ref.yaml`, 1, 'Deployment', 'default', 'rollout-ref-deployment'],
  ]);
  // NOTE: the ClusterRoleBinding of tekton/pipelinerun.yaml has only `generateName` (valid for `kubectl
  // create`, which its README uses); podgate calls it invalid ("the API server would reject it").
  assert.equal(inputFindings(run.report), [
    `${c}/argo-cd-testdata/apps.kruise.io_DaemonSet-healthy.yaml:1:13 unknown-api-version`,
    `${c}/openkruise/apps_v1beta1_statefulset.yaml:1:13 unknown-api-version`,
    `${c}/openkruise/daemonset-guestbook.yaml:1:13 unknown-api-version`,
    `${c}/tekton/pipelinerun.yaml:6:1 invalid-object`,
  ]);
});

crds.run();

// ---------------------------------------------------------------------------------------------------------------
const embedded = suite('embedded-and-templated: a Pod inside a ConfigMap string, {{var}} templates, a .yaml.in file');

embedded('should not judge the helper Pod stored as a string, and flag the {{var}} templates at their `{{`', async () => {
  const run = await runJson([odd('embedded-and-templated')]);
  const e = 'odd-yaml/embedded-and-templated';
  assert.equal(pods(run.report), [[`${e}/local-path-storage-helperPod-in-configmap.yaml`, 73, 'Deployment', 'local-path-storage', 'local-path-provisioner']]);
  assert.equal(inputFindings(run.report), [
    `${e}/newrelic-config-template.yaml:7:11 unrendered-template`, // config: {{config_data}}
    `${e}/vitess-vtgate-controller-template.yaml:6:13 unrendered-template`, // replicas: {{replicas}}
  ]);
});

embedded('should leave `.yaml.in` out of a folder scan and read it quietly when named', async () => {
  const run = await runJson([odd('embedded-and-templated')]);
  assert.ok(!run.report.diagnostics.some((d) => d.location.file.endsWith('.yaml.in')));
  const named = await runJson([odd('embedded-and-templated', 'falco-audit-sink.yaml.in')]);
  assert.equal([named.code, findings(named.report), named.report.pods.length], [0, [], 0]);
});

embedded.run();

// ---------------------------------------------------------------------------------------------------------------
const anchors = suite('anchors-aliases: &anchors and *aliases in manifests and values files');

anchors('should judge the linkerd workloads and say nothing about the non-Kubernetes files', async () => {
  const run = await runJson([odd('anchors-aliases')]);
  const file = 'odd-yaml/anchors-aliases/linkerd-install_default.golden.yaml';
  assert.equal(pods(run.report), [
    [file, 929, 'Deployment', 'linkerd', 'linkerd-identity'],
    [file, 1370, 'Deployment', 'linkerd', 'linkerd-destination'],
    [file, 1817, 'CronJob', 'linkerd', 'linkerd-heartbeat'],
    [file, 1903, 'Deployment', 'linkerd', 'linkerd-proxy-injector'],
  ]);
  assert.equal(inputFindings(run.report), []);
});

anchors('should resolve an alias used as a container name (`name: *containerName`)', async () => {
  // The restricted PSP allows no seccomp profile; the proxy container (named through the alias) sets one.
  const run = await runJson(['--cluster', '-', odd('anchors-aliases')], { stdin: RESTRICTED_CLUSTER });
  const identity = run.report.pods.find((pod) => pod.object.name === 'linkerd-identity');
  assert.ok(identity?.violations.includes('pod.metadata.annotations[container.seccomp.security.alpha.kubernetes.io/linkerd-proxy]: Forbidden: seccomp may not be set'));
  // …and locates it at that container's seccompProfile.
  assert.ok(findings(run.report).includes('odd-yaml/anchors-aliases/linkerd-install_default.golden.yaml:1182:11 psp-seccomp-apparmor'));
});

anchors.run();

// ---------------------------------------------------------------------------------------------------------------
const kustomize = suite('kustomize: kustomizations, strategic-merge and JSON 6902 patches');

kustomize('should ignore kustomizations and JSON patches and judge the base Deployment', async () => {
  const run = await runJson([odd('kustomize')]);
  const m = 'odd-yaml/kustomize/metrics-server-v0.6.1';
  // The strategic-merge patches named by the kustomizations are noted, not judged as whole objects.
  assert.equal(pods(run.report), [
    [`${m}/base/deployment.yaml`, 2, 'Deployment', 'kube-system', 'metrics-server'],
    ['odd-yaml/kustomize/microservices-demo/components/google-cloud-operations/otel-collector.yaml', 16, 'Deployment', 'default', 'opentelemetrycollector'],
  ]);
  assert.equal(inputFindings(run.report), [`${m}/autoscale/patch.yaml:2:1 kustomize-patch`, `${m}/high-availability/patch.yaml:2:1 kustomize-patch`]);
  assert.equal(verdictSummary(run.report), { pods: 2, allowed: 0, forbidden: 2 });
});

kustomize.run();
