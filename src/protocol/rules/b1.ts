/** B1 — at work, a staff member in a discussion about the school says they work there. */
import { finding, type Rule } from './types.js';
import { disclosureWording } from './wording.js';

export const b1: Rule = {
  article: 'B1',
  applies: 'staff, work or lesson setting, personal account, draft about the school, no disclosure',
  evaluate(ctx) {
    const s = ctx.request.setting;
    // on the school's own channel the author writes in the school's name: nothing to disclose
    if (ctx.request.account === 'school') return [];
    if (!ctx.isStaff || (s !== 'work' && s !== 'lesson') || !ctx.aboutSchool || ctx.disclosure) return [];
    const w = disclosureWording(ctx);
    return [finding('B1', 'revise', w.message, { kind: 'disclosure', fix: w.fix[0], fixEn: w.fix[1] })];
  },
};
