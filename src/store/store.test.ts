/**
 * The registry on both databases: embedded PGlite always, PostgreSQL when
 * DATABASE_URL is set (CI starts Debian's PostgreSQL for this).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import type { Store } from './db.js';
import { testBackends } from './testing.js';
import { auditLog, consentEvents, guardianships, people, takedownTasks } from './schema.js';
import { DEMO_SCHOOL_ID, seedDemo } from '../demo/seed.js';
import { changeConsent, consentHistory, currentConsent, rosterForCheck } from '../consent/service.js';
import { appendAudit, verifyAudit } from '../audit/log.js';
import { SterrenwachtError } from '../errors.js';
import { check } from '../check/engine.js';
import type { ChannelConsent, CheckResult, Person } from '../check/types.js';

describe.each(testBackends())('registry on $name', (backend) => {
  let store: Store;
  beforeAll(async () => {
    store = await backend.open();
  }, 60_000);
  afterAll(async () => {
    await store?.close();
  });

  it('migrates and seeds the demo school once', async () => {
    expect(await seedDemo(store.db)).toBe(true);
    expect(await seedDemo(store.db)).toBe(false);
    const count = async (role: string): Promise<number> => (await store.db.select({ n: sql<number>`count(*)::int` }).from(people).where(eq(people.role, role)))[0]!.n;
    expect(await count('pupil')).toBe(200);
    expect(await count('staff')).toBe(20);
    expect(await count('parent')).toBeGreaterThan(100);
    const staff = await store.db.select().from(people).where(eq(people.role, 'staff'));
    expect(staff.filter((s) => s.managerId === null)).toHaveLength(1);
  });

  it('keeps consent as history; revoking creates a takedown task; the audit chain holds', async () => {
    const [link] = await store.db.select().from(guardianships).limit(1);
    const { parentId, pupilId } = link!;
    await changeConsent(store.db, parentId, { personId: pupilId, medium: 'video', channel: 'website', granted: true });
    expect((await currentConsent(store.db, pupilId)).video.website).toBe(true);
    const revoked = await changeConsent(store.db, parentId, { personId: pupilId, medium: 'video', channel: 'website', granted: false, note: 'liever niet meer' });
    expect(revoked.takedownTaskId).toBeDefined();
    expect((await currentConsent(store.db, pupilId)).video.website).toBe(false);
    const history = (await consentHistory(store.db, pupilId)).filter((e) => e.medium === 'video' && e.channel === 'website');
    expect(history.slice(-2).map((e) => e.granted)).toEqual([true, false]); // after whatever the seed recorded
    const tasks = await store.db.select().from(takedownTasks).where(eq(takedownTasks.personId, pupilId));
    expect(tasks).toHaveLength(1);
    // revoking what was never given creates no task
    const again = await changeConsent(store.db, parentId, { personId: pupilId, medium: 'audio', channel: 'guide', granted: false });
    expect(again.takedownTaskId).toBeUndefined();
    expect(await verifyAudit(store.db)).toMatchObject({ ok: true, entries: 3 });
  });

  it('lets a parent change only their own children’s consent', async () => {
    const links = await store.db.select().from(guardianships);
    const parent = links[0]!.parentId;
    const own = new Set(links.filter((l) => l.parentId === parent).map((l) => l.pupilId));
    const other = links.find((l) => !own.has(l.pupilId))!.pupilId;
    const before = (await store.db.select({ n: sql<number>`count(*)::int` }).from(consentEvents))[0]!.n;
    await expect(changeConsent(store.db, parent, { personId: other, medium: 'photo', channel: 'social', granted: false })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(changeConsent(store.db, parent, { personId: 'nobody', medium: 'photo', channel: 'social', granted: false })).rejects.toBeInstanceOf(SterrenwachtError);
    // nothing was written by the refused changes
    expect((await store.db.select({ n: sql<number>`count(*)::int` }).from(consentEvents))[0]!.n).toBe(before);
  });

  it('keeps one chain when many requests append at once, inside and outside transactions', async () => {
    const before = (await verifyAudit(store.db)).entries;
    await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        i % 2 ? appendAudit(store.db, { actor: 'test', action: 'read', subject: `s${i}` }) : store.db.transaction((tx) => appendAudit(tx as unknown as typeof store.db, { actor: 'test', action: 'write', subject: `s${i}` })),
      ),
    );
    const r = await verifyAudit(store.db);
    expect(r).toMatchObject({ ok: true, entries: before + 24 });
    expect(r.head).toMatch(/^[0-9a-f]{64}$/);
  });

  it('detects a changed or deleted audit entry', async () => {
    const [first] = await store.db.select().from(auditLog).orderBy(auditLog.id).limit(1);
    await store.db.update(auditLog).set({ subject: 'iemand-anders' }).where(eq(auditLog.id, first!.id));
    expect(await verifyAudit(store.db)).toMatchObject({ ok: false, brokenAt: first!.id });
    await store.db.update(auditLog).set({ subject: first!.subject }).where(eq(auditLog.id, first!.id));
    expect((await verifyAudit(store.db)).ok).toBe(true);
    await store.db.delete(auditLog).where(eq(auditLog.id, first!.id));
    expect((await verifyAudit(store.db)).ok).toBe(false);
  });

  it('gives the check the registry with the consent in force', async () => {
    const roster = await rosterForCheck(store.db, DEMO_SCHOOL_ID);
    const website = (p: Person): boolean | undefined => (p.consent as ChannelConsent | undefined)?.website?.photo;
    const without = roster.find((p) => p.role === 'pupil' && website(p) !== true)!;
    const withConsent = roster.find((p) => p.role === 'pupil' && website(p) === true)!;
    const post = (id: string, account: 'school' | 'personal'): CheckResult =>
      check({ text: 'Sportdag!', author: { role: 'staff' }, setting: 'work', account, channel: 'website', media: [{ type: 'photo', depicts: [id] }] }, { people: roster });
    // on the school's website the registry decides, per channel and medium
    expect(post(without.id, 'school').findings.find((f) => f.rule === 'A5')!.people).toEqual([without.id]);
    expect(post(withConsent.id, 'school').findings.filter((f) => f.rule === 'A5')).toEqual([]);
    // the school's consent does not cover a personal account
    expect(post(withConsent.id, 'personal').findings.find((f) => f.rule === 'A5')!.people).toEqual([withConsent.id]);
  });
});

describe.each(testBackends())('erasure on $name', (backend) => {
  let store: Store;
  beforeAll(async () => {
    store = await backend.open();
    await seedDemo(store.db);
  }, 60_000);
  afterAll(async () => {
    await store?.close();
  });
  it('removes the name and links at once, keeps consent evidence until its retention ends, then purges it', async () => {
    const { erasePerson, purgeExpired, CONSENT_RETENTION_DAYS } = await import('../registry/erasure.js');
    const report = await erasePerson(store.db, DEMO_SCHOOL_ID, 'test', 'leerling-1');
    const person = (await store.db.select().from(people).where(eq(people.id, 'leerling-1')))[0]!;
    expect(person.name).not.toContain('Sanne');
    expect(person.erasedAt).not.toBeNull();
    expect(await store.db.select().from(guardianships).where(eq(guardianships.pupilId, 'leerling-1'))).toEqual([]);
    expect(report.retained).toHaveLength(1);
    expect(await purgeExpired(store.db)).toBe(0);
    const later = new Date(Date.now() + (CONSENT_RETENTION_DAYS + 1) * 86_400_000);
    expect(await purgeExpired(store.db, CONSENT_RETENTION_DAYS, later)).toBeGreaterThan(0);
    expect(await store.db.select().from(consentEvents).where(eq(consentEvents.personId, 'leerling-1'))).toEqual([]);
    expect((await verifyAudit(store.db)).ok).toBe(true);
  });
});

describe('the embedded database belongs to one process at a time', () => {
  it('refuses a second open of the same data directory, and takes over a lock its owner left behind', async () => {
    const { mkdtempSync, rmSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { openStore } = await import('./db.js');
    const dir = mkdtempSync(join(tmpdir(), 'sterrenwacht-lock-'));
    try {
      const first = await openStore({ dataDir: dir });
      // another process holds it (the parent of this test run is alive)
      await first.close();
      writeFileSync(join(dir, 'sterrenwacht.lock'), String(process.ppid));
      await expect(openStore({ dataDir: dir })).rejects.toMatchObject({ code: 'io_error' });
      // a crashed owner (no such process) leaves a stale lock: it is taken over
      writeFileSync(join(dir, 'sterrenwacht.lock'), '2147483646');
      const again = await openStore({ dataDir: dir });
      await again.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
