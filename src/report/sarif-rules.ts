// `tool.driver.rules[]`: every catalogued rule as a SARIF reportingDescriptor, in catalog order (by id), so
// each result can name its rule by index and code scanning shows the rule's help beside every alert.

import type { ReportingDescriptor } from 'sarif';
import { allRules, type RuleDefinition } from '../rules/catalog.js';

/** `psp-host-ports` -> `PspHostPorts`: SARIF wants a rule `name` that is an identifier, unlike the id. */
export function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter((part) => part !== '')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

/** One rule's descriptor. `security-severity` and `tags` are what GitHub reads for an alert's severity. */
export function toReportingDescriptor(rule: RuleDefinition): ReportingDescriptor {
  return {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.fullDescription },
    help: { text: rule.help, markdown: rule.helpMarkdown },
    helpUri: rule.docsUrl,
    defaultConfiguration: { level: rule.severity },
    properties: { tags: [...rule.tags], precision: rule.precision, 'security-severity': rule.securitySeverity },
  };
}

/** Every rule's descriptor and each rule id's index among them. */
export function reportingDescriptors(): { rules: ReportingDescriptor[]; indexOf: ReadonlyMap<string, number> } {
  const rules = allRules().map(toReportingDescriptor);
  return { rules, indexOf: new Map(rules.map((rule, index) => [rule.id, index])) };
}
