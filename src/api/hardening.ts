/**
 * What every answer and every request of the HTTP service gets, whatever its route:
 *
 * - security headers (@fastify/helmet): the Content-Security-Policy the web app is built
 *   for (same-origin scripts and styles, no inline script, WebAssembly for in-browser face
 *   detection, images from blob: and data:, workers from blob:, no framing), nosniff,
 *   Referrer-Policy no-referrer, X-Frame-Options DENY, and HSTS — only on an answer that
 *   went out over TLS (directly, or through a trusted proxy's X-Forwarded-Proto);
 * - an input guard: a string with a NUL character or a lone UTF-16 surrogate anywhere in
 *   the body, query or path is refused with 400 before a route sees it (the database cannot
 *   store either, and no real text holds them).
 */
import { EventEmitter } from 'node:events';
import helmet from '@fastify/helmet';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import { SterrenwachtError } from '../errors.js';

/** The Content-Security-Policy directives (coordination: "Content-Security-Policy"). */
export const CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'", "'wasm-unsafe-eval'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'blob:', 'data:'],
  fontSrc: ["'self'", 'data:'],
  workerSrc: ["'self'", 'blob:'],
  connectSrc: ["'self'"],
  mediaSrc: ["'self'", 'blob:'],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

export const HSTS = 'max-age=31536000; includeSubDomains';

/** What @fastify/helmet is configured with (the headers are computed from it once, below). */
export const HELMET_OPTIONS = {
  contentSecurityPolicy: { useDefaults: false, directives: CSP_DIRECTIVES },
  // HSTS only over TLS (below): on plain http it would be ignored at best, and mislead
  strictTransportSecurity: false,
  referrerPolicy: { policy: 'no-referrer' as const },
  xFrameOptions: { action: 'deny' as const },
  // photos are shown from blob: URLs and same-origin; embedding isolation would break nothing we need, but
  // cross-origin isolation (COEP) is not required by the app and would block its own data: images in some browsers
  crossOriginEmbedderPolicy: false,
};

/** Headers of any answer that are not helmet's. */
const NOT_HELMET = new Set(['content-type', 'content-length', 'date', 'connection', 'keep-alive', 'transfer-encoding']);

/**
 * The headers @fastify/helmet sets with HELMET_OPTIONS. They depend on nothing in the request
 * (no CSP nonces), yet the plugin builds helmet's middleware anew for every request, parsing
 * the policy each time (some 5 % of a check's CPU over HTTP): so they are taken once from an
 * answer of the plugin itself, and set as they are on every answer.
 */
async function helmetHeaders(): Promise<Record<string, string>> {
  const probe = Fastify();
  await probe.register(helmet, HELMET_OPTIONS);
  probe.get('/', async () => 'ok');
  const res = await probe.inject({ method: 'GET', url: '/' });
  await probe.close();
  return Object.fromEntries(Object.entries(res.headers).filter(([k, v]) => !NOT_HELMET.has(k) && typeof v === 'string')) as Record<string, string>;
}

export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  const headers = await helmetHeaders();
  app.addHook('onRequest', (_req, reply, done) => {
    void reply.headers(headers);
    done();
  });
  app.addHook('onSend', (req, reply, payload, done) => {
    if (req.protocol === 'https') void reply.header('strict-transport-security', HSTS);
    done(null, payload);
  });
}

/**
 * What is looked into: the data a parser made (JSON, a query string, route parameters: arrays
 * and objects, some with a null prototype). Not looked into: a binary body (a photo: bytes, not
 * strings, and millions of entries), nor a stream a route reads itself (the rescan archive,
 * `PUT …/rescans/:id/archive`): its object graph reaches the socket, the server and the whole
 * app, and walking it, round and round, ran the process out of memory.
 */
function isData(v: object): boolean {
  return !(ArrayBuffer.isView(v) || v instanceof ArrayBuffer || v instanceof EventEmitter);
}

/** The first problem in a value: a NUL or a lone surrogate in a string (key or value), with its path. */
export function badString(value: unknown): { path: string; what: 'nul' | 'surrogate' } | undefined {
  const stack: [unknown, string][] = [[value, '']];
  const seen = new Set<object>();
  while (stack.length) {
    const [v, path] = stack.pop()!;
    if (typeof v === 'string') {
      const what = stringProblem(v);
      if (what) return { path, what };
    } else if (v && typeof v === 'object') {
      if (!isData(v) || seen.has(v)) continue;
      seen.add(v);
      if (Array.isArray(v)) v.forEach((x, i) => stack.push([x, path ? `${path}.${i}` : String(i)]));
      else {
        for (const [k, x] of Object.entries(v)) {
          const what = stringProblem(k);
          if (what) return { path: path ? `${path}.${k}` : k, what };
          stack.push([x, path ? `${path}.${k}` : k]);
        }
      }
    }
  }
  return undefined;
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function stringProblem(s: string): 'nul' | 'surrogate' | undefined {
  // fast path: most strings have neither
  // eslint-disable-next-line no-control-regex -- looking for exactly this control character
  if (!/[\u0000\ud800-\udfff]/.test(s)) return undefined;
  if (s.includes('\u0000')) return 'nul';
  return LONE_SURROGATE.test(s) ? 'surrogate' : undefined;
}

export function registerInputGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (req: FastifyRequest) => {
    for (const [where, value] of [
      ['', req.body],
      ['query', req.query],
      ['params', req.params],
    ] as const) {
      const bad = badString(value);
      if (!bad) continue;
      const path = [where, bad.path].filter(Boolean).join('.');
      const [nl, en] = bad.what === 'nul' ? ['een NUL-teken', 'a NUL character'] : ['een ongeldig Unicode-teken (losse surrogaat)', 'an invalid Unicode character (a lone surrogate)'];
      throw new SterrenwachtError('invalid_request', `Veld "${path || '(verzoek)'}" bevat ${nl}.`, `Field "${path || '(request)'}" contains ${en}.`, path);
    }
  });
}
