/**
 * Takedown tasks: revoking consent that was given creates one (see service.ts);
 * staff see the open tasks of their school and mark a task done when the photos,
 * video or audio of that person are down from the channel, saying what they did.
 */
import { and, asc, eq } from 'drizzle-orm';
import { appendAudit } from '../audit/log.js';
import { SterrenwachtError } from '../errors.js';
import type { Db } from '../store/db.js';
import { people, takedownTasks } from '../store/schema.js';

export const TAKEDOWN_STATUSES = ['open', 'done'] as const;
export type TakedownStatus = (typeof TAKEDOWN_STATUSES)[number];

export interface TakedownView {
  id: number;
  personId: string;
  personName: string;
  medium: string;
  channel: string;
  status: string;
  createdAt: Date;
  doneAt: Date | null;
  doneBy: string | null;
  note: string | null;
}

export async function listTakedowns(db: Db, schoolId: string, actor: string, status?: TakedownStatus): Promise<TakedownView[]> {
  const where = status ? and(eq(takedownTasks.schoolId, schoolId), eq(takedownTasks.status, status)) : eq(takedownTasks.schoolId, schoolId);
  const rows = await db
    .select({
      id: takedownTasks.id,
      personId: takedownTasks.personId,
      personName: people.name,
      medium: takedownTasks.medium,
      channel: takedownTasks.channel,
      status: takedownTasks.status,
      createdAt: takedownTasks.createdAt,
      doneAt: takedownTasks.doneAt,
      doneBy: takedownTasks.doneBy,
      note: takedownTasks.note,
    })
    .from(takedownTasks)
    .innerJoin(people, eq(people.id, takedownTasks.personId))
    .where(where)
    .orderBy(asc(takedownTasks.id));
  await appendAudit(db, { actor, action: 'takedowns.list', subject: schoolId, detail: { count: rows.length, ...(status ? { status } : {}) } });
  return rows;
}

/** Mark a task of the school done. Done is final: a second call is refused, the first record stays. */
export async function completeTakedown(db: Db, schoolId: string, actor: string, byPersonId: string, id: number, note: string, now = new Date()): Promise<void> {
  await db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    const task = (await t.select().from(takedownTasks).where(and(eq(takedownTasks.schoolId, schoolId), eq(takedownTasks.id, id))).limit(1))[0];
    if (!task) throw new SterrenwachtError('not_found', `Verwijdertaak ${id} niet gevonden.`, `Takedown task ${id} not found.`);
    if (task.status === 'done') throw new SterrenwachtError('conflict', `Verwijdertaak ${id} is al afgerond.`, `Takedown task ${id} is already done.`);
    await t.update(takedownTasks).set({ status: 'done', doneAt: now, doneBy: byPersonId, note }).where(eq(takedownTasks.id, id));
    await appendAudit(t, { actor, action: 'takedown.done', subject: task.personId, detail: { taskId: id, medium: task.medium, channel: task.channel } });
  });
}
