/**
 * The Dutch sexual-content reading of the decency detector (A7): sexual content aimed at pupils
 * or staff is blocked, sex education is not. Read by structure, from word classes
 * (`lexicon/sexual.json`), on the shared tokens:
 *
 * - solicitation: a request or offer verb ("stuur", "wil", "zal ik", "laat … zien") with a
 *   sexual object in its sentence: a sexual act ("seks", "neuken"), or a picture ("foto",
 *   "filmpje") of undress ("in je ondergoed", "zonder kleren", "je blote lijf") or of a sexual
 *   body part ("een foto van mijn piemel"), asked of or offered to someone;
 * - a sexual remark about a person: a person (a roster name, a title, "je", "haar") and a
 *   sexual evaluation of a body part ("een lekker kontje") or, by a copula, of the person
 *   ("juf is zo sexy"); of a thing such an evaluation is praise ("een sexy auto");
 *   a mild act ("pakken", "aanraken") wished on a person in a text that is already sexual;
 * - secrecy around it (grooming): a secrecy frame ("ons geheimpje", "vertel je moeder niet")
 *   in a text with undress, a sexual body part, a sexual act or a request for pictures;
 * - innocent: a lesson or sex education ("seksuele voorlichting", "bij biologie", "we leerden"),
 *   a warning ("stuur nooit naaktfoto's"), words of the body without a sexual frame.
 *
 * One pass per sentence over its tokens, with word classes looked up once per distinct word:
 * linear in the text.
 */
import data from '../lexicon/sexual.json' with { type: 'json' };
import type { TextAnalysis } from '../analysis.js';
import type { Target } from '../detectors/context.js';
import { squeeze } from '../text/normalize.js';
import { targetsOf } from './structure.js';
import { plainWord } from './words.js';
import { perAnalysis } from './memo.js';
import { wordKey, type WordKey } from './lookup.js';

export interface SexualHit {
  first: number;
  last: number;
  target: Target;
  core: { first: number; last: number };
}

const S = {
  REQ: 1 << 0,
  MEDIA: 1 << 1,
  UNDRESS: 1 << 2,
  CLOTHES: 1 << 3,
  BODY: 1 << 4,
  BODY_PLAIN: 1 << 5,
  ACT: 1 << 6,
  ACT_MILD: 1 << 7,
  EVAL: 1 << 8,
  EVAL_PERSON: 1 << 9,
  THING: 1 << 10,
  EDU: 1 << 11,
  PROTECT: 1 << 12,
  TITLE: 1 << 13,
  WITH_ME: 1 << 14,
  LUST: 1 << 15,
  AROUSAL: 1 << 16,
  LOWERED: 1 << 17,
  RIPE: 1 << 18,
  CHILD: 1 << 19,
  INJURY: 1 << 20,
  CRUDE: 1 << 21,
  SLUT: 1 << 22,
  INTIMATE: 1 << 23,
  FAMILY: 1 << 24,
  DESIRE_FOR: 1 << 25,
  /** The word an innuendo or an availability phrase ends on ("bedoel", "iedereen", "erom"): the gate of their reading. */
  PHRASE_END: 1 << 26,
} as const;

