/**
 * A school's record and protocol settings (name, aliases, hashtags, mission,
 * disclosure and disclaimer sentences, public contact data), and the board it
 * belongs to. Settings are changed by school management: the change is merged
 * with what is there, validated as a whole, and audited with the fields it touched.
 */
import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { appendAudit } from '../audit/log.js';
import { SterrenwachtError } from '../errors.js';
import { schoolProfileSchema, type SchoolProfile } from '../protocol/school.js';
import type { Db } from '../store/db.js';
import { boards, schools } from '../store/schema.js';

/**
 * A change to some settings: every field optional and none defaulted (a plain `.partial()`
 * would fill the defaulted fields — aliases, hashtags, public contact data — with [] and so
 * wipe them on every PATCH).
 */
export const schoolPatchSchema = z.object(
  Object.fromEntries(Object.entries(schoolProfileSchema.shape).map(([k, v]) => [k, (v instanceof z.ZodDefault ? (v.unwrap() as z.ZodType) : (v as z.ZodType)).optional()])),
) as unknown as ReturnType<typeof schoolProfileSchema.partial>;
export type SchoolPatch = Partial<SchoolProfile>;

export interface SchoolView {
  id: string;
  boardId: string | null;
  name: string;
  profile: SchoolProfile;
}

export async function getSchool(db: Db, schoolId: string, fallback: SchoolProfile): Promise<SchoolView> {
  const row = (await db.select().from(schools).where(eq(schools.id, schoolId)).limit(1))[0];
  if (!row) throw new SterrenwachtError('not_found', `School "${schoolId}" niet gevonden.`, `School "${schoolId}" not found.`);
  const parsed = schoolProfileSchema.safeParse(row.profile);
  return { id: row.id, boardId: row.boardId, name: row.name, profile: parsed.success ? parsed.data : fallback };
}

export async function updateSchool(db: Db, schoolId: string, actor: string, patch: SchoolPatch, fallback: SchoolProfile): Promise<SchoolView> {
  return db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    const current = await getSchool(t, schoolId, fallback);
    const merged = schoolProfileSchema.safeParse({ ...current.profile, ...patch });
    if (!merged.success) {
      const issue = merged.error.issues[0];
      const path = issue?.path.join('.') ?? '';
      throw new SterrenwachtError('invalid_request', `Schoolinstelling "${path}" is ongeldig: ${issue?.message ?? ''}`, `School setting "${path}" is invalid: ${issue?.message ?? ''}`, path);
    }
    await t.update(schools).set({ name: merged.data.name, profile: merged.data }).where(eq(schools.id, schoolId));
    await appendAudit(t, { actor, action: 'school.update', subject: schoolId, detail: { fields: Object.keys(patch).sort() } });
    return { ...current, name: merged.data.name, profile: merged.data };
  });
}

/** A school id from its short name: "de Sterren" → "de-sterren". */
export function schoolIdOf(profile: SchoolProfile): string {
  return profile.shortName.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'school';
}

/**
 * Outside demo mode: on an empty database, create the configured school (SCHOOL_FILE)
 * with no people and no accounts; `sterrenwacht account add` makes the first account.
 * Returns the id of the school created, or undefined when there already is one.
 */
export async function ensureSchool(db: Db, profile: SchoolProfile): Promise<string | undefined> {
  const any = await db.select({ id: schools.id }).from(schools).limit(1);
  if (any.length) return undefined;
  const id = schoolIdOf(profile);
  await db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    await t.insert(schools).values({ id, name: profile.name, profile });
    await appendAudit(t, { actor: 'system', action: 'school.create', subject: id });
  });
  return id;
}

export interface BoardView {
  board: { id: string; name: string } | null;
  schools: { id: string; name: string }[];
}

/** The board of the school and its schools (a school without a board: just itself). */
export async function boardOf(db: Db, schoolId: string): Promise<BoardView> {
  const school = (await db.select().from(schools).where(eq(schools.id, schoolId)).limit(1))[0];
  if (!school) throw new SterrenwachtError('not_found', `School "${schoolId}" niet gevonden.`, `School "${schoolId}" not found.`);
  if (!school.boardId) return { board: null, schools: [{ id: school.id, name: school.name }] };
  const board = (await db.select().from(boards).where(eq(boards.id, school.boardId)).limit(1))[0]!;
  const list = await db.select({ id: schools.id, name: schools.name }).from(schools).where(eq(schools.boardId, board.id)).orderBy(asc(schools.name));
  return { board: { id: board.id, name: board.name }, schools: list };
}
