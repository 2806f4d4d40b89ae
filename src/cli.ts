// The command-line adapter: argv -> options -> discover -> lint -> report -> exit code. Takes its I/O as an
// argument (`main(argv, io)`) so tests run it without touching the process.

import { parseArgs } from 'node:util';
import { discoverManifests, PathNotFoundError } from './load/discover.js';
import { compareDiagnostics, lint, SUPPORTED_KUBERNETES_VERSIONS, type KubernetesVersion, type LintOptions } from './lint.js';
import type { RequesterMode } from './cluster/requester.js';
import { renderJson } from './report/json.js';
import { renderStylish } from './report/stylish.js';
import { DEFAULT_PARSE_LIMITS } from './load/parse.js';
import type { Severity } from './api/diagnostic.js';

export interface CliIo {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<string>;
  isTTY: boolean;
  env: Record<string, string | undefined>;
}

export const VERSION = '0.1.0';
const DEFAULT_MAX_FILE_BYTES = 50 * 1024 * 1024;

export const HELP = `Usage: podgate [options] [paths...]

Simulates Kubernetes PodSecurityPolicy admission for every pod the manifests under
PATHS would create (files or directories; '-' reads standard input; default '.').
Exit code: 0 all pods admitted and no finding at --fail-on, 1 findings, 2 usage or
internal error.

Input:
  --ignore GLOB               leave out matching files (repeatable; relative to the
                              working directory). .git and node_modules are always left out
  --cluster PATH              objects that exist in the cluster but not in this repository
                              (PSPs, RBAC, service accounts); they join the model, their own
                              pods are not judged (repeatable)
  -n, --namespace NS          namespace of objects that name none (default: default)
  --max-file-size BYTES       skip larger files with a diagnostic (default: ${DEFAULT_MAX_FILE_BYTES})

Cluster:
  --kubernetes-version V      1.15 ... 1.24 (default: 1.24): messages, token volume type,
                              seccomp fields, safe sysctls
  --as USER                   the requesting user of every pod, as kubectl --as
  --as-group GROUP            a group of that user (repeatable; system:authenticated is added
                              as the API server's impersonation does)
  --as-pod-service-account    every pod is requested by its own service account
  --service-account-only      no requesting user: only the pod's service account may
                              authorize a policy
  --controller-credentials M  service-account (default: each controller has its own
                              kube-system service account) or shared
                              (system:kube-controller-manager)
  --require-service-accounts  only 'default' and the service accounts declared in the
                              manifests (and --cluster) exist: pods using others are refused
                              as by ServiceAccount admission (default: assume they exist, note)
  --authorization-mode MODE   RBAC (default) or AlwaysAllow
  --feature-gates LIST        e.g. ProcMountType=true

Output:
  -f, --format FORMAT         stylish (default) or json
  --fail-on LEVEL             error (default), warning, note or none: the lowest diagnostic
                              severity that makes the exit code 1 (forbidden pods are errors)
  --quiet                     list only errors (the summary still counts everything)
  --color, --no-color         force or disable colour (default: colour on a terminal)
  -h, --help                  show this help
  -v, --version               show the version
`;

/** A bad invocation: printed with the usage hint, exit code 2. */
export class UsageError extends Error {}

