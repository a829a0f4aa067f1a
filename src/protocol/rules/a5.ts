/** A5 — photos, film and sound of school situations only with explicit consent of everyone recognisable. */
import type { Finding } from '../../check/types.js';
import type { MediaType } from '../../check/types.js';
import { finding, type Rule } from './types.js';
import { decideFaces, type Publication } from '../../photos/decide.js';

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
    const where = ctx.request as Publication & { channel?: Publication['channel']; account?: Publication['account'] };
    ctx.request.media.forEach((m, i) => {
      const [nl, en] = MEDIUM[m.type];
      // per face (photos): a tagged face without consent is one more person missing consent, an untagged face one more unknown
      const faces = decideFaces(m.faces, ctx.people, { account: where.account, channel: where.channel, authorId, confirmed: (m as { confirmed?: string[] }).confirmed });
      const noConsent = faces.filter((d) => d.reason === 'no-consent');
      const unknownFaces = faces.filter((d) => d.reason === 'untagged' || d.reason === 'outsider').map((d) => d.face);
      const unidentified = m.unidentified + unknownFaces.length;
      const missing = [...new Set([...m.depicts.filter((id) => id !== authorId && ctx.people.get(id)?.consent?.[m.type] !== true), ...noConsent.map((d) => d.person!)])];
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
          ], { kind: `consent_${m.type}`, people: missing, fix: fix[0], fixEn: fix[1], media: i, ...(noConsent.length ? { faces: noConsent.map((d) => d.face) } : {}) }),
        );
      }
      if (m.depicts.length === 0 && unidentified === 0 && m.faces.length === 0) {
        // Sterrenwacht does not look at video or listen to sound (nor at a photo sent without its faces): it asks
        const [q, qEn] =
          m.type === 'audio'
            ? ['Wie is er hoorbaar in de geluidsopname', 'Who can be heard in the audio recording']
            : m.type === 'video'
              ? ['Wie is er herkenbaar te zien of te horen in de video', 'Who can be recognised or heard in the video']
              : ['Wie staat er herkenbaar op de foto', 'Who can be recognised in the photo'];
        out.push(
          finding('A5', 'info', [
            `${q} (media ${i + 1})? ${m.type === 'photo' ? 'Geef de gezichten aan' : `Sterrenwacht bekijkt en beluistert geen ${nl}: geef aan wie erin ${m.type === 'audio' ? 'te horen is' : 'staat'}`}, dan beslist de check op hun toestemming. Niemand herkenbaar? Dan is er niets te doen.`,
            `${qEn} (media ${i + 1})? ${m.type === 'photo' ? 'Mark the faces' : `Sterrenwacht does not watch or listen to ${en}s: state who is in it`}, and the check decides on their consent. Nobody recognisable? Then there is nothing to do.`,
          ], { kind: 'media_who', media: i }),
        );
      }
      if (unidentified > 0) {
        out.push(
          finding('A5', 'block', [
            `In de ${nl} (media ${i + 1}) zijn ${unidentified} herkenbare personen van wie niet bekend is of ze toestemming hebben gegeven.`,
            `The ${en} (media ${i + 1}) shows ${unidentified} recognisable people whose consent is unknown.`,
          ], {
            kind: 'consent_unknown',
            media: i,
            ...(unknownFaces.length ? { faces: unknownFaces } : {}),
            fix: m.type === 'photo' ? 'Tag wie er op de foto staat, of vervaag alle herkenbare gezichten.' : `Laat de ${nl} weg, of zorg dat niemand herkenbaar is.`,
            fixEn: m.type === 'photo' ? 'Tag who is in the photo, or blur every recognisable face.' : `Leave the ${en} out, or make sure nobody is recognisable.`,
          }),
        );
      }
    });
    return out;
  },
};
