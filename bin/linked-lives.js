#!/usr/bin/env node
// The `linked-lives` command. The package comes built; a clone builds dist/ with `npm run build` (or any
// of npm run export / validate / test), and says so here instead of failing with a module-not-found trace.
import { existsSync } from 'node:fs';

const main = new URL('../dist/cli/main.js', import.meta.url);
if (existsSync(main)) await import(main.href);
else {
  console.error('linked-lives: not built yet. In a clone of the repository, run `npm run build` (or `npm run export`) once.');
  process.exitCode = 2;
}
