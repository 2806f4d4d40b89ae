// Tests for src/psp/seccomp: field translation, the pod default (P4) and pod/container validation (§7.17).
// Ports kubernetes pkg/security/podsecuritypolicy/seccomp/strategy_test.go (TestNewStrategy as observed
// behaviour, TestGenerate, TestValidatePod, TestValidateContainer) with exact messages, run on 1.18 and 1.24;
// the 1.19+ field and docker/default cases come from spec §7.17 and conformance cases seccomp-001…007.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Pod, SeccompProfile } from '../../src/api/core.js';
import {
  SECCOMP_ALLOWED_PROFILES_ANNOTATION as ALLOWED,
  SECCOMP_CONTAINER_ANNOTATION_PREFIX as PREFIX,
  SECCOMP_DEFAULT_PROFILE_ANNOTATION as DEFAULT,
  SECCOMP_POD_ANNOTATION as POD,
} from '../../src/api/policy.js';
import { renderFieldError } from '../../src/psp/field.js';
import { createSeccompStrategy, seccompFieldToAnnotation } from '../../src/psp/seccomp/index.js';

type Annotations = Record<string, string>;

// Policy annotations of the upstream test.
const withoutSeccomp: Annotations = { foo: 'bar' };
const allowAnyNoDefault: Annotations = { [ALLOWED]: '*' };
const allowAnyDefault: Annotations = { [ALLOWED]: '*', [DEFAULT]: 'foo' };
const allowAnyAndSpecificDefault: Annotations = { [ALLOWED]: '*,bar', [DEFAULT]: 'foo' };
const allowSpecific: Annotations = { [ALLOWED]: 'foo' };

const CONTAINER_KEY = PREFIX + 'container';
const podPath = `pod.metadata.annotations[${POD}]`;
const containerPath = `pod.metadata.annotations[${CONTAINER_KEY}]`;
const mayNotBeSet = (path: string): string => `${path}: Forbidden: seccomp may not be set`;
const notAllowed = (path: string, profile: string, list: string): string =>
  `${path}: Forbidden: ${profile} is not an allowed seccomp profile. Valid values are ${list}`;

interface PodShape {
  annotations?: Annotations;
  podField?: SeccompProfile;
  containerField?: SeccompProfile;
}
const makePod = ({ annotations, podField, containerField }: PodShape): Pod => ({
  metadata: { name: 'p', ...(annotations === undefined ? {} : { annotations: { ...annotations } }) },
  spec: {
    containers: [
      { name: 'container', ...(containerField === undefined ? {} : { securityContext: { seccompProfile: containerField } }) },
    ],
    ...(podField === undefined ? {} : { securityContext: { seccompProfile: podField } }),
  },
});
const container = (pod: Pod) => pod.spec.containers[0] ?? { name: 'missing' };
const RUNTIME: SeccompProfile = { type: 'RuntimeDefault' };
const UNCONFINED: SeccompProfile = { type: 'Unconfined' };
const LOCALHOST_A: SeccompProfile = { type: 'Localhost', localhostProfile: 'a.json' };
const podAnn = (profile: string, more: PodShape = {}): PodShape => ({ ...more, annotations: { [POD]: profile } });
const ctrAnn = (profile: string, more: PodShape = {}): PodShape => ({ ...more, annotations: { [CONTAINER_KEY]: profile } });
const atPod = (profile: string, list: string): string => notAllowed(podPath, profile, list);
const atCtr = (profile: string, list: string): string => notAllowed(containerPath, profile, list);
const BOTH = [18, 24];
const LATER = [24];
const rd: Annotations = { [ALLOWED]: 'runtime/default' };

/** A table row: name, the minors it runs on, policy annotations, pod, expected result. */
type Row<T> = [name: string, kubeMinors: number[], psp: Annotations | undefined, pod: PodShape, expected: T];

const translate = suite('seccompFieldToAnnotation');
const translateCases: [profile: SeccompProfile | undefined, expected: string][] = [
  [undefined, ''],
  [{ type: 'RuntimeDefault' }, 'runtime/default'],
  [{ type: 'Unconfined' }, 'unconfined'],
  [{ type: 'Localhost', localhostProfile: 'profiles/audit.json' }, 'localhost/profiles/audit.json'],
  [{ type: 'Localhost' }, ''],
  [{ type: 'Localhost', localhostProfile: '' }, 'localhost/'],
  [{ type: 'runtimedefault' }, ''],
  [{}, ''],
];
for (const [profile, expected] of translateCases) {
  translate(`should translate ${JSON.stringify(profile)} to ${JSON.stringify(expected)}`, () => {
    assert.equal(seccompFieldToAnnotation(profile), expected);
  });
}

translate.run();

