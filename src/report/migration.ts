// The migration forecast (src/lint/migrate.ts) for the terminal: plain text with markdown-ish headings, one
// section per part of the forecast, in the forecast's (deterministic) order.

import type { MigrationForecast } from '../lint/migrate.js';

const objectName = (ref: { kind: string; namespace?: string; name: string }): string => `${ref.kind} ${ref.namespace ? `${ref.namespace}/` : ''}${ref.name}`;

/** `--migrate`: the forecast as text, ending with a newline. */
export function renderMigration(forecast: MigrationForecast): string {
  const out: string[] = [`## Migration forecast: PodSecurityPolicy -> Pod Security Standards (${forecast.version})`, ''];

  out.push('### Namespaces (strictest level all pod templates satisfy as written, CronJobs and idle workloads included)', '');
  if (forecast.namespaces.length === 0) out.push('  (no pods)');
  for (const ns of forecast.namespaces) {
    out.push(`- ${ns.namespace}: ${ns.level} (${ns.pods} pod${ns.pods === 1 ? '' : 's'})`);
    for (const pod of ns.holdingBack) {
      const next = pod.level === 'privileged' ? 'baseline' : 'restricted';
      out.push(`    ${pod.level}: ${objectName(pod.object)} (${pod.file}) fails ${next}: ${pod.checks.join(', ')}`);
    }
    out.push('    labels:');
    for (const [key, value] of Object.entries(ns.labels)) out.push(`      ${key}: ${value}`);
  }
  out.push('');

  out.push('### Pods admitted only because a PodSecurityPolicy mutates them (PSA never mutates)', '');
  if (forecast.mutationDependencies.length === 0) out.push('  (none)');
  for (const dep of forecast.mutationDependencies) {
    const relies = dep.reliesOn.length > 0 ? `fails restricted without them: ${dep.reliesOn.join(', ')}` : 'no PSA check depends on these fields';
    out.push(`- ${objectName(dep.object)} (${dep.file}), policy "${dep.policy}": ${relies}`);
    for (const field of dep.fields) {
      out.push(`    ${field.path}: ${JSON.stringify(field.value)}${field.check ? ` [${field.check}${field.reliedOn ? '' : ', already satisfied'}]` : ''}`);
    }
  }
  out.push('');

  out.push('### PodSecurityPolicies and their equivalent level (official mapping)', '');
  if (forecast.policies.length === 0) out.push('  (no PodSecurityPolicies)');
  for (const policy of forecast.policies) {
    out.push(`- ${policy.name}: ${policy.level}`);
    const gaps = policy.level === 'privileged' ? policy.gaps.baseline : policy.gaps.restricted;
    const towards = policy.level === 'privileged' ? 'baseline' : 'restricted';
    if (policy.level !== 'restricted') {
      out.push(`    outside ${towards}: ${gaps.map((gap) => `${gap.field}=${gap.value} [${gap.check}]`).join('; ')}`);
      if (policy.level === 'privileged' && policy.gaps.restricted.length > gaps.length) {
        const extra = policy.gaps.restricted.filter((gap) => !gaps.includes(gap));
        out.push(`    also outside restricted: ${extra.map((gap) => `${gap.field}=${gap.value} [${gap.check}]`).join('; ')}`);
      }
    }
  }
  return out.join('\n') + '\n';
}
