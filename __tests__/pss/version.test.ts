// Tests for pss/version.ts: levels and policy versions as upstream api/helpers.go parses, prints and orders
// them (spec §1.1–§1.2; cases from api/helpers_test.go and the spec's valid/invalid lists).
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { LATEST_VERSION } from '../../src/pss/types.js';
import {
  compareLevels,
  compareVersions,
  isLatest,
  isOlder,
  levelVersionString,
  majorMinor,
  minVersion,
  parseLevel,
  parseVersion,
  versionString,
} from '../../src/pss/version.js';

const parseVersionSuite = suite('parseVersion');

parseVersionSuite('should accept latest and v1.<minor> without leading zeros', () => {
  assert.equal(parseVersion('latest'), { value: LATEST_VERSION });
  assert.equal(parseVersion('v1.0'), { value: { major: 1, minor: 0 } });
  assert.equal(parseVersion('v1.25'), { value: { major: 1, minor: 25 } });
  assert.equal(parseVersion('v1.10000'), { value: { major: 1, minor: 10000 } });
  assert.equal(parseVersion('v1.99'), { value: { major: 1, minor: 99 } });
});

parseVersionSuite('should refuse everything else with the upstream error and return latest', () => {
  const invalid = ['v1.05', 'v1.00', '1.25', 'v1', 'v2.0', 'V1.25', 'v1.25.0', '', 'foo', 'Latest', 'v1.', 'v1.-1', ' v1.2', 'v1.2\n', 'v1.99999999999999999999'];
  for (const text of invalid) assert.equal(parseVersion(text), { value: LATEST_VERSION, error: 'must be "latest" or "v1.x"' }, text);
});

const parseLevelSuite = suite('parseLevel');

parseLevelSuite('should accept the three levels exactly', () => {
  assert.equal(['privileged', 'baseline', 'restricted'].map(parseLevel), [{ value: 'privileged' }, { value: 'baseline' }, { value: 'restricted' }]);
});

parseLevelSuite('should refuse other spellings with the upstream error and return restricted', () => {
  for (const text of ['Restricted', '', 'strict', 'baseline ', 'PRIVILEGED']) {
    assert.equal(parseLevel(text), { value: 'restricted', error: 'must be one of privileged, baseline, restricted' }, text);
  }
});

const compareLevelsSuite = suite('compareLevels');

compareLevelsSuite('should order privileged < baseline < restricted, clamped to -1/0/1', () => {
  assert.equal(compareLevels('restricted', 'privileged'), 1);
  assert.equal(compareLevels('privileged', 'restricted'), -1);
  assert.equal(compareLevels('baseline', 'privileged'), 1);
  assert.equal(compareLevels('baseline', 'restricted'), -1);
  assert.equal(compareLevels('baseline', 'baseline'), 0);
});

const printing = suite('versionString / levelVersionString');

printing('should print latest and v<major>.<minor>', () => {
  assert.equal(versionString(LATEST_VERSION), 'latest');
  assert.equal(versionString(majorMinor(25)), 'v1.25');
  assert.equal(versionString(majorMinor(0)), 'v1.0');
  assert.equal(levelVersionString('restricted', LATEST_VERSION), 'restricted:latest');
  assert.equal(levelVersionString('baseline', majorMinor(23)), 'baseline:v1.23');
  assert.equal(levelVersionString('privileged', majorMinor(0)), 'privileged:v1.0');
  assert.equal(levelVersionString('restricted', parseVersion('v1.99').value), 'restricted:v1.99');
});

const ordering = suite('compareVersions / isOlder / minVersion');

ordering('should order numbered versions by minor, numerically', () => {
  assert.ok(isOlder(majorMinor(2), majorMinor(10)));
  assert.not.ok(isOlder(majorMinor(10), majorMinor(2)));
  assert.not.ok(isOlder(majorMinor(5), majorMinor(5)));
  assert.equal(compareVersions(majorMinor(5), majorMinor(5)), 0);
});

ordering('should put latest after every numbered version, even future ones', () => {
  assert.ok(isOlder(majorMinor(10000), LATEST_VERSION));
  assert.ok(isOlder(majorMinor(37), LATEST_VERSION));
  assert.equal(compareVersions(LATEST_VERSION, LATEST_VERSION), 0);
  assert.ok(isLatest(parseVersion('latest').value));
  assert.not.ok(isLatest(majorMinor(37)));
});

ordering('should clamp with minVersion (requested, target, newest check)', () => {
  assert.equal(minVersion(LATEST_VERSION, majorMinor(37)), majorMinor(37));
  assert.equal(minVersion(majorMinor(99), majorMinor(37)), majorMinor(37));
  assert.equal(minVersion(majorMinor(23), majorMinor(37)), majorMinor(23));
});

ordering('should refuse to build an impossible version (a bug, not input)', () => {
  assert.throws(() => majorMinor(-1), /invalid policy minor version -1/);
  assert.throws(() => majorMinor(1.5), /invalid policy minor version 1.5/);
});

parseVersionSuite.run();
parseLevelSuite.run();
compareLevelsSuite.run();
printing.run();
ordering.run();
