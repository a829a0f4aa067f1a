/** C2 — staff do not propagate views that conflict with the school's mission and vision. */
import { finding, quote, type Rule } from './types.js';

export const c2: Rule = {
  article: 'C2',
  applies: 'staff, private setting, views against the school’s mission (configured per school)',
  evaluate(ctx) {
    if (!ctx.isStaff || ctx.request.setting !== 'private' || ctx.mission.length === 0) return [];
    const h = ctx.mission[0]!;
    const span = ctx.text.span(h.first, h.last);
    return [
      finding('C2', 'consult', [
        `Dit standpunt ("${quote(ctx, span)}") lijkt in strijd met de missie en visie van de school: ${ctx.school.mission.nl}`,
        `This view ("${quote(ctx, span)}") seems to conflict with the school's mission and vision: ${ctx.school.mission.en}`,
      ], { span, kind: 'mission', fix: 'Bespreek dit eerst met je leidinggevende.', fixEn: 'Discuss this with your manager first.' }),
    ];
  },
};
