/**
 * Humiliation of one person without a listed insult (decency, A7: "pesten, kwetsen"), read by
 * structure from word classes (`lexicon/humiliation.json`):
 *
 * 1. mockery of poverty or looks (kind `insult`): a PERSON target in the sentence (a roster name,
 *    "jij/je", "hij/zij" after a person, "die jongen") and a topic tied to that person — a poverty
 *    word ("de kringloop", "afdankertjes", "een kartonnen doos", money denied: "geen geld"), a part
 *    of their looks owned by them ("je tanden", "de puistenkop van Bram", "Mees zijn oren") or a
 *    trait of looks said of them by a copula ("Lotte is zo mager …") — with a STANCE that makes it
 *    mockery: laughter, disgust, contempt or pity as contempt ("sneu", "loser"), sarcasm ("vast",
 *    "zeker"), an audience ("iedereen ziet het"), a demeaning comparison after the topic ("als een
 *    bezemsteel", "zie je eruit als …", "lijkt op een pizza") or a degree with its result ("zo ver
 *    uit dat hij kan vliegen");
 * 2. a rumour spread (kind `insult`): an embarrassing matter (pests, bedwetting, babyish habits,
 *    prison in the family, crying) in a sentence with a person, and a call to pass it on in that
 *    sentence or the next/previous one: a spreading verb with an audience ("zeg tegen iedereen
 *    dat …", "deel dit met iedereen"), as an imperative or a bare infinitive ("doorsturen!!"), an
 *    audience told to know ("weten jullie dat …", "iedereen opgelet"), an offer to show ("wie wil
 *    … zien").
 *
 * What lets a sentence pass: no person (a thing, the author's own: "mijn schoenen"), care, help,
 * reassurance or praise ("zal ik een paar meenemen?", "beterschap", "heel normaal"), a report of
 * bullying ("wordt uitgelachen", "gemeen"), a negation in the topic's clause before it ("niemand
 * vindt jou dik").
 *
 * Cost: one memoised class lookup per token; a sentence is read only when it holds a topic class
 * (the cheap trigger), then a fixed number of scans of that sentence.
 */
import type { TextAnalysis } from '../analysis.js';
import type { Target } from '../detectors/context.js';
import data from '../lexicon/humiliation.json' with { type: 'json' };
import bullying from '../lexicon/bullying.json' with { type: 'json' };
import { fm, infos, personBefore, targetsOf, thingBefore, type StructuralHit } from './structure.js';
import { classMask } from './word-sets.js';
import type { WordInfo } from './words.js';

