// Tests for discover.ts: which files a path expands to (extensions, always-skipped folders, --ignore globs,
// symlinks, sorted order), how they are decoded (BOMs, UTF-16, binary, invalid UTF-8) and what becomes a
// diagnostic. Every test builds its own temporary tree under os.tmpdir() and removes it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Diagnostic } from '../../src/api/diagnostic.js';
import { decodeManifest, discoverManifests, PathNotFoundError, STDIN_PATH, type DiscoverOptions, type DiscoverResult } from '../../src/load/discover.js';

type Tree = Record<string, string | Uint8Array>;

/** Writes `tree` under a fresh temporary directory, runs `body` with its path, and always removes it. */
async function withTree<T>(tree: Tree, body: (root: string) => Promise<T>): Promise<T> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'podgate-discover-'));
  try {
    for (const [file, content] of Object.entries(tree)) {
      await mkdir(path.dirname(path.join(root, file)), { recursive: true });
      await writeFile(path.join(root, file), content);
    }
    return await body(root);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
const options = (cwd: string, extra: Partial<DiscoverOptions> = {}): DiscoverOptions => ({ cwd, ignore: [], maxFileBytes: 1_000_000, ...extra });
const paths = (result: DiscoverResult): string[] => result.sources.map((source) => source.path);
/** A diagnostic about a whole file (at its line 1). */
const fileDiagnostic = (ruleId: string, severity: Diagnostic['severity'], file: string, message: string): Diagnostic => ({
  ruleId,
  severity,
  message,
  location: { file, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
  related: [],
});
const unreadable = (file: string, message: string): Diagnostic => fileDiagnostic('unreadable-file', 'error', file, message);
const skippedLink = (file: string, message: string): Diagnostic => fileDiagnostic('skipped-link', 'warning', file, message);
/** Fails instead of hanging when `promise` takes longer than `ms`. */
const within = <T>(ms: number, promise: Promise<T>): Promise<T> =>
  Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`still running after ${ms} ms`)), ms).unref())]);

const utf16le = (text: string): Uint8Array => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
const utf16be = (text: string): Uint8Array => {
  const bytes = Buffer.from(text, 'utf16le');
  for (let i = 0; i + 1 < bytes.length; i += 2) [bytes[i], bytes[i + 1]] = [bytes[i + 1] ?? 0, bytes[i] ?? 0];
  return Buffer.concat([Buffer.from([0xfe, 0xff]), bytes]);
};

const discover = suite('discoverManifests');

discover('should find .yaml, .yml and .json files under a directory, in code-point order, as relative POSIX paths', async () => {
  const tree: Tree = {
    'b.yaml': 'b: 1\n',
    'a.yml': 'a: 1\n',
    'Z.yaml': 'z: 1\n',
    'sub/deep/c.json': '{}',
    'notes.txt': 'not a manifest',
    'README.md': '# no',
    'x.yaml.in': 'template',
    'dir.yaml/inner.yaml': 'i: 1\n',
    '.github/workflows/ci.yaml': 'on: push\n',
  };
  await withTree(tree, async (root) => {
    const result = await discoverManifests(['.'], options(root));
    assert.equal(result, {
      sources: [
        { path: '.github/workflows/ci.yaml', text: 'on: push\n' },
        { path: 'Z.yaml', text: 'z: 1\n' },
        { path: 'a.yml', text: 'a: 1\n' },
        { path: 'b.yaml', text: 'b: 1\n' },
        { path: 'dir.yaml/inner.yaml', text: 'i: 1\n' },
        { path: 'sub/deep/c.json', text: '{}' },
      ],
      diagnostics: [],
    });
  });
});

discover('should skip .git and node_modules at any depth', async () => {
  const tree: Tree = {
    'deploy.yaml': 'a: 1\n',
    '.git/config.yaml': 'x',
    '.git/refs/x.yaml': 'x',
    'node_modules/pkg/chart.yaml': 'x',
    'web/node_modules/pkg/values.yaml': 'x',
    'web/app.yaml': 'b: 1\n',
  };
  await withTree(tree, async (root) => {
    assert.equal(paths(await discoverManifests(['.'], options(root))), ['deploy.yaml', 'web/app.yaml']);
    assert.equal(paths(await discoverManifests(['web'], options(root))), ['web/app.yaml']);
  });
});

