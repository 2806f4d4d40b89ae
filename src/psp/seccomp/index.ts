// The seccomp strategy package: one strategy driven by the policy's seccomp annotations, plus the
// field → annotation translation other modules share. Mirrors pkg/security/podsecuritypolicy/seccomp.

export { createSeccompStrategy, seccompFieldToAnnotation, seccompProfilesOf } from './strategy.js';
export type { SeccompStrategy } from './types.js';
