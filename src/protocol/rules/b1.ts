/** B1 — at work, a staff member in a discussion about the school says they work there. */
import { finding, type Rule } from './types.js';

export const b1: Rule = {
  article: 'B1',
  applies: 'staff, work or lesson setting, draft about the school, no disclosure',
  evaluate(ctx) {
    const s = ctx.request.setting;
    if (!ctx.isStaff || (s !== 'work' && s !== 'lesson') || !ctx.aboutSchool || ctx.disclosure) return [];
    const d = ctx.school.disclosure;
    return [
      finding('B1', 'revise', [
        `Je doet mee aan een discussie over ${ctx.school.name}. Vermeld dat je medewerker van de school bent, zodat je mening niet verward wordt met het officiële standpunt.`,
        `You take part in a discussion about ${ctx.school.name}. State that you work at the school, so your opinion is not mistaken for the official position.`,
      ], { kind: 'disclosure', fix: `Voeg toe: "${d.nl}"`, fixEn: `Add: "${d.en}"` }),
    ];
  },
};
