// The command-line adapter: argv (+ .podgate.yaml) -> options -> discover and render -> lint -> reports ->
// exit code. Takes its I/O as an argument (`main(argv, io)`) so tests run it without touching the process.

import { readFile, stat, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CONFIG_FILE_NAMES, ConfigError, mergeSettings, parseConfig, type Settings } from './config.js';
import { PathNotFoundError } from './load/discover.js';
import { failingDiagnostics, SUPPORTED_KUBERNETES_VERSIONS, type KubernetesVersion, type LintOptions, type LintResult } from './lint.js';
import type { RequesterMode } from './cluster/requester.js';
import { isLevel, LEVEL_ERROR, LINT_MODES, parseVersion, VERSION_ERROR, type LintMode, type PssOptions } from './lint/pss.js';
import { DEFAULT_PARSE_LIMITS } from './load/parse.js';
import type { Exec } from './render.js';
import { lintInputs, readPssConfig } from './inputs.js';
import type { Severity } from './api/diagnostic.js';
import { FORMATS, renderReportChunks, type Format } from './report/render.js';
import type { Jobs } from './threads.js';
import { VERSION } from './version.js';

export interface CliIo {
  cwd: string;
  /** Writes to standard output; a returned promise settles when more may be written (back-pressure). */
  stdout: (text: string) => void | Promise<void>;
  stderr: (text: string) => void;
  /** Standard input's bytes (or text), read only for the path `-`, and no further than one byte past `maxBytes`. */
  readStdin: (maxBytes: number) => Promise<Uint8Array | string>;
  isTTY: boolean;
  env: Record<string, string | undefined>;
  /** Runs `helm` / `kubectl` for chart and kustomization directories; without it they are read as plain files. */
  exec?: Exec;
}

export { VERSION } from './version.js';
export const DEFAULT_MAX_FILE_BYTES = 50 * 1024 * 1024;

export const HELP = `Usage: podgate [options] [paths...]

Simulates Kubernetes PodSecurityPolicy admission for every pod the manifests under
PATHS would create (files or directories; '-' reads standard input; default '.').
A directory with a Chart.yaml is rendered with 'helm template', one with a
kustomization.yaml with 'kubectl kustomize'. Options can also be set in .podgate.yaml.
Exit code: 0 all pods admitted and no finding at --fail-on, 1 findings, 2 usage or
internal error. Findings suppressed by a podgate.dev/ignore annotation do not count.

Input:
  --config PATH               read options from PATH (default: .podgate.yaml or
                              .podgate.yml in the working directory, if present);
                              command-line options win over the file
  --no-config                 read no configuration file
  --ignore GLOB               leave out matching files (repeatable; relative to the
                              working directory). .git and node_modules are always left out
  --cluster PATH              objects that exist in the cluster but not in this repository
                              (PSPs, RBAC, service accounts); they join the model, their own
                              pods are not judged (repeatable)
  -n, --namespace NS          namespace of objects that name none (default: default)
  --max-file-size BYTES       skip larger files with a diagnostic (default: ${DEFAULT_MAX_FILE_BYTES})
  --max-depth N               deepest YAML nesting read; deeper documents are reported, not
                              read (default: ${DEFAULT_PARSE_LIMITS.maxDepth})
  --max-aliases N             YAML aliases read per document (alias bombs); more are reported
                              (default: ${DEFAULT_PARSE_LIMITS.maxAliases})
  -j, --jobs N                threads that judge the files (default: 1); auto: one per core, up
                              to four, when the repository has 4 MiB or more of workload-only
                              files per thread. The report is the same whatever the number

Rendering (a PATH that is a chart or kustomization directory):
  --helm-values FILE          values file for helm template (repeatable)
  --helm-release NAME         release name for helm template (default: release-name)
  --helm-namespace NS         namespace for helm template (default: --namespace, if given)
  --no-render                 read chart and kustomization directories as plain files

Cluster:
  --kubernetes-version V      1.15 ... 1.24 (default: 1.24): messages, token volume type,
                              seccomp fields, safe sysctls; naming one also means the cluster
                              runs PodSecurityPolicy (--mode auto simulates it)
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
  --mode MODE                 psp, pss, both or auto (default). auto: the PodSecurityPolicy
                              simulation when the repository or --cluster holds a policy or a
                              grant of one, or --kubernetes-version is given; Pod Security
                              Standards where namespaces carry pod-security.kubernetes.io
                              labels or a level is configured; with neither, what restricted
                              would reject, as warnings. pss: the verdict is the PSS enforce one
  --pss-level LEVEL           default enforce level: privileged, baseline or restricted
  --pss-version V             default enforce version: latest (default) or v1.N
  --migrate                   add the PodSecurityPolicy -> Pod Security Standards migration forecast
                              (per-namespace levels and labels, pods relying on PSP defaults)
  --pss-config PATH           PodSecurityConfiguration file (defaults, exemptions; or inline in an
                              AdmissionConfiguration); --pss-level/--pss-version override it

Output:
  -f, --format FORMAT[=FILE]  stylish (default), json, sarif, junit or github (workflow
                              commands for GitHub Actions annotations); with =FILE the report
                              is written to FILE. Repeatable: at most one goes to standard
                              output, e.g. -f stylish -f sarif=podgate.sarif -f junit=junit.xml
  --fail-on LEVEL             error (default), warning, note or none: the lowest diagnostic
                              severity that makes the exit code 1 (forbidden pods are errors;
                              suppressed findings never count; none: report only)
  --quiet                     stylish: list only errors, no suppressed findings (the summary
                              still counts everything)
  --color, --no-color         force or disable colour (default: colour on a terminal)
  -h, --help                  show this help
  -v, --version               show the version
`;

