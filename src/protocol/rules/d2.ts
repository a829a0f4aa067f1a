/** D2 — the protocol covers only school-related messages (or where school, work and private life overlap). */
import { finding, type Rule } from './types.js';

export const d2: Rule = {
  article: 'D2',
  applies: 'a draft that is not school-related (info)',
  evaluate(ctx) {
    if (ctx.schoolRelated) return [];
    return [
      finding('D2', 'info', [
        'Dit bericht gaat niet over school; het protocol is hier niet van toepassing. Denk er wel aan dat wat je plaatst openbaar blijft.',
        'This message is not about school; the protocol does not apply. Remember that what you post stays public.',
      ], { kind: 'out_of_scope' }),
    ];
  },
};
