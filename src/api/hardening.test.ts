import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import { dbServices } from './services.js';
import { loadConfig } from '../config.js';
import { openStore, type Store } from '../store/db.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from '../demo/seed.js';
import { CSP_DIRECTIVES } from './hardening.js';

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
});
