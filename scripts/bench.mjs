// Benchmark (not a test): generates a repository of N Deployments (~5% forbidden) with PSPs and RBAC, plus the
// real-world corpus bundles (__tests__/fixtures/corpus/bundles, copied under corpus/), then times the whole
// `node dist/cli.js` process on it (stylish and json) against a bare js-yaml loadAll of the same files (also a whole process), and
// prints the ratio, documents per second, peak RSS, the cold start on examples/, the growth at N/4, N/2, N, and
// one file of 10,000 privileged Pods.
// Usage: npm run bench [-- --deployments 20000 --files 200 --keep --cli OTHER/cli.js]
// (podgate runs with --jobs 1, and once more with --jobs 2 for worker threads)  (--cli: time another build, e.g.
// a copy of an earlier dist/cli.js, instead of building this one)
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createRequire } from 'node:module';


const { values } = parseArgs({ options: { deployments: { type: 'string', default: '20000' }, files: { type: 'string', default: '200' }, keep: { type: 'boolean' }, cli: { type: 'string' } } });
const cli = values.cli ?? 'dist/cli.js';
const total = Number(values.deployments);
const fileCount = Number(values.files);
let dir = path.join('.bench', `repo-${total}`);
const CORPUS = path.join('__tests__', 'fixtures', 'corpus', 'bundles');
const MANIFEST = /\.(ya?ml|json)$/;

const PLATFORM = `apiVersion: policy/v1beta1
kind: PodSecurityPolicy
metadata:
  name: restricted
  annotations:
    seccomp.security.alpha.kubernetes.io/allowedProfileNames: runtime/default
    seccomp.security.alpha.kubernetes.io/defaultProfileName: runtime/default
spec:
  privileged: false
  allowPrivilegeEscalation: false
  requiredDropCapabilities: [ALL]
  volumes: [configMap, emptyDir, projected, secret, downwardAPI, persistentVolumeClaim]
  runAsUser: {rule: MustRunAsNonRoot}
  seLinux: {rule: RunAsAny}
  supplementalGroups: {rule: MustRunAs, ranges: [{min: 1, max: 65535}]}
  fsGroup: {rule: MustRunAs, ranges: [{min: 1, max: 65535}]}
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: {name: psp-restricted}
rules: [{apiGroups: [policy], resources: [podsecuritypolicies], verbs: [use], resourceNames: [restricted]}]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: {name: psp-restricted}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: psp-restricted}
subjects: [{kind: Group, apiGroup: rbac.authorization.k8s.io, name: system:serviceaccounts}]
`;

