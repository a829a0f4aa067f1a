/** A3 — you are personally responsible for what you publish (a reminder). */
import { finding, type Rule } from './types.js';

export const a3: Rule = {
  article: 'A3',
  applies: 'every school-related draft (info)',
  evaluate(ctx) {
    if (!ctx.schoolRelated) return [];
    return [finding('A3', 'info', ['Je bent zelf verantwoordelijk voor wat je publiceert.', 'You are personally responsible for what you publish.'], { kind: 'reminder' })];
  },
};
