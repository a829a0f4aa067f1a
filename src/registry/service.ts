/**
 * The school's registry of people: pupils, staff, parents/guardians and others,
 * with guardian links and a staff member's leidinggevende. Every change is audited;
 * every operation is scoped to one school.
 */
import { and, asc, eq, inArray, or } from 'drizzle-orm';
import { z } from 'zod';
import { SterrenwachtError } from '../errors.js';
import type { Db } from '../store/db.js';
import { auditLog, consentEvents, groups, guardianships, people, takedownTasks } from '../store/schema.js';
import { appendAudit } from '../audit/log.js';
import { procedureRecords } from '../cases/export.js';

export const personInputSchema = z.object({
  id: z.string().min(1).max(200).regex(/^[A-Za-z0-9._-]+$/, 'letters, cijfers, . _ -').optional(),
  name: z.string().trim().min(1).max(300),
  role: z.enum(['pupil', 'staff', 'parent', 'other']),
  groupId: z.string().max(200).nullable().optional(),
  managerId: z.string().max(200).nullable().optional(),
  /** For parents: ids of their children. */
  guardianOf: z.array(z.string().max(200)).max(20).optional(),
});
export type PersonInput = z.infer<typeof personInputSchema>;

export async function listPeople(db: Db, schoolId: string, filter: { role?: string; groupId?: string } = {}): Promise<(typeof people.$inferSelect)[]> {
  const conds = [eq(people.schoolId, schoolId)];
  if (filter.role) conds.push(eq(people.role, filter.role));
  if (filter.groupId) conds.push(eq(people.groupId, filter.groupId));
  return db.select().from(people).where(and(...conds)).orderBy(asc(people.name));
}

export async function getPerson(db: Db, schoolId: string, id: string): Promise<typeof people.$inferSelect> {
  const p = (await db.select().from(people).where(and(eq(people.schoolId, schoolId), eq(people.id, id))).limit(1))[0];
  if (!p) throw new SterrenwachtError('not_found', `Persoon "${id}" niet gevonden.`, `Person "${id}" not found.`);
  return p;
}

/** Check references against the school: group, manager and children must exist there. */
async function checkRefs(db: Db, schoolId: string, input: PersonInput, where: string): Promise<void> {
  if (input.groupId) {
    const g = await db.select().from(groups).where(and(eq(groups.schoolId, schoolId), eq(groups.id, input.groupId))).limit(1);
    if (!g.length) throw new SterrenwachtError('invalid_request', `${where}: groep "${input.groupId}" bestaat niet.`, `${where}: group "${input.groupId}" does not exist.`, 'groupId');
  }
  if (input.managerId) await getPerson(db, schoolId, input.managerId).catch(() => {
    throw new SterrenwachtError('invalid_request', `${where}: leidinggevende "${input.managerId}" bestaat niet.`, `${where}: manager "${input.managerId}" does not exist.`, 'managerId');
  });
  for (const c of input.guardianOf ?? []) {
    const child = await db.select().from(people).where(and(eq(people.schoolId, schoolId), eq(people.id, c))).limit(1);
    if (!child.length || child[0]!.role !== 'pupil') throw new SterrenwachtError('invalid_request', `${where}: leerling "${c}" bestaat niet.`, `${where}: pupil "${c}" does not exist.`, 'guardianOf');
  }
}

