/**
 * Cases (zaken): a report — or a matter school management sees itself — becomes a case
 * about one person: gemeld → in_behandeling → besluit → afgesloten, with a handler from
 * school management, a deadline, notes, the hearing of the person concerned (hoor en
 * wederhoor), the S2/S6 tasks and the decisions. Every note, hearing, qualification,
 * decision, letter and logged call lands in the right dossier by itself (`file`): the
 * personnel dossier for staff (S1), the pupil dossier for pupils and, for a parent, the
 * pupil dossier of each of their children at the school (S4).
 *
 * Need-to-know (policy.ts): school management handles every case of its school, the
 * bestuur staff cases only; every read of a case or dossier is audited; the reporter
 * sees only the status of their report.
 */
import { and, asc, desc, eq, inArray, like, sql } from 'drizzle-orm';
import { z } from 'zod';
import { calendarDate } from '../validation/dates.js';
import { appendAudit } from '../audit/log.js';
import type { SessionAccount } from '../auth/accounts.js';
import { mayHandleCase, mayReadDossier, mayReadScreenshot, can, type SubjectKind } from '../auth/policy.js';
import { ARTICLES } from '../protocol/articles.js';
import { protocolVersion } from '../protocol/version.js';
import type { SchoolProfile } from '../protocol/school.js';
import { SterrenwachtError } from '../errors.js';
import type { Db } from '../store/db.js';
import { accounts, caseTasks, cases, dossierEntries, guardianships, letters, measures, people, registerEvents, reportScreenshots, reports } from '../store/schema.js';
import type { Notifier } from './notify.js';
import { notifyReporter } from '../reports/service.js';
import { INSPECTOR_PHONE, nextCallWindow } from './workdays.js';

