/**
 * Consultations (overleggen, B2/B3): a staff member sends a draft, the check's verdict
 * and findings on it (with the protocol version the check ran under) and a question to
 * their leidinggevende from the registry. The leidinggevende answers plaatsen, aanpassen
 * (with a suggested text) or niet plaatsen, with a comment. An unanswered consultation
 * never expires silently: see scheduler.ts (reminder, then escalation to the school leader).
 *
 * Who sees a consultation: its author, the leidinggevende asked, and the school leader it
 * was escalated to — nobody else (others get "not found"). Every read is audited.
 */
import { and, desc, eq, or } from 'drizzle-orm';
import { z } from 'zod';
import { appendAudit } from '../audit/log.js';
import type { SessionAccount } from '../auth/accounts.js';
import { authorRoleOf } from '../auth/policy.js';
import { check, type CheckOptions } from '../check/engine.js';
import type { CheckResult } from '../check/types.js';
import { SterrenwachtError } from '../errors.js';
import type { Db } from '../store/db.js';
import { consultations, people } from '../store/schema.js';
import type { Notifier } from '../cases/notify.js';

export const CONSULTATION_REASONS = ['consult_verdict', 'choice', 'derailing'] as const;
export const CONSULTATION_ANSWERS = ['plaatsen', 'aanpassen', 'niet_plaatsen'] as const;
export const CONSULTATION_STATUSES = ['open', 'answered', 'withdrawn'] as const;

export const askSchema = z.object({
  /** The draft as a check request (text, media, setting…); the author is the caller. */
  request: z.object({ text: z.string().trim().min(1).max(20_000) }).catchall(z.unknown()),
  question: z.string().trim().min(1).max(4000),
  /** Why: the check said consult (B3), one's own choice (B3), or a discussion that threatens to derail (B2). */
  reason: z.enum(CONSULTATION_REASONS).optional(),
});
export type AskInput = z.infer<typeof askSchema>;

export const answerSchema = z
  .object({
    answer: z.enum(CONSULTATION_ANSWERS),
    suggestedText: z.string().trim().min(1).max(20_000).optional(),
    comment: z.string().trim().min(1).max(4000),
  })
  .refine((a) => a.answer !== 'aanpassen' || a.suggestedText !== undefined, { message: 'geef bij aanpassen een voorgestelde tekst / aanpassen needs a suggested text', path: ['suggestedText'] });
export type AnswerInput = z.infer<typeof answerSchema>;

type Row = typeof consultations.$inferSelect;

export interface ConsultationView {
  id: number;
  status: string;
  reason: string;
  createdAt: Date;
  author: { id: string; name: string };
  manager: { id: string; name: string };
  escalatedTo: { id: string; name: string } | null;
  text: string;
  question: string;
  verdict: string;
  findings: unknown;
  protocolVersion: string;
  answer: string | null;
  suggestedText: string | null;
  comment: string | null;
  answeredAt: Date | null;
  answeredBy: string | null;
  remindedAt: Date | null;
  escalatedAt: Date | null;
  /** What the caller may do. */
  canAnswer: boolean;
  canWithdraw: boolean;
}

async function names(db: Db, schoolId: string): Promise<Map<string, string>> {
  const rows = await db.select({ id: people.id, name: people.name }).from(people).where(eq(people.schoolId, schoolId));
  return new Map(rows.map((r) => [r.id, r.name]));
}

