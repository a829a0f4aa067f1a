/**
 * Protocol versions per school (issue 12).
 *
 * - Every school starts from the template: version 1 holds the template articles and the
 *   school's settings; when the school's settings carry a (G)MR approval date, version 1 is
 *   in force from that date (recorded as a decision taken before Sterrenwacht), otherwise it
 *   is a draft.
 * - One draft at a time, edited article by article (Dutch and English) and in its parameters.
 * - An MR member records the (G)MR's decision (meeting date, outcome, minutes reference)
 *   against the exact content: a later edit makes the approval outdated.
 * - The school leader publishes an approved draft: the meeting date fills {datum}, the
 *   previous version is superseded, the new one is in force, immutable (here and in the
 *   database: a trigger and a partial unique index).
 *
 * `protocolInForce(db, schoolId)` is what other domains call (check, consultations, cases):
 * the version id they record, and the articles and parameters it holds.
 */
import { and, asc, desc, eq, ne, sql } from 'drizzle-orm';
import { appendAudit } from '../audit/log.js';
import { SterrenwachtError } from '../errors.js';
import type { Article } from '../protocol/articles.js';
import { DE_STERREN, schoolProfileSchema, type SchoolProfile } from '../protocol/school.js';
import { getSchool } from '../registry/school.js';
import type { Db } from '../store/db.js';
import { protocolApprovals, protocolVersions, schools } from '../store/schema.js';
import { AUTOMATED, PARAM_KEYS, PARAM_LABELS, contentHashOf, currentRuleFingerprints, paramsOf, protocolParamsSchema, storedArticleSchema, templateArticles, type ParamKey, type ProtocolParams } from './template.js';

export type VersionStatus = 'draft' | 'in_force' | 'superseded';

export interface Summary {
  nl: string;
  en: string;
  /** Written by the school leader (true) or made from the changes (false). */
  custom: boolean;
}

export interface Approval {
  id: number;
  meetingDate: string;
  outcome: 'approved' | 'rejected';
  minutesRef: string;
  contentHash: string;
  recordedBy: string;
  recordedAt: string;
}

export interface ProtocolVersion {
  id: string;
  schoolId: string;
  number: number;
  status: VersionStatus;
  basedOn: string | null;
  articles: Article[];
  params: ProtocolParams;
  ruleFingerprints: Record<string, string>;
  summary: Summary;
  contentHash: string;
  approvalDate: string | null;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  publishedBy: string | null;
  publishedAt: string | null;
}

/** Where a draft stands with the (G)MR. */
export type ApprovalState = 'none' | 'approved' | 'rejected' | 'outdated';

type Row = typeof protocolVersions.$inferSelect;

const iso = (d: Date | string | null): string | null => (d === null ? null : new Date(d).toISOString());

function toVersion(r: Row): ProtocolVersion {
  return {
    id: r.id,
    schoolId: r.schoolId,
    number: r.number,
    status: r.status as VersionStatus,
    basedOn: r.basedOn,
    articles: storedArticleSchema.array().parse(r.articles),
    params: protocolParamsSchema.parse(r.params),
    ruleFingerprints: r.ruleFingerprints as Record<string, string>,
    summary: r.summary as Summary,
    contentHash: r.contentHash,
    approvalDate: r.approvalDate,
    createdBy: r.createdBy,
    createdAt: iso(r.createdAt)!,
    updatedAt: iso(r.updatedAt)!,
    publishedBy: r.publishedBy,
    publishedAt: iso(r.publishedAt),
  };
}

function toApproval(r: typeof protocolApprovals.$inferSelect): Approval {
  return { id: r.id, meetingDate: r.meetingDate, outcome: r.outcome as Approval['outcome'], minutesRef: r.minutesRef, contentHash: r.contentHash, recordedBy: r.recordedBy, recordedAt: iso(r.recordedAt)! };
}

const notFound = (id: string): SterrenwachtError => new SterrenwachtError('not_found', `Protocolversie "${id}" niet gevonden.`, `Protocol version "${id}" not found.`);

