/** A2 — share knowledge and information, but no confidential or personal information about others. */
import type { Finding } from '../../check/types.js';
import type { PersonalKind } from '../../check/detectors/personal.js';
import { finding, quote, type CheckContext, type Rule } from './types.js';
import { referents } from '../../check/identify.js';

/** The UTF-16 range of the sentence around a span. */
function sentenceRange(ctx: CheckContext, span: [number, number]): [number, number] {
  const t = ctx.text.tokens;
  const k = t.findIndex((tok) => tok.end > span[0]);
  if (k < 0) return span;
  const [f, l] = ctx.text.sentenceTokens(t[k]!.sentence);
  return [Math.min(t[f]!.start, span[0]), Math.max(t[l]!.end, span[1])];
}

export const PERSONAL_LABEL: Record<PersonalKind, [string, string]> = {
  phone: ['een telefoonnummer', 'a phone number'],
  email: ['een e-mailadres', 'an e-mail address'],
  address: ['een (huis)adres', 'a (home) address'],
  postcode: ['een postcode', 'a postcode'],
  bsn: ['een burgerservicenummer (BSN)', 'a citizen service number (BSN)'],
  iban: ['een bankrekeningnummer', 'a bank account number'],
  birthdate: ['een geboortedatum', 'a date of birth'],
  health: ['informatie over gezondheid, ziekte, zorg of medicijnen', 'information about health, illness, care or medication'],
  results: ['schoolresultaten of toetsuitslagen', 'school results or test scores'],
  family: ['informatie over de gezins- of thuissituatie', 'information about the family or home situation'],
  internal: ['een interne schoolzaak (klacht, schorsing, personeelszaak)', 'an internal school matter (complaint, suspension, staff issue)'],
};

const FIX: Record<PersonalKind, [string, string]> = {
  phone: ['Haal het telefoonnummer weg. Laat mensen contact opnemen via een privébericht of via de school.', 'Remove the phone number. Let people get in touch by private message or through the school.'],
  email: ['Haal het e-mailadres weg; deel het alleen in een privébericht.', 'Remove the e-mail address; share it only in a private message.'],
  address: ['Haal het adres weg; deel het alleen in een privébericht.', 'Remove the address; share it only in a private message.'],
  postcode: ['Haal de postcode (en het adres) weg.', 'Remove the postcode (and the address).'],
  bsn: ['Haal het burgerservicenummer weg; dat hoort nooit op sociale media.', 'Remove the citizen service number; it never belongs on social media.'],
  iban: ['Haal het rekeningnummer weg; gebruik een betaalverzoek in een privébericht.', 'Remove the account number; use a payment request in a private message.'],
  birthdate: ['Haal de geboortedatum weg.', 'Remove the date of birth.'],
  health: ['Laat de informatie over gezondheid weg, of schrijf het algemeen zonder naam ("er is een invaller").', 'Leave out the health information, or say it in general terms without a name ("there is a substitute teacher").'],
  results: ['Laat de resultaten van een ander weg; alleen je eigen resultaten mag je delen.', "Leave out someone else's results; you may share only your own."],
  family: ['Laat de informatie over de thuissituatie weg.', 'Leave out the information about the home situation.'],
  internal: ['Laat de interne zaak weg en bespreek zorgen binnen de school.', 'Leave out the internal matter and raise concerns inside the school.'],
};

export const a2: Rule = {
  article: 'A2',
  applies: 'personal or confidential information about someone other than the author',
  evaluate(ctx) {
    const out: Finding[] = [];
    for (const hit of ctx.personal) {
      const [label, labelEn] = PERSONAL_LABEL[hit.kind];
      const words = quote(ctx, hit.span);
      // a citizen service number never belongs on social media, whoever's it is
      if ((hit.own || hit.ownFamily) && hit.kind === 'bsn') {
        out.push(
          finding('A2', 'revise', [
            `Je deelt een burgerservicenummer ("${words}"). Een BSN hoort nooit op sociale media, ook niet je eigen of dat van je kind.`,
            `You share a citizen service number ("${words}"). A BSN never belongs on social media, not even your own or your child's.`,
          ], { span: hit.span, kind: hit.kind, fix: FIX.bsn[0], fixEn: FIX.bsn[1] }),
        );
        continue;
      }
      if (hit.ownFamily) {
        out.push(
          finding('A2', 'info', [
            `Je deelt ${label} over je eigen kind of familie ("${words}"). Dat is aan jou, maar het blijft openbaar: vraag je af of diegene dat later ook prettig vindt.`,
            `You share ${labelEn} about your own child or family ("${words}"). That is up to you, but it stays public: ask yourself whether they will like that later too.`,
          ], { span: hit.span, kind: hit.kind }),
        );
        continue;
      }
      if (hit.own) {
        const pupil = ctx.request.author.role === 'pupil';
        out.push(
          finding('A2', pupil ? 'revise' : 'info', [
            `Je deelt je eigen ${label.replace(/^een /, '')} ("${words}"). Dat blijft openbaar; deel het liever alleen in een privébericht.`,
            `You share your own ${labelEn.replace(/^an? /, '')} ("${words}"). It stays public; better share it only in a private message.`,
          ], { span: hit.span, kind: hit.kind, fix: FIX[hit.kind][0], fixEn: FIX[hit.kind][1] }),
        );
        continue;
      }
      // name only whom the draft identifies; information tied through a relation ("de vader van
      // Sanne") is about the relative, whom the draft does not name
      const sentence = sentenceRange(ctx, hit.span);
      const ref = referents(ctx.text, ctx.request.author.id, hit.about, (id) => ctx.people.get(id)?.name, { within: sentence, relatives: hit.kind !== 'family' });
      const names = ref.labels;
      const whom = names.length ? ` over ${names.join(', ')}` : ' over iemand anders';
      const whomEn = names.length ? ` about ${names.join(', ')}` : ' about someone else';
      out.push(
        finding('A2', 'block', [
          `Dit bericht deelt ${label}${whom} ("${words}"). Persoonlijke of vertrouwelijke informatie hoort niet op sociale media.`,
          `This message shares ${labelEn}${whomEn} ("${words}"). Personal or confidential information does not belong on social media.`,
        ], { span: hit.span, kind: hit.kind, fix: FIX[hit.kind][0], fixEn: FIX[hit.kind][1], ...(ref.people.length ? { people: ref.people } : {}), ...(hit.certain ? {} : { uncertain: true }) }),
      );
    }
    return out;
  },
};
