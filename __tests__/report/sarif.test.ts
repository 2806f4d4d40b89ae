// Tests for sarif.ts and its helpers, the code-scanning report: the whole log for a small case, rules[] from
// the catalog, fingerprints that survive moved YAML, suppressions, awkward paths, determinism, and a golden
// file for examples/. Every log produced here is checked against the SARIF 2.1.0 schema (sarif-schema.ts).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Log, ReportingDescriptor } from 'sarif';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Diagnostic } from '../../src/api/diagnostic.js';
import { DEFAULT_LINT_OPTIONS, lint, type LintResult, type LintSource } from '../../src/lint.js';
import { discoverManifests } from '../../src/load/discover.js';
import { FINGERPRINT_KEY, fingerprints, semanticHash, withoutLineNumbers } from '../../src/report/sarif-fingerprint.js';
import { toArtifactLocation, withRelatedLinks } from '../../src/report/sarif-locations.js';
import { pascalCase, toReportingDescriptor } from '../../src/report/sarif-rules.js';
import { OMITTED_RESULTS_PROPERTY, renderSarif, SARIF_SCHEMA_URI, toSarif } from '../../src/report/sarif.js';
import { allRules, ruleById } from '../../src/rules/catalog.js';
import { at, podManifest, policy, policyFile, run } from '../lint/lint-fixtures.js';
import { assertValidSarif, SARIF_FIXTURES } from './sarif-schema.js';

const SARIF_OPTIONS = { toolVersion: '1.2.3' };
const BAD_POD: LintSource = { path: 'apps/bad.yaml', text: podManifest({ spec: ['serviceAccountName: web', 'containers:', '- name: app', '  image: nginx', '  securityContext:', '    privileged: true'] }) };
const GOOD_POD: LintSource = { path: 'apps/good.yaml', text: podManifest({ spec: ['containers:', '- name: app', '  image: nginx'] }) };
const PRIVILEGED = 'spec.containers[0].securityContext.privileged: Invalid value: true: Privileged containers are not allowed (pod "web" of Pod "web")';
const NOTE = 'Service account "shop/web" is not declared in these manifests; podgate assumes it exists in the cluster (ServiceAccount admission refuses the pod otherwise; --require-service-accounts makes this a rejection)';
const RELATED = ['PodSecurityPolicy "restricted" (usable by system:serviceaccount:shop:web)', 'ClusterRoleBinding "psp-use-service-accounts"', 'ClusterRole "psp-use"'];

/** toSarif, checked against the schema and podgate's own promises before any test looks at it. */
function sarifOf(result: LintResult): Log {
  const log = toSarif(result, SARIF_OPTIONS);
  assertValidSarif(log);
  return log;
}

const results = (log: Log) => log.runs[0]?.results ?? [];
const region = (startLine: number, startColumn: number, endLine = startLine, endColumn = startColumn) => ({ startLine, startColumn, endLine, endColumn });
const inRepo = (uri: string) => ({ uri, uriBaseId: '%SRCROOT%' });

// ---------------------------------------------------------------------------------------------------------------
const toSarifSuite = suite('toSarif');

toSarifSuite('should describe a forbidden pod: the rules, each finding at its node, the policy and binding as related locations', () => {
  const log = sarifOf(run([policyFile(policy()), BAD_POD]));
  const rules = allRules().map(toReportingDescriptor);
  const index = (id: string) => rules.findIndex((rule) => rule.id === id);
  assert.equal(log, {
    $schema: 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'podgate', semanticVersion: '1.2.3', informationUri: 'https://github.com/podgate/podgate', rules } },
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The directory podgate ran in (the repository root); every file path is relative to it.' } } },
        results: [
          {
            ruleId: 'service-account-not-declared',
            ruleIndex: index('service-account-not-declared'),
            level: 'note',
            message: { text: NOTE },
            locations: [{ physicalLocation: { artifactLocation: inRepo('apps/bad.yaml'), region: region(7, 23, 7, 26) } }],
            partialFingerprints: { 'podgate/v1': '67808739cd18a967a17029480c62fb53:1' },
          },
          {
            ruleId: 'psp-privileged',
            ruleIndex: index('psp-privileged'),
            level: 'error',
            message: { text: `${PRIVILEGED}. Related: [${RELATED[0]}](1), [${RELATED[1]}](2), [${RELATED[2]}](3).` },
            locations: [{ physicalLocation: { artifactLocation: inRepo('apps/bad.yaml'), region: region(12, 19, 12, 23) } }],
            relatedLocations: [
              { id: 1, physicalLocation: { artifactLocation: inRepo('policy.yaml'), region: region(1, 1) }, message: { text: RELATED[0] } },
              { id: 2, physicalLocation: { artifactLocation: inRepo('policy.yaml'), region: region(26, 1) }, message: { text: RELATED[1] } },
              { id: 3, physicalLocation: { artifactLocation: inRepo('policy.yaml'), region: region(17, 1) }, message: { text: RELATED[2] } },
            ],
            partialFingerprints: { 'podgate/v1': '80e9a4ee5e36bad651189e9941981519:1' },
          },
        ],
        columnKind: 'utf16CodeUnits',
      },
    ],
  });
  assert.is(SARIF_SCHEMA_URI, log.$schema);
});

