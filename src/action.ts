// The GitHub Action adapter: inputs -> LintOptions -> discover -> lint -> SARIF file, annotations, job summary,
// outputs, verdict. Takes `@actions/core`, the environment and its writers as arguments (design.md §6).

import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { Severity } from './api/diagnostic.js';
import { VERSION } from './version.js';
import { PathNotFoundError } from './load/discover.js';
import { DEFAULT_PARSE_LIMITS } from './load/parse.js';
import { failingDiagnostics, SUPPORTED_KUBERNETES_VERSIONS, type KubernetesVersion, type LintOptions, type LintResult } from './lint.js';
import { selectAnnotations } from './report/annotations.js';
import { renderReportChunks } from './report/render.js';
import { renderSummary } from './report/summary.js';
import { lintInputs, readPssConfig } from './inputs.js';
import { isLevel, LEVEL_ERROR, LINT_MODES, parseVersion, VERSION_ERROR, type LintMode, type PssOptions } from './lint/pss.js';
import type { Exec } from './render.js';

/** `@actions/core`'s annotation properties. */
export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

/** The part of `@actions/core` the action uses (the module itself satisfies it). */
export interface CoreLike {
  getInput(name: string): string;
  setOutput(name: string, value: string): void;
  setFailed(message: string): void;
  error(message: string, properties?: AnnotationProperties): void;
  warning(message: string, properties?: AnnotationProperties): void;
  notice(message: string, properties?: AnnotationProperties): void;
  info(message: string): void;
  debug(message: string): void;
  summary: { addRaw(text: string, addEOL?: boolean): { write(): Promise<unknown> } };
}

export interface ActionDependencies {
  /** The working directory (the workspace): inputs and reported paths are relative to it. */
  cwd: string;
  /** Writes a file (its text in pieces, one after another), creating its directory. */
  writeFile(file: string, text: Iterable<string>): Promise<void>;
  /** `report/sarif.ts`'s renderer, in pieces (a big log is longer than one string can be). */
  renderSarif(result: LintResult, options: { toolVersion: string; maxResults: number }): Iterable<string>;
  /** Runs `helm` / `kubectl` for chart and kustomization directories (none: they are read as plain files). */
  exec?: Exec;
}

/** Every input of action.yml with its default ('' for none); a test holds action.yml to this. */
export const INPUT_DEFAULTS = {
  paths: '.',
  ignore: '',
  namespace: 'default',
  'kubernetes-version': '',
  as: '',
  'as-groups': '',
  cluster: '',
  'fail-on': 'error',
  'sarif-file': 'podgate.sarif',
  'sarif-max-results': '25000',
  annotations: 'true',
  summary: 'true',
  render: 'true',
  'helm-values': '',
  'helm-release': 'release-name',
  'helm-namespace': '',
  mode: 'auto',
  'pss-level': '',
  'pss-version': '',
  'pss-config': '',
} as const;

export type InputName = keyof typeof INPUT_DEFAULTS;

/** A bad input: reported with setFailed, never with a stack trace. */
export class InputError extends Error {}

const MAX_FILE_BYTES = 50 * 1024 * 1024;
const FAIL_ON: ReadonlyMap<string, Severity[]> = new Map([['error', ['error']], ['warning', ['error', 'warning']], ['note', ['error', 'warning', 'note']], ['none', []]]);

/** Runs the action. Never throws: every failure ends in `core.setFailed`. */
export async function run(core: CoreLike, env: Record<string, string | undefined>, deps: ActionDependencies): Promise<void> {
  try {
    const input = (name: InputName): string => core.getInput(name).trim() || INPUT_DEFAULTS[name];
    const list = (name: InputName, separators = /\s+/): string[] => input(name).split(separators).filter((item) => item !== '');
    const failOn = FAIL_ON.get(input('fail-on'));
    if (failOn === undefined) throw new InputError(`fail-on must be error, warning, note or none, not ${JSON.stringify(input('fail-on'))}`);
    const showAnnotations = booleanInput('annotations', input('annotations'));
    const showSummary = booleanInput('summary', input('summary'));
    const options: LintOptions = {
      ...toLintOptions(input('kubernetes-version'), input('namespace'), input('as'), list('as-groups', /[\s,]+/)),
      ...(await pssInputs(input, deps.cwd)),
      // SARIF, annotations, the job summary and the log show forbidden pods and count the others.
      keepAdmittedPods: false,
    };
    const sarifFile = input('sarif-file');
    const sarifMaxResults = positiveInteger('sarif-max-results', input('sarif-max-results'));

    // As on the command line: the namespace input when it was given explicitly.
    const helmNamespace = input('helm-namespace') || core.getInput('namespace').trim();
    const result = await lintInputs(
      {
        paths: list('paths'),
        cluster: list('cluster'),
        ignore: list('ignore'),
        maxFileBytes: MAX_FILE_BYTES,
        render: booleanInput('render', input('render')),
        helmValues: list('helm-values'),
        helmRelease: input('helm-release'),
        ...(helmNamespace !== '' ? { helmNamespace } : {}),
      },
      options,
      { cwd: deps.cwd, ...(deps.exec ? { exec: deps.exec } : {}) },
    );

    await deps.writeFile(path.resolve(deps.cwd, sarifFile), deps.renderSarif(result, { toolVersion: VERSION, maxResults: sarifMaxResults }));
    // Code scanning rejects a run of more than 25,000 results: the SARIF file keeps the most severe.
    const sarifOmitted = Math.max(0, result.diagnostics.length - sarifMaxResults);
    if (sarifOmitted > 0) core.info(`podgate: ${sarifFile} holds the ${sarifMaxResults} most severe of ${result.diagnostics.length} findings (sarif-max-results); every finding is in this log`);
    logReport(core, result);
    if (showAnnotations) annotate(core, result);
    if (showSummary) {
      if (env.GITHUB_STEP_SUMMARY) {
        const links = { serverUrl: env.GITHUB_SERVER_URL, repository: env.GITHUB_REPOSITORY, sha: env.GITHUB_SHA };
        await core.summary.addRaw(renderSummary(result, { sarifFile, sarifOmitted, ...links }), true).write();
      } else core.info('GITHUB_STEP_SUMMARY is not set: no job summary written.');
    }

    const { pods, forbidden } = result.counts;
    core.setOutput('sarif-file', sarifFile);
    core.setOutput('forbidden', String(forbidden));
    core.setOutput('pods', String(pods));
    const failing = failingDiagnostics(result, failOn);
    if (failing.length > 0) core.setFailed(failureMessage(pods, forbidden, failing.length, input('fail-on')));
  } catch (error) {
    if (error instanceof InputError || error instanceof PathNotFoundError) {
      core.setFailed(`podgate: ${error.message}`);
      return;
    }
    core.debug(error instanceof Error ? (error.stack ?? error.message) : String(error));
    core.setFailed(`podgate: internal error: ${error instanceof Error ? error.message : String(error)} (run with ACTIONS_STEP_DEBUG=true for the stack; please report it)`);
  }
}

