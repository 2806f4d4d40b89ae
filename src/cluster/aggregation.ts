// The clusterrole-aggregation controller run to its steady state: every ClusterRole with an aggregationRule
// gets the rules of the ClusterRoles its selectors pick, in selector order, then name order (spec §3.4).
// Mirrors pkg/controller/clusterroleaggregation/clusterroleaggregation_controller.go (syncClusterRole).

import type { PolicyRule, Role } from '../api/rbac.js';
import { compileLabelSelector } from './label-selector.js';
import { compareCodePoints } from '../api/compare.js';

/** A ClusterRole the controller cannot aggregate; its rules stay as written. */
export interface AggregationError {
  role: string;
  message: string;
}

export interface AggregationResult {
  /** The input roles in input order; aggregated ClusterRoles are new objects, all others are the input objects. */
  roles: Role[];
  errors: AggregationError[];
}

/** Reported for each role of a cycle whose rule order never settles (upstream's controller would update forever). */
export const CYCLE_MESSAGE =
  'aggregated rules never settle: this role is part of a cycle of aggregated ClusterRoles that keeps reordering its rules; the rule set is complete, its order is arbitrary';

/** A rule with its deep-equality key (`equality.Semantic.DeepEqual`: an absent list equals an empty one). */
interface Entry {
  key: string;
  rule: PolicyRule;
}

/** For each selector of an aggregating role, the names of the ClusterRoles it picks, sorted, itself left out. */
type Plan = string[][];

/**
 * Replaces the rules of every aggregating ClusterRole by the union of the rules of the ClusterRoles its
 * selectors pick, iterated to a fixed point so that chains (view → edit → admin) and cycles settle. The
 * input is not mutated. Roles with an invalid aggregationRule keep their written rules and yield errors.
 */
export function aggregateClusterRoles(roles: readonly Role[]): AggregationResult {
  const errors: AggregationError[] = [];
  // The API server holds one object per name: as with `kubectl apply` of the whole set, the last one wins.
  // Shadowed duplicates are passed through untouched.
  const effective = new Map<string, Role>();
  for (const role of roles) if (role.kind === 'ClusterRole') effective.set(role.metadata.name, role);
  const candidates = [...effective.values()].sort((a, b) => compareCodePoints(a.metadata.name, b.metadata.name));

  const plans = new Map<Role, Plan>();
  for (const role of candidates) {
    if (role.aggregationRule === undefined) continue;
    const plan = planAggregation(role, candidates, errors);
    if (plan !== undefined) plans.set(role, plan);
  }

  // DEVIATION: aggregating roles start from no rules (the least fixed point). Without cycles this is exactly
  // the controller's steady state; inside a cycle upstream's result depends on sync order and may keep one
  // member's manifest rules.
  const state = new Map<string, Entry[]>();
  for (const role of candidates) state.set(role.metadata.name, plans.has(role) ? [] : toEntries(role.rules));
  const aggregators = candidates.filter((role) => plans.has(role));
  let changed: string[] = [];
  // Without cycles, depth + 2 rounds settle everything; the bound only stops order oscillating in a cycle.
  for (let round = 0, limit = 2 * aggregators.length + 2; round < limit; round++) {
    changed = [];
    for (const role of aggregators) {
      const next = collect(plans.get(role) ?? [], state);
      if (!sameEntries(next, state.get(role.metadata.name) ?? [])) {
        state.set(role.metadata.name, next);
        changed.push(role.metadata.name);
      }
    }
    if (changed.length === 0) break;
  }
  for (const name of changed) {
    errors.push({ role: name, message: CYCLE_MESSAGE });
  }

  return {
    roles: roles.map((role) => {
      if (!plans.has(role)) return role;
      const copy = structuredClone({ ...role, rules: [] as PolicyRule[] });
      copy.rules = (state.get(role.metadata.name) ?? []).map((entry) => structuredClone(entry.rule));
      return copy;
    }),
    errors,
  };
}

/** Resolves the selectors of one aggregating role, or reports why the controller would fail on it. */
function planAggregation(role: Role, candidates: readonly Role[], errors: AggregationError[]): Plan | undefined {
  const name = role.metadata.name;
  const selectors = role.aggregationRule?.clusterRoleSelectors ?? [];
  if (selectors.length === 0) {
    // The API server rejects such a role; upstream's controller would empty its rules.
    errors.push({ role: name, message: 'aggregationRule.clusterRoleSelectors: Required value: at least one clusterRoleSelector required if aggregationRule is non-nil' });
    return undefined;
  }
  const plan: Plan = [];
  let valid = true;
  selectors.forEach((selector, i) => {
    const compiled = compileLabelSelector(selector);
    if (!compiled.valid) {
      valid = false;
      for (const problem of compiled.problems) {
        errors.push({ role: name, message: `aggregationRule.clusterRoleSelectors[${i}].${problem.path}: ${problem.detail}` });
      }
      return;
    }
    plan.push(candidates.filter((c) => c.metadata.name !== name && compiled.matches(c.metadata.labels)).map((c) => c.metadata.name));
  });
  return valid ? plan : undefined;
}

/** One sync: the rules of the picked roles, selector by selector, skipping rules already collected. */
function collect(plan: Plan, state: ReadonlyMap<string, readonly Entry[]>): Entry[] {
  const seen = new Set<string>();
  const out: Entry[] = [];
  for (const names of plan) {
    for (const name of names) {
      for (const entry of state.get(name) ?? []) {
        if (seen.has(entry.key)) continue;
        seen.add(entry.key);
        out.push(entry);
      }
    }
  }
  return out;
}

function toEntries(rules: readonly PolicyRule[] | undefined): Entry[] {
  return (rules ?? []).map((rule) => ({ key: ruleKey(rule), rule }));
}

function ruleKey(rule: PolicyRule): string {
  return JSON.stringify([rule.verbs ?? [], rule.apiGroups ?? [], rule.resources ?? [], rule.resourceNames ?? [], rule.nonResourceURLs ?? []]);
}

function sameEntries(a: readonly Entry[], b: readonly Entry[]): boolean {
  return a.length === b.length && a.every((entry, i) => entry.key === b[i]?.key);
}