export const CASE_STATUSES = ['gemeld', 'in_behandeling', 'besluit', 'afgesloten'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
export const CASE_STATUS_NL: Record<CaseStatus, string> = { gemeld: 'Gemeld', in_behandeling: 'In behandeling', besluit: 'Besluit', afgesloten: 'Afgesloten' };

const articleId = z.string().refine((a) => ARTICLES.some((x) => x.id === a.toUpperCase()), 'is geen artikel van het protocol / is not an article of the protocol').transform((a) => a.toUpperCase());
export const openCaseSchema = z.object({
  reportId: z.number().int().positive().optional(),
  /** The person concerned (staff, pupil or parent of the school). */
  subjectId: z.string().min(1).max(200),
  /** A person with a school-management account; default the one who opens it. */
  handlerId: z.string().min(1).max(200).optional(),
  deadline: calendarDate.optional(),
  articles: z.array(articleId).max(30).optional(),
  summary: z.string().trim().min(1).max(4000),
});
export const updateCaseSchema = z
  .object({ status: z.enum(CASE_STATUSES).optional(), handlerId: z.string().min(1).max(200).optional(), deadline: calendarDate.nullable().optional(), articles: z.array(articleId).max(30).optional() })
  .refine((p) => Object.values(p).some((v) => v !== undefined), { message: 'niets te wijzigen: geef status, handlerId, deadline of articles / nothing to change: give status, handlerId, deadline or articles' });
export const noteSchema = z.object({ text: z.string().trim().min(1).max(10_000) });
export const hearingSchema = z.object({
  /** When the hearing took place (ISO date-time). */
  heardAt: z.iso.datetime({ offset: true }),
  /** Who was present (names or roles, e.g. "de ouders", "intern begeleider"). */
  present: z.array(z.string().trim().min(1).max(200)).min(1).max(20),
  /** What the person concerned said: their side of it. */
  statement: z.string().trim().min(1).max(20_000),
  /** What the school concluded from it, if anything yet. */
  conclusion: z.string().trim().min(1).max(10_000).optional(),
});
export const qualifySchema = z
  .object({
    /** S2: the bestuur (L&E/HR) qualifies the staff member's communication as grensoverschrijdend. */
    grensoverschrijdend: z.literal(true).optional(),
    /** S6: the statement may be a criminal offence: report it to the police. */
    criminal: z.literal(true).optional(),
    motivation: z.string().trim().min(1).max(10_000),
  })
  .refine((q) => q.grensoverschrijdend || q.criminal, { message: 'geef grensoverschrijdend (S2) of criminal (S6) / give grensoverschrijdend (S2) or criminal (S6)', path: ['grensoverschrijdend'] });
export const taskDoneSchema = z.object({
  /** S2: when the call took place; S6: the date of the police report. */
  performedAt: z.iso.datetime({ offset: true }),
  /** S2: the inspector's reference (if given); S6: the police registration number. */
  reference: z.string().trim().min(1).max(200),
  /** S2: what was discussed; S6: optional. */
  summary: z.string().trim().min(1).max(10_000).optional(),
});

type CaseRow = typeof cases.$inferSelect;
type Tx = Db;

interface Dossier {
  type: 'personnel' | 'pupil';
  personId: string;
}

async function dossiersOf(db: Db, c: Pick<CaseRow, 'subjectId' | 'subjectKind'>): Promise<Dossier[]> {
  if (c.subjectKind === 'staff') return [{ type: 'personnel', personId: c.subjectId }];
  if (c.subjectKind === 'pupil') return [{ type: 'pupil', personId: c.subjectId }];
  const kids = await db.select({ id: guardianships.pupilId }).from(guardianships).where(eq(guardianships.parentId, c.subjectId));
  return kids.map((k) => ({ type: 'pupil', personId: k.id }));
}

/** File one entry of a case in every dossier it belongs to (the S1/S4 rule). */
async function file(t: Tx, c: CaseRow, e: { kind: string; title: string; body: string; detail?: Record<string, unknown>; authorId: string; at?: Date }): Promise<void> {
  const targets = await dossiersOf(t, c);
  if (!targets.length) return;
  await t.insert(dossierEntries).values(targets.map((d) => ({ schoolId: c.schoolId, caseId: c.id, dossierType: d.type, dossierPersonId: d.personId, kind: e.kind, title: e.title, body: e.body, detail: e.detail ?? {}, authorId: e.authorId, at: e.at ?? new Date() })));
}

function authorOf(account: SessionAccount): string {
  return account.personId ?? account.id;
}

async function personIn(db: Db, schoolId: string, id: string, field: string): Promise<typeof people.$inferSelect> {
  const p = (await db.select().from(people).where(and(eq(people.schoolId, schoolId), eq(people.id, id))).limit(1))[0];
  if (!p || p.erasedAt) throw new SterrenwachtError('invalid_request', `Persoon "${id}" staat niet in het register van de school.`, `Person "${id}" is not in the school's registry.`, field);
  return p;
}

async function checkHandler(db: Db, schoolId: string, handlerId: string): Promise<void> {
  await personIn(db, schoolId, handlerId, 'handlerId');
  const acc = await db.select({ id: accounts.id }).from(accounts).where(and(eq(accounts.schoolId, schoolId), eq(accounts.personId, handlerId), eq(accounts.role, 'schoolleiding'))).limit(1);
  if (!acc.length) throw new SterrenwachtError('invalid_request', 'De behandelaar moet iemand van de schoolleiding zijn.', 'The handler must be someone of school management.', 'handlerId');
}

/** A case of the caller's school that the caller may handle; otherwise "not found". */
async function handled(db: Db, account: SessionAccount, id: number): Promise<CaseRow> {
  const c = (await db.select().from(cases).where(and(eq(cases.schoolId, account.schoolId), eq(cases.id, id))).limit(1))[0];
  if (!c || !mayHandleCase(account.role, c.subjectKind as SubjectKind)) throw new SterrenwachtError('not_found', `Zaak ${id} niet gevonden.`, `Case ${id} not found.`);
  return c;
}

function open(c: CaseRow): void {
  if (c.status === 'afgesloten') throw new SterrenwachtError('conflict', `Zaak ${c.reference} is afgesloten.`, `Case ${c.reference} is closed.`);
}

async function nextReference(t: Tx, schoolId: string, at: Date): Promise<string> {
  // one reference at a time per school, also with concurrent requests on a PostgreSQL server
  await t.execute(sql`select pg_advisory_xact_lock(727275, hashtext(${schoolId}))`);
  const year = at.getUTCFullYear();
  const prefix = `SW-${year}-`;
  const n = (await t.select({ n: sql<number>`count(*)::int` }).from(cases).where(and(eq(cases.schoolId, schoolId), like(cases.reference, `${prefix}%`))))[0]?.n ?? 0;
  return `${prefix}${String(n + 1).padStart(4, '0')}`;
}

export async function openCase(db: Db, school: SchoolProfile, notifier: Notifier, account: SessionAccount, input: z.infer<typeof openCaseSchema>, now = new Date()): Promise<{ id: number; reference: string }> {
  const subject = await personIn(db, account.schoolId, input.subjectId, 'subjectId');
  if (!['staff', 'pupil', 'parent'].includes(subject.role)) throw new SterrenwachtError('invalid_request', 'Een zaak gaat over een medewerker, leerling of ouder/verzorger.', 'A case concerns a staff member, pupil or parent.', 'subjectId');
  const kind = subject.role as SubjectKind;
  if (kind === 'parent' && !(await dossiersOf(db, { subjectId: subject.id, subjectKind: kind })).length) {
    throw new SterrenwachtError('invalid_request', 'Deze ouder/verzorger heeft geen kind op school: er is geen leerlingendossier om de zaak in op te nemen (S4).', 'This parent has no child at the school: there is no pupil file to keep the case in (S4).', 'subjectId');
  }
  const handlerId = input.handlerId ?? account.personId;
  if (!handlerId) throw new SterrenwachtError('invalid_request', 'Wijs een behandelaar aan (handlerId).', 'Assign a handler (handlerId).', 'handlerId');
  await checkHandler(db, account.schoolId, handlerId);
  const made = await db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    let report: typeof reports.$inferSelect | undefined;
    if (input.reportId !== undefined) {
      report = (await t.select().from(reports).where(and(eq(reports.schoolId, account.schoolId), eq(reports.id, input.reportId))).limit(1))[0];
      if (!report) throw new SterrenwachtError('invalid_request', `Melding ${input.reportId} niet gevonden.`, `Report ${input.reportId} not found.`, 'reportId');
      if ((await t.select({ id: cases.id }).from(cases).where(eq(cases.reportId, report.id)).limit(1)).length) throw new SterrenwachtError('conflict', `Van melding ${report.id} is al een zaak gemaakt.`, `Report ${report.id} already became a case.`);
      if (report.status === 'afgesloten') throw new SterrenwachtError('conflict', `Melding ${report.id} is afgesloten.`, `Report ${report.id} is closed.`);
    }
    const articles = input.articles ?? ((report?.suggestedArticles as { article: string }[] | undefined) ?? []).map((a) => a.article);
    const reference = await nextReference(t, account.schoolId, now);
    const [c] = await t
      .insert(cases)
      .values({ schoolId: account.schoolId, reference, reportId: report?.id ?? null, subjectId: subject.id, subjectKind: kind, status: 'in_behandeling', handlerId, deadline: input.deadline ? new Date(`${input.deadline}T23:59:59+01:00`) : null, articles, protocolVersion: report?.protocolVersion ?? protocolVersion(school), summary: input.summary, createdAt: now, createdBy: account.id })
      .returning();
    if (report) await t.update(reports).set({ status: 'in_behandeling' }).where(eq(reports.id, report.id));
    await file(t, c!, { kind: 'status', title: `Zaak ${reference} geopend`, body: input.summary, detail: { status: 'in_behandeling', handlerId, articles, ...(report ? { reportId: report.id } : {}) }, authorId: authorOf(account), at: now });
    await appendAudit(t, { actor: account.id, action: 'case.open', subject: subject.id, detail: { caseId: c!.id, reference, reportId: report?.id ?? null } });
    return { c: c!, report };
  });
  if (made.report) await notifyReporter(notifier, made.report, 'in_behandeling');
  if (handlerId !== account.personId) await notifier.toPeople(account.schoolId, [handlerId], { kind: 'case', subject: `Zaak ${made.c.reference}: jij bent behandelaar / you are the handler`, nl: `Je bent behandelaar van zaak ${made.c.reference} (protocol sociale media).`, en: `You are the handler of case ${made.c.reference} (social media protocol).`, path: `/zaken/${made.c.id}` });
  return { id: made.c.id, reference: made.c.reference };
}

