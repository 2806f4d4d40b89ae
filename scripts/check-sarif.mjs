// `npm run check:sarif`: writes podgate's SARIF for examples/, every corpus bundle and a few awkward paths
// (stdin, `../`, spaces, non-ASCII) into a temporary directory and runs Microsoft's SARIF Multitool
// (`validate --rule-kind "Gh;Sarif"`, GitHub's ingestion rules plus the SARIF spec's) over them; fails on any
// error or warning it reports (design.md §7).
//
// The Multitool is installed on first use from the npm registry into .cache/ (see multitool()), or taken from
// SARIF_MULTITOOL=/path/to/Sarif.Multitool.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { register } from 'tsx/esm/api';

register();
const { discoverManifests } = await import('../src/load/discover.ts');
const { DEFAULT_LINT_OPTIONS, lint } = await import('../src/lint.ts');
const { renderSarif } = await import('../src/report/sarif.ts');

const RULE_KINDS = process.env.SARIF_RULE_KINDS ?? 'Gh;Sarif';
const MULTITOOL_VERSION = '5.7.0';
const BUNDLES = '__tests__/fixtures/corpus/bundles';
const toolVersion = JSON.parse(readFileSync('package.json', 'utf8')).version;

/**
 * The Multitool binary: SARIF_MULTITOOL, else Microsoft's platform package, installed on first use into
 * .cache/sarif-multitool (a 96 MB self-contained binary from the npm registry; kept out of the project's
 * dependencies so `npm ci` stays small). Its bin.js runs the binary through a shell, which splits "Gh;Sarif" at
 * the semicolon, so the binary is called directly.
 */
function multitool() {
  if (process.env.SARIF_MULTITOOL) return process.env.SARIF_MULTITOOL;
  const platform = { linux: 'linux', darwin: 'darwin', win32: 'win32' }[process.platform];
  if (!platform) {
    console.error(`SARIF Multitool: no package for ${process.platform}; set SARIF_MULTITOOL.`);
    process.exit(2);
  }
  const prefix = path.resolve('.cache', 'sarif-multitool');
  const pkg = path.join(prefix, 'node_modules', '@microsoft', `sarif-multitool-${platform}`);
  const binary = path.join(pkg, process.platform === 'win32' ? 'Sarif.Multitool.exe' : 'Sarif.Multitool');
  if (!existsSync(binary)) {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const install = spawnSync(npm, ['install', '--no-save', '--ignore-scripts', '--no-audit', '--no-fund', '--prefix', prefix, `@microsoft/sarif-multitool-${platform}@${MULTITOOL_VERSION}`], { stdio: 'inherit' });
    if (install.status !== 0 || !existsSync(binary)) {
      console.error('SARIF Multitool could not be installed; set SARIF_MULTITOOL=/path/to/Sarif.Multitool.');
      process.exit(2);
    }
  }
  if (process.platform !== 'win32') chmodSync(binary, 0o755);
  return binary;
}

/** name -> lint sources: examples/, each bundle as `podgate <bundle>` runs it, and the awkward paths. */
async function targets() {
  const discover = async (dir) => (await discoverManifests([dir], { cwd: process.cwd(), ignore: [], maxFileBytes: 50 * 1024 * 1024 })).sources;
  const list = [['examples', await discover('examples')]];
  for (const name of readdirSync(BUNDLES, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort()) {
    list.push([`bundle-${name}`, await discover(`${BUNDLES}/${name}`)]);
  }
  // examples/ again with awkward paths, and an in-source suppression (netshoot's findings).
  const renames = { 'examples/ops/debug-pods.yaml': '<stdin>', 'examples/shop/postgres.yaml': '../elsewhere/shop db #1.yaml', 'examples/shop/db-restore-job.yaml': 'shop/ünïcode:job.yaml' };
  const ignore = "  name: netshoot\n  annotations:\n    podgate.dev/ignore: 'psp-host-namespaces, psp-capabilities: packet capture on the node is its purpose'\n";
  list.push(['paths', (await discover('examples')).map((source) => ({ ...source, path: renames[source.path] ?? source.path, text: source.text.replace('  name: netshoot\n', ignore) }))]);
  return list;
}

const dir = mkdtempSync(path.join(tmpdir(), 'podgate-sarif-'));
try {
  const files = [];
  for (const [name, sources] of await targets()) {
    const file = path.join(dir, `${name}.sarif`);
    const text = renderSarif(lint(sources, DEFAULT_LINT_OPTIONS), { toolVersion });
    if (name === 'paths' && !['%3Cstdin%3E', '../elsewhere/shop%20db%20%231.yaml', '"suppressions"'].every((part) => text.includes(part))) {
      console.error('check-sarif: the awkward-paths case lost its stdin, ../ or suppressed finding; update scripts/check-sarif.mjs to examples/.');
      process.exit(2);
    }
    writeFileSync(file, text);
    files.push(file);
  }
  const output = path.join(dir, 'multitool.sarif');
  const run = spawnSync(multitool(), ['validate', '--rule-kind', RULE_KINDS, '--output', output, ...files], { encoding: 'utf8' });
  if (run.error || run.status !== 0) {
    console.error(`SARIF Multitool failed to run (${run.error?.message ?? `exit ${run.status}`}):\n${run.stdout}${run.stderr}`);
    process.exit(2);
  }
  const results = JSON.parse(readFileSync(output, 'utf8')).runs.flatMap((r) => r.results ?? []);
  const problems = results.filter((r) => (r.level ?? 'warning') === 'error' || (r.level ?? 'warning') === 'warning');
  for (const r of results) {
    const where = r.locations?.[0]?.physicalLocation;
    const file = path.basename(decodeURIComponent(where?.artifactLocation?.uri ?? '?'));
    console.log(`${file}:${where?.region?.startLine ?? 0}: ${r.level ?? 'warning'} ${r.ruleId}: ${r.message?.text ?? ''}`);
  }
  if (problems.length > 0) {
    console.error(`SARIF Multitool (${RULE_KINDS}): ${problems.length} error(s) or warning(s) in ${files.length} SARIF files.`);
    process.exit(1);
  }
  console.log(`SARIF Multitool (${RULE_KINDS}): ${files.length} SARIF files, no errors or warnings.`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
