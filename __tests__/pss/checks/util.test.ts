// Tests for src/pss/checks/util: safe field reads, the visit order and the renderers of spec §0.3 (Q, CN, pl, S,
// GoQ), and the shape of ALL_CHECKS (IDs, levels, versions, overrides of spec §2.1–§2.2) and of the check files.

import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { ALL_CHECKS } from '../../../src/pss/checks/index.js';
import {
  compareBytes, containerNoun, decimal, get, goQuote, isWindowsPod, joinQuote, list, obj, pluralize, sortedSet, str,
  strList, usesUserNamespace, visitContainers,
} from '../../../src/pss/checks/util.js';

const util = suite('pss checks util');

util('should read set fields only, null being unset', () => {
  assert.equal(get({ a: { b: 1 } }, 'a', 'b'), 1);
  assert.is(get({ a: null }, 'a', 'b'), undefined);
  assert.is(get({ a: { b: null } }, 'a', 'b'), undefined);
  assert.is(get({ a: [1] }, 'a', '0'), undefined);
  assert.is(obj([]), undefined);
  assert.is(obj(null), undefined);
  assert.is(str(null), '');
  assert.is(str(5), '');
  assert.equal(list(null), []);
  assert.equal(strList(['A', null, 'B']), ['A', '', 'B']);
});

util('should visit init containers, then containers, then ephemeral containers, null items as empty', () => {
  const spec = {
    containers: [{ name: 'c1' }, null, { image: 'x' }],
    ephemeralContainers: [{ name: 'e1' }],
    initContainers: [{ name: 'i1' }, { name: 'i2' }],
  };
  assert.equal(visitContainers(spec).map(({ name }) => name), ['i1', 'i2', 'c1', '', '', 'e1']);
  assert.equal(visitContainers({}), []);
  assert.equal(visitContainers({ containers: null }), []);
});

util('should recognise Windows pods and user-namespaced pods exactly', () => {
  assert.ok(isWindowsPod({ os: { name: 'windows' } }));
  assert.not.ok(isWindowsPod({ os: { name: 'Windows' } }));
  assert.not.ok(isWindowsPod({ os: null }));
  assert.ok(usesUserNamespace({ hostUsers: false }));
  assert.not.ok(usesUserNamespace({ hostUsers: true }));
  assert.not.ok(usesUserNamespace({}));
  assert.not.ok(usesUserNamespace({ hostUsers: null }));
});

util('should render Q, CN and pl without escaping', () => {
  assert.is(joinQuote([]), '');
  assert.is(joinQuote(['a']), '"a"');
  assert.is(joinQuote(['a', 'b"c']), '"a", "b"c"');
  assert.is(containerNoun(['app']), 'container "app"');
  assert.is(containerNoun(['a', 'b']), 'containers "a", "b"');
  assert.is(pluralize('x', 'xs', 0), 'xs');
  assert.is(pluralize('x', 'xs', 1), 'x');
  assert.is(pluralize('x', 'xs', 2), 'xs');
});

util('should sort sets by UTF-8 byte order, not UTF-16 code units', () => {
  assert.equal(sortedSet(['b', 'a', 'b', 'B', '10250', '8080']), ['10250', '8080', 'B', 'a', 'b']);
  // U+1F600 (surrogate pair) is after U+FF5E in byte order, before it in UTF-16 order.
  assert.equal(sortedSet(['\u{1F600}', '\uFF5E']), ['\uFF5E', '\u{1F600}']);
  assert.is(compareBytes('a', 'ab'), -1);
  assert.is(compareBytes('ab', 'a'), 1);
  assert.is(compareBytes('same', 'same'), 0);
});

util('should quote like Go %q', () => {
  assert.is(goQuote('unconfined'), '"unconfined"');
  assert.is(goQuote(''), '""');
  assert.is(goQuote('a"b\\c'), '"a\\"b\\\\c"');
  assert.is(goQuote('\n\r\t\x07\b\f\v'), '"\\n\\r\\t\\a\\b\\f\\v"');
  assert.is(goQuote('\x00\x1b\x7f'), '"\\x00\\x1b\\x7f"');
  assert.is(goQuote('héllo 日本 😀'), '"héllo 日本 😀"');
  assert.is(goQuote('\u00a0\u200b\u{E0001}'), '"\\u00a0\\u200b\\U000e0001"');
  assert.is(goQuote('\ud800'), '"\uFFFD"');
});