/** A bad invocation: printed with the usage hint, exit code 2. */
export class UsageError extends Error {}

export { FORMATS, type Format } from './report/render.js';

/** The reports that list every pod, admitted ones included. */
const PER_POD_FORMATS: ReadonlySet<Format> = new Set<Format>(['json', 'junit']);

/** One `--format NAME[=PATH]`: a report and where it goes (`path` undefined: standard output). */
export interface FormatTarget {
  format: Format;
  path?: string;
}

const OPTIONS = {
  config: { type: 'string' },
  'no-config': { type: 'boolean' },
  ignore: { type: 'string', multiple: true },
  cluster: { type: 'string', multiple: true },
  namespace: { type: 'string', short: 'n' },
  'max-file-size': { type: 'string' },
  'max-depth': { type: 'string' },
  'max-aliases': { type: 'string' },
  jobs: { type: 'string', short: 'j' },
  'helm-values': { type: 'string', multiple: true },
  'helm-release': { type: 'string' },
  'helm-namespace': { type: 'string' },
  'no-render': { type: 'boolean' },
  'kubernetes-version': { type: 'string' },
  mode: { type: 'string' },
  'pss-level': { type: 'string' },
  'pss-version': { type: 'string' }, 'pss-config': { type: 'string' }, migrate: { type: 'boolean' }, // prettier-ignore
  as: { type: 'string' },
  'as-group': { type: 'string', multiple: true },
  'as-pod-service-account': { type: 'boolean' },
  'service-account-only': { type: 'boolean' },
  'controller-credentials': { type: 'string' },
  'require-service-accounts': { type: 'boolean' },
  'authorization-mode': { type: 'string' },
  'feature-gates': { type: 'string', multiple: true },
  format: { type: 'string', short: 'f', multiple: true },
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
    const settings = mergeSettings(await readConfig(values, io.cwd), settingsFromArgs(values, positionals));
    const targets = parseFormats(settings.format ?? ['stylish']);
    const failOn = parseFailOn(settings['fail-on']);
    const pssConfig = settings['pss-config'];
    const options: LintOptions = {
      ...toLintOptions(settings, pssConfig === undefined ? {} : await readPssConfig(pssConfig, io.cwd, (message) => new UsageError(message))),
      // Only json, junit and the migration forecast list admitted pods: the other reports need their count alone.
      keepAdmittedPods: settings.migrate === true || targets.some((target) => PER_POD_FORMATS.has(target.format)),
    };
    const maxFileBytes = parseSize(settings['max-file-size']);
    const helmNamespace = settings['helm-namespace'] ?? settings.namespace;
    const result = await lintInputs(
      {
        paths: settings.paths ?? ['.'],
        cluster: settings.cluster ?? [],
        ignore: settings.ignore ?? [],
        maxFileBytes,
        render: settings.render !== false,
        migrate: settings.migrate === true,
        helmValues: settings['helm-values'] ?? [],
        helmRelease: settings['helm-release'] ?? 'release-name',
        jobs: parseJobs(settings.jobs),
        ...(helmNamespace !== undefined ? { helmNamespace } : {}),
      },
      options,
      { cwd: io.cwd, readStdin: io.readStdin, ...(io.exec ? { exec: io.exec } : {}) },
    );
    const color = settings.color ?? (io.isTTY && io.env.NO_COLOR === undefined);
    for (const target of targets) {
      const chunks = renderReportChunks(target.format, result, { color: target.path === undefined && color, quiet: settings.quiet === true, toolVersion: VERSION, ...(result.migration ? { migration: result.migration } : {}) });
      if (target.path === undefined) for (const chunk of chunks) await io.stdout(chunk);
      else await writeReport(path.resolve(io.cwd, target.path), chunks, target.path);
    }
    return failingDiagnostics(result, failOn).length > 0 ? 1 : 0;
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError || error instanceof PathNotFoundError || isArgError(error)) {
      io.stderr(`podgate: ${(error as Error).message}\nRun 'podgate --help' for usage.\n`);
      return 2;
    }
    io.stderr(`podgate: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 2;
  }
}

async function writeReport(absolute: string, text: Iterable<string>, given: string): Promise<void> {
  try {
    await mkdir(path.dirname(absolute), { recursive: true });
    await writeFile(absolute, text);
  } catch (error) {
    throw new UsageError(`cannot write ${given}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

/** `.podgate.yaml` / `.podgate.yml` in the working directory, or `--config PATH`; `--no-config` reads none. */
async function readConfig(values: Values, cwd: string): Promise<Settings> {
  if (values['no-config']) {
    if (values.config !== undefined) throw new UsageError('--config and --no-config exclude each other');
    return {};
  }
  let file = values.config;
  if (file === undefined) {
    const present: string[] = [];
    for (const name of CONFIG_FILE_NAMES) if ((await stat(path.join(cwd, name)).catch(() => undefined))?.isFile()) present.push(name);
    if (present.length > 1) throw new UsageError(`both ${present.join(' and ')} exist: keep one (or choose with --config)`);
    file = present[0];
    if (file === undefined) return {};
  }
  const text = await readFile(path.resolve(cwd, file), 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(`cannot read the configuration file ${file}: ${error.code ?? error.message}`);
  });
  return parseConfig(text, file);
}

