// Build step (after tsc and precompute): bundle the CLI into dist/bundle/ (one file for the
// check path, code split for serve/account/audit), so a one-request `sterrenwacht check`
// does not resolve and load some hundred modules at start. bin/sterrenwacht.js prefers the
// bundle and falls back to dist/cli/ when it is absent (esbuild is a development dependency).
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { Buffer } from 'node:buffer';
import { relative, resolve } from 'node:path';
import { codeCacheFile, loadCommonJs } from '../bin/code-cache.js';

let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  console.warn('esbuild not installed: the CLI runs from dist/cli/ (slower start-up)');
  process.exit(0);
}
// zod re-exports its messages in some 60 languages (`z.locales`); the check uses none of them
// but the English default (set by zod itself from locales/en.js), so the bundle does not
// carry the rest (a third of the code a one-request check would otherwise compile).
const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(build) {
    build.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/ }, () => ({ contents: 'export { default as en } from "./en.js";', resolveDir: new URL('../node_modules/zod/v4/locales/', import.meta.url).pathname }));
  },
};
const outdir = new URL('../dist/bundle/', import.meta.url).pathname;
// native or WebAssembly packages, and those only the server and database commands load, stay packages
const EXTERNAL = ['@electric-sql/pglite', 'pg', '@node-rs/argon2', 'fastify', '@fastify/*', 'drizzle-orm', 'csv-parse', 'fastify-type-provider-zod', 'nodemailer', 'smtp-server', 'sharp', '@vladmandic/*', '@tensorflow/*'];
rmSync(outdir, { recursive: true, force: true });
await esbuild.build({
  entryPoints: [new URL('../dist/cli/main.js', import.meta.url).pathname, new URL('../dist/cli/check-worker.js', import.meta.url).pathname],
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outdir,
  external: EXTERNAL,
  logLevel: 'warning',
  plugins: [zodEnglishOnly],
});

