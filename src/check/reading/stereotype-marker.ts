/**
 * Implicit derogation of a group by insinuation (decency, A7), read by structure and word class
 * (`lexicon/insinuation.json`), without a judging word:
 *
 * - a MEMBER of a group — a group noun or demonym (also as a diminutive: "marokkaantjes"), a member
 *   noun after a determiner ("die chinees", "zo'n zwarte"), an identity adjective before a person
 *   noun ("een Surinaamse juf") or as a predicate ("Sem is joods"), a compound of an identity word and
 *   a person noun ("hoofddoekjuf"), a gendered noun after a determiner ("een meid"), a person from a
 *   named place ("klasgenootjes uit Syrië"), or a pronoun for one in the next sentence;
 * - "typisch" said of the member (beside it or as a clause of its own): the member judged by what is
 *   typical of the group ("typisch zo'n zwarte, altijd te laat", "vrouwen en auto rijden, typisch");
 * - or an INSINUATION MARKER — "toeval?", "natuurlijk … weer", "weer een X", a reticence ("Ik zeg
 *   verder niks.", "Meer zeg ik er niet over."), a foreknowledge ("dan weet je al …"), a wink, smirk
 *   or thinking emoji, laughter — with a STOCK CHARGE in the sentence or the next or previous one
 *   (stealing and loss, lateness, laziness, money, a level gone down, bombs, prayer imposed).
 *
 * A critique, lesson or report of the stereotype in the span ("vooroordeel", "racistisch", "mensen
 * zeggen dat …"), a person one knows ("mijn Turkse buurman"), a profession, and a thing described by
 * an adjective ("typisch Nederlands weer") let it pass.
 *
 * Cost: one memoised class lookup per token; the sentence is read only when the text holds a marker
 * (the cheap trigger), each sentence a fixed number of times.
 */
import type { TextAnalysis } from '../analysis.js';
import type { Target } from '../detectors/context.js';
import data from '../lexicon/insinuation.json' with { type: 'json' };
import reading from '../lexicon/reading.json' with { type: 'json' };
import { fm, infos, targetsOf, type StructuralHit } from './structure.js';
import { classMask } from './word-sets.js';
import { wordInfo, type WordInfo } from './words.js';

const M = {
  marker: 1,
  expectation: 2,
  emoji: 4,
  laughter: 8,
  charge: 16,
  memberNoun: 32,
  prefix: 64,
  personHead: 128,
  gendered: 256,
  pass: 512,
  nonHuman: 1024,
  likening: 2048,
  identity: 4096,
  reporting: 8192,
} as const;
type Cls = { words?: string[]; stems?: string[] };
const D = data.classes as Record<string, Cls>;
const SOURCES: [Cls, number][] = [
  [D.marker!, M.marker],
  [D.expectation!, M.expectation],
  [D.laughter!, M.laughter],
  [D.charge!, M.charge],
  [D.memberNoun!, M.memberNoun],
  [D.identityPrefix!, M.prefix],
  [D.personHead!, M.personHead],
  [D.gendered!, M.gendered],
  [D.pass!, M.pass],
  [D.nonHuman!, M.nonHuman],
  [D.likening!, M.likening],
  [D.reporting!, M.reporting],
  [{ words: [...reading.identityAdjective, ...reading.identityAdjective.map((w) => `${w}e`), ...reading.stereotype.memberAdjective] }, M.identity],
];
const PERSON_HEAD: ReadonlySet<string> = new Set(D.personHead!.words ?? []);
const EMOJI: ReadonlySet<string> = new Set(D.emoji!.words);
const DET = new Set(['de', 'die', 'een', 'deze', 'dat', 'zon', 'zo’n', 'elke', 'iedere', 'twee', 'drie', 'veel', 'zoveel', 'al', 'alle', 'nieuwe']);
const FIRST_POSSESSIVE = new Set(['mijn', 'mn', 'onze', 'ons']);

/** The insinuation classes of a written form (memoised per form). */
export const insinuationClass = classMask(SOURCES, (form, m) => {
  // a member compound: an identity word glued before a person noun ("hoofddoekjuf", "moslimmeisje")
  if (m & M.prefix) {
    let compound = false;
    for (let i = 4; i <= form.length - 3 && !compound; i++) if (PERSON_HEAD.has(form.slice(i))) compound = true;
    if (!compound) m &= ~M.prefix;
  }
  return m;
});
const byWord = new WeakMap<WordInfo, number>();
export function insinuationClassOf(w: WordInfo): number {
  let m = byWord.get(w);
  if (m === undefined) byWord.set(w, (m = insinuationClass(w.form)));
  return m;
}
export const INSINUATION = M;

/** A demonym written as a diminutive ("marokkaantjes", "turkje"). */
const diminutiveDemonym = new Map<string, boolean>();
function demonymDiminutive(form: string): boolean {
  let r = diminutiveDemonym.get(form);
  if (r !== undefined) return r;
  const m = /^(.{3,}?)(tjes|tje|jes|je|pjes|pje)$/.exec(form);
  r = m !== null && wordInfo(m[1]!, m[1]!).demonym;
  if (diminutiveDemonym.size > 5000) diminutiveDemonym.clear();
  diminutiveDemonym.set(form, r);
  return r;
}

