/**
 * Personal and confidential information (A2, C1).
 *
 * What it catches:
 * - contact details: Dutch phone numbers in every common format (libphonenumber-js),
 *   e-mail addresses, street + house number, postcodes ("1234 AB"), BSN (nine digits
 *   or dotted, valid by the elfproef), IBAN (mod 97), dates of birth;
 * - topics that are personal when tied to someone other than the author: health,
 *   diagnoses, care and medication; school results; family and home situations;
 *   internal school matters (complaints, suspensions, staff issues). "Tied" means the
 *   sentence names a roster person, a titled person ("juf Anouk"), a relation ("de
 *   moeder van Lotte") or a singular third person ("hij", "zij").
 *
 * What it lets pass:
 * - the school's own public number, address and e-mail (configured, or named as the
 *   school's: "bel de administratie van de school"), public service numbers (0800, 0900, 088, 112);
 * - an event's date and place; the author's own results or news ("ik heb een 8,5").
 * The author's own contact details are reported as advice (a pupil is asked not to).
 */
import { curseCompound, groupJudgement } from './decency-reading.js';
import { leadingPhoneNumbers } from './phones.js';
import type { TextAnalysis } from '../analysis.js';
import { nameAt, namesInSentence, schoolNamesInSentence } from './context.js';
import { normalisePhrase, wordSet } from '../text/normalize.js';

export type PersonalKind = 'phone' | 'email' | 'address' | 'postcode' | 'bsn' | 'iban' | 'birthdate' | 'health' | 'results' | 'family' | 'internal';

export interface PersonalHit {
  kind: PersonalKind;
  /** UTF-16 span in the original text. */
  span: [number, number];
  /** Roster ids the information is about, when known. */
  about: string[];
  /** The author's own information. */
  own: boolean;
  /** Of the author's own child or family ("mijn dochter Lotte heeft ...", "mijn oma is ..."): theirs to share. */
  ownFamily?: boolean;
  certain: boolean;
}

export interface SchoolContact {
  publicPhones: readonly string[];
  publicEmailDomains: readonly string[];
  publicAddresses: readonly string[];
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
const POSTCODE = /\b[1-9]\d{3} ?(?!SA|SD|SS)[A-Z]{2}\b/g;
const STREET = /\b[A-Z][\p{L}'-]*(?:straat|laan|weg|plein|gracht|kade|dijk|singel|hof|park|dreef|steeg|pad|markt|boulevard|allee|ring|baan|veld|erf|wal|haven|hoeve|akker|kamp|weide|zoom|oord|burg)\s+\d{1,4}(?:\s?[a-zA-Z])?\b/gu;
const BSN = /\b(?:\d{9}|\d{3}\.\d{3}\.\d{3}|\d{4}\.\d{2}\.\d{3}|\d{3} \d{3} \d{3})\b/g;
const IBAN = /\b[A-Z]{2}\d{2}\s?[A-Z]{4}(?:\s?\d{4}){2}\s?\d{2}\b/g;
const EMAIL_SPELLED = /\b[A-Za-z0-9._%+-]+\s*(?:\[at\]|\(at\)|\bat\b|\bapenstaartje\b)\s*[A-Za-z0-9-]+\s*(?:\[dot\]|\(dot\)|\bdot\b|\bpunt\b|\.)\s*(?:com|nl|be|org|net|eu|de)\b/gi;
/** A year of birth: "in 2015 geboren", "geboren in 2016". */
const BIRTH_YEAR = /\b(?:19|20)\d{2}\b/g;
const DATE = /\b(?:\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)?\d{2}|\d{1,2}\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)(?:\s+(?:19|20)\d{2})?)\b/gi;

export function elfproef(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i);
  sum -= Number(digits[8]);
  return sum % 11 === 0 && digits !== '000000000';
}

export function ibanValid(iban: string): boolean {
  const s = iban.replace(/\s+/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(s)) return false;
  const moved = s.slice(4) + s.slice(0, 4);
  let rem = 0;
  for (const ch of moved) {
    const v = ch >= 'A' && ch <= 'Z' ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) rem = (rem * 10 + Number(d)) % 97;
  }
  return rem === 1;
}