function settingsFromArgs(values: Values, positionals: readonly string[]): Settings {
  const settings: Settings = {
    paths: positionals.length > 0 ? [...positionals] : undefined,
    ignore: values.ignore,
    cluster: values.cluster,
    namespace: values.namespace,
    'kubernetes-version': values['kubernetes-version'],
    mode: values.mode,
    'pss-level': values['pss-level'],
    'pss-version': values['pss-version'], 'pss-config': values['pss-config'], migrate: values.migrate, // prettier-ignore
    as: values.as,
    'as-groups': values['as-group'],
    'as-pod-service-account': values['as-pod-service-account'],
    'service-account-only': values['service-account-only'],
    'controller-credentials': values['controller-credentials'],
    'require-service-accounts': values['require-service-accounts'],
    'authorization-mode': values['authorization-mode'],
    'feature-gates': values['feature-gates'],
    'max-file-size': values['max-file-size'],
    'max-depth': values['max-depth'],
    'max-aliases': values['max-aliases'],
    jobs: values.jobs,
    format: values.format,
    'fail-on': values['fail-on'],
    quiet: values.quiet,
    color: values['no-color'] ? false : values.color ? true : undefined,
    'helm-values': values['helm-values'],
    'helm-release': values['helm-release'],
    'helm-namespace': values['helm-namespace'],
    render: values['no-render'] ? false : undefined,
  };
  return Object.fromEntries(Object.entries(settings).filter(([, value]) => value !== undefined)) as Settings;
}