function view(r: Row, n: Map<string, string>, me: string | null): ConsultationView {
  const who = (id: string): { id: string; name: string } => ({ id, name: n.get(id) ?? id });
  const answerer = r.status === 'open' && me !== null && (me === r.managerId || me === r.escalatedTo);
  return {
    id: r.id,
    status: r.status,
    reason: r.reason,
    createdAt: r.createdAt,
    author: who(r.authorId),
    manager: who(r.managerId),
    escalatedTo: r.escalatedTo ? who(r.escalatedTo) : null,
    text: r.text,
    question: r.question,
    verdict: r.verdict,
    findings: r.findings,
    protocolVersion: r.protocolVersion,
    answer: r.answer,
    suggestedText: r.suggestedText,
    comment: r.comment,
    answeredAt: r.answeredAt,
    answeredBy: r.answeredBy,
    remindedAt: r.remindedAt,
    escalatedAt: r.escalatedAt,
    canAnswer: answerer,
    canWithdraw: r.status === 'open' && me === r.authorId,
  };
}

function me(account: SessionAccount): string {
  if (!account.personId) throw new SterrenwachtError('forbidden', 'Dit account hoort niet bij een persoon in het register.', 'This account is not linked to a person in the registry.');
  return account.personId;
}

/** Ask: run the check on the draft, find the leidinggevende, store, notify. */
export async function askConsultation(db: Db, ctx: CheckOptions, notifier: Notifier, account: SessionAccount, input: AskInput, now = new Date()): Promise<ConsultationView> {
  const authorId = me(account);
  const author = (await db.select().from(people).where(and(eq(people.schoolId, account.schoolId), eq(people.id, authorId))).limit(1))[0];
  if (!author) throw new SterrenwachtError('forbidden', 'Je staat niet in het register van deze school.', 'You are not in the registry of this school.');
  if (!author.managerId) {
    throw new SterrenwachtError('invalid_request', 'Er is geen leidinggevende van je vastgelegd in het register; vraag de schoolleiding dat te doen.', 'No manager of yours is recorded in the registry; ask school management to add one.', 'managerId');
  }
  const manager = (await db.select().from(people).where(and(eq(people.schoolId, account.schoolId), eq(people.id, author.managerId))).limit(1))[0];
  if (!manager || manager.erasedAt) throw new SterrenwachtError('invalid_request', 'Je leidinggevende staat niet (meer) in het register.', 'Your manager is no longer in the registry.', 'managerId');
  const result: CheckResult = check({ ...input.request, author: { role: authorRoleOf(account.role), id: authorId } }, ctx);
  const reason = input.reason ?? (result.verdict === 'consult' ? 'consult_verdict' : 'choice');
  const row = await db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    const [r] = await t
      .insert(consultations)
      .values({ schoolId: account.schoolId, authorId, authorAccountId: account.id, managerId: manager.id, reason, text: input.request.text, question: input.question, verdict: result.verdict, findings: result.findings, protocolVersion: result.protocolVersion, createdAt: now })
      .returning();
    await appendAudit(t, { actor: account.id, action: 'consultation.create', subject: authorId, detail: { consultationId: r!.id, managerId: manager.id, verdict: result.verdict, protocolVersion: result.protocolVersion } });
    return r!;
  });
  await notifier.toPeople(account.schoolId, [manager.id], {
    kind: 'consultation',
    subject: 'Een collega vraagt je advies over een bericht / A colleague asks your advice',
    nl: 'Een collega vraagt je, als leidinggevende, om advies over een bericht voor sociale media (protocol B2/B3). Beantwoord de vraag in Sterrenwacht.',
    en: 'A colleague asks you, as their manager, for advice on a social media post (protocol B2/B3). Answer it in Sterrenwacht.',
    path: `/overleg/${row.id}`,
  });
  return view(row, await names(db, account.schoolId), authorId);
}

/** The caller's consultations: those they asked, and those waiting for their answer. */
export async function listConsultations(db: Db, account: SessionAccount): Promise<{ asked: ConsultationView[]; toAnswer: ConsultationView[] }> {
  const pid = me(account);
  const rows = await db
    .select()
    .from(consultations)
    .where(and(eq(consultations.schoolId, account.schoolId), or(eq(consultations.authorId, pid), eq(consultations.managerId, pid), eq(consultations.escalatedTo, pid))))
    .orderBy(desc(consultations.id));
  const n = await names(db, account.schoolId);
  const asked = rows.filter((r) => r.authorId === pid).map((r) => view(r, n, pid));
  const toAnswer = rows.filter((r) => r.authorId !== pid).map((r) => view(r, n, pid));
  if (toAnswer.length) await appendAudit(db, { actor: account.id, action: 'consultations.list', subject: account.schoolId, detail: { toAnswer: toAnswer.map((c) => c.id) } });
  return { asked, toAnswer };
}