const lists = data.lists;
/** Word → class bits (as written: squeezing would make "heet" of "het"); `squeezedListed` for words written with a letter three times. */
const listed = new Map<string, number>();
const squeezedListed = new Map<string, number>();
const mark = (ws: readonly string[], bit: number): void => {
  for (const w of ws) {
    if (w.includes(' ')) continue;
    const k = plainWord(w);
    listed.set(k, (listed.get(k) ?? 0) | bit);
    squeezedListed.set(squeeze(k), (squeezedListed.get(squeeze(k)) ?? 0) | bit);
  }
};
mark(lists.request.words, S.REQ);
mark(lists.media.words, S.MEDIA);
mark(lists.undress.words, S.UNDRESS);
mark(lists.clothes.words, S.CLOTHES);
mark(lists.body.words, S.BODY);
mark(lists.bodyPlain.words, S.BODY_PLAIN);
mark(lists.act.words, S.ACT);
mark(lists.actMild.words, S.ACT_MILD);
mark(lists.evaluation.words, S.EVAL);
mark(lists.evaluationOfPerson.words, S.EVAL_PERSON);
mark(lists.thing.words, S.THING);
mark(lists.education.words, S.EDU);
mark(lists.protective.words, S.PROTECT);
mark(lists.teacherTitle.words, S.TITLE);
mark(lists.actWithMe.words, S.WITH_ME);
mark(lists.lust.words, S.LUST);
mark(lists.arousal.words, S.AROUSAL);
mark(lists.lowered.words, S.LOWERED);
mark(lists.ripeness.words, S.RIPE);
mark(lists.childGroup.words, S.CHILD);
mark(lists.injury.words, S.INJURY);
mark(lists.crude.words, S.CRUDE);
mark(lists.slut.words, S.SLUT);
mark(lists.intimacyPlace.words, S.INTIMATE);
mark(lists.family.words, S.FAMILY);
mark(lists.desireFor.words, S.DESIRE_FOR);
// (only the distinctive last words gate the reading: "bedoel", "iedereen", "erom", "warm"; not "om", "toch", "gewoon")
mark([...lists.innuendo.words, ...lists.availability.words, ...lists.aroused.words].map((p) => p.split(' ').pop()!).filter((w) => !/^(om|toch|gewoon|zelf|lekker|alle|bed)$/.test(w)), S.PHRASE_END);
const LUST_EMOJI: ReadonlySet<string> = new Set(lists.lustEmoji.words);
const KISS_EMOJI: ReadonlySet<string> = new Set(lists.kissEmoji.words);
const INNUENDO = lists.innuendo.words.map((p) => p.split(' ').map((w) => plainWord(w)));
/** Words after "een stijve" that make it an adjective of a noun ("een stijve nek") are nouns; these are not. */
const AFTER_AROUSAL = new Set(['bij', 'in', 'op', 'tijdens', 'toen', 'van', 'na', 'en', 'want', 'omdat', 'door', 'haha', 'hahaha', 'lol', 'iedereen', 'voor', 'onder', 'met']);
const ACT_PREFIX = lists.actPrefix.words;
/** Phrases keyed by their first word: a token is tried only against the phrases it can open. */
function byFirst(ws: readonly string[]): Map<string, string[][]> {
  const m = new Map<string, string[][]>();
  for (const p of ws) {
    const words = p.split(' ').map((w) => plainWord(w));
    m.set(words[0]!, [...(m.get(words[0]!) ?? []), words]);
  }
  return m;
}
const AVAILABILITY = byFirst(lists.availability.words);
const AROUSED = byFirst(lists.aroused.words);
const INNUENDO_BY_FIRST = byFirst(lists.innuendo.words);
const CLOTHES_HEAD = lists.clothes.words.filter((w) => w.length >= 4);
const phrases = (ws: readonly string[]): string[][] => ws.map((p) => p.split(' ').map((w) => plainWord(w)));
const SECRET = phrases(lists.secretFrame.words);
const EDU_PHRASE = phrases(lists.education.words.filter((w) => w.includes(' ')));
const COPULA = new Set(['is', 'ben', 'bent', 'zijn', 'was', 'waren', 'lijkt', 'blijft', 'vind', 'vindt', 'are', 'looks', 'look', 'youre', 'shes', 'hes']);
const DESIRE = new Set(['wil', 'wilt', 'willen', 'zou', 'zouden', 'wel', 'graag', 'mag', 'ga', 'gaan']);
const SOFT_UNDRESS = new Set(['zonder', 'uit']);
const ATTRIBUTIVE_UNDRESS = new Set(['blote', 'naakte']);
const POSSESSIVE = new Set(['je', 'jouw', 'mijn', 'haar', 'zijn', 'z', 'zn', 'your', 'my']);

