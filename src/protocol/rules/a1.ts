/** A1 — no social media during lessons for staff and pupils, unless permitted. */
import { finding, type Rule } from './types.js';

export const a1: Rule = {
  article: 'A1',
  applies: 'setting "lesson", author staff or pupil, no lesson permission',
  evaluate(ctx) {
    const { request } = ctx;
    if (request.setting !== 'lesson' || request.lessonPermission) return [];
    if (request.author.role !== 'staff' && request.author.role !== 'pupil') return [];
    const who = request.author.role === 'staff' ? 'de schoolleiding' : 'je leraar';
    return [
      finding('A1', 'block', [
        `Tijdens de les mag je niet actief zijn op sociale media, tenzij ${who} daar toestemming voor heeft gegeven.`,
        `You may not be active on social media during a lesson unless ${request.author.role === 'staff' ? 'school management' : 'your teacher'} has given permission.`,
      ], {
        kind: 'lesson',
        fix: `Plaats het bericht na de les, of vraag eerst toestemming aan ${who}.`,
        fixEn: `Post after the lesson, or first ask ${request.author.role === 'staff' ? 'school management' : 'your teacher'} for permission.`,
      }),
    ];
  },
};
