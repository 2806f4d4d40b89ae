// The one registry of rules: every diagnostic podgate emits names a rule from here (design.md §1.5).
// Ids are stable kebab-case; severity is the default level of a finding of that rule. The documentation
// texts live in docs.ts; each rule also has a page, docs/rules/<id>.md (checked by a test).

import type { Severity } from '../api/diagnostic.js';
import { RULE_TEXTS, type DocumentedRuleId, type RuleFamily } from './docs.js';

export type { RuleFamily } from './docs.js';

export interface Rule {
  id: string;
  severity: Severity;
  title: string;
}

/** Everything a report needs to describe a rule (SARIF `reportingDescriptor`, docs pages). */
export interface RuleDocumentation {
  /** One or two sentences: what the rule finds. */
  fullDescription: string;
  /** Plain-text help: how to fix. */
  help: string;
  /** Markdown help with a link to the rule's docs page (GitHub shows this; it ignores helpUri). */
  helpMarkdown: string;
  /** SARIF `security-severity` (a number from 0.0 to 10.0, as text), for code-scanning severity. */
  securitySeverity: string;
  tags: string[];
  precision: 'very-high' | 'high' | 'medium' | 'low';
}

/** A catalogued rule with its documentation and the address of its docs page. */
export interface RuleDefinition extends Rule, RuleDocumentation {
  family: RuleFamily;
  /** DOCS_BASE_URL + `<id>.md`. */
  docsUrl: string;
}

/** Where rule docs pages live (docs/rules/<id>.md in the repository). */
export const DOCS_BASE_URL = 'https://github.com/podgate/podgate/blob/main/docs/rules/';

/** Tags every rule carries; `security` makes GitHub code scanning use `security-severity`. */
const COMMON_TAGS = ['security', 'kubernetes', 'pod-security-policy'];

function rule(id: DocumentedRuleId, severity: Severity, title: string): RuleDefinition {
  const text = RULE_TEXTS[id];
  const docsUrl = `${DOCS_BASE_URL}${id}.md`;
  return {
    id,
    severity,
    title,
    family: text.family,
    docsUrl,
    fullDescription: text.fullDescription,
    help: `${text.fix.replaceAll('`', '')} See ${docsUrl}`,
    helpMarkdown: `${text.fix}\n\n[podgate docs: ${id}](${docsUrl})`,
    securitySeverity: text.securitySeverity.toFixed(1),
    tags: [...COMMON_TAGS, text.family],
    precision: text.precision,
  };
}

/** Rules for the fields a PodSecurityPolicy checks, one per family (spec §7). */
export const VIOLATION_RULES = {
  privileged: rule('psp-privileged', 'error', 'Privileged container not allowed by any usable PodSecurityPolicy'),
  hostNamespaces: rule('psp-host-namespaces', 'error', 'Host network, PID or IPC namespace not allowed'),
  hostPorts: rule('psp-host-ports', 'error', 'Host port not allowed'),
  volumeTypes: rule('psp-volume-types', 'error', 'Volume type not allowed'),
  hostPaths: rule('psp-host-paths', 'error', 'Host path not allowed or not mounted read-only'),
  volumeDrivers: rule('psp-volume-drivers', 'error', 'flexVolume or inline CSI driver not allowed'),
  capabilities: rule('psp-capabilities', 'error', 'Capability not allowed or required drop missing'),
  usersGroups: rule('psp-users-groups', 'error', 'User or group id not allowed'),
  seLinux: rule('psp-selinux', 'error', 'SELinux options not allowed'),
  seccompAppArmor: rule('psp-seccomp-apparmor', 'error', 'Seccomp or AppArmor profile not allowed'),
  sysctls: rule('psp-sysctls', 'error', 'Sysctl not allowed'),
  procMount: rule('psp-proc-mount', 'error', 'procMount type not allowed'),
  readOnlyRootFilesystem: rule('psp-read-only-root-filesystem', 'error', 'Root filesystem must be read-only'),
  privilegeEscalation: rule('psp-privilege-escalation', 'error', 'Privilege escalation not allowed'),
  runtimeClass: rule('psp-runtime-class', 'error', 'RuntimeClass not allowed'),
} as const;