toSarifSuite('should write an empty results array when there is nothing to report', () => {
  const log = sarifOf(run([policyFile(policy()), GOOD_POD]));
  assert.equal(results(log), []);
  assert.equal(Object.keys(log.runs[0] ?? {}), ['tool', 'originalUriBaseIds', 'results', 'columnKind']);
});

toSarifSuite('should keep every fingerprint when the YAML moves down 3 lines, and move only the regions', () => {
  const before = sarifOf(run([policyFile(policy()), BAD_POD]));
  const after = sarifOf(run([policyFile(policy()), { ...BAD_POD, text: `# moved\n# down\n# three lines\n${BAD_POD.text}` }]));
  const prints = (log: Log) => results(log).map((result) => result.partialFingerprints);
  assert.equal(prints(after), prints(before));
  assert.equal(
    results(after).map((result) => result.locations?.[0]?.physicalLocation?.region),
    results(before).map((result) => {
      const r = result.locations?.[0]?.physicalLocation?.region;
      return { ...r, startLine: (r?.startLine ?? 0) + 3, endLine: (r?.endLine ?? 0) + 3 };
    }),
  );
});

toSarifSuite('should carry an in-source suppression with its justification, and none on other findings', () => {
  const diagnostic = (message: string, suppressed: boolean): Diagnostic => ({
    ruleId: 'psp-privileged',
    severity: 'error',
    message,
    location: at('apps/bad.yaml', 12, 19, 12, 23),
    object: { apiVersion: 'v1', kind: 'Pod', namespace: 'shop', name: 'web' },
    fieldPath: 'spec.containers[0].securityContext.privileged',
    related: [],
    ...(suppressed ? { suppression: { kind: 'inSource' as const, justification: 'podgate.dev/ignore: the node agent needs it' } } : {}),
  });
  const log = sarifOf({ kubeMinor: 24, pods: [], counts: { pods: 0, forbidden: 0 }, diagnostics: [diagnostic('a', true), diagnostic('b', false)] });
  assert.equal(
    results(log).map((result) => result.suppressions),
    [[{ kind: 'inSource', justification: 'podgate.dev/ignore: the node agent needs it' }], undefined],
  );
});

toSarifSuite('should mark the findings a podgate.dev/ignore annotation names as suppressed in source', () => {
  const annotated: LintSource = { ...BAD_POD, text: podManifest({ annotations: ["podgate.dev/ignore: 'psp-privileged: the node agent needs it'"], spec: ['serviceAccountName: web', 'containers:', '- name: app', '  image: nginx', '  securityContext:', '    privileged: true'] }) };
  const log = sarifOf(run([policyFile(policy()), annotated]));
  assert.equal(
    results(log).map((result) => [result.ruleId, result.suppressions?.map((suppression) => suppression.kind)]),
    [['service-account-not-declared', undefined], ['psp-privileged', ['inSource']]],
  );
  assert.match(results(log)[1]?.suppressions?.[0]?.justification ?? '', 'the node agent needs it');
});

toSarifSuite('should give files outside the source root, standard input and odd names URIs that validate', () => {
  const renamed = (path: string): LintSource => ({ ...BAD_POD, path });
  const log = sarifOf(run([policyFile(policy()), renamed('<stdin>'), renamed('../elsewhere/shop web #1.yaml'), renamed('shop/ünïcode:job%.yaml')]));
  const locations = [...new Set(results(log).map((result) => JSON.stringify(result.locations?.[0]?.physicalLocation?.artifactLocation)))].sort();
  assert.equal(locations.map((json) => JSON.parse(json) as unknown), [
    { uri: '%3Cstdin%3E', description: { text: 'Standard input' } },
    inRepo('../elsewhere/shop%20web%20%231.yaml'),
    inRepo('shop/%C3%BCn%C3%AFcode%3Ajob%25.yaml'),
  ]);
});

