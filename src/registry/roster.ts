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
import { eq, inArray, sql } from 'drizzle-orm';
import { appendAuditBatch } from '../audit/log.js';
import { SterrenwachtError } from '../errors.js';
import type { Db } from '../store/db.js';
import { groups } from '../store/schema.js';
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

/** Rows per bulk statement (arrays, so no parameter limit applies). */
const BULK = 5000;
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


interface ExistingPerson {
  id: string;
  name: string;
  role: string;
  groupId: string | null;
  email: string | null;
  managerId: string | null;
  leftAt: string | Date | null;
  erasedAt: string | Date | null;
}

interface Plan {
  preview: RosterPreview;
  /** The changed people as they will be (every field). */
  finals: Map<string, { name: string; role: string; groupId: string | null; email: string | null; managerId: string | null }>;
  /** Persons to insert, update, mark left; links to add and remove. */
  linksAdd: { parentId: string; pupilId: string }[];
  linksRemove: { parentId: string; pupilId: string }[];
}

async function plan(db: Db, schoolId: string, actor: { accountId: string; personId: string | null }, file: RosterFile, mode: RosterMode): Promise<Plan> {
  const problems = [...file.problems];
  if (problems.length) failRows(problems);
  // raw rows (a large school has tens of thousands): only the columns the sync compares
  const rows = <T>(r: unknown): T[] => (r as { rows: T[] }).rows;
  const [existing, schoolGroups, links] = await Promise.all([
    db.execute(sql`select id, name, role, group_id as "groupId", email, manager_id as "managerId", left_at as "leftAt", erased_at as "erasedAt" from people where school_id = ${schoolId}`).then((r) => rows<ExistingPerson>(r)),
    db.select().from(groups).where(eq(groups.schoolId, schoolId)),
    db.execute(sql`select g.parent_id as "parentId", g.pupil_id as "pupilId" from guardianships g join people p on p.id = g.parent_id where p.school_id = ${schoolId}`).then((r) => rows<{ parentId: string; pupilId: string }>(r)),
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
  if (fresh.length) for (const r of ((await db.execute(sql`select id from people where id = any(${sql.param(fresh)}::text[])`)) as unknown as { rows: { id: string }[] }).rows) elsewhere.add(r.id);
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
  const finals: Plan['finals'] = new Map();
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
    if (t.role === 'parent' && now.join('\n') !== t.children.join('\n')) {
      changes.children = { from: now, to: t.children };
      for (const c of t.children) if (!now.includes(c)) linksAdd.push({ parentId: t.id, pupilId: c });
      for (const c of now) if (!t.children.includes(c)) linksRemove.push({ parentId: t.id, pupilId: c });
    }
    if (before.leftAt) changes.left = { from: new Date(before.leftAt).toISOString(), to: null };
    if (Object.keys(changes).length) {
      updated.push({ id: t.id, name: t.name, line: t.line, changes });
      const pick = <K extends 'groupId' | 'email' | 'managerId'>(k: K): string | null => (changes[k] ? (changes[k]!.to as string | null) : (before[k] ?? null));
      finals.set(t.id, { name: t.name, role: t.role, groupId: pick('groupId'), email: pick('email'), managerId: pick('managerId') });
    } else unchanged++;
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
  // the objects above are built with their keys in a fixed order, so JSON is a canonical form
  const token = createHash('sha256').update(JSON.stringify({ schoolId, mode, groupsAdded: preview.groupsAdded, added: preview.added, updated: preview.updated, left: preview.left, unchanged, kept })).digest('base64url');
  return { preview: { ...preview, token }, linksAdd, linksRemove, finals };
}

/**
 * A fingerprint of everything a sync compares (the school's people, guardian links and groups),
 * computed by the database in one query.
 */
async function registryFingerprint(db: Db, schoolId: string): Promise<string> {
  const r = (await db.execute(sql`select md5(
      coalesce((select string_agg(concat_ws('|', id, name, role, coalesce(group_id, '-'), coalesce(email, '-'), coalesce(manager_id, '-'), coalesce(left_at::text, '-'), coalesce(erased_at::text, '-')), ';' order by id) from people where school_id = ${schoolId}), '')
      || '#' || coalesce((select string_agg(g.parent_id || '>' || g.pupil_id, ';' order by g.parent_id, g.pupil_id) from guardianships g join people p on p.id = g.parent_id where p.school_id = ${schoolId}), '')
      || '#' || coalesce((select string_agg(id || '=' || name || '/' || year, ';' order by id) from groups where school_id = ${schoolId}), '')
    ) as h`)) as unknown as { rows: { h: string }[] };
  return r.rows[0]!.h;
}

/**
 * Previews made in this process, by token, for a short while: applying one whose file and
 * registry are unchanged (same file hash, same registry fingerprint) need not compute the
 * change set again. Anything else (another process, a change in between) computes it again
 * inside the apply's transaction and compares tokens.
 */
const recent = new Map<string, { plan: Plan; fingerprint: string; fileHash: string; schoolId: string; mode: RosterMode; actorPersonId: string | null; at: number }>();
const RECENT_MS = 15 * 60_000;
const fileHashOf = (csv: string): string => createHash('sha256').update(csv).digest('hex');

function remember(token: string, entry: Omit<NonNullable<ReturnType<typeof recent.get>>, 'at'>): void {
  const now = Date.now();
  for (const [k, v] of recent) if (now - v.at > RECENT_MS || recent.size > 8) recent.delete(k);
  recent.set(token, { ...entry, at: now });
}

export interface RosterActor {
  accountId: string;
  personId: string | null;
}

/** Every change the file would make, without making it. Throws `invalid_import` with every bad row. */
export async function previewRoster(db: Db, schoolId: string, actor: RosterActor, csv: string, mode: RosterMode = 'sync'): Promise<RosterPreview> {
  const file = parseRoster(csv);
  await pause();
  const fingerprint = await registryFingerprint(db, schoolId);
  const planned = await plan(db, schoolId, actor, file, mode);
  remember(planned.preview.token, { plan: planned, fingerprint, fileHash: fileHashOf(csv), schoolId, mode, actorPersonId: actor.personId });
  return planned.preview;
}

/**
 * Apply the change set a preview named. The file and the registry must still give exactly
 * that change set (same token); otherwise nothing happens (409: preview again).
 */
export async function applyRoster(db: Db, schoolId: string, actor: RosterActor, csv: string, token: string, mode: RosterMode = 'sync', now = new Date()): Promise<RosterApplied> {
  return db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    // one import at a time per database, so two cannot interleave between preview and apply
    await t.execute(sql`select pg_advisory_xact_lock(727275)`);
    const known = recent.get(token);
    const reuse = known && known.schoolId === schoolId && known.mode === mode && known.actorPersonId === actor.personId && known.fileHash === fileHashOf(csv) && known.fingerprint === (await registryFingerprint(t, schoolId));
    const { preview: p, linksAdd, linksRemove, finals } = reuse ? known.plan : await plan(t, schoolId, actor, parseRoster(csv), mode);
    recent.delete(token);
    if (p.token !== token) {
      throw new SterrenwachtError('conflict', 'Het bestand of de registratie is veranderd sinds het voorbeeld; bekijk het voorbeeld opnieuw.', 'The file or the registry changed since the preview; preview again.', 'token');
    }
    if (p.groupsAdded.length) await t.insert(groups).values(p.groupsAdded.map((g) => ({ ...g, schoolId })));
    // bulk statements over arrays (unnest): one statement per kind of change, whatever the size of the school
    const col = <T>(rows: T[], f: (r: T) => string | null): ReturnType<typeof sql.param> => sql.param(rows.map(f));
    for (let i = 0; i < p.added.length; i += BULK) {
      const part = p.added.slice(i, i + BULK);
      await t.execute(sql`insert into people (id, school_id, name, role, group_id, email, manager_id)
        select v.id, ${schoolId}, v.name, v.role, v.group_id, v.email, v.manager_id
        from unnest(${col(part, (a) => a.id)}::text[], ${col(part, (a) => a.name)}::text[], ${col(part, (a) => a.role)}::text[], ${col(part, (a) => a.groupId)}::text[], ${col(part, (a) => a.email)}::text[], ${col(part, (a) => a.managerId)}::text[])
          as v(id, name, role, group_id, email, manager_id)`);
      await pause();
    }
    const changed = p.updated.map((u) => ({ id: u.id, back: !!u.changes.left, ...finals.get(u.id)! }));
    for (let i = 0; i < changed.length; i += BULK) {
      const part = changed.slice(i, i + BULK);
      await t.execute(sql`update people set name = v.name, role = v.role, group_id = v.group_id, email = v.email, manager_id = v.manager_id,
          left_at = case when v.back = 'true' then null else people.left_at end
        from unnest(${col(part, (u) => u.id)}::text[], ${col(part, (u) => u.name)}::text[], ${col(part, (u) => u.role)}::text[], ${col(part, (u) => u.groupId)}::text[], ${col(part, (u) => u.email)}::text[], ${col(part, (u) => u.managerId)}::text[], ${col(part, (u) => String(u.back))}::text[])
          as v(id, name, role, group_id, email, manager_id, back)
        where people.id = v.id and people.school_id = ${schoolId}`);
      await pause();
    }
    for (let i = 0; i < linksRemove.length; i += BULK) {
      const part = linksRemove.slice(i, i + BULK);
      await t.execute(sql`delete from guardianships g using unnest(${col(part, (l) => l.parentId)}::text[], ${col(part, (l) => l.pupilId)}::text[]) as v(parent_id, pupil_id)
        where g.parent_id = v.parent_id and g.pupil_id = v.pupil_id`);
    }
    for (let i = 0; i < linksAdd.length; i += BULK) {
      const part = linksAdd.slice(i, i + BULK);
      await t.execute(sql`insert into guardianships (parent_id, pupil_id) select * from unnest(${col(part, (l) => l.parentId)}::text[], ${col(part, (l) => l.pupilId)}::text[]) on conflict do nothing`);
    }
    const leftIds = p.left.map((l) => l.id);
    if (leftIds.length) {
      await t.execute(sql`update people set left_at = ${now.toISOString()}::timestamptz where school_id = ${schoolId} and left_at is null and id = any(${sql.param(leftIds)}::text[])`);
      // their accounts can no longer be used: end the sessions now (login refuses them too)
      await t.execute(sql`delete from sessions where account_id in (select id from accounts where person_id = any(${sql.param(leftIds)}::text[]))`);
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