let scratch = new Int32Array(256);
let memberScratch = new Uint8Array(256);
/** The classes of the last analysis read (the insinuation and the dehumanising reading run back to back on it). */
let lastA: TextAnalysis | undefined;
let lastAny = 0;
let lastMembersOf: TextAnalysis | undefined;
let lastAuthor: string | undefined;

/** Each token's insinuation classes (a reused buffer, valid until the next analysis is read) and their union. */
export function insinuationClasses(a: TextAnalysis): { cls: Int32Array; any: number } {
  if (a === lastA) return { cls: scratch, any: lastAny };
  const n = a.tokens.length;
  const info = infos(a);
  if (scratch.length < n) scratch = new Int32Array(n * 2);
  let any = 0;
  for (let k = 0; k < n; k++) {
    scratch[k] = insinuationClassOf(info[k]!);
    any |= scratch[k]!;
  }
  lastA = a;
  lastAny = any;
  lastMembersOf = undefined;
  return { cls: scratch, any };
}

/** Does the source (or its stretch [from, to)) hold an emoji of insinuation? Scans char codes; builds a string only at a surrogate pair. */
const SURROGATE = /[\uD83C-\uD83E]/;
function hasEmoji(src: string, from = 0, to = src.length): boolean {
  if (from === 0 && to === src.length && !SURROGATE.test(src)) return false;
  for (let i = from; i < to - 1; i++) {
    const c = src.charCodeAt(i);
    if (c < 0xd83c || c > 0xd83e) continue;
    if (EMOJI.has(src.slice(i, i + 2))) return true;
    i++;
  }
  return false;
}

/** The members of a group in the text, by token: shared by the insinuation and the dehumanising readings. */
export function membersOf(a: TextAnalysis, authorId: string | undefined, cls: Int32Array): Uint8Array {
  if (a === lastMembersOf && authorId === lastAuthor && a === lastA) return memberScratch;
  const n = a.tokens.length;
  const forms = fm(a);
  const info = infos(a);
  const targets = targetsOf(a, authorId);
  if (memberScratch.length < n) memberScratch = new Uint8Array(n * 2);
  const out = memberScratch;
  out.fill(0, 0, n);
  lastMembersOf = a;
  lastAuthor = authorId;
  const F = (k: number): string => (k >= 0 && k < n ? forms[k]! : '');
  for (let k = 0; k < n; k++) {
    const t = targets[k];
    const c = cls[k]!;
    if (FIRST_POSSESSIVE.has(F(k - 1)) || FIRST_POSSESSIVE.has(F(k - 2))) continue;
    if (t?.kind === 'group' && t.token === k && !info[k]!.profession) out[k] = 1;
    else if (a.has(k, 'groupNoun') && !info[k]!.profession) out[k] = 1;
    else if (info[k]!.demonym || demonymDiminutive(F(k))) out[k] = 1;
    else if (c & M.memberNoun && DET.has(F(k - 1))) out[k] = 1;
    else if (c & M.prefix) out[k] = 1;
    else if (c & M.gendered && DET.has(F(k - 1)) && F(k - 1) !== 'de') out[k] = 1;
    // an identity adjective before a person noun ("een Surinaamse juf"), or predicated ("Sem is joods")
    else if (c & M.personHead && k > 0 && (cls[k - 1]! & M.identity || (a.tokens[k - 1]!.capitalised && /(aanse|ese|iaanse|se|ische|kse)$/.test(F(k - 1)))) && k - 1 > 0) out[k] = 1;
    else if (c & M.identity && /^(is|ben|bent|zijn|was)$/.test(F(k - 1))) out[k] = 1;
    // a person from a named place: "klasgenootjes uit Syrië"
    else if (c & M.personHead && F(k + 1) === 'uit' && k + 2 < n && a.tokens[k + 2]!.capitalised && !targets[k + 2]) out[k] = 1;
  }
  return out;
}

