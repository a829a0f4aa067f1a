#!/usr/bin/env node
// Entry point of the `sterrenwacht` command; the code lives in dist/ (built by `npm install`):
// the bundled CLI in dist/bundle/ when the build made it (faster start-up), else dist/cli/.
import { existsSync } from 'node:fs';

const bundled = new URL('../dist/bundle/main.js', import.meta.url);
const { main } = await import(existsSync(bundled) ? bundled.href : '../dist/cli/main.js');

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (err) => {
    console.error(`fout / error: ${err?.stack ?? err}`);
    process.exitCode = 2;
  },
);