export interface CaseSummary {
  id: number;
  reference: string;
  status: string;
  subjectKind: string;
  subject: { id: string; name: string };
  handler: { id: string; name: string } | null;
  deadline: Date | null;
  createdAt: Date;
  articles: unknown;
  openTasks: number;
}

async function nameMap(db: Db, ids: string[]): Promise<Map<string, string>> {
  const u = [...new Set(ids.filter(Boolean))];
  if (!u.length) return new Map();
  const rows = await db.select({ id: people.id, name: people.name }).from(people).where(inArray(people.id, u));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function listCases(db: Db, account: SessionAccount, status?: CaseStatus): Promise<CaseSummary[]> {
  const conds = [eq(cases.schoolId, account.schoolId)];
  if (status) conds.push(eq(cases.status, status));
  if (account.role === 'bestuur') conds.push(eq(cases.subjectKind, 'staff'));
  const rows = (await db.select().from(cases).where(and(...conds)).orderBy(desc(cases.id)).limit(500)).filter((c) => mayHandleCase(account.role, c.subjectKind as SubjectKind));
  const n = await nameMap(db, rows.flatMap((r) => [r.subjectId, r.handlerId ?? '']));
  const tasks = rows.length ? await db.select({ caseId: caseTasks.caseId, n: sql<number>`count(*)::int` }).from(caseTasks).where(and(inArray(caseTasks.caseId, rows.map((r) => r.id)), eq(caseTasks.status, 'open'))).groupBy(caseTasks.caseId) : [];
  const open = new Map(tasks.map((t) => [t.caseId, t.n]));
  await appendAudit(db, { actor: account.id, action: 'cases.list', subject: account.schoolId, detail: { cases: rows.map((r) => r.id) } });
  return rows.map((r) => ({ id: r.id, reference: r.reference, status: r.status, subjectKind: r.subjectKind, subject: { id: r.subjectId, name: n.get(r.subjectId) ?? r.subjectId }, handler: r.handlerId ? { id: r.handlerId, name: n.get(r.handlerId) ?? r.handlerId } : null, deadline: r.deadline, createdAt: r.createdAt, articles: r.articles, openTasks: open.get(r.id) ?? 0 }));
}

function taskView(t: typeof caseTasks.$inferSelect, now: Date): Record<string, unknown> {
  const base = { id: t.id, kind: t.kind, status: t.status, createdAt: t.createdAt, doneAt: t.doneAt, doneBy: t.doneBy, performedAt: t.performedAt, reference: t.reference, summary: t.summary };
  if (t.kind === 's2_call') {
    const w = t.status === 'open' ? nextCallWindow(now) : undefined;
    return {
      ...base,
      titleNl: `Bel de Landelijke Vertrouwensinspecteur: ${INSPECTOR_PHONE}`,
      titleEn: `Phone the national confidential inspector: ${INSPECTOR_PHONE}`,
      phone: INSPECTOR_PHONE,
      hoursNl: 'bereikbaar op werkdagen van 8:00 tot 17:00',
      ...(w ? { callNow: w.openNow, callFrom: w.from, whenNl: w.openNow ? 'Nu bereikbaar.' : `Nu niet bereikbaar (${w.closedBecause!.nl}). Bel vanaf ${w.whenNl}.`, whenEn: w.openNow ? 'Reachable now.' : `Not reachable now (${w.closedBecause!.en}). Call from ${w.whenEn}.` } : {}),
    };
  }
  return { ...base, titleNl: 'Doe aangifte bij de politie (S6) en leg datum en registratienummer vast', titleEn: 'Report to the police (S6) and record the date and registration number' };
}

/** Everything about one case, for its handlers. Audited. */
export async function getCase(db: Db, account: SessionAccount, id: number, now = new Date()): Promise<Record<string, unknown>> {
  const c = await handled(db, account, id);
  const [report, shots, entries, ms, ls, ts] = await Promise.all([
    c.reportId ? db.select().from(reports).where(eq(reports.id, c.reportId)).limit(1) : Promise.resolve([]),
    c.reportId ? db.select({ id: reportScreenshots.id, mime: reportScreenshots.mime, size: reportScreenshots.size }).from(reportScreenshots).where(eq(reportScreenshots.reportId, c.reportId)).orderBy(asc(reportScreenshots.id)) : Promise.resolve([]),
    // one row per entry of the case (a parent's case is filed once per child: show it once)
    db.selectDistinctOn([dossierEntries.at, dossierEntries.kind, dossierEntries.title], { kind: dossierEntries.kind, title: dossierEntries.title, body: dossierEntries.body, detail: dossierEntries.detail, authorId: dossierEntries.authorId, at: dossierEntries.at }).from(dossierEntries).where(eq(dossierEntries.caseId, id)).orderBy(asc(dossierEntries.at), asc(dossierEntries.kind), asc(dossierEntries.title)),
    db.select().from(measures).where(eq(measures.caseId, id)).orderBy(asc(measures.id)),
    db.select({ id: letters.id, recipientKind: letters.recipientKind, recipientId: letters.recipientId, reference: letters.reference, createdAt: letters.createdAt, measureId: letters.measureId, sha256: letters.sha256 }).from(letters).where(eq(letters.caseId, id)).orderBy(asc(letters.id)),
    db.select().from(caseTasks).where(eq(caseTasks.caseId, id)).orderBy(asc(caseTasks.id)),
  ]);
  const n = await nameMap(db, [c.subjectId, c.handlerId ?? '', ...entries.map((e) => e.authorId), report[0]?.postedById ?? '']);
  const dossiers = await dossiersOf(db, c);
  await appendAudit(db, { actor: account.id, action: 'case.read', subject: c.subjectId, detail: { caseId: id } });
  const r = report[0];
  const screenshotsAllowed = mayReadScreenshot(account, { handlerId: c.handlerId, subjectKind: c.subjectKind as SubjectKind });
  return {
    id: c.id,
    reference: c.reference,
    status: c.status,
    statusNl: CASE_STATUS_NL[c.status as CaseStatus],
    subjectKind: c.subjectKind,
    subject: { id: c.subjectId, name: n.get(c.subjectId) ?? c.subjectId },
    handler: c.handlerId ? { id: c.handlerId, name: n.get(c.handlerId) ?? c.handlerId } : null,
    deadline: c.deadline,
    articles: c.articles,
    protocolVersion: c.protocolVersion,
    summary: c.summary,
    grensoverschrijdend: c.grensoverschrijdend,
    criminal: c.criminal,
    createdAt: c.createdAt,
    closedAt: c.closedAt,
    dossiers,
    report: r
      ? { id: r.id, createdAt: r.createdAt, link: r.link, text: r.text, whatHappened: r.whatHappened, postedBy: r.postedById ? { id: r.postedById, name: n.get(r.postedById) ?? r.postedById } : null, postedByDescription: r.postedByDescription, suggestedArticles: r.suggestedArticles, screenshots: screenshotsAllowed ? shots : [], screenshotsHidden: screenshotsAllowed ? 0 : shots.length }
      : null,
    entries: entries.map((e) => ({ ...e, author: n.get(e.authorId) ?? null })),
    measures: ms,
    letters: ls,
    tasks: ts.map((t) => taskView(t, now)),
    ladder: c.subjectKind === 'staff' ? 'S3' : 'S5',
  };
}

const NEXT: Record<CaseStatus, CaseStatus[]> = { gemeld: ['in_behandeling', 'afgesloten'], in_behandeling: ['besluit', 'afgesloten'], besluit: ['afgesloten'], afgesloten: [] };

export async function updateCase(db: Db, notifier: Notifier, account: SessionAccount, id: number, patch: z.infer<typeof updateCaseSchema>, now = new Date()): Promise<void> {
  const { c, reportRow } = await db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    const c = await handled(t, account, id);
    open(c);
    const set: Partial<typeof cases.$inferInsert> = {};
    const said: string[] = [];
    if (patch.handlerId !== undefined && patch.handlerId !== c.handlerId) {
      if (!can(account.role, 'cases.open')) throw new SterrenwachtError('forbidden', 'Alleen de schoolleiding wijst een behandelaar aan.', 'Only school management assigns a handler.');
      await checkHandler(t, account.schoolId, patch.handlerId);
      set.handlerId = patch.handlerId;
      said.push(`Behandelaar: ${(await nameMap(t, [patch.handlerId])).get(patch.handlerId)}`);
    }
    if (patch.deadline !== undefined) {
      set.deadline = patch.deadline ? new Date(`${patch.deadline}T23:59:59+01:00`) : null;
      said.push(`Termijn: ${patch.deadline ?? 'geen'}`);
    }
    if (patch.articles !== undefined) {
      set.articles = patch.articles;
      said.push(`Artikelen: ${patch.articles.join(', ') || 'geen'}`);
    }
    if (patch.status !== undefined && patch.status !== c.status) {
      if (!NEXT[c.status as CaseStatus].includes(patch.status)) throw new SterrenwachtError('conflict', `Een zaak gaat niet van "${CASE_STATUS_NL[c.status as CaseStatus]}" naar "${CASE_STATUS_NL[patch.status]}".`, `A case does not go from "${c.status}" to "${patch.status}".`, 'status');
      if (patch.status === 'besluit' && !(await t.select({ id: measures.id }).from(measures).where(eq(measures.caseId, id)).limit(1)).length) {
        throw new SterrenwachtError('conflict', 'Neem eerst een besluit (een maatregel met motivering).', 'Decide a measure (with its motivation) first.', 'status');
      }
      if (patch.status === 'afgesloten') {
        const openTasks = await t.select({ id: caseTasks.id, kind: caseTasks.kind }).from(caseTasks).where(and(eq(caseTasks.caseId, id), eq(caseTasks.status, 'open')));
        if (openTasks.length) throw new SterrenwachtError('conflict', `Rond eerst de open taken af (${openTasks.map((o) => (o.kind === 's2_call' ? 'melding bij de vertrouwensinspecteur' : 'aangifte bij de politie')).join(', ')}).`, `Finish the open tasks first (${openTasks.map((o) => o.kind).join(', ')}).`, 'status');
        set.closedAt = now;
        const decided = await t.select({ id: measures.id }).from(measures).where(eq(measures.caseId, id)).limit(1);
        if (!decided.length) await t.insert(registerEvents).values({ schoolId: c.schoolId, month: now.toISOString().slice(0, 7), subjectKind: c.subjectKind, measure: 'geen_maatregel', articles: c.articles });
      }
      set.status = patch.status;
      said.push(`Status: ${CASE_STATUS_NL[patch.status]}`);
    }
    if (!said.length) return { c, reportRow: undefined };
    const [u] = await t.update(cases).set(set).where(eq(cases.id, id)).returning();
    await file(t, u!, { kind: 'status', title: said.join('; '), body: said.join('\n'), detail: { ...patch }, authorId: authorOf(account), at: now });
    await appendAudit(t, { actor: account.id, action: 'case.update', subject: c.subjectId, detail: { caseId: id, fields: Object.keys(patch) } });
    let reportRow: typeof reports.$inferSelect | undefined;
    if (set.status === 'afgesloten' && c.reportId) {
      [reportRow] = await t.update(reports).set({ status: 'afgesloten', closedAt: now }).where(eq(reports.id, c.reportId)).returning();
    }
    return { c: u!, reportRow };
  });
  if (reportRow) await notifyReporter(notifier, reportRow, 'afgesloten');
  if (patch.handlerId && patch.handlerId !== account.personId && c.handlerId === patch.handlerId) {
    await notifier.toPeople(account.schoolId, [patch.handlerId], { kind: 'case', subject: `Zaak ${c.reference}: jij bent behandelaar / you are the handler`, nl: `Je bent behandelaar van zaak ${c.reference} (protocol sociale media).`, en: `You are the handler of case ${c.reference} (social media protocol).`, path: `/zaken/${c.id}` });
  }
}

