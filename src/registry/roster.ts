/**
 * Roster sync: the school's pupil administration export, imported again and again, keeps
 * the registry up to date. `previewRoster` computes every change (people added, changed,
 * back, left; groups added) without touching anything and names it with a token (the
 * SHA-256 of the change set); `applyRoster` applies only when the file and the registry
 * still give exactly that change set, in one transaction, audited per person.
 *
 * - All bad rows are reported in one pass; while any row is bad nothing can be applied.
 * - Leavers (mode `sync`, the default): people of the kinds the file covers (pupils; parents
 *   when it names guardians; staff when it has staff rows) that are no longer in it are marked
 *   as left (`left_at`): not erased, their consent evidence is kept for its retention period,
 *   their accounts can no longer log in, the check gives them no consent. Mode `merge` adds and
 *   changes only. The importing account's own person is never marked as left.
 * - Guardians' e-mail addresses on a pupil's row become parents (matched by e-mail address,
 *   else a stable id from it), linked to their children; invitations go to those addresses.
 * - The work yields to the event loop between chunks, so the service keeps answering.
 */
import { createHash } from 'node:crypto';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { appendAuditBatch } from '../audit/log.js';
import { SterrenwachtError } from '../errors.js';
import type { Db } from '../store/db.js';
import { accounts, groups, guardianships, people, sessions } from '../store/schema.js';
import { groupKey, headerKey, parseRoster, type RosterFile, type RosterRole, type RowProblem } from './csv.js';

export type RosterMode = 'sync' | 'merge';

export interface PersonState {
  id: string;
  name: string;
  role: RosterRole;
  groupId: string | null;
  email: string | null;
  managerId: string | null;
  /** For parents: their children (sorted). */
  children: string[];
}

type Field = 'name' | 'role' | 'groupId' | 'email' | 'managerId' | 'children' | 'left';

export interface PersonUpdate {
  id: string;
  name: string;
  line: number | null;
  changes: Partial<Record<Field, { from: unknown; to: unknown }>>;
}

export interface RosterPreview {
  mode: RosterMode;
  /** Name of this exact change set: give it to `applyRoster`. */
  token: string;
  groupsAdded: { id: string; name: string; year: number }[];
  added: (PersonState & { line: number | null })[];
  updated: PersonUpdate[];
  left: { id: string; name: string; role: string }[];
  unchanged: number;
  /** Columns of the file the import does not read (nothing of them is stored). */
  ignoredColumns: string[];
  rows: number;
  /** People the sync would mark as left but does not: the importing account's own person. */
  kept: string[];
}

export interface RosterApplied {
  applied: true;
  token: string;
  groupsAdded: number;
  added: number;
  updated: number;
  left: number;
  unchanged: number;
}

const CHUNK = 500;
const pause = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

function failRows(list: RowProblem[]): never {
  const err = new SterrenwachtError('invalid_import', `Niets geïmporteerd: ${list.length} regel(s) kloppen niet.`, `Nothing imported: ${list.length} row(s) are invalid.`);
  err.details = list.sort((a, b) => a.line - b.line);
  throw err;
}

/** The stable id of a parent known only by e-mail address. */
export function guardianId(schoolId: string, email: string): string {
  return `ouder-${createHash('sha256').update(`${schoolId}\n${email}`).digest('hex').slice(0, 16)}`;
}

function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`).join(',')}}`;
  return JSON.stringify(v ?? null);
}

interface Plan {
  preview: RosterPreview;
  /** Persons to insert, update, mark left; links to add and remove. */
  linksAdd: { parentId: string; pupilId: string }[];
  linksRemove: { parentId: string; pupilId: string }[];
}

