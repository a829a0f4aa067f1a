/**
 * A6 — staff do not become 'friends' with pupils on social media.
 * Decided from `connect` (a friend/follow request to a person of the registry), and from the
 * text: a staff member's draft that asks a pupil named in it to follow, add or befriend them
 * ("Emma, volg je mij op Insta?").
 */
import { nameAt } from '../../check/detectors/context.js';
import type { CheckContext } from './types.js';
import { finding, type Rule } from './types.js';
import type { Finding } from '../../check/types.js';

const FIX = 'Stuur geen vriendschaps- of volgverzoek; gebruik de officiële kanalen van de school.';
const FIX_EN = "Don't send a friend or follow request; use the school's official channels.";

/** A friend or follow request in the text, in a sentence that names a pupil (or right after one). */
function requestInText(ctx: CheckContext): Finding[] {
  const a = ctx.text;
  const out: Finding[] = [];
  for (const p of a.matches('s.connectRequest')) {
    const s = a.tokens[p.first]!.sentence;
    const sentences = s > 0 ? [s - 1, s] : [s];
    const pupil = a.names
      .filter((m) => sentences.includes(a.tokens[m.first]!.sentence) && nameAt(a, m.first, ctx.request.author.id))
      .map((m) => m.person)
      .find((person) => ctx.people.get(person.id)?.role === 'pupil');
    if (!pupil) continue;
    const span = a.span(p.first, p.last);
    out.push(
      finding('A6', 'block', [
        `Dit is een vriendschaps- of volgverzoek aan ${pupil.name}, een leerling ("${ctx.request.text.slice(span[0], span[1])}"). Medewerkers worden geen 'vrienden' met leerlingen op sociale media.`,
        `This is a friend or follow request to ${pupil.name}, a pupil. Staff do not become 'friends' with pupils on social media.`,
      ], { span, kind: 'connect_request_text', people: [pupil.id], fix: FIX, fixEn: FIX_EN }),
    );
    break;
  }
  return out;
}

export const a6: Rule = {
  article: 'A6',
  applies: 'a staff member connects to a pupil',
  evaluate(ctx) {
    if (!ctx.isStaff) return [];
    const c = ctx.request.connect;
    if (!c) return requestInText(ctx);
    const target = ctx.people.get(c.personId);
    if (!target) {
      return [
        finding('A6', 'info', [`Persoon "${c.personId}" is onbekend; controleer of het geen leerling is.`, `Person "${c.personId}" is unknown; check that it is not a pupil.`], {
          kind: 'connect_unknown',
          uncertain: true,
        }),
      ];
    }
    if (target.role !== 'pupil') return [];
    return [
      finding('A6', 'block', [
        `Medewerkers worden geen 'vrienden' met leerlingen op sociale media (${target.name} is leerling).`,
        `Staff do not become 'friends' with pupils on social media (${target.name} is a pupil).`,
      ], {
        kind: 'connect_pupil',
        people: [target.id],
        fix: FIX,
        fixEn: FIX_EN,
      }),
    ];
  },
};