const generate = suite('createSeccompStrategy: generate');
const generateCases: Row<string>[] = [
  // TestGenerate (annotations only; identical on every version).
  ['no seccomp, no pod annotations', BOTH, withoutSeccomp, {}, ''],
  ['no seccomp, pod annotations', BOTH, withoutSeccomp, podAnn('foo'), 'foo'],
  ['seccomp with no default, no pod annotations', BOTH, allowAnyNoDefault, {}, ''],
  ['seccomp with no default, pod annotations', BOTH, allowAnyNoDefault, podAnn('foo'), 'foo'],
  ['seccomp with default, no pod annotations', BOTH, allowAnyDefault, {}, 'foo'],
  ['seccomp with default, pod annotations', BOTH, allowAnyDefault, podAnn('bar'), 'bar'],
  // 1.19+ pod field (spec P4).
  ['pod field translated before the default', [19, 24], allowAnyDefault, { podField: RUNTIME }, 'runtime/default'],
  ['pod field ignored before 1.19', [15, 18], allowAnyDefault, { podField: RUNTIME }, 'foo'],
  ['annotation beats pod field', LATER, allowAnyDefault, podAnn('bar', { podField: UNCONFINED }), 'bar'],
  ['empty annotation counts as unset', BOTH, allowAnyDefault, podAnn(''), 'foo'],
  ['Localhost field without profile gives no profile', LATER, allowAnyDefault, { podField: { type: 'Localhost' } }, ''],
  ['container fields never reach the pod annotation', LATER, withoutSeccomp, { containerField: RUNTIME }, ''],
];
for (const [name, kubeMinors, psp, shape, expected] of generateCases) {
  for (const kubeMinor of kubeMinors) {
    generate(`should return ${JSON.stringify(expected)} for ${name} on 1.${kubeMinor}`, () => {
      const pod = makePod(shape);
      assert.equal(createSeccompStrategy(psp, kubeMinor).generate(pod.metadata.annotations, pod), expected);
    });
  }
}

generate('should not mutate the pod or the annotations', () => {
  const pod = makePod({ annotations: { foo: 'bar' }, podField: RUNTIME });
  const before = structuredClone(pod);
  createSeccompStrategy(allowAnyDefault, 24).generate(pod.metadata.annotations, pod);
  assert.equal(pod, before);
});

generate.run();

const validatePod = suite('createSeccompStrategy: validatePod');
const validatePodCases: Row<string[]>[] = [
  // TestValidatePod.
  ['no pod annotations, required profiles', BOTH, allowSpecific, {}, [atPod('', 'foo')]],
  ['no pod annotations, no required profiles', BOTH, withoutSeccomp, {}, []],
  ['valid pod annotations, required profiles', BOTH, allowSpecific, podAnn('foo'), []],
  ['invalid pod annotations, required profiles', BOTH, allowSpecific, podAnn('bar'), [atPod('bar', 'foo')]],
  ['pod annotations, no required profiles', BOTH, withoutSeccomp, podAnn('foo'), [mayNotBeSet(podPath)]],
  ['pod annotations, allow any', BOTH, allowAnyNoDefault, podAnn('foo'), []],
  ['no pod annotations, allow any', BOTH, allowAnyNoDefault, {}, []],
  // TestNewStrategy, observed: "*" anywhere in the list allows any profile; an absent list allows none.
  ['allow any and specific', LATER, allowAnyAndSpecificDefault, podAnn('baz'), []],
  ['no policy annotations at all', LATER, undefined, podAnn('runtime/default'), [mayNotBeSet(podPath)]],
  ['entries are not trimmed', LATER, { [ALLOWED]: 'foo, bar' }, podAnn('bar'), [atPod('bar', 'foo, bar')]],
  // 1.19+ pod field: used when the annotation is empty, reported at the annotation path.
  ['pod field allowed', LATER, rd, { podField: RUNTIME }, []],
  ['pod field not allowed', [19, 24], rd, { podField: UNCONFINED }, [atPod('unconfined', 'runtime/default')]],
  ['pod field ignored before 1.19', [18], rd, { podField: UNCONFINED }, [atPod('', 'runtime/default')]],
  ['pod field with no seccomp annotations on the policy', LATER, withoutSeccomp, { podField: RUNTIME }, [mayNotBeSet(podPath)]],
  ['annotation beats pod field', LATER, rd, podAnn('runtime/default', { podField: UNCONFINED }), []],
  // docker/default ≡ runtime/default from 1.19 (taken as 1.19.4+).
  ['docker/default allowed by runtime/default', [19, 24], rd, podAnn('docker/default'), []],
  ['runtime/default allowed by docker/default', [19, 24], { [ALLOWED]: 'docker/default' }, { podField: RUNTIME }, []],
  ['no equivalence before 1.19', [18], rd, podAnn('docker/default'), [atPod('docker/default', 'runtime/default')]],
  [
    'equivalence does not reach other profiles',
    LATER,
    { [ALLOWED]: 'runtime/default,docker/default' },
    podAnn('unconfined'),
    [atPod('unconfined', 'runtime/default,docker/default')],
  ],
];
for (const [name, kubeMinors, psp, shape, expected] of validatePodCases) {
  for (const kubeMinor of kubeMinors) {
    validatePod(`should report ${expected.length} error(s) for ${name} on 1.${kubeMinor}`, () => {
      assert.equal(createSeccompStrategy(psp, kubeMinor).validatePod(makePod(shape)).map(renderFieldError), expected);
    });
  }
}

