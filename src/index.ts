// The action's entry point (action.yml `main: dist/index.js`): runs the adapter with @actions/core, the process
// environment and file-system writers. Only this file and bin.ts touch `process`.

import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as core from '@actions/core';
import { run } from './action.js';
import { spawnExec } from './render.js';
import { renderSarifChunks } from './report/sarif.js';

await run(core, process.env, {
  cwd: process.cwd(),
  writeFile: async (file, text) => {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text, 'utf8');
  },
  renderSarif: renderSarifChunks,
  exec: spawnExec,
});