const K = {
  poverty: 1,
  money: 2,
  looks: 4,
  trait: 8,
  compare: 16,
  stance: 32,
  care: 64,
  report: 128,
  rumour: 256,
  call: 512,
  audience: 1024,
  laughter: 2048,
  homeland: 4096,
  smellBad: 8192,
  smellVerb: 16384,
  dirt: 32768,
  hygiene: 65536,
  clothes: 131072,
  denied: 262144,
  smellSource: 524288,
  misdeed: 1048576,
  misdeedPart: 2097152,
  fabricate: 4194304,
  inventing: 8388608,
} as const;
type Cls = { words?: string[]; stems?: string[] };
const D = data.classes as Record<string, Cls>;
const SOURCES: [Cls, number][] = [
  [D.poverty!, K.poverty],
  [D.money!, K.money],
  [D.looks!, K.looks],
  [D.looksTrait!, K.trait],
  [D.comparisonHead!, K.compare],
  [D.stance!, K.stance],
  [D.care!, K.care],
  [D.report!, K.report],
  [D.rumour!, K.rumour],
  [D.spreadCall!, K.call],
  [D.audience!, K.audience],
  [bullying.classes.laughter, K.laughter],
  [D.homeland!, K.homeland],
  [D.smellBad!, K.smellBad],
  [D.smellVerb!, K.smellVerb],
  [D.dirt!, K.dirt],
  [D.hygiene!, K.hygiene],
  [D.clothes!, K.clothes],
  [D.denied!, K.denied],
  [D.smellSource!, K.smellSource],
  [D.misdeed!, K.misdeed],
  [{ words: (D.misdeed as Cls & { participles: string[] }).participles }, K.misdeedPart],
  [D.fabricate!, K.fabricate],
  [{ words: (D.fabricate as Cls & { inventing: string[] }).inventing }, K.inventing],
];
const EMOJI: ReadonlySet<string> = new Set([...bullying.classes.laughterEmoji.words, '🤢']);
const ONE_PERSON: ReadonlySet<string> = new Set(bullying.classes.onePerson.words);
const NEGATOR: ReadonlySet<string> = new Set(['niet', 'geen', 'nooit', 'niemand', 'niets', 'niks', 'nergens']);
const POSSESSIVE: ReadonlySet<string> = new Set(['je', 'jouw', 'zijn', 'haar', 'zn', "z'n", 'der', "d'r", 'hun', 'jullie']);
const FIRST: ReadonlySet<string> = new Set(['ik', 'mijn', 'mn', 'we', 'wij', 'ons', 'onze', 'me', 'mij']);
const COPULA: ReadonlySet<string> = new Set(['is', 'ben', 'bent', 'was', 'wordt', 'lijkt', 'blijft', 'zijn']);
const DEGREE: ReadonlySet<string> = new Set(['zo', 'zoveel', 'zulke', 'zon', 'zo’n']);
const TRIGGER = K.poverty | K.money | K.looks | K.trait | K.rumour | K.homeland | K.compare | K.smellBad | K.smellVerb | K.clothes | K.misdeed | K.misdeedPart;
/** Judging words that are also pupils' praise ("vette schoenen", "zieke trui"): no judgement of looks alone. */
const SLANG_PRAISE: ReadonlySet<string> = new Set(['vet', 'vette', 'ziek', 'zieke', 'gestoord', 'gestoorde', 'sick', 'lijp', 'lijpe', 'dik', 'dikke', 'bizar', 'bizarre', 'gek', 'gekke', 'wild', 'wilde']);
const MODAL_CAN: ReadonlySet<string> = new Set(['kun', 'kunt', 'kan', 'kunnen', 'kon', 'konden']);
const LIKEN_VERB: ReadonlySet<string> = new Set(['lijk', 'lijkt', 'eruit']);

/** The classes of a written form (memoised per form). */
const classOf = classMask(SOURCES);
const byWord = new WeakMap<WordInfo, number>();
function classOfWord(w: WordInfo): number {
  let m = byWord.get(w);
  if (m === undefined) byWord.set(w, (m = classOf(w.form)));
  return m;
}

/** A trait of looks ("dik", "mager", "scheve"): denied by "niemand vindt jou …" it reassures. */
export const looksTrait = (w: WordInfo): boolean => (classOfWord(w) & K.trait) !== 0;

let scratch = new Int32Array(256);

