import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { child, goCapabilities, goInt64s, goNull, goString, invalid, forbidden, required, notSupported, renderFieldError, quoteGo } from '../../src/psp/field.js';

const render = suite('renderFieldError');

render('should render an Invalid error with a Go-quoted string and detail', () => {
  assert.equal(
    renderFieldError(invalid('spec.volumes[0]', goString('hostPath'), 'hostPath volumes are not allowed to be used')),
    'spec.volumes[0]: Invalid value: "hostPath": hostPath volumes are not allowed to be used',
  );
});

render('should render nil as the quoted string null', () => {
  assert.equal(
    renderFieldError(invalid('x.readOnlyRootFilesystem', goNull, 'ReadOnlyRootFilesystem may not be nil and must be set to true')),
    'x.readOnlyRootFilesystem: Invalid value: "null": ReadOnlyRootFilesystem may not be nil and must be set to true',
  );
});

render('should render typed slices with %#v syntax', () => {
  assert.equal(renderFieldError(invalid('p', goInt64s([5, 999]), 'd')), 'p: Invalid value: []int64{5, 999}: d');
  assert.equal(renderFieldError(invalid('p', goInt64s(undefined), 'd')), 'p: Invalid value: []int64(nil): d');
  assert.equal(renderFieldError(invalid('p', goInt64s([]), 'd')), 'p: Invalid value: []int64{}: d');
  assert.equal(renderFieldError(invalid('p', goCapabilities(['A', 'B']), 'd')), 'p: Invalid value: []core.Capability{"A", "B"}: d');
});

render('should never print the value of Forbidden and Required errors', () => {
  assert.equal(renderFieldError(forbidden('pod.spec.securityContext.sysctls[0]', 'sysctl "a" is not allowed')), 'pod.spec.securityContext.sysctls[0]: Forbidden: sysctl "a" is not allowed');
  assert.equal(renderFieldError(required('p.runAsUser', '')), 'p.runAsUser: Required value');
  assert.equal(renderFieldError(required('p.runAsNonRoot', 'must be true')), 'p.runAsNonRoot: Required value: must be true');
});

render('should list supported values of NotSupported errors', () => {
  assert.equal(
    renderFieldError(notSupported('spec.seLinux.rule', goString('X'), ['MustRunAs', 'RunAsAny'])),
    'spec.seLinux.rule: Unsupported value: "X": supported values: "MustRunAs", "RunAsAny"',
  );
});

render('should quote like strconv.Quote', () => {
  assert.is(quoteGo('a"b\\c\n\t\x01é'), '"a\\"b\\\\c\\n\\t\\x01é"');
});

render.run();

const childSuite = suite('child');

childSuite('should join the non-empty parts with dots, as field.NewPath(...).Child(...)', () => {
  const cases: [string, string[], string][] = [
    ['spec', ['securityContext', 'fsGroup'], 'spec.securityContext.fsGroup'],
    ['', ['spec'], 'spec'],
    ['', [], ''],
    ['spec', [], 'spec'],
    ['spec', ['', 'x', ''], 'spec.x'],
    ['', ['', ''], ''],
    ['spec.containers[0]', ['securityContext'], 'spec.containers[0].securityContext'],
  ];
  assert.equal(cases.map(([path, names]) => child(path, ...names)), cases.map(([, , expected]) => expected));
});

childSuite.run();
