import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import { dbServices } from './services.js';
import { loadConfig } from '../config.js';
import { openStore, type Store } from '../store/db.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from '../demo/seed.js';
import { PassThrough } from 'node:stream';
import type { AddressInfo } from 'node:net';
import Fastify from 'fastify';
import helmet from '@fastify/helmet';
import { badString, CSP_DIRECTIVES, HELMET_OPTIONS } from './hardening.js';

describe('security headers, trusted proxies and a responsive service', () => {
  let store: Store;
  let direct: FastifyInstance;
  let proxied: FastifyInstance;
  beforeAll(async () => {
    store = await openStore({ dataDir: ':memory:' });
    await seedDemo(store.db);
    const plain = loadConfig({});
    direct = await buildApp(plain, dbServices(store.db, plain));
    const behind = loadConfig({ TRUSTED_PROXIES: '127.0.0.1' });
    proxied = await buildApp(behind, dbServices(store.db, behind));
  }, 60_000);
  afterAll(async () => {
    await direct?.close();
    await proxied?.close();
    await store?.close();
  });

  it('sends the CSP the web app is built for, nosniff, no framing and no referrer', async () => {
    for (const url of ['/health', '/api/v1/protocol', '/api/docs/json', '/nergens']) {
      const r = await direct.inject({ method: 'GET', url });
      const csp = String(r.headers['content-security-policy']);
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
      expect(csp).toContain("img-src 'self' blob: data:");
      expect(csp).toContain("worker-src 'self' blob:");
      expect(csp).toContain("connect-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain("'unsafe-inline'");
      expect(r.headers['x-content-type-options']).toBe('nosniff');
      expect(r.headers['x-frame-options']).toBe('DENY');
      expect(r.headers['referrer-policy']).toBe('no-referrer');
    }
    expect(Object.keys(CSP_DIRECTIVES)).toContain('frameAncestors');
  });

  it('sends exactly the headers @fastify/helmet sends with the same options (computed once, not per request)', async () => {
    const reference = Fastify();
    await reference.register(helmet, HELMET_OPTIONS);
    reference.get('/health', async () => ({ status: 'ok' }));
    const ours = (await direct.inject({ method: 'GET', url: '/health' })).headers;
    const theirs = (await reference.inject({ method: 'GET', url: '/health' })).headers;
    await reference.close();
    const pick = (h: Record<string, unknown>): Record<string, unknown> => Object.fromEntries(Object.entries(h).filter(([k]) => !['date', 'content-length', 'connection', 'keep-alive'].includes(k)));
    expect(pick(ours)).toEqual(pick(theirs));
    // an error answer and an unknown path carry them too
    const denied = await direct.inject({ method: 'GET', url: '/api/v1/session' });
    expect(denied.statusCode).toBe(401);
    for (const [k, v] of Object.entries(theirs)) if (k.startsWith('x-') || k.includes('policy') || k.startsWith('cross-origin') || k.startsWith('origin')) expect(denied.headers[k]).toBe(v);
  });

  it('sends HSTS only over TLS, and believes X-Forwarded-Proto only from a configured proxy', async () => {
    const plain = await direct.inject({ method: 'GET', url: '/health' });
    expect(plain.headers['strict-transport-security']).toBeUndefined();
    const spoofed = await direct.inject({ method: 'GET', url: '/health', headers: { 'x-forwarded-proto': 'https' } });
    expect(spoofed.headers['strict-transport-security']).toBeUndefined();
    const viaProxy = await proxied.inject({ method: 'GET', url: '/health', remoteAddress: '127.0.0.1', headers: { 'x-forwarded-proto': 'https' } });
    expect(viaProxy.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    const notTheProxy = await proxied.inject({ method: 'GET', url: '/health', remoteAddress: '198.51.100.40', headers: { 'x-forwarded-proto': 'https' } });
    expect(notTheProxy.headers['strict-transport-security']).toBeUndefined();
  });

  it('does not let a forged X-Forwarded-For escape the per-address throttle', async () => {
    const statuses: number[] = [];
    // one client, a new forged address on every attempt, at many accounts (password spraying)
    for (let i = 0; i < 24; i++) {
      const r = await direct.inject({ method: 'POST', url: '/api/v1/session', remoteAddress: '198.51.100.50', headers: { 'x-forwarded-for': `203.0.113.${i}` }, payload: { email: `spray${i}@desterren.example`, password: 'fout' } });
      statuses.push(r.statusCode);
    }
    expect(statuses).toContain(429);
    // through the configured proxy, the forwarded address is the client's: another client is not slowed down
    const r = await proxied.inject({ method: 'POST', url: '/api/v1/session', remoteAddress: '127.0.0.1', headers: { 'x-forwarded-for': '203.0.113.200' }, payload: { email: DEMO_ACCOUNTS[1].email, password: DEMO_PASSWORD } });
    expect(r.statusCode).toBe(200);
  });

  it('answers /health while a long batch of checks runs', async () => {
    const login = await direct.inject({ method: 'POST', url: '/api/v1/session', payload: { email: DEMO_ACCOUNTS[1].email, password: DEMO_PASSWORD } });
    const cookie = `sw_session=${login.cookies.find((c) => c.name === 'sw_session')!.value}`;
    const lines = Array.from({ length: 400 }, (_, i) => JSON.stringify({ text: `Bericht ${i}: wat een mooie dag met groep 5 van de Sterren, bel 06-12345678.` })).join('\n');
    const order: string[] = [];
    const batch = direct
      .inject({ method: 'POST', url: '/api/v1/checks/batch', headers: { cookie, 'x-csrf-token': login.json().csrfToken, 'content-type': 'application/x-ndjson' }, payload: lines })
      .then((r) => {
        expect(r.statusCode).toBe(200);
        order.push('batch');
      });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const health = direct.inject({ method: 'GET', url: '/health' }).then((r) => {
      expect(r.statusCode).toBe(200);
      order.push('health');
    });
    await Promise.all([batch, health]);
    expect(order).toEqual(['health', 'batch']);
  });

  it('the input guard looks into parsed data, not into a stream a route reads itself', () => {
    // parsed data: JSON, and a query string's object without the usual prototype
    expect(badString({ a: [{ b: 'x\u0000y' }] })).toEqual({ path: 'a.0.b', what: 'nul' });
    const query = Object.assign(Object.create(null) as Record<string, string>, { q: '\ud800' });
    expect(badString(query)).toEqual({ path: 'q', what: 'surrogate' });
    // a cycle ends the walk instead of running it forever
    const cyclic: Record<string, unknown> = { text: 'goed' };
    cyclic.self = cyclic;
    expect(badString(cyclic)).toBeUndefined();
    // a stream (the rescan archive's body) is not walked: its graph reaches the socket and the app
    const stream = new PassThrough();
    (stream as unknown as Record<string, unknown>).app = { stream, text: 'a\u0000b' };
    expect(badString(stream)).toBeUndefined();
    expect(badString(Buffer.from('a\u0000b'))).toBeUndefined();
  });

  it('refuses a NUL in the query string, and streams a rescan archive over a real socket (the guard once walked the request until out of memory)', async () => {
    await direct.listen({ port: 0, host: '127.0.0.1' });
    const url = `http://127.0.0.1:${(direct.server.address() as AddressInfo).port}`;
    const login = await fetch(`${url}/api/v1/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: DEMO_ACCOUNTS[0].email, password: DEMO_PASSWORD }) });
    expect(login.status).toBe(200);
    const headers = { cookie: login.headers.get('set-cookie')!.split(';')[0]!, 'x-csrf-token': ((await login.json()) as { csrfToken: string }).csrfToken };
    const nul = await fetch(`${url}/api/v1/protocol/rescans?x=%00`, { headers });
    expect(nul.status).toBe(400);
    const job = await fetch(`${url}/api/v1/protocol/rescans`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify({ format: 'csv' }) });
    expect(job.status).toBe(201);
    const { id } = (await job.json()) as { id: number };
    const archive = `datum;auteur;tekst\n${Array.from({ length: 200 }, (_, i) => `2025-03-0${(i % 9) + 1};Anoniem;Bericht ${i}: bel 06-12345678`).join('\n')}\n`;
    const before = process.memoryUsage().heapUsed;
    const done = await fetch(`${url}/api/v1/protocol/rescans/${id}/archive`, { method: 'PUT', headers: { ...headers, 'content-type': 'text/csv' }, body: archive });
    expect(done.status).toBe(200);
    const report = ((await done.json()) as { status: string; report: { posts: number } });
    expect(report.status).toBe('done');
    expect(report.report.posts).toBe(200);
    // the request took no more than a sliver of memory (it once grew to gigabytes)
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(200 * 1024 * 1024);
  }, 60_000);
});
