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
  for (const error of evaluation.errors) {
    const text = rendered(error);
    // Several usable policies may report the same error: one finding, with each of them related.
    if (seen.has(text)) continue;
    const related = (reporting.get(text) ?? []).flatMap((attempt) => policyRelated(attempt.policy, attempt.authorization, context));
    const rule = evaluation.reason === 'invalid' ? RULES.invalidPod : evaluation.reason === 'validate' ? RULES.validatePhase : ruleForViolation(error.path);
    const location = locator.locateFirst(subject.source, violationPaths(error, subject, evaluation.podSeen));
    const diagnostic: Diagnostic = { ruleId: rule.id, severity: rule.severity, message: `${text} (${podLabel(evaluation)})`, location, object, fieldPath: error.path, related };
    seen.set(text, diagnostic);
  }
  return [...seen.values()];
}

// Pods that ask the same admission question share one decision (lint/admission-cache.ts): its errors and attempts
// are the same objects, so their rendering and grouping are done once per decision, not once per pod.
const renderedErrors = new WeakMap<FieldError, string>();
const reportingPolicies = new WeakMap<PodEvaluation['attempts'], Map<string, PodEvaluation['attempts']>>();

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
function policiesByError(attempts: PodEvaluation['attempts']): Map<string, PodEvaluation['attempts']> {
  const known = reportingPolicies.get(attempts);
  if (known !== undefined) return known;
  const byText = new Map<string, PodEvaluation['attempts']>();
  for (const attempt of attempts) {
    if (!attempt.authorization) continue;
    for (const error of attempt.errors) {
      const text = rendered(error);
      const policies = byText.get(text);
      if (policies === undefined) byText.set(text, [attempt]);
      else if (policies[policies.length - 1] !== attempt) policies.push(attempt);
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

function policyRelated(policy: string, usable: Usable | undefined, context: FindingContext): RelatedLocation[] {
  if (usable === undefined) return policyRelatedOnce(policy, usable, context);
  let byPolicy = relatedByGrant.get(usable);
  if (byPolicy === undefined) relatedByGrant.set(usable, (byPolicy = new Map()));
  let related = byPolicy.get(policy);
  if (related === undefined) byPolicy.set(policy, (related = policyRelatedOnce(policy, usable, context)));
  return related;
}

function policyRelatedOnce(policy: string, usable: Usable | undefined, context: FindingContext): RelatedLocation[] {
  const out: RelatedLocation[] = [];
  const source = context.policySources.get(policy);
  const policyRelated: RelatedLocation = { message: `PodSecurityPolicy ${JSON.stringify(policy)} (usable by ${usable?.user ?? 'nobody'})` };
  if (source) {
    policyRelated.location = context.locator.locateObject(source.source);
    policyRelated.object = source.ref;
  }
  out.push(policyRelated);
  if (usable) out.push(...grantRelated(usable.allowedBy, context));
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
