// Checks for every SARIF log the tests produce: the SARIF 2.1.0 JSON schema kept offline in fixtures/sarif (see
// SOURCES.md there), compiled once with Ajv (draft 2020-12, as that copy declares) and ajv-formats, so `uri` and
// `uri-reference` values are checked too; plus what the schema cannot say (rule indexes, link targets,
// fingerprints, relative paths). Not a test file itself (no `.test.ts` suffix).

import { readFileSync } from 'node:fs';
import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { Log } from 'sarif';
import * as assert from 'uvu/assert';

export const SARIF_FIXTURES = '__tests__/fixtures/sarif';

// Both packages are CommonJS whose `module.exports` also carries itself as `.default`; under NodeNext the
// types only see the `.default` property, which exists at run time too.
const ajv = new Ajv2020Module.default({ allErrors: true, strictSchema: true });
addFormatsModule.default(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(`${SARIF_FIXTURES}/sarif-schema-2.1.0.json`, 'utf8')) as object);

/** The schema errors of `log` (JSON pointer, message, parameters), `[]` when it is valid. */
export function sarifSchemaErrors(log: unknown): string[] {
  if (validate(log)) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath || '/'}: ${error.message ?? error.keyword} ${JSON.stringify(error.params)}`);
}

/** What podgate's logs promise beyond the schema, as a list of broken promises (`[]` when all hold). */
export function sarifConsistencyErrors(log: Log): string[] {
  const errors: string[] = [];
  for (const run of log.runs) {
    const rules = run.tool.driver.rules ?? [];
    const fingerprints = new Set<string>();
    run.results?.forEach((result, i) => {
      const at = `results[${i}]`;
      if (result.ruleIndex === undefined || rules[result.ruleIndex]?.id !== result.ruleId) errors.push(`${at}: ruleIndex ${result.ruleIndex} is not rule ${result.ruleId}`);
      const ids = new Set((result.relatedLocations ?? []).map((location) => location.id));
      for (const link of (result.message.text ?? '').matchAll(/\]\((\d+)\)/g)) {
        if (!ids.has(Number(link[1]))) errors.push(`${at}: message links to location ${link[1]}, which the result does not have`);
      }
      const fingerprint = result.partialFingerprints?.['podgate/v1'];
      if (fingerprint === undefined || fingerprints.has(fingerprint)) errors.push(`${at}: fingerprint ${fingerprint} missing or repeated`);
      if (fingerprint !== undefined) fingerprints.add(fingerprint);
      for (const location of [...(result.locations ?? []), ...(result.relatedLocations ?? [])]) {
        const uri = location.physicalLocation?.artifactLocation?.uri ?? '';
        if (/^[a-z][a-z0-9+.-]*:/i.test(uri) || uri.startsWith('/')) errors.push(`${at}: ${uri} is not a relative reference`);
      }
    });
  }
  return errors;
}

/** Fails the test, listing the problems, unless `log` (a SARIF object or its JSON text) is valid and consistent. */
export function assertValidSarif(log: unknown, what = 'SARIF log'): void {
  const value = typeof log === 'string' ? (JSON.parse(log) as unknown) : log;
  assert.equal(sarifSchemaErrors(value), [], `${what} does not validate against the SARIF 2.1.0 schema`);
  assert.equal(sarifConsistencyErrors(value as Log), [], `${what} breaks a promise of podgate's SARIF`);
}
