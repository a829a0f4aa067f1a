/**
 * The weekly lesson schedule and the lesson permissions of A1 ("social media in a
 * lesson only with permission of school management or the teacher"). School
 * management may permit any group of the school; a teacher only a group they teach,
 * and may withdraw only what they granted. Every change is audited.
 */
import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { appendAudit } from '../audit/log.js';
import type { AppRole } from '../auth/policy.js';
import { SterrenwachtError } from '../errors.js';
import type { Db } from '../store/db.js';
import { groups, lessonPermissions, lessons, people } from '../store/schema.js';

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM');

export const lessonInputSchema = z
  .object({
    groupId: z.string().min(1).max(200),
    teacherId: z.string().min(1).max(200).nullable().optional(),
    /** ISO weekday: 1 = Monday … 7 = Sunday */
    weekday: z.number().int().min(1).max(7),
    startsAt: clock,
    endsAt: clock,
  })
  .refine((l) => l.endsAt > l.startsAt, { message: 'endsAt moet na startsAt liggen / endsAt must be after startsAt', path: ['endsAt'] });
export type LessonInput = z.infer<typeof lessonInputSchema>;

/** For a group's lessons, or for every lesson of a teacher: exactly one of groupId and teacherId. */
export const permissionInputSchema = z
  .object({
    groupId: z.string().min(1).max(200).optional(),
    teacherId: z.string().min(1).max(200).optional(),
    startsAt: z.iso.datetime({ offset: true }),
    endsAt: z.iso.datetime({ offset: true }),
    platforms: z.array(z.string().max(50)).max(20).default([]),
  })
  .refine((b) => new Date(b.endsAt) > new Date(b.startsAt), { message: 'endsAt moet na startsAt liggen / endsAt must be after startsAt', path: ['endsAt'] })
  .refine((b) => (b.groupId === undefined) !== (b.teacherId === undefined), { message: 'geef groupId of teacherId / give groupId or teacherId', path: ['groupId'] });
export type PermissionInput = z.infer<typeof permissionInputSchema>;

/** Who acts: the account (for the audit log), its role, and its person. */
export interface Actor {
  accountId: string;
  role: AppRole;
  personId: string;
}

async function groupOf(db: Db, schoolId: string, groupId: string): Promise<typeof groups.$inferSelect> {
  const group = (await db.select().from(groups).where(and(eq(groups.schoolId, schoolId), eq(groups.id, groupId))).limit(1))[0];
  if (!group) throw new SterrenwachtError('not_found', `Groep "${groupId}" niet gevonden.`, `Group "${groupId}" not found.`, 'groupId');
  return group;
}

export async function listLessons(db: Db, schoolId: string, groupId?: string): Promise<(typeof lessons.$inferSelect)[]> {
  const where = groupId ? and(eq(lessons.schoolId, schoolId), eq(lessons.groupId, groupId)) : eq(lessons.schoolId, schoolId);
  return db.select().from(lessons).where(where).orderBy(asc(lessons.groupId), asc(lessons.weekday), asc(lessons.startsAt));
}

export async function addLesson(db: Db, schoolId: string, actor: Actor, input: LessonInput): Promise<number> {
  return db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    await groupOf(t, schoolId, input.groupId);
    if (input.teacherId) {
      const teacher = (await t.select().from(people).where(and(eq(people.schoolId, schoolId), eq(people.id, input.teacherId))).limit(1))[0];
      if (!teacher || teacher.role !== 'staff') throw new SterrenwachtError('invalid_request', `Leerkracht "${input.teacherId}" bestaat niet.`, `Teacher "${input.teacherId}" does not exist.`, 'teacherId');
    }
    const [row] = await t.insert(lessons).values({ schoolId, groupId: input.groupId, teacherId: input.teacherId ?? null, weekday: input.weekday, startsAt: input.startsAt, endsAt: input.endsAt }).returning({ id: lessons.id });
    await appendAudit(t, { actor: actor.accountId, action: 'lesson.create', subject: input.groupId, detail: { id: row!.id, weekday: input.weekday } });
    return row!.id;
  });
}