util('should print integers in decimal', () => {
  assert.is(decimal(8080), '8080');
  assert.is(decimal(-1), '-1');
});

const shape = suite('pss ALL_CHECKS shape');

const BASELINE = [
  'appArmorProfile', 'capabilities_baseline', 'hostNamespaces', 'hostPathVolumes', 'hostPorts', 'hostProbesAndHostLifecycle',
  'privileged', 'procMount', 'seLinuxOptions', 'seccompProfile_baseline', 'sysctls', 'windowsHostProcess',
];
const RESTRICTED = [
  'allowPrivilegeEscalation', 'capabilities_restricted', 'procMount_restricted', 'restrictedVolumes', 'runAsNonRoot',
  'runAsUser', 'seccompProfile_restricted',
];

shape('should list the 19 checks of spec §2.1 in registry order, with their levels', () => {
  assert.equal(ALL_CHECKS.map((check) => check.id), [...BASELINE, ...RESTRICTED]);
  assert.equal([...BASELINE].sort(compareBytes), BASELINE);
  assert.equal([...RESTRICTED].sort(compareBytes), RESTRICTED);
  for (const check of ALL_CHECKS) assert.is(check.level, BASELINE.includes(check.id) ? 'baseline' : 'restricted', check.id);
});

shape('should start implementations at the versions of spec §2.2, with the overrides of each', () => {
  const matrix = Object.fromEntries(ALL_CHECKS.map((check) => [
    check.id,
    check.versions.map((v) => `${v.minimumVersion.major}.${v.minimumVersion.minor}${v.overrides ? `>${v.overrides.join('+')}` : ''}`),
  ]));
  assert.equal(matrix, {
    appArmorProfile: ['1.0'],
    capabilities_baseline: ['1.0'],
    hostNamespaces: ['1.0'],
    hostPathVolumes: ['1.0'],
    hostPorts: ['1.0'],
    hostProbesAndHostLifecycle: ['1.34'],
    privileged: ['1.0'],
    procMount: ['1.0', '1.35'],
    seLinuxOptions: ['1.0', '1.31'],
    seccompProfile_baseline: ['1.0', '1.19'],
    sysctls: ['1.0', '1.27', '1.29', '1.32', '1.37'],
    windowsHostProcess: ['1.0'],
    allowPrivilegeEscalation: ['1.8', '1.25'],
    capabilities_restricted: ['1.22>capabilities_baseline', '1.25>capabilities_baseline'],
    procMount_restricted: ['1.35>procMount'],
    restrictedVolumes: ['1.0>hostPathVolumes'],
    runAsNonRoot: ['1.0', '1.35'],
    runAsUser: ['1.23', '1.35'],
    seccompProfile_restricted: ['1.19>seccompProfile_baseline', '1.25>seccompProfile_baseline'],
  });
});

const CHECKS_DIR = fileURLToPath(new URL('../../../src/pss/checks/', import.meta.url));
const sources = readdirSync(CHECKS_DIR).filter((file) => file.endsWith('.ts')).map((file) => ({ file, text: readFileSync(CHECKS_DIR + file, 'utf8') }));

shape('should keep every check file small, headed, with .js specifiers and type-only type imports', () => {
  for (const { file, text } of sources) {
    assert.ok(text.split('\n').length <= 150, `${file} is over 150 lines`);
    assert.ok(/^\/\/ .+\n(\/\/ .+\n){0,2}\n/.test(text), `${file} lacks a 1-3 line header`);
    for (const [, specifier] of text.matchAll(/from '(\.[^']*)'/g)) assert.ok(specifier?.endsWith('.js'), `${file}: ${specifier}`);
    assert.not.ok(/import \{[^}]*\b(Check|CheckResult|PssPod|VersionedCheck|PssVersion)\b[^}]*\} from '\.\.\/types\.js'/.test(text), `${file} imports a type as a value`);
    assert.not.ok(text.includes('localeCompare'), `${file} uses localeCompare`);
  }
});

shape('should name the upstream check_<name>.go each check file mirrors', () => {
  for (const { file, text } of sources.filter(({ file }) => file !== 'util.ts' && file !== 'index.ts')) {
    assert.ok(/check_[A-Za-z_]+\.go/.test(text.split('\n').slice(0, 3).join('\n')), file);
  }
});

util.run();
shape.run();
