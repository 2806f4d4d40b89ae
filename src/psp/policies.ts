// From PodSecurityPolicy manifests to admission providers: what the API server stores (defaulting, fields of
// disabled features dropped, object validation) and what admission can use (strategies built). Every policy
// the server would refuse or silently skip becomes a diagnostic (spec §5.2, §10).

import type { Diagnostic } from '../api/diagnostic.js';
import type { PodSecurityPolicy } from '../api/policy.js';
import type { Locator, PathSegment } from '../load/locate.js';
import type { Sourced } from '../load/objects.js';
import { createStrategies } from './factory.js';
import { pathSegments, renderFieldError } from './field.js';
import { defaultPodSecurityPolicy, dropDisabledPolicyFields } from './policy-defaults.js';
import type { Provider } from './provider.js';
import { renderInvalidPolicyMessage, validatePodSecurityPolicy } from './validation.js';

export interface PreparedPolicies {
  providers: Provider[];
  /** Provider by policy name, with its manifest. */
  sources: Map<string, Sourced<PodSecurityPolicy>>;
  diagnostics: Diagnostic[];
}

export interface PreparePoliciesOptions {
  kubeMinor: number;
  featureGates?: { ProcMountType?: boolean };
}

/** Field error path (`spec.runAsUser.rule`, `metadata.annotations[k]`, `allowedCapabilities`) to YAML path. */
export function policyErrorPath(path: string): PathSegment[] {
  return pathSegments(/^(spec|metadata)\b/.test(path) ? path : `spec.${path}`);
}

/** Builds the providers of every storable, usable policy; reports the others. */
export function preparePolicies(policies: readonly Sourced<PodSecurityPolicy>[], options: PreparePoliciesOptions, locator: Locator): PreparedPolicies {
  const providers: Provider[] = [];
  const sources = new Map<string, Sourced<PodSecurityPolicy>>();
  const diagnostics: Diagnostic[] = [];
  for (const policy of policies) {
    const name = policy.value.metadata.name;
    const stored = dropDisabledPolicyFields(defaultPodSecurityPolicy(policy.value), {
      ProcMountType: options.featureGates?.ProcMountType === true,
      CSIInlineVolume: options.kubeMinor >= 16,
    });
    const errors = validatePodSecurityPolicy(stored, { kubeMinor: options.kubeMinor });
    if (errors.length > 0) {
      diagnostics.push({
        ruleId: 'invalid-pod-security-policy',
        severity: 'error',
        message: `${renderInvalidPolicyMessage(name, errors)} — the API server refuses this object, so it takes no part in admission`,
        location: locator.locate(policy.source, policyErrorPath(errors[0]?.path ?? '')),
        object: policy.ref,
        fieldPath: errors[0]?.path ?? '',
        related: errors.slice(1).map((error) => ({ message: renderFieldError(error), location: locator.locate(policy.source, policyErrorPath(error.path)) })),
      });
      continue;
    }
    const strategies = createStrategies(stored, options.kubeMinor);
    if ('reasons' in strategies) {
      diagnostics.push({
        ruleId: 'ignored-pod-security-policy',
        severity: 'warning',
        message: `PodSecurityPolicy ${JSON.stringify(name)} is ignored by admission: ${strategies.reasons.join(', ')}. The API server accepts it but never uses it, without saying so`,
        location: locator.locateObject(policy.source),
        object: policy.ref,
        related: [],
      });
      continue;
    }
    providers.push({ psp: stored, strategies });
    sources.set(name, policy);
  }
  return { providers, sources, diagnostics };
}
