// The committed bundle runs on its own: `node dist/cli.js` gives the same report as the sources.

import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { runCli } from './conformance/run-cli.js';

const dist = suite('dist/cli.js');

dist('should print the same JSON report as the sources for examples/', async () => {
  const bundled = spawnSync(process.execPath, ['dist/cli.js', '--format', 'json', 'examples/'], { encoding: 'utf8' });
  assert.is(bundled.stderr, '');
  const fromSources = await runCli(['--format', 'json', 'examples/']);
  assert.is(bundled.stdout, fromSources.stdout);
  assert.is(bundled.status, fromSources.code);
});

dist('should read standard input as bytes, checked as a file is (binary, invalid UTF-8, UTF-16)', () => {
  const run = (input: Buffer): { status: number | null; stdout: string } => spawnSync(process.execPath, ['dist/cli.js', '--format', 'json', '-'], { input, encoding: 'utf8' });
  const rules = (input: Buffer): string[] => (JSON.parse(run(input).stdout) as { diagnostics: { ruleId: string; message: string }[] }).diagnostics.map((d) => `${d.ruleId}: ${d.message}`);
  assert.equal(rules(Buffer.from([0x61, 0x3a, 0x20, 0xff, 0xfe, 0x0a])), ['unreadable-file: File is not valid UTF-8; it was skipped (kubectl would refuse it too)']);
  assert.equal(rules(Buffer.from([0x00, 0x01, 0x02])), ['unreadable-file: File looks binary (it contains NUL bytes); it was skipped']);
  const pod = 'apiVersion: v1\nkind: Pod\nmetadata: {name: a}\nspec: {containers: [{name: c, image: x}]}\n';
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(pod, 'utf16le')]);
  assert.equal((JSON.parse(run(utf16).stdout) as { summary: { pods: number } }).summary.pods, 1);
});

dist('should stop reading standard input one byte past the size limit', () => {
  // 2 MB offered, 100 kB allowed: the report says so (and `yes | podgate -` ends the same way).
  const run = spawnSync(process.execPath, ['dist/cli.js', '--max-file-size', '100000', '-'], { input: Buffer.from('a: b\n'.repeat(400000)), encoding: 'utf8' });
  assert.is(run.status, 1);
  assert.match(run.stdout, /Standard input is over the limit of 100000 bytes \(--max-file-size\); it was not read/);
});

dist('should start with a shebang so npx can run it', () => {
  assert.ok(readFileSync('dist/cli.js', 'utf8').startsWith('#!/usr/bin/env node\n'));
  const help = spawnSync(process.execPath, ['dist/cli.js', '--version'], { encoding: 'utf8' });
  assert.is(help.status, 0);
  assert.match(help.stdout, /^\d+\.\d+\.\d+\n$/);
});

dist('should end with its own exit code, quietly, when the reader of its output goes away', async () => {
  // `podgate --format json … | head -c 100`: the pipe closes long before the report (≈ 2 MB) is written.
  const child = spawn(process.execPath, ['dist/cli.js', '--format', 'json', '__tests__/fixtures/corpus/bundles'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const [first] = (await once(child.stdout, 'data')) as [Buffer];
  child.stdout.destroy();
  const [code] = (await once(child, 'close')) as [number];
  assert.ok(first.toString().startsWith('{\n  "version": 1,'));
  assert.equal({ code, stderr }, { code: 1, stderr: '' });
});

dist('should give byte-identical reports on worker threads (--jobs) and on one thread', () => {
  const run = (jobs: string, format: string): { status: number | null; stdout: string; stderr: string } =>
    spawnSync(process.execPath, ['dist/cli.js', '--jobs', jobs, '--format', format, 'examples/', '__tests__/fixtures/corpus/bundles', '__tests__/fixtures/conformance/oracle/handmade'], { encoding: 'utf8', maxBuffer: 1 << 30 });
  for (const format of ['json', 'stylish']) {
    const one = run('1', format);
    assert.is(one.stderr, '');
    assert.ok(one.stdout.length > 10_000, format);
    for (const jobs of ['3']) {
      const threaded = run(jobs, format);
      assert.equal({ status: threaded.status, stderr: threaded.stderr }, { status: one.status, stderr: '' }, `${format} --jobs ${jobs}`);
      assert.ok(threaded.stdout === one.stdout, `${format} --jobs ${jobs}: same bytes`);
    }
  }
});

dist.run();
