/**
 * Mock praise of one person (#9, decency A7 "pesten, kwetsen"): sarcasm read by structure, from
 * word classes (`lexicon/mock-praise.json`). Praise of a person and a put-down of the same person
 * side by side, without a concession between them, make the praise sarcasm:
 *
 * - PRAISE: congratulation, applause, a praising adjective or epithet ("bravo", "gefeliciteerd",
 *   "goed gedaan", "wat een genie", "topleraar", "kampioen"), not negated;
 * - a STRONG put-down after the praise, in its sentence or in a sentence beside it that names the person:
 *   failing or coming last ("gezakt", "als laatste", "blijven zitten"), something poor, dull, dirty or
 *   ugly in what the person does or wears ("saai gestotter", "die vieze trui", "uit de container"),
 *   a lapse repeated ("drie keer je huiswerk vergeten"),
 *   a judging adjective of people ("zielig", "dom") or a superlative of one ("de traagste");
 * - or a WEAK put-down with an IRONIC marker: a late or repeated achievement ("eindelijk", "alweer",
 *   "nog steeds"), a comparison ("als een …", "net een …"), a condition that takes the praise back
 *   ("als je van … houdt") — with an eye-roll or yawn, "not", "ja hoor", or praise + "hoor"; a
 *   put-down BEFORE the praise also needs the irony ("… lelijke trui voor de foute-truiendag, haha
 *   geweldig!" praises the joke; "die jas van de kringloop is echt prachtig" praises the coat).
 *
 * What lets a text pass: no person (a drawing, the weather); a concession between the praise and the
 * remark ("mooi, maar …", "alleen de lucht is wat saai", "sukkel, maar wel mijn beste vriendin");
 * a negated put-down ("helemaal niet saai"; "nog nooit zo'n saai …" is a superlative, not a
 * negation); a weak put-down without irony ("eindelijk je diploma gehaald, wat een doorzetter!");
 * the author's own ("mijn vieze laarzen"). Quotation and counter-speech are left to `push`.
 *
 * Cost: one memoised class lookup per token; nothing more unless the text holds a praise word and a
 * person (the cheap trigger); then each praise word reads at most three sentences once.
 */
import type { TextAnalysis } from '../analysis.js';
import type { Target } from '../detectors/context.js';
import data from '../lexicon/mock-praise.json' with { type: 'json' };
import bullying from '../lexicon/bullying.json' with { type: 'json' };
import { fm, infos, personBefore, targetsOf, thingBefore, type StructuralHit } from './structure.js';
import { classMask } from './word-sets.js';

const K = {
  praise: 1,
  failure: 2,
  poor: 4,
  weak: 8,
  irony: 16,
  concession: 32,
  laughter: 64,
  lapse: 128,
  repeat: 256,
} as const;
const D = data.classes;
const classOf = classMask([
  [D.praise, K.praise],
  [D.failure, K.failure],
  [D.poor, K.poor],
  [D.weak, K.weak],
  [D.irony, K.irony],
  [D.concession, K.concession],
  [bullying.classes.laughter, K.laughter],
  [D.lapse, K.lapse],
  [D.repeat, K.repeat],
]);
const pairSet = (pairs: readonly (readonly string[])[]): ReadonlySet<string> => new Set(pairs.map((p) => `${p[0]} ${p[1]}`));
const PRAISE_PAIR = pairSet(D.praisePair.pairs);
const FAILURE_PAIR = pairSet(D.failurePair.pairs);
const PAIR_FIRST: ReadonlySet<string> = new Set([...D.praisePair.pairs, ...D.failurePair.pairs].map((p) => p[0]!));
const IRONY_EMOJI: readonly string[] = D.irony.emoji;
const ONE_PERSON: ReadonlySet<string> = new Set(bullying.classes.onePerson.words);
const NEGATOR: ReadonlySet<string> = new Set(['niet', 'geen', 'nooit', 'niks', 'niets']);
const COMPARE: ReadonlySet<string> = new Set(['als', 'net', 'precies', 'lijkt', 'alsof']);
const OWN: ReadonlySet<string> = new Set(['mijn', 'm', 'onze', 'ons']);

export interface MockPraiseHit extends Omit<StructuralHit, 'kind'> {
  kind: 'insult';
}

let scratch = new Int32Array(256);
let strengthScratch = new Int8Array(256);

