#!/usr/bin/env node
// Entry point of the `sterrenwacht` command; the code lives in dist/ (built by `npm install`).
import { main } from '../dist/cli/main.js';

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (err) => {
    console.error(`fout / error: ${err?.stack ?? err}`);
    process.exitCode = 2;
  },
);
