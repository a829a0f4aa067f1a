/**
 * The decision command (S3/S5): one measure from the subject's ladder, decided by a role
 * policy.ts allows for it, with a written motivation. In one transaction it
 * - records the measure and moves the case to "besluit";
 * - writes the Dutch letter(s) as PDF: to the staff member, to a parent, or — for a pupil —
 *   to the parents/guardians in writing (policy.ts `lettersToParents`);
 * - files the decision and each letter in the dossier (S1/S4);
 * - adds an anonymous row to the (G)MR register (month, kind, measure, articles; no names).
 */
import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { appendAudit } from '../audit/log.js';
import type { SessionAccount } from '../auth/accounts.js';
import { PUPIL_MEASURES, STAFF_MEASURES, lettersToParents, mayDecide, measuresFor, MEASURE_DECIDERS, type SubjectKind } from '../auth/policy.js';
import type { SchoolProfile } from '../protocol/school.js';
import { ARTICLES } from '../protocol/articles.js';
import { SterrenwachtError } from '../errors.js';
import type { Db } from '../store/db.js';
import { cases, letters, measures, registerEvents } from '../store/schema.js';
import { composeDecisionLetter, MEASURE_NL } from '../letters/letter.js';
import { authorOf, ensureOpen, file, handled, nameMap } from './service.js';
import { calendarDate } from '../validation/dates.js';
import type { Notifier } from './notify.js';



export const decisionSchema = z
  .object({
    measure: z.enum([...new Set([...STAFF_MEASURES, ...PUPIL_MEASURES])] as [string, ...string[]]),
    motivation: z.string().trim().min(20, 'schrijf een motivering van minstens 20 tekens / write a motivation of at least 20 characters').max(10_000),
    /** The articles the decision rests on; default the case's articles. */
    articles: z.array(z.string().refine((a) => ARTICLES.some((x) => x.id === a.toUpperCase()), 'is geen artikel van het protocol / is not an article of the protocol').transform((a) => a.toUpperCase())).max(30).optional(),
    /** A suspension's first and last day. */
    startsOn: calendarDate.optional(),
    endsOn: calendarDate.optional(),
  })
  .refine((d) => d.measure !== 'schorsing' || d.startsOn !== undefined, { message: 'geef de eerste dag van de schorsing / a suspension needs its first day', path: ['startsOn'] })
  .refine((d) => !d.startsOn || !d.endsOn || d.endsOn >= d.startsOn, { message: 'de laatste dag ligt voor de eerste / the last day is before the first', path: ['endsOn'] });
export type DecisionInput = z.infer<typeof decisionSchema>;

const ROLE_NL: Record<string, string> = { schoolleiding: 'de schoolleiding', bestuur: 'het bestuur' };