validatePod('should print the double space of an empty profile (seccomp-003)', () => {
  const errors = createSeccompStrategy(rd, 24).validatePod(makePod({}));
  assert.equal(errors.map(renderFieldError), [
    'pod.metadata.annotations[seccomp.security.alpha.kubernetes.io/pod]: Forbidden:  is not an allowed seccomp profile. ' +
      'Valid values are runtime/default',
  ]);
});

validatePod.run();

const validateContainer = suite('createSeccompStrategy: validateContainer');
const validateContainerCases: Row<string[]>[] = [
  // TestValidateContainer.
  ['no pod annotations, required profiles', BOTH, allowSpecific, {}, [atCtr('', 'foo')]],
  ['no pod annotations, no required profiles', BOTH, withoutSeccomp, {}, []],
  ['valid pod annotations, required profiles', BOTH, allowSpecific, ctrAnn('foo'), []],
  ['invalid pod annotations, required profiles', BOTH, allowSpecific, ctrAnn('bar'), [atCtr('bar', 'foo')]],
  ['pod annotations, no required profiles', BOTH, withoutSeccomp, ctrAnn('foo'), [mayNotBeSet(containerPath)]],
  ['pod annotations, allow any', BOTH, allowAnyNoDefault, ctrAnn('foo'), []],
  ['no pod annotations, allow any', BOTH, allowAnyNoDefault, {}, []],
  ['container inherits valid pod annotation', BOTH, allowSpecific, podAnn('foo'), []],
  ['container inherits invalid pod annotation', BOTH, allowSpecific, podAnn('bar'), [atCtr('bar', 'foo')]],
  // Precedence: container field, container annotation (even empty), pod field, pod annotation.
  [
    'container field beats container annotation',
    LATER,
    rd,
    ctrAnn('runtime/default', { containerField: UNCONFINED }),
    [atCtr('unconfined', 'runtime/default')],
  ],
  ['container field ignored before 1.19', [18], rd, ctrAnn('runtime/default', { containerField: UNCONFINED }), []],
  [
    'empty container annotation beats pod profiles',
    BOTH,
    rd,
    { annotations: { [CONTAINER_KEY]: '', [POD]: 'runtime/default' } },
    [atCtr('', 'runtime/default')],
  ],
  ['container annotation beats pod field', LATER, rd, ctrAnn('runtime/default', { podField: UNCONFINED }), []],
  [
    'pod field beats pod annotation',
    LATER,
    rd,
    podAnn('runtime/default', { podField: UNCONFINED }),
    [atCtr('unconfined', 'runtime/default')],
  ],
  ['pod annotation used before 1.19 despite pod field', [18], rd, podAnn('runtime/default', { podField: UNCONFINED }), []],
  ['Localhost container field', LATER, { [ALLOWED]: 'localhost/a.json' }, { containerField: LOCALHOST_A }, []],
  [
    'Unconfined container field under runtime/default (seccomp-005)',
    LATER,
    { ...rd, [DEFAULT]: 'runtime/default' },
    podAnn('runtime/default', { containerField: UNCONFINED }),
    [atCtr('unconfined', 'runtime/default')],
  ],
  ['Localhost field without profile is an empty profile', LATER, allowAnyNoDefault, { containerField: { type: 'Localhost' } }, []],
  [
    'docker/default annotation with synced field (kubernetes #95817)',
    [19, 24],
    { [ALLOWED]: 'docker/default' },
    podAnn('docker/default', { podField: RUNTIME }),
    [],
  ],
];
for (const [name, kubeMinors, psp, shape, expected] of validateContainerCases) {
  for (const kubeMinor of kubeMinors) {
    validateContainer(`should report ${expected.length} error(s) for ${name} on 1.${kubeMinor}`, () => {
      const pod = makePod(shape);
      assert.equal(createSeccompStrategy(psp, kubeMinor).validateContainer(pod, container(pod)).map(renderFieldError), expected);
    });
  }
}

validateContainer('should not mutate the pod or the policy annotations', () => {
  const pod = makePod({ annotations: { [POD]: 'bar' }, podField: RUNTIME, containerField: UNCONFINED });
  const psp = { ...allowSpecific };
  const before = structuredClone({ pod, psp });
  const strategy = createSeccompStrategy(psp, 24);
  strategy.validatePod(pod);
  strategy.validateContainer(pod, container(pod));
  assert.equal({ pod, psp }, before);
});

validateContainer.run();
