/**
 * What waits for someone, as counts for their home page: consultations to answer (B3, as the
 * leidinggevende or the school leader it was escalated to), one's own questions still open,
 * new reports and open cases with their open tasks (S2 phone call, S6 police report) for those
 * who handle them. Counts only — no names, no texts — so reading them reveals nothing about a
 * person and is not audited; each count is there only when the role may see the list behind it.
 */
import { and, eq, inArray, ne, or, sql } from 'drizzle-orm';
import type { Db } from '../store/db.js';
import { caseTasks, cases, consultations, reports } from '../store/schema.js';
import { can, mayHandleCase, type AppRole, type SubjectKind } from '../auth/policy.js';


export interface Waiting {
  /** Open consultations one is asked to answer. */
  consultationsToAnswer?: number;
  /** One's own consultations without an answer yet. */
  consultationsAsked?: number;
  /** Reports nobody has picked up yet. */
  reportsNew?: number;
  /** Cases not yet closed that one may handle, and their open tasks. */
  casesOpen?: number;
  caseTasksOpen?: number;
}

export interface WaitingAccount {
  schoolId: string;
  role: AppRole;
  personId: string | null;
}

const count = sql<number>`count(*)::int`;

export async function waitingFor(db: Db, account: WaitingAccount): Promise<Waiting> {
  const out: Waiting = {};
  const pid = account.personId;
  if (pid && can(account.role, 'consultations.answer')) {
    const [row] = await db
      .select({ n: count })
      .from(consultations)
      .where(and(eq(consultations.schoolId, account.schoolId), eq(consultations.status, 'open'), ne(consultations.authorId, pid), or(eq(consultations.managerId, pid), eq(consultations.escalatedTo, pid))));
    out.consultationsToAnswer = row?.n ?? 0;
  }
  if (pid && can(account.role, 'consultations.ask')) {
    const [row] = await db.select({ n: count }).from(consultations).where(and(eq(consultations.schoolId, account.schoolId), eq(consultations.status, 'open'), eq(consultations.authorId, pid)));
    out.consultationsAsked = row?.n ?? 0;
  }
  if (can(account.role, 'reports.handle')) {
    const [row] = await db.select({ n: count }).from(reports).where(and(eq(reports.schoolId, account.schoolId), eq(reports.status, 'gemeld')));
    out.reportsNew = row?.n ?? 0;
  }
  if (can(account.role, 'cases.handle')) {
    const open = (await db.select({ id: cases.id, kind: cases.subjectKind }).from(cases).where(and(eq(cases.schoolId, account.schoolId), ne(cases.status, 'afgesloten')))).filter((c) => mayHandleCase(account.role, c.kind as SubjectKind));
    out.casesOpen = open.length;
    out.caseTasksOpen = open.length
      ? ((await db.select({ n: count }).from(caseTasks).where(and(inArray(caseTasks.caseId, open.map((c) => c.id)), eq(caseTasks.status, 'open'))))[0]?.n ?? 0)
      : 0;
  }
  return out;
}