/** A whole number of at least 1. */
function positiveInteger(name: InputName, value: string): number {
  if (!/^[1-9]\d{0,8}$/.test(value)) throw new InputError(`${name} must be a whole number from 1 to 999999999, not ${JSON.stringify(value)}`);
  return Number(value);
}

function booleanInput(name: InputName, value: string): boolean {
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new InputError(`${name} must be true or false, not ${JSON.stringify(value)}`);
}

function toLintOptions(versionInput: string, namespace: string, as: string, groups: string[]): LintOptions {
  const version = versionInput === '' ? '1.24' : versionInput.replace(/^v/, '');
  if (!(SUPPORTED_KUBERNETES_VERSIONS as readonly string[]).includes(version)) {
    throw new InputError(`kubernetes-version must be one of ${SUPPORTED_KUBERNETES_VERSIONS.join(', ')} (PodSecurityPolicy was removed in 1.25), not ${JSON.stringify(versionInput)}`);
  }
  if (groups.length > 0 && as === '') throw new InputError('as-groups needs as (the user the groups belong to)');
  return {
    kubernetesVersion: version as KubernetesVersion,
    kubernetesVersionGiven: versionInput !== '',
    namespace,
    requester: as === '' ? { mode: 'default' } : { mode: 'as', user: as, groups },
    useServiceAccountCredentials: true,
    requireServiceAccounts: false,
    alwaysAllow: false,
    featureGates: {},
    limits: DEFAULT_PARSE_LIMITS,
  };
}

/** `mode`, `pss-level`, `pss-version`, `pss-config`: as the command line's options of the same names. */
async function pssInputs(input: (name: InputName) => string, cwd: string): Promise<Pick<LintOptions, 'mode' | 'pss'>> {
  const mode = input('mode');
  if (!(LINT_MODES as readonly string[]).includes(mode)) throw new InputError(`mode must be one of ${LINT_MODES.join(', ')}, not ${JSON.stringify(mode)}`);
  const level = input('pss-level');
  if (level !== '' && !isLevel(level)) throw new InputError(`pss-level ${LEVEL_ERROR}`);
  const version = input('pss-version');
  if (version !== '' && parseVersion(version).error !== undefined) throw new InputError(`pss-version ${VERSION_ERROR}`);
  const file = input('pss-config');
  let pss: PssOptions = file === '' ? {} : await readPssConfig(file, cwd, (message) => new InputError(message));
  if (level !== '' && isLevel(level)) pss = { ...pss, level };
  if (version !== '') pss = { ...pss, version };
  return { mode: mode as LintMode, pss };
}

/** The stylish report in the log, between stop-commands markers: manifest text must never become a command. */
function logReport(core: CoreLike, result: LintResult): void {
  const token = randomUUID();
  core.info(`::stop-commands::${token}`);
  // The same stylish report as the CLI prints, suppressed findings marked.
  // In pieces of whole lines (a big repository's report is longer than one string can be), the last trimmed.
  let previous: string | undefined;
  for (const chunk of renderReportChunks('stylish', result, { color: true, quiet: false, toolVersion: VERSION })) {
    if (previous !== undefined) core.info(previous.endsWith('\n') ? previous.slice(0, -1) : previous);
    previous = chunk;
  }
  if (previous !== undefined) core.info(previous.trimEnd());
  core.info(`::${token}::`);
}

function annotate(core: CoreLike, result: LintResult): void {
  for (const annotation of selectAnnotations(result).annotations) {
    const properties: AnnotationProperties = { title: annotation.title };
    if (annotation.file !== undefined) properties.file = annotation.file;
    if (annotation.line !== undefined) properties.startLine = annotation.line;
    if (annotation.column !== undefined) properties.startColumn = annotation.column;
    if (annotation.endLine !== undefined) properties.endLine = annotation.endLine;
    if (annotation.endColumn !== undefined) properties.endColumn = annotation.endColumn;
    core[annotation.level](annotation.message, properties);
  }
}

function failureMessage(pods: number, forbidden: number, failing: number, failOn: string): string {
  const findings = `${failing} finding${failing === 1 ? '' : 's'} at or above fail-on '${failOn}'`;
  return forbidden > 0 ? `podgate: ${forbidden} of ${pods} pod${pods === 1 ? '' : 's'} forbidden (${findings})` : `podgate: ${findings}`;
}