function deployment(i) {
  const forbidden = i % 20 === 0;
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web-${i}
  namespace: team-${i % 50}
  labels: {app: web-${i}, tier: frontend}
spec:
  replicas: 3
  selector:
    matchLabels: {app: web-${i}}
  template:
    metadata:
      labels: {app: web-${i}}
      annotations:
        prometheus.io/scrape: "true"
    spec:
      containers:
      - name: app
        image: registry.example.com/web:1.${i}
        ports:
        - containerPort: 8080
          name: http
        env:
        - {name: MODE, value: production}
        resources:
          requests: {cpu: 100m, memory: 128Mi}
        securityContext:
          runAsNonRoot: true
          privileged: ${forbidden ? 'true' : 'false'}
        volumeMounts:
        - {name: cache, mountPath: /cache}
      volumes:
      - name: cache
        emptyDir: {}
`;
}

function generate(count = total) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'platform.yaml'), PLATFORM);
  const files = Math.max(1, Math.round((fileCount * count) / total));
  const perFile = Math.ceil(count / files);
  for (let f = 0; f < files; f++) {
    const docs = [];
    for (let i = f * perFile; i < Math.min(count, (f + 1) * perFile); i++) docs.push(deployment(i));
    writeFileSync(path.join(dir, `apps-${String(f).padStart(4, '0')}.yaml`), docs.join('---\n'));
  }
  cpSync(CORPUS, path.join(dir, 'corpus'), { recursive: true });
}

/** The files podgate reads (its manifest extensions), relative to `dir`, in a fixed order. */
function manifests() {
  return readdirSync(dir, { recursive: true }).map(String).filter((file) => MANIFEST.test(file)).sort();
}

// The baseline process: reads every manifest file and js-yaml-loadAll's it (a file js-yaml cannot read counts
// its time and no documents: Helm templates and deliberately broken files, which podgate reports), then prints
// the number of documents. It is timed as a whole process, as podgate is: both start Node cold, read the same
// files and parse them; a loop inside this process would let later runs reuse the JIT's work.
const JS_YAML_BASELINE = `
const { readFileSync } = require('node:fs');
const { loadAll } = require(${JSON.stringify(createRequire(import.meta.url).resolve('js-yaml'))});
let documents = 0;
for (const file of JSON.parse(process.argv[1])) {
  try { documents += loadAll(readFileSync(file, 'utf8')).length; } catch {}
}
process.stdout.write(String(documents));
`;

/** js-yaml loadAll of every manifest file, in a fresh process. */
function timeJsYaml() {
  const files = manifests().map((file) => path.join(dir, file));
  const start = performance.now();
  const run = spawnSync(process.execPath, ['--import', RSS_PROBE, '-e', JS_YAML_BASELINE, JSON.stringify(files)], { encoding: 'utf8' });
  return { ms: performance.now() - start, documents: Number(run.stdout), rssKiB: maxRss(run.stderr) };
}

// Preloaded into the measured process: reports its peak resident set size on exit.
const RSS_PROBE = `data:text/javascript,process.on('exit',()=>process.stderr.write('podgate-bench-maxrss '+process.resourceUsage().maxRSS+'\\n'))`;
const maxRss = (stderr) => Number(/podgate-bench-maxrss (\d+)/.exec(stderr)?.[1] ?? NaN);

function timePodgate(format, jobs = '1') {
  const start = performance.now();
  const run = spawnSync(process.execPath, ['--import', RSS_PROBE, cli, '--jobs', jobs, '--format', format, dir], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = performance.now() - start;
  const summary = format === 'json' ? JSON.parse(run.stdout).summary : undefined;
  const rssKiB = maxRss(run.stderr);
  return { ms, pods: summary?.pods, forbidden: summary?.forbidden, rssKiB };
}

if (values.cli === undefined) execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
// Cold start first, before the long runs heat the machine: the median of nine runs (a single spawn of a
// 0.25 s process is at the mercy of whatever else the machine does).
const coldRuns = [];
for (let i = 0; i < 9; i++) {
  const cold = performance.now();
  spawnSync(process.execPath, [cli, 'examples/'], { encoding: 'utf8' });
  coldRuns.push(performance.now() - cold);
}
const coldMs = coldRuns.sort((a, b) => a - b)[4];
generate();
const bytes = manifests().reduce((sum, file) => sum + readFileSync(path.join(dir, file)).length, 0);
// Each figure is the median of three runs: on a shared 2-core machine a single run varies by ±15 %.
const median = (runs, key) => [...runs].sort((a, b) => a[key] - b[key])[Math.floor(runs.length / 2)];
const three = (measure) => median([measure(), measure(), measure()], 'ms');
// The baseline and podgate alternate, five times, and the ratio is the median of each pair's: the machine's speed
// drifts over a minute (another tenant, the clock), and timing all of one then all of the other would put the
// drift into the ratio.
const pairs = Array.from({ length: 5 }, () => ({ yaml: timeJsYaml(), stylish: timePodgate('stylish') }));
const yaml = median(pairs.map((pair) => pair.yaml), 'ms');
const stylish = median(pairs.map((pair) => pair.stylish), 'ms');
const ratio = median(pairs.map((pair) => ({ ms: pair.stylish.ms / pair.yaml.ms })), 'ms').ms;
const podgate = three(() => timePodgate('json'));
const threaded = three(() => timePodgate('stylish', '2'));
console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}, load average ${loadavg()[0]?.toFixed(1)}; ${cli}`);
console.log(`input: ${total} Deployments in ${fileCount} files + corpus bundles (${manifests().length} files), ${(bytes / 2 ** 20).toFixed(1)} MiB, ${yaml.documents} documents`);
console.log(`js-yaml loadAll of every file (CommonJS build, whole process, median of 5): ${yaml.ms.toFixed(0)} ms`);
console.log(`podgate (stylish, whole process, median of 5, each run right after a baseline run): ${stylish.ms.toFixed(0)} ms — ratio ${ratio.toFixed(2)} (median of the five pairs' ratios; ${(stylish.ms / yaml.ms).toFixed(2)} from the two medians)`);
console.log(`podgate --format json (whole process, median of 3): ${podgate.ms.toFixed(0)} ms, ${podgate.pods} pods, ${podgate.forbidden} forbidden — ratio ${(podgate.ms / yaml.ms).toFixed(2)}`);
console.log(`documents per second (stylish): ${Math.round(yaml.documents / (stylish.ms / 1000))}`);
const rss = (kib) => `${(kib / 1024).toFixed(0)} MiB = ${((kib * 1024) / bytes).toFixed(1)}× the input`;
console.log(`peak RSS (stylish): ${rss(stylish.rssKiB)}; js-yaml baseline's: ${rss(yaml.rssKiB)}`);
console.log(`podgate --jobs 2 (stylish, worker threads, median of 3): ${threaded.ms.toFixed(0)} ms — ratio ${(threaded.ms / yaml.ms).toFixed(2)}, peak RSS ${rss(threaded.rssKiB)}`);
console.log(`cold start (node ${cli} examples/, median of 9): ${coldMs.toFixed(0)} ms`);
// Growth: the same repository at a quarter and half the size.
const growth = [];
for (const count of [Math.round(total / 4), Math.round(total / 2), total]) {
  dir = path.join('.bench', `repo-${count}`);
  generate(count);
  growth.push(`${count}: ${three(() => timePodgate('stylish')).ms.toFixed(0)} ms`);
  if (count !== total && !values.keep) rmSync(dir, { recursive: true, force: true });
}
console.log(`growth (stylish, medians of 3): ${growth.join(', ')}`);
// One file of many privileged pods and no policy: each gets seven Pod Security advisories, and every report groups
// findings by pod and file, which must stay linear (copying a file's group per finding once took minutes here).
const ONE_FILE_PODS = 10000;
dir = path.join('.bench', 'one-file');
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, 'pods.yaml'), Array.from({ length: ONE_FILE_PODS }, (_, i) => `apiVersion: v1
kind: Pod
metadata:
  name: debug-${i}
spec:
  containers:
  - name: shell
    image: busybox
    securityContext: {privileged: true, runAsUser: 0}
    ports: [{containerPort: 80, hostPort: 80}]
`).join('---\n'));
const oneFile = three(() => timePodgate('stylish'));
console.log(`one file of ${ONE_FILE_PODS} privileged Pods, no policy (${ONE_FILE_PODS * 7} Pod Security advisories; stylish, median of 3): ${oneFile.ms.toFixed(0)} ms`);
rmSync(dir, { recursive: true, force: true });
if (!values.keep) rmSync(dir, { recursive: true, force: true });
