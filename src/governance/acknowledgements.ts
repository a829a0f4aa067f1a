/**
 * Acknowledgement: staff and parents confirm once per published version that they have read
 * it (with the short summary of what changed). The school leader sees per group who has not
 * confirmed yet (staff by the group they teach, parents by their children's groups); the MR
 * sees the totals only. Requests and reminders go by mail (`Services.mailer`), with a link
 * into the app and nothing more; nobody is mailed about the same version twice within 20 hours.
 */
import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import { appendAudit } from '../audit/log.js';
import type { AppRole } from '../auth/policy.js';
import { SterrenwachtError } from '../errors.js';
import type { Mailer } from '../mail/mailer.js';
import type { Db } from '../store/db.js';
import { accounts, groups, guardianships, lessons, people, protocolAcknowledgements, protocolReminders } from '../store/schema.js';
import { diffVersions } from './diff.js';
import { getVersion, versionInForce, type ProtocolVersion } from './versions.js';

/** Who is asked to confirm: staff (school management and teachers) and parents. */
export const ACK_ROLES: readonly AppRole[] = ['schoolleiding', 'medewerker', 'ouder'];

export const REMIND_AFTER_MS = 20 * 3600_000;

export interface AckStatus {
  /** The version in force; null when none is. */
  version: { id: string; number: number; approvalDate: string | null } | null;
  /** Whether this account is asked to confirm. */
  required: boolean;
  confirmedAt: string | null;
  summary: { nl: string; en: string } | null;
  /** Articles changed since the version before it. */
  changed: string[];
}

async function changedSincePrevious(db: Db, v: ProtocolVersion): Promise<string[]> {
  if (!v.basedOn) return [];
  const base = await getVersion(db, v.schoolId, v.basedOn).catch(() => undefined);
  return base ? diffVersions(base, v).changed : [];
}

export async function ackStatus(db: Db, account: { id: string; schoolId: string; role: AppRole }): Promise<AckStatus> {
  const v = await versionInForce(db, account.schoolId);
  if (!v) return { version: null, required: false, confirmedAt: null, summary: null, changed: [] };
  const row = (await db.select().from(protocolAcknowledgements).where(and(eq(protocolAcknowledgements.versionId, v.id), eq(protocolAcknowledgements.accountId, account.id))).limit(1))[0];
  return {
    version: { id: v.id, number: v.number, approvalDate: v.approvalDate },
    required: ACK_ROLES.includes(account.role),
    confirmedAt: row ? new Date(row.at).toISOString() : null,
    summary: { nl: v.summary.nl, en: v.summary.en },
    changed: await changedSincePrevious(db, v),
  };
}

/** Confirm having read the version in force (idempotent: the first confirmation counts). */
export async function acknowledge(db: Db, account: { id: string; schoolId: string; role: AppRole }, versionId: string): Promise<AckStatus> {
  const v = await versionInForce(db, account.schoolId);
  if (!v || v.id !== versionId) {
    throw new SterrenwachtError('conflict', 'Je kunt alleen de versie bevestigen die nu geldt; laad de pagina opnieuw.', 'You can only confirm the version in force; reload the page.', 'versionId');
  }
  if (!ACK_ROLES.includes(account.role)) throw new SterrenwachtError('forbidden', 'Je rol hoeft het protocol niet te bevestigen.', 'Your role is not asked to confirm the protocol.');
  await db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    const made = await t.insert(protocolAcknowledgements).values({ versionId: v.id, accountId: account.id }).onConflictDoNothing().returning({ at: protocolAcknowledgements.at });
    if (made.length) await appendAudit(t, { actor: account.id, action: 'protocol.acknowledge', subject: v.id });
  });
  return ackStatus(db, account);
}

interface Member {
  accountId: string;
  email: string;
  role: AppRole;
  name: string;
  groups: string[];
  confirmed: boolean;
}

