// Tests for findingsIndex (the reports' lookup of a pod's findings) and groupBy: the same findings, in the same
// order, as a scan of every diagnostic per pod, on real repositories.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { groupBy } from '../../src/api/group.js';
import { DEFAULT_LINT_OPTIONS, lint } from '../../src/lint.js';
import { findingsIndex } from '../../src/report/findings-of.js';
import { sourcesUnder } from '../lint/lint-fixtures.js';

const findings = suite('findingsIndex');

findings('should give each pod the findings a scan of every diagnostic gives, in order', () => {
  for (const dir of ['examples', '__tests__/fixtures/corpus/psp-examples', '__tests__/fixtures/conformance/oracle/handmade']) {
    const result = lint(sourcesUnder(dir), { ...DEFAULT_LINT_OPTIONS, kubernetesVersionGiven: true });
    const findingsOf = findingsIndex(result.diagnostics);
    let found = 0;
    for (const pod of result.pods) {
      const { ref, source } = pod.subject;
      const scanned = result.diagnostics.filter((d) => d.object === ref && d.location.file === source.file);
      assert.equal(findingsOf(ref, source.file), scanned, `${source.file} ${ref.name}`);
      found += scanned.length;
    }
    assert.ok(found > 0, `${dir} has findings`);
  }
});

findings('should group in first-seen order without losing members', () => {
  const groups = groupBy(['b1', 'a1', 'b2', 'c1', 'a2'], (item) => item[0]);
  assert.equal([...groups], [['b', ['b1', 'b2']], ['a', ['a1', 'a2']], ['c', ['c1']]]);
});

findings.run();