const classCache = new Map<string, number>();
function classOf(k: string, squeezed: boolean): number {
  if (squeezed) return squeezedListed.get(k) ?? 0;
  let c = classCache.get(k);
  if (c !== undefined) return c;
  c = listed.get(k) ?? 0;
  // diminutives: "kontje", "borstjes", "fotootje"
  if (c === 0) {
    const m = /^(.{3,}?)(tjes|tje|pjes|pje|jes|je)$/.exec(k);
    if (m) c = (listed.get(m[1]!) ?? 0) & ~(S.REQ | S.EDU | S.PROTECT);
  }
  // a compound of a clothes word: "zwembroek", "gymshirt", "nachtjurk"
  if (c === 0 && k.length >= 7) for (const w of CLOTHES_HEAD) if (k.length >= w.length + 3 && k.endsWith(w)) c = S.CLOTHES;
  // superlatives and comparatives of an evaluation: "de lekkerste tieten", "de strakste billen", "grotere borsten"
  if (c === 0) {
    const m = /^(.{3,}?)(ste|st|ere|er)$/.exec(k);
    if (m) c = (listed.get(m[1]!) ?? listed.get(m[1]!.replace(/(.)\1$/, '$1')) ?? 0) & S.EVAL;
  }
  // a compound of a sexual prefix: "seksfilmpjes", "pornosite", "naaktselfie" (four letters or more after it)
  if (c === 0) for (const p of ACT_PREFIX) if (k.length >= p.length + 4 && k.startsWith(p)) c = S.ACT;
  if (classCache.size >= 50_000) classCache.clear();
  classCache.set(k, c);
  return c;
}

/** A word through the lookup shared with the English reading (reading/lookup.ts): as written, or squeezed when a letter repeats three times ("geiiil"). */
function wordOf(raw: string, norm: string): WordKey {
  const w = wordKey(raw, norm);
  if (w.sexual < 0) w.sexual = classOf(w.key, w.squeezed);
  return w;
}

/** Does sentence s (or the one before it) hold a lesson, sex education or a warning ("legde uit", "voorlichting")? */
export function educationalSentence(a: TextAnalysis, s: number): boolean {
  const tokens = a.tokens;
  const [f, l] = a.sentenceTokens(s);
  const from = s > 0 ? a.sentenceTokens(s - 1)[0] : f;
  for (let k = from; k <= l; k++) {
    const t = tokens[k]!;
    if (wordOf(t.raw, t.norm).sexual & S.EDU) return true;
  }
  return false;
}

export const readSexualContent: (a: TextAnalysis, authorId?: string) => SexualHit[] = perAnalysis((a, authorId) => read(a, authorId));

