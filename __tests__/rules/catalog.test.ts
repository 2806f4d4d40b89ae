// Tests for the rule registry (design.md §1.5): every rule is documented (fields for SARIF, a page in
// docs/rules/), every page belongs to a rule, every rule id the source emits is catalogued, and admission
// error paths map to their family rules. Modelled on typescript-eslint's tests/docs.test.ts.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import {
  DOCS_BASE_URL,
  FORBIDDING_RULE_IDS,
  RULES,
  VIOLATION_RULES,
  allRules,
  ruleById,
  ruleForViolation,
  type RuleDefinition,
} from '../../src/rules/catalog.js';
import { RULE_TEXTS } from '../../src/rules/docs.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DOCS_DIR = path.join(ROOT, 'docs', 'rules');
const SRC_DIR = path.join(ROOT, 'src');

const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const catalogIds = Object.values(RULES).map((rule) => rule.id);
const readDoc = (id: string): string => readFileSync(path.join(DOCS_DIR, `${id}.md`), 'utf8');
const docPages = (): string[] => readdirSync(DOCS_DIR).filter((name) => name.endsWith('.md') && name !== 'README.md').map((name) => name.slice(0, -3));

/** GitHub code scanning's bands for `security-severity`. */
function band(score: number): 'critical' | 'high' | 'medium' | 'low' {
  return score >= 9 ? 'critical' : score >= 7 ? 'high' : score >= 4 ? 'medium' : 'low';
}

// ---------------------------------------------------------------------------------------------------------

const allRulesSuite = suite('allRules');

allRulesSuite('should list every rule of RULES exactly once, sorted by id', () => {
  assert.equal(allRules().map((rule) => rule.id), [...catalogIds].sort(byId));
});

allRulesSuite('should return a new array on every call', () => {
  const first = allRules();
  first.pop();
  assert.equal(allRules().length, catalogIds.length);
});

allRulesSuite('should give every rule a unique kebab-case id', () => {
  const ids = allRules().map((rule) => rule.id);
  assert.equal(ids.filter((id) => !/^[a-z][a-z0-9]*(-[a-z0-9]+)+$/.test(id)), []);
  assert.equal(new Set(ids).size, ids.length);
});

allRulesSuite('should keep VIOLATION_RULES, RULES and FORBIDDING_RULE_IDS consistent', () => {
  for (const [key, rule] of Object.entries(VIOLATION_RULES)) assert.is(RULES[key as keyof typeof RULES], rule, key);
  const violationIds = Object.values(VIOLATION_RULES).map((rule) => rule.id).sort(byId);
  assert.equal(allRules().filter((rule) => rule.family === 'violation').map((rule) => rule.id), violationIds);
  assert.equal([...FORBIDDING_RULE_IDS].filter((id) => !catalogIds.includes(id)), []);
  assert.equal([...FORBIDDING_RULE_IDS].map((id) => ruleById(id)?.severity), [...FORBIDDING_RULE_IDS].map(() => 'error'));
});

allRulesSuite('should have documentation text for exactly the catalogued rules', () => {
  assert.equal(Object.keys(RULE_TEXTS).sort(byId), [...catalogIds].sort(byId));
});

allRulesSuite('should document every rule for SARIF: description, help, link, severity, tags, precision', () => {
  const problems: string[] = [];
  for (const rule of allRules()) {
    const url = `${DOCS_BASE_URL}${rule.id}.md`;
    if (rule.docsUrl !== url) problems.push(`${rule.id}: docsUrl ${rule.docsUrl}`);
    if (rule.title.trim() === '' || rule.title.endsWith('.')) problems.push(`${rule.id}: title`);
    if (rule.fullDescription.trim() === '') problems.push(`${rule.id}: empty fullDescription`);
    if (rule.help.includes('`') || !rule.help.includes(url)) problems.push(`${rule.id}: help must be plain text naming ${url}`);
    if (!rule.helpMarkdown.includes(`[podgate docs: ${rule.id}](${url})`)) problems.push(`${rule.id}: helpMarkdown lacks the docs link`);
    if (rule.helpMarkdown.split('\n')[0]?.trim() === '') problems.push(`${rule.id}: helpMarkdown starts without a fix`);
    const score = Number(rule.securitySeverity);
    if (!/^\d{1,2}\.\d$/.test(rule.securitySeverity) || !(score >= 0 && score <= 10)) problems.push(`${rule.id}: securitySeverity ${rule.securitySeverity}`);
    const tags = ['security', 'kubernetes', 'pod-security-policy', rule.family];
    if (JSON.stringify(rule.tags) !== JSON.stringify(tags)) problems.push(`${rule.id}: tags ${rule.tags.join(',')}`);
    if (!['very-high', 'high', 'medium', 'low'].includes(rule.precision)) problems.push(`${rule.id}: precision ${rule.precision}`);
  }
  assert.equal(problems, []);
});