/** Create version 1 from the template for a school that has no versions yet (idempotent). */
export async function ensureVersions(db: Db, schoolId: string, fallback?: SchoolProfile): Promise<void> {
  const any = await db.select({ id: protocolVersions.id }).from(protocolVersions).where(eq(protocolVersions.schoolId, schoolId)).limit(1);
  if (any.length) return;
  const school = await getSchool(db, schoolId, fallback ?? DE_STERREN);
  const articles = templateArticles();
  const params = paramsOf(school.profile);
  const approvalDate = school.profile.approvalDate ?? null;
  const contentHash = contentHashOf(articles, params);
  await db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    const made = await t
      .insert(protocolVersions)
      .values({
        id: `${schoolId}-v1`,
        schoolId,
        number: 1,
        status: approvalDate ? 'in_force' : 'draft',
        articles,
        params,
        ruleFingerprints: currentRuleFingerprints(),
        summary: { nl: 'Het protocol sociale media van de school, naar het model-protocol.', en: "The school's social media protocol, after the template protocol.", custom: false },
        contentHash,
        approvalDate,
        createdBy: 'system',
        ...(approvalDate ? { publishedBy: 'system', publishedAt: new Date(`${approvalDate}T12:00:00Z`) } : {}),
      })
      .onConflictDoNothing()
      .returning({ id: protocolVersions.id });
    if (!made.length) return; // another request made it first
    if (approvalDate) {
      await t.insert(protocolApprovals).values({ versionId: `${schoolId}-v1`, meetingDate: approvalDate, outcome: 'approved', minutesRef: 'Vastgesteld vóór Sterrenwacht (datum uit de schoolinstellingen) / adopted before Sterrenwacht', contentHash, recordedBy: 'system' });
    }
    await appendAudit(t, { actor: 'system', action: 'protocol.version.create', subject: `${schoolId}-v1`, detail: { schoolId, from: 'template', status: approvalDate ? 'in_force' : 'draft' } });
  });
}

export async function listVersions(db: Db, schoolId: string): Promise<ProtocolVersion[]> {
  await ensureVersions(db, schoolId);
  const rows = await db.select().from(protocolVersions).where(eq(protocolVersions.schoolId, schoolId)).orderBy(desc(protocolVersions.number));
  return rows.map(toVersion);
}

/** A version of the school (never another school's: that is "not found"). */
export async function getVersion(db: Db, schoolId: string, id: string): Promise<ProtocolVersion> {
  await ensureVersions(db, schoolId);
  const row = (await db.select().from(protocolVersions).where(and(eq(protocolVersions.id, id), eq(protocolVersions.schoolId, schoolId))).limit(1))[0];
  if (!row) throw notFound(id);
  return toVersion(row);
}

/** A version by id or number ("2", "v2", "de-sterren-v2"), or "in-force"/"geldend", or "template". */
export async function resolveVersion(db: Db, schoolId: string, ref: string): Promise<ProtocolVersion> {
  const r = ref.trim().toLowerCase();
  if (r === 'in-force' || r === 'geldend' || r === 'current') {
    const v = await versionInForce(db, schoolId);
    if (!v) throw new SterrenwachtError('not_found', 'Er is nog geen versie van het protocol vastgesteld.', 'No version of the protocol is in force yet.');
    return v;
  }
  if (r === 'draft' || r === 'concept') {
    const d = (await listVersions(db, schoolId)).find((v) => v.status === 'draft');
    if (!d) throw new SterrenwachtError('not_found', 'Er is geen conceptversie.', 'There is no draft version.');
    return d;
  }
  const m = /^v?(\d{1,6})$/.exec(r);
  if (m) {
    await ensureVersions(db, schoolId);
    const row = (await db.select().from(protocolVersions).where(and(eq(protocolVersions.schoolId, schoolId), eq(protocolVersions.number, Number(m[1])))).limit(1))[0];
    if (!row) throw notFound(ref);
    return toVersion(row);
  }
  return getVersion(db, schoolId, ref);
}

