/**
 * Every article of the protocol: the rule that implements it, or the written
 * reason why a check of a single draft cannot decide it. A test keeps this complete.
 */
import { a1 } from './a1.js';
import { a2 } from './a2.js';
import { a3 } from './a3.js';
import { a4 } from './a4.js';
import { a5 } from './a5.js';
import { a6 } from './a6.js';
import { a7 } from './a7.js';
import { b1 } from './b1.js';
import { b2 } from './b2.js';
import { b3 } from './b3.js';
import { c1 } from './c1.js';
import { c2 } from './c2.js';
import { c3 } from './c3.js';
import { c4 } from './c4.js';
import { d2 } from './d2.js';
import type { Rule } from './types.js';

/** Rules in the order their findings are listed; B3 last, as it weighs the others. */
export const RULES: readonly Rule[] = [d2, a1, a2, a5, a6, a7, b1, b2, c1, c2, c3, c4, a3, a4, b3];

/** Articles that a draft check does not decide, and why. */
export const NOT_AUTOMATED: Readonly<Record<string, string>> = {
  U1: 'Principle: the school recognises the importance of social media. It motivates the protocol (praise and news are welcome) but sets no rule a draft can break.',
  U2: 'Principle: the protocol contributes to a safe school climate. Informative; realised through A1–A7.',
  U3: 'Principle: communicate in line with mission, vision and decency. Its concrete parts are checked as A7 (decency) and C2 (mission).',
  U4: "Principle: mind the good name of the school and everyone involved. Checked through A2, A7 and C1.",
  U5: 'Principle: the protocol protects everyone against negative consequences. Informative.',
  D1: 'Who the protocol is for (staff, pupils, parents, others). The check reads it as the `author.role` of the request; together with D2 it decides scope (schoolRelated).',
  S1: 'Sanction: a staff breach may be dereliction of duty; correspondence goes into the personnel file. A decision by people about a case, not about a draft: it drives the incident workflow (dossier entries).',
  S2: "Sanction: when L & E judges staff communication 'grensoverschrijdend', it is phoned to the Landelijke Vertrouwensinspecteur (0900-1113111). A human judgement about a case; drives the incident workflow.",
  S3: 'Sanction: measures for staff (warning, suspension, reprimand, dismissal, summary dismissal). Decided by the employer in a case, not by a draft check.',
  S4: 'Sanction: pupils/parents may be guilty of culpable behaviour; correspondence goes into the pupil file. Drives the incident workflow.',
  S5: 'Sanction: measures for pupils/parents (warning, suspension, removal from school). Decided in a case, not by a draft check.',
  S6: 'Sanction: a possibly criminal statement is reported to the police. A decision in a case; the check flags threats and defamation (A7) that may lead there.',
};
