// `partialFingerprints` for SARIF results: a hash of what a finding is about, never of where it sits, so
// code scanning keeps tracking one alert when lines above it are added or removed.

import { createRequire } from 'node:module';
import type { Diagnostic } from '../api/diagnostic.js';

/** The fingerprint key; the version suffix changes whenever the hashed keys or their normalisation change. */
export const FINGERPRINT_KEY = 'podgate/v1';

/**
 * Line and column numbers a message may quote (`line 12`, `line 12, column 3`, `file.yaml:12:3`), replaced so
 * that moving the YAML does not change the fingerprint. Other numbers (ports, ids, indexes) are kept: they
 * tell findings apart.
 */
export function withoutLineNumbers(message: string): string {
  return message
    .replace(/\b(lines?|columns?|col)(\s+)\d+(?:(\s*[-–]\s*)\d+)?/gi, '$1$2N')
    .replace(/(\.ya?ml|\.json|<stdin>):\d+(?::\d+)?/gi, '$1');
}

/**
 * The semantic identity of a diagnostic: rule, file, object (apiVersion, kind, namespace, name), field path
 * and message without line numbers, hashed (SHA-256, first 128 bits, hex).
 */
export function semanticHash(diagnostic: Diagnostic): string {
  const object = diagnostic.object;
  const keys = [
    diagnostic.ruleId,
    diagnostic.location.file,
    object?.apiVersion ?? '',
    object?.kind ?? '',
    object?.namespace ?? '',
    object?.name ?? '',
    diagnostic.fieldPath ?? '',
    withoutLineNumbers(diagnostic.message),
  ];
  return nodeCrypto().createHash('sha256').update(JSON.stringify(keys)).digest('hex').slice(0, 32);
}

/**
 * Fingerprints for diagnostics in output order: `<hash>:<n>`, where `n` counts earlier diagnostics with the
 * same hash (as GitHub's own `primaryLocationLineHash` does), so two identical findings in one file stay two
 * alerts, and their numbers only change when their relative order does.
 */
export function fingerprints(diagnostics: readonly Diagnostic[]): string[] {
  const seen = new Map<string, number>();
  return diagnostics.map((diagnostic) => {
    const hash = semanticHash(diagnostic);
    const n = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, n);
    return `${hash}:${n}`;
  });
}

let cryptoModule: typeof import('node:crypto') | undefined;
/** node:crypto, loaded when a SARIF log is first fingerprinted rather than at every run's start (≈ 5 ms). */
function nodeCrypto(): typeof import('node:crypto') {
  cryptoModule ??= createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
  return cryptoModule;
}
