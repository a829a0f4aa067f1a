/**
 * Reports (meldingen): anyone of the school community — staff, parents, pupils — reports a
 * post: a link, screenshots, the text, who posted it (a person of the registry, or unknown)
 * and what happened. The check runs on the reported text and suggests the articles it may
 * break. The reporter sees the status of their report (gemeld, in behandeling, afgesloten),
 * never the case or the dossier; screenshots are readable only by those handling it
 * (policy.ts `mayReadScreenshot`). School management triages reports and opens a case.
 */
import { createHash } from 'node:crypto';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { appendAudit } from '../audit/log.js';
import type { SessionAccount } from '../auth/accounts.js';
import { mayReadScreenshot, type SubjectKind } from '../auth/policy.js';
import { check, type CheckOptions } from '../check/engine.js';
import { findArticle } from '../protocol/articles.js';
import { protocolVersion } from '../protocol/version.js';
import { DE_STERREN } from '../protocol/school.js';
import { SterrenwachtError } from '../errors.js';
import type { Db } from '../store/db.js';
import { accounts, cases, people, reportScreenshots, reports } from '../store/schema.js';
import type { Notifier } from '../cases/notify.js';

export const REPORT_STATUSES = ['gemeld', 'in_behandeling', 'afgesloten'] as const;
export const STATUS_NL: Record<string, string> = { gemeld: 'Gemeld', in_behandeling: 'In behandeling', afgesloten: 'Afgesloten' };
export const STATUS_EN: Record<string, string> = { gemeld: 'Reported', in_behandeling: 'Being handled', afgesloten: 'Closed' };

/** Screenshot limits: at most this many per report, each at most this large. */
export const MAX_SCREENSHOTS = 5;
export const MAX_SCREENSHOT_BYTES = 5 * 1024 * 1024;

export const reportInputSchema = z
  .object({
    link: z.url({ protocol: /^https?$/ }).max(2000).optional(),
    text: z.string().trim().min(1).max(20_000).optional(),
    /** A person of the school's registry, when the reporter knows who posted it. */
    postedById: z.string().min(1).max(200).optional(),
    /** Otherwise a description ("een account met de naam …", "onbekend"). */
    postedByDescription: z.string().trim().min(1).max(500).optional(),
    whatHappened: z.string().trim().min(1).max(10_000),
  })
  .refine((r) => r.link !== undefined || r.text !== undefined, { message: 'geef de link of de tekst van het bericht / give the link or the text of the post', path: ['link'] });
export type ReportInput = z.infer<typeof reportInputSchema>;

export interface SuggestedArticle {
  article: string;
  severity: string;
  kind?: string;
  titleNl: string;
}

type Row = typeof reports.$inferSelect;

/** The check on the reported text, as the articles it may break (no messages: they may name people). */
function suggest(text: string | undefined, posterRole: 'staff' | 'pupil' | 'parent' | 'other', ctx: CheckOptions): { articles: SuggestedArticle[]; version: string } {
  const version = protocolVersion(ctx.school ?? DE_STERREN);
  if (!text) return { articles: [], version };
  const result = check({ text, author: { role: posterRole }, setting: 'private' }, ctx);
  const seen = new Map<string, SuggestedArticle>();
  for (const f of result.findings) {
    if (f.severity === 'info' || seen.has(f.rule)) continue;
    const a = findArticle(f.rule);
    seen.set(f.rule, { article: f.rule, severity: f.severity, ...(f.kind ? { kind: f.kind } : {}), titleNl: a ? a.nl.slice(0, 140) : f.rule });
  }
  return { articles: [...seen.values()], version: result.protocolVersion };
}

const ROLE_OF: Record<string, 'staff' | 'pupil' | 'parent' | 'other'> = { staff: 'staff', pupil: 'pupil', parent: 'parent', other: 'other' };