/** A grade in the sentence: "een 3", "7,5", "onvoldoende", "gezakt", "512 punten". */
function hasGrade(a: TextAnalysis, s: number): boolean {
  if (a.matches('p.gradeCue', s).length > 0) return true;
  const [f, l] = a.sentenceTokens(s);
  for (let j = f; j <= l; j++) if (a.tokens[j]!.hasDigit) return true;
  return false;
}

/** Words that name a birthday rather than a birth: the date counts only with its year. */
const BIRTHDAY_CUES = new Set(['jarig', 'verjaardag']);

const digitsOf = (s: string): string => s.replace(/\D/g, '').replace(/^(0031|31)/, '0');

/** Token index containing UTF-16 offset `pos` (or the nearest before it). */
function tokenAtOffset(a: TextAnalysis, pos: number): number {
  let lo = 0;
  let hi = a.tokens.length - 1;
  let ans = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (a.tokens[mid]!.start <= pos) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}

interface Tie {
  about: string[];
  thirdParty: boolean;
  own: boolean;
  /** Owned by a possessive ("mijn nummer", "bel me"), not just an "ik" in the sentence ("ik dacht ..."). */
  ownStrong: boolean;
  /** About the author's own child or family: "mijn dochter (Lotte)", "onze zoon", "mijn oma". */
  ownFamily: boolean;
  institution: boolean;
}

/** Words that make contact details the author's own: possessives, and "ik woon / ben bereikbaar". */
const OWN_STRONG = wordSet(['mijn', 'mij', 'me', 'mn', 'ons', 'onze', 'woon', 'wonen', 'bereikbaar', 'bel', 'app', 'mail', 'sms', 'contact', 'zelf']);

const SINGULAR_THIRD = wordSet(['hij', 'hem', 'zij', 'haar']);
const PLURAL_THIRD = wordSet(['ze', 'hun']);

/** Whom does the sentence around token k speak of? */
function tieOfSentence(a: TextAnalysis, k: number, authorId: string | undefined, upTo?: number): Tie {
  if (a.tokens.length === 0) return { about: [], thirdParty: false, own: false, ownStrong: false, ownFamily: false, institution: false };
  const s = a.tokens[k]!.sentence;
  const [f, l0] = a.sentenceTokens(s);
  const l = upTo === undefined ? l0 : Math.min(l0, upTo);
  const about = new Set<string>();
  let thirdParty = false;
  let own = false;
  let ownStrong = false;
  let ownFamily = false;
  /** Someone other than a named child: a relation ("de moeder van"), a titled person, a second name. */
  let otherParty = false;
  let institution = false;
  for (let j = f; j <= l; j++) {
    const id = nameAt(a, j, authorId);
    if (id) {
      about.add(id);
      thirdParty = true;
    }
    const tok = a.tokens[j]!;
    if (SINGULAR_THIRD.has(tok.norm)) thirdParty = true;
    if (a.has(j, 'p.relation')) thirdParty = otherParty = true;
    // "juf Anouk", "meester Thomas": a title followed by a capitalised name
    if (a.has(j, 'p.title') && a.tokens[j + 1]?.capitalised && a.tokens[j + 1]!.sentence === s) thirdParty = otherParty = true;
    if (a.has(j, 'p.ownFamily')) ownFamily = true;
    if (a.has(j, 'p.ownMarker')) own = true;
    if (OWN_STRONG.has(tok.norm)) ownStrong = true;
    if (a.has(j, 'p.institution')) institution = true;
  }
  // names of roster people in the sentence even without capitals
  const sentenceNames = namesInSentence(a, s);
  for (const m of sentenceNames) if (m.last <= l && m.kind === 'full' && m.person.id !== authorId) about.add(m.person.id);
  // "mijn dochter Lotte heeft ...": the named child (and "zij/haar") is the author's own;
  // any other name ("mijn dochter speelt met Julia") is someone else
  if (ownFamily) {
    const familyEnds = a.matches('p.ownFamily', s).map((m) => m.last);
    for (const m of sentenceNames) {
      if (m.first > l || m.person.id === authorId || !nameAt(a, m.first, authorId)) continue;
      if (!familyEnds.some((e) => m.first - e >= 1 && m.first - e <= 2)) otherParty = true;
    }
  }
  if (ownFamily && !otherParty && about.size <= 1) return { about: [...about], thirdParty: false, own: true, ownStrong: true, ownFamily: true, institution };
  const isOwn = own && !thirdParty && about.size === 0;
  return { about: [...about], thirdParty: thirdParty || about.size > 0, own: isOwn, ownStrong: isOwn && ownStrong, ownFamily: false, institution };
}

