/** A5 — photos, film and sound of school situations only with explicit consent of everyone recognisable. */
import type { Finding } from '../../check/types.js';
import type { MediaType } from '../../check/types.js';
import { finding, type Rule } from './types.js';

const MEDIUM: Record<MediaType, [string, string, string]> = {
  photo: ['foto', 'photo', 'foto’s'],
  video: ['video', 'video', 'video’s'],
  audio: ['geluidsopname', 'audio recording', 'geluidsopnamen'],
};

export const a5: Rule = {
  article: 'A5',
  applies: 'media depicting people without consent for that medium, or unidentified recognisable people',
  evaluate(ctx) {
    const out: Finding[] = [];
    const authorId = ctx.request.author.id;
    ctx.request.media.forEach((m, i) => {
      const [nl, en] = MEDIUM[m.type];
      const missing = m.depicts.filter((id) => id !== authorId && ctx.people.get(id)?.consent?.[m.type] !== true);
      const names = missing.map((id) => ctx.people.get(id)?.name ?? id);
      if (missing.length > 0) {
        const fix: [string, string] =
          m.type === 'photo'
            ? [`Maak ${names.join(', ')} onherkenbaar (vervaag het gezicht) of laat de foto weg, of vraag eerst toestemming.`, `Make ${names.join(', ')} unrecognisable (blur the face) or leave the photo out, or ask for consent first.`]
            : [`Laat de ${nl} weg, of vraag eerst toestemming aan (de ouders van) ${names.join(', ')}.`, `Leave the ${en} out, or first ask ${names.join(', ')} (or their parents) for consent.`];
        out.push(
          finding('A5', 'block', [
            `Voor ${names.join(', ')} is er geen toestemming om in een ${nl} op sociale media te komen (media ${i + 1}).`,
            `There is no consent for ${names.join(', ')} to appear in a ${en} on social media (media ${i + 1}).`,
          ], { kind: `consent_${m.type}`, people: missing, fix: fix[0], fixEn: fix[1] }),
        );
      }
      if (m.unidentified > 0) {
        out.push(
          finding('A5', 'block', [
            `In de ${nl} (media ${i + 1}) zijn ${m.unidentified} herkenbare personen van wie niet bekend is of ze toestemming hebben gegeven.`,
            `The ${en} (media ${i + 1}) shows ${m.unidentified} recognisable people whose consent is unknown.`,
          ], {
            kind: 'consent_unknown',
            fix: m.type === 'photo' ? 'Tag wie er op de foto staat, of vervaag alle herkenbare gezichten.' : `Laat de ${nl} weg, of zorg dat niemand herkenbaar is.`,
            fixEn: m.type === 'photo' ? 'Tag who is in the photo, or blur every recognisable face.' : `Leave the ${en} out, or make sure nobody is recognisable.`,
          }),
        );
      }
    });
    return out;
  },
};
