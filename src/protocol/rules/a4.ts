/** A4 — what is published stays public, also after deletion (a reminder). */
import { finding, type Rule } from './types.js';

export const a4: Rule = {
  article: 'A4',
  applies: 'every school-related draft (info)',
  evaluate(ctx) {
    if (!ctx.schoolRelated) return [];
    return [
      finding('A4', 'info', ['Wat je plaatst blijft voor onbepaalde tijd openbaar, ook als je het bericht later verwijdert.', 'What you post stays public indefinitely, even if you delete the message later.'], {
        kind: 'reminder',
      }),
    ];
  },
};