export async function createReport(db: Db, ctx: CheckOptions, notifier: Notifier, account: SessionAccount, input: ReportInput, now = new Date()): Promise<{ id: number; status: string; suggestedArticles: SuggestedArticle[] }> {
  let posterRole: 'staff' | 'pupil' | 'parent' | 'other' = 'other';
  if (input.postedById) {
    const p = (await db.select().from(people).where(and(eq(people.schoolId, account.schoolId), eq(people.id, input.postedById))).limit(1))[0];
    if (!p) throw new SterrenwachtError('invalid_request', `Persoon "${input.postedById}" staat niet in het register van de school.`, `Person "${input.postedById}" is not in the school's registry.`, 'postedById');
    posterRole = ROLE_OF[p.role] ?? 'other';
  }
  const { articles, version } = suggest(input.text, posterRole, ctx);
  const row = await db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    const [r] = await t
      .insert(reports)
      .values({
        schoolId: account.schoolId,
        reporterAccountId: account.id,
        reporterPersonId: account.personId,
        link: input.link ?? null,
        text: input.text ?? null,
        postedById: input.postedById ?? null,
        postedByDescription: input.postedByDescription ?? (input.postedById ? null : 'onbekend'),
        whatHappened: input.whatHappened,
        suggestedArticles: articles,
        protocolVersion: version,
        createdAt: now,
      })
      .returning();
    await appendAudit(t, { actor: account.id, action: 'report.create', subject: input.postedById ?? account.schoolId, detail: { reportId: r!.id, articles: articles.map((a) => a.article) } });
    return r!;
  });
  const leaders = await db.select({ id: accounts.id }).from(accounts).where(and(eq(accounts.schoolId, account.schoolId), eq(accounts.role, 'schoolleiding')));
  await notifier.toAccounts(
    account.schoolId,
    leaders.map((l) => l.id).filter((id) => id !== account.id),
    { kind: 'report', subject: 'Nieuwe melding over een bericht / New report about a post', nl: 'Er is een nieuwe melding over een bericht op sociale media binnengekomen.', en: 'A new report about a social media post has come in.', path: `/meldingen/${row.id}` },
  );
  return { id: row.id, status: row.status, suggestedArticles: articles };
}

/** Image types accepted as screenshots, recognised by their first bytes (not the declared type alone). */
export function sniffImage(bytes: Uint8Array): 'image/png' | 'image/jpeg' | 'image/webp' | 'image/gif' | undefined {
  const b = bytes;
  if (b.length >= 8 && b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47 && b[4] === 0x0d && b[5] === 0x0a && b[6] === 0x1a && b[7] === 0x0a) return 'image/png';
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  if (b.length >= 12 && String.fromCharCode(...b.subarray(0, 4)) === 'RIFF' && String.fromCharCode(...b.subarray(8, 12)) === 'WEBP') return 'image/webp';
  if (b.length >= 6 && /^GIF8[79]a$/.test(String.fromCharCode(...b.subarray(0, 6)))) return 'image/gif';
  return undefined;
}

async function ownReport(db: Db, account: SessionAccount, id: number): Promise<Row> {
  const r = (await db.select().from(reports).where(and(eq(reports.schoolId, account.schoolId), eq(reports.id, id))).limit(1))[0];
  if (!r || r.reporterAccountId !== account.id) throw new SterrenwachtError('not_found', `Melding ${id} niet gevonden.`, `Report ${id} not found.`);
  return r;
}

/** The reporter adds a screenshot to their own report while it is still new. */
export async function addScreenshot(db: Db, account: SessionAccount, id: number, declared: string, bytes: Uint8Array): Promise<{ id: number; size: number; mime: string }> {
  const mime = sniffImage(bytes);
  if (!mime) throw new SterrenwachtError('invalid_request', 'Een schermafbeelding moet een PNG-, JPEG-, WebP- of GIF-afbeelding zijn.', 'A screenshot must be a PNG, JPEG, WebP or GIF image.');
  if (declared && declared !== mime && declared !== 'application/octet-stream') throw new SterrenwachtError('invalid_request', `Het bestand is ${mime}, niet ${declared}.`, `The file is ${mime}, not ${declared}.`);
  if (bytes.length > MAX_SCREENSHOT_BYTES) throw new SterrenwachtError('invalid_request', 'De schermafbeelding is te groot (maximaal 5 MB).', 'The screenshot is too large (at most 5 MB).');
  return db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    const r = await ownReport(t, account, id);
    if (r.status !== 'gemeld') throw new SterrenwachtError('conflict', 'Deze melding wordt al behandeld; voeg geen afbeeldingen meer toe.', 'This report is already being handled; no more images can be added.');
    const n = (await t.select({ n: sql<number>`count(*)::int` }).from(reportScreenshots).where(eq(reportScreenshots.reportId, id)))[0]?.n ?? 0;
    if (n >= MAX_SCREENSHOTS) throw new SterrenwachtError('conflict', `Een melding heeft hooguit ${MAX_SCREENSHOTS} schermafbeeldingen.`, `A report has at most ${MAX_SCREENSHOTS} screenshots.`);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const [s] = await t.insert(reportScreenshots).values({ reportId: id, mime, size: bytes.length, sha256, data: bytes }).returning({ id: reportScreenshots.id });
    await appendAudit(t, { actor: account.id, action: 'report.screenshot.add', subject: r.postedById ?? account.schoolId, detail: { reportId: id, screenshotId: s!.id, size: bytes.length, sha256 } });
    return { id: s!.id, size: bytes.length, mime };
  });
}

