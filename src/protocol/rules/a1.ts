/**
 * A1 — no social media during lessons for staff and pupils, unless permitted.
 * School management or the teacher may allow it: a teacher gives their own group permission
 * (page "Mijn groep", /mijn-groep, or POST /api/v1/lesson-permissions). The fix says until
 * when the lesson runs when the timetable knows (`lessonUntil`, filled by the API).
 */
import { finding, type Rule } from './types.js';

export const a1: Rule = {
  article: 'A1',
  applies: 'setting "lesson", author staff or pupil, no lesson permission',
  evaluate(ctx) {
    const { request } = ctx;
    if (request.setting !== 'lesson' || request.lessonPermission) return [];
    if (request.author.role !== 'staff' && request.author.role !== 'pupil') return [];
    const until = request.lessonUntil;
    const after: [string, string] = until ? [`na de les (de les duurt tot ${until})`, `after the lesson (it runs until ${until})`] : ['na de les', 'after the lesson'];
    if (request.author.role === 'staff') {
      return [
        finding('A1', 'block', [
          'Tijdens de les ben je niet actief op sociale media, tenzij de schoolleiding of de leerkracht van de groep daar toestemming voor heeft gegeven.',
          'During a lesson you are not active on social media unless school management or the group’s teacher has given permission.',
        ], {
          kind: 'lesson',
          fix: `Plaats het bericht ${after[0]}. Is het jouw eigen groep, dan kun je je groep zelf toestemming geven voor sociale media in deze les: in Sterrenwacht op de pagina Mijn groep (/mijn-groep, lestoestemming; of POST /api/v1/lesson-permissions). Anders vraag je het aan de schoolleiding.`,
          fixEn: `Post the message ${after[1]}. If it is your own group, you can give your group permission for social media in this lesson yourself: in Sterrenwacht on the page Mijn groep (/mijn-groep, lesson permission; or POST /api/v1/lesson-permissions). Otherwise ask school management.`,
        }),
      ];
    }
    return [
      finding('A1', 'block', [
        'Tijdens de les mag je niet actief zijn op sociale media, tenzij je leraar of de schoolleiding daar toestemming voor heeft gegeven.',
        'You may not be active on social media during a lesson unless your teacher or school management has given permission.',
      ], {
        kind: 'lesson',
        fix: `Plaats het bericht ${after[0]}, of vraag eerst toestemming aan je leraar.`,
        fixEn: `Post the message ${after[1]}, or first ask your teacher for permission.`,
      }),
    ];
  },
};