toSarifSuite('should order results like the diagnostics and give the same bytes for any input order', () => {
  const sources = [policyFile(policy()), BAD_POD, GOOD_POD, { ...BAD_POD, path: 'apps/again.yaml' }];
  const text = renderSarif(run(sources), SARIF_OPTIONS);
  assert.is(renderSarif(run([...sources].reverse()), SARIF_OPTIONS), text);
  assert.ok(text.endsWith('}\n') && text.startsWith('{\n  "$schema"'));
  assert.equal(
    results(JSON.parse(text) as Log).map((result) => [result.locations?.[0]?.physicalLocation?.artifactLocation?.uri, result.ruleId]),
    [['apps/again.yaml', 'service-account-not-declared'], ['apps/again.yaml', 'psp-privileged'], ['apps/bad.yaml', 'service-account-not-declared'], ['apps/bad.yaml', 'psp-privileged']],
  );
});

toSarifSuite('should keep the most severe results under maxResults, in report order, with their own fingerprints, and count the rest', () => {
  const sources = [policyFile(policy()), BAD_POD, GOOD_POD, { ...BAD_POD, path: 'apps/again.yaml' }];
  const whole = toSarif(run(sources), SARIF_OPTIONS);
  const key = (result: NonNullable<Log['runs'][number]['results']>[number]) => [result.locations?.[0]?.physicalLocation?.artifactLocation?.uri, result.ruleId, result.level, result.partialFingerprints?.[FINGERPRINT_KEY]];
  assert.equal(results(whole).map((result) => result.level), ['note', 'error', 'note', 'error']);
  assert.is(whole.runs[0]?.properties, undefined, 'nothing left out, no property');
  const capped = toSarif(run(sources), { ...SARIF_OPTIONS, maxResults: 3 });
  // The two errors, then the first warning in report order; fingerprints are those of the uncapped log.
  assert.equal(results(capped).map(key), [results(whole)[0], results(whole)[1], results(whole)[3]].map((result) => key(result!)));
  assert.equal(capped.runs[0]?.properties, { [OMITTED_RESULTS_PROPERTY]: 1 });
  assert.equal(results(toSarif(run(sources), { ...SARIF_OPTIONS, maxResults: 1 })).map((result) => result.level), ['error']);
  assert.is(renderSarif(run(sources), { ...SARIF_OPTIONS, maxResults: 4 }), renderSarif(run(sources), SARIF_OPTIONS), 'a cap at the count changes nothing');
});

toSarifSuite('should take the informationUri from the options when given', () => {
  const log = toSarif(run([GOOD_POD]), { toolVersion: '2.0.0', informationUri: 'https://example.com/podgate' });
  assert.equal([log.runs[0]?.tool.driver.semanticVersion, log.runs[0]?.tool.driver.informationUri], ['2.0.0', 'https://example.com/podgate']);
});

toSarifSuite.run();

// ---------------------------------------------------------------------------------------------------------------
const rulesSuite = suite('toReportingDescriptor');

rulesSuite('should describe every catalogued rule once, in catalog order, for GitHub code scanning', () => {
  const rules = toSarif(run([]), SARIF_OPTIONS).runs[0]?.tool.driver.rules ?? [];
  assert.equal(rules.map((rule) => rule.id), allRules().map((rule) => rule.id));
  for (const rule of rules) {
    assert.match(rule.properties?.['security-severity'] as string, /^(10|\d)\.\d$/, rule.id);
    assert.ok(rule.properties?.tags?.includes('security'), `${rule.id}: GitHub reads security-severity only with the security tag`);
    assert.ok(rule.help?.markdown?.includes(rule.helpUri ?? '?'), `${rule.id}: help links its docs page`);
  }
});

rulesSuite('should write the whole descriptor of psp-privileged', () => {
  const rule = ruleById('psp-privileged');
  assert.ok(rule);
  const expected: ReportingDescriptor = {
    id: 'psp-privileged',
    name: 'PspPrivileged',
    shortDescription: { text: 'Privileged container not allowed by any usable PodSecurityPolicy' },
    fullDescription: { text: rule.fullDescription },
    help: { text: rule.help, markdown: rule.helpMarkdown },
    helpUri: 'https://github.com/podgate/podgate/blob/main/docs/rules/psp-privileged.md',
    defaultConfiguration: { level: 'error' },
    properties: { tags: rule.tags, precision: 'very-high', 'security-severity': rule.securitySeverity },
  };
  assert.equal(toReportingDescriptor(rule), expected);
});

rulesSuite('should name rules in PascalCase', () => {
  assert.equal(['psp-privileged', 'yaml-syntax', 'psp-read-only-root-filesystem', 'api-version-not-served'].map(pascalCase), ['PspPrivileged', 'YamlSyntax', 'PspReadOnlyRootFilesystem', 'ApiVersionNotServed']);
});

rulesSuite.run();

// ---------------------------------------------------------------------------------------------------------------
const fingerprintSuite = suite('fingerprints');