export interface MyReportView {
  id: number;
  createdAt: Date;
  status: string;
  statusNl: string;
  statusEn: string;
  link: string | null;
  whatHappened: string;
  suggestedArticles: unknown;
  screenshots: number;
}

/** The reporter's own reports: what they sent and the status — nothing of the case. */
export async function myReports(db: Db, account: SessionAccount): Promise<MyReportView[]> {
  const rows = await db.select().from(reports).where(and(eq(reports.schoolId, account.schoolId), eq(reports.reporterAccountId, account.id))).orderBy(desc(reports.id));
  const counts = rows.length
    ? await db.select({ reportId: reportScreenshots.reportId, n: sql<number>`count(*)::int` }).from(reportScreenshots).where(inArray(reportScreenshots.reportId, rows.map((r) => r.id))).groupBy(reportScreenshots.reportId)
    : [];
  const n = new Map(counts.map((c) => [c.reportId, c.n]));
  return rows.map((r) => ({ id: r.id, createdAt: r.createdAt, status: r.status, statusNl: STATUS_NL[r.status]!, statusEn: STATUS_EN[r.status]!, link: r.link, whatHappened: r.whatHappened, suggestedArticles: r.suggestedArticles, screenshots: n.get(r.id) ?? 0 }));
}

export interface ReportView {
  id: number;
  createdAt: Date;
  status: string;
  link: string | null;
  text: string | null;
  whatHappened: string;
  postedBy: { id: string; name: string; role: string } | null;
  postedByDescription: string | null;
  reporter: { accountRole: string | null; personId: string | null; name: string | null };
  suggestedArticles: unknown;
  protocolVersion: string;
  caseId: number | null;
  caseReference: string | null;
  /** Ids only; the images come from the screenshot route for those handling it. */
  screenshots: { id: number; mime: string; size: number }[];
  mayReadScreenshots: boolean;
}

async function caseOfReport(db: Db, reportId: number): Promise<typeof cases.$inferSelect | undefined> {
  return (await db.select().from(cases).where(eq(cases.reportId, reportId)).limit(1))[0];
}

async function reportView(db: Db, account: SessionAccount, r: Row): Promise<ReportView> {
  const [poster, reporter, shots, c, acc] = await Promise.all([
    r.postedById ? db.select().from(people).where(eq(people.id, r.postedById)).limit(1) : Promise.resolve([]),
    r.reporterPersonId ? db.select().from(people).where(eq(people.id, r.reporterPersonId)).limit(1) : Promise.resolve([]),
    db.select({ id: reportScreenshots.id, mime: reportScreenshots.mime, size: reportScreenshots.size }).from(reportScreenshots).where(eq(reportScreenshots.reportId, r.id)).orderBy(asc(reportScreenshots.id)),
    caseOfReport(db, r.id),
    r.reporterAccountId ? db.select({ role: accounts.role }).from(accounts).where(eq(accounts.id, r.reporterAccountId)).limit(1) : Promise.resolve([]),
  ]);
  const p = poster[0];
  return {
    id: r.id,
    createdAt: r.createdAt,
    status: r.status,
    link: r.link,
    text: r.text,
    whatHappened: r.whatHappened,
    postedBy: p ? { id: p.id, name: p.name, role: p.role } : null,
    postedByDescription: r.postedByDescription,
    reporter: { accountRole: acc[0]?.role ?? null, personId: r.reporterPersonId, name: reporter[0]?.name ?? null },
    suggestedArticles: r.suggestedArticles,
    protocolVersion: r.protocolVersion,
    caseId: c?.id ?? null,
    caseReference: c?.reference ?? null,
    screenshots: shots,
    mayReadScreenshots: mayReadScreenshot(account, c ? { handlerId: c.handlerId, subjectKind: c.subjectKind as SubjectKind } : undefined),
  };
}