/** Everyone of the school asked to confirm a version, with their groups and whether they did. */
async function members(db: Db, schoolId: string, versionId: string): Promise<Member[]> {
  const accs = await db
    .select({ id: accounts.id, email: accounts.email, role: accounts.role, personId: accounts.personId, name: people.name, groupId: people.groupId, erasedAt: people.erasedAt })
    .from(accounts)
    .leftJoin(people, eq(people.id, accounts.personId))
    .where(and(eq(accounts.schoolId, schoolId), inArray(accounts.role, [...ACK_ROLES])));
  const acked = new Set((await db.select({ a: protocolAcknowledgements.accountId }).from(protocolAcknowledgements).where(eq(protocolAcknowledgements.versionId, versionId))).map((r) => r.a));
  const personIds = accs.map((a) => a.personId).filter((x): x is string => !!x);
  const children = personIds.length
    ? await db.select({ parentId: guardianships.parentId, groupId: people.groupId }).from(guardianships).innerJoin(people, eq(people.id, guardianships.pupilId)).where(and(inArray(guardianships.parentId, personIds), isNotNull(people.groupId)))
    : [];
  const teaching = personIds.length ? await db.selectDistinct({ teacherId: lessons.teacherId, groupId: lessons.groupId }).from(lessons).where(and(eq(lessons.schoolId, schoolId), inArray(lessons.teacherId, personIds))) : [];
  const groupsOf = new Map<string, Set<string>>();
  const add = (p: string | null, g: string | null): void => {
    if (!p || !g) return;
    if (!groupsOf.has(p)) groupsOf.set(p, new Set());
    groupsOf.get(p)!.add(g);
  };
  for (const c of children) add(c.parentId, c.groupId);
  for (const t of teaching) add(t.teacherId, t.groupId);
  return accs
    .filter((a) => !a.erasedAt)
    .map((a) => {
      const gs = new Set(groupsOf.get(a.personId ?? '') ?? []);
      if (a.role !== 'ouder' && a.groupId) gs.add(a.groupId);
      return { accountId: a.id, email: a.email, role: a.role as AppRole, name: a.name ?? a.email, groups: [...gs].sort(), confirmed: acked.has(a.id) };
    });
}

export interface GroupOverview {
  groupId: string | null;
  name: string;
  total: number;
  confirmed: number;
  /** Who has not confirmed yet (school management only). */
  notConfirmed: { accountId: string; name: string; role: AppRole }[];
}

export interface Totals {
  total: number;
  confirmed: number;
  byRole: Record<'staff' | 'parent', { total: number; confirmed: number }>;
}

function totalsOf(list: readonly Member[]): Totals {
  const t: Totals = { total: 0, confirmed: 0, byRole: { staff: { total: 0, confirmed: 0 }, parent: { total: 0, confirmed: 0 } } };
  for (const m of list) {
    const k = m.role === 'ouder' ? 'parent' : 'staff';
    t.total++;
    t.byRole[k].total++;
    if (m.confirmed) {
      t.confirmed++;
      t.byRole[k].confirmed++;
    }
  }
  return t;
}

async function targetVersion(db: Db, schoolId: string, versionId?: string): Promise<ProtocolVersion> {
  const v = versionId ? await getVersion(db, schoolId, versionId) : await versionInForce(db, schoolId);
  if (!v) throw new SterrenwachtError('not_found', 'Er is nog geen versie van het protocol vastgesteld.', 'No version of the protocol is in force yet.');
  if (v.status === 'draft') throw new SterrenwachtError('conflict', 'Een conceptversie wordt niet bevestigd.', 'A draft version is not acknowledged.');
  return v;
}

/** Per group: who has not confirmed (for school management; the read is audited). */
export async function overviewPerGroup(db: Db, schoolId: string, actor: string, versionId?: string): Promise<{ versionId: string; totals: Totals; groups: GroupOverview[] }> {
  const v = await targetVersion(db, schoolId, versionId);
  const list = await members(db, schoolId, v.id);
  const names = new Map((await db.select({ id: groups.id, name: groups.name, year: groups.year }).from(groups).where(eq(groups.schoolId, schoolId))).map((g) => [g.id, g]));
  const byGroup = new Map<string | null, Member[]>();
  for (const m of list) for (const g of m.groups.length ? m.groups : [null]) byGroup.set(g, [...(byGroup.get(g) ?? []), m]);
  const out: GroupOverview[] = [...byGroup.entries()].map(([g, ms]) => ({
    groupId: g,
    name: g ? (names.get(g)?.name ?? g) : 'Zonder groep (team, overig)',
    total: ms.length,
    confirmed: ms.filter((m) => m.confirmed).length,
    notConfirmed: ms.filter((m) => !m.confirmed).map((m) => ({ accountId: m.accountId, name: m.name, role: m.role })).sort((a, b) => a.name.localeCompare(b.name, 'nl')),
  }));
  out.sort((a, b) => (a.groupId === null ? 1 : b.groupId === null ? -1 : (names.get(a.groupId)?.year ?? 0) - (names.get(b.groupId)?.year ?? 0) || a.name.localeCompare(b.name, 'nl')));
  await appendAudit(db, { actor, action: 'protocol.acknowledgements.read', subject: v.id, detail: { schoolId, notConfirmed: list.filter((m) => !m.confirmed).length } });
  return { versionId: v.id, totals: totalsOf(list), groups: out };
}

