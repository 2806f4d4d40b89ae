// The AppArmor strategy package: one strategy driven by the policy's AppArmor annotations.
// Mirrors pkg/security/podsecuritypolicy/apparmor (strategy.go).

export { createAppArmorStrategy } from './strategy.js';
export type { AppArmorStrategy } from './types.js';
