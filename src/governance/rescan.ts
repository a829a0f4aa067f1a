/**
 * Rescanning what was already posted: every post of an imported archive is checked under a
 * chosen version of the protocol (its parameters, the school's registry), one at a time, and
 * what is kept is only the report: per article the number of posts concerned and, for at
 * most `EXAMPLES_PER_ARTICLE` of them, the date, the author when known, the verdict and an
 * excerpt of the words concerned (no more of a post's text than that). Memory stays flat
 * however long the archive is (bench: `npm run bench:rescan`).
 *
 * Over HTTP a rescan is a job: created first (`POST …/rescans`), then fed the archive as a
 * stream (`PUT …/rescans/:id/archive`), its progress readable meanwhile (`GET …/rescans/:id`).
 */
import { and, desc, eq } from 'drizzle-orm';
import { check, verdictOf } from '../check/engine.js';
import type { CheckResult, Finding, Person, Verdict } from '../check/types.js';
import { appendAudit } from '../audit/log.js';
import { SterrenwachtError } from '../errors.js';
import type { SchoolProfile } from '../protocol/school.js';
import type { Db } from '../store/db.js';
import { rescanJobs } from '../store/schema.js';
import { readArchive, type ArchiveFormat, type ArchiveItem, type ArchivePost } from './archive.js';
import { profileUnder, type ProtocolVersion } from './versions.js';

export const EXAMPLES_PER_ARTICLE = 25;
export const AUTHOR_MODES = ['auto', 'staff', 'parent', 'pupil', 'other'] as const;
export type AuthorMode = (typeof AUTHOR_MODES)[number];
const SKIPPED_KEPT = 20;

export interface RescanExample {
  n: number;
  date?: string;
  author?: string;
  verdict: Verdict;
  severity: Finding['severity'];
  /** At most ~160 characters of the post around the words concerned. */
  excerpt: string;
  /** The words concerned within `excerpt` (UTF-16 offsets), when the finding has a span. */
  mark?: [number, number];
  message: string;
  messageEn: string;
  /** Not flagged for this article under the version compared with. */
  new?: true;
}

export interface ArticleReport {
  article: string;
  /** Posts with at least one finding of this article (not counting advice). */
  posts: number;
  /** The same, under the version compared with (when the rescan compares). */
  postsBefore?: number;
  /** Posts flagged for this article now that were not under the version compared with. */
  postsNew?: number;
  bySeverity: { block: number; consult: number; revise: number };
  examples: RescanExample[];
}

export interface RescanReport {
  versionId: string;
  versionNumber: number;
  /** The version the results are compared with, if any. */
  comparedWith?: { versionId: string; versionNumber: number; verdicts: Record<Verdict, number> };
  contentHash: string;
  posts: number;
  /** Posts the protocol covers (D2). */
  schoolRelated: number;
  verdicts: Record<Verdict, number>;
  articles: ArticleReport[];
  skipped: number;
  skippedExamples: { n: number; reason: { nl: string; en: string } }[];
  ms: number;
  postsPerSecond: number;
  /** How the posts were read: who posted them (the check's author role), in what setting. */
  assumptions: { authorRole: string; setting: string };
}

export interface RescanOptions {
  version: ProtocolVersion;
  /** The school's settings (the version's parameters go over them). */
  school: SchoolProfile;
  /** The school's registry, so names of pupils and consent are known. */
  people: readonly Person[];
  /**
   * Who an archived post is read as. `auto` (default): the school itself (no author, or the
   * school's name) posts as staff at work; an author whose name is in the school's registry
   * as that person (their role; staff at work, others in private); anyone else as 'other'.
   */
  authorRole?: AuthorMode;
  setting?: 'work' | 'private' | 'lesson';
  /** Also check every post under this version, and show what changes. */
  compareTo?: ProtocolVersion | undefined;
  onProgress?: (p: { posts: number }) => void | Promise<void>;
  /** How often onProgress is called, in posts (default 250). */
  progressEvery?: number;
}

function excerptOf(text: string, span: [number, number] | undefined): { excerpt: string; mark?: [number, number] } {
  if (!span) return { excerpt: text.length > 160 ? `${text.slice(0, 157)}…` : text };
  const [s, e] = [Math.max(0, span[0]), Math.min(text.length, span[1])];
  const from = Math.max(0, s - 50);
  const to = Math.min(text.length, Math.max(e, s + 1) + 50, from + 160);
  const pre = from > 0 ? '…' : '';
  const excerpt = `${pre}${text.slice(from, to)}${to < text.length ? '…' : ''}`;
  return { excerpt, mark: [pre.length + (s - from), pre.length + Math.min(e, to) - from] };
}