export async function decideMeasure(db: Db, school: SchoolProfile, notifier: Notifier, account: SessionAccount, caseId: number, input: DecisionInput, now = new Date()): Promise<{ measureId: number; letters: number[] }> {
  const made = await db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    const c = await handled(t, account, caseId);
    ensureOpen(c);
    const kind = c.subjectKind as SubjectKind;
    if (!measuresFor(kind).includes(input.measure as never)) {
      throw new SterrenwachtError('invalid_request', `"${MEASURE_NL[input.measure] ?? input.measure}" staat niet op de ladder voor ${kind === 'staff' ? 'medewerkers (S3)' : 'leerlingen en ouders (S5)'}: kies uit ${measuresFor(kind).map((m) => MEASURE_NL[m]).join(', ')}.`, `"${input.measure}" is not on the ladder for ${kind === 'staff' ? 'staff (S3)' : 'pupils and parents (S5)'}.`, 'measure');
    }
    if (!mayDecide(account.role, kind, input.measure)) {
      const who = (MEASURE_DECIDERS[kind] as Record<string, readonly string[]>)[input.measure]!.map((r) => ROLE_NL[r] ?? r).join(' of ');
      throw new SterrenwachtError('forbidden', `Tot ${MEASURE_NL[input.measure]} besluit alleen ${who}.`, `Only ${(MEASURE_DECIDERS[kind] as Record<string, readonly string[]>)[input.measure]!.join(' or ')} may decide a ${input.measure}.`);
    }
    const articles = input.articles ?? (c.articles as string[]);
    const [m] = await t
      .insert(measures)
      .values({ caseId, measure: input.measure, motivation: input.motivation, articles, startsOn: input.startsOn ?? null, endsOn: input.endsOn ?? input.startsOn ?? null, decidedBy: account.id, decidedByRole: account.role, decidedAt: now })
      .returning();
    await t.update(cases).set({ status: 'besluit' }).where(eq(cases.id, caseId));
    const signer = account.personId ? ((await nameMap(t, [account.personId])).get(account.personId) ?? ROLE_NL[account.role]!) : account.role === 'bestuur' ? 'Het bestuur' : 'De schoolleiding';
    const subjectName = (await nameMap(t, [c.subjectId])).get(c.subjectId) ?? c.subjectId;
    const period = input.measure === 'schorsing' ? ` (${input.startsOn}${input.endsOn && input.endsOn !== input.startsOn ? ` t/m ${input.endsOn}` : ''})` : '';
    await file(t, c, { kind: 'decision', title: `Besluit: ${MEASURE_NL[input.measure]}${period}`, body: `Motivering: ${input.motivation}\nArtikelen: ${articles.join(', ') || '—'}\nBesloten door ${signer} (${ROLE_NL[account.role] ?? account.role}).`, detail: { measureId: m!.id, measure: input.measure, articles }, authorId: authorOf(account), at: now });
    // the letters: who receives one
    const recipients: { kind: 'staff' | 'parent' | 'parents'; id: string | null }[] = kind === 'staff' ? [{ kind: 'staff', id: c.subjectId }] : kind === 'parent' ? [{ kind: 'parent', id: c.subjectId }] : lettersToParents(kind, input.measure) ? [{ kind: 'parents', id: null }] : [];
    const priorLetters = await t.select({ id: letters.id }).from(letters).where(eq(letters.caseId, caseId));
    const letterIds: number[] = [];
    for (const [i, rcp] of recipients.entries()) {
      const reference = `${c.reference}/${priorLetters.length + i + 1}`;
      const content = composeDecisionLetter({ school, reference, decidedAt: now, subjectKind: kind, subjectName, recipient: rcp.kind, measure: input.measure, motivation: input.motivation, articles, startsOn: input.startsOn ?? null, endsOn: input.endsOn ?? null, signerName: signer, signerRole: account.role });
      // pdfkit is loaded on the first letter, not at start-up
      const { renderLetterPdf } = await import('../letters/pdf.js');
      const pdf = await renderLetterPdf(content);
      const sha256 = createHash('sha256').update(pdf).digest('hex');
      const [l] = await t.insert(letters).values({ caseId, measureId: m!.id, recipientKind: rcp.kind, recipientId: rcp.id, reference, sha256, pdf, createdAt: now }).returning({ id: letters.id });
      letterIds.push(l!.id);
      const to = rcp.kind === 'parents' ? `de ouder(s)/verzorger(s) van ${subjectName}` : subjectName;
      await file(t, c, { kind: 'letter', title: `Brief ${reference}: ${MEASURE_NL[input.measure]} aan ${to}`, body: content.paragraphs.join('\n\n'), detail: { letterId: l!.id, reference, sha256, recipient: rcp.kind }, authorId: authorOf(account), at: now });
    }
    await t.insert(registerEvents).values({ schoolId: c.schoolId, month: now.toISOString().slice(0, 7), subjectKind: kind, measure: input.measure, articles });
    await appendAudit(t, { actor: account.id, action: 'case.decide', subject: c.subjectId, detail: { caseId, measureId: m!.id, measure: input.measure, letters: letterIds } });
    return { c, measureId: m!.id, letterIds, kind };
  });
  // the handler hears of a decision someone else (the bestuur) took
  if (made.c.handlerId && made.c.handlerId !== account.personId) {
    await notifier.toPeople(made.c.schoolId, [made.c.handlerId], { kind: 'case', subject: `Zaak ${made.c.reference}: er is een besluit / a decision was taken`, nl: `In zaak ${made.c.reference} is een besluit genomen; de brief staat in de zaak.`, en: `A decision was taken in case ${made.c.reference}; the letter is in the case.`, path: `/zaken/${made.c.id}` });
  }
  return { measureId: made.measureId, letters: made.letterIds };
}

/** A letter of a case, as PDF, for its handlers. Audited. */
export async function readLetter(db: Db, account: SessionAccount, caseId: number, letterId: number): Promise<{ reference: string; pdf: Uint8Array }> {
  const c = await handled(db, account, caseId);
  const l = (await db.select().from(letters).where(and(eq(letters.caseId, caseId), eq(letters.id, letterId))).limit(1))[0];
  if (!l) throw new SterrenwachtError('not_found', `Brief ${letterId} niet gevonden.`, `Letter ${letterId} not found.`);
  await appendAudit(db, { actor: account.id, action: 'letter.read', subject: c.subjectId, detail: { caseId, letterId } });
  return { reference: l.reference, pdf: l.pdf };
}