export async function addNote(db: Db, account: SessionAccount, id: number, text: string, now = new Date()): Promise<void> {
  await db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    const c = await handled(t, account, id);
    open(c);
    await file(t, c, { kind: 'note', title: 'Notitie', body: text, authorId: authorOf(account), at: now });
    await appendAudit(t, { actor: account.id, action: 'case.note', subject: c.subjectId, detail: { caseId: id } });
  });
}

export async function recordHearing(db: Db, account: SessionAccount, id: number, h: z.infer<typeof hearingSchema>, now = new Date()): Promise<void> {
  await db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    const c = await handled(t, account, id);
    open(c);
    const heardAt = new Date(h.heardAt);
    if (heardAt.getTime() > now.getTime() + 3_600_000) throw new SterrenwachtError('invalid_request', 'Een gesprek in de toekomst kan nog niet worden vastgelegd.', 'A hearing in the future cannot be recorded yet.', 'heardAt');
    const body = [`Aanwezig: ${h.present.join(', ')}`, `Zienswijze van de betrokkene: ${h.statement}`, ...(h.conclusion ? [`Conclusie: ${h.conclusion}`] : [])].join('\n');
    await file(t, c, { kind: 'hearing', title: 'Hoor en wederhoor', body, detail: { heardAt: heardAt.toISOString(), present: h.present }, authorId: authorOf(account), at: now });
    if (c.status === 'gemeld') await t.update(cases).set({ status: 'in_behandeling' }).where(eq(cases.id, id));
    await appendAudit(t, { actor: account.id, action: 'case.hearing', subject: c.subjectId, detail: { caseId: id } });
  });
}

