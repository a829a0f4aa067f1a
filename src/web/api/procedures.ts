/**
 * Types of the procedures' API (consultations, reports, cases, dossiers, register), taken
 * from the server's services with `import type` only: nothing of the server is bundled.
 */
import type { Json } from './types.js';
import type { ConsultationView } from '../../consultations/service.js';
import type { MyReportView, ReportView, SuggestedArticle as SuggestedArticleT } from '../../reports/service.js';
import type { CaseSummary as CaseSummaryT } from '../../cases/service.js';
import type { Register as RegisterT } from '../../register/service.js';

export type Consultation = Json<ConsultationView>;
export type MyReport = Json<MyReportView>;
export type Report = Json<ReportView>;
export type SuggestedArticle = SuggestedArticleT;
export type CaseSummary = Json<CaseSummaryT>;
export type Register = RegisterT;

export interface CaseEntry {
  kind: string;
  title: string;
  body: string;
  detail: Record<string, unknown>;
  authorId: string;
  author: string | null;
  at: string;
}

export interface CaseTask {
  id: number;
  kind: 's2_call' | 's6_police';
  status: 'open' | 'done';
  titleNl: string;
  phone?: string;
  hoursNl?: string;
  callNow?: boolean;
  callFrom?: string;
  whenNl?: string;
  performedAt: string | null;
  reference: string | null;
  summary: string | null;
  doneBy: string | null;
}

export interface CaseDetail {
  id: number;
  reference: string;
  status: 'gemeld' | 'in_behandeling' | 'besluit' | 'afgesloten';
  statusNl: string;
  subjectKind: 'staff' | 'pupil' | 'parent';
  subject: { id: string; name: string };
  handler: { id: string; name: string } | null;
  deadline: string | null;
  articles: string[];
  protocolVersion: string;
  summary: string;
  grensoverschrijdend: boolean;
  criminal: boolean;
  createdAt: string;
  closedAt: string | null;
  dossiers: { type: 'personnel' | 'pupil'; personId: string }[];
  report: null | {
    id: number;
    createdAt: string;
    link: string | null;
    text: string | null;
    whatHappened: string;
    postedBy: { id: string; name: string } | null;
    postedByDescription: string | null;
    suggestedArticles: SuggestedArticle[];
    screenshots: { id: number; mime: string; size: number }[];
    screenshotsHidden: number;
  };
  entries: CaseEntry[];
  measures: { id: number; measure: string; motivation: string; decidedAt: string; startsOn: string | null; endsOn: string | null }[];
  letters: { id: number; recipientKind: string; reference: string; createdAt: string }[];
  tasks: CaseTask[];
  ladder: 'S3' | 'S5';
}

export interface Dossier {
  type: 'personnel' | 'pupil';
  typeNl: string;
  article: string;
  person: { id: string; name: string; role: string };
  entries: { id: number; caseId: number; reference: string; kind: string; title: string; body: string; at: string }[];
}

/** Dutch words shared by the pages. */
export const MEASURE_NL: Record<string, string> = {
  waarschuwing: 'Schriftelijke waarschuwing',
  berisping: 'Berisping',
  schorsing: 'Schorsing',
  ontslag: 'Ontslag',
  ontslag_op_staande_voet: 'Ontslag op staande voet',
  verwijdering: 'Verwijdering van school',
  geen_maatregel: 'Geen maatregel',
};
export const STAFF_LADDER = ['waarschuwing', 'berisping', 'schorsing', 'ontslag', 'ontslag_op_staande_voet'];
export const PUPIL_LADDER = ['waarschuwing', 'schorsing', 'verwijdering'];
export const KIND_NL: Record<string, string> = { staff: 'medewerker', pupil: 'leerling', parent: 'ouder/verzorger' };
export const ANSWER_NL: Record<string, string> = { plaatsen: 'Plaatsen', aanpassen: 'Aanpassen', niet_plaatsen: 'Niet plaatsen' };
export const CONSULTATION_STATUS_NL: Record<string, string> = { open: 'Wacht op antwoord', answered: 'Beantwoord', withdrawn: 'Ingetrokken' };

export const when = (iso: string | null | undefined): string => (iso ? new Date(iso).toLocaleString('nl-NL', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' }) : '');
export const day = (iso: string | null | undefined): string => (iso ? new Date(iso).toLocaleDateString('nl-NL', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' }) : '');