export function readMockPraise(a: TextAnalysis, authorId?: string): MockPraiseHit[] {
  const hits: MockPraiseHit[] = [];
  const tokens = a.tokens;
  const n = tokens.length;
  if (n === 0) return hits;
  const forms = fm(a);
  if (scratch.length < n) scratch = new Int32Array(n * 2);
  const cls = scratch;
  let any = 0;
  for (let k = 0; k < n; k++) {
    let c = classOf(forms[k]!);
    if (k + 1 < n && PAIR_FIRST.has(forms[k]!)) {
      const pair = `${forms[k]} ${forms[k + 1]}`;
      if (PRAISE_PAIR.has(pair)) c |= K.praise;
      if (FAILURE_PAIR.has(pair)) c |= K.failure;
    }
    cls[k] = c;
    any |= c;
  }
  if (!(any & K.praise) || !(any & (K.failure | K.poor | K.weak | K.lapse)) && !anyJudge()) return hits;
  const targets = targetsOf(a, authorId);
  const info = infos(a);
  const person = (k: number): Target | undefined => {
    const t = targets[k];
    if (!t || t.token !== k) return undefined;
    if (t.kind === 'name' || t.kind === 'second') return t;
    if (t.kind === 'person') return ONE_PERSON.has(forms[k]!) || /^(juf|meester|mevrouw|meneer)$/.test(forms[k]!) ? t : undefined;
    if (t.kind === 'third') return /^(hij|zij|ze|hem|haar)$/.test(forms[k]!) && personBefore(a, k, authorId) && !thingBefore(a, k, authorId) ? t : undefined;
    return undefined;
  };
  // the person of each sentence, read once per sentence (null: none)
  const personOf = new Map<number, Target | null>();
  const personIn = (s: number): Target | undefined => {
    let t = personOf.get(s);
    if (t === undefined) {
      t = null;
      const [f, l] = a.sentenceTokens(s);
      for (let k = f; k <= l && !t; k++) t = person(k) ?? null;
      personOf.set(s, t);
    }
    return t ?? undefined;
  };
  // the emoji are searched for in the source only when a put-down needs irony
  let emojiIrony: boolean | undefined;
  if (strengthScratch.length < n) strengthScratch = new Int8Array(n * 2);
  const strength = strengthScratch;
  strength.fill(-1, 0, n);
  const F = (k: number): string => (k >= 0 && k < n ? forms[k]! : '');
  const is = (k: number, bit: number): boolean => k >= 0 && k < n && (cls[k]! & bit) !== 0;

  // one pass first: without a put-down that stands on its own, a weak one needs an ironic word or emoji somewhere in the text
  let strongAny = false;
  let weakAny = false;
  for (let k = 0; k < n && !strongAny; k++) {
    const v = strengthAt(k);
    if (v === 2) strongAny = true;
    else if (v === 1) weakAny = true;
  }
  if (!strongAny) {
    if (!weakAny) return hits;
    let ironyWord = false;
    for (let k = 0; k < n && !ironyWord; k++) if (is(k, K.irony) || F(k) === 'hoor') ironyWord = true;
    if (!ironyWord && !(emojiIrony ??= IRONY_EMOJI.some((e) => a.source.includes(e)))) return hits;
  }

  for (let p = 0; p < n; p++) {
    if (!is(p, K.praise) || NEGATOR.has(F(p - 1)) || NEGATOR.has(F(p - 2))) continue;
    // praise inside a phrase that rejects ("ik verloor alle respect voor jou toen je zei …") is counter-speech, not praise
    if (a.matches('rejectCue', tokens[p]!.sentence).some((m) => m.first <= p && p <= m.last)) continue;
    const sp = tokens[p]!.sentence;
    const target = personIn(sp) ?? (sp > 0 ? personIn(sp - 1) : undefined) ?? (sp + 1 < a.sentenceCount ? personIn(sp + 1) : undefined);
    if (!target) continue;
    let irony: boolean | undefined;
    const ironic = (): boolean => (irony ??= (emojiIrony ??= IRONY_EMOJI.some((e) => a.source.includes(e))) || ironyAround(sp));
    for (let s = Math.max(0, sp - 1); s <= Math.min(a.sentenceCount - 1, sp + 1); s++) {
      if (s !== sp && !personIn(s)) continue;
      const [f, l] = a.sentenceTokens(s);
      let d = -1;
      for (let k = f; k <= l && d < 0; k++) {
        if (k === p || is(k, K.praise)) continue;
        const strength = strengthAt(k);
        // praise after a remark needs irony: "een lelijke trui voor de foute-truiendag, haha geweldig!" praises the joke
        if (strength === 0 || ((strength === 1 || k < p) && !ironic())) continue;
        if (negated(k) || OWN.has(F(k - 1)) || OWN.has(F(k - 2)) || concededBetween(p, k)) continue;
        d = k;
      }
      if (d < 0) continue;
      hits.push({ kind: 'insult', first: Math.min(p, d), last: Math.max(p, d), target, core: { first: Math.min(p, d), last: Math.max(p, d) } });
      return hits;
    }
  }
  return hits;

  /** A judging adjective of people, not a participle the polarity list judges ("gemaakt"). */
  function judgeAt(k: number): boolean {
    const w = infos(a)[k]!;
    return w.judge && !w.state && !w.groupOnly && !/^ge\w+[dt]e?$/.test(forms[k]!);
  }
  function anyJudge(): boolean {
    for (let k = 0; k < n; k++) if (judgeAt(k)) return true;
    for (let k = 0; k < n; k++) if (COMPARE.has(forms[k]!)) return true;
    return false;
  }
  /** putDown(k), read once per token (-1: not yet read). */
  function strengthAt(k: number): 0 | 1 | 2 {
    let v = strength[k]!;
    if (v < 0) strength[k] = v = putDown(k);
    return v as 0 | 1 | 2;
  }
  /** 2 a put-down on its own, 1 a put-down only with irony, 0 none. */
  function putDown(k: number): 0 | 1 | 2 {
    if (is(k, K.failure | K.poor)) return 2;
    if (judgeAt(k)) return 2;
    // a lapse repeated: "drie keer je huiswerk vergeten", "alweer je sleutel kwijt"
    if (is(k, K.lapse)) for (let j = Math.max(0, k - 5); j < k; j++) if (is(j, K.repeat) && tokens[j]!.clause === tokens[k]!.clause) return 2;
    if (is(k, K.weak)) return 1;
    // a comparison: "als een jankende hond", "net een robot"
    if (COMPARE.has(F(k)) && (F(k + 1) === 'een' || F(k + 2) === 'een')) {
      for (let j = k + 1; j <= Math.min(n - 1, k + 4) && tokens[j]!.clause === tokens[k]!.clause; j++) if (info[j]!.animal || info[j]!.thing || /^robot/.test(F(j))) return 1;
    }
    // a condition that takes the praise back: "als je van slapen houdt"
    if (F(k) === 'als' && F(k + 1) === 'je' && F(k + 2) === 'van') return 1;
    return 0;
  }
  /** A negator just before k ("helemaal niet saai"); "nooit zo'n …" is a superlative, not a negation. */
  function negated(k: number): boolean {
    for (let j = k - 1; j >= k - 5 && j >= 0 && tokens[j]!.clause === tokens[k]!.clause; j--) {
      if (!NEGATOR.has(F(j))) continue;
      return !/^(zo|zon|zoiets)$/.test(F(j + 1));
    }
    return false;
  }
  /** A concession between the praise and the put-down, or right after the put-down's clause turning back to praise. */
  function concededBetween(p: number, d: number): boolean {
    for (let j = Math.min(p, d) + 1; j < Math.max(p, d); j++) if (is(j, K.concession)) return true;
    // "… sukkeltje met je vlechten maar wel mijn allerbeste vriendin": a "maar" after the put-down, before the text ends, takes it back
    const [, l] = a.sentenceTokens(tokens[d]!.sentence);
    for (let j = d + 1; j <= l; j++) if (F(j) === 'maar' || F(j) === 'grapje') return true;
    return false;
  }
  /** An ironic word in the praise's sentence or beside it: "not", "ja hoor", praise + "hoor". */
  function ironyAround(s: number): boolean {
    const [f] = a.sentenceTokens(Math.max(0, s - 1));
    const [, l] = a.sentenceTokens(Math.min(a.sentenceCount - 1, s + 1));
    for (let k = f; k <= l; k++) {
      if (is(k, K.irony)) return true;
      if (F(k) === 'hoor' && (F(k - 1) === 'ja' || is(k - 1, K.praise) || is(k - 2, K.praise))) return true;
    }
    return false;
  }
}