allRulesSuite('should rate security severity on GitHub\'s scale', () => {
  const expected: [string, ReturnType<typeof band>][] = [
    ['psp-privileged', 'critical'],
    ['psp-host-namespaces', 'high'],
    ['psp-host-paths', 'high'],
    ['psp-capabilities', 'high'],
    ['psp-privilege-escalation', 'high'],
    ['psp-proc-mount', 'high'],
    ['psp-volume-types', 'medium'],
    ['psp-no-usable-policy', 'medium'],
    ['invalid-pod-security-policy', 'medium'],
    ['yaml-syntax', 'low'],
    ['unrendered-template', 'low'],
    ['service-account-not-declared', 'low'],
    ['kustomize-patch', 'low'],
  ];
  assert.equal(expected.map(([id]) => [id, band(Number(ruleById(id)?.securitySeverity))]), expected);
  assert.equal(allRules().filter((rule) => rule.severity === 'note' && band(Number(rule.securitySeverity)) !== 'low').map((rule) => rule.id), []);
});

// ---------------------------------------------------------------------------------------------------------

const ruleByIdSuite = suite('ruleById');

ruleByIdSuite('should return the catalogued object for every id', () => {
  for (const rule of allRules()) assert.is(ruleById(rule.id), rule, rule.id);
  assert.is(ruleById('psp-privileged'), RULES.privileged);
  assert.is(ruleById('kustomize-patch'), RULES.kustomizePatch);
});

ruleByIdSuite('should return undefined for an id podgate does not have', () => {
  assert.equal([ruleById(''), ruleById('psp-privileged '), ruleById('PSP-PRIVILEGED'), ruleById('privileged')], [undefined, undefined, undefined, undefined]);
});

// ---------------------------------------------------------------------------------------------------------

const docsSuite = suite('docs/rules pages');

docsSuite('should have a page for every rule and a rule for every page', () => {
  const pages = docPages().sort(byId);
  const ids = allRules().map((rule) => rule.id);
  assert.equal(ids.filter((id) => !pages.includes(id)), [], 'rules without a page');
  assert.equal(pages.filter((page) => !ids.includes(page)), [], 'pages without a rule');
});

docsSuite('should open every page with "# <id>" and name the rule\'s title and default severity', () => {
  const problems: string[] = [];
  for (const rule of allRules()) {
    const text = readDoc(rule.id);
    if (text.split('\n')[0] !== `# ${rule.id}`) problems.push(`${rule.id}: first line ${JSON.stringify(text.split('\n')[0])}`);
    if (!text.includes(rule.title)) problems.push(`${rule.id}: title ${JSON.stringify(rule.title)} missing`);
    if (!text.includes(`default severity \`${rule.severity}\``)) problems.push(`${rule.id}: default severity ${rule.severity} missing`);
  }
  assert.equal(problems, []);
});

docsSuite('should give every page the sections: meaning, message, why, fix, options', () => {
  const sections = ['## What it means', '## The API server\'s message', '## Why it matters', '## How to fix', '## Options that affect it'];
  const problems = allRules().flatMap((rule) => {
    const text = readDoc(rule.id);
    const missing = sections.filter((heading) => !text.split('\n').includes(heading));
    const positions = sections.map((heading) => text.indexOf(`\n${heading}\n`));
    const ordered = positions.every((at, i) => i === 0 || at > (positions[i - 1] ?? -1));
    return [...missing.map((heading) => `${rule.id}: no "${heading}"`), ...(missing.length === 0 && !ordered ? [`${rule.id}: sections out of order`] : [])];
  });
  assert.equal(problems, []);
});

docsSuite('should show, for every policy violation, both a pod change and a RoleBinding granting `use`', () => {
  const problems = allRules()
    .filter((rule) => rule.family === 'violation')
    .flatMap((rule) => {
      const text = readDoc(rule.id);
      const out: string[] = [];
      if (!/```yaml\n/.test(text)) out.push(`${rule.id}: no YAML example`);
      if (!text.includes('RoleBinding')) out.push(`${rule.id}: no RoleBinding`);
      if (!/`use`|verbs: \['use'\]/.test(text)) out.push(`${rule.id}: no \`use\` grant`);
      return out;
    });
  assert.equal(problems, []);
});

