/**
 * A5 — photos, film and sound of school situations only with explicit consent of everyone
 * recognisable. Consent counts per account, channel and medium (src/check/consent.ts): the
 * school's beeldtoestemming covers its own channels, each channel apart; on a personal account
 * each recognisable person other than the author must have agreed to this very post.
 */
import type { Channel, Finding, MediaType } from '../../check/types.js';
import { consentFor, type MissingReason } from '../../check/consent.js';
import { finding, type Rule } from './types.js';
import { decideFaces } from '../../photos/decide.js';

const MEDIUM: Record<MediaType, [string, string]> = {
  photo: ['foto', 'photo'],
  video: ['video', 'video'],
  audio: ['geluidsopname', 'audio recording'],
};

export const CHANNEL_WHERE: Record<Channel, [string, string]> = {
  social: ['op sociale media', 'on social media'],
  website: ['op de website van de school', "on the school's website"],
  newsletter: ['in de nieuwsbrief', 'in the newsletter'],
  guide: ['in de schoolgids', 'in the school guide'],
  'parent-app': ['in de ouder-app', 'in the parent app'],
};

const list = (names: string[], and: string): string => (names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} ${and} ${names[names.length - 1]}`);

export const a5: Rule = {
  article: 'A5',
  applies: 'media depicting people without consent for this account, channel and medium, or unidentified recognisable people',
  evaluate(ctx) {
    const out: Finding[] = [];
    const { account, channel } = ctx.request;
    const authorId = ctx.request.author.id;
    const staff = ctx.isStaff;
    ctx.request.media.forEach((m, i) => {
      const [nl, en] = MEDIUM[m.type];
      // per face (photos): a tagged face without consent is one more person missing consent, an untagged face one more unknown
      const faces = decideFaces(m.faces, ctx.people, { account, channel, authorId, confirmed: m.confirmed });
      const noConsent = faces.filter((d) => d.reason === 'no-consent');
      const unknownFaces = faces.filter((d) => d.reason === 'untagged' || d.reason === 'outsider').map((d) => d.face);
      const unidentified = m.unidentified + unknownFaces.length;
      const missing: string[] = [];
      const seen = new Set<string>();
      const reasons = new Set<MissingReason>();
      for (const id of [...m.depicts, ...noConsent.map((d) => d.person!)]) {
        if (seen.has(id)) continue;
        seen.add(id);
        const v = consentFor(ctx.people.get(id), m.type, m, { account, channel, authorId });
        if (v.ok) continue;
        missing.push(id);
        reasons.add(v.missing ?? 'none');
      }
      if (missing.length > 0) {
        const names = missing.map((id) => ctx.people.get(id)?.name ?? id);
        const who = list(names, 'en');
        const whoEn = list(names, 'and');
        let message: [string, string];
        let fix: [string, string];
        if (account === 'school') {
          const [where, whereEn] = CHANNEL_WHERE[channel];
          const other = reasons.has('channel')
            ? [' Er is wel toestemming voor een ander kanaal van de school, maar toestemming geldt per kanaal.', ' There is consent for another channel of the school, but consent is given per channel.']
            : ['', ''];
          message = [
            `Voor ${who} is er geen toestemming om in een ${nl} ${where} te komen (media ${i + 1}).${other[0]}`,
            `There is no consent for ${whoEn} to appear in a ${en} ${whereEn} (media ${i + 1}).${other[1]}`,
          ];
          fix =
            m.type === 'photo'
              ? [`Maak ${who} onherkenbaar (vervaag het gezicht) of laat de foto weg.`, `Make ${whoEn} unrecognisable (blur the face) or leave the photo out.`]
              : [`Laat de ${nl} weg, of kies een kanaal waarvoor wel toestemming is.`, `Leave the ${en} out, or choose a channel for which there is consent.`];
        } else {
          const schoolOnly = reasons.has('personal-account');
          message = [
            `${schoolOnly ? 'De beeldtoestemming van de school geldt niet voor een persoonlijk account. ' : ''}Voor ${who} is er geen toestemming voor dit bericht om in een ${nl} op je eigen account te komen (media ${i + 1}).`,
            `${schoolOnly ? "The school's image consent does not cover a personal account. " : ''}There is no consent for ${whoEn} to appear in a ${en} in this post on your own account (media ${i + 1}).`,
          ];
          const ask: [string, string] = [
            `Vraag ${who} (voor een leerling: de ouders) of ze instemmen met dit bericht en geef dat aan`,
            `Ask ${whoEn} (for a pupil: the parents) whether they agree to this post and confirm it`,
          ];
          fix =
            m.type === 'photo'
              ? [`${ask[0]}, maak ${who} onherkenbaar (vervaag het gezicht), of laat de foto weg.`, `${ask[1]}, make ${whoEn} unrecognisable (blur the face), or leave the photo out.`]
              : [`${ask[0]}, of laat de ${nl} weg.`, `${ask[1]}, or leave the ${en} out.`];
          if (staff) {
            fix = [
              `${fix[0]} Als medewerker plaats je dit beter op een kanaal van de school (de klassenpagina, de website, de nieuwsbrief): daar geldt de beeldtoestemming uit het register.`,
              `${fix[1]} As a staff member, better post this on a channel of the school (the class page, the website, the newsletter): there the registry's image consent applies.`,
            ];
          }
        }
        out.push(finding('A5', 'block', message, { kind: `consent_${m.type}`, people: missing, fix: fix[0], fixEn: fix[1], media: i, ...(noConsent.length ? { faces: noConsent.map((d) => d.face) } : {}) }));
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
            unidentified === 1
              ? `In de ${nl} (media ${i + 1}) staat 1 herkenbare persoon van wie niet bekend is of die toestemming heeft gegeven.`
              : `In de ${nl} (media ${i + 1}) staan ${unidentified} herkenbare personen van wie niet bekend is of ze toestemming hebben gegeven.`,
            `The ${en} (media ${i + 1}) shows ${unidentified} recognisable ${unidentified === 1 ? 'person whose consent is' : 'people whose consent is'} unknown.`,
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
