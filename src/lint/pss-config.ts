// `PodSecurityConfiguration` files (spec pod-security-standards §1.4): the PodSecurity admission plugin's cluster
// defaults and exemptions, bare or inline in an `AdmissionConfiguration`, decoded strictly, defaulted and validated
// with upstream's texts (k8s.io/pod-security-admission admission/api: scheme, v1 defaults, validation). Pure: the
// adapter reads the file.

import { loadAll } from 'js-yaml';
import { KUBECTL_SCHEMA } from '../load/yaml11.js';
import { byteLength, isDNS1123Subdomain } from '../psp/validation/names.js';
import type { PssLevel } from '../pss/types.js';
import { parseLevel, parseVersion } from '../pss/version.js';
import type { PssOptions } from './pss.js';

export type PssConfigResult = { ok: PssOptions } | { error: string };

const GROUP = 'pod-security.admission.config.k8s.io';
const VERSIONS = ['v1', 'v1beta1', 'v1alpha1'];
const KIND = 'PodSecurityConfiguration';
const ADMISSION_API_VERSIONS = ['apiserver.config.k8s.io/v1', 'apiserver.config.k8s.io/v1alpha1'];

/** Defaults keys in upstream's validation order. */
const DEFAULT_KEYS = ['enforce', 'enforce-version', 'warn', 'warn-version', 'audit', 'audit-version'] as const;
const EXEMPTION_KEYS = ['usernames', 'runtimeClasses', 'namespaces'] as const;

const DNS1123_LABEL_FMT = '[a-z0-9]([-a-z0-9]*[a-z0-9])?';
const DNS1123_LABEL_RE = new RegExp(`^${DNS1123_LABEL_FMT}$`);
const DNS1123_LABEL_ERROR =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character " +
  `(e.g. 'my-name',  or '123-abc', regex used for validation is '${DNS1123_LABEL_FMT}')`;

/** apimachinery IsDNS1123Label (what ValidateNamespaceName checks): length first, then the pattern. */
function isDNS1123Label(value: string): string[] {
  const messages: string[] = [];
  if (byteLength(value) > 63) messages.push('must be no more than 63 characters');
  if (!DNS1123_LABEL_RE.test(value)) messages.push(DNS1123_LABEL_ERROR);
  return messages;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const quote = (value: string): string => JSON.stringify(value);

/** field.ErrorList.ToAggregate().Error(): one message alone, several in brackets. */
const aggregate = (errors: string[]): string => (errors.length === 1 ? errors[0]! : `[${errors.join(', ')}]`);

class DecodeError extends Error {}

function strictKeys(value: Record<string, unknown>, allowed: readonly string[], prefix: string): void {
  const unknown = Object.keys(value).filter((key) => !allowed.includes(key));
  if (unknown.length > 0) throw new DecodeError(`strict decoding error: ${unknown.map((key) => `unknown field ${quote(prefix + key)}`).join(', ')}`);
}

function stringField(value: unknown, where: string): string {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') throw new DecodeError(`${where}: must be a string, not ${Array.isArray(value) ? 'a list' : isRecord(value) ? 'a mapping' : `${typeof value} ${JSON.stringify(value)}`}`);
  return value;
}

function stringList(value: unknown, where: string): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new DecodeError(`${where}: must be a list of strings`);
  return value.map((item, i) => stringField(item, `${where}[${i}]`));
}