docsSuite('should quote real API server messages for every policy violation', () => {
  // The exact detail text of each family's most common error (spec §7).
  const quotes: Record<string, string> = {
    'psp-privileged': 'Privileged containers are not allowed',
    'psp-host-namespaces': 'Host PID is not allowed to be used',
    'psp-host-ports': 'is not allowed to be used. Allowed ports: [',
    'psp-volume-types': 'volumes are not allowed to be used',
    'psp-host-paths': 'must be read-only',
    'psp-volume-drivers': 'Inline CSI driver is not allowed to be used',
    'psp-capabilities': 'capability may not be added',
    'psp-users-groups': 'running with the root UID is forbidden',
    'psp-selinux': 'must be s0:c1,c2',
    'psp-seccomp-apparmor': 'is not an allowed seccomp profile. Valid values are',
    'psp-sysctls': 'is not allowed',
    'psp-proc-mount': 'ProcMountType is not allowed',
    'psp-read-only-root-filesystem': 'ReadOnlyRootFilesystem must be set to true',
    'psp-privilege-escalation': 'Allowing privilege escalation for containers is not allowed',
    'psp-runtime-class': 'spec.runtimeClassName: Invalid value: "kata"',
    'psp-no-usable-policy': 'PodSecurityPolicy: unable to admit pod: []',
    'psp-no-policies': 'PodSecurityPolicy: no providers available to validate pod request',
    'psp-validate-phase': 'PodSecurityPolicy: unable to validate pod: [',
    'service-account-not-found': 'error looking up service account demo/ghost: serviceaccount "ghost" not found',
  };
  const missing = Object.entries(quotes).filter(([id, quote]) => !readDoc(id).includes(quote)).map(([id]) => id);
  assert.equal(missing, []);
});

docsSuite('should link only to pages that exist', () => {
  const pages = new Set([...docPages(), 'README'].map((name) => `${name}.md`));
  const broken = readdirSync(DOCS_DIR)
    .filter((name) => name.endsWith('.md'))
    .flatMap((name) => [...readFileSync(path.join(DOCS_DIR, name), 'utf8').matchAll(/\]\(([^)#:]+\.md)\)/g)].map((match) => ({ name, target: match[1] ?? '' })))
    .filter(({ target }) => !pages.has(target))
    .map(({ name, target }) => `${name} -> ${target}`);
  assert.equal(broken, []);
});

docsSuite('should list every rule in docs/rules/README.md with its severity, security severity and title', () => {
  const readme = readFileSync(path.join(DOCS_DIR, 'README.md'), 'utf8');
  const row = (rule: RuleDefinition): string =>
    `| [\`${rule.id}\`](${rule.id}.md) | \`${rule.severity}\` | ${rule.securitySeverity} (${band(Number(rule.securitySeverity))}) | ${rule.title} |`;
  assert.equal(allRules().filter((rule) => !readme.includes(row(rule))).map(row), []);
  assert.equal(readme.split('\n').filter((line) => line.startsWith('| [`')).length, allRules().length);
});

// ---------------------------------------------------------------------------------------------------------

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : entry.name.endsWith('.ts') ? [full] : [];
  });
}

interface EmittedIds {
  /** Rule id string literals: in `ruleId: …` expressions and as the rule argument of `report(source, '<id>', …)`. */
  literals: Map<string, string[]>;
  /** Property names read from RULES / VIOLATION_RULES. */
  keys: Map<string, string[]>;
}

/** Every rule id the source names, with the files naming it (src/rules itself excluded). */
function emittedIds(): EmittedIds {
  const literals = new Map<string, string[]>();
  const keys = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, key: string, file: string): void => {
    map.set(key, [...(map.get(key) ?? []), file]);
  };
  for (const file of sourceFiles(SRC_DIR)) {
    const rel = path.relative(SRC_DIR, file).split(path.sep).join('/');
    if (rel.startsWith('rules/')) continue;
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/\bruleId:\s*([^,\n}]+)/g)) {
      for (const literal of (match[1] ?? '').matchAll(/['"]([^'"]+)['"]/g)) add(literals, literal[1] ?? '', rel);
    }
    for (const match of text.matchAll(/\breport\(\s*[\w.]+\s*,\s*['"]([^'"]+)['"]/g)) add(literals, match[1] ?? '', rel);
    for (const match of text.matchAll(/\b(?:VIOLATION_)?RULES\.([A-Za-z_$][\w$]*)/g)) add(keys, match[1] ?? '', rel);
  }
  return { literals, keys };
}

const sourceSuite = suite('rule ids in src/');

sourceSuite('should catalog every rule id literal the source emits', () => {
  const { literals } = emittedIds();
  assert.equal([...literals].filter(([id]) => ruleById(id) === undefined).map(([id, files]) => `${id} (${files.join(', ')})`), []);
});

sourceSuite('should read only rules that exist from RULES and VIOLATION_RULES', () => {
  const { keys } = emittedIds();
  assert.equal([...keys].filter(([key]) => !(key in RULES)).map(([key, files]) => `RULES.${key} (${files.join(', ')})`), []);
});

