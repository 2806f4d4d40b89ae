// The `.podgate.yaml` configuration file: every command-line option under its long name, read with the
// project's YAML reader (kubectl's YAML 1.1 scalars) and checked key by key. Pure: cli.ts reads the file.

import { load } from 'js-yaml';
import { KUBECTL_SCHEMA } from './load/yaml11.js';

/** Names the working directory is searched for, in order. */
export const CONFIG_FILE_NAMES = ['.podgate.yaml', '.podgate.yml'] as const;

/** Settings from the file or the command line, normalised to the command line's value types. */
export interface Settings {
  paths?: string[];
  ignore?: string[];
  cluster?: string[];
  namespace?: string;
  'kubernetes-version'?: string;
  as?: string;
  'as-groups'?: string[];
  'as-pod-service-account'?: boolean;
  'service-account-only'?: boolean;
  'controller-credentials'?: string;
  'require-service-accounts'?: boolean;
  'authorization-mode'?: string;
  /** `NAME=true|false` entries. */
  'feature-gates'?: string[];
  'max-file-size'?: string;
  'max-depth'?: string;
  'max-aliases'?: string;
  /** `auto` or a number of threads. */
  jobs?: string;
  /** `NAME` or `NAME=PATH` entries. */
  format?: string[];
  'fail-on'?: string;
  quiet?: boolean;
  color?: boolean;
  'helm-values'?: string[];
  'helm-release'?: string;
  'helm-namespace'?: string;
  render?: boolean;
  /** psp, pss, both or auto. */
  mode?: string;
  'pss-level'?: string;
  'pss-version'?: string;
  /** Path of a PodSecurityConfiguration / AdmissionConfiguration file. */
  'pss-config'?: string;
  migrate?: boolean;
}

/** A configuration file that cannot be used: a usage error (exit code 2) naming the file and the key. */
export class ConfigError extends Error {}

type Kind = 'string' | 'strings' | 'boolean' | 'size' | 'gates';

const KEYS: Record<keyof Settings, Kind> = {
  paths: 'strings',
  ignore: 'strings',
  cluster: 'strings',
  namespace: 'string',
  'kubernetes-version': 'string',
  as: 'string',
  'as-groups': 'strings',
  'as-pod-service-account': 'boolean',
  'service-account-only': 'boolean',
  'controller-credentials': 'string',
  'require-service-accounts': 'boolean',
  'authorization-mode': 'string',
  'feature-gates': 'gates',
  'max-file-size': 'size',
  'max-depth': 'size',
  'max-aliases': 'size',
  jobs: 'size',
  format: 'strings',
  'fail-on': 'string',
  quiet: 'boolean',
  color: 'boolean',
  'helm-values': 'strings',
  'helm-release': 'string',
  'helm-namespace': 'string',
  render: 'boolean',
  mode: 'string',
  'pss-level': 'string',
  'pss-version': 'string',
  'pss-config': 'string',
  migrate: 'boolean',
};

/** The options that choose the requesting user: the command line replaces them as a group. */
export const REQUESTER_KEYS = ['as', 'as-groups', 'as-pod-service-account', 'service-account-only'] as const;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const describe = (value: unknown): string => (value === null ? 'null' : Array.isArray(value) ? 'a list' : isRecord(value) ? 'a mapping' : `${typeof value} ${JSON.stringify(value)}`);

/** Parses and checks a configuration file's text. Throws ConfigError on bad YAML, unknown keys, wrong types. */
export function parseConfig(text: string, file: string): Settings {
  let value: unknown;
  try {
    value = load(text, { schema: KUBECTL_SCHEMA, filename: file });
  } catch (error) {
    const { reason, mark } = error as { reason?: string; mark?: { line?: number } };
    const line = typeof mark?.line === 'number' ? `:${mark.line + 1}` : '';
    throw new ConfigError(`${file}${line}: not valid YAML: ${reason ?? (error as Error).message}`);
  }
  if (value === null || value === undefined) return {};
  if (!isRecord(value)) throw new ConfigError(`${file}: must be a mapping of option names to values, not ${describe(value)}`);
  const settings: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(value)) {
    const kind = (KEYS as Record<string, Kind | undefined>)[key];
    if (kind === undefined) throw new ConfigError(`${file}: unknown key ${JSON.stringify(key)} (known: ${Object.keys(KEYS).join(', ')})`);
    if (raw === null) continue;
    settings[key] = convert(raw, kind, `${file}: ${JSON.stringify(key)}`);
  }
  return settings as Settings;
}

function convert(raw: unknown, kind: Kind, where: string): unknown {
  switch (kind) {
    case 'string':
      if (typeof raw !== 'string') throw new ConfigError(`${where} must be a string, not ${describe(raw)}${typeof raw === 'number' ? ' (quote it: YAML reads 1.20 as the number 1.2)' : ''}`);
      return raw;
    case 'boolean':
      if (typeof raw !== 'boolean') throw new ConfigError(`${where} must be true or false, not ${describe(raw)}`);
      return raw;
    case 'strings': {
      const list = typeof raw === 'string' ? [raw] : raw;
      if (!Array.isArray(list) || !list.every((item) => typeof item === 'string')) throw new ConfigError(`${where} must be a string or a list of strings, not ${describe(raw)}`);
      return list;
    }
    case 'size':
      if (typeof raw === 'number' && Number.isInteger(raw) && raw > 0) return String(raw);
      if (typeof raw === 'string') return raw;
      throw new ConfigError(`${where} must be a positive whole number, not ${describe(raw)}`);
    case 'gates': {
      if (isRecord(raw)) {
        return Object.entries(raw).map(([name, enabled]) => {
          if (typeof enabled !== 'boolean') throw new ConfigError(`${where}: gate ${JSON.stringify(name)} must be true or false, not ${describe(enabled)}`);
          return `${name}=${enabled}`;
        });
      }
      return convert(raw, 'strings', where);
    }
  }
}

/** The command line over the file: a value given on the command line replaces the file's (lists too). */
export function mergeSettings(file: Settings, cli: Settings): Settings {
  const merged: Settings = { ...file };
  if (REQUESTER_KEYS.some((key) => cli[key] !== undefined)) for (const key of REQUESTER_KEYS) delete merged[key];
  for (const [key, value] of Object.entries(cli) as [keyof Settings, unknown][]) {
    if (value !== undefined) (merged as Record<string, unknown>)[key] = value;
  }
  return merged;
}