async function visible(db: Db, account: SessionAccount, id: number): Promise<Row> {
  const pid = me(account);
  const r = (await db.select().from(consultations).where(and(eq(consultations.schoolId, account.schoolId), eq(consultations.id, id))).limit(1))[0];
  if (!r || (r.authorId !== pid && r.managerId !== pid && r.escalatedTo !== pid)) throw new SterrenwachtError('not_found', `Overleg ${id} niet gevonden.`, `Consultation ${id} not found.`);
  return r;
}

export async function getConsultation(db: Db, account: SessionAccount, id: number): Promise<ConsultationView> {
  const r = await visible(db, account, id);
  await appendAudit(db, { actor: account.id, action: 'consultation.read', subject: r.authorId, detail: { consultationId: id } });
  return view(r, await names(db, account.schoolId), account.personId);
}

export async function answerConsultation(db: Db, notifier: Notifier, account: SessionAccount, id: number, input: AnswerInput, now = new Date()): Promise<ConsultationView> {
  const pid = me(account);
  const row = await db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    const r = await visible(t, account, id);
    if (r.managerId !== pid && r.escalatedTo !== pid) throw new SterrenwachtError('forbidden', 'Alleen de leidinggevende (of de schoolleider bij wie het overleg is neergelegd) beantwoordt dit overleg.', 'Only the manager (or the school leader it was escalated to) answers this consultation.');
    if (r.status !== 'open') throw new SterrenwachtError('conflict', `Overleg ${id} is al ${r.status === 'answered' ? 'beantwoord' : 'ingetrokken'}.`, `Consultation ${id} is already ${r.status}.`);
    const [u] = await t
      .update(consultations)
      .set({ status: 'answered', answer: input.answer, suggestedText: input.answer === 'aanpassen' ? input.suggestedText! : null, comment: input.comment, answeredBy: pid, answeredAt: now })
      .where(eq(consultations.id, id))
      .returning();
    await appendAudit(t, { actor: account.id, action: 'consultation.answer', subject: r.authorId, detail: { consultationId: id, answer: input.answer } });
    return u!;
  });
  await notifier.toPeople(account.schoolId, [row.authorId], {
    kind: 'consultation',
    subject: 'Je vraag over een bericht is beantwoord / Your question about a post was answered',
    nl: 'Je leidinggevende heeft je vraag over een bericht voor sociale media beantwoord.',
    en: 'Your manager answered your question about a social media post.',
    path: `/overleg/${id}`,
  });
  return view(row, await names(db, account.schoolId), pid);
}

export async function withdrawConsultation(db: Db, account: SessionAccount, id: number): Promise<ConsultationView> {
  const pid = me(account);
  const row = await db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    const r = await visible(t, account, id);
    if (r.authorId !== pid) throw new SterrenwachtError('forbidden', 'Alleen wie het overleg vroeg, trekt het in.', 'Only the person who asked withdraws a consultation.');
    if (r.status !== 'open') throw new SterrenwachtError('conflict', `Overleg ${id} is niet meer open.`, `Consultation ${id} is no longer open.`);
    const [u] = await t.update(consultations).set({ status: 'withdrawn', answeredAt: new Date() }).where(eq(consultations.id, id)).returning();
    await appendAudit(t, { actor: account.id, action: 'consultation.withdraw', subject: pid, detail: { consultationId: id } });
    return u!;
  });
  return view(row, await names(db, account.schoolId), pid);
}