async function plan(db: Db, schoolId: string, actor: { accountId: string; personId: string | null }, file: RosterFile, mode: RosterMode): Promise<Plan> {
  const problems = [...file.problems];
  if (problems.length) failRows(problems);
  const [existing, schoolGroups, links] = await Promise.all([
    db.select().from(people).where(eq(people.schoolId, schoolId)),
    db.select().from(groups).where(eq(groups.schoolId, schoolId)),
    db.select({ parentId: guardianships.parentId, pupilId: guardianships.pupilId }).from(guardianships).innerJoin(people, eq(people.id, guardianships.parentId)).where(eq(people.schoolId, schoolId)),
  ]);
  const byId = new Map(existing.map((p) => [p.id, p]));
  const parentByEmail = new Map(existing.filter((p) => p.role === 'parent' && p.email && !p.erasedAt).map((p) => [p.email!, p.id]));
  const childrenOf = new Map<string, Set<string>>();
  for (const l of links) (childrenOf.get(l.parentId) ?? childrenOf.set(l.parentId, new Set()).get(l.parentId)!).add(l.pupilId);

  // groups: an existing one by id or name, else a new one
  const groupIndex = new Map<string, string>();
  for (const g of schoolGroups) {
    groupIndex.set(`id:${g.id}`, g.id);
    groupIndex.set(`name:${headerKey(g.name)}`, g.id);
    groupIndex.set(`key:${groupKey(g.name).id}`, g.id);
  }
  const groupsAdded = new Map<string, { id: string; name: string; year: number }>();
  const resolveGroup = (value: string, year: number | null): string => {
    const found = groupIndex.get(`id:${value}`) ?? groupIndex.get(`name:${headerKey(value)}`) ?? groupIndex.get(`key:${groupKey(value).id}`);
    if (found) return found;
    const k = groupKey(value);
    const added = groupsAdded.get(k.id);
    if (added) {
      if (added.year === 0 && year) added.year = year;
      return added.id;
    }
    // a group id is global: a school's new group gets the school's id in front if another school has it
    const id = k.id;
    groupsAdded.set(id, { id, name: k.name, year: k.year ?? year ?? 0 });
    groupIndex.set(`key:${k.id}`, id);
    return id;
  };

  const target = new Map<string, PersonState & { line: number | null }>();
  /** Parents whose children the file names (a guardian_of column, or guardians on pupils' rows). */
  const childrenFromFile = new Set<string>();
  const hasGuardianOf = file.columns.some((c) => c.field === 'guardianOf');
  let n = 0;
  for (const row of file.rows) {
    if (++n % 1000 === 0) await pause();
    target.set(row.id, {
      id: row.id,
      name: row.name,
      role: row.role,
      groupId: row.group ? resolveGroup(row.group, row.year) : null,
      email: row.email,
      managerId: row.manager,
      children: row.guardianOf ? [...row.guardianOf] : [],
      line: row.line,
    });
    if (row.email && row.role === 'parent') parentByEmail.set(row.email, row.id);
    if (row.role === 'parent' && hasGuardianOf) childrenFromFile.add(row.id);
  }
  // guardians named on pupils' rows
  for (const row of file.rows) {
    for (const g of row.guardians) {
      const id = parentByEmail.get(g.email) ?? guardianId(schoolId, g.email);
      parentByEmail.set(g.email, id);
      let t = target.get(id);
      if (!t) {
        const before = byId.get(id);
        t = { id, name: g.name ?? (before && !before.erasedAt ? before.name : `Verzorger van ${row.name}`), role: 'parent', groupId: null, email: g.email, managerId: null, children: [], line: null };
        target.set(id, t);
      } else if (t.role !== 'parent') {
        problems.push({ line: row.line, column: 'e-mail verzorger', reason: `het e-mailadres ${g.email} hoort bij ${t.id}, geen ouder/verzorger`, reasonEn: `the e-mail address ${g.email} belongs to ${t.id}, not a parent/guardian` });
        continue;
      } else if (g.name && t.line === null) t.name = g.name;
      if (!t.children.includes(row.id)) t.children.push(row.id);
      childrenFromFile.add(id);
    }
  }
  // which fields the file provides
  const has = (field: string): boolean => file.columns.some((c) => c.field === field);
  const hasGroup = has('group');
  const hasEmail = has('email');
  const hasManager = has('manager');

  // references and ids
  const fresh = [...target.keys()].filter((id) => !byId.has(id));
  const elsewhere = new Set<string>();
  for (let i = 0; i < fresh.length; i += CHUNK) {
    for (const r of await db.select({ id: people.id }).from(people).where(inArray(people.id, fresh.slice(i, i + CHUNK)))) elsewhere.add(r.id);
  }
  const freshGroups = [...groupsAdded.keys()];
  if (freshGroups.length) {
    const taken = new Set((await db.select({ id: groups.id }).from(groups).where(inArray(groups.id, freshGroups))).map((g) => g.id));
    const renamed = new Map<string, string>();
    for (const id of taken) {
      const g = groupsAdded.get(id)!;
      groupsAdded.delete(id);
      g.id = `${schoolId}-${id}`;
      groupsAdded.set(g.id, g);
      renamed.set(id, g.id);
    }
    if (renamed.size) for (const t of target.values()) if (t.groupId && renamed.has(t.groupId)) t.groupId = renamed.get(t.groupId)!;
  }
  for (const t of target.values()) {
    const line = t.line ?? 0;
    const before = byId.get(t.id);
    if (elsewhere.has(t.id)) problems.push({ line, column: 'id', reason: `id "${t.id}" is al in gebruik (niet op deze school); kies een ander id`, reasonEn: `id "${t.id}" is already in use (not at this school); choose another id` });
    else if (before?.erasedAt) problems.push({ line, column: 'id', reason: `id "${t.id}" hoort bij een gewiste persoon en kan niet opnieuw gebruikt worden`, reasonEn: `id "${t.id}" belongs to an erased person and cannot be used again` });
    if (t.managerId) {
      const m = target.get(t.managerId) ?? byId.get(t.managerId);
      if (!m || m.role !== 'staff') problems.push({ line, column: 'leidinggevende', reason: `leidinggevende "${t.managerId}" is geen medewerker van de school`, reasonEn: `manager "${t.managerId}" is not a staff member of the school` });
    }
    for (const c of t.children) {
      const child = target.get(c) ?? byId.get(c);
      if (!child || child.role !== 'pupil' || ('erasedAt' in child && child.erasedAt)) problems.push({ line, column: 'ouder van', reason: `leerling "${c}" bestaat niet`, reasonEn: `pupil "${c}" does not exist` });
    }
  }
  if (problems.length) failRows(problems);

  // the change set
  const added: RosterPreview['added'] = [];
  const updated: PersonUpdate[] = [];
  let unchanged = 0;
  const linksAdd: Plan['linksAdd'] = [];
  const linksRemove: Plan['linksRemove'] = [];
  n = 0;
  for (const t of target.values()) {
    if (++n % 1000 === 0) await pause();
    const before = byId.get(t.id);
    // merge keeps existing links; sync replaces them with the file's, where the file says who the children are
    if (before && (mode === 'merge' || !childrenFromFile.has(t.id))) t.children = [...new Set([...(childrenOf.get(t.id) ?? []), ...t.children])];
    t.children.sort();
    if (!before) {
      added.push(t);
      for (const c of t.children) linksAdd.push({ parentId: t.id, pupilId: c });
      continue;
    }
    const changes: PersonUpdate['changes'] = {};
    if (before.name !== t.name) changes.name = { from: before.name, to: t.name };
    if (before.role !== t.role) changes.role = { from: before.role, to: t.role };
    if ((hasGroup || t.groupId) && (before.groupId ?? null) !== t.groupId && t.role !== 'parent') changes.groupId = { from: before.groupId, to: t.groupId };
    if ((hasEmail || t.line === null) && (before.email ?? null) !== t.email && (t.email !== null || hasEmail)) changes.email = { from: before.email, to: t.email };
    if (hasManager && (before.managerId ?? null) !== t.managerId) changes.managerId = { from: before.managerId, to: t.managerId };
    const now = [...(childrenOf.get(t.id) ?? [])].sort();
    if (t.role === 'parent' && canonical(now) !== canonical(t.children)) {
      changes.children = { from: now, to: t.children };
      for (const c of t.children) if (!now.includes(c)) linksAdd.push({ parentId: t.id, pupilId: c });
      for (const c of now) if (!t.children.includes(c)) linksRemove.push({ parentId: t.id, pupilId: c });
    }
    if (before.leftAt) changes.left = { from: new Date(before.leftAt).toISOString(), to: null };
    if (Object.keys(changes).length) updated.push({ id: t.id, name: t.name, line: t.line, changes });
    else unchanged++;
  }
  // leavers
  const covered = new Set<string>(file.rows.map((r) => r.role));
  if (file.hasGuardians) covered.add('parent');
  const left: RosterPreview['left'] = [];
  const kept: string[] = [];
  if (mode === 'sync') {
    for (const p of existing) {
      if (target.has(p.id) || p.erasedAt || p.leftAt || !covered.has(p.role)) continue;
      if (p.id === actor.personId) {
        kept.push(p.id);
        continue;
      }
      left.push({ id: p.id, name: p.name, role: p.role });
      // a leaver's guardian links stay (the evidence of who consented for whom), but a parent who stays loses a child who left
    }
  }
  const preview: Omit<RosterPreview, 'token'> = {
    mode,
    groupsAdded: [...groupsAdded.values()],
    added,
    updated,
    left,
    unchanged,
    ignoredColumns: file.columns.filter((c) => !c.field).map((c) => c.header).filter(Boolean),
    rows: file.rows.length,
    kept,
  };
  const token = createHash('sha256').update(canonical({ schoolId, ...preview, ignoredColumns: undefined, rows: undefined })).digest('base64url');
  return { preview: { ...preview, token }, linksAdd, linksRemove };
}

