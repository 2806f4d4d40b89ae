// A pod's verdict as located findings: one diagnostic per distinct violation at the offending YAML node,
// with the policies that reported it and the grants that made them usable as related locations.

import type { Diagnostic, Location, RelatedLocation } from '../api/diagnostic.js';
import type { PodSecurityPolicy } from '../api/policy.js';
import type { ClusterModel } from '../cluster/model.js';
import type { AllowedBy } from '../cluster/rbac.js';
import type { Locator } from '../load/locate.js';
import type { Sourced } from '../load/objects.js';
import { renderFieldError, type FieldError } from '../psp/field.js';
import { RULES, ruleForViolation, type Rule } from '../rules/catalog.js';
import type { PodEvaluation, Usable } from './evaluate-pod.js';
import { violationPaths } from './violation-paths.js';

export interface FindingContext {
  locator: Locator;
  cluster: ClusterModel;
  policySources: ReadonlyMap<string, Sourced<PodSecurityPolicy>>;
}

/** The diagnostics of one evaluated pod (none when it is admitted). */
export function podFindings(evaluation: PodEvaluation, context: FindingContext): Diagnostic[] {
  const notes = undeclaredServiceAccount(evaluation, context);
  return evaluation.allowed ? notes : [...notes, ...verdictFindings(evaluation, context)];
}

function undeclaredServiceAccount(evaluation: PodEvaluation, context: FindingContext): Diagnostic[] {
  if (evaluation.serviceAccountDeclared || evaluation.reason === 'service-account') return [];
  const { subject } = evaluation;
  const account = `${subject.pod.metadata.namespace ?? 'default'}/${evaluation.serviceAccount}`;
  const rule = RULES.serviceAccountNotDeclared;
  return [{
    ruleId: rule.id,
    severity: rule.severity,
    message: `Service account ${JSON.stringify(account)} is not declared in these manifests; podgate assumes it exists in the cluster (ServiceAccount admission refuses the pod otherwise; --require-service-accounts makes this a rejection)`,
    location: context.locator.locateFirst(subject.source, [[...subject.templatePath, 'spec', 'serviceAccountName'], [...subject.templatePath, 'spec', 'serviceAccount'], ['metadata', 'name']]),
    object: subject.ref,
    related: [],
  }];
}

function verdictFindings(evaluation: PodEvaluation, context: FindingContext): Diagnostic[] {
  const { subject } = evaluation;
  const { locator } = context;
  const object = subject.ref;
  const podLocation = (): Location =>
    locator.locateFirst(subject.source, [[...subject.templatePath, 'spec', 'serviceAccountName'], ['metadata', 'name'], []]);
  const single = (rule: Rule, message: string, related: RelatedLocation[] = []): Diagnostic[] => [
    { ruleId: rule.id, severity: rule.severity, message, location: podLocation(), object, related },
  ];
  switch (evaluation.reason) {
    case 'service-account':
      return single(RULES.serviceAccountMissing, evaluation.message ?? '');
    case 'no-providers':
      return single(RULES.noPolicies, evaluation.message ?? '');
    case 'psp':
      if (evaluation.errors.length === 0) return single(RULES.noUsablePolicy, noUsableMessage(evaluation), unusableAdmitting(evaluation, context));
      break;
    default:
      break;
  }
  const seen = new Map<string, Diagnostic>();
  const reporting = policiesByError(evaluation.attempts);
  const label = podLabel(evaluation);
  for (const error of evaluation.errors) {
    const text = rendered(error);
    // Several usable policies may report the same error: one finding, with each of them related.
    if (seen.has(text)) continue;
    const related = (reporting.get(text) ?? []).flatMap(({ policy, usable }) => policyRelated(policy, usable, context));
    const rule = evaluation.reason === 'invalid' ? RULES.invalidPod : evaluation.reason === 'validate' ? RULES.validatePhase : ruleForViolation(error.path);
    const location = locator.locateFirst(subject.source, violationPaths(error, subject, evaluation.podSeen));
    const diagnostic: Diagnostic = { ruleId: rule.id, severity: rule.severity, message: `${text} (${label})`, location, object, fieldPath: error.path, related };
    seen.set(text, diagnostic);
  }
  return [...seen.values()];
}

// Pods that ask the same admission question share one decision (lint/admission-cache.ts): its errors and attempts
// are the same objects, so their rendering and grouping are done once per decision, not once per pod.
const renderedErrors = new WeakMap<FieldError, string>();
const reportingPolicies = new WeakMap<PodEvaluation['attempts'], Map<string, UsablePolicy[]>>();

/** A policy the pod's identities may use, and the grant that says so. */
interface UsablePolicy {
  policy: string;
  usable: Usable;
}