/** The school's reports, for those who triage them (school management). Audited. */
export async function listReports(db: Db, account: SessionAccount, status?: string): Promise<ReportView[]> {
  const where = status ? and(eq(reports.schoolId, account.schoolId), eq(reports.status, status)) : eq(reports.schoolId, account.schoolId);
  const rows = await db.select().from(reports).where(where).orderBy(desc(reports.id)).limit(500);
  await appendAudit(db, { actor: account.id, action: 'reports.list', subject: account.schoolId, detail: { count: rows.length } });
  return Promise.all(rows.map((r) => reportView(db, account, r)));
}

export async function getReport(db: Db, account: SessionAccount, id: number): Promise<ReportView> {
  const r = (await db.select().from(reports).where(and(eq(reports.schoolId, account.schoolId), eq(reports.id, id))).limit(1))[0];
  if (!r) throw new SterrenwachtError('not_found', `Melding ${id} niet gevonden.`, `Report ${id} not found.`);
  await appendAudit(db, { actor: account.id, action: 'report.read', subject: r.postedById ?? account.schoolId, detail: { reportId: id } });
  return reportView(db, account, r);
}

/** One screenshot, for those handling the report (policy.ts). Audited. */
export async function readScreenshot(db: Db, account: SessionAccount, reportId: number, screenshotId: number): Promise<{ mime: string; data: Uint8Array }> {
  const r = (await db.select().from(reports).where(and(eq(reports.schoolId, account.schoolId), eq(reports.id, reportId))).limit(1))[0];
  const s = r ? (await db.select().from(reportScreenshots).where(and(eq(reportScreenshots.reportId, reportId), eq(reportScreenshots.id, screenshotId))).limit(1))[0] : undefined;
  if (!r || !s) throw new SterrenwachtError('not_found', 'Schermafbeelding niet gevonden.', 'Screenshot not found.');
  const c = await caseOfReport(db, reportId);
  if (!mayReadScreenshot(account, c ? { handlerId: c.handlerId, subjectKind: c.subjectKind as SubjectKind } : undefined)) {
    throw new SterrenwachtError('forbidden', 'Alleen wie de zaak behandelt, ziet de schermafbeeldingen.', 'Only those handling the case see the screenshots.');
  }
  await appendAudit(db, { actor: account.id, action: 'report.screenshot.read', subject: r.postedById ?? account.schoolId, detail: { reportId, screenshotId } });
  return { mime: s.mime, data: s.data };
}

/** Close a report that does not become a case (unfounded, outside the protocol), with a reason. */
export async function closeReport(db: Db, notifier: Notifier, account: SessionAccount, id: number, reason: string, now = new Date()): Promise<void> {
  const r = await db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    const row = (await t.select().from(reports).where(and(eq(reports.schoolId, account.schoolId), eq(reports.id, id))).limit(1))[0];
    if (!row) throw new SterrenwachtError('not_found', `Melding ${id} niet gevonden.`, `Report ${id} not found.`);
    if (await caseOfReport(t, id)) throw new SterrenwachtError('conflict', 'Deze melding is een zaak geworden; sluit de zaak.', 'This report became a case; close the case.');
    if (row.status === 'afgesloten') throw new SterrenwachtError('conflict', `Melding ${id} is al afgesloten.`, `Report ${id} is already closed.`);
    await t.update(reports).set({ status: 'afgesloten', closedAt: now }).where(eq(reports.id, id));
    await appendAudit(t, { actor: account.id, action: 'report.close', subject: row.postedById ?? account.schoolId, detail: { reportId: id, reason } });
    return row;
  });
  await notifyReporter(notifier, r, 'afgesloten');
}

/** The reporter hears only that the status changed. */
export async function notifyReporter(notifier: Notifier, r: Pick<Row, 'schoolId' | 'reporterAccountId' | 'id'>, status: string): Promise<void> {
  if (!r.reporterAccountId) return;
  await notifier.toAccounts(r.schoolId, [r.reporterAccountId], {
    kind: 'report',
    subject: 'Je melding: de status is gewijzigd / Your report: its status changed',
    nl: `De status van je melding is nu: ${STATUS_NL[status]!.toLowerCase()}. Meer dan de status kunnen we je niet laten zien.`,
    en: `The status of your report is now: ${STATUS_EN[status]!.toLowerCase()}. We cannot show you more than the status.`,
    path: '/meldingen/mijn',
  });
}