export async function versionInForce(db: Db, schoolId: string): Promise<ProtocolVersion | undefined> {
  await ensureVersions(db, schoolId);
  const row = (await db.select().from(protocolVersions).where(and(eq(protocolVersions.schoolId, schoolId), eq(protocolVersions.status, 'in_force'))).limit(1))[0];
  return row ? toVersion(row) : undefined;
}

export async function approvalsOf(db: Db, versionId: string): Promise<Approval[]> {
  const rows = await db.select().from(protocolApprovals).where(eq(protocolApprovals.versionId, versionId)).orderBy(asc(protocolApprovals.id));
  return rows.map(toApproval);
}

/** The latest (G)MR decision on a version, and whether it still covers what the version says. */
export function approvalState(v: ProtocolVersion, approvals: readonly Approval[]): { state: ApprovalState; latest?: Approval } {
  const latest = approvals.at(-1);
  if (!latest) return { state: 'none' };
  if (latest.contentHash !== v.contentHash) return { state: 'outdated', latest };
  return { state: latest.outcome, latest };
}

/** The school's settings as the check uses them under a version: its parameters, its approval date. */
export function profileUnder(school: SchoolProfile, v: ProtocolVersion): SchoolProfile {
  const out: SchoolProfile = { ...school, ...v.params };
  if (v.approvalDate) out.approvalDate = v.approvalDate;
  else delete out.approvalDate;
  return out;
}

export interface ProtocolInForce {
  /** The id to record with a check result, consultation or case (e.g. "de-sterren-v2"). */
  versionId: string;
  number: number;
  approvalDate: string | null;
  articles: Article[];
  /** The school's settings under this version (what the check uses). */
  school: SchoolProfile;
}

/**
 * The version in force for a school: the id that check results, consultations and cases
 * record, its articles and the school's parameters under it. Undefined while no version is
 * in force (a new school whose first version waits for the (G)MR).
 */
export async function protocolInForce(db: Db, schoolId: string, fallback?: SchoolProfile): Promise<ProtocolInForce | undefined> {
  const v = await versionInForce(db, schoolId);
  if (!v) return undefined;
  const school = await getSchool(db, schoolId, fallback ?? schoolProfileSchema.parse({ ...v.params }));
  return { versionId: v.id, number: v.number, approvalDate: v.approvalDate, articles: v.articles, school: profileUnder(school.profile, v) };
}

/** The id of the version in force, for consultations and cases to record. */
export async function protocolVersionIdFor(db: Db, schoolId: string): Promise<string | undefined> {
  return (await versionInForce(db, schoolId))?.id;
}

function changedArticles(base: ProtocolVersion | undefined, v: { articles: readonly Article[]; params: ProtocolParams }): { articles: string[]; params: ParamKey[] } {
  if (!base) return { articles: [], params: [] };
  const before = new Map(base.articles.map((a) => [a.id, a]));
  const articles = v.articles.filter((a) => {
    const b = before.get(a.id);
    return !b || b.nl !== a.nl || b.en !== a.en;
  });
  const params = PARAM_KEYS.filter((k) => JSON.stringify(base.params[k]) !== JSON.stringify(v.params[k]));
  return { articles: articles.map((a) => a.id), params };
}

/** A summary made from the changes: "Gewijzigd: artikel A5; hashtags." */
export function autoSummary(base: ProtocolVersion | undefined, v: { articles: readonly Article[]; params: ProtocolParams }): Summary {
  const c = changedArticles(base, v);
  if (!c.articles.length && !c.params.length) return { nl: 'Geen inhoudelijke wijzigingen ten opzichte van de vorige versie.', en: 'No changes in content since the previous version.', custom: false };
  const nl: string[] = [];
  const en: string[] = [];
  if (c.articles.length) {
    nl.push(`${c.articles.length === 1 ? 'artikel' : 'artikelen'} ${c.articles.join(', ')}`);
    en.push(`${c.articles.length === 1 ? 'article' : 'articles'} ${c.articles.join(', ')}`);
  }
  if (c.params.length) {
    nl.push(c.params.map((k) => PARAM_LABELS[k][0].toLowerCase()).join(', '));
    en.push(c.params.map((k) => PARAM_LABELS[k][1].toLowerCase()).join(', '));
  }
  return { nl: `Gewijzigd: ${nl.join('; ')}.`, en: `Changed: ${en.join('; ')}.`, custom: false };
}