export const RULES = {
  ...VIOLATION_RULES,
  noUsablePolicy: rule('psp-no-usable-policy', 'error', 'No PodSecurityPolicy is usable by the requesting user or the pod\'s service account'),
  noPolicies: rule('psp-no-policies', 'error', 'No valid PodSecurityPolicy exists: every pod is forbidden'),
  validatePhase: rule('psp-validate-phase', 'error', 'Pod admitted but changed before validation, then rejected'),
  serviceAccountMissing: rule('service-account-not-found', 'error', 'The pod\'s service account does not exist'),
  serviceAccountNotDeclared: rule('service-account-not-declared', 'note', 'The pod\'s service account is not declared in the manifests'),
  invalidPod: rule('invalid-pod', 'error', 'The API server rejects the pod object itself'),
  invalidPolicy: rule('invalid-pod-security-policy', 'error', 'PodSecurityPolicy object the API server refuses'),
  ignoredPolicy: rule('ignored-pod-security-policy', 'warning', 'PodSecurityPolicy the API server silently ignores'),
  bindingToMissingRole: rule('binding-to-missing-role', 'warning', 'Binding refers to a role that does not exist'),
  invalidAggregationRule: rule('invalid-aggregation-rule', 'warning', 'ClusterRole aggregation rule the controller cannot apply'),
  duplicateObject: rule('duplicate-object', 'warning', 'Object declared more than once'),
  yamlSyntax: rule('yaml-syntax', 'error', 'Unparseable manifest'),
  duplicateKey: rule('duplicate-key', 'warning', 'Key given twice in one mapping: kubectl keeps the last value'),
  ignoredYamlTag: rule('ignored-yaml-tag', 'warning', 'YAML tag kubectl does not know and ignores'),
  unrenderedTemplate: rule('unrendered-template', 'error', 'Unrendered template'),
  invalidObject: rule('invalid-object', 'error', 'Object of the wrong shape'),
  unknownApiVersion: rule('unknown-api-version', 'warning', 'Unknown apiVersion for a known kind'),
  apiVersionNotServed: rule('api-version-not-served', 'warning', 'apiVersion not served by the target Kubernetes version'),
  unreadableFile: rule('unreadable-file', 'error', 'File that could not be read'),
  skippedLink: rule('skipped-link', 'warning', 'Symbolic link leading out of the scanned tree, not followed'),
  kustomizePatch: rule('kustomize-patch', 'note', 'Kustomize patch, not judged on its own'),
  rendererNotFound: rule('renderer-not-found', 'error', 'Helm or kubectl not found to render a chart or kustomization'),
  renderFailed: rule('render-failed', 'error', 'Rendering a chart or kustomization failed'),
  invalidSuppression: rule('invalid-suppression', 'warning', 'Invalid podgate.dev/ignore annotation'),
  pssViolation: rule('pss-violation', 'error', 'Pod forbidden by the namespace\'s Pod Security enforce level'),
  pssWarning: rule('pss-warning', 'warning', 'Pod or pod template would violate a Pod Security audit or warn level'),
} as const;

/** Rule ids that mark a pod as not admitted. */
export const FORBIDDING_RULE_IDS: ReadonlySet<string> = new Set(
  [...Object.values(VIOLATION_RULES), RULES.noUsablePolicy, RULES.noPolicies, RULES.validatePhase, RULES.serviceAccountMissing, RULES.invalidPod, RULES.pssViolation].map((r) => r.id),
);

const SORTED_RULES: readonly RuleDefinition[] = Object.values(RULES).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
const RULES_BY_ID: ReadonlyMap<string, RuleDefinition> = new Map(SORTED_RULES.map((r) => [r.id, r]));

/** Every rule, sorted by id (the order of SARIF `rules[]` and of docs/rules/README.md). */
export function allRules(): RuleDefinition[] {
  return [...SORTED_RULES];
}

/** The rule with this id, or undefined when podgate has no such rule. */
export function ruleById(id: string): RuleDefinition | undefined {
  return RULES_BY_ID.get(id);
}

/** The family rule of one admission error, from its field path (spec §7). */
export function ruleForViolation(path: string): RuleDefinition {
  const r = VIOLATION_RULES;
  if (/\.privileged$/.test(path)) return r.privileged;
  if (/securityContext\.host(Network|PID|IPC)$/.test(path)) return r.hostNamespaces;
  if (/\.hostPort$/.test(path)) return r.hostPorts;
  if (/\.hostPath\.pathPrefix$|\.volumeMounts\[\d+\]\.readOnly$/.test(path)) return r.hostPaths;
  if (/^spec\.volumes\[\d+\]\.(driver|csi\.driver)$/.test(path)) return r.volumeDrivers;
  if (/^spec\.volumes\[\d+\]$/.test(path)) return r.volumeTypes;
  if (/\.capabilities(\.add|\.drop)?$/.test(path)) return r.capabilities;
  if (/\.seLinuxOptions(\.\w+)?$/.test(path)) return r.seLinux;
  if (/annotations\[(container\.)?(seccomp|apparmor)\./.test(path)) return r.seccompAppArmor;
  if (/sysctls\[\d+\]$/.test(path)) return r.sysctls;
  if (/\.procMount$/.test(path)) return r.procMount;
  if (/\.readOnlyRootFilesystem$/.test(path)) return r.readOnlyRootFilesystem;
  if (/\.allowPrivilegeEscalation$/.test(path)) return r.privilegeEscalation;
  if (/^spec\.runtimeClassName$/.test(path)) return r.runtimeClass;
  return r.usersGroups;
}