discover('should skip node_modules also under a path outside the working directory', async () => {
  // BUG: the always-ignored globs `**/node_modules/**` do not match paths that start with `../`, so
  // `podgate ../other` reads ../other/node_modules/pkg/x.yaml.
  const tree: Tree = { 'app/.keep': '', 'other/ok.yaml': 'a: 1\n', 'other/node_modules/pkg/x.yaml': 'x: 1\n', 'other/.git/y.yaml': 'y: 1\n' };
  await withTree(tree, async (root) => {
    assert.equal(paths(await discoverManifests(['../other'], options(path.join(root, 'app')))), ['../other/ok.yaml']);
  });
});

discover('should leave out files matching --ignore globs', async () => {
  const tree: Tree = { 'deploy/web.yaml': 'a', 'deploy/web.json': 'b', 'charts/x/templates/t.yaml': 'c', 'charts/x/values.yaml': 'd', 'kustomization.yaml': 'e' };
  await withTree(tree, async (root) => {
    assert.equal(paths(await discoverManifests(['.'], options(root, { ignore: ['charts/**', '**/*.json'] }))), ['deploy/web.yaml', 'kustomization.yaml']);
    assert.equal(paths(await discoverManifests(['.'], options(root, { ignore: ['kustomization.yaml', 'deploy/*'] }))), ['charts/x/templates/t.yaml', 'charts/x/values.yaml']);
  });
});

discover('should read a named file whatever its extension, and each file once', async () => {
  const tree: Tree = { 'manifest.txt': 'kind: Pod\n', 'deploy/a.yaml': 'a: 1\n', 'deploy/b.yml': 'b: 1\n' };
  await withTree(tree, async (root) => {
    const result = await discoverManifests(['deploy/b.yml', 'manifest.txt', 'deploy', './deploy/a.yaml'], options(root));
    assert.equal(paths(result), ['deploy/a.yaml', 'deploy/b.yml', 'manifest.txt']);
    assert.equal(result.diagnostics, []);
  });
});

discover('should read a named file whose name contains glob characters', async () => {
  // BUG: a named file is handed to glob as a pattern, so `k8s[prod].yaml` matches only `k8s{p,r,o,d}.yaml`
  // and the file silently disappears (no source, no diagnostic). kubectl -f reads it.
  const tree: Tree = { 'k8s[prod].yaml': 'kind: Pod\n', 'envs/{a,b}.yaml': 'kind: Namespace\n' };
  await withTree(tree, async (root) => {
    const result = await discoverManifests(['k8s[prod].yaml', 'envs/{a,b}.yaml'], options(root));
    assert.equal(result, {
      sources: [{ path: 'envs/{a,b}.yaml', text: 'kind: Namespace\n' }, { path: 'k8s[prod].yaml', text: 'kind: Pod\n' }],
      diagnostics: [],
    });
  });
});

discover('should throw PathNotFoundError for a path that does not exist', async () => {
  await withTree({ 'a.yaml': 'a' }, async (root) => {
    try {
      await discoverManifests(['a.yaml', 'missing/dir'], options(root));
      assert.unreachable('should have thrown');
    } catch (error) {
      assert.instance(error, PathNotFoundError);
      assert.equal([(error as PathNotFoundError).given, (error as Error).message], ['missing/dir', 'No such file or directory: missing/dir']);
    }
  });
});

discover('should read `-` from standard input as <stdin>, ahead of the files', async () => {
  await withTree({ 'a.yaml': 'a: 1\n' }, async (root) => {
    const result = await discoverManifests(['a.yaml', '-'], options(root, { readStdin: async () => 'kind: Pod\n' }));
    assert.equal(result, { sources: [{ path: STDIN_PATH, text: 'kind: Pod\n' }, { path: 'a.yaml', text: 'a: 1\n' }], diagnostics: [] });
    assert.equal(STDIN_PATH, '<stdin>');
    assert.equal(await discoverManifests(['-'], options(root)), { sources: [{ path: '<stdin>', text: '' }], diagnostics: [] });
  });
});