/** S2 / S6: qualify the case; creates the phone task (S2) or the police task (S6). */
export async function qualifyCase(db: Db, notifier: Notifier, account: SessionAccount, id: number, q: z.infer<typeof qualifySchema>, now = new Date()): Promise<{ tasks: number[] }> {
  const made = await db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    const c = await handled(t, account, id);
    open(c);
    const tasks: number[] = [];
    if (q.grensoverschrijdend) {
      if (!can(account.role, 'cases.qualify')) throw new SterrenwachtError('forbidden', "Alleen het bestuur (L&E/HR) kwalificeert communicatie als 'grensoverschrijdend' (S2).", "Only the board (HR) qualifies communication as crossing the line (S2).");
      if (c.subjectKind !== 'staff') throw new SterrenwachtError('invalid_request', 'Artikel S2 gaat over de communicatie van medewerkers.', 'Article S2 concerns the communication of staff.', 'grensoverschrijdend');
      if (c.grensoverschrijdend) throw new SterrenwachtError('conflict', 'Deze zaak is al als grensoverschrijdend gekwalificeerd.', 'This case is already qualified as crossing the line.');
      const w = nextCallWindow(now);
      const [task] = await t.insert(caseTasks).values({ caseId: id, kind: 's2_call', callableFrom: w.from, createdAt: now }).returning({ id: caseTasks.id });
      tasks.push(task!.id);
      await t.update(cases).set({ grensoverschrijdend: true }).where(eq(cases.id, id));
      await file(t, c, { kind: 'qualification', title: "Gekwalificeerd als 'grensoverschrijdend' (S2)", body: `${q.motivation}\n\nTaak: telefonisch melden bij de Landelijke Vertrouwensinspecteur (${INSPECTOR_PHONE}), ${w.openNow ? 'nu bereikbaar' : `bereikbaar vanaf ${w.whenNl}`}.`, detail: { article: 'S2', taskId: task!.id }, authorId: authorOf(account), at: now });
    }
    if (q.criminal) {
      if (!can(account.role, 'cases.police')) throw new SterrenwachtError('forbidden', 'Je rol mag dit niet.', 'Your role may not do this.');
      if (c.criminal) throw new SterrenwachtError('conflict', 'Deze zaak is al als mogelijk strafbaar aangemerkt.', 'This case is already marked as possibly criminal.');
      const [task] = await t.insert(caseTasks).values({ caseId: id, kind: 's6_police', createdAt: now }).returning({ id: caseTasks.id });
      tasks.push(task!.id);
      await t.update(cases).set({ criminal: true }).where(eq(cases.id, id));
      await file(t, c, { kind: 'qualification', title: 'Mogelijk strafbaar: aangifte bij de politie (S6)', body: q.motivation, detail: { article: 'S6', taskId: task!.id }, authorId: authorOf(account), at: now });
    }
    const articles = new Set((c.articles as string[]) ?? []);
    if (q.grensoverschrijdend) articles.add('S2');
    if (q.criminal) articles.add('S6');
    await t.update(cases).set({ articles: [...articles] }).where(eq(cases.id, id));
    await appendAudit(t, { actor: account.id, action: 'case.qualify', subject: c.subjectId, detail: { caseId: id, grensoverschrijdend: !!q.grensoverschrijdend, criminal: !!q.criminal } });
    return { c, tasks };
  });
  if (made.c.handlerId && made.c.handlerId !== account.personId) {
    await notifier.toPeople(account.schoolId, [made.c.handlerId], { kind: 'case', subject: `Zaak ${made.c.reference}: een nieuwe taak / a new task`, nl: `Er is een taak bijgekomen in zaak ${made.c.reference}.`, en: `A task was added to case ${made.c.reference}.`, path: `/zaken/${made.c.id}` });
  }
  return { tasks: made.tasks };
}

