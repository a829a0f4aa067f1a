#!/usr/bin/env node
// Entry point of the `sterrenwacht` command; the code lives in dist/ (built by `npm install`):
// `check` from dist/bundle/check.cjs with its V8 code cache when the build made them (the
// fastest start-up), other commands from the bundled CLI in dist/bundle/, else dist/cli/.
// CommonJS (bin/package.json): Node's ES module loader starts only for the other commands.
'use strict';
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');

async function load() {
  const checkBundle = join(__dirname, '../dist/bundle/check.cjs');
  if (process.argv[2] === 'check' && existsSync(checkBundle)) return require('./code-cache.js').loadCommonJs(checkBundle).exports;
  const bundled = join(__dirname, '../dist/bundle/main.js');
  return import(pathToFileURL(existsSync(bundled) ? bundled : join(__dirname, '../dist/cli/main.js')).href);
}

load()
  .then(({ main }) => main(process.argv.slice(2)))
  .then(
    (code) => {
      if (code >= 0) process.exitCode = code;
    },
    (err) => {
      console.error(`fout / error: ${err?.stack ?? err}`);
      process.exitCode = 2;
    },
  );
