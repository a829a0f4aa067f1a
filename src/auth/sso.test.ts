/**
 * Single sign-on end to end: an OpenID provider (`oidc-provider`) on loopback, the
 * authorization code flow with PKCE, state and nonce through the service, a teacher logged in
 * by their school address; unknown addresses, other domains, parents and replayed callbacks
 * get nowhere, and no account is made for an address the school does not know.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import Provider from 'oidc-provider';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../api/app.js';
import { dbServices } from '../api/services.js';
import { loadConfig } from '../config.js';
import { seedDemo } from '../demo/seed.js';
import { openStore, type Store } from '../store/db.js';
import { accounts, people, ssoPending } from '../store/schema.js';

const USERS: Record<string, { email: string; email_verified: boolean }> = {
  thomas: { email: 'leerkracht@desterren.example', email_verified: true },
  ruben: { email: 'Ruben.Smits@desterren.nl', email_verified: true },
  onbekend: { email: 'onbekend@desterren.nl', email_verified: true },
  ouder: { email: 'ouder@desterren.example', email_verified: true },
  prive: { email: 'thomas.kok@gmail.com', email_verified: true },
  nietgeverifieerd: { email: 'hanneke@desterren.nl', email_verified: false },
};

let provider: Server;
let issuer: string;
let store: Store;
let app: FastifyInstance;
const PUBLIC = 'http://sterrenwacht.test';

beforeAll(async () => {
  provider = createServer();
  await new Promise<void>((resolve) => provider.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(provider.address() as AddressInfo).port}`;
  const oidc = new Provider(issuer, {
    clients: [{ client_id: 'sterrenwacht', client_secret: 'geheim-van-de-school', redirect_uris: [`${PUBLIC}/api/v1/sso/school/callback`], grant_types: ['authorization_code'], response_types: ['code'] }],
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    findAccount: (_ctx: unknown, id: string) => (USERS[id] ? { accountId: id, claims: () => ({ sub: id, ...USERS[id] }) } : undefined),
    features: { devInteractions: { enabled: true } },
    cookies: { keys: ['test-sleutel-voor-de-cookies'] },
  });
  provider.on('request', oidc.callback());
  store = await openStore({ dataDir: ':memory:' });
  await seedDemo(store.db);
  // a staff member in the roster with a school address and no account yet
  await store.db.update(people).set({ email: 'ruben.smits@desterren.nl' }).where(eq(people.id, 'medewerker-6'));
  await store.db.update(people).set({ email: 'hanneke@desterren.nl' }).where(eq(people.id, 'medewerker-10'));
  const config = loadConfig({
    PUBLIC_URL: PUBLIC,
    SSO_PROVIDERS: 'school',
    SSO_SCHOOL_ISSUER: issuer,
    SSO_SCHOOL_CLIENT_ID: 'sterrenwacht',
    SSO_SCHOOL_CLIENT_SECRET: 'geheim-van-de-school',
    SSO_SCHOOL_DOMAINS: 'desterren.example, desterren.nl',
    SSO_SCHOOL_LABEL: 'Inloggen met je schoolaccount',
  });
  app = await buildApp(config, dbServices(store.db, config));
}, 60_000);

afterAll(async () => {
  await app?.close();
  await store?.close();
  await new Promise((resolve) => provider?.close(resolve));
});

/** A browser at the provider: follows redirects, keeps cookies, fills in the dev login and consent. */
async function atProvider(start: string, user: string): Promise<URL> {
  const jar = new Map<string, string>();
  const cookie = (): string => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  const keep = (r: Response): void => {
    for (const c of r.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const i = pair!.indexOf('=');
      jar.set(pair!.slice(0, i), pair!.slice(i + 1));
    }
  };
  let url = new URL(start);
  for (let step = 0; step < 12; step++) {
    if (url.href.startsWith(PUBLIC)) return url;
    let r = await fetch(url, { redirect: 'manual', headers: { cookie: cookie() } });
    keep(r);
    if (r.status === 200) {
      const html = await r.text();
      const action = /action="([^"]+)"/.exec(html)?.[1];
      const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1];
      expect(action, html.slice(0, 300)).toBeTruthy();
      const body = new URLSearchParams(prompt === 'login' ? { prompt, login: user, password: 'x' } : { prompt: prompt ?? 'consent' });
      r = await fetch(new URL(action!, url), { method: 'POST', redirect: 'manual', body, headers: { cookie: cookie(), 'content-type': 'application/x-www-form-urlencoded' } });
      keep(r);
    }
    expect([302, 303], `${url.href}: ${r.status}`).toContain(r.status);
    url = new URL(r.headers.get('location')!, url);
  }
  throw new Error('too many redirects at the provider');
}

