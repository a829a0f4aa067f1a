/** C1 — outside work, staff may publish on school subjects, but no personal information and no harm to the school's name. */
import type { Finding } from '../../check/types.js';
import { finding, quote, type Rule } from './types.js';

export const c1: Rule = {
  article: 'C1',
  applies: 'staff, private setting, school-related, personal information or harm to the school’s good name',
  evaluate(ctx) {
    if (!ctx.isStaff || ctx.request.setting !== 'private') return [];
    const out: Finding[] = [];
    const personal = ctx.personal.filter((p) => !p.own);
    if (personal.length > 0) {
      const span = personal[0]!.span;
      out.push(
        finding('C1', 'block', [
          `Als medewerker deel je geen vertrouwelijke of persoonsgebonden informatie over de school, collega's, leerlingen of ouders ("${quote(ctx, span)}").`,
          `As a staff member you do not share confidential or personal information about the school, colleagues, pupils or parents ("${quote(ctx, span)}").`,
        ], { span, kind: 'personal', fix: 'Haal de persoonlijke informatie weg.', fixEn: 'Remove the personal information.' }),
      );
    }
    const harms = [...ctx.goodName.map((g) => [g.first, g.last] as const), ...ctx.decency.filter((h) => h.severity === 'block' && h.certain).map((h) => [h.first, h.last] as const)];
    if (harms.length > 0) {
      const span = ctx.text.span(harms[0]![0], harms[0]![1]);
      out.push(
        finding('C1', 'block', [
          `Dit bericht schaadt de goede naam van ${ctx.school.name} ("${quote(ctx, span)}").`,
          `This message harms the good name of ${ctx.school.name} ("${quote(ctx, span)}").`,
        ], { span, kind: 'good_name', fix: 'Plaats dit niet; bespreek zorgen over de school binnen de school, met je leidinggevende.', fixEn: "Don't post this; raise concerns about the school inside the school, with your manager." }),
      );
    }
    return out;
  },
};
