// Loading a CommonJS bundle with V8's code cache (bin/sterrenwacht.js, scripts/bundle.mjs):
// the compiled code stored beside the file is used when V8 accepts it (same Node and V8,
// same source), else the file is compiled as usual. CommonJS (bin/package.json), like the
// command itself: a one-request check does not start Node's ES module loader.
'use strict';
const { existsSync, readFileSync } = require('node:fs');
const { isAscii } = require('node:buffer');
const Module = require('node:module');
const { dirname } = require('node:path');
const { pathToFileURL } = require('node:url');
const vm = require('node:vm');

const codeCacheFile = (file) => `${file}.cache`;
exports.codeCacheFile = codeCacheFile;

/** Run a CommonJS file in this context; its exports and the vm.Script (for createCachedData). */
exports.loadCommonJs = function loadCommonJs(file, { useCache = true } = {}) {
  const cacheFile = codeCacheFile(file);
  const cachedData = useCache && existsSync(cacheFile) ? readFileSync(cacheFile) : undefined;
  // (the build writes the bundle in ASCII: read as Latin-1, the same string without UTF-8 decoding)
  const bytes = readFileSync(file);
  const script = new vm.Script(Module.wrap(bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8')), {
    filename: file,
    cachedData,
  });
  // the bundle's dynamic imports (scripts/bundle.mjs rewrites them to this): relative to the file
  const base = pathToFileURL(file);
  globalThis.__swImport = (specifier) => import(specifier.startsWith('.') ? new URL(specifier, base).href : specifier);
  const module = { exports: {} };
  script.runInThisContext()(module.exports, Module.createRequire(file), module, file, dirname(file));
  return { exports: module.exports, script };
};