async function signIn(user: string): Promise<{ location: string; cookie?: string; callback: string; browser: string }> {
  const start = await app.inject({ method: 'GET', url: '/api/v1/sso/school/start' });
  expect(start.statusCode, start.body).toBe(302);
  const auth = new URL(start.headers.location as string);
  expect(auth.searchParams.get('code_challenge_method')).toBe('S256');
  expect(auth.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
  expect(auth.searchParams.get('state')).toBeTruthy();
  expect(auth.searchParams.get('nonce')).toBeTruthy();
  const browser = start.cookies.find((c) => c.name === 'sw_sso')!;
  expect(browser.httpOnly).toBe(true);
  const back = await atProvider(auth.href, user);
  const callback = back.pathname + back.search;
  const r = await app.inject({ method: 'GET', url: callback, headers: { cookie: `sw_sso=${browser.value}` } });
  expect(r.statusCode, r.body).toBe(302);
  const session = r.cookies.find((c) => c.name === 'sw_session');
  return { location: r.headers.location as string, ...(session ? { cookie: `sw_session=${session.value}` } : {}), callback, browser: browser.value };
}

describe('single sign-on for staff (OpenID Connect, against oidc-provider on loopback)', () => {
  it('shows the configured provider on the login page', async () => {
    const r = await app.inject({ method: 'GET', url: '/api/v1/sso' });
    expect(r.json()).toEqual({ providers: [{ id: 'school', label: 'Inloggen met je schoolaccount' }] });
  });

  it('logs a teacher in by their school address: code flow with PKCE, state and nonce', async () => {
    const { location, cookie } = await signIn('thomas');
    expect(location).toBe(`${PUBLIC}/`);
    const me = await app.inject({ method: 'GET', url: '/api/v1/session', headers: { cookie: cookie! } });
    expect(me.json().account).toMatchObject({ email: 'leerkracht@desterren.example', role: 'medewerker', personId: 'medewerker-4' });
    expect(me.json().csrfToken).toMatch(/\S{20,}/);
    const sessions = await app.inject({ method: 'GET', url: '/api/v1/sessions', headers: { cookie: cookie! } });
    expect(sessions.json().sessions.find((s: { current: boolean }) => s.current).method).toBe('sso');
  });

  it('gives a staff member of the roster without an account a medewerker account on first sign-in', async () => {
    expect(await store.db.select().from(accounts).where(eq(accounts.email, 'ruben.smits@desterren.nl'))).toEqual([]);
    const { location, cookie } = await signIn('ruben');
    expect(location).toBe(`${PUBLIC}/`);
    const me = await app.inject({ method: 'GET', url: '/api/v1/session', headers: { cookie: cookie! } });
    expect(me.json().account).toMatchObject({ email: 'ruben.smits@desterren.nl', role: 'medewerker', personId: 'medewerker-6' });
    expect(me.json().mustChangePassword).toBe(false);
  });

  it('lets nobody else in, and makes no account for an unknown address', async () => {
    const before = (await store.db.select().from(accounts)).length;
    for (const user of ['onbekend', 'ouder', 'prive', 'nietgeverifieerd']) {
      const r = await signIn(user);
      expect(r.cookie, user).toBeUndefined();
      expect(r.location, user).toBe(`${PUBLIC}/inloggen?sso=forbidden`);
    }
    expect((await store.db.select().from(accounts)).length).toBe(before);
  });

  it('refuses a replayed callback and one from another browser', async () => {
    const { callback, browser } = await signIn('thomas');
    const replay = await app.inject({ method: 'GET', url: callback, headers: { cookie: `sw_sso=${browser}` } });
    expect(replay.headers.location).toBe(`${PUBLIC}/inloggen?sso=invalid_login`);
    expect(replay.cookies.find((c) => c.name === 'sw_session')).toBeUndefined();
    const start = await app.inject({ method: 'GET', url: '/api/v1/sso/school/start' });
    const back = await atProvider(start.headers.location as string, 'thomas');
    const other = await app.inject({ method: 'GET', url: back.pathname + back.search, headers: { cookie: 'sw_sso=een-andere-browser' } });
    expect(other.headers.location).toBe(`${PUBLIC}/inloggen?sso=invalid_login`);
    expect((await app.inject({ method: 'GET', url: '/api/v1/sso/onbekend/start' })).statusCode).toBe(404);
  });

  it('finishes on a second service process a login begun on the first, keeping only hashes of the state', async () => {
    const config = loadConfig({ PUBLIC_URL: PUBLIC, SSO_PROVIDERS: 'school', SSO_SCHOOL_ISSUER: issuer, SSO_SCHOOL_CLIENT_ID: 'sterrenwacht', SSO_SCHOOL_CLIENT_SECRET: 'geheim-van-de-school', SSO_SCHOOL_DOMAINS: 'desterren.example' });
    const second = await buildApp(config, dbServices(store.db, config));
    try {
      const start = await app.inject({ method: 'GET', url: '/api/v1/sso/school/start' });
      const state = new URL(start.headers.location as string).searchParams.get('state')!;
      const kept = await store.db.select().from(ssoPending);
      expect(kept.length).toBeGreaterThan(0);
      expect(JSON.stringify(kept)).not.toContain(state);
      const browser = start.cookies.find((c) => c.name === 'sw_sso')!.value;
      expect(JSON.stringify(kept)).not.toContain(browser);
      const back = await atProvider(start.headers.location as string, 'thomas');
      const r = await second.inject({ method: 'GET', url: back.pathname + back.search, headers: { cookie: `sw_sso=${browser}` } });
      expect(r.headers.location).toBe(`${PUBLIC}/`);
      expect(r.cookies.find((c) => c.name === 'sw_session')).toBeDefined();
      // used once: the first process cannot finish it again
      const again = await app.inject({ method: 'GET', url: back.pathname + back.search, headers: { cookie: `sw_sso=${browser}` } });
      expect(again.headers.location).toBe(`${PUBLIC}/inloggen?sso=invalid_login`);
    } finally {
      await second.close();
    }
  });
});