export function readHumiliation(a: TextAnalysis, authorId?: string): StructuralHit[] {
  const hits: StructuralHit[] = [];
  const tokens = a.tokens;
  const n = tokens.length;
  if (n === 0) return hits;
  const info = infos(a);
  if (scratch.length < n) scratch = new Int32Array(n * 2);
  const cls = scratch;
  let any = 0;
  for (let k = 0; k < n; k++) {
    cls[k] = classOfWord(info[k]!);
    any |= cls[k]!;
  }
  // the cheap trigger: a topic class somewhere in the text
  // (clothes only with a word of filth or ugliness, a misdeed only with a call or the author's telling: both are common words)
  if (!(any & (TRIGGER & ~(K.clothes | K.misdeed | K.misdeedPart))) && !(any & K.clothes && any & K.dirt) && !(any & (K.misdeed | K.misdeedPart) && any & (K.call | K.fabricate))) return hits;
  const forms = fm(a);
  const targets = targetsOf(a, authorId);
  const F = (k: number): string => (k >= 0 && k < n ? forms[k]! : '');
  const is = (k: number, bit: number): boolean => k >= 0 && k < n && (cls[k]! & bit) !== 0;
  const person = (k: number): Target | undefined => {
    const t = targets[k];
    if (!t || t.token !== k) return undefined;
    if (t.kind === 'name' || t.kind === 'second') return t;
    if (t.kind === 'person') return ONE_PERSON.has(F(k)) ? t : undefined;
    if (t.kind === 'third') return F(k) !== 'hen' && F(k) !== 'hun' && personBefore(a, k, authorId) && !thingBefore(a, k, authorId) ? t : undefined;
    return undefined;
  };
  const sameClause = (i: number, j: number): boolean => tokens[i]!.clause === tokens[j]!.clause;

  for (let s = 0; s < a.sentenceCount; s++) {
    const [f, l] = a.sentenceTokens(s);
    if (l < f) continue;
    let mask = 0;
    // (a care or praise word under a negation is none: "als je het hier niet leuk vindt")
    for (let k = f; k <= l; k++) {
      const c = cls[k]!;
      mask |= (c & K.care) !== 0 && (NEGATOR.has(F(k - 1)) || NEGATOR.has(F(k - 2))) ? c & ~K.care : c;
    }
    if (!(mask & TRIGGER)) continue;
    let who: Target | undefined;
    for (let k = f; k <= l && !who; k++) who = person(k);
    if (!who) continue;
    // care, help, praise or a report of bullying in the sentence: no mockery
    if (mask & (K.care | K.report)) continue;
    // the stance may close the remark in a verbless sentence of its own ("… poets je die nooit? Smerig gewoon.")
    const span: readonly [number, number] = s + 1 < a.sentenceCount ? a.sentenceTokens(s + 1) : [l + 1, l];
    const nf = span[0];
    let nl = span[1];
    for (let k = nf; k <= nl; k++) if (person(k) || info[k]!.harm) nl = nf - 1;
    let next = 0;
    for (let k = nf; k <= nl; k++) next |= cls[k]!;
    if (next & (K.care | K.report)) continue;
    const laughing = ((mask | next) & K.laughter) !== 0 || emoji(f, Math.max(l, nl));
    const before = hits.length;
    if (mask & (K.smellBad | K.smellVerb)) readSmell(f, l, laughing || ((mask | next) & (K.stance | K.hygiene)) !== 0);
    if (hits.length === before && mask & (K.looks | K.clothes)) readJudgedLooks(f, l);
    if (hits.length === before && mask & (K.poverty | K.money | K.looks | K.trait | K.compare)) readMockery(f, l, who, laughing || (next & K.stance) !== 0 || deniedWithContempt(f, l));
    if (hits.length === before && mask & K.homeland) readSentBack(f, l);
    if (hits.length === before && mask & (K.rumour | K.misdeed | K.misdeedPart)) readRumour(s, f, l, who, laughing);
  }
  return hits;

  /** An emoji of laughter or disgust in the stretch of the sentences [f, l]: char codes scanned, a string built only at a surrogate pair. */
  function emoji(f: number, l: number): boolean {
    const src = a.source;
    const to = l + 1 < n ? tokens[l + 1]!.start : src.length;
    for (let i = tokens[f]!.start; i < to - 1; i++) {
      const c = src.charCodeAt(i);
      if (c < 0xd800 || c > 0xdbff) continue;
      if (EMOJI.has(src.slice(i, i + 2))) return true;
      i++;
    }
    return false;
  }

  /** "niet eens" / "nog niet eens" in the sentence: a normal thing denied with contempt ("hebben niet eens wifi"). */
  function deniedWithContempt(f: number, l: number): boolean {
    for (let k = f + 1; k <= l; k++) if (is(k, K.denied) && F(k - 1) === 'niet') return true;
    return false;
  }

  /** The noun a preposition governs: the first word after it that is no article, demonstrative or adjective-like degree word. */
  function governed(k: number, l: number): number {
    let j = k + 1;
    while (j <= l && j <= k + 3 && /^(een|de|het|die|dat|zon|oude|oud|natte|nat|echt|wel)$/.test(F(j))) j++;
    return j <= l ? j : -1;
  }

  /**
   * A person's smell mocked: a person as the subject of a verb of stench ("Mila stinkt", "stinkt hij"),
   * the owner of a stench ("die zweetlucht van Daan", "zijn walm") or the body part it comes out of
   * ("de walm uit haar oksels"); "ruiken" counts when the person is what is smelled ("je ruikt hem
   * van ver"), when it is of dirt, waste or an animal ("ruikt naar de vuilnisbak", "naar natte hond")
   * or with disgust or washing urged in the sentence. A positive smell ("ruikt lekker naar"), a
   * negation before it, a thing or the author's own things as subject pass.
   */
  function readSmell(f: number, l: number, stance: boolean): void {
    for (let k = f; k <= l; k++) {
      const c = cls[k]!;
      if (!(c & (K.smellBad | K.smellVerb)) || negatedBefore(f, k) || negatedAfter(k, l)) continue;
      // "ruikt lekker", "stinkt heerlijk naar": a positive right after is praise
      if (info[k + 1]?.positive || (F(k + 1) === 'echt' && info[k + 2]?.positive)) continue;
      let target: Target | undefined;
      let bad = (c & K.smellBad) !== 0;
      // subject before the verb in its clause (no thing in between: "de kleedkamer van Daan stinkt")
      for (let j = k - 1; j >= f && j >= k - 3 && sameClause(j, k) && !target; j--) {
        if (info[j]!.thing || FIRST.has(F(j))) break;
        target = person(j);
      }
      // inverted subject or the person smelled: "stinkt hij", "je ruikt hem"
      if (!target && k + 1 <= l && sameClause(k, k + 1)) {
        const p = person(k + 1);
        if (p) {
          target = p;
          if (c & K.smellVerb && /^(hem|haar|jou|jullie)$/.test(F(k + 1))) bad = true;
        }
        if (!target && k + 2 <= l && (F(k + 2) === 'hem' || F(k + 2) === 'haar') && sameClause(k, k + 2) && person(k + 2)) {
          target = person(k + 2);
          if (c & K.smellVerb) bad = true;
        }
      }
      // the owner of a stench noun: "zijn zweetlucht", "die walm van Daan", "de stank uit haar oksels"
      if (!target && c & K.smellBad) {
        if (POSSESSIVE.has(F(k - 1)) && !FIRST.has(F(k - 1))) target = person(k - 1) ?? personNear(f, k);
        else if (F(k + 1) === 'van' && person(k + 2)) target = person(k + 2);
        else {
          for (let j = k + 1; j <= l && j <= k + 4 && !target; j++) {
            if (F(j) !== 'uit') continue;
            const part = governed(j, l);
            if (part < 0) continue;
            const owner = POSSESSIVE.has(F(part - 1)) ? part - 1 : F(part + 1) === 'van' ? part + 2 : -1;
            if (owner >= 0 && (info[part]!.bodyPart || is(part, K.looks | K.smellSource)) && !FIRST.has(F(owner))) target = person(owner) ?? personNear(f, k);
          }
        }
      }
      if (!target || (target.kind === 'third' && !personBefore(a, target.token, authorId))) continue;
      if (!bad) {
        // "naar" + dirt, waste or an animal
        for (let j = k + 1; j <= l && j <= k + 4 && !bad; j++) {
          if (F(j) !== 'naar') continue;
          const noun = governed(j, l);
          if (noun >= 0 && !info[noun]!.positive && (is(noun, K.dirt) || info[noun]!.animal)) bad = true;
        }
      }
      if (!bad && !stance) continue;
      hits.push({ kind: 'insult', first: Math.min(k, target.token), last: Math.max(k, target.token), target, core: { first: k, last: k } });
      return;
    }
  }

  /** The nearest person before k in the sentence (for a pronoun owner: "zijn walm" after "Daan …"). */
  function personNear(f: number, k: number): Target | undefined {
    for (let j = k - 1; j >= f; j--) {
      const p = person(j);
      if (p) return p;
    }
    return undefined;
  }

  /**
   * A part of a person's looks or their clothes judged by an adjective of filth or ugliness before it:
   * "die vettige haren van Ravi", "wat heeft Daan een belachelijk kapsel", "in die smerige kleren van
   * …" — owned by the person (possessive, "van" + person, "heeft"). Pupils' praise words ("vette
   * schoenen", "zieke trui") and traits ("dikke") are no judgement alone; a negation before it passes.
   */
  function readJudgedLooks(f: number, l: number): void {
    // praise in the sentence ("een lelijke trui voor de foute-truiendag, geweldig!"): a game of looks, no mockery
    for (let k = f; k <= l; k++) if (info[k]!.positive && !is(k, K.dirt)) return;
    for (let k = f + 1; k <= l; k++) {
      if (!is(k, K.looks | K.clothes)) continue;
      let adj = k - 1;
      if (is(adj, K.trait) || F(adj) === 'gele' || F(adj) === 'afgedragen' || F(adj) === 'versleten') adj--;
      const w = info[adj];
      if (!w || SLANG_PRAISE.has(F(adj)) || is(adj, K.trait) || w.positive) continue;
      if (!(is(adj, K.dirt) || (w.judge && !w.state && !w.groupOnly))) continue;
      // "belachelijk goed kapsel": a judging word before a positive is an intensifier
      if (negatedBefore(f, adj)) continue;
      const target = ownerOf(f, l, k, adj);
      if (!target) continue;
      hits.push({ kind: 'insult', first: Math.min(adj, target.token), last: Math.max(k, target.token), target, core: { first: adj, last: k } });
      return;
    }
  }

  /** The person who owns the looks word or piece of clothing at k (adjective at adj): possessive, "van" + person, or "heeft". */
  function ownerOf(f: number, l: number, k: number, adj: number): Target | undefined {
    const d = adj - 1;
    if (POSSESSIVE.has(F(d))) {
      if (FIRST.has(F(d))) return undefined;
      return person(d) ?? (F(d) === 'je' || F(d) === 'jouw' ? { token: d, kind: 'second' as const } : personNear(f, d));
    }
    if (F(k + 1) === 'van' && person(k + 2)) return person(k + 2);
    if (F(k + 1) === 'van' && POSSESSIVE.has(F(k + 2)) && !FIRST.has(F(k + 2))) return personNear(f, k);
    // "wat heeft Daan een belachelijk kapsel", "Daan heeft een …", "die … heeft"
    for (let j = d; j >= f && j >= d - 4; j--) {
      if (!/^(heeft|hebt|heb|draagt|draag|loopt)$/.test(F(j))) continue;
      const p = person(j - 1) ?? person(j + 1);
      if (p) return p;
    }
    // "… loopt er bij in die smerige kleren": the subject of the clause of "in/met"
    if (/^(in|met)$/.test(F(d)) || /^(in|met)$/.test(F(d - 1))) {
      for (let j = d - 1; j >= f && j >= d - 8 && sameClause(j, d); j--) if (person(j)) return person(j);
    }
    return undefined;
  }

  /** A negator right after k in its clause, over at most two degree words ("stinkt helemaal niet"). */
  function negatedAfter(k: number, l: number): boolean {
    for (let j = k + 1; j <= l && j <= k + 3 && sameClause(j, k); j++) if (NEGATOR.has(F(j))) return true;
    return false;
  }

  /** A negator before k in its clause ("niemand vindt jou dik", "je tanden zijn niet geel"). */
  function negatedBefore(f: number, k: number): boolean {
    for (let j = k - 1; j >= f && j >= k - 6 && sameClause(j, k); j--) if (NEGATOR.has(F(j))) return true;
    return false;
  }

  /** Is the topic at k tied to a person: owned by them, said of them, or in their clause? */
  function tiedTo(f: number, l: number, k: number): Target | undefined {
    if (is(k, K.looks)) {
      // "je tanden", "Mees zijn oren", "die puistenkop van Bram", "Yara heeft een neus …"
      const owner = POSSESSIVE.has(F(k - 1)) ? k - 1 : POSSESSIVE.has(F(k - 2)) && !is(k - 1, K.looks) ? k - 2 : -1;
      if (owner >= 0) {
        if (FIRST.has(F(owner))) return undefined;
        const p = person(owner) ?? person(owner - 1) ?? (F(owner) === 'je' || F(owner) === 'jouw' ? { token: owner, kind: 'second' as const } : undefined);
        if (p) return p;
        for (let j = owner - 1; j >= f && j >= owner - 6; j--) if (person(j)) return person(j);
        return undefined;
      }
      if (F(k + 1) === 'van' && person(k + 2)) return person(k + 2);
      for (let j = k - 1; j >= f && j >= k - 4; j--) if ((F(j) === 'heeft' || F(j) === 'hebt' || F(j) === 'heb') && (person(j - 1) || person(j + 1))) return person(j - 1) ?? person(j + 1);
      return undefined;
    }
    if (is(k, K.trait)) {
      // "Lotte is zo mager", "jij bent zo dun": a copula with the person as its subject, and the trait as predicate
      for (let j = k - 1; j >= f && j >= k - 4 && sameClause(j, k); j--) {
        if (!COPULA.has(F(j))) continue;
        const p = person(j - 1) ?? person(j + 1);
        if (p) return p;
      }
      // a trait before an owned looks word is read with that word
      return undefined;
    }
    // poverty: the person in the clause, or in the sentence ("…, alleen Bram natuurlijk")
    for (let j = f; j <= l; j++) if (person(j)) return FIRST.has(F(k - 1)) ? undefined : person(j);
    return undefined;
  }

  /** A demeaning comparison right after k ("als een bezemsteel", "eruit als een vogelverschrikker", "op een pizza lijkt"), or a degree with its result ("zo ver uit dat …"). */
  function compared(l: number, k: number): boolean {
    // the topic as the comparison itself: "loopt erbij als een bedelaar", "net een zwerver"
    if (/^(een|zon)$/.test(F(k - 1)) && is(k - 2, K.compare)) return true;
    for (let j = k + 1; j <= Math.min(l, k + 7); j++) {
      if (!is(j, K.compare)) continue;
      const next = F(j + 1) === 'als' || F(j + 1) === 'wel' || F(j + 1) === 'op' || F(j + 1) === 'net' ? j + 2 : j + 1;
      const noun = /^(een|de|het|die|dat)$/.test(F(next)) ? next + 1 : next;
      if (noun <= l && F(noun) && !info[noun]!.positive && !is(noun, K.care)) return true;
    }
    // "met die oren van Daan kun je radio ontvangen": a part of the person as a tool in a "kunnen" clause
    if (F(k - 1) === 'met' || F(k - 2) === 'met' || F(k - 3) === 'met') {
      for (let j = k + 1; j <= Math.min(l, k + 6) && sameClause(j, k); j++) if (MODAL_CAN.has(F(j))) return true;
    }
    // "zoveel pukkels dat je gezicht op een pizza lijkt": the result clause of a degree
    for (let j = Math.max(0, k - 3); j < k; j++) {
      if (!DEGREE.has(F(j))) continue;
      for (let d = k + 1; d <= Math.min(l, k + 6); d++) if (F(d) === 'dat' && d < l) return true;
    }
    return false;
  }

  function readMockery(f: number, l: number, who: Target, laughing: boolean): void {
    let stance = laughing;
    for (let j = f; j <= l && !stance; j++) if (is(j, K.stance) && !(F(j) === 'kijk' && j !== f && sameClause(j - 1, j))) stance = true;
    for (let k = f; k <= l; k++) {
      const c = cls[k]!;
      // the person likened to something with a stance: "met die bril lijk je net een uil hahaha", "zie je eruit als een vuilniszak 😂"
      if (c & K.compare && LIKEN_VERB.has(F(k)) && stance) {
        const p = person(k - 1) ?? person(k + 1) ?? (F(k) === 'eruit' ? person(k - 2) ?? person(k - 1) : undefined);
        if (p && p.kind !== 'third' && compared(l, F(k) === 'eruit' ? k : k - 1)) {
          hits.push({ kind: 'insult', first: Math.min(k, p.token), last: Math.max(k, p.token), target: p, core: { first: k, last: k } });
          return;
        }
      }
      if (!(c & (K.poverty | K.money | K.looks | K.trait))) continue;
      // money is poverty only when denied: "geen geld", "kan … niet betalen", "nooit ergens geld voor"
      if (c & K.money && !(c & K.poverty)) {
        if (!negatedBefore(f, k)) continue;
      } else if (negatedBefore(f, k)) continue;
      // a part of the looks denied right after it is not there to mock: "ze had haar bril niet op haha"
      if (c & K.looks && !(c & (K.poverty | K.trait)) && negatedAfter(k, l)) continue;
      const target = tiedTo(f, l, k) ?? (c & K.money ? who : undefined);
      if (!target) continue;
      if (stance || compared(l, k)) {
        hits.push({ kind: 'insult', first: Math.min(k, target.token), last: Math.max(k, target.token), target, core: { first: k, last: k } });
        return;
      }
    }
  }

  /**
   * A person sent back where they come from: "ga terug naar je eigen land", "vlieg je maar terug naar
   * waar je vandaan komt" — "terug (naar)" said to or of a person with a homeland word after it.
   */
  function readSentBack(f: number, l: number): void {
    for (let k = f; k < l; k++) {
      if (F(k) !== 'terug' && F(k) !== 'teruggaan' && F(k) !== 'terugvliegen') continue;
      let home = -1;
      for (let j = k + 1; j <= Math.min(l, k + 6) && home < 0; j++) if (is(j, K.homeland)) home = j;
      if (home < 0 || !/^(naar|in|de)$/.test(F(k + 1))) continue;
      // said to the person ("ga je terug", "ga terug …, Daan") or of them ("Noor moet terug naar …")
      let p: Target | undefined;
      for (let j = Math.max(f, k - 5); j <= l && !p; j++) if (j !== home) p = person(j);
      if (!p || p.kind === 'third' || negatedBefore(f, k)) continue;
      hits.push({ kind: 'insult', first: Math.min(k, p.token), last: Math.max(home, p.token), target: p, core: { first: k, last: home } });
      return;
    }
  }

  /** A misdeed said of a person: a finite form or a state, a participle only with "hebben" in its clause ("dat Noah gespiekt heeft"). */
  function misdeedAt(k: number): boolean {
    if (is(k, K.misdeed)) return true;
    if (!is(k, K.misdeedPart)) return false;
    for (let j = k - 4; j <= k + 2; j++) if (j !== k && j >= 0 && j < n && sameClause(j, k) && /^(heeft|heb|hebt|hebben|had|hadden)$/.test(F(j))) return true;
    return false;
  }

  /** The author's intent to make up or spread what follows: "ik verzin dat …", "we zeggen gewoon … dat …" with laughter. */
  function ownSpread(f: number, topic: number, laughing: boolean): number {
    for (let k = f; k < topic; k++) {
      if (!is(k, K.fabricate)) continue;
      const first = FIRST.has(F(k - 1)) || FIRST.has(F(k + 1)) || (F(k - 2) === 'ga' && FIRST.has(F(k - 3)));
      if (!first || negatedBefore(f, k) || NEGATOR.has(F(k + 1))) continue;
      if (is(k, K.inventing) || laughing) return k;
    }
    return -1;
  }

  function readRumour(s: number, f: number, l: number, who: Target, laughing: boolean): void {
    let topic = -1;
    for (let k = f; k <= l && topic < 0; k++) if ((is(k, K.rumour) || misdeedAt(k)) && !negatedBefore(f, k)) topic = k;
    if (topic < 0) return;
    const own = ownSpread(f, topic, laughing);
    if (own >= 0) {
      hits.push({ kind: 'insult', first: Math.min(own, who.token), last: Math.max(topic, who.token), target: who, core: { first: own, last: topic } });
      return;
    }
    // the call in this sentence, or the one before or after
    const from = s > 0 ? a.sentenceTokens(s - 1)[0] : f;
    const to = s + 1 < a.sentenceCount ? a.sentenceTokens(s + 1)[1] : l;
    for (let k = from; k <= to; k++) {
      if (!is(k, K.call) || NEGATOR.has(F(k - 1)) || NEGATOR.has(F(k + 1))) continue;
      const [cf, cl] = clauseOf(k);
      let audience = false;
      for (let j = cf; j <= cl && !audience; j++) if (is(j, K.audience) || (F(j) === 'je' && (F(k) === 'wist' || F(k) === 'weet'))) audience = true;
      // an imperative or a bare infinitive ("doorsturen!!", "stuur het door", "deel dit")
      const imperative = k === cf && !FIRST.has(F(k + 1)) && F(k) !== 'weet' && F(k) !== 'wist' && F(k) !== 'weten' && F(k) !== 'gehoord';
      // an offer to show: "wie wil … zien"
      const offer = F(k) === 'zien' && F(tokens[k]!.sentence === s ? f : cf) === 'wie';
      if (F(k) === 'zien' && !offer) continue;
      // "weten jullie dat …", "wist je dat …": knowing with an audience, before the matter
      const knowing = (F(k) === 'weten' || F(k) === 'wist' || F(k) === 'weet') && audience && k < topic && tokens[k]!.sentence === s;
      if ((F(k) === 'weten' || F(k) === 'wist' || F(k) === 'weet') && !knowing) continue;
      if (audience || imperative || offer || knowing) {
        hits.push({ kind: 'insult', first: Math.min(topic, who.token, k), last: Math.max(topic, who.token, k), target: who, core: { first: Math.min(topic, k), last: Math.max(topic, k) } });
        return;
      }
    }
  }

  function clauseOf(k: number): [number, number] {
    let cf = k;
    let cl = k;
    while (cf > 0 && tokens[cf - 1]!.clause === tokens[k]!.clause) cf--;
    while (cl + 1 < n && tokens[cl + 1]!.clause === tokens[k]!.clause) cl++;
    return [cf, cl];
  }
}
