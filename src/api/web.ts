/**
 * The web app: the built React app (Vite → dist/public) served from the same origin as
 * the API. Hashed files under /assets/ are cached for a year; index.html is never cached.
 * Every GET of a page path (not /api, /health or a file name) answers index.html, so the
 * app's own router decides; unknown /api paths and missing files stay JSON 404s.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fastifyStatic from '@fastify/static';
import { notFound } from './errors.js';

const here = dirname(fileURLToPath(import.meta.url));

/** The built web app: dist/public beside dist/api (built), or from src/api (tests, tsx). */
export function webRoot(): string | undefined {
  for (const dir of [resolve(here, '../public'), resolve(here, '../../dist/public')]) {
    if (existsSync(join(dir, 'index.html'))) return dir;
  }
  return undefined;
}

/** Paths that are never the app's pages. */
const NOT_A_PAGE = /^\/(api|health|docs)(\/|$)|\.[a-z0-9]{1,8}$/i;

/**
 * Serve the web app's files and return the not-found handler: index.html for page paths,
 * the JSON 404 for everything else. Without a build (npm run build) only the JSON 404.
 */
export async function registerWeb(app: FastifyInstance, root = webRoot()): Promise<(req: FastifyRequest, reply: FastifyReply) => void> {
  if (!root) return notFound;
  const indexHtml = readFileSync(join(root, 'index.html'));
  await app.register(fastifyStatic, {
    root,
    prefix: '/',
    wildcard: false,
    index: false,
    decorateReply: false,
    schemaHide: true,
    globIgnore: ['**/index.html'],
    setHeaders(res, path) {
      res.header('cache-control', /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  const page = (_req: FastifyRequest, reply: FastifyReply): FastifyReply =>
    reply.code(200).header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(indexHtml);
  app.get('/', { schema: { hide: true } }, async (req, reply) => page(req, reply));
  return (req, reply) => {
    const path = req.url.split('?')[0]!;
    if ((req.method === 'GET' || req.method === 'HEAD') && !NOT_A_PAGE.test(path)) {
      void page(req, reply);
      return;
    }
    notFound(req, reply);
  };
}
