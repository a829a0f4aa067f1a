/**
 * Inzage (AVG art. 15; WPO: the parents' right to see the pupil file): what the procedures
 * hold about one person — the dossier entries filed in their dossier, the cases about them,
 * the consultations they asked or answered and the reports they made (what they sent and
 * its status). Screenshots are not included (they show others' posts); their number is.
 */
import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import type { Db } from '../store/db.js';
import { cases, consultations, dossierEntries, reportScreenshots, reports } from '../store/schema.js';

export async function procedureRecords(db: Db, schoolId: string, personId: string): Promise<Record<string, unknown>> {
  const [dossier, about, asked, made] = await Promise.all([
    db.select({ type: dossierEntries.dossierType, caseId: dossierEntries.caseId, kind: dossierEntries.kind, title: dossierEntries.title, body: dossierEntries.body, at: dossierEntries.at }).from(dossierEntries).where(and(eq(dossierEntries.schoolId, schoolId), eq(dossierEntries.dossierPersonId, personId))).orderBy(asc(dossierEntries.at), asc(dossierEntries.id)),
    db.select({ id: cases.id, reference: cases.reference, status: cases.status, articles: cases.articles, createdAt: cases.createdAt, closedAt: cases.closedAt }).from(cases).where(and(eq(cases.schoolId, schoolId), eq(cases.subjectId, personId))).orderBy(asc(cases.id)),
    db
      .select({ id: consultations.id, createdAt: consultations.createdAt, status: consultations.status, text: consultations.text, question: consultations.question, answer: consultations.answer, suggestedText: consultations.suggestedText, comment: consultations.comment, authorId: consultations.authorId })
      .from(consultations)
      .where(and(eq(consultations.schoolId, schoolId), or(eq(consultations.authorId, personId), eq(consultations.answeredBy, personId))))
      .orderBy(asc(consultations.id)),
    db.select({ id: reports.id, createdAt: reports.createdAt, status: reports.status, link: reports.link, text: reports.text, whatHappened: reports.whatHappened }).from(reports).where(and(eq(reports.schoolId, schoolId), eq(reports.reporterPersonId, personId))).orderBy(asc(reports.id)),
  ]);
  const shots = made.length
    ? await db.select({ reportId: reportScreenshots.reportId, n: sql<number>`count(*)::int` }).from(reportScreenshots).where(inArray(reportScreenshots.reportId, made.map((r) => r.id))).groupBy(reportScreenshots.reportId)
    : [];
  const n = new Map(shots.map((s) => [s.reportId, s.n]));
  return {
    dossier,
    casesAbout: about,
    consultations: asked.map(({ authorId, ...c }) => ({ ...c, role: authorId === personId ? 'asked' : 'answered' })),
    reportsMade: made.map((r) => ({ ...r, screenshots: n.get(r.id) ?? 0 })),
  };
}