export async function completeTask(db: Db, account: SessionAccount, caseId: number, taskId: number, input: z.infer<typeof taskDoneSchema>, now = new Date()): Promise<void> {
  await db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    const c = await handled(t, account, caseId);
    open(c);
    const task = (await t.select().from(caseTasks).where(and(eq(caseTasks.caseId, caseId), eq(caseTasks.id, taskId))).limit(1))[0];
    if (!task) throw new SterrenwachtError('not_found', `Taak ${taskId} niet gevonden.`, `Task ${taskId} not found.`);
    if (task.status === 'done') throw new SterrenwachtError('conflict', `Taak ${taskId} is al afgerond.`, `Task ${taskId} is already done.`);
    const performedAt = new Date(input.performedAt);
    if (performedAt.getTime() > now.getTime() + 3_600_000) throw new SterrenwachtError('invalid_request', 'Dat moment ligt in de toekomst.', 'That moment is in the future.', 'performedAt');
    if (task.kind === 's2_call' && !input.summary) throw new SterrenwachtError('invalid_request', 'Leg vast wat er besproken is (summary).', 'Record what was discussed (summary).', 'summary');
    const who = authorOf(account);
    await t.update(caseTasks).set({ status: 'done', doneBy: who, doneAt: now, performedAt, reference: input.reference, summary: input.summary ?? null }).where(eq(caseTasks.id, taskId));
    const whoName = (await nameMap(t, [who])).get(who) ?? `account ${account.id}`;
    if (task.kind === 's2_call') {
      await file(t, c, { kind: 'call', title: 'Gebeld met de Landelijke Vertrouwensinspecteur (S2)', body: `Gebeld door ${whoName} op ${performedAt.toISOString()}.\nKenmerk: ${input.reference}\nSamenvatting: ${input.summary}`, detail: { taskId, performedAt: performedAt.toISOString(), reference: input.reference, by: who }, authorId: who, at: now });
    } else {
      await file(t, c, { kind: 'police', title: 'Aangifte gedaan bij de politie (S6)', body: `Aangifte gedaan door ${whoName} op ${performedAt.toISOString().slice(0, 10)}.\nRegistratienummer: ${input.reference}${input.summary ? `\n${input.summary}` : ''}`, detail: { taskId, performedAt: performedAt.toISOString(), registrationNumber: input.reference, by: who }, authorId: who, at: now });
    }
    await appendAudit(t, { actor: account.id, action: 'case.task.done', subject: c.subjectId, detail: { caseId, taskId, kind: task.kind } });
  });
}