discover('should check standard input\'s bytes as a file\'s: binary, invalid UTF-8, byte-order marks, size', async () => {
  await withTree({}, async (root) => {
    const fromStdin = async (bytes: Uint8Array, maxFileBytes = 1_000_000): Promise<DiscoverResult> =>
      discoverManifests(['-'], options(root, { maxFileBytes, readStdin: async () => bytes }));
    assert.equal(await fromStdin(Buffer.from('kind: Pod\n')), { sources: [{ path: STDIN_PATH, text: 'kind: Pod\n' }], diagnostics: [] });
    assert.equal(await fromStdin(utf16le('kind: Pod\n')), { sources: [{ path: STDIN_PATH, text: 'kind: Pod\n' }], diagnostics: [] });
    assert.equal(await fromStdin(Buffer.from([0x61, 0x3a, 0x20, 0x00])), { sources: [], diagnostics: [unreadable(STDIN_PATH, 'File looks binary (it contains NUL bytes); it was skipped')] });
    assert.equal(await fromStdin(Buffer.from([0x61, 0x3a, 0x20, 0xff, 0xfe])), { sources: [], diagnostics: [unreadable(STDIN_PATH, 'File is not valid UTF-8; it was skipped (kubectl would refuse it too)')] });
    assert.equal(await fromStdin(Buffer.from('0123456789X'), 10), { sources: [], diagnostics: [unreadable(STDIN_PATH, 'Standard input is over the limit of 10 bytes (--max-file-size); it was not read')] });
    assert.equal((await fromStdin(Buffer.from('0123456789'), 10)).diagnostics, [], 'exactly at the limit');
  });
});

discover('should mark every source as cluster state with the cluster option', async () => {
  await withTree({ 'psp.yaml': 'kind: PodSecurityPolicy\n' }, async (root) => {
    const result = await discoverManifests(['.', '-'], options(root, { cluster: true, readStdin: async () => 'x' }));
    assert.equal(result.sources, [{ path: '<stdin>', text: 'x', cluster: true }, { path: 'psp.yaml', text: 'kind: PodSecurityPolicy\n', cluster: true }]);
  });
});

discover('should report a file over the size limit instead of reading it', async () => {
  await withTree({ 'small.yaml': '0123456789', 'big.yaml': '0123456789X' }, async (root) => {
    const result = await discoverManifests(['.'], options(root, { maxFileBytes: 10 }));
    assert.equal(result, {
      sources: [{ path: 'small.yaml', text: '0123456789' }],
      diagnostics: [unreadable('big.yaml', 'File is 11 bytes, over the limit of 10 bytes (--max-file-size); it was not read')],
    });
  });
});

discover('should not hang or crash on symlink loops', async () => {
  await withTree({ 'a.yaml': 'a: 1\n', 'sub/b.yaml': 'b: 1\n' }, async (root) => {
    await symlink(root, path.join(root, 'sub', 'loop'), 'dir');
    await symlink(path.join(root, 'sub'), path.join(root, 'sub', 'self'), 'dir');
    const result = await within(10_000, discoverManifests(['.'], options(root)));
    assert.equal(result.diagnostics, []);
    assert.equal(['a.yaml', 'sub/b.yaml'].map((file) => paths(result).includes(file)), [true, true]);
  });
});

discover('should read each real file once when a symlink loops back to an ancestor', async () => {
  // BUG: glob follows one symlinked directory for a `**` that is not the pattern's first segment (here `./**`
  // and `sub/**`), so the loop sub/loop -> .. re-reads every top-level file as sub/loop/<file>: the same objects
  // are evaluated twice. kubectl -R does not follow symlinked directories.
  await withTree({ 'a.yaml': 'a: 1\n', 'sub/b.yaml': 'b: 1\n' }, async (root) => {
    await symlink(root, path.join(root, 'sub', 'loop'), 'dir');
    await symlink(path.join(root, 'sub'), path.join(root, 'sub', 'self'), 'dir');
    const result = await within(10_000, discoverManifests(['.'], options(root)));
    assert.equal(result, { sources: [{ path: 'a.yaml', text: 'a: 1\n' }, { path: 'sub/b.yaml', text: 'b: 1\n' }], diagnostics: [] });
  });
});

