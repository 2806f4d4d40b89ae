// The layering rule of design.md §2, enforced on import lines: load -> cluster -> psp -> lint -> report ->
// adapters, nothing imports to its right; node:fs only in load/discover.ts and the adapters.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';

const SRC = 'src';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** Layer rank of a source file (path relative to src, POSIX). */
export function layerOf(file: string): number {
  if (file.startsWith('api/') || file.startsWith('rules/')) return 0;
  if (file.startsWith('load/')) return 1;
  if (file.startsWith('cluster/')) return 2;
  if (file.startsWith('psp/') || file.startsWith('pss/')) return 3;
  if (file === 'lint.ts' || file.startsWith('lint/')) return 4;
  if (file.startsWith('report/')) return 5;
  return 6; // adapters: cli.ts, bin.ts, action.ts, index.ts
}

const ADAPTERS = new Set(['cli.ts', 'bin.ts', 'action.ts', 'index.ts', 'inputs.ts', 'render.ts', 'config.ts']);

function imports(text: string): string[] {
  return [...text.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+'([^']+)'/gm)].map((match) => match[1] ?? '');
}

const files = sourceFiles(SRC).map((file) => ({ file, rel: path.relative(SRC, file).split(path.sep).join('/'), text: readFileSync(file, 'utf8') }));
const layering = suite('layering');

layering('should never import a module of a later layer', () => {
  const violations: string[] = [];
  for (const { rel, text } of files) {
    for (const specifier of imports(text).filter((s) => s.startsWith('.'))) {
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(rel), specifier)).replace(/\.js$/, '.ts');
      if (layerOf(target) > layerOf(rel)) violations.push(`${rel} -> ${target}`);
    }
  }
  assert.equal(violations, []);
});

layering('should touch the file system only in load/discover.ts and the adapters', () => {
  const offenders = files
    .filter(({ rel, text }) => rel !== 'load/discover.ts' && !ADAPTERS.has(rel) && imports(text).some((s) => s === 'node:fs' || s === 'node:fs/promises' || s === 'fs'))
    .map(({ rel }) => rel);
  assert.equal(offenders, []);
});

layering('should spawn processes only in render.ts (helm, kubectl)', () => {
  const offenders = files.filter(({ rel, text }) => rel !== 'render.ts' && imports(text).some((s) => s === 'node:child_process' || s === 'child_process')).map(({ rel }) => rel);
  assert.equal(offenders, []);
});

layering('should use process only in the entry points bin.ts (CLI) and index.ts (Action)', () => {
  const offenders = files.filter(({ rel, text }) => rel !== 'bin.ts' && rel !== 'index.ts' && /\bprocess\.(argv|exit|env|stdout|stderr|stdin|cwd)\b/.test(text)).map(({ rel }) => rel);
  assert.equal(offenders, []);
});

const hygiene = suite('source hygiene');

hygiene('should open every file with a header comment', () => {
  assert.equal(files.filter(({ text }) => !text.startsWith('//')).map(({ rel }) => rel), []);
});

hygiene('should keep every module under 400 lines', () => {
  assert.equal(files.filter(({ text }) => text.split('\n').length > 400).map(({ rel }) => rel), []);
});

layering.run();
hygiene.run();
