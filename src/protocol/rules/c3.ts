/** C3 — outside work, a staff member in a discussion about the school says they work there. */
import { finding, type Rule } from './types.js';
import { disclosureWording } from './wording.js';

export const c3: Rule = {
  article: 'C3',
  applies: 'staff, private setting, personal account, draft about the school, no disclosure',
  evaluate(ctx) {
    if (ctx.request.account === 'school') return [];
    if (!ctx.isStaff || ctx.request.setting !== 'private' || !ctx.aboutSchool || ctx.disclosure) return [];
    const w = disclosureWording(ctx);
    return [finding('C3', 'revise', w.message, { kind: 'disclosure', fix: w.fix[0], fixEn: w.fix[1] })];
  },
};
