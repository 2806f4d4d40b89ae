// PodSecurityConfiguration files (src/lint/pss-config.ts, spec pod-security-standards §1.4): decoding, defaulting,
// every validation text, the AdmissionConfiguration wrapper, and `--pss-config` through the CLI.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parsePodSecurityConfiguration } from '../../src/lint/pss-config.js';
import { runCli } from '../conformance/run-cli.js';

const test = suite('pss-config');

const ok = (text: string) => {
  const result = parsePodSecurityConfiguration(text);
  if ('error' in result) throw new Error(`unexpected error: ${result.error}`);
  return result.ok;
};
const error = (text: string): string => {
  const result = parsePodSecurityConfiguration(text);
  if (!('error' in result)) throw new Error(`expected an error, got ${JSON.stringify(result.ok)}`);
  return result.error;
};
const ALL_DEFAULTS = {
  level: 'privileged',
  version: 'latest',
  audit: 'privileged',
  auditVersion: 'latest',
  warn: 'privileged',
  warnVersion: 'latest',
  exemptions: { namespaces: [], runtimeClasses: [], usernames: [] },
};
const cfg = (body: string, apiVersion = 'pod-security.admission.config.k8s.io/v1') => `apiVersion: ${apiVersion}\nkind: PodSecurityConfiguration\n${body}`;

test('a valid v1 file with defaults and exemptions', () => {
  const text = cfg(`defaults:
  enforce: baseline
  enforce-version: v1.29
  audit: restricted
  audit-version: latest
  warn: restricted
  warn-version: v1.30
exemptions:
  usernames: [admin, "system:serviceaccount:ci:deployer"]
  runtimeClasses: [kata.example.com]
  namespaces: [kube-system, monitoring]
`);
  assert.equal(ok(text), {
    level: 'baseline',
    version: 'v1.29',
    audit: 'restricted',
    auditVersion: 'latest',
    warn: 'restricted',
    warnVersion: 'v1.30',
    exemptions: { namespaces: ['kube-system', 'monitoring'], runtimeClasses: ['kata.example.com'], usernames: ['admin', 'system:serviceaccount:ci:deployer'] },
  });
});

test('empty file, empty configuration and empty strings default to privileged/latest, no exemptions', () => {
  assert.equal(ok(''), ALL_DEFAULTS);
  assert.equal(ok(cfg('')), ALL_DEFAULTS);
  assert.equal(ok(cfg('defaults: {enforce: "", enforce-version: ""}\nexemptions: {}\n')), ALL_DEFAULTS);
  assert.equal(ok(cfg('defaults: {enforce: restricted}\n', 'pod-security.admission.config.k8s.io/v1beta1')).level, 'restricted');
  assert.equal(ok(cfg('defaults: {warn: baseline}\n', 'pod-security.admission.config.k8s.io/v1alpha1')).warn, 'baseline');
});

test('AdmissionConfiguration: inline configuration of the PodSecurity plugin (v1 and v1alpha1)', () => {
  for (const apiVersion of ['apiserver.config.k8s.io/v1', 'apiserver.config.k8s.io/v1alpha1']) {
    const text = `apiVersion: ${apiVersion}
kind: AdmissionConfiguration
plugins:
- name: EventRateLimit
  path: eventconfig.yaml
- name: PodSecurity
  configuration:
    apiVersion: pod-security.admission.config.k8s.io/v1
    kind: PodSecurityConfiguration
    defaults: {enforce: baseline}
    exemptions: {namespaces: [kube-system]}
`;
    const options = ok(text);
    assert.is(options.level, 'baseline');
    assert.equal(options.exemptions?.namespaces, ['kube-system']);
  }
  assert.match(error('apiVersion: apiserver.config.k8s.io/v1\nkind: AdmissionConfiguration\nplugins:\n- name: PodSecurity\n  path: /etc/psa.yaml\n'), 'path: "/etc/psa.yaml"');
  assert.is(error('apiVersion: apiserver.config.k8s.io/v1\nkind: AdmissionConfiguration\nplugins: []\n'), 'the AdmissionConfiguration has no PodSecurity plugin entry');
  assert.match(error('apiVersion: apiserver.k8s.io/v2\nkind: AdmissionConfiguration\nplugins: []\n'), 'AdmissionConfiguration apiVersion "apiserver.k8s.io/v2"');
});

test('strict decoding: group, version, kind, unknown fields, duplicate fields, YAML', () => {
  assert.match(error(cfg('', 'pod-security.admission.config.k8s.io/v2')), 'apiVersion "pod-security.admission.config.k8s.io/v2": must be');
  assert.match(error(cfg('', 'policy/v1')), 'apiVersion "policy/v1"');
  assert.is(error('apiVersion: pod-security.admission.config.k8s.io/v1\nkind: PodSecurityPolicy\n'), 'kind "PodSecurityPolicy": must be PodSecurityConfiguration');
  assert.is(error(cfg('defaults: {enforce: baseline, enfrce-version: latest}\n')), 'strict decoding error: unknown field "defaults.enfrce-version"');
  assert.is(error(cfg('exemptions: {users: [a]}\n')), 'strict decoding error: unknown field "exemptions.users"');
  assert.is(error(cfg('spec: {}\n')), 'strict decoding error: unknown field "spec"');
  assert.is(error(cfg('defaults: {enforce: baseline, enforce: restricted}\n')), 'strict decoding error: duplicated mapping key (line 3)');
  assert.match(error(cfg('defaults: {enforce: true}\n')), 'defaults.enforce: must be a string');
  assert.match(error(cfg('exemptions: {namespaces: kube-system}\n')), 'exemptions.namespaces: must be a list of strings');
});