sourceSuite('should find the emitting code of every rule outside the violation families', () => {
  const { literals, keys } = emittedIds();
  const named = new Set([...literals.keys(), ...[...keys.keys()].flatMap((key) => (key in RULES ? [RULES[key as keyof typeof RULES].id] : []))]);
  // Guards the scan itself: literals from each emitting layer are found.
  assert.equal(['unreadable-file', 'yaml-syntax', 'unrendered-template', 'invalid-object', 'duplicate-object', 'invalid-pod-security-policy'].filter((id) => !named.has(id)), []);
  assert.equal(allRules().filter((rule) => rule.family !== 'violation' && !named.has(rule.id)).map((rule) => rule.id), []);
});

// ---------------------------------------------------------------------------------------------------------

const violationSuite = suite('ruleForViolation');

/** API server field paths (spec §7, as the server prints them) and the family rule of each. */
const VIOLATION_PATHS: [string, string][] = [
  ['spec.containers[0].securityContext.privileged', 'psp-privileged'],
  ['spec.initContainers[1].securityContext.privileged', 'psp-privileged'],
  ['spec.securityContext.hostNetwork', 'psp-host-namespaces'],
  ['spec.securityContext.hostPID', 'psp-host-namespaces'],
  ['spec.securityContext.hostIPC', 'psp-host-namespaces'],
  ['spec.containers[0].hostPort', 'psp-host-ports'],
  ['spec.initContainers[0].hostPort', 'psp-host-ports'],
  ['spec.volumes[2]', 'psp-volume-types'],
  ['spec.volumes[12]', 'psp-volume-types'],
  ['spec.volumes[1].hostPath.pathPrefix', 'psp-host-paths'],
  ['spec.containers[0].volumeMounts[0].readOnly', 'psp-host-paths'],
  ['spec.initContainers[2].volumeMounts[3].readOnly', 'psp-host-paths'],
  ['spec.volumes[3].driver', 'psp-volume-drivers'],
  ['spec.volumes[4].csi.driver', 'psp-volume-drivers'],
  ['spec.containers[0].securityContext.capabilities', 'psp-capabilities'],
  ['spec.containers[0].securityContext.capabilities.add', 'psp-capabilities'],
  ['spec.containers[1].securityContext.capabilities.drop', 'psp-capabilities'],
  ['spec.securityContext.fsGroup', 'psp-users-groups'],
  ['spec.securityContext.supplementalGroups', 'psp-users-groups'],
  ['spec.containers[0].securityContext.runAsUser', 'psp-users-groups'],
  ['spec.containers[0].securityContext.runAsNonRoot', 'psp-users-groups'],
  ['spec.containers[0].securityContext', 'psp-users-groups'],
  ['spec.securityContext.seLinuxOptions', 'psp-selinux'],
  ['spec.securityContext.seLinuxOptions.level', 'psp-selinux'],
  ['spec.containers[0].securityContext.seLinuxOptions.type', 'psp-selinux'],
  ['spec.initContainers[0].securityContext.seLinuxOptions.user', 'psp-selinux'],
  ['pod.metadata.annotations[seccomp.security.alpha.kubernetes.io/pod]', 'psp-seccomp-apparmor'],
  ['pod.metadata.annotations[container.seccomp.security.alpha.kubernetes.io/app]', 'psp-seccomp-apparmor'],
  ['pod.metadata.annotations[container.apparmor.security.beta.kubernetes.io/app]', 'psp-seccomp-apparmor'],
  ['pod.spec.securityContext.sysctls[0]', 'psp-sysctls'],
  ['pod.spec.securityContext.sysctls[3]', 'psp-sysctls'],
  ['spec.containers[0].securityContext.procMount', 'psp-proc-mount'],
  ['spec.containers[0].securityContext.readOnlyRootFilesystem', 'psp-read-only-root-filesystem'],
  ['spec.containers[0].securityContext.allowPrivilegeEscalation', 'psp-privilege-escalation'],
  ['spec.ephemeralContainers[0].securityContext.allowPrivilegeEscalation', 'psp-privilege-escalation'],
  ['spec.runtimeClassName', 'psp-runtime-class'],
];

violationSuite('should map every API server error path to its family rule', () => {
  assert.equal(VIOLATION_PATHS.map(([path]) => [path, ruleForViolation(path).id]), VIOLATION_PATHS);
});

violationSuite('should cover every violation family with the table', () => {
  assert.equal(new Set(VIOLATION_PATHS.map(([, id]) => id)).size, Object.keys(VIOLATION_RULES).length);
});

violationSuite('should return the catalogued rule object, with its documentation', () => {
  assert.is(ruleForViolation('spec.containers[0].securityContext.privileged'), RULES.privileged);
  assert.is(ruleForViolation('spec.runtimeClassName').docsUrl, `${DOCS_BASE_URL}psp-runtime-class.md`);
});

allRulesSuite.run();
ruleByIdSuite.run();
docsSuite.run();
sourceSuite.run();
violationSuite.run();
