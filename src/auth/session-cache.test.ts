import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Store } from '../store/db.js';
import { testBackends } from '../store/testing.js';
import { DEMO_SCHOOL_ID, seedDemo } from '../demo/seed.js';
import { accounts } from '../store/schema.js';
import { hashPassword, login, logout, sessionFor } from './accounts.js';
import { changePassword } from './manage.js';
import { SessionCache, sessionRevision, TTL_MS, type SessionCacheOptions } from './session-cache.js';
import { sessionTokenHash as tokenHash } from './accounts.js';

type Session = NonNullable<Awaited<ReturnType<typeof sessionFor>>>;

describe.each(testBackends())('the session cache on $name', (backend) => {
  let store: Store;
  const email = 'cache@desterren.example';
  const password = 'een-lang-wachtwoord-voor-de-cache';
  beforeAll(async () => {
    store = await backend.open();
    await seedDemo(store.db, { demoAccounts: false });
    await store.db.insert(accounts).values({ id: 'acc-cache', schoolId: DEMO_SCHOOL_ID, personId: null, email, role: 'medewerker', passwordHash: await hashPassword(password) });
  }, 60_000);
  afterAll(async () => {
    await store?.close();
  });

  /** A cache as a service process over this store makes it (auth.ts), counting its database lookups. */
  const cacheOf = (opts: SessionCacheOptions = { feed: store.listen ? { listen: store.listen } : undefined, revision: store.kind === 'postgres' ? () => sessionRevision(store.db) : undefined }): { cache: SessionCache<Session>; lookups: () => number } => {
    let n = 0;
    const cache = new SessionCache<Session>((token) => {
      n++;
      return sessionFor(store.db, token);
    }, opts);
    return { cache, lookups: () => n };
  };
  const newSession = async (): Promise<string> => {
    const r = await login(store.db, email, password, { address: `192.0.2.${Math.floor(Math.random() * 200)}` });
    if (!r.ok) throw new Error('login failed');
    return r.token;
  };

  it('looks a session up once, and refuses it in every process as soon as it is ended in one', async () => {
    // two service processes on one database: two caches, each as its process would make it
    const a = cacheOf();
    const b = cacheOf();
    await a.cache.start();
    await b.cache.start();
    try {
      const token = await newSession();
      expect((await b.cache.get(token))?.account.email).toBe(email);
      expect((await b.cache.get(token))?.account.email).toBe(email);
      expect(b.lookups()).toBe(1);
      // ended by the other process (logout, or any statement on the sessions table)
      await logout(store.db, token);
      expect(await b.cache.get(token)).toBeUndefined();
      expect(await a.cache.get(token)).toBeUndefined();
    } finally {
      await a.cache.close();
      await b.cache.close();
    }
  });

  it('drops the sessions of an account that changes (a new password ends the other sessions)', async () => {
    const b = cacheOf();
    await b.cache.start();
    try {
      const kept = await newSession();
      const other = await newSession();
      await b.cache.get(kept);
      await b.cache.get(other);
      const keptHash = tokenHash(kept);
      await changePassword(store.db, 'acc-cache', password, `${password}-2`, keptHash);
      expect(await b.cache.get(other)).toBeUndefined();
      expect((await b.cache.get(kept))?.account.id).toBe('acc-cache');
      await changePassword(store.db, 'acc-cache', `${password}-2`, password, keptHash);
      // a role changed in the database is what the next call sees
      await store.db.update(accounts).set({ role: 'schoolleiding' }).where(eq(accounts.id, 'acc-cache'));
      expect((await b.cache.get(kept))?.account.role).toBe('schoolleiding');
      await store.db.update(accounts).set({ role: 'medewerker' }).where(eq(accounts.id, 'acc-cache'));
    } finally {
      await b.cache.close();
    }
  });

  it('does not keep a lookup that overlapped a change', async () => {
    const token = await newSession();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const cache = new SessionCache<Session>(async (t) => {
      const s = await sessionFor(store.db, t);
      await gate;
      return s;
    });
    const pending = cache.get(token);
    cache.forgetToken(token);
    release();
    expect(await pending).toBeDefined();
    expect(cache.size).toBe(0);
  });

  it('keeps an entry at most a few seconds', async () => {
    let now = 1_000_000;
    const { cache, lookups } = cacheOf({ now: () => now });
    const token = await newSession();
    await cache.get(token);
    now += TTL_MS - 1;
    await cache.get(token);
    expect(lookups()).toBe(1);
    now += 2;
    await cache.get(token);
    expect(lookups()).toBe(2);
  });
});

describe('the revision read on a shared server', () => {
  it('is shared by callers that arrive together, and never older than the call', async () => {
    let reads = 0;
    let value = 0;
    const started: number[] = [];
    const revision = async (): Promise<string> => {
      reads++;
      started.push(value);
      await new Promise((r) => setTimeout(r, 5));
      return String(started[started.length - 1]);
    };
    const cache = new SessionCache<Session>(async () => undefined, { revision });
    // ten callers at once: the first starts a read, the nine that come while it is in flight share the next
    await Promise.all(Array.from({ length: 10 }, () => cache.get('t')));
    expect(reads).toBe(2);
    // a caller that comes while a read is in flight waits for the next read, which starts after it came
    const first = cache.get('t');
    await new Promise((r) => setTimeout(r, 1));
    value = 1;
    const later = Array.from({ length: 5 }, () => cache.get('t'));
    await Promise.all([first, ...later]);
    expect(reads).toBe(4);
    expect(started.slice(2)).toEqual([0, 1]);
  });
});
