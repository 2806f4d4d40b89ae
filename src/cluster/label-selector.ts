// Label selectors as the clusterrole-aggregation controller evaluates them: matchLabels AND matchExpressions
// (In, NotIn, Exists, DoesNotExist). Mirrors apimachinery pkg/apis/meta/v1/helpers.go (LabelSelectorAsSelector),
// pkg/labels/selector.go (Requirement.Matches) and the problems pkg/apis/meta/v1/validation reports.

import type { LabelSelector } from '../api/rbac.js';
import { compareCodePoints } from '../api/compare.js';

/** Labels of an object; absent labels are an empty set. */
export type LabelSet = Readonly<Record<string, string>> | undefined;

/** Why a selector cannot be evaluated; `path` is relative to the selector (`matchExpressions[1].values`). */
export interface SelectorProblem {
  path: string;
  /** The field-error body, e.g. `Required value: must be specified when ...`. */
  detail: string;
}

/** A selector ready to match, or the problems that keep it from being one. */
export type CompiledSelector = { valid: true; matches: (labels: LabelSet) => boolean } | { valid: false; problems: SelectorProblem[] };

type Operator = 'In' | 'NotIn' | 'Exists' | 'DoesNotExist';
interface Requirement {
  key: string;
  operator: Operator;
  values: readonly string[];
}

const NAME_PART = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const NAME_PART_HELP =
  "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";

/**
 * Converts a selector as `LabelSelectorAsSelector` does: `undefined` matches nothing, `{}` matches
 * everything, otherwise every requirement must hold. Problems are collected as API validation would list
 * them (unknown operator, In/NotIn without values, Exists/DoesNotExist with values, malformed keys or values).
 */
export function compileLabelSelector(selector: LabelSelector | undefined): CompiledSelector {
  if (selector === undefined) return { valid: true, matches: () => false };
  const problems: SelectorProblem[] = [];
  const requirements: Requirement[] = [];
  const matchLabels = selector.matchLabels ?? {};
  // DEVIATION: upstream walks matchLabels in Go map order; we use byte-wise key order so problems are stable.
  for (const key of Object.keys(matchLabels).sort(compareCodePoints)) {
    const value = matchLabels[key] ?? '';
    problems.push(...keyProblems(key, 'matchLabels'), ...valueProblems(value, 'matchLabels'));
    requirements.push({ key, operator: 'In', values: [value] });
  }
  (selector.matchExpressions ?? []).forEach((expression, i) => {
    const path = `matchExpressions[${i}]`;
    const values = expression.values ?? [];
    const operator = expression.operator;
    if (operator === 'In' || operator === 'NotIn') {
      if (values.length === 0) problems.push({ path: `${path}.values`, detail: "Required value: must be specified when `operator` is 'In' or 'NotIn'" });
    } else if (operator === 'Exists' || operator === 'DoesNotExist') {
      if (values.length > 0) problems.push({ path: `${path}.values`, detail: "Forbidden: may not be specified when `operator` is 'Exists' or 'DoesNotExist'" });
    } else {
      problems.push({ path: `${path}.operator`, detail: `Invalid value: ${quote(operator ?? '')}: not a valid selector operator` });
    }
    problems.push(...keyProblems(expression.key, `${path}.key`));
    values.forEach((value, j) => problems.push(...valueProblems(value, `${path}.values[${j}]`)));
    requirements.push({ key: expression.key, operator: operator as Operator, values });
  });
  if (problems.length > 0) return { valid: false, problems };
  if (requirements.length === 0) return { valid: true, matches: () => true };
  return { valid: true, matches: (labels) => requirements.every((requirement) => requirementMatches(requirement, labels)) };
}

/** Whether `labels` satisfy `selector`; an invalid selector matches nothing. */
export function matchesLabelSelector(selector: LabelSelector | undefined, labels: LabelSet): boolean {
  const compiled = compileLabelSelector(selector);
  return compiled.valid && compiled.matches(labels);
}

function requirementMatches(requirement: Requirement, labels: LabelSet): boolean {
  const present = labels !== undefined && Object.hasOwn(labels, requirement.key);
  const value = present ? labels[requirement.key] : undefined;
  switch (requirement.operator) {
    case 'In':
      return present && requirement.values.includes(value ?? '');
    case 'NotIn':
      return !present || !requirement.values.includes(value ?? '');
    case 'Exists':
      return present;
    case 'DoesNotExist':
      return !present;
  }
}

/** `IsQualifiedName`: an optional DNS-subdomain prefix and `/`, then a name part of at most 63 characters. */
function keyProblems(key: string, path: string): SelectorProblem[] {
  const invalid = (message: string): SelectorProblem => ({ path, detail: `Invalid value: ${quote(key)}: ${message}` });
  const parts = key.split('/');
  if (parts.length > 2) return [invalid(`a qualified name ${NAME_PART_HELP} with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')`)];
  const name = parts.length === 2 ? (parts[1] ?? '') : key;
  const problems: SelectorProblem[] = [];
  if (parts.length === 2) {
    const prefix = parts[0] ?? '';
    if (prefix.length === 0) problems.push(invalid('prefix part must be non-empty'));
    else if (prefix.length > 253) problems.push(invalid('prefix part must be no more than 253 characters'));
    else if (!DNS1123_SUBDOMAIN.test(prefix)) {
      problems.push(invalid("prefix part a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character"));
    }
  }
  if (name.length === 0) problems.push(invalid('name part must be non-empty'));
  else if (name.length > 63) problems.push(invalid('name part must be no more than 63 characters'));
  if (name.length > 0 && !NAME_PART.test(name)) problems.push(invalid(`name part ${NAME_PART_HELP}`));
  return problems;
}

/** `IsValidLabelValue`: empty, or at most 63 characters of the name-part alphabet. */
function valueProblems(value: string, path: string): SelectorProblem[] {
  const problems: SelectorProblem[] = [];
  if (value.length > 63) problems.push({ path, detail: `Invalid value: ${quote(value)}: must be no more than 63 characters` });
  if (!LABEL_VALUE.test(value)) problems.push({ path, detail: `Invalid value: ${quote(value)}: a valid label must be an empty string or ${NAME_PART_HELP.slice('must '.length)}` });
  return problems;
}

// DEVIATION: messages drop upstream's "(e.g. 'MyName', …, regex used for validation is …)" suffixes, and
// JSON quoting stands in for Go's %q (they differ only for control and non-ASCII characters).
function quote(value: string): string {
  return JSON.stringify(value);
}