/**
 * Information in a sentence that only has a bare "ik" ("Wie heeft het adres van Finn? Ik
 * dacht Lindelaan 14.") or a plural "ze"/"hun" ("… de ouders van Liam? Ze gaan naar de
 * voedselbank.") is about the person the previous sentence spoke of.
 */
function tieWithContext(a: TextAnalysis, k: number, authorId: string | undefined): Tie {
  const tie = tieOfSentence(a, k, authorId);
  const s = a.tokens[k]?.sentence ?? 0;
  if (s === 0 || tie.ownStrong || tie.thirdParty) return tie;
  // a bare "ik", or a plural "ze"/"hun" pointing back ("de ouders van Liam … Ze gaan naar de voedselbank")
  const [f, l] = a.sentenceTokens(s);
  const pointsBack = !tie.own && a.tokens.slice(f, l + 1).some((t) => PLURAL_THIRD.has(t.norm));
  if (!tie.own && !pointsBack) return tie;
  const prev = tieOfSentence(a, a.sentenceTokens(s - 1)[0], authorId);
  return prev.thirdParty ? { ...tie, about: prev.about, thirdParty: true, own: false } : tie;
}

/** A school's public numbers as digits and its public addresses in lower case, made once per list (not per draft). */
const publicDigitsMemo = new WeakMap<readonly string[], ReadonlySet<string>>();
function publicDigitsOf(phones: readonly string[]): ReadonlySet<string> {
  let d = publicDigitsMemo.get(phones);
  if (!d) publicDigitsMemo.set(phones, (d = new Set(phones.map(digitsOf))));
  return d;
}
const publicAddressesMemo = new WeakMap<readonly string[], readonly string[]>();
function publicAddressesOf(addresses: readonly string[]): readonly string[] {
  let l = publicAddressesMemo.get(addresses);
  if (!l) publicAddressesMemo.set(addresses, (l = addresses.map((x) => x.toLowerCase())));
  return l;
}

