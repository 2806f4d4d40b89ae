// Shared helpers of the PSS check tests: pods from a spec literal, the implementation active at a version, table
// runners for ported upstream cases, and the psa-testdata fixture reader (repo copy first, shared corpus as fallback).

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadAll } from 'js-yaml';
import type { Test } from 'uvu';
import * as assert from 'uvu/assert';
import { KUBECTL_SCHEMA } from '../../../src/load/yaml11.js';
import type { Check, CheckResult, PssPod, VersionedCheck } from '../../../src/pss/types.js';

/** The newest policy version any check defines (sysctls v1.37). */
export const NEWEST_MINOR = 37;

export const pod = (spec: Record<string, unknown>, annotations?: Record<string, string>): PssPod => ({
  metadata: annotations === undefined ? {} : { annotations },
  spec,
});

/** A container literal: `c('a', {privileged: true})` → `{name: 'a', securityContext: {privileged: true}}`. */
export const c = (name: string, securityContext?: Record<string, unknown>, extra: Record<string, unknown> = {}): Record<string, unknown> =>
  securityContext === undefined ? { name, ...extra } : { name, securityContext, ...extra };

export const ok: CheckResult = { allowed: true };
export const fail = (forbiddenReason: string, forbiddenDetail: string): CheckResult => ({ allowed: false, forbiddenReason, forbiddenDetail });

/** The implementation with the greatest minimumVersion ≤ v1.<minor>; undefined when the check does not exist yet. */
export function activeAt(check: Check, minor: number): VersionedCheck | undefined {
  let active: VersionedCheck | undefined;
  for (const version of check.versions) if (version.minimumVersion.minor <= minor) active = version;
  return active;
}

export function runAt(check: Check, minor: number, subject: PssPod): CheckResult {
  const active = activeAt(check, minor);
  if (active === undefined) throw new Error(`${check.id} does not exist at v1.${minor}`);
  return active.checkPod(subject);
}

/** One ported case: the pod and the expected result at each listed minor version. */
export interface Case {
  name: string;
  pod: PssPod;
  /** minor → expected result. */
  expect: Record<number, CheckResult>;
}

/** Registers one test per case; each version's result must equal the expectation exactly. */
export function table(test: Test, check: Check, cases: readonly Case[]): void {
  for (const { name, pod: subject, expect } of cases) {
    test(`${check.id}: ${name}`, () => {
      for (const [minor, expected] of Object.entries(expect)) {
        const actual = runAt(check, Number(minor), subject);
        assert.equal({ ...actual }, expected, `${check.id} at v1.${minor}: ${name}`);
      }
    });
  }
}

/** Each minor from `from` to `to` (inclusive) mapped to the same expectation. */
export function range(from: number, to: number, expected: CheckResult): Record<number, CheckResult> {
  const out: Record<number, CheckResult> = {};
  for (let minor = from; minor <= to; minor++) out[minor] = expected;
  return out;
}

// ---- psa-testdata fixtures ------------------------------------------------------------------------------------

const CANDIDATE_ROOTS = [
  fileURLToPath(new URL('../../fixtures/psa-testdata', import.meta.url)),
  fileURLToPath(new URL('../../../../shared/corpus/psa-testdata', import.meta.url)),
];

/** The repository copy of psa-testdata when it exists, else the shared corpus. */
export function fixtureRoot(): string {
  const root = CANDIDATE_ROOTS.find((candidate) => existsSync(`${candidate}/baseline`) && existsSync(`${candidate}/restricted`));
  if (root === undefined) throw new Error(`psa-testdata not found in ${CANDIDATE_ROOTS.join(' or ')}`);
  return root;
}

export interface Fixture {
  level: 'baseline' | 'restricted';
  minor: number;
  expect: 'pass' | 'fail';
  /** File name without `.yaml`, e.g. `hostports2`. */
  stem: string;
  pod: PssPod;
}

/** Every volume source field of the core/v1 API (the nine allowed and the 21 restricted ones of spec §2.4). */
const VOLUME_SOURCES = [
  'configMap', 'csi', 'downwardAPI', 'emptyDir', 'ephemeral', 'image', 'persistentVolumeClaim', 'projected', 'secret',
  'hostPath', 'gcePersistentDisk', 'awsElasticBlockStore', 'gitRepo', 'nfs', 'iscsi', 'glusterfs', 'rbd', 'flexVolume',
  'cinder', 'cephfs', 'flocker', 'fc', 'azureFile', 'vsphereVolume', 'quobyte', 'azureDisk', 'photonPersistentDisk',
  'portworxVolume', 'scaleIO', 'storageos',
];

/**
 * The one API-server step before PSA these fixtures depend on (spec §3.2, upstream test/run.go creates them through
 * an API server): a volume with no source is defaulted to `emptyDir: {}`. Emulated here so each check runs alone.
 */
function defaultVolumes(spec: Record<string, unknown>): Record<string, unknown> {
  if (!Array.isArray(spec.volumes)) return spec;
  const volumes = (spec.volumes as unknown[]).map((item) => {
    const volume = typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : {};
    return VOLUME_SOURCES.some((source) => volume[source] !== undefined && volume[source] !== null) ? volume : { ...volume, emptyDir: {} };
  });
  return { ...spec, volumes };
}

/** Reads every fixture (the pod's `spec`, volumes defaulted, and `metadata.annotations`, with the project's YAML schema). */
export function readFixtures(root: string = fixtureRoot()): Fixture[] {
  const fixtures: Fixture[] = [];
  for (const level of ['baseline', 'restricted'] as const) {
    for (const folder of readdirSync(`${root}/${level}`)) {
      const match = /^v1\.(\d+)$/.exec(folder);
      if (match === null) continue;
      for (const expect of ['pass', 'fail'] as const) {
        const dir = `${root}/${level}/${folder}/${expect}`;
        if (!existsSync(dir)) continue;
        for (const file of readdirSync(dir).filter((name) => name.endsWith('.yaml')).sort()) {
          const [document] = loadAll(readFileSync(`${dir}/${file}`, 'utf8'), { schema: KUBECTL_SCHEMA, json: true });
          const object = (document ?? {}) as { metadata?: { annotations?: Record<string, string> }; spec?: Record<string, unknown> };
          fixtures.push({ level, minor: Number(match[1]), expect, stem: file.slice(0, -'.yaml'.length), pod: pod(defaultVolumes(object.spec ?? {}), object.metadata?.annotations) });
        }
      }
    }
  }
  return fixtures;
}

/** The check a fixture is named after (`<lower-cased id><n>`), or undefined (`base`, `base_linux`, …). */
export function checkOfFixture(stem: string, checks: readonly Check[]): Check | undefined {
  const id = stem.replace(/\d+$/, '');
  return checks.find((check) => check.id.toLowerCase() === id);
}