export class ReportBuilder {
  private readonly started = Date.now();
  private readonly articles = new Map<string, ArticleReport>();
  private readonly verdicts: Record<Verdict, number> = { allowed: 0, revise: 0, consult: 0, blocked: 0 };
  private posts = 0;
  private related = 0;
  private skipped = 0;
  private readonly skippedExamples: RescanReport['skippedExamples'] = [];
  private readonly before = new Map<string, { posts: number; postsNew: number }>();
  private readonly verdictsBefore: Record<Verdict, number> = { allowed: 0, revise: 0, consult: 0, blocked: 0 };

  constructor(
    private readonly version: ProtocolVersion,
    private readonly assumptions: RescanReport['assumptions'],
    private readonly compareTo?: ProtocolVersion,
  ) {}

  get count(): number {
    return this.posts + this.skipped;
  }

  skip(n: number, reason: { nl: string; en: string }): void {
    this.skipped++;
    if (this.skippedExamples.length < SKIPPED_KEPT) this.skippedExamples.push({ n, reason });
  }

  add(post: ArchivePost, result: CheckResult, previous?: CheckResult): void {
    this.posts++;
    this.verdicts[result.verdict]++;
    if (result.schoolRelated) this.related++;
    const had = new Set<string>();
    if (previous) {
      this.verdictsBefore[previous.verdict]++;
      for (const f of previous.findings) if (f.severity !== 'info') had.add(f.rule);
      for (const rule of had) {
        const b = this.before.get(rule) ?? { posts: 0, postsNew: 0 };
        b.posts++;
        this.before.set(rule, b);
      }
    }
    const seen = new Set<string>();
    for (const f of result.findings) {
      if (f.severity === 'info') continue;
      let a = this.articles.get(f.rule);
      if (!a) {
        a = { article: f.rule, posts: 0, bySeverity: { block: 0, consult: 0, revise: 0 }, examples: [] };
        this.articles.set(f.rule, a);
      }
      if (seen.has(f.rule)) continue;
      seen.add(f.rule);
      a.posts++;
      a.bySeverity[f.severity]++;
      const isNew = !!previous && !had.has(f.rule);
      if (isNew) {
        const b = this.before.get(f.rule) ?? { posts: 0, postsNew: 0 };
        b.postsNew++;
        this.before.set(f.rule, b);
      }
      // with a comparison, what is new under this version is shown first
      const example: RescanExample = { n: post.n, ...(post.date ? { date: post.date } : {}), ...(post.author ? { author: post.author } : {}), verdict: result.verdict, severity: f.severity, ...excerptOf(post.text, f.span), message: f.message, messageEn: f.messageEn, ...(isNew ? { new: true as const } : {}) };
      if (a.examples.length < EXAMPLES_PER_ARTICLE) a.examples.push(example);
      else if (isNew) {
        const i = a.examples.findIndex((e) => !e.new);
        if (i >= 0) a.examples[i] = example;
      }
    }
  }

  report(): RescanReport {
    const ms = Date.now() - this.started;
    const order = this.version.articles.map((a) => a.id);
    if (this.compareTo) {
      for (const rule of this.before.keys()) if (!this.articles.has(rule)) this.articles.set(rule, { article: rule, posts: 0, bySeverity: { block: 0, consult: 0, revise: 0 }, examples: [] });
      for (const a of this.articles.values()) {
        a.postsBefore = this.before.get(a.article)?.posts ?? 0;
        a.postsNew = this.before.get(a.article)?.postsNew ?? 0;
      }
    }
    const articles = [...this.articles.values()].filter((a) => a.posts > 0 || (a.postsBefore ?? 0) > 0).sort((x, y) => order.indexOf(x.article) - order.indexOf(y.article));
    return {
      versionId: this.version.id,
      versionNumber: this.version.number,
      ...(this.compareTo ? { comparedWith: { versionId: this.compareTo.id, versionNumber: this.compareTo.number, verdicts: { ...this.verdictsBefore } } } : {}),
      contentHash: this.version.contentHash,
      posts: this.posts,
      schoolRelated: this.related,
      verdicts: { ...this.verdicts },
      articles,
      skipped: this.skipped,
      skippedExamples: [...this.skippedExamples],
      ms,
      postsPerSecond: ms > 0 ? Math.round((this.posts * 1000) / ms) : this.posts,
      assumptions: this.assumptions,
    };
  }
}

/**
 * A post by the school's own account speaks for the school: the articles that ask a staff
 * member to say they work there and that the view is their own (B1, C3, C4) do not apply.
 */
const OWN_ACCOUNT_EXEMPT = new Set(['B1', 'C3', 'C4']);
function ownAccount(r: CheckResult): CheckResult {
  if (!r.findings.some((f) => OWN_ACCOUNT_EXEMPT.has(f.rule))) return r;
  const findings = r.findings.filter((f) => !OWN_ACCOUNT_EXEMPT.has(f.rule));
  return { ...r, findings, verdict: verdictOf(findings) };
}