export function detectPersonal(a: TextAnalysis, school: SchoolContact, authorId?: string): PersonalHit[] {
  const text = a.source;
  const hits: PersonalHit[] = [];
  const taken: [number, number][] = [];
  const overlaps = (s: number, e: number): boolean => taken.some(([x, y]) => s < y && e > x);
  const contact = (kind: PersonalKind, start: number, end: number, isPublic: boolean): void => {
    if (overlaps(start, end)) return;
    taken.push([start, end]);
    if (isPublic) return;
    const k = tokenAtOffset(a, start);
    // "Bel mij gerust: 06… (moeder van Lotte)": what comes before the number says whose it is
    const lead = tieOfSentence(a, k, authorId, k - 1);
    const tie = lead.ownStrong ? lead : tieWithContext(a, k, authorId);
    hits.push({ kind, span: [start, end], about: tie.own ? [] : tie.about, own: tie.own, ...(tie.ownFamily ? { ownFamily: true } : {}), certain: true });
  };
  const publicDigits = publicDigitsOf(school.publicPhones);

  // IBAN, BSN before phones (a nine-digit BSN also parses as a phone number)
  if (/[A-Z]{2}\d{2}/.test(text)) for (const m of text.matchAll(IBAN)) if (ibanValid(m[0])) contact('iban', m.index, m.index + m[0].length, false);
  let digitCount = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) digitCount++;
  }
  if (digitCount >= 8) {
    for (const m of text.matchAll(BSN)) {
      const d = m[0].replace(/\D/g, '');
      const keyword = /bsn|burgerservice|sofi/i.test(text.slice(Math.max(0, m.index - 40), m.index));
      if (elfproef(d) && (!d.startsWith('0') || keyword)) contact('bsn', m.index, m.index + m[0].length, false);
    }
    // libphonenumber's matches that start with 0, + or ( (phones.ts: the same, read near the digits only)
    for (const p of leadingPhoneNumbers(text)) {
      const raw = text.slice(p.startsAt, p.endsAt);
      const d = digitsOf(raw);
      let isPublic = publicDigits.has(d) || /^(0800|0900|0909|0906|088|112$|14\d{3})/.test(d);
      if (!isPublic) {
        const k = tokenAtOffset(a, p.startsAt);
        const tie = tieOfSentence(a, k, authorId, k);
        isPublic = tie.institution && !tie.thirdParty;
      }
      contact('phone', p.startsAt, p.endsAt, isPublic);
    }
  }
  if (text.includes('@')) {
    for (const m of text.matchAll(EMAIL)) {
      const domain = m[0].split('@')[1]!.toLowerCase();
      const local = m[0].split('@')[0]!.toLowerCase();
      const k = tokenAtOffset(a, m.index);
      const tie = tieOfSentence(a, k, authorId, k);
      const generic = /^(info|administratie|admin|directie|secretariaat|mr|ouderraad|contact|school|receptie|noreply|no-reply)$/.test(local);
      const isPublic = school.publicEmailDomains.some((d) => domain === d.toLowerCase() || domain.endsWith(`.${d.toLowerCase()}`)) || (generic && !tie.thirdParty);
      contact('email', m.index, m.index + m[0].length, isPublic);
    }
  }
  // "saar.mama at gmail dot com", "naam [at] school [punt] nl": the same address, written to dodge filters
  if (/\b(?:at|apenstaartje)\b|\[at\]|\(at\)/i.test(text)) {
    for (const m of text.matchAll(EMAIL_SPELLED)) contact('email', m.index, m.index + m[0].length, false);
  }
  const publicAddr = publicAddressesOf(school.publicAddresses);
  if (digitCount > 0) {
    for (const m of text.matchAll(STREET)) contact('address', m.index, m.index + m[0].length, publicAddr.some((x) => x.includes(m[0].toLowerCase())));
    for (const m of text.matchAll(POSTCODE)) contact('postcode', m.index, m.index + m[0].length, publicAddr.some((x) => x.includes(m[0].toLowerCase())));
  }
  if (a.matches('p.birth').length > 0) for (const m of text.matchAll(DATE)) {
    const k = tokenAtOffset(a, m.index);
    const s = a.tokens[k]?.sentence;
    if (s === undefined) continue;
    const cues = a.matches('p.birth', s);
    if (cues.length === 0) continue;
    // "jarig op 12 maart" is a birthday (a party invitation); with the year it is a date of birth
    const birthdayOnly = cues.every((c) => BIRTHDAY_CUES.has(c.term));
    if (birthdayOnly && !/(19|20)\d{2}\b|[-/.]\d{2}$/.test(m[0])) continue;
    contact('birthdate', m.index, m.index + m[0].length, false);
  }
  // a year of birth with "geboren" ("Noah is in 2015 geboren"); a full date above takes precedence
  if (a.matches('p.birth').some((c) => !BIRTHDAY_CUES.has(c.term))) for (const m of text.matchAll(BIRTH_YEAR)) {
    const s = a.tokens[tokenAtOffset(a, m.index)]?.sentence;
    if (s === undefined || !a.matches('p.birth', s).some((c) => !BIRTHDAY_CUES.has(c.term))) continue;
    contact('birthdate', m.index, m.index + m[0].length, false);
  }

  // topics tied to a person
  const topics: [string, PersonalKind][] = [
    ['p.health', 'health'],
    ['p.results', 'results'],
    ['p.resultsWeak', 'results'],
    ['p.family', 'family'],
    ['p.internal', 'internal'],
  ];
  const seenSentence = new Set<string>();
  for (const [cat, kind] of topics) {
    for (const p of a.matches(cat)) {
      const tok = a.tokens[p.first]!;
      const key = `${kind}:${tok.sentence}`;
      if (seenSentence.has(key)) continue;
      // "een toets gekregen" is news; "een 3 voor de rekentoets" is a result
      if (cat === 'p.resultsWeak' && !hasGrade(a, tok.sentence)) continue;
      // "ziek van de spinazie", "ik word ziek van dat gezeur": a figure of speech
      if (kind === 'health' && p.term === 'ziek' && a.tokens[p.last + 1]?.norm === 'van') continue;
      // "kankerschool", "tyfuslijer": a disease as a curse, not health information (A7 reads it)
      if (kind === 'health' && p.first === p.last && curseCompound(a, p.first)) continue;
      // "… dat homo's ziek zijn": said of a group it is a judgement, not someone's health (A7 reads it)
      if (kind === 'health' && p.first === p.last && groupJudgement(a, p.first, authorId)) continue;
      const tie = tieWithContext(a, p.first, authorId);
      const schoolTie = kind === 'internal' && (schoolNamesInSentence(a, tok.sentence).length > 0 || a.matches('schoolTarget', tok.sentence).length > 0);
      if (!tie.thirdParty && !tie.ownFamily && !(schoolTie && !tie.own)) continue;
      const span: [number, number] = [tok.start, a.tokens[p.last]!.end];
      if (overlaps(span[0], span[1])) continue;
      seenSentence.add(key);
      hits.push({ kind, span, about: tie.about, own: tie.ownFamily, ...(tie.ownFamily ? { ownFamily: true } : {}), certain: true });
    }
  }
  // a mark for a subject or a test: "een 3 voor rekenen", "een 8,5 voor de spellingtoets" (no listed word needed)
  for (const g of gradesFor(a)) {
    const tok = a.tokens[g.first]!;
    const key = `results:${tok.sentence}`;
    if (seenSentence.has(key)) continue;
    const tie = tieWithContext(a, g.first, authorId);
    if (!tie.thirdParty && !tie.ownFamily) continue;
    const span: [number, number] = [tok.start, a.tokens[g.last]!.end];
    if (overlaps(span[0], span[1])) continue;
    seenSentence.add(key);
    hits.push({ kind: 'results', span, about: tie.about, own: tie.ownFamily, ...(tie.ownFamily ? { ownFamily: true } : {}), certain: true });
  }
  return hits;
}