test('validation texts: defaults, in upstream order, aggregated in brackets', () => {
  assert.is(error(cfg('defaults: {enforce: Restricted}\n')), 'defaults.enforce: Invalid value: "Restricted": must be one of privileged, baseline, restricted');
  assert.is(error(cfg('defaults: {audit-version: "1.25"}\n')), 'defaults.audit-version: Invalid value: "1.25": must be "latest" or "v1.x"');
  assert.is(
    error(cfg('defaults: {audit: x, audit-version: zz, warn: strict, warn-version: v1.025, enforce: a, enforce-version: b}\n')),
    '[defaults.enforce: Invalid value: "a": must be one of privileged, baseline, restricted, ' +
      'defaults.enforce-version: Invalid value: "b": must be "latest" or "v1.x", ' +
      'defaults.warn: Invalid value: "strict": must be one of privileged, baseline, restricted, ' +
      'defaults.warn-version: Invalid value: "v1.025": must be "latest" or "v1.x", ' +
      'defaults.audit: Invalid value: "x": must be one of privileged, baseline, restricted, ' +
      'defaults.audit-version: Invalid value: "zz": must be "latest" or "v1.x"]',
  );
});

test('validation texts: exemptions', () => {
  assert.is(
    error(cfg('exemptions: {namespaces: [Kube-System]}\n')),
    `exemptions.namespaces[0]: Invalid value: "Kube-System": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')`,
  );
  assert.is(error(cfg(`exemptions: {namespaces: [${'a'.repeat(64)}]}\n`)), `exemptions.namespaces[0]: Invalid value: "${'a'.repeat(64)}": must be no more than 63 characters`);
  assert.is(error(cfg('exemptions: {namespaces: [a, b, a]}\n')), 'exemptions.namespaces[2]: Duplicate value: "a"');
  assert.is(
    error(cfg('exemptions: {runtimeClasses: [Kata]}\n')),
    `exemptions.runtimeClasses[0]: Invalid value: "Kata": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')`,
  );
  assert.is(error(cfg('exemptions: {runtimeClasses: [gvisor, gvisor]}\n')), 'exemptions.runtimeClasses[1]: Duplicate value: "gvisor"');
  assert.is(error(cfg('exemptions: {usernames: [""]}\n')), 'exemptions.usernames[0]: Invalid value: "": username must not be empty');
  assert.is(error(cfg('exemptions: {usernames: [bob, bob]}\n')), 'exemptions.usernames[1]: Duplicate value: "bob"');
  assert.is(
    error(cfg('defaults: {enforce: x}\nexemptions: {usernames: [""], namespaces: [A]}\n')).split(', exemptions').length,
    3,
  );
});

test.run();

const cli = suite('cli --pss-config');

const PRIVILEGED_POD = `apiVersion: v1
kind: Pod
metadata: {name: priv, namespace: apps}
spec:
  runtimeClassName: kata
  containers: [{name: app, image: nginx, securityContext: {privileged: true}}]
`;

cli('enforce default and exemptions from the file; --pss-level overrides; errors exit 2', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'podgate-pss-config-'));
  try {
    writeFileSync(path.join(dir, 'pod.yaml'), PRIVILEGED_POD);
    writeFileSync(path.join(dir, 'psa.yaml'), cfg('defaults: {enforce: baseline}\n'));
    writeFileSync(path.join(dir, 'exempt.yaml'), cfg('defaults: {enforce: baseline}\nexemptions: {runtimeClasses: [kata]}\n'));
    writeFileSync(path.join(dir, 'bad.yaml'), cfg('defaults: {enforce: Baseline}\n'));

    const denied = await runCli(['--mode', 'pss', '--no-config', '--pss-config', 'psa.yaml', 'pod.yaml'], { cwd: dir });
    assert.is(denied.code, 1, denied.stderr + denied.stdout);
    assert.match(denied.stdout, 'violates PodSecurity "baseline:latest"');

    const exempt = await runCli(['--mode', 'pss', '--no-config', '--pss-config', 'exempt.yaml', 'pod.yaml'], { cwd: dir });
    assert.is(exempt.code, 0, exempt.stdout);

    const overridden = await runCli(['--mode', 'pss', '--no-config', '--pss-config', 'psa.yaml', '--pss-level', 'privileged', 'pod.yaml'], { cwd: dir });
    assert.is(overridden.code, 0, overridden.stdout);

    writeFileSync(path.join(dir, '.podgate.yaml'), 'mode: pss\npss-config: psa.yaml\npaths: [pod.yaml]\n');
    const fromConfig = await runCli([], { cwd: dir });
    assert.is(fromConfig.code, 1, fromConfig.stderr + fromConfig.stdout);
    assert.match(fromConfig.stdout, 'violates PodSecurity "baseline:latest"');

    const bad = await runCli(['--no-config', '--pss-config', 'bad.yaml', 'pod.yaml'], { cwd: dir });
    assert.is(bad.code, 2);
    assert.match(bad.stderr, 'podgate: bad.yaml: defaults.enforce: Invalid value: "Baseline": must be one of privileged, baseline, restricted\n');

    const missing = await runCli(['--no-config', '--pss-config', 'nope.yaml', 'pod.yaml'], { cwd: dir });
    assert.is(missing.code, 2);
    assert.match(missing.stderr, 'nope.yaml: ENOENT');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

cli.run();
