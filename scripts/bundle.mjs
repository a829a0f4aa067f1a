// Build step (after tsc and precompute): bundle the CLI into dist/bundle/ (one file for the
// check path, code split for serve/account/audit), so a one-request `sterrenwacht check`
// does not resolve and load some hundred modules at start. bin/sterrenwacht.js prefers the
// bundle and falls back to dist/cli/ when it is absent (esbuild is a development dependency).
import { rmSync } from 'node:fs';

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
rmSync(outdir, { recursive: true, force: true });
await esbuild.build({
  entryPoints: [new URL('../dist/cli/main.js', import.meta.url).pathname, new URL('../dist/cli/check-worker.js', import.meta.url).pathname],
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outdir,
  // native or WebAssembly packages, and those only the server and database commands load, stay packages
  external: ['@electric-sql/pglite', 'pg', '@node-rs/argon2', 'fastify', '@fastify/*', 'drizzle-orm', 'csv-parse', 'fastify-type-provider-zod', 'nodemailer', 'smtp-server', 'sharp', '@vladmandic/*', '@tensorflow/*'],
  logLevel: 'warning',
  plugins: [zodEnglishOnly],
});