function mustBeDraft(v: ProtocolVersion): void {
  if (v.status !== 'draft') {
    throw new SterrenwachtError('conflict', `Versie ${v.number} is vastgesteld en kan niet meer veranderen; maak een nieuwe conceptversie.`, `Version ${v.number} is published and can no longer change; make a new draft version.`);
  }
}

/** A new draft from the version in force (or another version of the school). One draft at a time. */
export async function createDraft(db: Db, schoolId: string, actor: string, opts: { basedOn?: string } = {}): Promise<ProtocolVersion> {
  await ensureVersions(db, schoolId);
  return db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    await t.execute(sql`select id from ${schools} where ${schools.id} = ${schoolId} for update`);
    const all = (await t.select().from(protocolVersions).where(eq(protocolVersions.schoolId, schoolId)).orderBy(desc(protocolVersions.number))).map(toVersion);
    const open = all.find((v) => v.status === 'draft');
    if (open) throw new SterrenwachtError('conflict', `Er is al een conceptversie (versie ${open.number}); werk die bij of gooi hem weg.`, `There already is a draft (version ${open.number}); edit it or discard it.`);
    const base = opts.basedOn ? all.find((v) => v.id === opts.basedOn || String(v.number) === opts.basedOn) : (all.find((v) => v.status === 'in_force') ?? all[0]);
    if (opts.basedOn && !base) throw notFound(opts.basedOn);
    const number = (all[0]?.number ?? 0) + 1;
    const articles = base ? base.articles : templateArticles();
    const params = base ? base.params : paramsOf((await getSchool(t, schoolId, DE_STERREN)).profile);
    const id = `${schoolId}-v${number}`;
    const [row] = await t
      .insert(protocolVersions)
      .values({ id, schoolId, number, status: 'draft', basedOn: base?.id ?? null, articles, params, ruleFingerprints: currentRuleFingerprints(), summary: autoSummary(base, { articles, params }), contentHash: contentHashOf(articles, params), createdBy: actor })
      .returning();
    await appendAudit(t, { actor, action: 'protocol.version.create', subject: id, detail: { schoolId, basedOn: base?.id ?? 'template' } });
    return toVersion(row!);
  });
}

async function saveDraft(db: Db, v: ProtocolVersion, actor: string, change: { articles?: Article[]; params?: ProtocolParams; summary?: Summary }, audit: Record<string, unknown>): Promise<ProtocolVersion> {
  mustBeDraft(v);
  const articles = change.articles ?? v.articles;
  const params = change.params ?? v.params;
  const base = v.basedOn ? await getVersion(db, v.schoolId, v.basedOn).catch(() => undefined) : undefined;
  const summary = change.summary ?? (v.summary.custom ? v.summary : autoSummary(base, { articles, params }));
  return db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    const [row] = await t
      .update(protocolVersions)
      .set({ articles, params, summary, ruleFingerprints: currentRuleFingerprints(), contentHash: contentHashOf(articles, params), updatedAt: new Date() })
      .where(and(eq(protocolVersions.id, v.id), eq(protocolVersions.status, 'draft')))
      .returning();
    if (!row) mustBeDraft({ ...v, status: 'in_force' });
    await appendAudit(t, { actor, action: 'protocol.version.edit', subject: v.id, detail: audit });
    return toVersion(row!);
  });
}

