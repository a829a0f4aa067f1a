import { describe, expect, it } from 'vitest';
import { buildApp } from './app.js';
import { dbServices } from './services.js';
import { loadConfig } from '../config.js';
import { openStore } from '../store/db.js';
import { DEMO_PASSWORD, seedDemo } from '../demo/seed.js';

describe('session cookie behind a TLS-terminating proxy', () => {
  it('is Secure when the proxy says https, and not over plain http', async () => {
    const store = await openStore({ dataDir: ':memory:' });
    await seedDemo(store.db);
    const config = loadConfig({ TRUST_PROXY: '1' });
    const app = await buildApp(config, dbServices(store.db, config));
    try {
      const payload = { email: 'directie@desterren.example', password: DEMO_PASSWORD };
      const https = await app.inject({ method: 'POST', url: '/api/v1/session', headers: { 'x-forwarded-proto': 'https' }, payload });
      expect(https.cookies.find((c) => c.name === 'sw_session')!.secure).toBe(true);
      const http = await app.inject({ method: 'POST', url: '/api/v1/session', payload });
      expect(http.cookies.find((c) => c.name === 'sw_session')!.secure).toBeFalsy();
    } finally {
      await app.close();
      await store.close();
    }
  });
});
