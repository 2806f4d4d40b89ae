// Tests for report/junit.ts: the exact document for passed, failed and suppressed pods and an input error,
// XML escaping (markup characters, line breaks in attributes, characters XML cannot carry), determinism.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { LintSource } from '../../src/lint.js';
import { escapeXmlAttribute, escapeXmlText, renderJunit } from '../../src/report/junit.js';
import { deploymentManifest, podManifest, policy, policyFile, run } from '../lint/lint-fixtures.js';

const BAD_POD: LintSource = { path: 'apps/bad.yaml', text: podManifest({ spec: ['containers:', '- name: app', '  image: nginx', '  securityContext:', '    privileged: true'] }) };
const OK_DEPLOYMENT: LintSource = { path: 'apps/ok.yaml', text: deploymentManifest({ spec: ['containers:', '- name: app', '  image: nginx'] }) };
const AGENT: LintSource = {
  path: 'apps/agent.yaml',
  text: podManifest({ annotations: ['podgate.dev/ignore: "psp-host-namespaces: node <agent> & co"'], spec: ['hostPID: true', 'containers:', '- name: app', '  image: nginx'] }).replace('name: web', 'name: agent'),
};
const BROKEN: LintSource = { path: 'broken.yaml', text: 'kind: Pod\nmetadata: {name: x\n' };
const SOURCES = [policyFile(policy()), BAD_POD, OK_DEPLOYMENT, AGENT, BROKEN];

const MESSAGE = 'pods "web" is forbidden: PodSecurityPolicy: unable to admit pod: [spec.containers[0].securityContext.privileged: Invalid value: true: Privileged containers are not allowed]';
const ESCAPED_MESSAGE = MESSAGE.replaceAll('"', '&quot;');
const SYNTAX = 'YAML syntax error: deficient indentation; the other documents of the file were still read';

const render = suite('renderJunit');

render('should write one suite per file: pods passed, failed or skipped (suppressed), and input errors as failures', () => {
  assert.is(
    renderJunit(run(SOURCES)),
    [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<testsuites name="podgate" tests="4" failures="2" errors="0" skipped="1">',
      '  <testsuite name="apps/agent.yaml" tests="1" failures="0" errors="0" skipped="1">',
      '    <testcase name="Pod shop/agent" classname="apps/agent.yaml" file="apps/agent.yaml" line="1">',
      '      <skipped message="forbidden, every finding suppressed: &quot;node &lt;agent&gt; &amp; co&quot;"/>',
      '    </testcase>',
      '  </testsuite>',
      '  <testsuite name="apps/bad.yaml" tests="1" failures="1" errors="0" skipped="0">',
      '    <testcase name="Pod shop/web" classname="apps/bad.yaml" file="apps/bad.yaml" line="1">',
      `      <failure message="${ESCAPED_MESSAGE}" type="psp">${MESSAGE}`,
      '',
      'apps/bad.yaml:11:19  psp-privileged  spec.containers[0].securityContext.privileged: Invalid value: true: Privileged containers are not allowed (pod "web" of Pod "web")</failure>',
      '    </testcase>',
      '  </testsuite>',
      '  <testsuite name="apps/ok.yaml" tests="1" failures="0" errors="0" skipped="0">',
      '    <testcase name="Deployment shop/web" classname="apps/ok.yaml" file="apps/ok.yaml" line="1">',
      '      <system-out>pod "web-{hash}-" admitted under PodSecurityPolicy "restricted"</system-out>',
      '    </testcase>',
      '  </testsuite>',
      '  <testsuite name="broken.yaml" tests="1" failures="1" errors="0" skipped="0">',
      '    <testcase name="yaml-syntax at 3:1" classname="broken.yaml" file="broken.yaml" line="3">',
      `      <failure message="${SYNTAX}" type="yaml-syntax">broken.yaml:3:1  yaml-syntax  ${SYNTAX}</failure>`,
      '    </testcase>',
      '  </testsuite>',
      '</testsuites>',
      '',
    ].join('\n'),
  );
});

render('should list a partly suppressed pod as failed, its suppressed findings marked', () => {
  const partly: LintSource = {
    path: 'pod.yaml',
    text: podManifest({ annotations: ['podgate.dev/ignore: "psp-host-namespaces: agent"'], spec: ['hostPID: true', 'containers:', '- name: app', '  image: nginx', '  securityContext:', '    privileged: true'] }),
  };
  const message =
    'pods "web" is forbidden: PodSecurityPolicy: unable to admit pod: [spec.securityContext.hostPID: Invalid value: true: Host PID is not allowed to be used spec.containers[0].securityContext.privileged: Invalid value: true: Privileged containers are not allowed]';
  assert.is(
    renderJunit(run([policyFile(policy()), partly])),
    [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<testsuites name="podgate" tests="1" failures="1" errors="0" skipped="0">',
      '  <testsuite name="pod.yaml" tests="1" failures="1" errors="0" skipped="0">',
      '    <testcase name="Pod shop/web" classname="pod.yaml" file="pod.yaml" line="1">',
      `      <failure message="${message.replaceAll('"', '&quot;')}" type="psp">${message}`,
      '',
      'pod.yaml:9:12  psp-host-namespaces  spec.securityContext.hostPID: Invalid value: true: Host PID is not allowed to be used (pod "web" of Pod "web")  [suppressed: agent]',
      'pod.yaml:14:19  psp-privileged  spec.containers[0].securityContext.privileged: Invalid value: true: Privileged containers are not allowed (pod "web" of Pod "web")</failure>',
      '    </testcase>',
      '  </testsuite>',
      '</testsuites>',
      '',
    ].join('\n'),
  );
});

render('should write an empty report for no input, and the same bytes for any input order', () => {
  assert.is(renderJunit(run([])), '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="podgate" tests="0" failures="0" errors="0" skipped="0">\n</testsuites>\n');
  assert.is(renderJunit(run([...SOURCES].reverse())), renderJunit(run(SOURCES)));
});

render.run();

const escape = suite('escapeXmlText and escapeXmlAttribute');

escape('should escape markup in text, and quotes and line breaks in attributes', () => {
  assert.is(escapeXmlText('a < b && c > d "q" \'s\'\n'), 'a &lt; b &amp;&amp; c &gt; d "q" \'s\'\n');
  assert.is(escapeXmlAttribute('a < b & "q" \'s\'\nx\ty\r'), 'a &lt; b &amp; &quot;q&quot; &apos;s&apos;&#10;x&#9;y&#13;');
  assert.is(escapeXmlText(']]>'), ']]&gt;');
});

escape('should replace characters XML 1.0 cannot carry (controls, lone surrogates) with U+FFFD and keep pairs', () => {
  assert.is(escapeXmlText('a\u0000b\u001bc\uFFFEd'), 'a\uFFFDb\uFFFDc\uFFFDd');
  assert.is(escapeXmlText('x\uD800y\uDC00z'), 'x\uFFFDy\uFFFDz');
  assert.is(escapeXmlText('emoji 😀 ok'), 'emoji 😀 ok');
});

escape.run();
