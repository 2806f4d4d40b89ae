// `allowedHostPaths` matching: textual path-prefix match and the read-only requirement (§7.6).
// Mirrors pkg/security/podsecuritypolicy/util/util.go (AllowsHostVolumePath, hasPathPrefix).

import type { PodSecurityPolicySpec } from '../../api/policy.js';

export interface HostVolumePathResult {
  /** Some `allowedHostPaths` entry matches (or the list is empty). */
  allowed: boolean;
  /** Only read-only entries match: every mount of the volume must be `readOnly: true`. */
  mustBeReadOnly: boolean;
}

const trimOneSlash = (text: string): string => (text.endsWith('/') ? text.slice(0, -1) : text);

/**
 * Whether `path` equals `prefix` or continues it at a `/` boundary, after stripping one trailing `/` from
 * each (`/foo` matches `/foo`, `/foo/`, `/foo/bar`, not `/foobar`). Purely textual: no `..` or symlinks.
 */
export function hasPathPrefix(path: string, prefix: string): boolean {
  const s = trimOneSlash(path);
  const p = trimOneSlash(prefix);
  if (!s.startsWith(p)) return false;
  return s.length === p.length || s[p.length] === '/';
}

/**
 * Checks a hostPath volume's path against the policy's `allowedHostPaths`: an empty list allows any path
 * writable; otherwise the first matching writable entry wins, and read-only matches only allow read-only use.
 */
export function allowsHostVolumePath(
  spec: Pick<PodSecurityPolicySpec, 'allowedHostPaths'>,
  path: string,
): HostVolumePathResult {
  const entries = spec.allowedHostPaths ?? [];
  if (entries.length === 0) return { allowed: true, mustBeReadOnly: false };
  let allowed = false;
  for (const entry of entries) {
    if (!hasPathPrefix(path, entry.pathPrefix ?? '')) continue;
    if (entry.readOnly !== true) return { allowed: true, mustBeReadOnly: false };
    allowed = true;
  }
  return { allowed, mustBeReadOnly: allowed };
}
