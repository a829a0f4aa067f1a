import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Store } from '../store/db.js';
import { testBackends } from '../store/testing.js';
import { DEMO_PASSWORD, DEMO_SCHOOL_ID, seedDemo } from '../demo/seed.js';
import { accounts, authThrottle } from '../store/schema.js';
import { hashPassword, login } from './accounts.js';
import { changePassword } from './manage.js';
import { delaySeconds, NOTIFY_AFTER, RULES, throttleKey } from './throttle.js';

describe('delays', () => {
  it('start after the free attempts, double, and stop growing at the cap', () => {
    const rule = RULES['acct-addr'];
    expect([4, 5, 6, 7, 8, 9].map((n) => delaySeconds(rule, n))).toEqual([0, 0, 1, 2, 4, 8]);
    expect(delaySeconds(rule, 1000)).toBe(rule.maxDelaySeconds);
  });
});

describe.each(testBackends())('login throttling on $name', (backend) => {
  let store: Store;
  const email = 'gok@desterren.example';
  beforeAll(async () => {
    store = await backend.open();
    await seedDemo(store.db);
    await store.db.insert(accounts).values({ id: 'acc-gok', schoolId: DEMO_SCHOOL_ID, personId: null, email, role: 'medewerker', passwordHash: await hashPassword(DEMO_PASSWORD) });
  }, 60_000);
  afterAll(async () => {
    await store?.close();
  });
  const failures = async (key: string): Promise<number> => (await store.db.select().from(authThrottle).where(eq(authThrottle.key, key)))[0]?.failures ?? 0;

  it('answers a known and an unknown account alike, and throttles both the same way', async () => {
    const t0 = new Date('2026-12-01T10:00:00Z');
    for (const who of [email, 'bestaat-niet@desterren.example']) {
      const results = [];
      for (let i = 0; i < 7; i++) results.push(await login(store.db, who, 'fout', { address: '198.51.100.1', now: t0 }));
      expect(results.slice(0, 6).every((r) => !r.ok && r.reason === 'invalid')).toBe(true);
      // the seventh attempt waits, whoever the account is
      expect(results[6]).toEqual({ ok: false, reason: 'throttled', retryAfter: 1 });
    }
  });

  it('keeps the right password out while a delay runs, lets it in after, and never locks the owner elsewhere', async () => {
    const t0 = new Date('2026-12-01T11:00:00Z');
    for (let i = 0; i < 6; i++) await login(store.db, email, 'fout', { address: '198.51.100.2', now: t0 });
    expect(await login(store.db, email, DEMO_PASSWORD, { address: '198.51.100.2', now: t0 })).toMatchObject({ ok: false, reason: 'throttled' });
    expect(await login(store.db, email, DEMO_PASSWORD, { address: '203.0.113.9', now: t0 })).toMatchObject({ ok: true });
    expect(await login(store.db, email, DEMO_PASSWORD, { address: '198.51.100.2', now: new Date(t0.getTime() + 2000) })).toMatchObject({ ok: true });
    // a success clears that address's count for the account
    expect(await failures(throttleKey('acct-addr', email, '198.51.100.2'))).toBe(0);
  });

  it('counts every one of many parallel failures exactly once', async () => {
    const now = new Date('2026-12-01T12:00:00Z');
    const results = await Promise.all(Array.from({ length: 25 }, (_, i) => login(store.db, 'parallel@desterren.example', `fout-${i}`, { address: '198.51.100.3', now })));
    const counted = results.filter((r) => !r.ok && r.reason === 'invalid').length;
    expect(counted).toBeGreaterThan(0);
    expect(await failures(throttleKey('acct-addr', 'parallel@desterren.example', '198.51.100.3'))).toBe(counted);
  });

  it('tells the owner once after repeated failures', async () => {
    const told: number[] = [];
    const start = new Date('2026-12-01T13:00:00Z').getTime();
    // from many addresses, with time passing so no delay stops the attempts
    for (let i = 0; i < NOTIFY_AFTER + 3; i++) {
      await login(store.db, email, 'fout', { address: `192.0.2.${i}`, now: new Date(start + i * 1000), onRepeatedFailures: (_a, n) => told.push(n) });
    }
    expect(told).toEqual([NOTIFY_AFTER]);
  });

  it('throttles guessing the current password through the password change', async () => {
    const errors: string[] = [];
    for (let i = 0; i < 7; i++) {
      try {
        await changePassword(store.db, 'acc-gok', 'fout', 'een-nieuw-lang-wachtwoord');
      } catch (e) {
        errors.push((e as { code: string }).code);
      }
    }
    expect(errors.slice(0, 6)).toEqual(Array(6).fill('invalid_request'));
    expect(errors[6]).toBe('throttled');
  });
});
