/**
 * Social-media connections of staff (A6: no connections with pupils). A connection
 * is recorded only after the check allows it; staff see and remove their own,
 * school management sees those of the whole school. Reads and changes are audited.
 */
import { and, eq } from 'drizzle-orm';
import { appendAudit } from '../audit/log.js';
import { check } from '../check/engine.js';
import type { CheckResult, Person } from '../check/types.js';
import { SterrenwachtError } from '../errors.js';
import type { SchoolProfile } from '../protocol/school.js';
import type { Db } from '../store/db.js';
import { connections } from '../store/schema.js';
import { getPerson } from './service.js';

export interface ConnectionActor {
  accountId: string;
  /** The staff member whose connection it is. */
  staffId: string;
  /** School management sees and removes every connection of the school. */
  management: boolean;
}

export async function recordConnection(
  db: Db,
  schoolId: string,
  actor: ConnectionActor,
  input: { personId: string; platform: string },
  context: { school: SchoolProfile; people: readonly Person[] },
): Promise<{ recorded: boolean; result: CheckResult }> {
  await getPerson(db, schoolId, input.personId);
  const result = check({ text: '', author: { role: 'staff', id: actor.staffId }, connect: { personId: input.personId } }, context);
  if (result.verdict === 'blocked') return { recorded: false, result };
  await db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    await t.insert(connections).values({ schoolId, staffId: actor.staffId, personId: input.personId, platform: input.platform }).onConflictDoNothing();
    await appendAudit(t, { actor: actor.accountId, action: 'connection.record', subject: input.personId, detail: { platform: input.platform } });
  });
  return { recorded: true, result };
}

export async function listConnections(db: Db, schoolId: string, actor: ConnectionActor): Promise<(typeof connections.$inferSelect)[]> {
  const where = actor.management ? eq(connections.schoolId, schoolId) : and(eq(connections.schoolId, schoolId), eq(connections.staffId, actor.staffId));
  const list = await db.select().from(connections).where(where);
  await appendAudit(db, { actor: actor.accountId, action: 'connections.list', subject: actor.management ? schoolId : actor.staffId, detail: { count: list.length } });
  return list;
}

export async function removeConnection(db: Db, schoolId: string, actor: ConnectionActor, id: number): Promise<void> {
  await db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    const row = (await t.select().from(connections).where(and(eq(connections.schoolId, schoolId), eq(connections.id, id))).limit(1))[0];
    if (!row || (!actor.management && row.staffId !== actor.staffId)) throw new SterrenwachtError('not_found', `Connectie ${id} niet gevonden.`, `Connection ${id} not found.`);
    await t.delete(connections).where(eq(connections.id, id));
    await appendAudit(t, { actor: actor.accountId, action: 'connection.remove', subject: row.personId, detail: { id, platform: row.platform } });
  });
}