// `sterrenwacht check` once more, as one CommonJS file (dist/bundle/check.cjs) that
// bin/sterrenwacht.js compiles with V8's code cache: what a one-request check compiles (the
// module's top level and the functions the check runs) is stored at build time in
// check.cjs.cache and not compiled again at every start. The other commands' modules stay
// dynamic imports of dist/ (the command line's code is the same as the ESM bundle's).
// Only `check` runs from this file (bin/sterrenwacht.js).
const dist = new URL('../dist/', import.meta.url).pathname;
const checkFile = `${outdir}check.cjs`;
const dynamicImportsStay = {
  name: 'dynamic-imports-stay',
  setup(build) {
    // (the school's registry, which `check` reads outside demo mode, is part of the bundle: its errors are the bundle's own)
    build.onResolve({ filter: /^\./ }, (args) => (args.kind === 'dynamic-import' && !/[\\/]cli[\\/]registry\.js$/.test(resolve(args.resolveDir, args.path)) ? { path: `./${relative(outdir, resolve(args.resolveDir, args.path))}`, external: true } : undefined));
  },
};
// The reading's polarity lexicon (reading/words.ts) needs @nlpjs/lang-nl's Dutch stemmer and
// its Pattern word list, which the module reads through createRequire from node_modules at the
// first check: the whole package with @nlpjs/core behind it (some 40 modules, resolved and
// compiled at every start, a quarter of a one-request check). In check.cjs they are part of the
// bundle (compiled once, in the code cache), and only what the stemmer is made of: the package's
// index and core's index, which load tokenisers, sentiment analysers and the like, are replaced
// by the two classes the stemmer takes from them (its stem() uses nothing else, so the stems and
// the answers are the same).
const NLPJS_ROOT = new URL('../node_modules/@nlpjs/', import.meta.url).pathname;
const stemmerOnly = {
  name: 'nlpjs-stemmer-only',
  setup(build) {
    build.onLoad({ filter: /[\\/]dist[\\/]check[\\/]reading[\\/]words\.js$/ }, (args) => {
      const code = readFileSync(args.path, 'utf8');
      const local = /\n(\s*)const require = createRequire\(import\.meta\.url\);\n/;
      if (!local.test(code)) {
        console.warn('bundle: reading/words.js no longer makes its own require; @nlpjs stays outside check.cjs');
        return undefined;
      }
      // the bundle's own require: esbuild follows it
      return { contents: code.replace(local, '\n'), loader: 'js' };
    });
    build.onResolve({ filter: /^@nlpjs\/(lang-nl|core)$/ }, (args) => ({ path: args.path, namespace: 'nlpjs-stemmer' }));
    build.onLoad({ filter: /.*/, namespace: 'nlpjs-stemmer' }, (args) => ({
      contents:
        args.path === '@nlpjs/lang-nl'
          ? 'module.exports = { StemmerNl: require("@nlpjs/lang-nl/src/stemmer-nl.js") };'
          : 'module.exports = { Among: require("@nlpjs/core/src/among.js"), BaseStemmer: require("@nlpjs/core/src/base-stemmer.js") };',
      resolveDir: NLPJS_ROOT,
      loader: 'js',
    }));
  },
};
await esbuild.build({
  stdin: {
    contents: [
      "export { main } from './cli/main.js';",
      "import { check } from './check/engine.js';",
      "import { demoRoster } from './demo/roster.js';",
      // what the build runs before it stores the code cache: the path of a one-request check
      "export function exercise() { for (const text of ['Wat een mooie dag met groep 5 van de Sterren!', 'Daan stinkt. Bel de vader van Sanne: 06-12345678.']) JSON.stringify(check({ text, author: { role: 'staff' } }, { people: demoRoster() })); }",
    ].join('\n'),
    resolveDir: dist,
    sourcefile: 'check-entry.js',
  },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  outfile: checkFile,
  external: EXTERNAL,
  // the lexicon's key, computed from the lists the bundle holds (check/lexicon/index.ts)
  define: { 'import.meta.url': '__sw_import_meta_url', __SW_LEXICON_KEY__: JSON.stringify((await import('../dist/check/lexicon/index.js')).lexiconSnapshotKey()) },
  banner: { js: 'var __sw_import_meta_url = require("node:url").pathToFileURL(__filename).href;' },
  logLevel: 'warning',
  plugins: [zodEnglishOnly, dynamicImportsStay, stemmerOnly],
});
// V8 does not keep a script's dynamic-import hook in its code cache, so the bundle's dynamic
// imports (of the other commands' modules in dist/) call the loader's __swImport instead
const code = readFileSync(checkFile, 'utf8');
const rewritten = code.replace(/\bawait import\((?=")/g, 'await __swImport(');
if (/\bimport\("/.test(rewritten)) throw new Error('check.cjs: a dynamic import the loader does not handle');
writeFileSync(checkFile, await asciiOnly(rewritten));
const loaded = loadCommonJs(checkFile, { useCache: false });
loaded.exports.exercise();
// and the command's own path, as `sterrenwacht check < request.json` runs it (arguments, config,
// the demo registry, reading the request, writing the answer), on a request of the build's own
await asCommand(() => loaded.exports.main(['check']), JSON.stringify({ text: 'Wat een mooie dag met groep 5!', author: { role: 'staff' } }));
writeFileSync(codeCacheFile(checkFile), loaded.script.createCachedData());

/**
 * The bundle in ASCII: esbuild escapes non-ASCII characters in strings but leaves them in regular
 * expression literals and in the comments it keeps, and one such character makes Node read the
 * whole file into a two-byte string through its slow UTF-8 path (some 5 ms of every start). In a
 * regular expression a character and its \uXXXX escape (per UTF-16 unit; a pair of them is one
 * code point with the u flag) match the same; in a comment it is replaced by "?". Tokens come from
 * a full parse (acorn, which eslint brings); without acorn the file stays as it is.
 */
async function asciiOnly(code) {
  let acorn;
  try {
    acorn = await import('acorn');
  } catch {
    return code;
  }
  const nonAscii = /[^\0-\x7f]/;
  const escape = (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
  const edits = [];
  acorn.parse(code, {
    ecmaVersion: 'latest',
    sourceType: 'script',
    allowReturnOutsideFunction: true,
    onComment: (block, text, start, end) => {
      if (nonAscii.test(text)) edits.push([start, end, `${block ? '/*' : '//'}${text.replace(/[^\0-\x7f]/g, '?')}${block ? '*/' : ''}`]);
    },
    onToken: (token) => {
      if (token.type !== acorn.tokTypes.regexp) return;
      const source = code.slice(token.start, token.end);
      if (!nonAscii.test(source)) return;
      let out = '';
      for (let i = 0; i < source.length; i++) {
        const ch = source[i];
        if (ch === '\\' && i + 1 < source.length) {
          const next = source[++i];
          // an escaped non-ASCII character is the character itself (an identity escape)
          out += nonAscii.test(next) ? escape(next) : ch + next;
        } else out += nonAscii.test(ch) ? escape(ch) : ch;
      }
      edits.push([token.start, token.end, out]);
    },
  });
  let result = '';
  let at = 0;
  for (const [start, end, text] of edits.sort((a, b) => a[0] - b[0])) {
    result += code.slice(at, start) + text;
    at = end;
  }
  result += code.slice(at);
  if (nonAscii.test(result)) console.warn('bundle: check.cjs keeps non-ASCII characters (in a template literal?): it loads through the slower UTF-8 path');
  return result;
}

/** Run `fn` with `input` as standard input and standard output discarded (both replaced, as the command sees them). */
async function asCommand(fn, input) {
  const stdin = Object.getOwnPropertyDescriptor(process, 'stdin');
  const stdout = Object.getOwnPropertyDescriptor(process, 'stdout');
  const discard = {
    write: (_chunk, encoding, cb) => {
      (typeof encoding === 'function' ? encoding : cb)?.();
      return true;
    },
  };
  Object.defineProperty(process, 'stdin', { configurable: true, enumerable: true, value: Readable.from([Buffer.from(input)]) });
  Object.defineProperty(process, 'stdout', { configurable: true, enumerable: true, value: discard });
  try {
    const code = await fn();
    if (code !== 0 && code !== 1) throw new Error(`check.cjs: the build's own request ended with ${code}`);
  } finally {
    Object.defineProperty(process, 'stdin', stdin);
    Object.defineProperty(process, 'stdout', stdout);
  }
}