let counter = 0;
function newId(role: string): string {
  counter = (counter + 1) % 1000;
  return `${role}-${Date.now().toString(36)}${counter.toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

/** Add one person (inside the caller's transaction when importing). */
export async function addPerson(db: Db, schoolId: string, actor: string, input: PersonInput, where = 'persoon'): Promise<string> {
  const id = input.id ?? newId(input.role);
  const exists = await db.select({ id: people.id }).from(people).where(eq(people.id, id)).limit(1);
  if (exists.length) throw new SterrenwachtError('invalid_request', `${where}: id "${id}" bestaat al.`, `${where}: id "${id}" already exists.`, 'id');
  await checkRefs(db, schoolId, input, where);
  await db.insert(people).values({ id, schoolId, name: input.name, role: input.role, groupId: input.groupId ?? null, managerId: input.managerId ?? null });
  if (input.guardianOf?.length) await db.insert(guardianships).values(input.guardianOf.map((c) => ({ parentId: id, pupilId: c })));
  await appendAudit(db, { actor, action: 'person.create', subject: id, detail: { role: input.role } });
  return id;
}

export async function createPerson(db: Db, schoolId: string, actor: string, input: PersonInput): Promise<string> {
  return db.transaction(async (tx) => addPerson(tx as unknown as Db, schoolId, actor, input));
}

/**
 * Change a person. `guardianOf` (for a parent) replaces the set of children they are
 * guardian of — it decides whose consent they may change, so the audit entry names
 * the links added and removed.
 */
export async function updatePerson(db: Db, schoolId: string, actor: string, id: string, patch: Partial<Omit<PersonInput, 'id'>>): Promise<void> {
  if (!(['name', 'role', 'groupId', 'managerId', 'guardianOf'] as const).some((k) => patch[k] !== undefined)) {
    throw new SterrenwachtError('invalid_request', 'Niets te wijzigen: geef name, role, groupId, managerId of guardianOf.', 'Nothing to change: give name, role, groupId, managerId or guardianOf.');
  }
  await db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    const before = await getPerson(t, schoolId, id);
    const role = (patch.role ?? before.role) as PersonInput['role'];
    await checkRefs(t, schoolId, { name: patch.name ?? before.name, role, groupId: patch.groupId, managerId: patch.managerId, guardianOf: patch.guardianOf }, 'persoon');
    const links: { added?: string[]; removed?: string[] } = {};
    if (patch.guardianOf !== undefined) {
      if (role !== 'parent' && patch.guardianOf.length) throw new SterrenwachtError('invalid_request', 'Alleen een ouder/verzorger kan voogd zijn.', 'Only a parent/guardian can be a guardian.', 'guardianOf');
      const now = new Set((await t.select().from(guardianships).where(eq(guardianships.parentId, id))).map((g) => g.pupilId));
      const next = new Set(patch.guardianOf);
      links.added = [...next].filter((c) => !now.has(c));
      links.removed = [...now].filter((c) => !next.has(c));
      if (links.removed.length) await t.delete(guardianships).where(and(eq(guardianships.parentId, id), inArray(guardianships.pupilId, links.removed)));
      if (links.added.length) await t.insert(guardianships).values(links.added.map((c) => ({ parentId: id, pupilId: c })));
    }
    if (['name', 'role', 'groupId', 'managerId'].some((k) => patch[k as keyof typeof patch] !== undefined)) await t.update(people).set({ ...(patch.name ? { name: patch.name } : {}), ...(patch.role ? { role: patch.role } : {}), ...(patch.groupId !== undefined ? { groupId: patch.groupId } : {}), ...(patch.managerId !== undefined ? { managerId: patch.managerId } : {}) }).where(eq(people.id, id));
    await appendAudit(t, { actor, action: 'person.update', subject: id, detail: { fields: Object.keys(patch), ...links } });
  });
}

/** Inzage: everything held about one person, as JSON. The read itself is audited. */
export async function exportPerson(db: Db, schoolId: string, actor: string, id: string): Promise<Record<string, unknown>> {
  const person = await getPerson(db, schoolId, id);
  const [guardians, children, consent, takedowns, audit, procedures] = await Promise.all([
    db.select().from(guardianships).where(eq(guardianships.pupilId, id)),
    db.select().from(guardianships).where(eq(guardianships.parentId, id)),
    db.select().from(consentEvents).where(eq(consentEvents.personId, id)).orderBy(asc(consentEvents.id)),
    db.select().from(takedownTasks).where(eq(takedownTasks.personId, id)),
    db.select().from(auditLog).where(or(eq(auditLog.subject, id), eq(auditLog.actor, id))).orderBy(asc(auditLog.id)),
    procedureRecords(db, schoolId, id),
  ]);
  await appendAudit(db, { actor, action: 'person.export', subject: id });
  return {
    exportedAt: new Date().toISOString(),
    person,
    guardians: guardians.map((g) => g.parentId),
    children: children.map((g) => g.pupilId),
    consentHistory: consent,
    takedownTasks: takedowns,
    auditTrail: audit,
    /** Consultations, reports, cases and dossier entries (src/cases/export.ts). */
    procedures,
  };
}
