// Tests for load/helm.ts: `# Source:` sections of `helm template` output, the template and in-document line of
// a rendered line, and the related location added to findings in rendered streams.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Diagnostic } from '../../src/api/diagnostic.js';
import { attributeRenderedSources, templateFile, templateOriginAt, templateSections } from '../../src/load/helm.js';

/** Two templates, the second rendering two documents (as `helm template` prints them). */
const RENDERED = [
  '---', //                                       1
  '# Source: web/templates/serviceaccount.yaml', // 2
  'apiVersion: v1', //                            3
  'kind: ServiceAccount', //                      4
  'metadata: {name: web}', //                     5
  '---', //                                       6
  '# Source: web/charts/redis/templates/pod.yaml', // 7
  'apiVersion: v1', //                            8
  'kind: Pod', //                                 9
  '---', //                                      10
  '# Source: web/charts/redis/templates/pod.yaml', // 11
  'apiVersion: v1', //                           12
  'kind: Pod', //                                13
  '',
].join('\n');

const diagnostic = (file: string, line: number): Diagnostic => ({
  ruleId: 'psp-privileged',
  severity: 'error',
  message: 'privileged',
  location: { file, startLine: line, startColumn: 3, endLine: line, endColumn: 7 },
  related: [],
});

const sections = suite('templateSections');

sections('should find each # Source: comment and where its section ends', () => {
  assert.equal(templateSections(RENDERED), [
    { template: 'web/templates/serviceaccount.yaml', commentLine: 2, endLine: 6 },
    { template: 'web/charts/redis/templates/pod.yaml', commentLine: 7, endLine: 10 },
    { template: 'web/charts/redis/templates/pod.yaml', commentLine: 11, endLine: 14 },
  ]);
});

sections('should find nothing in text that is not Helm output, and read CRLF lines', () => {
  assert.equal(templateSections('apiVersion: v1\nkind: Pod\n# Sources: x\n'), []);
  assert.equal(templateSections('# Source: a/templates/x.yaml\r\nkind: Pod\r\n'), [{ template: 'a/templates/x.yaml', commentLine: 1, endLine: 3 }]);
});

sections.run();

const origin = suite('templateOriginAt');

origin('should give the template and the line inside its rendered document', () => {
  const found = templateSections(RENDERED);
  assert.equal(templateOriginAt('<stdin>', found, 5), {
    template: 'web/templates/serviceaccount.yaml',
    line: 3,
    comment: { file: '<stdin>', startLine: 2, startColumn: 1, endLine: 2, endColumn: 44 },
  });
  assert.equal(templateOriginAt('<stdin>', found, 13)?.line, 2);
  assert.is(templateOriginAt('<stdin>', found, 1), undefined);
  assert.is(templateOriginAt('<stdin>', found, 2), undefined);
});

origin.run();

const file = suite('templateFile');

file('should map a template path to its file in the chart directory, subcharts included', () => {
  assert.is(templateFile('web/templates/deployment.yaml', 'charts/web'), 'charts/web/templates/deployment.yaml');
  assert.is(templateFile('web/charts/redis/templates/pod.yaml', 'deploy/web'), 'deploy/web/charts/redis/templates/pod.yaml');
  assert.is(templateFile('web/templates/deployment.yaml', '.'), 'templates/deployment.yaml');
});

file.run();

const attribute = suite('attributeRenderedSources');

attribute('should add a related location naming the template to findings in Helm output, and leave others alone', () => {
  const texts = new Map([['rendered.yaml', RENDERED], ['plain.yaml', 'kind: Pod\n']]);
  assert.equal(attributeRenderedSources([diagnostic('rendered.yaml', 9), diagnostic('plain.yaml', 1), diagnostic('rendered.yaml', 1)], texts), [
    {
      ...diagnostic('rendered.yaml', 9),
      related: [
        {
          message: "Rendered from Helm template web/charts/redis/templates/pod.yaml: line 9 is line 2 of that template's rendered document, not of the template source",
          location: { file: 'rendered.yaml', startLine: 7, startColumn: 1, endLine: 7, endColumn: 46 },
        },
      ],
    },
    diagnostic('plain.yaml', 1),
    diagnostic('rendered.yaml', 1),
  ]);
});

attribute('should name the command and the file on disk for a chart podgate rendered, and the command alone for kustomize', () => {
  const texts = new Map([['charts/web', RENDERED], ['overlays/prod', 'apiVersion: v1\nkind: Pod\n']]);
  const rendered = new Map([
    ['charts/web', { command: 'helm template release-name charts/web', chartDirectory: 'charts/web' }],
    ['overlays/prod', { command: 'kubectl kustomize overlays/prod' }],
  ]);
  assert.equal(
    attributeRenderedSources([diagnostic('charts/web', 4), diagnostic('overlays/prod', 2)], texts, rendered).map((d) => d.related),
    [
      [
        {
          message:
            "Rendered from Helm template web/templates/serviceaccount.yaml (charts/web/templates/serviceaccount.yaml): line 4 of `helm template release-name charts/web` output is line 2 of that template's rendered document, not of the template source",
          location: { file: 'charts/web', startLine: 2, startColumn: 1, endLine: 2, endColumn: 44 },
        },
      ],
      [{ message: 'Rendered: line 2 of `kubectl kustomize overlays/prod` output (not a line of a file in the repository)' }],
    ],
  );
});

attribute.run();
