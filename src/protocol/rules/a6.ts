/**
 * A6 — staff do not become 'friends' with pupils on social media.
 * Decided from `connect` (a friend/follow request to a person of the registry), and from the
 * text: a staff member's draft that asks a pupil named in it to follow, add or befriend them
 * ("Emma, volg je mij op Insta?").
 */
import { identify } from '../../check/identify.js';
import type { CheckContext } from './types.js';
import { finding, type Rule } from './types.js';
import type { Finding } from '../../check/types.js';

const FIX = 'Stuur geen vriendschaps- of volgverzoek; gebruik de officiële kanalen van de school.';
const FIX_EN = "Don't send a friend or follow request; use the school's official channels.";

/** A friend or follow request in the text, in a sentence that names a pupil (or right after one). */
function requestInText(ctx: CheckContext): Finding[] {
  const a = ctx.text;
  const out: Finding[] = [];
  const { mentions } = identify(a, ctx.request.author.id);
  for (const p of a.matches('s.connectRequest')) {
    const s = a.tokens[p.first]!.sentence;
    const sentences = s > 0 ? [s - 1, s] : [s];
    // a name that may stand for a pupil: a shared first name still protects, but names nobody
    const mention = mentions.find((m) => sentences.includes(a.tokens[m.first]!.sentence) && m.candidates.some((id) => ctx.people.get(id)?.role === 'pupil'));
    if (!mention) continue;
    const pupil = mention.person !== undefined && ctx.people.get(mention.person)?.role === 'pupil' ? ctx.people.get(mention.person)! : undefined;
    const who = pupil ? `${pupil.name}, een leerling` : `"${mention.words}", mogelijk een leerling`;
    const whoEn = pupil ? `${pupil.name}, a pupil` : `"${mention.words}", possibly a pupil`;
    const span = a.span(p.first, p.last);
    out.push(
      finding('A6', 'block', [
        `Dit is een vriendschaps- of volgverzoek aan ${who} ("${ctx.request.text.slice(span[0], span[1])}"). Medewerkers worden geen 'vrienden' met leerlingen op sociale media.`,
        `This is a friend or follow request to ${whoEn}. Staff do not become 'friends' with pupils on social media.`,
      ], { span, kind: 'connect_request_text', ...(pupil ? { people: [pupil.id] } : {}), fix: FIX, fixEn: FIX_EN }),
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
        // the request names nobody: neither does the finding (the id is the caller's own)
        "Medewerkers worden geen 'vrienden' met leerlingen op sociale media, en deze persoon is een leerling van de school.",
        "Staff do not become 'friends' with pupils on social media, and this person is a pupil of the school.",
      ], {
        kind: 'connect_pupil',
        people: [target.id],
        fix: FIX,
        fixEn: FIX_EN,
      }),
    ];
  },
};
