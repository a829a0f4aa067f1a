/** B2 — when online communication threatens to derail, contact your manager first. */
import { finding, type Rule } from './types.js';

export const b2: Rule = {
  article: 'B2',
  applies: 'staff, the thread shows hostile, insulting or threatening replies',
  evaluate(ctx) {
    if (!ctx.isStaff) return [];
    const hostile = ctx.thread.filter((t) => t.decency.some((h) => h.severity === 'block') || t.goodName.length > 0);
    if (hostile.length === 0) return [];
    const which = hostile.map((t) => t.index + 1).join(', ');
    return [
      finding('B2', 'consult', [
        `De discussie dreigt te ontsporen (vijandige of bedreigende reacties: bericht ${which}). Neem eerst contact op met je leidinggevende om de aanpak te bespreken.`,
        `The discussion threatens to derail (hostile or threatening replies: message ${which}). First contact your manager to discuss the approach.`,
      ], { kind: 'derailing', fix: 'Reageer nog niet; bespreek eerst met je leidinggevende hoe de school reageert.', fixEn: "Don't reply yet; first discuss with your manager how the school responds." }),
    ];
  },
};