discover('should read links to files inside the tree, and say, not follow, links leading out of it', async () => {
  await withTree({ 'outside/secret.yaml': 's: 1\n', 'outside/dir/c.yaml': 'c: 1\n', 'repo/a.yaml': 'a: 1\n', 'repo/sub/b.yaml': 'b: 1\n' }, async (root) => {
    const repo = path.join(root, 'repo');
    await symlink(path.join('..', 'a.yaml'), path.join(repo, 'sub', 'a-again.yaml'));
    await symlink('sub', path.join(repo, 'current'), 'dir');
    await symlink(path.join('..', 'outside', 'secret.yaml'), path.join(repo, 'secret.yaml'));
    await symlink(path.join(root, 'outside', 'dir'), path.join(repo, 'shared'), 'dir');
    // A link without a manifest name to a file elsewhere is not a manifest: left alone, as any such file.
    await symlink(path.join('..', 'outside', 'secret.yaml'), path.join(repo, 'notes.txt'));
    const result = await discoverManifests(['repo'], options(root));
    assert.equal(result, {
      sources: [
        { path: 'repo/a.yaml', text: 'a: 1\n' },
        { path: 'repo/sub/a-again.yaml', text: 'a: 1\n' },
        { path: 'repo/sub/b.yaml', text: 'b: 1\n' },
      ],
      diagnostics: [
        skippedLink('repo/secret.yaml', `A link to a file outside the scanned tree (-> ${path.join('..', 'outside', 'secret.yaml')}): it was not read; lint the file directly if it is a manifest`),
        skippedLink('repo/shared', `A link to a directory outside the scanned tree (-> ${path.join(root, 'outside', 'dir')}): not followed, so nothing in it is read; lint that directory directly if it holds manifests`),
      ],
    });
    // Named on the command line, a link is read wherever it leads; --ignore leaves a link out unsaid.
    assert.equal(paths(await discoverManifests(['repo/secret.yaml'], options(root))), ['repo/secret.yaml']);
    assert.equal((await discoverManifests(['repo'], options(root, { ignore: ['repo/shared', 'repo/secret.yaml'] }))).diagnostics, []);
  });
});

discover('should report a dangling symlink as unreadable and go on', async () => {
  await withTree({ 'a.yaml': 'a: 1\n' }, async (root) => {
    await symlink(path.join(root, 'gone.yaml'), path.join(root, 'link.yaml'));
    assert.equal(await discoverManifests(['.'], options(root)), {
      sources: [{ path: 'a.yaml', text: 'a: 1\n' }],
      diagnostics: [unreadable('link.yaml', 'File could not be read (ENOENT); it was skipped')],
    });
  });
});

discover('should decode BOMs and UTF-16 and report binary and invalid UTF-8 files', async () => {
  const tree: Tree = {
    'bom8.yaml': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('kind: Pod\n')]),
    'le.yaml': utf16le('kind: Pod\r\nname: é\r\n'),
    'be.yaml': utf16be('kind: Pod\nname: ü\n'),
    'image.yaml': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x0d, 0x0a]),
    'latin1.yaml': Buffer.from([0x6e, 0x61, 0x6d, 0x65, 0x3a, 0x20, 0xe9, 0x0a]),
  };
  await withTree(tree, async (root) => {
    assert.equal(await discoverManifests(['.'], options(root)), {
      sources: [
        { path: 'be.yaml', text: 'kind: Pod\nname: ü\n' },
        { path: 'bom8.yaml', text: 'kind: Pod\n' },
        { path: 'le.yaml', text: 'kind: Pod\r\nname: é\r\n' },
      ],
      diagnostics: [
        unreadable('image.yaml', 'File looks binary (it contains NUL bytes); it was skipped'),
        unreadable('latin1.yaml', 'File is not valid UTF-8; it was skipped (kubectl would refuse it too)'),
      ],
    });
  });
});

discover('should read a file whose name is not UTF-8, and say which directory named so it cannot walk', async () => {
  await withTree({ 'good.yaml': 'a: 1\n' }, async (root) => {
    // Linux names are bytes: 0xff is no UTF-8, and comes back from a directory listing as U+FFFD.
    writeFileSync(Buffer.concat([Buffer.from(`${root}/bad-`), Buffer.from([0xff]), Buffer.from('.yaml')]), 'b: 2\n');
    const directory = Buffer.concat([Buffer.from(`${root}/dir-`), Buffer.from([0xfe])]);
    mkdirSync(directory);
    writeFileSync(Buffer.concat([directory, Buffer.from('/inside.yaml')]), 'c: 3\n');
    const result = await discoverManifests(['.'], options(root));
    assert.equal(paths(result), ['bad-\uFFFD.yaml', 'good.yaml']);
    assert.equal(result.sources.map((source) => ('text' in source ? source.text : '')), ['b: 2\n', 'a: 1\n']);
    assert.equal(result.diagnostics, [unreadable('dir-\uFFFD', 'Directory name is not valid UTF-8, so podgate cannot walk into it: nothing under it was read; rename it')]);
    // Lazily read, too (a worker thread reads it by the same path).
    const lazy = await discoverManifests(['.'], options(root, { lazy: true }));
    assert.equal(lazy.sources.map((source) => ('read' in source ? source.read() : source)), [{ text: 'b: 2\n' }, { text: 'a: 1\n' }]);
  });
});