export interface RosterActor {
  accountId: string;
  personId: string | null;
}

/** Every change the file would make, without making it. Throws `invalid_import` with every bad row. */
export async function previewRoster(db: Db, schoolId: string, actor: RosterActor, csv: string, mode: RosterMode = 'sync'): Promise<RosterPreview> {
  const file = parseRoster(csv);
  await pause();
  return (await plan(db, schoolId, actor, file, mode)).preview;
}

/**
 * Apply the change set a preview named. The file and the registry must still give exactly
 * that change set (same token); otherwise nothing happens (409: preview again).
 */
export async function applyRoster(db: Db, schoolId: string, actor: RosterActor, csv: string, token: string, mode: RosterMode = 'sync', now = new Date()): Promise<RosterApplied> {
  const file = parseRoster(csv);
  await pause();
  return db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    // one import at a time per database, so two cannot interleave between preview and apply
    await t.execute(sql`select pg_advisory_xact_lock(727275)`);
    const { preview: p, linksAdd, linksRemove } = await plan(t, schoolId, actor, file, mode);
    if (p.token !== token) {
      throw new SterrenwachtError('conflict', 'Het bestand of de registratie is veranderd sinds het voorbeeld; bekijk het voorbeeld opnieuw.', 'The file or the registry changed since the preview; preview again.', 'token');
    }
    if (p.groupsAdded.length) await t.insert(groups).values(p.groupsAdded.map((g) => ({ ...g, schoolId })));
    for (let i = 0; i < p.added.length; i += CHUNK) {
      await t.insert(people).values(p.added.slice(i, i + CHUNK).map((a) => ({ id: a.id, schoolId, name: a.name, role: a.role, groupId: a.groupId, email: a.email, managerId: a.managerId })));
      await pause();
    }
    for (const u of p.updated) {
      const c = u.changes;
      const set: Partial<typeof people.$inferInsert> = {};
      if (c.name) set.name = c.name.to as string;
      if (c.role) set.role = c.role.to as string;
      if (c.groupId) set.groupId = c.groupId.to as string | null;
      if (c.email) set.email = c.email.to as string | null;
      if (c.managerId) set.managerId = c.managerId.to as string | null;
      if (c.left) set.leftAt = null;
      if (Object.keys(set).length) await t.update(people).set(set).where(and(eq(people.schoolId, schoolId), eq(people.id, u.id)));
    }
    for (let i = 0; i < linksRemove.length; i += CHUNK) {
      const part = linksRemove.slice(i, i + CHUNK);
      await t.delete(guardianships).where(sql`(${guardianships.parentId}, ${guardianships.pupilId}) in (${sql.join(part.map((l) => sql`(${l.parentId}, ${l.pupilId})`), sql`, `)})`);
    }
    for (let i = 0; i < linksAdd.length; i += CHUNK) await t.insert(guardianships).values(linksAdd.slice(i, i + CHUNK)).onConflictDoNothing();
    const leftIds = p.left.map((l) => l.id);
    for (let i = 0; i < leftIds.length; i += CHUNK) {
      const part = leftIds.slice(i, i + CHUNK);
      await t.update(people).set({ leftAt: now }).where(and(eq(people.schoolId, schoolId), inArray(people.id, part), isNull(people.leftAt)));
      // their accounts can no longer be used: end the sessions now (login refuses them too)
      const accs = await t.select({ id: accounts.id }).from(accounts).where(inArray(accounts.personId, part));
      if (accs.length) await t.delete(sessions).where(inArray(sessions.accountId, accs.map((a) => a.id)));
    }
    const who = actor.accountId;
    await appendAuditBatch(t, [
      ...p.groupsAdded.map((g) => ({ actor: who, action: 'group.create', subject: g.id, detail: { via: 'roster' } })),
      ...p.added.map((a) => ({ actor: who, action: 'person.create', subject: a.id, detail: { role: a.role, via: 'roster', ...(a.children.length ? { children: a.children } : {}) } })),
      ...p.updated.map((u) => ({ actor: who, action: u.changes.left ? 'person.back' : 'person.update', subject: u.id, detail: { fields: Object.keys(u.changes), via: 'roster', ...(u.changes.children ? { children: u.changes.children } : {}) } })),
      ...p.left.map((l) => ({ actor: who, action: 'person.left', subject: l.id, detail: { via: 'roster' } })),
      { actor: who, action: 'roster.import', subject: schoolId, detail: { token, mode, groupsAdded: p.groupsAdded.length, added: p.added.length, updated: p.updated.length, left: p.left.length, unchanged: p.unchanged } },
    ]);
    return { applied: true, token, groupsAdded: p.groupsAdded.length, added: p.added.length, updated: p.updated.length, left: p.left.length, unchanged: p.unchanged };
  });
}

/** Preview and apply in one go (command line, tests): all rows or none. */
export async function importRoster(db: Db, schoolId: string, actor: RosterActor, csv: string, mode: RosterMode = 'sync'): Promise<RosterApplied> {
  const preview = await previewRoster(db, schoolId, actor, csv, mode);
  return applyRoster(db, schoolId, actor, csv, preview.token, mode);
}
