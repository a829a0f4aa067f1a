/**
 * What a logged-in person sees of themself: the session answer (their account, whether the
 * password must be changed, their name and, for a parent, their children) and their own record
 * with their children's (a parent sees their own, never anyone else's).
 */
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { childSchema } from '../api/schemas/session.js';
import { appendAudit } from '../audit/log.js';
import { currentConsent, type ConsentState } from '../consent/service.js';
import type { Db } from '../store/db.js';
import { groups, guardianships, people } from '../store/schema.js';
import type { SessionAccount } from './accounts.js';

export type Child = z.infer<typeof childSchema>;

/**
 * The two reads every session answer makes (a person's name, a parent's links to their
 * children), prepared once per database: building a query's SQL costs drizzle about a third of
 * what the embedded database then spends answering it.
 */
const prepared = new WeakMap<Db, ReturnType<typeof prepare>>();
function prepare(db: Db) {
  return {
    name: db.select({ name: people.name }).from(people).where(eq(people.id, sql.placeholder('id'))).limit(1).prepare('sw_person_name'),
    links: db.select({ pupilId: guardianships.pupilId }).from(guardianships).where(eq(guardianships.parentId, sql.placeholder('id'))).prepare('sw_guardianship_links'),
  };
}
function reads(db: Db): ReturnType<typeof prepare> {
  let r = prepared.get(db);
  if (!r) prepared.set(db, (r = prepare(db)));
  return r;
}

/** The children of a person (their guardianships), current pupils only, by name. */
export async function childrenOf(db: Db, personId: string | null): Promise<Child[]> {
  if (!personId) return [];
  const links = await reads(db).links.execute({ id: personId });
  if (!links.length) return [];
  const rows = await db
    .select({ id: people.id, name: people.name, groupId: people.groupId, groupName: groups.name })
    .from(people)
    .leftJoin(groups, eq(groups.id, people.groupId))
    .where(and(inArray(people.id, links.map((l) => l.pupilId)), isNull(people.leftAt), isNull(people.erasedAt)))
    .orderBy(asc(people.name));
  return rows.map((r) => ({ id: r.id, name: r.name, groupId: r.groupId, groupName: r.groupName ?? null }));
}

export interface AccountAnswer extends SessionAccount {
  name: string | null;
  children: Child[];
}

export async function accountAnswer(db: Db, account: SessionAccount): Promise<AccountAnswer> {
  const person = account.personId ? (await reads(db).name.execute({ id: account.personId }))[0] : undefined;
  return { ...account, name: person?.name ?? null, children: await childrenOf(db, account.personId) };
}

export interface OwnRecords {
  person: typeof people.$inferSelect | null;
  children: (Child & { consent: ConsentState })[];
}

/** One's own record and one's children's, with their consent in force. The read is audited. */
export async function ownRecords(db: Db, account: SessionAccount): Promise<OwnRecords> {
  if (!account.personId) return { person: null, children: [] };
  const person = (await db.select().from(people).where(and(eq(people.schoolId, account.schoolId), eq(people.id, account.personId))).limit(1))[0] ?? null;
  const children = await childrenOf(db, account.personId);
  const withConsent = await Promise.all(children.map(async (c) => ({ ...c, consent: await currentConsent(db, c.id) })));
  await appendAudit(db, { actor: account.id, action: 'person.read.own', subject: account.personId, detail: { children: children.map((c) => c.id) } });
  return { person, children: withConsent };
}