function read(a: TextAnalysis, authorId: string | undefined): SexualHit[] {
  const tokens = a.tokens;
  const n = tokens.length;
  const hits: SexualHit[] = [];
  if (n === 0) return hits;
  const key: string[] = new Array(n);
  const cls = new Int32Array(n);
  let any = 0;
  let bed = false;
  for (let k = 0; k < n; k++) {
    const t = tokens[k]!;
    const split = (k > 0 && tokens[k - 1]!.start === t.start) || (k + 1 < n && tokens[k + 1]!.start === t.start);
    if (split || t.hasDigit) {
      key[k] = t.norm;
      cls[k] = classOf(t.norm, true);
    } else {
      const w = wordOf(t.raw, t.norm);
      key[k] = w.key;
      cls[k] = w.sexual;
    }
    any |= cls[k]!;
    if (key[k] === 'bed') bed = true;
  }
  // nothing sexual in the text: nothing to read
  if (!(any & (S.UNDRESS | S.BODY | S.ACT | S.EVAL_PERSON | S.AROUSAL | S.RIPE | S.LOWERED | S.CRUDE | S.SLUT | S.INTIMATE | S.PHRASE_END | S.CLOTHES)) && !bed) return hits;
  const shared = targetsOf(a, authorId);
  const person = (k: number): Target | undefined => {
    const t = shared[k];
    if (t && t.kind !== 'group' && t.kind !== 'school') return t;
    if (cls[k]! & S.TITLE) return { token: k, kind: 'person' };
    return undefined;
  };
  const is = (k: number, bit: number): boolean => k >= 0 && k < n && (cls[k]! & bit) !== 0;
  const phraseAt = (ps: string[][], k: number): number => {
    let best = -1;
    for (const p of ps) {
      if (p[0] !== key[k] || k + p.length > n) continue;
      let ok = true;
      for (let i = 1; i < p.length && ok; i++) ok = key[k + i] === p[i];
      if (ok) best = Math.max(best, k + p.length - 1);
    }
    return best;
  };

  // the text as a whole: is it already sexual, and where is a secrecy frame?
  let sexualText = false;
  let secret = -1;
  let secretLast = -1;
  for (let k = 0; k < n; k++) {
    if (is(k, S.ACT) && !is(k, S.ACT_MILD)) sexualText = true;
    if (is(k, S.UNDRESS) && !SOFT_UNDRESS.has(key[k]!) && !(ATTRIBUTIVE_UNDRESS.has(key[k]!) && k + 1 < n && !is(k + 1, S.BODY | S.MEDIA))) sexualText = true;
    if (is(k, S.BODY) && !is(k, S.BODY_PLAIN) && is(k - 1, S.EVAL)) sexualText = true;
    if (secret < 0) {
      const e = phraseAt(SECRET, k);
      if (e >= 0) {
        secret = k;
        secretLast = e;
      }
    }
  }

  for (let s = 0; s < a.sentenceCount; s++) {
    const [f, l] = a.sentenceTokens(s);
    const before = hits.length;
    let edu = false;
    let addressee: Target | undefined;
    let anyPerson: Target | undefined;
    for (let k = Math.max(0, s > 0 ? a.sentenceTokens(s - 1)[0] : f); k <= l; k++) {
      if (is(k, S.EDU) || phraseAt(EDU_PHRASE, k) >= 0) edu = true;
    }
    if (edu) continue;
    for (let k = f; k <= l; k++) {
      const p = person(k);
      if (p && !anyPerson) anyPerson = p;
      if (p?.kind === 'second' && !addressee) addressee = p;
    }
    const question = a.isQuestion(s);
    // what the sentence holds: a sexual object of a request
    let object = -1;
    let media = -1;
    let undress = -1;
    let body = -1;
    for (let k = f; k <= l; k++) {
      const c = cls[k]!;
      if (c & S.ACT && !(c & S.ACT_MILD) && object < 0) object = k;
      if (c & S.MEDIA) media = k;
      if (c & S.UNDRESS) {
        // "zonder kleren", "je shirt uit"; other undress words on their own
        // "blote voeten", "naakte armen": an attributive undress word says what it is of
        if (ATTRIBUTIVE_UNDRESS.has(key[k]!) && k < l && !is(k + 1, S.BODY | S.MEDIA)) continue;
        const possessive = POSSESSIVE.has(key[k + 1] ?? '') ? 1 : 0;
        if (!SOFT_UNDRESS.has(key[k]!) || (key[k] === 'zonder' && is(k + 1 + possessive, S.CLOTHES)) || (key[k] === 'uit' && is(k - 1, S.CLOTHES))) undress = k;
      }
      if (c & S.BODY && !(c & S.BODY_PLAIN)) body = k;
    }
    if (media >= 0 && (undress >= 0 || body >= 0) && object < 0) object = undress >= 0 ? undress : body;
    // the addressee's clothes lowered or taken off: "trek je broek eens naar beneden", "doe je onderbroek omlaag"
    if (object < 0) {
      for (let k = f; k < l && object < 0; k++) {
        if (!is(k, S.CLOTHES) || !/^(je|jouw|your)$/.test(key[k - 1] ?? '')) continue;
        for (let j = k + 1; j <= Math.min(l, k + 4); j++) if (is(j, S.LOWERED) && !(key[j] === 'uit' && key[j - 1] !== key[k])) object = k;
      }
    }
    // a body part of the addressee shown on request: "laat je borstjes zien", "show me your …";
    // or the author's own offered: "wie wil mijn pik zien?"
    if (object < 0 && body >= 0 && (/^(je|jouw|your|ur)$/.test(key[body - 1] ?? '') || (/^(mijn|my)$/.test(key[body - 1] ?? '') && !is(body, S.BODY_PLAIN)))) {
      for (let k = f; k <= l && object < 0; k++) if (/^(zien|toon|tonen|show|see|laat|laten)$/.test(key[k]!)) object = body;
    }
    // the addressee's underwear shown on request: "laat je beha eens zien", "toon je onderbroek"
    if (object < 0 && undress >= 0 && !SOFT_UNDRESS.has(key[undress]!) && /^(je|jouw|your|ur)$/.test(key[undress - 1] ?? '')) {
      for (let k = f; k <= l && object < 0; k++) if (/^(zien|toon|tonen|show)$/.test(key[k]!)) object = undress;
    }
    if (object >= 0) {
      // a request or offer verb, not turned into a warning ("stuur nooit …", "niet sturen")
      for (let k = f; k <= l; k++) {
        if (!is(k, S.REQ)) continue;
        let warned = false;
        for (let j = Math.max(f, k - 3); j <= Math.min(l, k + 1); j++) if (j !== k && is(j, S.PROTECT) && !(key[j] === 'mag' && j > k)) warned = true;
        if (warned) continue;
        const own = /^(je|jouw|your|ur|jezelf|yourself)$/.test(key[object - 1] ?? '') || /^(je|jouw|your|ur|jezelf|yourself)$/.test(key[object - 2] ?? '');
        // ("dan gaan we seks hebben": a first person plural proposing it to the reader)
        let proposal = false;
        for (let j = f; j <= l && !proposal; j++) if (/^(we|wij|ik)$/.test(key[j]!) && (DESIRE.has(key[j - 1] ?? '') || DESIRE.has(key[j + 1] ?? ''))) proposal = true;
        const t = addressee ?? anyPerson ?? (question || own || proposal ? { token: k, kind: 'second' as const } : undefined);
        if (!t) continue;
        hits.push({ first: Math.min(k, object, t.token), last: Math.max(k, object, t.token), target: t, core: { first: Math.min(k, object), last: Math.max(k, object) } });
        break;
      }
    }
    // an act proposed "met mij/me" in a question or a wish: "wie wil er vanavond met mij vrijen?"
    for (let k = f + 2; k <= l; k++) {
      if (!is(k, S.WITH_ME)) continue;
      let withMe = -1;
      for (let j = Math.max(f, k - 3); j < k; j++) if (key[j] === 'met' && /^(mij|me)$/.test(key[j + 1] ?? '')) withMe = j;
      if (withMe < 0) continue;
      let wished = question;
      for (let j = f; j < withMe && !wished; j++) if (DESIRE.has(key[j]!)) wished = true;
      if (!wished) continue;
      hits.push({ first: withMe, last: k, target: addressee ?? { token: withMe, kind: 'second' }, core: { first: withMe, last: k } });
      break;
    }
    // sexual content told with its excitement ("porno gekeken, echt geil"): a sexual act and a sexual evaluation in one sentence
    if (object >= 0 && is(object, S.ACT)) {
      for (let k = f; k <= l; k++) {
        if (!is(k, S.EVAL_PERSON) || is(k + 1, S.THING) || is(k + 2, S.THING) || k === object) continue;
        let negated = false;
        for (let j = Math.max(f, k - 3); j < k; j++) if (/^(niet|geen|nooit)$/.test(key[j]!)) negated = true;
        if (negated) continue;
        hits.push({ first: Math.min(object, k), last: Math.max(object, k), target: addressee ?? anyPerson ?? { token: object, kind: 'second' }, core: { first: Math.min(object, k), last: Math.max(object, k) } });
        break;
      }
    }
    // a sexual remark about a person
    if (anyPerson) {
      for (let k = f; k <= l; k++) {
        const c = cls[k]!;
        // "een lekker kontje", "geile borsten"; a plain body word only with a person's evaluation
        if (c & S.BODY && (is(k - 1, S.EVAL) || is(k - 2, S.EVAL)) && (!(c & S.BODY_PLAIN) || is(k - 1, S.EVAL_PERSON))) {
          const e = is(k - 1, S.EVAL) ? k - 1 : k - 2;
          hits.push({ first: Math.min(e, anyPerson.token), last: Math.max(k, anyPerson.token), target: anyPerson, core: { first: e, last: k } });
          break;
        }
        // "juf is zo sexy", "Yara is een lekker stuk"; not "een sexy auto"
        if (c & S.EVAL_PERSON && !is(k + 1, S.THING) && !is(k + 2, S.THING)) {
          let cop = -1;
          for (let j = k - 1; j >= Math.max(f, k - 4); j--) if (COPULA.has(key[j]!)) cop = j;
          const subject = cop > f ? person(cop - 1) ?? person(cop + 1) : undefined;
          if (subject) {
            hits.push({ first: Math.min(subject.token, k), last: Math.max(subject.token, k), target: subject, core: { first: k, last: k } });
            break;
          }
        }
        // "Mees wil met Yara naar bed", "ga je met hem naar bed?": a wish or a question
        if (key[k] === 'bed' && key[k - 1] === 'naar' && k >= f + 3) {
          let withPerson: Target | undefined;
          for (let j = Math.max(f, k - 4); j < k - 1; j++) if (key[j] === 'met') withPerson = person(j + 1) ?? (/^(mij|me)$/.test(key[j + 1] ?? '') ? addressee : undefined);
          let wished = question;
          for (let j = f; j < k && !wished; j++) if (DESIRE.has(key[j]!) || is(j, S.REQ)) wished = true;
          if (withPerson && wished) {
            hits.push({ first: Math.min(withPerson.token, k - 1), last: k, target: withPerson, core: { first: k - 1, last: k } });
            break;
          }
        }
        // "ik zou haar wel willen pakken" in a text that is already sexual
        if (c & S.ACT_MILD && sexualText) {
          let desire = false;
          let victim: Target | undefined;
          for (let j = Math.max(f, k - 5); j < k; j++) {
            if (DESIRE.has(key[j]!)) desire = true;
            const p = person(j);
            if (p && (p.kind === 'third' || p.kind === 'second' || p.kind === 'name')) victim = p;
          }
          if (desire && victim) {
            hits.push({ first: Math.min(victim.token, k), last: k, target: victim, core: { first: k, last: k } });
            break;
          }
        }
      }
    }
    if (hits.length === before && any & (S.CRUDE | S.SLUT | S.INTIMATE | S.PHRASE_END | S.DESIRE_FOR | S.CLOTHES)) harassment(s, f, l, question, anyPerson, addressee);
    if (hits.length === before && any & (S.BODY | S.AROUSAL | S.RIPE)) bodyRemark(f, l, question, anyPerson);
  }
  // secrecy around sexual content or pictures of the addressee
  if (secret >= 0 && (sexualText || hits.length > 0)) {
    const [f] = a.sentenceTokens(tokens[secret]!.sentence);
    if (!edu(a, f)) hits.push({ first: secret, last: secretLast, target: { token: secret, kind: 'second' }, core: { first: secret, last: secretLast } });
  }
  return hits;

  /**
   * A remark about the body of a person or of pupils, without an evaluation word before it: a body
   * word with lust (an interjection or emoji: "die kont van Yara 🍑🔥"), or with a wish to touch or
   * see it ("…, wie wil ze voelen?", "ik wil ze aanraken"); arousal told of a person ("Bram kreeg een
   * stijve bij zwemles"); an innuendo frame over pupils' bodies, clothes or ripeness ("… zien er al
   * heel rijp uit, als je snapt wat ik bedoel"). Not the author's own body ("mijn kont"), not with
   * injury or care ("op haar kont gevallen"), not negated.
   */
  function bodyRemark(f: number, l: number, question: boolean, anyPerson: Target | undefined): void {
    let lust = false;
    let innuendo = -1;
    let child: Target | undefined;
    let negated = false;
    let desire = question;
    for (let k = f; k <= l; k++) {
      if (is(k, S.INJURY)) return;
      if (is(k, S.LUST)) lust = true;
      if (/^(niet|geen|nooit|niemand)$/.test(key[k]!)) negated = true;
      if (DESIRE.has(key[k]!)) desire = true;
      if (innuendo < 0 && phraseAt(INNUENDO, k) >= 0) innuendo = k;
      if (!child && is(k, S.CHILD) && /^(die|de|deze|dat|dit|het|een|zon|alle)$/.test(key[k - 1] ?? '')) child = shared[k] ?? { token: k, kind: 'person' };
    }
    if (negated) return;
    // "wie heeft de grootste borsten van de klas?": pupils asked to be ranked by their bodies
    const ranking = question && key[f] === 'wie';
    const who = anyPerson ?? child ?? (ranking ? { token: f, kind: 'person' as const } : undefined);
    if (!who) return;
    if (!lust) {
      const from = tokens[f]!.start;
      const to = l + 1 < n ? tokens[l + 1]!.start : a.source.length;
      for (const ch of a.source.slice(from, to)) if (LUST_EMOJI.has(ch)) lust = true;
    }
    const push = (k: number): void => {
      hits.push({ first: Math.min(k, who.token), last: Math.max(k, who.token), target: who, core: { first: k, last: k } });
    };
    for (let k = f; k <= l; k++) {
      // "een stijve (bij zwemles)": arousal, not "een stijve nek"
      if (is(k, S.AROUSAL) && key[k - 1] === 'een' && (k === l || AFTER_AROUSAL.has(key[k + 1]!) || tokens[k + 1]!.clause !== tokens[k]!.clause)) return push(k);
      if (!is(k, S.BODY) || is(k, S.BODY_PLAIN) || /^(mijn|my|mn)$/.test(key[k - 1] ?? '')) continue;
      if (lust || (ranking && is(k - 1, S.EVAL) && (key[k - 2] === 'de' || key[k - 2] === 'het'))) return push(k);
      // a wish or a question to touch or see it ("wie wil ze voelen?", "ik wil ze wel eens aanraken")
      if (desire) for (let j = f; j <= l; j++) if (j !== k && (is(j, S.ACT_MILD) || /^(zien|bekijken|knijpen|knijp|aanraken|voelen)$/.test(key[j]!))) return push(k);
    }
    if (innuendo >= 0) for (let k = f; k <= l; k++) if (k < innuendo && is(k, S.BODY | S.CLOTHES | S.UNDRESS | S.RIPE | S.EVAL_PERSON)) return push(k);
  }

  /** Is one of the emoji of `set` written in [f, l]? */
  function emojiIn(f: number, l: number, set: ReadonlySet<string>): boolean {
    const from = tokens[f]!.start;
    const to = l + 1 < n ? tokens[l + 1]!.start : a.source.length;
    for (const ch of a.source.slice(from, to)) if (set.has(ch)) return true;
    return false;
  }

  /**
   * Sexual harassment of a person without an evaluation word: a crude word for a sexual body part said of a
   * person ("die juf heeft een stel tieten", "X heeft vast een piepklein piemeltje"); a word calling a person
   * loose ("jij bent een hoertje", "loopt zo sletterig rond"); a person said to be available or to ask for it
   * ("ze doet het toch met iedereen", "die vraagt erom"; the person in the sentence or the one before); an
   * invitation to a place of intimacy with the author or a person, to staff or with a lust or kiss emoji ("kom je
   * bij mij in bed liggen? 😘"); an innuendo about a person with a wish or a lust emoji ("… mag van mij wel eens
   * een privéles komen geven, als je snapt wat ik bedoel 😉"); a desire for a person at a clause's end with a
   * lust emoji or a sexual evaluation ("… is zo'n milf, die zou ik wel willen 🍆"). Not negated, not the author's
   * own body, not with an injury, family or a lesson (the sentence loop skipped those).
   */
  /** The last index of a phrase of m opening at k, or -1. */
  function phraseOf(m: Map<string, string[][]>, k: number): number {
    const list = m.get(key[k]!);
    if (!list) return -1;
    for (const p of list) {
      if (k + p.length > n) continue;
      let ok = true;
      for (let i = 1; i < p.length && ok; i++) ok = key[k + i] === p[i];
      if (ok) return k + p.length - 1;
    }
    return -1;
  }
  function harassment(s: number, f: number, l: number, question: boolean, anyPerson: Target | undefined, addressee: Target | undefined): void {
    let negated = false;
    let desire = question;
    let family = false;
    let injury = false;
    let evalPerson = false;
    let title = false;
    for (let k = f; k <= l; k++) {
      if (/^(niet|geen|nooit|niemand)$/.test(key[k]!)) negated = true;
      if (DESIRE.has(key[k]!)) desire = true;
      if (is(k, S.FAMILY)) family = true;
      if (is(k, S.INJURY)) injury = true;
      if (is(k, S.EVAL_PERSON)) evalPerson = true;
      if (is(k, S.TITLE)) title = true;
    }
    const push = (k: number, who: Target): void => {
      hits.push({ first: Math.min(k, who.token), last: Math.max(k, who.token), target: who, core: { first: k, last: k } });
    };
    let prevPerson: Target | undefined;
    if (s > 0) {
      const [pf, pl] = a.sentenceTokens(s - 1);
      for (let k = pf; k <= pl && !prevPerson; k++) prevPerson = person(k);
    }
    let evalBody = false;
    for (let k = f + 1; k <= l; k++) if (is(k, S.BODY | S.CLOTHES) && (is(k - 1, S.EVAL) || is(k - 2, S.EVAL))) evalBody = true;
    const negatedNear = (k: number): boolean => {
      for (let j = Math.max(f, k - 3); j < k; j++) if (/^(niet|geen|nooit)$/.test(key[j]!)) return true;
      return false;
    };
    for (let k = f; k <= l; k++) {
      if (is(k, S.CRUDE) && !negatedNear(k) && !injury && !/^(mijn|my|mn)$/.test(key[k - 1] ?? '')) {
        // the possessor before "heeft", not on the roster ("thijmen heeft vast een piepklein piemeltje")
        let who = anyPerson;
        for (let j = k - 1; j > f && j >= k - 5 && !who; j--) if (/^(heeft|had|hebben)$/.test(key[j]!) && j - 1 === f) who = { token: f, kind: 'person' };
        if (who) return push(k, who);
      }
      if (is(k, S.SLUT) && anyPerson && !negatedNear(k)) return push(k, anyPerson);
      if (phraseOf(AROUSED, k) >= 0 && evalBody && anyPerson && !negated) return push(k, anyPerson);
      {
        // ("ze doet het toch met iedereen": a negation inside the phrase is none; "ze", "die" before it stand for a person)
        const e = phraseOf(AVAILABILITY, k);
        const who = anyPerson ?? prevPerson ?? (/^(ze|zij|die|hij)$/.test(key[k - 1] ?? '') ? { token: k - 1, kind: 'third' as const } : undefined);
        if (e >= 0 && who) {
          let neg = false;
          for (let j = Math.max(f, k - 3); j < k; j++) if (/^(niet|geen|nooit)$/.test(key[j]!)) neg = true;
          if (!neg) return push(k, who);
        }
        if (phraseOf(INNUENDO_BY_FIRST, k) >= 0 && anyPerson && !negated && (desire || emojiIn(f, l, LUST_EMOJI) || emojiIn(f, l, KISS_EMOJI))) return push(k, anyPerson);
      }
      // "kom je bij mij in bed liggen? 😘", "dan gaan we samen onder de douche 😘"
      if (is(k, S.INTIMATE) && !family && !negated && (question || desire)) {
        let withWho: Target | undefined;
        let withMe = false;
        for (let j = f; j < l; j++) {
          if (key[j] !== 'bij' && key[j] !== 'met') continue;
          if (/^(mij|me)$/.test(key[j + 1]!)) withMe = true;
          else if (!withWho) withWho = person(j + 1);
        }
        if ((withMe || withWho) && (title || emojiIn(f, l, LUST_EMOJI) || emojiIn(f, l, KISS_EMOJI))) {
          const who = withWho ?? addressee ?? anyPerson ?? { token: k, kind: 'second' as const };
          return push(k, who);
        }
      }
      // "die zou ik wel willen": a desire for a person at the end of its clause
      if (key[k] === 'zou' && key[k + 1] === 'ik' && /^(die|haar|hem)$/.test(key[k - 1] ?? '') && anyPerson && !negated) {
        let end = -1;
        for (let j = k + 2; j <= Math.min(l, k + 6); j++) if (is(j, S.DESIRE_FOR) && (j === l || tokens[j + 1]!.clause !== tokens[j]!.clause || tokens[j + 1]!.sentence !== tokens[j]!.sentence)) end = j;
        if (end >= 0 && (evalPerson || emojiIn(f, l, LUST_EMOJI))) return push(k, anyPerson);
      }
    }
  }

  function edu(_a: TextAnalysis, from: number): boolean {
    for (let k = from; k < n && tokens[k]!.sentence === tokens[from]!.sentence; k++) if (is(k, S.EDU)) return true;
    return false;
  }
}
