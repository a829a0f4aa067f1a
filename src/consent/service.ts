/**
 * The consent registry (beeldtoestemming): per person × medium (photo, video,
 * audio) × channel (social media, website, newsletter, school guide). Parents give
 * and revoke consent for their own children; every change is a new event (the
 * history is never overwritten) and is audited; revoking consent that was given
 * creates a takedown task for the school.
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import { SterrenwachtError } from '../errors.js';
import type { Db } from '../store/db.js';
import { consentEvents, guardianships, people, takedownTasks } from '../store/schema.js';
import { appendAudit } from '../audit/log.js';
import type { ChannelConsent, Person } from '../check/types.js';

export const MEDIA = ['photo', 'video', 'audio'] as const;
export const CHANNELS = ['social', 'website', 'newsletter', 'guide', 'parent-app'] as const;
export type Medium = (typeof MEDIA)[number];
export type Channel = (typeof CHANNELS)[number];

export interface ConsentChange {
  /** The person whose image or voice it is (a pupil, or a staff member for themself). */
  personId: string;
  medium: Medium;
  channel: Channel;
  granted: boolean;
  note?: string;
}

export type ConsentState = Record<Medium, Record<Channel, boolean>>;

function emptyState(): ConsentState {
  const s = {} as ConsentState;
  for (const m of MEDIA) s[m] = { social: false, website: false, newsletter: false, guide: false, 'parent-app': false };
  return s;
}

/** May `actorId` change the consent of `personId`? Only for themself, or as a guardian of the pupil. */
export async function mayChangeConsent(db: Db, actorId: string, personId: string): Promise<boolean> {
  if (actorId === personId) return true;
  const g = await db.select().from(guardianships).where(and(eq(guardianships.parentId, actorId), eq(guardianships.pupilId, personId))).limit(1);
  return g.length > 0;
}

export interface ChangeResult {
  eventId: number;
  takedownTaskId?: number;
}

/** Give or revoke consent. The actor must be the person or their guardian. */
export async function changeConsent(db: Db, actorId: string, change: ConsentChange): Promise<ChangeResult> {
  if (!(MEDIA as readonly string[]).includes(change.medium) || !(CHANNELS as readonly string[]).includes(change.channel)) {
    throw new SterrenwachtError('invalid_request', 'Onbekend medium of kanaal.', 'Unknown medium or channel.');
  }
  return db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    const person = (await t.select().from(people).where(eq(people.id, change.personId)).limit(1))[0];
    if (!person) throw new SterrenwachtError('unknown_person', `Persoon "${change.personId}" bestaat niet.`, `Person "${change.personId}" does not exist.`);
    if (!(await mayChangeConsent(t, actorId, change.personId))) {
      throw new SterrenwachtError('forbidden', 'Je mag alleen de toestemming van je eigen kinderen wijzigen.', 'You may only change the consent of your own children.');
    }
    const before = await currentConsent(t, change.personId);
    const [event] = await t
      .insert(consentEvents)
      .values({ personId: change.personId, medium: change.medium, channel: change.channel, granted: change.granted, byPersonId: actorId, note: change.note ?? null })
      .returning({ id: consentEvents.id });
    const result: ChangeResult = { eventId: event!.id };
    if (!change.granted && before[change.medium][change.channel]) {
      const [task] = await t
        .insert(takedownTasks)
        .values({ schoolId: person.schoolId, personId: change.personId, medium: change.medium, channel: change.channel, consentEventId: event!.id })
        .returning({ id: takedownTasks.id });
      result.takedownTaskId = task!.id;
    }
    await appendAudit(t, { actor: actorId, action: change.granted ? 'consent.give' : 'consent.revoke', subject: change.personId, detail: { medium: change.medium, channel: change.channel, eventId: event!.id } });
    return result;
  });
}

/** The consent in force: the latest event per medium × channel; absent means no consent. */
export async function currentConsent(db: Db, personId: string): Promise<ConsentState> {
  const state = emptyState();
  const events = await db.select().from(consentEvents).where(eq(consentEvents.personId, personId)).orderBy(asc(consentEvents.id));
  for (const e of events) state[e.medium as Medium][e.channel as Channel] = e.granted;
  return state;
}

export async function consentHistory(db: Db, personId: string): Promise<(typeof consentEvents.$inferSelect)[]> {
  return db.select().from(consentEvents).where(eq(consentEvents.personId, personId)).orderBy(asc(consentEvents.id));
}

/**
 * The school's people as the check needs them, with their consent per channel and medium as
 * the registry holds it (the check contract's per-channel form: it covers the school's own
 * channels, each apart, and nothing posted on a personal account). A channel without any
 * consent given is left out, which means no consent there.
 */
export async function rosterForCheck(db: Db, schoolId: string): Promise<Person[]> {
  const rows = await db.select().from(people).where(eq(people.schoolId, schoolId));
  const ids = rows.map((r) => r.id);
  const events = ids.length ? await db.select().from(consentEvents).where(inArray(consentEvents.personId, ids)).orderBy(asc(consentEvents.id)) : [];
  const consent = new Map<string, ChannelConsent>();
  for (const e of events) {
    if (!(CHANNELS as readonly string[]).includes(e.channel) || !(MEDIA as readonly string[]).includes(e.medium)) continue;
    const c = consent.get(e.personId) ?? {};
    const ch = (c[e.channel as Channel] ??= {});
    ch[e.medium as Medium] = e.granted;
    consent.set(e.personId, c);
  }
  return rows.map((r) => {
    // someone who left the school is still a person the check recognises, but the consent given while at school no longer counts for new posts
    const c = r.leftAt ? undefined : consent.get(r.id);
    return { id: r.id, name: r.name, role: r.role as Person['role'], ...(c && Object.keys(c).length ? { consent: c } : {}) };
  });
}

/** The ids of a parent's own children (guardianships). */
export async function childrenOf(db: Db, parentId: string): Promise<string[]> {
  const rows = await db.select({ pupilId: guardianships.pupilId }).from(guardianships).where(eq(guardianships.parentId, parentId));
  return rows.map((r) => r.pupilId);
}