/** Rescan archive items under a version: the report, nothing else. */
export async function rescanItems(items: AsyncIterable<ArchiveItem>, opts: RescanOptions): Promise<RescanReport> {
  const authorRole = opts.authorRole ?? 'auto';
  const school = profileUnder(opts.school, opts.version);
  const people = opts.people;
  const setting = opts.setting ?? (authorRole === 'auto' ? 'auto' : authorRole === 'staff' ? 'work' : 'private');
  const builder = new ReportBuilder(opts.version, { authorRole, setting }, opts.compareTo);
  const before = opts.compareTo ? profileUnder(opts.school, opts.compareTo) : undefined;
  const norm = (s: string): string => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
  const schoolNames = new Set([school.name, school.shortName, ...school.aliases].map(norm));
  const byName = new Map<string, Person>();
  if (authorRole === 'auto') for (const p of people) if (!byName.has(norm(p.name))) byName.set(norm(p.name), p);
  const official = (post: ArchivePost): boolean => authorRole === 'auto' && (!post.author || schoolNames.has(norm(post.author)));
  const who = (post: ArchivePost): { author: { role: 'staff' | 'parent' | 'pupil' | 'other'; id?: string }; setting: 'work' | 'private' | 'lesson' } => {
    if (authorRole !== 'auto') return { author: { role: authorRole }, setting: opts.setting ?? (authorRole === 'staff' ? 'work' : 'private') };
    if (official(post)) return { author: { role: 'staff' }, setting: 'work' };
    const p = byName.get(norm(post.author ?? ''));
    if (!p) return { author: { role: 'other' }, setting: 'private' };
    return { author: { role: p.role, id: p.id }, setting: p.role === 'staff' ? 'work' : 'private' };
  };
  const every = opts.progressEvery ?? 250;
  for await (const item of items) {
    if (!item.ok) builder.skip(item.n, item.reason);
    else {
      try {
        const media = Array.from({ length: item.post.media }, () => ({ type: 'photo' as const, depicts: [] as string[] }));
        const request = { text: item.post.text, ...who(item.post), media };
        const own = official(item.post);
        const judge = (s: SchoolProfile, id: string): CheckResult => {
          const r = check(request, { school: s, people, protocolVersion: id });
          return own ? ownAccount(r) : r;
        };
        builder.add(item.post, judge(school, opts.version.id), before ? judge(before, opts.compareTo!.id) : undefined);
      } catch (e) {
        const err = e instanceof SterrenwachtError ? e : new SterrenwachtError('invalid_request', String((e as Error).message), String((e as Error).message));
        builder.skip(item.post.n, { nl: err.messageNl, en: err.messageEn });
      }
    }
    if (opts.onProgress && builder.count % every === 0) await opts.onProgress({ posts: builder.count });
  }
  const report = builder.report();
  if (opts.onProgress) await opts.onProgress({ posts: builder.count });
  return report;
}

/** Count the bytes that pass (progress against a known total). */
export async function* countBytes(input: AsyncIterable<Buffer | string>, onBytes: (n: number) => void): AsyncGenerator<Buffer | string> {
  let n = 0;
  for await (const c of input) {
    n += typeof c === 'string' ? Buffer.byteLength(c) : c.length;
    onBytes(n);
    yield c;
  }
}

export function rescanStream(input: AsyncIterable<Buffer | string>, format: ArchiveFormat, opts: RescanOptions): Promise<RescanReport> {
  return rescanItems(readArchive(input, format), opts);
}

// ---- jobs --------------------------------------------------------------------------

export type JobStatus = 'waiting' | 'running' | 'done' | 'failed';

export interface RescanJob {
  id: number;
  versionId: string;
  compareTo: string | null;
  status: JobStatus;
  format: ArchiveFormat;
  authorRole: AuthorMode;
  source: string | null;
  createdBy: string;
  createdAt: string;
  finishedAt: string | null;
  postsDone: number;
  bytesDone: number;
  bytesTotal: number | null;
  /** 0–100 when the archive's size is known. */
  percent: number | null;
  report: RescanReport | null;
  error: { code: string; message: string; messageEn: string } | null;
}

/** A running job whose heartbeat is older than this was interrupted (its process stopped). */
const STALE_MS = 120_000;

type JobRow = typeof rescanJobs.$inferSelect;

