// The YAML schema kubectl effectively reads manifests with: YAML 1.1 scalars (yes/no/on/off/y/n booleans,
// 0755 octal, 1_000 integers) as go-yaml v2 resolves them, minus implicit timestamps, which kubectl keeps
// as strings when it converts YAML to JSON.

import { Schema, YAML11_SCHEMA } from 'js-yaml';

const TIMESTAMP_TAG = 'tag:yaml.org,2002:timestamp';

/** YAML 1.1 schema without the implicit timestamp tag (a date-looking label value stays a string). */
export const KUBECTL_SCHEMA = new Schema(YAML11_SCHEMA.tags.filter((tag) => tag.tagName !== TIMESTAMP_TAG));