/** A personnel or pupil dossier: every entry filed in it, newest last. Audited. */
export async function getDossier(db: Db, account: SessionAccount, type: 'personnel' | 'pupil', personId: string): Promise<Record<string, unknown>> {
  if (!mayReadDossier(account.role, type)) throw new SterrenwachtError('forbidden', type === 'pupil' ? 'Een leerlingendossier is alleen voor de schoolleiding.' : 'Je rol mag dit dossier niet inzien.', type === 'pupil' ? 'A pupil file is for school management only.' : 'Your role may not see this file.');
  const p = (await db.select().from(people).where(and(eq(people.schoolId, account.schoolId), eq(people.id, personId))).limit(1))[0];
  if (!p || (type === 'personnel' ? p.role !== 'staff' : p.role !== 'pupil')) throw new SterrenwachtError('not_found', `Dossier van "${personId}" niet gevonden.`, `File of "${personId}" not found.`);
  const rows = await db
    .select({ id: dossierEntries.id, caseId: dossierEntries.caseId, reference: cases.reference, kind: dossierEntries.kind, title: dossierEntries.title, body: dossierEntries.body, detail: dossierEntries.detail, authorId: dossierEntries.authorId, at: dossierEntries.at })
    .from(dossierEntries)
    .innerJoin(cases, eq(cases.id, dossierEntries.caseId))
    .where(and(eq(dossierEntries.schoolId, account.schoolId), eq(dossierEntries.dossierType, type), eq(dossierEntries.dossierPersonId, personId)))
    .orderBy(asc(dossierEntries.at), asc(dossierEntries.id));
  await appendAudit(db, { actor: account.id, action: 'dossier.read', subject: personId, detail: { type, entries: rows.length } });
  return { type, typeNl: type === 'personnel' ? 'Personeelsdossier' : 'Leerlingendossier', article: type === 'personnel' ? 'S1' : 'S4', person: { id: p.id, name: p.name, role: p.role }, entries: rows };
}

export { dossiersOf, file, handled, open as ensureOpen, authorOf, nameMap };
