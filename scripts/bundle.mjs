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
});