/** `renderFieldError(error)`, rendered once per error object. */
function rendered(error: FieldError): string {
  let text = renderedErrors.get(error);
  if (text === undefined) renderedErrors.set(error, (text = renderFieldError(error)));
  return text;
}

/**
 * The usable policies that report each error (by its rendered text), in the order they were tried. A pod refused
 * by a hundred policies has a hundred errors: looking each up in every attempt was quadratic.
 */
function policiesByError(attempts: PodEvaluation['attempts']): Map<string, UsablePolicy[]> {
  const known = reportingPolicies.get(attempts);
  if (known !== undefined) return known;
  const byText = new Map<string, UsablePolicy[]>();
  for (const { policy, errors, authorization: usable } of attempts) {
    if (usable === undefined) continue;
    for (const error of errors) {
      const text = rendered(error);
      const policies = byText.get(text);
      // Each policy is tried once: an error it reports twice names it once.
      if (policies === undefined) byText.set(text, [{ policy, usable }]);
      else if (policies[policies.length - 1]?.policy !== policy) policies.push({ policy, usable });
    }
  }
  reportingPolicies.set(attempts, byText);
  return byText;
}

function podLabel(evaluation: PodEvaluation): string {
  return `pod ${JSON.stringify(evaluation.subject.podName)} of ${evaluation.subject.ref.kind} ${JSON.stringify(evaluation.subject.ref.name)}`;
}

function noUsableMessage(evaluation: PodEvaluation): string {
  const who = [`service account ${JSON.stringify(`${evaluation.subject.pod.metadata.namespace}/${evaluation.serviceAccount}`)}`];
  if (evaluation.requester) who.push(`requesting user ${JSON.stringify(evaluation.requester.name)}`);
  const admitting = evaluation.attempts.filter((attempt) => attempt.errors.length === 0).map((attempt) => attempt.policy);
  const hint = admitting.length > 0 ? ` ${admitting.map((name) => JSON.stringify(name)).join(', ')} would admit it: grant \`use\` of one to either identity.` : '';
  return `${evaluation.message} — no PodSecurityPolicy may be used by the ${who.join(' or the ')} (${podLabel(evaluation)}).${hint}`;
}

/** Policies that would admit the pod but that neither identity may use. */
function unusableAdmitting(evaluation: PodEvaluation, context: FindingContext): RelatedLocation[] {
  return evaluation.attempts
    .filter((attempt) => attempt.errors.length === 0)
    .map((attempt) => {
      const source = context.policySources.get(attempt.policy);
      const related: RelatedLocation = { message: `PodSecurityPolicy ${JSON.stringify(attempt.policy)} would admit this pod, but it is not usable` };
      if (source) {
        related.location = context.locator.locateObject(source.source);
        related.object = source.ref;
      }
      return related;
    });
}

// The related locations of a usable policy, once per grant (shared by every finding that names it: a policy that
// refuses thousands of pods would otherwise hold thousands of copies of the same locations).
const relatedByGrant = new WeakMap<Usable, Map<string, RelatedLocation[]>>();

/** The policy and the binding and role that grant its `use`, as related locations. */
function policyRelated(policy: string, usable: Usable, context: FindingContext): RelatedLocation[] {
  let byPolicy = relatedByGrant.get(usable);
  if (byPolicy === undefined) relatedByGrant.set(usable, (byPolicy = new Map()));
  const known = byPolicy.get(policy);
  if (known !== undefined) return known;
  const source = context.policySources.get(policy);
  const related: RelatedLocation = { message: `PodSecurityPolicy ${JSON.stringify(policy)} (usable by ${usable.user})` };
  if (source) {
    related.location = context.locator.locateObject(source.source);
    related.object = source.ref;
  }
  const out = [related, ...grantRelated(usable.allowedBy, context)];
  byPolicy.set(policy, out);
  return out;
}

/** The binding and role that granted `use`, as related locations (built-ins have no location). */
export function grantRelated(allowedBy: AllowedBy, context: FindingContext): RelatedLocation[] {
  if (allowedBy.kind !== 'binding') return [{ message: allowedBy.kind === 'system:masters' ? 'granted to group system:masters (allowed everything)' : 'granted by AlwaysAllow authorization' }];
  return [allowedBy.binding, allowedBy.role].map((ref) => {
    const source = context.cluster.rbacSource(ref);
    const related: RelatedLocation = { message: `${ref.kind} ${JSON.stringify(ref.name)}${ref.namespace ? ` in ${ref.namespace}` : ''}${source ? '' : ' (built in)'}` };
    if (source) {
      related.location = context.locator.locateObject(source.source);
      related.object = source.ref;
    }
    return related;
  });
}