export async function removeLesson(db: Db, schoolId: string, actor: Actor, id: number): Promise<void> {
  await db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    const gone = await t.delete(lessons).where(and(eq(lessons.schoolId, schoolId), eq(lessons.id, id))).returning({ groupId: lessons.groupId });
    if (!gone.length) throw new SterrenwachtError('not_found', `Les ${id} niet gevonden.`, `Lesson ${id} not found.`);
    await appendAudit(t, { actor: actor.accountId, action: 'lesson.delete', subject: gone[0]!.groupId, detail: { id } });
  });
}

/** Does the teacher teach this group somewhere in the weekly schedule? */
async function teaches(db: Db, personId: string, groupId: string): Promise<boolean> {
  return (await db.select({ id: lessons.id }).from(lessons).where(and(eq(lessons.groupId, groupId), eq(lessons.teacherId, personId))).limit(1)).length > 0;
}

export async function listPermissions(db: Db, schoolId: string, groupId?: string): Promise<(typeof lessonPermissions.$inferSelect)[]> {
  const where = groupId ? and(eq(lessonPermissions.schoolId, schoolId), eq(lessonPermissions.groupId, groupId)) : eq(lessonPermissions.schoolId, schoolId);
  return db.select().from(lessonPermissions).where(where).orderBy(asc(lessonPermissions.startsAt));
}

export async function grantPermission(db: Db, schoolId: string, actor: Actor, input: PermissionInput): Promise<number> {
  return db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    const management = actor.role === 'schoolleiding';
    let target: { groupId: string | null; teacherId: string | null };
    if (input.groupId !== undefined) {
      const group = await groupOf(t, schoolId, input.groupId);
      if (!management && !(await teaches(t, actor.personId, group.id))) {
        throw new SterrenwachtError('forbidden', 'Je kunt alleen toestemming geven voor je eigen groep.', 'You can only give permission for your own group.');
      }
      target = { groupId: group.id, teacherId: null };
    } else {
      const teacher = (await t.select().from(people).where(and(eq(people.schoolId, schoolId), eq(people.id, input.teacherId!))).limit(1))[0];
      if (!teacher || teacher.role !== 'staff') throw new SterrenwachtError('not_found', `Leerkracht "${input.teacherId}" niet gevonden.`, `Teacher "${input.teacherId}" not found.`, 'teacherId');
      if (!management && teacher.id !== actor.personId) {
        throw new SterrenwachtError('forbidden', 'Je kunt alleen toestemming geven voor je eigen lessen.', 'You can only give permission for your own lessons.');
      }
      target = { groupId: null, teacherId: teacher.id };
    }
    const [row] = await t
      .insert(lessonPermissions)
      .values({ schoolId, ...target, startsAt: new Date(input.startsAt), endsAt: new Date(input.endsAt), platforms: input.platforms, grantedBy: actor.personId })
      .returning({ id: lessonPermissions.id });
    await appendAudit(t, { actor: actor.accountId, action: 'lesson.permit', subject: target.groupId ?? target.teacherId!, detail: { id: row!.id, startsAt: input.startsAt, endsAt: input.endsAt } });
    return row!.id;
  });
}

/** Withdraw a permission: school management any of the school's, a teacher only their own. */
export async function withdrawPermission(db: Db, schoolId: string, actor: Actor, id: number): Promise<void> {
  await db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    const row = (await t.select().from(lessonPermissions).where(and(eq(lessonPermissions.schoolId, schoolId), eq(lessonPermissions.id, id))).limit(1))[0];
    if (!row) throw new SterrenwachtError('not_found', `Lestoestemming ${id} niet gevonden.`, `Lesson permission ${id} not found.`);
    if (actor.role !== 'schoolleiding' && row.grantedBy !== actor.personId) {
      throw new SterrenwachtError('forbidden', 'Je kunt alleen je eigen lestoestemming intrekken.', 'You can only withdraw a lesson permission you gave.');
    }
    await t.delete(lessonPermissions).where(eq(lessonPermissions.id, id));
    await appendAudit(t, { actor: actor.accountId, action: 'lesson.permit.withdraw', subject: row.groupId ?? row.teacherId ?? schoolId, detail: { id } });
  });
}
