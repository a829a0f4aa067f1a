/** A7 — everyone keeps to the standards of decency: no bullying, hurting, stalking, threatening, defaming or harming. */
import type { Finding } from '../../check/types.js';
import type { DecencyKind } from '../../check/detectors/decency.js';
import { finding, quote, type CheckContext, type Rule } from './types.js';
import { personAt } from '../../check/identify.js';

/** The target, only when the draft identifies them unambiguously (a shared first name points to nobody). */
function peopleOf(ctx: CheckContext, target: { token: number; personId?: string } | undefined): { people?: string[] } {
  if (target?.personId === undefined) return {};
  const id = personAt(ctx.text, ctx.request.author.id, target.token);
  return id === undefined ? {} : { people: [id] };
}

const WHAT: Record<DecencyKind, [string, string]> = {
  slur: ['een scheldwoord dat mensen om wie ze zijn kwetst', 'a slur that hurts people for who they are'],
  curse: ['een ziekte als scheldwoord', 'a disease used as a curse'],
  profanity: ['grof taalgebruik', 'coarse language'],
  insult: ['een belediging of kwetsende uitspraak over iemand', 'an insult or hurtful remark about someone'],
  derogation: ['een kwetsende uitspraak over een groep', 'a hurtful remark about a group'],
  hate: ['haat tegen een persoon of groep', 'hatred of a person or group'],
  violence: ['geweld tegen een persoon of groep', 'violence against a person or group'],
  threat: ['een bedreiging', 'a threat'],
  defamation: ['een beschuldiging die iemand zwartmaakt', 'an accusation that defames someone'],
  exclusion: ['buitensluiten (pesten)', 'excluding someone (bullying)'],
  dehumanisation: ['een uitspraak die mensen hun waarde of rechten ontzegt', 'a statement that denies people their worth or rights'],
  sexual: ['een seksuele opmerking over iemand', 'a sexual remark about someone'],
};

export const a7: Rule = {
  article: 'A7',
  applies: 'bullying, insults, threats, hate, defamation, or harm to a person, group or the school',
  evaluate(ctx) {
    const out: Finding[] = [];
    for (const h of ctx.decency) {
      const span = ctx.text.span(h.first, h.last);
      const [what, whatEn] = WHAT[h.kind];
      const words = quote(ctx, span);
      const severity = h.severity === 'revise' ? 'revise' : 'block';
      out.push(
        finding('A7', severity, [
          h.certain ? `Dit bericht bevat ${what}: "${words}". Dat past niet bij de fatsoensnormen.` : `Dit bericht bevat mogelijk ${what}: "${words}".`,
          h.certain ? `This message contains ${whatEn}: "${words}". That breaks the standards of decency.` : `This message may contain ${whatEn}: "${words}".`,
        ], {
          span,
          kind: h.kind,
          fix: h.kind === 'threat' || h.kind === 'violence' ? 'Plaats dit niet. Is er een echt probleem, praat dan met de persoon zelf of met de school.' : 'Herschrijf het bericht zonder de kwetsende woorden. Is er een echt conflict, praat dan met de persoon of met de school.',
          fixEn: h.kind === 'threat' || h.kind === 'violence' ? "Don't post this. If there is a real problem, talk to the person or to the school." : 'Rewrite the message without the hurtful words. For a real conflict, talk to the person or to the school.',
          ...peopleOf(ctx, h.target),
          ...(h.certain ? {} : { uncertain: true }),
        }),
      );
    }
    if (!ctx.isStaff || ctx.request.setting !== 'private') {
      // sneering at the school by others harms it too; without insults this is a judgement call
      for (const g of ctx.goodName) {
        if (ctx.decency.some((h) => h.first <= g.last && h.last >= g.first)) continue;
        const span = ctx.text.span(g.first, g.last);
        out.push(
          finding('A7', 'revise', [
            `Dit bericht maakt de school of haar team mogelijk zwart ("${quote(ctx, span)}"). Kritiek mag, maar zonder te beschadigen.`,
            `This message may blacken the school or its team ("${quote(ctx, span)}"). Criticism is fine, without doing damage.`,
          ], { span, kind: 'good_name', uncertain: true, fix: 'Beschrijf wat er misging zonder de school of mensen af te kraken, of bespreek het met de school.', fixEn: 'Describe what went wrong without running down the school or people, or discuss it with the school.' }),
        );
      }
    }
    return out;
  },
};
