/** C3 — outside work, a staff member in a discussion about the school says they work there. */
import { finding, type Rule } from './types.js';

export const c3: Rule = {
  article: 'C3',
  applies: 'staff, private setting, draft about the school, no disclosure',
  evaluate(ctx) {
    if (!ctx.isStaff || ctx.request.setting !== 'private' || !ctx.aboutSchool || ctx.disclosure) return [];
    const d = ctx.school.disclosure;
    return [
      finding('C3', 'revise', [
        `Je schrijft over ${ctx.school.name}. Vermeld dat je er medewerker bent.`,
        `You write about ${ctx.school.name}. State that you work there.`,
      ], { kind: 'disclosure', fix: `Voeg toe: "${d.nl}"`, fixEn: `Add: "${d.en}"` }),
    ];
  },
};