function toJob(r: JobRow): RescanJob {
  const stale = r.status === 'running' && Date.now() - new Date(r.updatedAt).getTime() > STALE_MS;
  return {
    id: r.id,
    versionId: r.versionId,
    compareTo: r.compareTo,
    status: stale ? 'failed' : (r.status as JobStatus),
    format: r.format as ArchiveFormat,
    authorRole: r.authorRole as RescanJob['authorRole'],
    source: r.source,
    createdBy: r.createdBy,
    createdAt: new Date(r.createdAt).toISOString(),
    finishedAt: r.finishedAt ? new Date(r.finishedAt).toISOString() : null,
    postsDone: r.postsDone,
    bytesDone: r.bytesDone,
    bytesTotal: r.bytesTotal,
    percent: r.status === 'done' ? 100 : r.bytesTotal ? Math.min(99, Math.floor((r.bytesDone * 100) / r.bytesTotal)) : null,
    report: (r.report as RescanReport | null) ?? null,
    error: stale ? { code: 'interrupted', message: 'De herscan is onderbroken (de service stopte); start hem opnieuw.', messageEn: 'The rescan was interrupted (the service stopped); start it again.' } : ((r.error as RescanJob['error']) ?? null),
  };
}

export async function createJob(db: Db, schoolId: string, actor: string, input: { versionId: string; compareTo?: string | undefined; format: ArchiveFormat; source?: string | undefined; authorRole?: RescanJob['authorRole'] }): Promise<RescanJob> {
  const [row] = await db.insert(rescanJobs).values({ schoolId, versionId: input.versionId, compareTo: input.compareTo ?? null, format: input.format, authorRole: input.authorRole ?? 'staff', source: input.source ?? null, createdBy: actor }).returning();
  await appendAudit(db, { actor, action: 'protocol.rescan.create', subject: `rescan-${row!.id}`, detail: { schoolId, versionId: input.versionId, format: input.format } });
  return toJob(row!);
}

export async function getJob(db: Db, schoolId: string, id: number): Promise<RescanJob> {
  const row = (await db.select().from(rescanJobs).where(and(eq(rescanJobs.id, id), eq(rescanJobs.schoolId, schoolId))).limit(1))[0];
  if (!row) throw new SterrenwachtError('not_found', 'Herscan niet gevonden.', 'Rescan not found.');
  return toJob(row);
}

export async function listJobs(db: Db, schoolId: string): Promise<RescanJob[]> {
  const rows = await db.select().from(rescanJobs).where(eq(rescanJobs.schoolId, schoolId)).orderBy(desc(rescanJobs.id)).limit(50);
  return rows.map((r) => ({ ...toJob(r), report: null }));
}

/**
 * Feed a waiting job its archive and run it: progress is written about once a second, the
 * report at the end. A job runs once; a failed read leaves the job failed with the reason.
 */
export async function runJob(db: Db, schoolId: string, id: number, input: AsyncIterable<Buffer | string>, opts: Omit<RescanOptions, 'onProgress'> & { bytesTotal?: number | undefined; onPosts?: (posts: number) => void }): Promise<RescanJob> {
  const claimed = await db
    .update(rescanJobs)
    .set({ status: 'running', updatedAt: new Date(), bytesTotal: opts.bytesTotal ?? null })
    .where(and(eq(rescanJobs.id, id), eq(rescanJobs.schoolId, schoolId), eq(rescanJobs.status, 'waiting')))
    .returning();
  if (!claimed.length) {
    const job = await getJob(db, schoolId, id);
    throw new SterrenwachtError('conflict', `Deze herscan is al ${job.status === 'done' ? 'klaar' : 'gestart'}; maak een nieuwe.`, `This rescan has already ${job.status === 'done' ? 'finished' : 'started'}; create a new one.`);
  }
  const format = claimed[0]!.format as ArchiveFormat;
  let bytes = 0;
  let lastWrite = Date.now();
  const write = async (posts: number, force = false): Promise<void> => {
    if (!force && Date.now() - lastWrite < 1000) return;
    lastWrite = Date.now();
    await db.update(rescanJobs).set({ postsDone: posts, bytesDone: bytes, updatedAt: new Date() }).where(eq(rescanJobs.id, id));
  };
  try {
    const report = await rescanStream(
      countBytes(input, (n) => (bytes = n)),
      format,
      { ...opts, onProgress: (p) => (opts.onPosts?.(p.posts), write(p.posts)) },
    );
    await db.update(rescanJobs).set({ status: 'done', report, postsDone: report.posts + report.skipped, bytesDone: bytes, updatedAt: new Date(), finishedAt: new Date() }).where(eq(rescanJobs.id, id));
  } catch (e) {
    const err = e instanceof SterrenwachtError ? e : new SterrenwachtError('invalid_import', `Het archief kan niet gelezen worden: ${(e as Error).message}`, `Cannot read the archive: ${(e as Error).message}`);
    await db.update(rescanJobs).set({ status: 'failed', error: { code: err.code, message: err.messageNl, messageEn: err.messageEn }, bytesDone: bytes, updatedAt: new Date(), finishedAt: new Date() }).where(eq(rescanJobs.id, id));
    // drain what is left of the upload, so the client gets its answer
    for await (const _ of input) void _;
  }
  return getJob(db, schoolId, id);
}
