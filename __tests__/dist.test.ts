// The committed bundle runs on its own: `node dist/cli.js` gives the same report as the sources.

import { spawnSync } from 'node:child_process';
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

dist('should start with a shebang so npx can run it', () => {
  assert.ok(readFileSync('dist/cli.js', 'utf8').startsWith('#!/usr/bin/env node\n'));
  const help = spawnSync(process.execPath, ['dist/cli.js', '--version'], { encoding: 'utf8' });
  assert.is(help.status, 0);
  assert.match(help.stdout, /^\d+\.\d+\.\d+\n$/);
});

dist.run();