const decode = suite('decodeManifest');

decode('should strip a UTF-8 BOM and decode UTF-8', () => {
  assert.equal(decodeManifest(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('a: ñ\n')]), 'f.yaml'), { text: 'a: ñ\n' });
  assert.equal(decodeManifest(Buffer.from('a: 😀\n'), 'f.yaml'), { text: 'a: 😀\n' });
  assert.equal(decodeManifest(new Uint8Array(0), 'f.yaml'), { text: '' });
});

decode('should decode UTF-16 with a BOM, little and big endian', () => {
  assert.equal(decodeManifest(utf16le('a: 1\n---\nb: 😀\n'), 'f.yaml'), { text: 'a: 1\n---\nb: 😀\n' });
  assert.equal(decodeManifest(utf16be('a: 1\n---\nb: 😀\n'), 'f.yaml'), { text: 'a: 1\n---\nb: 😀\n' });
});

decode('should refuse NUL bytes (binary files, UTF-16 without a BOM)', () => {
  const binary = unreadable('f.yaml', 'File looks binary (it contains NUL bytes); it was skipped');
  assert.equal(decodeManifest(Buffer.from('kind: Pod\n\0'), 'f.yaml'), { diagnostic: binary });
  assert.equal(decodeManifest(Buffer.from('kind: Pod\n', 'utf16le'), 'f.yaml'), { diagnostic: binary });
  assert.equal(decodeManifest(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf, 0x00])]), 'f.yaml'), { diagnostic: binary });
});

decode('should refuse invalid UTF-8 rather than guess an encoding', () => {
  const invalid = unreadable('f.yaml', 'File is not valid UTF-8; it was skipped (kubectl would refuse it too)');
  assert.equal(decodeManifest(Buffer.from([0x61, 0x3a, 0x20, 0xe9, 0x0a]), 'f.yaml'), { diagnostic: invalid });
  assert.equal(decodeManifest(Buffer.from([0xc3]), 'f.yaml'), { diagnostic: invalid });
  assert.equal(decodeManifest(Buffer.from([0xed, 0xa0, 0x80]), 'f.yaml'), { diagnostic: invalid });
});

discover('should return lazy files, read again on demand, for files that cannot hold cluster state when asked', async () => {
  const tree: Tree = {
    'apps.yaml': 'kind: Deployment\n',
    'rbac.yaml': 'kind: Role\n',
    'cluster/sa.yaml': 'kind: Pod\n',
  };
  await withTree(tree, async (root) => {
    const result = await discoverManifests(['apps.yaml', 'rbac.yaml'], options(root, { lazy: true }));
    const [apps, rbac] = result.sources;
    assert.ok(apps !== undefined && 'read' in apps && !('text' in apps), 'apps.yaml is lazy');
    assert.equal(rbac, { path: 'rbac.yaml', text: 'kind: Role\n' });
    await writeFile(path.join(root, 'apps.yaml'), 'kind: Deployment # edited\n');
    assert.equal(apps.read(), { text: 'kind: Deployment # edited\n' });
    await rm(path.join(root, 'apps.yaml'));
    assert.equal(apps.read(), { diagnostic: unreadable('apps.yaml', 'File could not be read (ENOENT); it was skipped') });
    // Cluster files are read whole: they are all needed before any pod is judged.
    const cluster = await discoverManifests(['cluster'], options(root, { lazy: true, cluster: true }));
    assert.equal(cluster.sources, [{ path: 'cluster/sa.yaml', text: 'kind: Pod\n', cluster: true }]);
  });
});

discover.run();
decode.run();
