// Loading a CommonJS bundle with V8's code cache (bin/sterrenwacht.js, scripts/bundle.mjs):
// the compiled code stored beside the file is used when V8 accepts it (same Node and V8,
// same source), else the file is compiled as usual.
import { existsSync, readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import vm from 'node:vm';

export const codeCacheFile = (file) => `${file}.cache`;

/** Run a CommonJS file in this context; its exports and the vm.Script (for createCachedData). */
export function loadCommonJs(file, { useCache = true } = {}) {
  const cacheFile = codeCacheFile(file);
  const cachedData = useCache && existsSync(cacheFile) ? readFileSync(cacheFile) : undefined;
  const script = new vm.Script(Module.wrap(readFileSync(file, 'utf8')), {
    filename: file,
    cachedData,
  });
  // the bundle's dynamic imports (scripts/bundle.mjs rewrites them to this): relative to the file
  const base = pathToFileURL(file);
  globalThis.__swImport = (specifier) => import(specifier.startsWith('.') ? new URL(specifier, base).href : specifier);
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  return { exports: module.exports, script };
}