/** Decodes, defaults and validates a PodSecurityConfiguration object (already YAML-parsed). */
function fromConfiguration(value: unknown): PssOptions {
  if (value === undefined || value === null) value = {};
  if (!isRecord(value)) throw new DecodeError('a PodSecurityConfiguration must be a mapping');
  strictKeys(value, ['apiVersion', 'kind', 'defaults', 'exemptions'], '');
  const apiVersion = stringField(value.apiVersion, 'apiVersion');
  const kind = stringField(value.kind, 'kind');
  if (apiVersion !== '' || kind !== '') {
    const [group, version, extra] = apiVersion.split('/');
    if (group !== GROUP || version === undefined || !VERSIONS.includes(version) || extra !== undefined) {
      throw new DecodeError(`apiVersion ${quote(apiVersion)}: must be ${VERSIONS.map((v) => `${GROUP}/${v}`).join(', ')}`);
    }
    if (kind !== KIND) throw new DecodeError(`kind ${quote(kind)}: must be ${KIND}`);
  }
  const defaults = value.defaults ?? {};
  if (!isRecord(defaults)) throw new DecodeError('defaults: must be a mapping');
  strictKeys(defaults, DEFAULT_KEYS, 'defaults.');
  const exemptions = value.exemptions ?? {};
  if (!isRecord(exemptions)) throw new DecodeError('exemptions: must be a mapping');
  strictKeys(exemptions, EXEMPTION_KEYS, 'exemptions.');

  // v1 SetDefaults: empty strings (and absent keys) become privileged / latest.
  const d: Record<(typeof DEFAULT_KEYS)[number], string> = Object.fromEntries(
    DEFAULT_KEYS.map((key) => {
      const text = stringField(defaults[key], `defaults.${key}`);
      return [key, text !== '' ? text : key.endsWith('-version') ? 'latest' : 'privileged'];
    }),
  ) as Record<(typeof DEFAULT_KEYS)[number], string>;
  const namespaces = stringList(exemptions.namespaces, 'exemptions.namespaces');
  const runtimeClasses = stringList(exemptions.runtimeClasses, 'exemptions.runtimeClasses');
  const usernames = stringList(exemptions.usernames, 'exemptions.usernames');

  const errors: string[] = [];
  for (const key of DEFAULT_KEYS) {
    const text = d[key];
    const error = key.endsWith('-version') ? parseVersion(text).error : parseLevel(text).error;
    if (error !== undefined) errors.push(`defaults.${key}: Invalid value: ${quote(text)}: ${error}`);
  }
  const checkList = (list: string[], path: string, validate: (item: string) => string[]): void => {
    const seen = new Set<string>();
    list.forEach((item, i) => {
      const where = `${path}[${i}]`;
      if (seen.has(item)) {
        errors.push(`${where}: Duplicate value: ${quote(item)}`);
        return;
      }
      seen.add(item);
      for (const message of validate(item)) errors.push(`${where}: Invalid value: ${quote(item)}: ${message}`);
    });
  };
  checkList(namespaces, 'exemptions.namespaces', isDNS1123Label);
  checkList(runtimeClasses, 'exemptions.runtimeClasses', isDNS1123Subdomain);
  checkList(usernames, 'exemptions.usernames', (item) => (item === '' ? ['username must not be empty'] : []));
  if (errors.length > 0) throw new DecodeError(aggregate(errors));

  return {
    level: d.enforce as PssLevel,
    version: d['enforce-version'],
    audit: d.audit as PssLevel,
    auditVersion: d['audit-version'],
    warn: d.warn as PssLevel,
    warnVersion: d['warn-version'],
    exemptions: { namespaces, runtimeClasses, usernames },
  };
}

/** The PodSecurity plugin's inline `configuration:` of an AdmissionConfiguration (`path:` is not followed). */
function fromAdmissionConfiguration(value: Record<string, unknown>): PssOptions {
  const apiVersion = stringField(value.apiVersion, 'apiVersion');
  if (!ADMISSION_API_VERSIONS.includes(apiVersion)) throw new DecodeError(`AdmissionConfiguration apiVersion ${quote(apiVersion)}: must be ${ADMISSION_API_VERSIONS.join(' or ')}`);
  const plugins = value.plugins ?? [];
  if (!Array.isArray(plugins)) throw new DecodeError('plugins: must be a list');
  const plugin = plugins.find((entry): entry is Record<string, unknown> => isRecord(entry) && entry.name === 'PodSecurity');
  if (plugin === undefined) throw new DecodeError('the AdmissionConfiguration has no PodSecurity plugin entry');
  if (plugin.configuration === undefined || plugin.configuration === null) {
    if (plugin.path !== undefined && plugin.path !== null) {
      throw new DecodeError(`the PodSecurity plugin's configuration is in another file (path: ${quote(String(plugin.path))}); podgate reads only an inline configuration: give that file to --pss-config instead`);
    }
    return fromConfiguration({});
  }
  return fromConfiguration(plugin.configuration);
}

/** Parses a PodSecurityConfiguration (bare, or inline in an AdmissionConfiguration). An empty file is all defaults. */
export function parsePodSecurityConfiguration(text: string): PssConfigResult {
  let value: unknown;
  try {
    // An empty file is all defaults.
    const documents = loadAll(text, null, { schema: KUBECTL_SCHEMA });
    if (documents.length > 1) return { error: 'must hold one YAML document' };
    value = documents[0];
    // KUBECTL_SCHEMA lets a repeated key win (kubectl's reading); upstream's strict decoder refuses it, so a
    // second pass with js-yaml's default mapping reports duplicates (other errors of that pass are ignored).
    try {
      loadAll(text, null, { json: false });
    } catch (error) {
      const { reason, mark } = error as { reason?: string; mark?: { line?: number } };
      if (reason === 'duplicated mapping key') return { error: `strict decoding error: duplicated mapping key${typeof mark?.line === 'number' ? ` (line ${mark.line + 1})` : ''}` };
    }
  } catch (error) {
    const { reason, mark } = error as { reason?: string; mark?: { line?: number } };
    const line = typeof mark?.line === 'number' ? ` (line ${mark.line + 1})` : '';
    return { error: `not valid YAML${line}: ${reason ?? (error as Error).message}` };
  }
  try {
    if (isRecord(value) && value.kind === 'AdmissionConfiguration') return { ok: fromAdmissionConfiguration(value) };
    return { ok: fromConfiguration(value) };
  } catch (error) {
    if (error instanceof DecodeError) return { error: error.message };
    throw error;
  }
}
