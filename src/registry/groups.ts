/**
 * The school's groups (groep 1–8 and any others, e.g. a plusklas). A group that
 * still has pupils or lessons cannot be removed: move them first.
 */
import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { appendAudit } from '../audit/log.js';
import { SterrenwachtError } from '../errors.js';
import type { Db } from '../store/db.js';
import { groups, lessonPermissions, lessons, people } from '../store/schema.js';

export const groupInputSchema = z.object({
  id: z.string().min(1).max(200).regex(/^[A-Za-z0-9._-]+$/, 'letters, cijfers, . _ -').optional(),
  name: z.string().trim().min(1).max(100),
  year: z.number().int().min(1).max(8),
});
export type GroupInput = z.infer<typeof groupInputSchema>;

export async function listGroups(db: Db, schoolId: string): Promise<(typeof groups.$inferSelect)[]> {
  return db.select().from(groups).where(eq(groups.schoolId, schoolId)).orderBy(asc(groups.year), asc(groups.name));
}

export async function addGroup(db: Db, schoolId: string, actor: string, input: GroupInput): Promise<string> {
  const id = input.id ?? `${schoolId}-${input.name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  await db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    const exists = await t.select({ id: groups.id }).from(groups).where(eq(groups.id, id)).limit(1);
    if (exists.length) throw new SterrenwachtError('conflict', `Groep "${id}" bestaat al.`, `Group "${id}" already exists.`, 'id');
    await t.insert(groups).values({ id, schoolId, name: input.name, year: input.year });
    await appendAudit(t, { actor, action: 'group.create', subject: id });
  });
  return id;
}

export async function updateGroup(db: Db, schoolId: string, actor: string, id: string, patch: Partial<Omit<GroupInput, 'id'>>): Promise<void> {
  if (patch.name === undefined && patch.year === undefined) throw new SterrenwachtError('invalid_request', 'Niets te wijzigen: geef name of year.', 'Nothing to change: give name or year.');
  await db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    const done = await t.update(groups).set(patch).where(and(eq(groups.schoolId, schoolId), eq(groups.id, id))).returning({ id: groups.id });
    if (!done.length) throw new SterrenwachtError('not_found', `Groep "${id}" niet gevonden.`, `Group "${id}" not found.`);
    await appendAudit(t, { actor, action: 'group.update', subject: id, detail: { fields: Object.keys(patch) } });
  });
}

export async function removeGroup(db: Db, schoolId: string, actor: string, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    const group = await t.select({ id: groups.id }).from(groups).where(and(eq(groups.schoolId, schoolId), eq(groups.id, id))).limit(1);
    if (!group.length) throw new SterrenwachtError('not_found', `Groep "${id}" niet gevonden.`, `Group "${id}" not found.`);
    const [pupils, timetable] = await Promise.all([t.select({ id: people.id }).from(people).where(eq(people.groupId, id)).limit(1), t.select({ id: lessons.id }).from(lessons).where(eq(lessons.groupId, id)).limit(1)]);
    if (pupils.length || timetable.length) {
      throw new SterrenwachtError('conflict', `Groep "${id}" heeft nog leerlingen of lessen; verplaats die eerst.`, `Group "${id}" still has pupils or lessons; move them first.`);
    }
    await t.delete(lessonPermissions).where(eq(lessonPermissions.groupId, id));
    await t.delete(groups).where(eq(groups.id, id));
    await appendAudit(t, { actor, action: 'group.delete', subject: id });
  });
}
