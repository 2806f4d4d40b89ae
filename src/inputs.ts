// Shared by the two adapters (CLI and Action): discovery of the repository and cluster paths, rendering of
// chart and kustomization directories (helm / kubectl, through an injected runner), the lint run, and Helm
// `# Source:` attribution of the findings. Adapter layer: it touches the file system and spawns processes.

import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { discoverManifests } from './load/discover.js';
import { attributeRenderedSources, type RenderedSource } from './load/helm.js';
import type { SourceFile } from './load/parse.js';
import { compareDiagnostics, type LintOptions, type LintResult, type LintSource } from './lint.js';
import { forecastMigration, readPolicies, type MigrationForecast } from './lint/migrate.js';
import type { PssOptions } from './lint/pss.js';
import { parsePodSecurityConfiguration } from './lint/pss-config.js';
import { renderDirectories, type Exec, type Renderable, type RendererKind } from './render.js';
import { lintOnThreads, threadsFor, type Jobs } from './threads.js';

export interface InputSettings {
  paths: readonly string[];
  cluster: readonly string[];
  ignore: readonly string[];
  maxFileBytes: number;
  /** Render chart / kustomization directories given as paths (needs `exec`). */
  render: boolean;
  helmValues: readonly string[];
  helmRelease: string;
  helmNamespace?: string;
  /** Also forecast the PodSecurityPolicy -> Pod Security Standards migration (`--migrate`). */
  migrate?: boolean;
  /** Threads that judge the files (`--jobs`; default 1). */
  jobs?: Jobs;
}

/** A lint run with, when asked, its migration forecast. */
export type InputRun = LintResult & { migration?: MigrationForecast };

export interface InputIo {
  cwd: string;
  readStdin?: (maxBytes: number) => Promise<Uint8Array | string>;
  /** Runs `helm` / `kubectl`; without it directories are read as plain files. */
  exec?: Exec;
}

/** Discovery (and rendering) of the repository and cluster paths, the lint run, Helm attribution. */
export async function lintInputs(settings: InputSettings, options: LintOptions, io: InputIo): Promise<InputRun> {
  const render = settings.render && io.exec !== undefined;
  const renderOptions = {
    helmValues: [...settings.helmValues],
    helmRelease: settings.helmRelease,
    ...(settings.helmNamespace !== undefined ? { helmNamespace: settings.helmNamespace } : {}),
  };
  const sources: LintSource[] = [];
  const diagnostics: LintResult['diagnostics'] = [];
  const rendered = new Map<string, RenderedSource>();
  for (const [paths, cluster] of [[settings.paths, false], [settings.cluster, true]] as const) {
    const plain: string[] = [];
    const targets: Renderable[] = [];
    for (const given of paths) {
      const target = render ? await renderableAt(given, io.cwd) : undefined;
      if (target === undefined) plain.push(given);
      else if (!targets.some((known) => known.directory === target.directory)) targets.push(target);
    }
    const found = await discoverManifests(plain, { cwd: io.cwd, ignore: settings.ignore, maxFileBytes: settings.maxFileBytes, lazy: true, ...(io.readStdin ? { readStdin: io.readStdin } : {}), ...(cluster ? { cluster } : {}) });
    const made = io.exec && targets.length > 0 ? await renderDirectories(targets, { ...renderOptions, cwd: io.cwd, exec: io.exec, cluster }) : undefined;
    sources.push(...found.sources, ...(made?.sources ?? []));
    diagnostics.push(...found.diagnostics, ...(made?.diagnostics ?? []));
    made?.rendered.forEach((value, key) => rendered.set(key, value));
  }
  const result = await lintOnThreads(sources, options, threadsFor(sources, settings.jobs ?? 1));
  // Lazy files are not kept: none of them holds a PodSecurityPolicy, and Helm attribution reads rendered texts only.
  const held = sources.filter((source): source is SourceFile => 'text' in source);
  const texts = new Map(held.map((source) => [source.path, source.text]));
  const run: InputRun = { ...result, diagnostics: attributeRenderedSources([...result.diagnostics, ...diagnostics], texts, rendered).sort(compareDiagnostics) };
  if (settings.migrate) {
    const policies = readPolicies(held, { namespace: options.namespace, kubernetesVersion: options.kubernetesVersion });
    run.migration = forecastMigration(result, { policies });
  }
  return run;
}

const RENDER_MARKERS: readonly [string, RendererKind][] = [['Chart.yaml', 'helm'], ['kustomization.yaml', 'kustomize'], ['kustomization.yml', 'kustomize'], ['Kustomization', 'kustomize']];

/** A chart directory (Chart.yaml) or a kustomization directory, given as a path. */
async function renderableAt(given: string, cwd: string): Promise<Renderable | undefined> {
  if (given === '-') return undefined;
  const absolute = path.resolve(cwd, given);
  if (!(await stat(absolute).catch(() => undefined))?.isDirectory()) return undefined;
  const directory = path.relative(cwd, absolute).split(path.sep).join('/') || '.';
  for (const [name, kind] of RENDER_MARKERS) {
    if ((await stat(path.join(absolute, name)).catch(() => undefined))?.isFile()) return { kind, directory, marker: directory === '.' ? name : `${directory}/${name}` };
  }
  return undefined;
}

/**
 * `--pss-config` / the `pss-config` input: the PodSecurityConfiguration's defaults and exemptions. A file that cannot
 * be read or decoded is the adapter's input error (`fail` makes it: a usage error, or an Action input error).
 */
export async function readPssConfig(file: string, cwd: string, fail: (message: string) => Error): Promise<PssOptions> {
  const text = await readFile(path.resolve(cwd, file), 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw fail(`cannot read the Pod Security configuration ${file}: ${error.code ?? error.message}`);
  });
  const parsed = parsePodSecurityConfiguration(text);
  if ('error' in parsed) throw fail(`${file}: ${parsed.error}`);
  return parsed.ok;
}
