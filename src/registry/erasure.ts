/**
 * Erasure (the right to be forgotten) with retention periods. The person's name
 * and links are removed at once; records the school must keep for a while are
 * kept until their retention period ends, then purged (`purgeExpired`):
 * - consent history: `retentionDays` after the event (evidence of what was allowed
 *   when a photo was published; CONSENT_RETENTION_DAYS in the config, default 730);
 * - the audit log is never changed (it holds ids, not names).
 */
import { and, eq, inArray, isNotNull, lt } from 'drizzle-orm';
import type { Db } from '../store/db.js';
import { accountTokens, accounts, consentEvents, guardianships, people, sessions, takedownTasks } from '../store/schema.js';
import { appendAudit } from '../audit/log.js';
import { getPerson } from './service.js';

/** The default retention of consent evidence; the config (CONSENT_RETENTION_DAYS) decides. */
export const CONSENT_RETENTION_DAYS = 730;

export interface ErasureReport {
  personId: string;
  erased: string[];
  retained: { what: string; until: string }[];
}

export async function erasePerson(db: Db, schoolId: string, actor: string, id: string, retentionDays = CONSENT_RETENTION_DAYS, now = new Date()): Promise<ErasureReport> {
  return db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    const person = await getPerson(t, schoolId, id);
    const erased: string[] = ['naam en e-mailadres / name and e-mail address', 'ouder-kindkoppelingen / guardian links', 'account en sessies / account and sessions'];
    await t.update(people).set({ name: `(verwijderd ${person.id})`, groupId: null, managerId: null, email: null, erasedAt: now }).where(eq(people.id, id));
    await t.delete(guardianships).where(eq(guardianships.parentId, id));
    await t.delete(guardianships).where(eq(guardianships.pupilId, id));
    const accs = await t.select({ id: accounts.id }).from(accounts).where(eq(accounts.personId, id));
    await t.delete(accountTokens).where(eq(accountTokens.personId, id));
    if (accs.length) {
      await t.delete(sessions).where(inArray(sessions.accountId, accs.map((a) => a.id)));
      await t.delete(accountTokens).where(inArray(accountTokens.accountId, accs.map((a) => a.id)));
      await t.delete(accounts).where(inArray(accounts.id, accs.map((a) => a.id)));
    }
    const cutoff = new Date(now.getTime() - retentionDays * 86_400_000);
    const old = await t.select({ id: consentEvents.id }).from(consentEvents).where(and(eq(consentEvents.personId, id), lt(consentEvents.at, cutoff)));
    await purgeConsent(t, old.map((o) => o.id));
    if (old.length) erased.push(`${old.length} toestemmingsregels ouder dan de bewaartermijn / consent records past retention`);
    const kept = await t.select({ at: consentEvents.at }).from(consentEvents).where(eq(consentEvents.personId, id));
    const retained = kept.length
      ? [{ what: `${kept.length} toestemmingsregels (bewijs van toestemming) / consent records`, until: new Date(Math.max(...kept.map((k) => new Date(k.at).getTime())) + retentionDays * 86_400_000).toISOString() }]
      : [];
    await appendAudit(t, { actor, action: 'person.erase', subject: id, detail: { retained: retained.length } });
    return { personId: id, erased, retained };
  });
}

async function purgeConsent(db: Db, ids: number[]): Promise<void> {
  if (!ids.length) return;
  await db.delete(takedownTasks).where(inArray(takedownTasks.consentEventId, ids));
  await db.delete(consentEvents).where(inArray(consentEvents.id, ids));
}

/** Remove what erased people left under retention once the period has passed (one transaction, audited). */
export async function purgeExpired(db: Db, retentionDays = CONSENT_RETENTION_DAYS, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - retentionDays * 86_400_000);
  return db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    const erased = await t.select({ id: people.id }).from(people).where(isNotNull(people.erasedAt));
    if (!erased.length) return 0;
    const old = await t.select({ id: consentEvents.id }).from(consentEvents).where(and(inArray(consentEvents.personId, erased.map((e) => e.id)), lt(consentEvents.at, cutoff)));
    if (!old.length) return 0;
    await purgeConsent(t, old.map((o) => o.id));
    await appendAudit(t, { actor: 'system', action: 'retention.purge', subject: 'consent_events', detail: { count: old.length, retentionDays } });
    return old.length;
  });
}