/** Change one article of a draft (Dutch and English text). */
export async function editArticle(db: Db, schoolId: string, versionId: string, actor: string, articleId: string, text: { nl: string; en: string }): Promise<ProtocolVersion> {
  const v = await getVersion(db, schoolId, versionId);
  mustBeDraft(v);
  const id = articleId.toUpperCase();
  if (!v.articles.some((a) => a.id === id)) throw new SterrenwachtError('unknown_article', `Artikel "${articleId}" bestaat niet.`, `Article "${articleId}" does not exist.`, 'article');
  const articles = v.articles.map((a) => (a.id === id ? { ...a, nl: text.nl.trim(), en: text.en.trim() } : a));
  return saveDraft(db, v, actor, { articles }, { article: id });
}

/** Change the draft's parameters (merged with what is there) and/or its summary. */
export async function editDraft(db: Db, schoolId: string, versionId: string, actor: string, patch: { params?: Partial<ProtocolParams>; summary?: { nl: string; en: string } | null }): Promise<ProtocolVersion> {
  const v = await getVersion(db, schoolId, versionId);
  mustBeDraft(v);
  let params: ProtocolParams | undefined;
  if (patch.params) {
    const merged = protocolParamsSchema.safeParse({ ...v.params, ...patch.params });
    if (!merged.success) {
      const issue = merged.error.issues[0];
      const path = `params.${issue?.path.join('.') ?? ''}`;
      throw new SterrenwachtError('invalid_request', `Parameter "${path}" is ongeldig: ${issue?.message ?? ''}`, `Parameter "${path}" is invalid: ${issue?.message ?? ''}`, path);
    }
    params = merged.data;
  }
  let summary: Summary | undefined;
  if (patch.summary === null) {
    const base = v.basedOn ? await getVersion(db, schoolId, v.basedOn).catch(() => undefined) : undefined;
    summary = autoSummary(base, { articles: v.articles, params: params ?? v.params });
  } else if (patch.summary) summary = { nl: patch.summary.nl.trim(), en: patch.summary.en.trim(), custom: true };
  return saveDraft(db, v, actor, { ...(params ? { params } : {}), ...(summary ? { summary } : {}) }, { params: Object.keys(patch.params ?? {}).sort(), summary: patch.summary !== undefined });
}

/** Throw a draft away (only while the (G)MR has not decided on it: its decisions are records). */
export async function discardDraft(db: Db, schoolId: string, versionId: string, actor: string): Promise<void> {
  const v = await getVersion(db, schoolId, versionId);
  mustBeDraft(v);
  if ((await approvalsOf(db, v.id)).length) {
    throw new SterrenwachtError('conflict', 'De (G)MR heeft al over deze conceptversie besloten; dat besluit blijft bewaard, dus de versie ook. Pas hem aan en leg hem opnieuw voor.', 'The (G)MR has already decided on this draft; that decision is kept, and so is the version. Change it and submit it again.');
  }
  await db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    await t.delete(protocolVersions).where(and(eq(protocolVersions.id, v.id), eq(protocolVersions.status, 'draft')));
    await appendAudit(t, { actor, action: 'protocol.version.discard', subject: v.id, detail: { schoolId } });
  });
}

export interface ApprovalInput {
  meetingDate: string;
  outcome: 'approved' | 'rejected';
  minutesRef: string;
}

/** The (G)MR's decision on a draft, recorded by an MR member against the content it saw. */
export async function recordApproval(db: Db, schoolId: string, versionId: string, actor: string, input: ApprovalInput): Promise<Approval> {
  const v = await getVersion(db, schoolId, versionId);
  mustBeDraft(v);
  const day = new Date(`${input.meetingDate}T12:00:00Z`);
  if (Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== input.meetingDate) {
    throw new SterrenwachtError('invalid_request', 'Vergaderdatum is geen geldige datum (JJJJ-MM-DD).', 'Meeting date is not a valid date (YYYY-MM-DD).', 'meetingDate');
  }
  if (day.getTime() > Date.now() + 24 * 3600_000) throw new SterrenwachtError('invalid_request', 'De vergaderdatum ligt in de toekomst.', 'The meeting date is in the future.', 'meetingDate');
  return db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    const [row] = await t.insert(protocolApprovals).values({ versionId: v.id, meetingDate: input.meetingDate, outcome: input.outcome, minutesRef: input.minutesRef.trim(), contentHash: v.contentHash, recordedBy: actor }).returning();
    await appendAudit(t, { actor, action: 'protocol.version.approval', subject: v.id, detail: { outcome: input.outcome, meetingDate: input.meetingDate, contentHash: v.contentHash } });
    return toApproval(row!);
  });
}