export function readStockCharge(a: TextAnalysis, authorId?: string): StructuralHit[] {
  const hits: StructuralHit[] = [];
  const tokens = a.tokens;
  const n = tokens.length;
  if (n === 0) return hits;
  const { cls, any } = insinuationClasses(a);
  // the cheap trigger, without the members: a marker, laughter, two expectation words or "weer een",
  // a first person's "zeg", "weet je", or an emoji (looked for only where the source holds a surrogate pair)
  const forms = fm(a);
  let trigger = (any & (M.marker | M.laughter)) !== 0;
  if (!trigger && any & M.expectation) {
    // (two in one sentence)
    let count = 0;
    for (let k = 0; k < n && !trigger; k++) {
      if (k > 0 && tokens[k]!.sentence !== tokens[k - 1]!.sentence) count = 0;
      if (cls[k]! & M.expectation && (++count >= 2 || (forms[k] === 'weer' && (forms[k + 1] === 'een' || forms[k + 1] === 'zon')))) trigger = true;
    }
  }
  for (let k = 0; k < n && !trigger; k++) if ((forms[k] === 'zeg' || forms[k] === 'weet') && (forms[k + 1] === 'ik' || forms[k + 1] === 'je' || forms[k - 1] === 'ik')) trigger = true;
  if (!trigger && hasEmoji(a.source)) trigger = true;
  if (!trigger) return hits;
  const member = membersOf(a, authorId, cls);
  const F = (k: number): string => (k >= 0 && k < n ? forms[k]! : '');
  const is = (k: number, bit: number): boolean => k >= 0 && k < n && (cls[k]! & bit) !== 0;
  const S = a.sentenceCount;
  const span = (s: number): [number, number] => a.sentenceTokens(s);

  for (let s = 0; s < S; s++) {
    const [f, l] = span(s);
    if (l < f) continue;
    // members here, or in the sentence before for a marker of a sentence of its own ("… . Toeval?", "Ik zeg verder niks.")
    let m = -1;
    for (let k = f; k <= l && m < 0; k++) if (member[k]) m = k;
    const short = l - f <= 6;
    let prevMember = -1;
    if (m < 0 && s > 0 && short) {
      const [pf, pl] = span(s - 1);
      for (let k = pf; k <= pl && prevMember < 0; k++) if (member[k]) prevMember = k;
    }
    const who = m >= 0 ? m : prevMember;
    if (who < 0) continue;
    // the span read for a charge and a pass: this sentence with the one before and after
    const from = s > 0 ? span(s - 1)[0] : f;
    const to = s + 1 < S ? span(s + 1)[1] : l;
    let passed = false;
    for (let k = from; k <= to && !passed; k++) if (is(k, M.pass) || (is(k, M.reporting) && F(k + 1) === 'dat')) passed = true;
    if (passed) continue;
    const target: Target = { token: who, kind: 'group' };
    const push = (core: number): void => {
      hits.push({ kind: 'derogation', first: Math.min(core, who), last: Math.max(core, who), target, core: { first: core, last: core } });
    };
    // "typisch (weer) een/zo'n X", "X …, typisch": typical of the member
    let typical = -1;
    for (let k = f; k <= l && typical < 0; k++) {
      if (F(k) !== 'typisch') continue;
      // the member right after it, over function words only ("typisch weer een Turk", "typisch zo'n zwarte");
      // not "typisch Nederlands weer" (an adjective of a thing)
      for (let j = k + 1; j <= Math.min(l, k + 4); j++) {
        if (member[j]) {
          typical = k;
          break;
        }
        if (!/^(weer|alweer|een|zon|die|dat|echt|hoor|van|voor)$/.test(F(j))) break;
      }
      // "typisch" as a clause of its own in a sentence with a member ("vrouwen en auto rijden, typisch")
      const own = (k === f || tokens[k - 1]!.clause !== tokens[k]!.clause) && (k === l || tokens[k + 1]!.clause !== tokens[k]!.clause || (F(k + 1) === 'hoor' && (k + 1 === l || tokens[k + 2]!.clause !== tokens[k]!.clause)));
      if (own && m >= 0) typical = k;
    }
    if (typical >= 0) {
      push(typical);
      continue;
    }
    // the other markers need a stock charge in the span
    let marker = -1;
    let expectations = 0;
    for (let k = f; k <= l && marker < 0; k++) {
      if (is(k, M.marker)) marker = k;
      else if (is(k, M.expectation) && (++expectations >= 2 || (F(k) === 'weer' && (F(k + 1) === 'een' || F(k + 1) === 'zon') && member[k + 2]))) marker = k;
      else if (is(k, M.laughter)) marker = k;
      // a reticence: "ik zeg verder niks", "meer zeg ik er niet over" (a first person, "zeg", "verder/meer", a negator)
      else if (F(k) === 'zeg' && short && (F(k - 1) === 'ik' || F(k + 1) === 'ik')) {
        let more = false;
        let neg = false;
        for (let j = f; j <= l; j++) {
          if (F(j) === 'verder' || F(j) === 'meer') more = true;
          if (/^(niks|niets|niet)$/.test(F(j))) neg = true;
        }
        if (more && neg) marker = k;
      }
      // a foreknowledge: "(dan) weet je al (dat) …", "weet je het wel"
      else if (F(k) === 'weet' && F(k + 1) === 'je' && /^(al|wel|genoeg)$/.test(F(k + 2)) && !a.isQuestion(s)) marker = k;
    }
    if (marker < 0 && hasEmoji(a.source, tokens[f]!.start, l + 1 < n ? tokens[l + 1]!.start : a.source.length)) marker = l;
    if (marker < 0) continue;
    let charge = -1;
    for (let k = from; k <= to && charge < 0; k++) if (is(k, M.charge) && !member[k]) charge = k;
    if (charge >= 0) push(marker);
  }
  return hits;
}