/** The totals only (what the MR sees). */
export async function ackTotals(db: Db, schoolId: string, versionId?: string): Promise<{ versionId: string; totals: Totals }> {
  const v = await targetVersion(db, schoolId, versionId);
  return { versionId: v.id, totals: totalsOf(await members(db, schoolId, v.id)) };
}

export interface ReminderResult {
  versionId: string;
  sent: number;
  /** Reminded less than 20 hours ago. */
  skipped: number;
  alreadyConfirmed: number;
}

/**
 * Ask everyone who has not confirmed the version in force to read and confirm it: one mail
 * each, with a link to the protocol page and the summary of what changed (nothing personal).
 */
export async function sendReminders(db: Db, mailer: Mailer, publicUrl: string, schoolId: string, actor: string, opts: { first?: boolean; now?: Date } = {}): Promise<ReminderResult> {
  const v = await targetVersion(db, schoolId);
  if (v.status !== 'in_force') throw new SterrenwachtError('conflict', 'Alleen voor de versie die geldt worden herinneringen gestuurd.', 'Reminders are only sent for the version in force.');
  const now = opts.now ?? new Date();
  const list = await members(db, schoolId, v.id);
  const last = new Map((await db.select().from(protocolReminders).where(eq(protocolReminders.versionId, v.id))).map((r) => [r.accountId, r]));
  let sent = 0;
  let skipped = 0;
  const link = `${publicUrl}/protocol/bevestigen`;
  for (const m of list) {
    if (m.confirmed) continue;
    const prev = last.get(m.accountId);
    if (prev && now.getTime() - new Date(prev.sentAt).getTime() < REMIND_AFTER_MS) {
      skipped++;
      continue;
    }
    const first = !prev;
    const subject = first ? `Nieuw: protocol sociale media, versie ${v.number} — graag lezen en bevestigen / please read and confirm` : `Herinnering: protocol sociale media, versie ${v.number} — graag bevestigen / reminder: please confirm`;
    const text = [
      first ? `Er is een nieuwe versie van het protocol sociale media van ${v.params.name}, met instemming van de (G)MR${v.approvalDate ? ` op ${v.approvalDate}` : ''}.` : `U heeft versie ${v.number} van het protocol sociale media van ${v.params.name} nog niet bevestigd.`,
      '',
      `Wat is er veranderd: ${v.summary.nl}`,
      '',
      `Lees het protocol en bevestig dat u het gelezen heeft: ${link}`,
      '',
      '---',
      first ? `There is a new version of the social media protocol of ${v.params.name}. What changed: ${v.summary.en}` : `You have not yet confirmed version ${v.number} of the social media protocol. What changed: ${v.summary.en}`,
      `Read it and confirm: ${link}`,
    ].join('\n');
    await mailer.send({ schoolId, to: m.email, subject, text, kind: 'protocol-acknowledgement' });
    await db
      .insert(protocolReminders)
      .values({ versionId: v.id, accountId: m.accountId, sentAt: now, count: 1 })
      .onConflictDoUpdate({ target: [protocolReminders.versionId, protocolReminders.accountId], set: { sentAt: now, count: (prev?.count ?? 0) + 1 } });
    sent++;
  }
  await appendAudit(db, { actor, action: opts.first ? 'protocol.acknowledgements.request' : 'protocol.acknowledgements.remind', subject: v.id, detail: { schoolId, sent, skipped } });
  return { versionId: v.id, sent, skipped, alreadyConfirmed: list.filter((m) => m.confirmed).length };
}