const FINDING: Diagnostic = {
  ruleId: 'duplicate-object',
  severity: 'warning',
  message: 'Role "x" in namespace "shop" is declared again later',
  location: at('rbac.yaml', 3, 1),
  object: { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role', namespace: 'shop', name: 'x' },
  related: [],
};

fingerprintSuite('should hash rule, file, object, field path and message, never the region', () => {
  const keys = ['duplicate-object', 'rbac.yaml', 'rbac.authorization.k8s.io/v1', 'Role', 'shop', 'x', '', FINDING.message];
  assert.is(semanticHash(FINDING), createHash('sha256').update(JSON.stringify(keys)).digest('hex').slice(0, 32));
  assert.is(semanticHash({ ...FINDING, location: at('rbac.yaml', 40, 7) }), semanticHash(FINDING));
  for (const changed of [{ ruleId: 'invalid-object' }, { location: at('other.yaml', 3, 1) }, { fieldPath: 'rules' }, { message: 'other' }, { object: { ...FINDING.object!, name: 'y' } }]) {
    assert.is.not(semanticHash({ ...FINDING, ...changed }), semanticHash(FINDING), JSON.stringify(changed));
  }
});

fingerprintSuite('should number identical findings in order, so each stays its own alert', () => {
  const other = { ...FINDING, message: 'other' };
  const hash = semanticHash(FINDING);
  assert.equal(fingerprints([FINDING, other, { ...FINDING, location: at('rbac.yaml', 9, 1) }]), [`${hash}:1`, `${semanticHash(other)}:1`, `${hash}:2`]);
  assert.is(FINGERPRINT_KEY, 'podgate/v1');
});

fingerprintSuite('should drop line and column numbers from messages, keeping other numbers', () => {
  assert.equal(
    ['declared first at line 12, column 3', 'see lines 4-9', 'as in deploy/web.yaml:40:21', 'hostPort 8080 not in [1000-2000]'].map(withoutLineNumbers),
    ['declared first at line N, column N', 'see lines N', 'as in deploy/web.yaml', 'hostPort 8080 not in [1000-2000]'],
  );
});

fingerprintSuite.run();

// ---------------------------------------------------------------------------------------------------------------
const locationsSuite = suite('sarif locations');

locationsSuite('should percent-encode each path segment and keep `..`', () => {
  assert.equal(
    ['deploy/web.yaml', '../up/a b.yaml', 'x/[1]#?.yml', '<stdin>'].map(toArtifactLocation),
    [inRepo('deploy/web.yaml'), inRepo('../up/a%20b.yaml'), inRepo('x/%5B1%5D%23%3F.yml'), { uri: '%3Cstdin%3E', description: { text: 'Standard input' } }],
  );
});

locationsSuite('should link related locations from the message, escaping brackets in link text only', () => {
  const related = [{ id: 1, message: { text: 'Role "a[0]"' } }, { id: 3, message: { text: 'back\\slash' } }];
  assert.is(withRelatedLinks('spec.volumes[0]: bad', related), 'spec.volumes[0]: bad. Related: [Role "a\\[0\\]"](1), [back\\\\slash](3).');
  assert.is(withRelatedLinks('Done.', related.slice(0, 1)), 'Done. Related: [Role "a\\[0\\]"](1).');
  assert.is(withRelatedLinks('alone', []), 'alone');
});

locationsSuite.run();

// ---------------------------------------------------------------------------------------------------------------
const golden = suite('renderSarif: examples/ and the corpus');

/** The version the golden file names; fixed, so releases do not change it. */
const GOLDEN_VERSION = '0.0.0-golden';
const GOLDEN = `${SARIF_FIXTURES}/examples.sarif`;

/** `podgate --format sarif DIR` without the CLI: discover (as the CLI reads files), lint, render. */
async function sarifFor(dir: string, toolVersion = GOLDEN_VERSION): Promise<string> {
  const { sources, diagnostics } = await discoverManifests([dir], { cwd: process.cwd(), ignore: [], maxFileBytes: 50 * 1024 * 1024 });
  const result = lint(sources, DEFAULT_LINT_OPTIONS);
  return renderSarif({ ...result, diagnostics: [...diagnostics, ...result.diagnostics] }, { toolVersion });
}

golden('should match fixtures/sarif/examples.sarif byte for byte (UPDATE_GOLDEN=1 rewrites it)', async () => {
  const text = await sarifFor('examples');
  assertValidSarif(text, 'examples/ SARIF');
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(GOLDEN, text);
  assert.fixture(text, readFileSync(GOLDEN, 'utf8'));
});

golden('should validate for every corpus bundle', async () => {
  const bundles = '__tests__/fixtures/corpus/bundles';
  for (const name of readdirSync(bundles, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort()) {
    assertValidSarif(await sarifFor(`${bundles}/${name}`), name);
  }
});

golden.run();
