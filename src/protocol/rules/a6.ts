/** A6 — staff do not become 'friends' with pupils on social media. */
import { finding, type Rule } from './types.js';

export const a6: Rule = {
  article: 'A6',
  applies: 'a staff member connects to a pupil',
  evaluate(ctx) {
    const c = ctx.request.connect;
    if (!c || !ctx.isStaff) return [];
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
        fix: 'Stuur geen vriendschaps- of volgverzoek; gebruik de officiële kanalen van de school.',
        fixEn: "Don't send a friend or follow request; use the school's official channels.",
      }),
    ];
  },
};
