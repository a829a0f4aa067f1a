#!/usr/bin/env node
// Entry point of the `sterrenwacht` command; the code lives in dist/ (built by `npm install`):
// `check` from dist/bundle/check.cjs with its V8 code cache when the build made them (the
// fastest start-up), other commands from the bundled CLI in dist/bundle/, else dist/cli/.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

async function load() {
  const checkBundle = fileURLToPath(new URL('../dist/bundle/check.cjs', import.meta.url));
  if (process.argv[2] === 'check' && existsSync(checkBundle)) {
    const { loadCommonJs } = await import('./code-cache.js');
    return loadCommonJs(checkBundle).exports;
  }
  const bundled = new URL('../dist/bundle/main.js', import.meta.url);
  return import(existsSync(bundled) ? bundled.href : '../dist/cli/main.js');
}

const { main } = await load();
main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (err) => {
    console.error(`fout / error: ${err?.stack ?? err}`);
    process.exitCode = 2;
  },
);