/** "een" and "voor" as the text's normalisation writes them (doubled letters folded). */
const EEN = normalisePhrase('een');
const VOOR = normalisePhrase('voor');
/** A school mark: a whole or half number from 1 to 10 ("3", "8,5", "7½", "6-", "6+"). */
const MARK = /^(10|[1-9])([.,]5|½|[+-])?$/;

/**
 * Marks given for a subject or a test, read from the tokens: "een" + a mark (its ",5" may be
 * tokens of its own) + "voor" + within a few words a school subject or a test word (data:
 * personal.json `subject`, `resultsWeak`). One pass over the tokens; the subject matches are
 * looked up by their first token.
 */
function gradesFor(a: TextAnalysis): { first: number; last: number }[] {
  const out: { first: number; last: number }[] = [];
  const firstOf = new Map<number, number>();
  for (const cat of ['p.subject', 'p.resultsWeak'] as const) for (const m of a.matches(cat)) if (!firstOf.has(m.first) || firstOf.get(m.first)! < m.last) firstOf.set(m.first, m.last);
  if (firstOf.size === 0) return out;
  const t = a.tokens;
  for (let i = 0; i + 3 < t.length; i++) {
    if (t[i]!.norm !== EEN || !t[i + 1]!.hasDigit || !MARK.test(t[i + 1]!.norm)) continue;
    let j = i + 2;
    // "8", ",", "5" or "6", "-" as tokens of their own
    while (j < t.length && j <= i + 4 && t[j]!.norm !== VOOR && /^([.,]|5|½|[+-])$/.test(t[j]!.norm)) j++;
    if (t[j]?.norm !== VOOR || t[j]!.sentence !== t[i]!.sentence) continue;
    for (let k = j + 1; k <= j + 4 && k < t.length && t[k]!.sentence === t[i]!.sentence; k++) {
      const last = firstOf.get(k);
      if (last !== undefined) {
        out.push({ first: i, last });
        break;
      }
    }
  }
  return out;
}