const OPTIONS = {
  ignore: { type: 'string', multiple: true },
  cluster: { type: 'string', multiple: true },
  namespace: { type: 'string', short: 'n' },
  'max-file-size': { type: 'string' },
  'kubernetes-version': { type: 'string' },
  as: { type: 'string' },
  'as-group': { type: 'string', multiple: true },
  'as-pod-service-account': { type: 'boolean' },
  'service-account-only': { type: 'boolean' },
  'controller-credentials': { type: 'string' },
  'require-service-accounts': { type: 'boolean' },
  'authorization-mode': { type: 'string' },
  'feature-gates': { type: 'string', multiple: true },
  format: { type: 'string', short: 'f' },
  'fail-on': { type: 'string' },
  quiet: { type: 'boolean' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];

/** Runs the CLI; returns the exit code. Never throws. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const { values, positionals } = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
    if (values.help) {
      io.stdout(HELP);
      return 0;
    }
    if (values.version) {
      io.stdout(`${VERSION}\n`);
      return 0;
    }
    const format = values.format ?? 'stylish';
    if (format !== 'stylish' && format !== 'json') throw new UsageError(`Unknown --format ${JSON.stringify(format)} (stylish or json)`);
    const failOn = parseFailOn(values['fail-on']);
    const options = toLintOptions(values);
    const maxFileBytes = parseSize(values['max-file-size']);
    const paths = positionals.length > 0 ? positionals : ['.'];
    const repo = await discoverManifests(paths, { cwd: io.cwd, ignore: values.ignore ?? [], maxFileBytes, readStdin: io.readStdin });
    const cluster = await discoverManifests(values.cluster ?? [], { cwd: io.cwd, ignore: values.ignore ?? [], maxFileBytes, cluster: true, readStdin: io.readStdin });
    const result = lint([...repo.sources, ...cluster.sources], options);
    result.diagnostics.push(...repo.diagnostics, ...cluster.diagnostics);
    result.diagnostics.sort(compareDiagnostics);
    const color = values['no-color'] ? false : values.color ? true : io.isTTY && io.env.NO_COLOR === undefined;
    io.stdout(format === 'json' ? renderJson(result) : renderStylish(result, { color, quiet: values.quiet === true }));
    const failing = result.pods.some((pod) => !pod.allowed) || result.diagnostics.some((d) => failOn.includes(d.severity));
    return failing ? 1 : 0;
  } catch (error) {
    if (error instanceof UsageError || error instanceof PathNotFoundError || isArgError(error)) {
      io.stderr(`podgate: ${(error as Error).message}\nRun 'podgate --help' for usage.\n`);
      return 2;
    }
    io.stderr(`podgate: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 2;
  }
}

function isArgError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && String((error as { code?: unknown }).code ?? '').startsWith('ERR_PARSE_ARGS');
}

function parseFailOn(value: string | undefined): Severity[] {
  switch (value ?? 'error') {
    case 'error':
      return ['error'];
    case 'warning':
      return ['error', 'warning'];
    case 'note':
      return ['error', 'warning', 'note'];
    case 'none':
      return [];
    default:
      throw new UsageError(`Unknown --fail-on ${JSON.stringify(value)} (error, warning, note or none)`);
  }
}

function parseSize(value: string | undefined): number {
  if (value === undefined) return DEFAULT_MAX_FILE_BYTES;
  const size = Number(value);
  if (!Number.isInteger(size) || size <= 0) throw new UsageError(`--max-file-size takes a positive number of bytes, not ${JSON.stringify(value)}`);
  return size;
}

function toLintOptions(values: Values): LintOptions {
  const version = (values['kubernetes-version'] ?? '1.24').replace(/^v/, '');
  if (!(SUPPORTED_KUBERNETES_VERSIONS as readonly string[]).includes(version)) {
    throw new UsageError(`--kubernetes-version must be one of ${SUPPORTED_KUBERNETES_VERSIONS.join(', ')} (PodSecurityPolicy was removed in 1.25)`);
  }
  const modes = [values.as !== undefined, values['as-pod-service-account'] === true, values['service-account-only'] === true].filter(Boolean).length;
  if (modes > 1) throw new UsageError('--as, --as-pod-service-account and --service-account-only exclude each other');
  if (values['as-group'] && values.as === undefined) throw new UsageError('--as-group needs --as');
  let requester: RequesterMode = { mode: 'default' };
  if (values.as !== undefined) requester = { mode: 'as', user: values.as, groups: values['as-group'] ?? [] };
  else if (values['as-pod-service-account']) requester = { mode: 'pod-service-account' };
  else if (values['service-account-only']) requester = { mode: 'service-account-only' };
  const credentials = values['controller-credentials'] ?? 'service-account';
  if (credentials !== 'service-account' && credentials !== 'shared') throw new UsageError('--controller-credentials is service-account or shared');
  const mode = values['authorization-mode'] ?? 'RBAC';
  if (mode !== 'RBAC' && mode !== 'AlwaysAllow') throw new UsageError('--authorization-mode is RBAC or AlwaysAllow');
  const namespace = values.namespace ?? 'default';
  if (namespace === '') throw new UsageError('--namespace cannot be empty');
  return {
    kubernetesVersion: version as KubernetesVersion,
    namespace,
    requester,
    useServiceAccountCredentials: credentials === 'service-account',
    requireServiceAccounts: values['require-service-accounts'] === true,
    alwaysAllow: mode === 'AlwaysAllow',
    featureGates: parseFeatureGates(values['feature-gates'] ?? []),
    limits: DEFAULT_PARSE_LIMITS,
  };
}

function parseFeatureGates(lists: readonly string[]): { ProcMountType?: boolean } {
  const gates: { ProcMountType?: boolean } = {};
  for (const entry of lists.flatMap((list) => list.split(',')).filter((item) => item.trim() !== '')) {
    const match = /^\s*(\w+)=(true|false)\s*$/.exec(entry);
    if (!match) throw new UsageError(`--feature-gates takes NAME=true|false, not ${JSON.stringify(entry)}`);
    if (match[1] !== 'ProcMountType') throw new UsageError(`Unknown feature gate ${JSON.stringify(match[1])} (supported: ProcMountType)`);
    gates.ProcMountType = match[2] === 'true';
  }
  return gates;
}