/** `NAME` (standard output) or `NAME=PATH`; at most one report on standard output, one per file. */
export function parseFormats(entries: readonly string[]): FormatTarget[] {
  const targets: FormatTarget[] = [];
  for (const entry of entries) {
    const at = entry.indexOf('=');
    const name = at === -1 ? entry : entry.slice(0, at);
    const file = at === -1 ? undefined : entry.slice(at + 1);
    if (!(FORMATS as readonly string[]).includes(name)) throw new UsageError(`Unknown --format ${JSON.stringify(name)} (${FORMATS.join(', ')}; add =PATH to write a file)`);
    if (file === '') throw new UsageError(`--format ${name}= needs a file name after '=' (or '-' for standard output)`);
    targets.push(file === undefined || file === '-' ? { format: name as Format } : { format: name as Format, path: file });
  }
  if (targets.filter((target) => target.path === undefined).length > 1) {
    throw new UsageError(`At most one --format may print to standard output; give the others a file: ${targets.filter((t) => t.path === undefined).map((t) => `${t.format}=FILE`).join(', ')}`);
  }
  const files = targets.flatMap((target) => (target.path === undefined ? [] : [path.normalize(target.path)]));
  const twice = files.find((file, i) => files.indexOf(file) !== i);
  if (twice !== undefined) throw new UsageError(`Two --format reports would write ${twice}`);
  return targets;
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

function parseJobs(value: string | undefined): Jobs {
  // One thread unless asked: on two cores a second thread was measured no faster (see the README).
  if (value === undefined) return 1;
  if (value === 'auto') return 'auto';
  const jobs = Number(value);
  if (!/^\d+$/.test(value) || jobs < 1) throw new UsageError(`--jobs takes auto or a positive whole number, not ${JSON.stringify(value)}`);
  return jobs;
}

function parseSize(value: string | undefined, option = '--max-file-size', fallback = DEFAULT_MAX_FILE_BYTES): number {
  if (value === undefined) return fallback;
  const size = Number(value);
  if (!Number.isInteger(size) || size <= 0) throw new UsageError(`${option} takes a positive whole number, not ${JSON.stringify(value)}`);
  return size;
}

function toLintOptions(settings: Settings, pssFile: PssOptions = {}): LintOptions {
  const version = (settings['kubernetes-version'] ?? '1.24').replace(/^v/, '');
  if (!(SUPPORTED_KUBERNETES_VERSIONS as readonly string[]).includes(version)) {
    throw new UsageError(`--kubernetes-version must be one of ${SUPPORTED_KUBERNETES_VERSIONS.join(', ')} (PodSecurityPolicy was removed in 1.25)`);
  }
  const modes = [settings.as !== undefined, settings['as-pod-service-account'] === true, settings['service-account-only'] === true].filter(Boolean).length;
  if (modes > 1) throw new UsageError('--as, --as-pod-service-account and --service-account-only exclude each other');
  if (settings['as-groups'] && settings.as === undefined) throw new UsageError('--as-group needs --as');
  let requester: RequesterMode = { mode: 'default' };
  if (settings.as !== undefined) requester = { mode: 'as', user: settings.as, groups: settings['as-groups'] ?? [] };
  else if (settings['as-pod-service-account']) requester = { mode: 'pod-service-account' };
  else if (settings['service-account-only']) requester = { mode: 'service-account-only' };
  const credentials = settings['controller-credentials'] ?? 'service-account';
  if (credentials !== 'service-account' && credentials !== 'shared') throw new UsageError('--controller-credentials is service-account or shared');
  const mode = settings['authorization-mode'] ?? 'RBAC';
  if (mode !== 'RBAC' && mode !== 'AlwaysAllow') throw new UsageError('--authorization-mode is RBAC or AlwaysAllow');
  const namespace = settings.namespace ?? 'default';
  if (namespace === '') throw new UsageError('--namespace cannot be empty');
  const lintMode = settings.mode ?? 'auto';
  if (!(LINT_MODES as readonly string[]).includes(lintMode)) throw new UsageError(`--mode is one of ${LINT_MODES.join(', ')}`);
  const pssLevel = settings['pss-level'];
  if (pssLevel !== undefined && !isLevel(pssLevel)) throw new UsageError(`--pss-level ${LEVEL_ERROR}`);
  const pssVersion = settings['pss-version'];
  if (pssVersion !== undefined && parseVersion(pssVersion).error !== undefined) throw new UsageError(`--pss-version ${VERSION_ERROR}`);
  return {
    mode: lintMode as LintMode,
    pss: { ...pssFile, ...(pssLevel !== undefined ? { level: pssLevel } : {}), ...(pssVersion !== undefined ? { version: pssVersion } : {}) },
    kubernetesVersion: version as KubernetesVersion,
    kubernetesVersionGiven: settings['kubernetes-version'] !== undefined,
    namespace,
    requester,
    useServiceAccountCredentials: credentials === 'service-account',
    requireServiceAccounts: settings['require-service-accounts'] === true,
    alwaysAllow: mode === 'AlwaysAllow',
    featureGates: parseFeatureGates(settings['feature-gates'] ?? []),
    limits: {
      maxDepth: parseSize(settings['max-depth'], '--max-depth', DEFAULT_PARSE_LIMITS.maxDepth),
      maxAliases: parseSize(settings['max-aliases'], '--max-aliases', DEFAULT_PARSE_LIMITS.maxAliases),
    },
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