/**
 * Publish a draft the (G)MR approved as it stands: its meeting date fills {datum}; the
 * version in force is superseded; the school's settings follow the new parameters.
 */
export async function publishVersion(db: Db, schoolId: string, versionId: string, actor: string): Promise<ProtocolVersion> {
  const v = await getVersion(db, schoolId, versionId);
  mustBeDraft(v);
  const { state, latest } = approvalState(v, await approvalsOf(db, v.id));
  if (state !== 'approved' || !latest) {
    const why: Record<Exclude<ApprovalState, 'approved'>, [string, string]> = {
      none: ['De (G)MR heeft nog niet ingestemd met deze versie; een MR-lid legt de instemming eerst vast.', 'The (G)MR has not consented to this version yet; an MR member records the consent first.'],
      rejected: ['De (G)MR heeft niet ingestemd met deze versie.', 'The (G)MR did not consent to this version.'],
      outdated: ['De versie is gewijzigd nadat de (G)MR instemde; leg de gewijzigde versie opnieuw voor.', 'The version changed after the (G)MR consented; submit the changed version again.'],
    };
    const [nl, en] = why[state as Exclude<ApprovalState, 'approved'>];
    throw new SterrenwachtError('conflict', nl, en);
  }
  return db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    await t.execute(sql`select id from ${schools} where ${schools.id} = ${schoolId} for update`);
    const previous = await t
      .update(protocolVersions)
      .set({ status: 'superseded' })
      .where(and(eq(protocolVersions.schoolId, schoolId), eq(protocolVersions.status, 'in_force'), ne(protocolVersions.id, v.id)))
      .returning({ id: protocolVersions.id });
    const [row] = await t
      .update(protocolVersions)
      .set({ status: 'in_force', approvalDate: latest.meetingDate, publishedBy: actor, publishedAt: new Date(), ruleFingerprints: currentRuleFingerprints() })
      .where(and(eq(protocolVersions.id, v.id), eq(protocolVersions.status, 'draft'), eq(protocolVersions.contentHash, latest.contentHash)))
      .returning();
    if (!row) throw new SterrenwachtError('conflict', 'De versie veranderde tijdens het vaststellen; probeer het opnieuw.', 'The version changed while publishing; try again.');
    // the school's stored settings follow the version in force (name, aliases, …, approval date)
    const current = await getSchool(t, schoolId, DE_STERREN);
    const profile = { ...current.profile, ...v.params, approvalDate: latest.meetingDate };
    await t.update(schools).set({ name: v.params.name, profile }).where(eq(schools.id, schoolId));
    await appendAudit(t, { actor, action: 'protocol.version.publish', subject: v.id, detail: { schoolId, approvalDate: latest.meetingDate, supersedes: previous.map((p) => p.id), contentHash: v.contentHash } });
    return toVersion(row);
  });
}

/** What a version is, for a person: the version, its (G)MR decisions and where it stands. */
export interface VersionView extends ProtocolVersion {
  approvals: Approval[];
  approval: ApprovalState;
  automated: string[];
}

export async function versionView(db: Db, v: ProtocolVersion): Promise<VersionView> {
  const approvals = await approvalsOf(db, v.id);
  return { ...v, approvals, approval: approvalState(v, approvals).state, automated: [...AUTOMATED] };
}
