/**
 * Retention of the procedures: what has ended is erased once its period has passed
 * (config `procedures`, defaults and their reasoning in the README, "Procedures"):
 * - a consultation: `consultationRetentionDays` after it was answered or withdrawn;
 * - a report that did not become a case (and its screenshots): `reportRetentionDays`
 *   after it was closed;
 * - a closed case with its report, screenshots, dossier entries, measures, letters and
 *   tasks: `personnelDossierRetentionDays` (staff, S1) or `pupilDossierRetentionDays`
 *   (pupils and parents, S4) after it was closed.
 * The anonymous register rows stay (they hold no person). One transaction, audited.
 */
import { and, eq, inArray, isNotNull, lt, ne, or } from 'drizzle-orm';
import { appendAudit } from '../audit/log.js';
import type { ProceduresConfig } from '../config.js';
import type { Db } from '../store/db.js';
import { caseTasks, cases, consultations, dossierEntries, letters, measures, reportScreenshots, reports } from '../store/schema.js';

export interface ProcedurePurge {
  consultations: number;
  reports: number;
  cases: number;
}

const daysBefore = (now: Date, days: number): Date => new Date(now.getTime() - days * 86_400_000);

export async function purgeProcedures(db: Db, cfg: ProceduresConfig, now = new Date()): Promise<ProcedurePurge> {
  return db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    const gone = await t
      .delete(consultations)
      .where(and(ne(consultations.status, 'open'), isNotNull(consultations.answeredAt), lt(consultations.answeredAt, daysBefore(now, cfg.consultationRetentionDays))))
      .returning({ id: consultations.id });
    const staffCut = daysBefore(now, cfg.personnelDossierRetentionDays);
    const pupilCut = daysBefore(now, cfg.pupilDossierRetentionDays);
    const oldCases = await t
      .select({ id: cases.id, reportId: cases.reportId })
      .from(cases)
      .where(and(eq(cases.status, 'afgesloten'), isNotNull(cases.closedAt), or(and(eq(cases.subjectKind, 'staff'), lt(cases.closedAt, staffCut)), and(ne(cases.subjectKind, 'staff'), lt(cases.closedAt, pupilCut)))));
    const caseIds = oldCases.map((c) => c.id);
    if (caseIds.length) {
      await t.delete(dossierEntries).where(inArray(dossierEntries.caseId, caseIds));
      await t.delete(letters).where(inArray(letters.caseId, caseIds));
      await t.delete(measures).where(inArray(measures.caseId, caseIds));
      await t.delete(caseTasks).where(inArray(caseTasks.caseId, caseIds));
      await t.delete(cases).where(inArray(cases.id, caseIds));
    }
    const withCase = new Set((await t.select({ reportId: cases.reportId }).from(cases).where(isNotNull(cases.reportId))).map((c) => c.reportId));
    const oldReports = (
      await t
        .select({ id: reports.id })
        .from(reports)
        .where(and(eq(reports.status, 'afgesloten'), isNotNull(reports.closedAt), lt(reports.closedAt, daysBefore(now, cfg.reportRetentionDays))))
    )
      .map((r) => r.id)
      .filter((id) => !withCase.has(id));
    const reportIds = [...new Set([...oldReports, ...oldCases.map((c) => c.reportId).filter((r): r is number => r !== null)])];
    if (reportIds.length) {
      await t.delete(reportScreenshots).where(inArray(reportScreenshots.reportId, reportIds));
      await t.delete(reports).where(inArray(reports.id, reportIds));
    }
    const result = { consultations: gone.length, reports: reportIds.length, cases: caseIds.length };
    if (result.consultations || result.reports || result.cases) await appendAudit(t, { actor: 'system', action: 'retention.purge', subject: 'procedures', detail: { ...result } });
    return result;
  });
}
