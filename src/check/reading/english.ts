/**
 * The English reading of the decency detector (A7): pupils and parents also write in English.
 * It reads the same tokens as the Dutch reading (the shared analysis), in the sentences whose
 * function words are English, by clause structure rather than by phrase:
 *
 * - predicate: a group (a listed group, a group adjective with "people"/"men"/…, a capitalised
 *   plural with a demonym's ending) or a person (a roster name, "you", "he" after a person) with
 *   a copula and a judging word on the other side: "Poles are lazy", "you're a pathetic moron",
 *   "X are the most ungrateful people", "X are parasites" (dehumanisation). Judging adjectives
 *   are listed or derived: un-/dis-/in- before a praising word ("unreliable"), -less ("gutless"),
 *   comparatives and superlatives ("dumbest");
 * - negation scoped to the predicate it stands before ("are not criminals" passes), an
 *   intensifying negation ("nothing but vermin", "no better than rats") does not negate, and a
 *   negated praising word denies worth ("are not human", "aren't welcome here");
 * - attributive judgement of a group ("those filthy Somalians");
 * - harm: a modal with a passive or infinitive of a harm verb said of a group or person ("should
 *   be deported", "must all die", "need to be locked up"), a first person with an intent ("I'll",
 *   "gonna", "I want to") and a harm verb with a person as object or a body part of theirs
 *   ("I will break your legs"), "you're dead after school"; the harm verbs' forms are derived
 *   (-s, -ed, -ing, irregular), an object that is a thing or a "for" ("kill for a pizza", "this
 *   homework is killing me") is no threat;
 * - insults said to someone ("you stupid cow"), slurs, abuse in the imperative ("fuck off"),
 *   threats without a harm verb ("watch your back");
 * - reported speech and counter-speech: a report verb ("say", "wrote", "call") judged by the
 *   text ("stop saying …", "it is racist to say …", "saying … is wrong", "… and we reported
 *   it", "it is not true that …"): what follows the report is not the author's claim.
 *
 * It also corrects the Dutch reading in English sentences: a Dutch hit on a word the spelling
 * repair took for a Dutch one ("true" read as "trut"), on a predicate the English negation
 * governs, or inside judged reported speech is withdrawn.
 *
 * One pass over the tokens; each token looks at most a few tokens ahead in its clause, and the
 * word classes are looked up once per distinct word (cached), so the reading is linear in the text.
 */
import data from '../lexicon/english.json' with { type: 'json' };
import type { TextAnalysis } from '../analysis.js';
import type { Target } from '../detectors/context.js';
import { squeeze } from '../text/normalize.js';
import { wordKey, type WordKey } from './lookup.js';
import { targetsOf } from './structure.js';
import { plainWord } from './words.js';
import { perAnalysis } from './memo.js';

export type EnglishKind = 'hate' | 'threat' | 'violence' | 'insult' | 'derogation' | 'dehumanisation' | 'slur';

export interface EnglishHit {
  kind: EnglishKind;
  first: number;
  last: number;
  target: Target;
  /** The words that carry the harm. */
  core: { first: number; last: number };
}

/** What the reading found besides its hits: where Dutch hits are to be withdrawn. */
export interface EnglishReading {
  hits: EnglishHit[];
  /** Per token: 1 in an English sentence. */
  english: Uint8Array;
  /** Per token: 1 where a judged report or a denial governs it (counter-speech). */
  reported: Uint8Array;
  /** Per token: 1 for a predicate word an English negation governs. */
  negated: Uint8Array;
  /** Per token: 1 where the spelling repair turned an English word into another one. */
  repaired: Uint8Array;
}

// ---- word classes -------------------------------------------------------------

const B = {
  EN: 1 << 0,
  NL: 1 << 1,
  COP: 1 << 2,
  NEG: 1 << 3,
  NEG_INT: 1 << 4,
  SKIP: 1 << 5,
  GROUP: 1 << 6,
  GROUP_MOD: 1 << 7,
  GROUP_HEAD: 1 << 8,
  PERSON: 1 << 9,
  SECOND: 1 << 10,
  THIRD: 1 << 11,
  FIRST: 1 << 12,
  FUTURE: 1 << 13,
  MODAL: 1 << 14,
  PASSIVE: 1 << 15,
  DIE: 1 << 16,
  BODY: 1 << 17,
  DEAD: 1 << 18,
  DEAD_NOT: 1 << 19,
  THING: 1 << 20,
  NEG_ADJ: 1 << 21,
  POS_ADJ: 1 << 22,
  NEG_NOUN: 1 << 23,
  DEHUMAN: 1 << 24,
  ANIMAL: 1 << 25,
  SLUR: 1 << 26,
  SLUR_AMB: 1 << 27,
  REPORT: 1 << 28,
  JUDGE: 1 << 29,
  JUDGE_BEFORE: 1 << 30,
} as const;

const lists = data.lists;
/** Classes of words that carry harm themselves. */
const HARMFUL_BITS = ['NEG_ADJ', 'NEG_NOUN', 'DEHUMAN', 'ANIMAL', 'SLUR'] as const;
type WordList = { words: string[] };
const words = (l: WordList): string[] => l.words;
/** Word → class bits of the listed words; `squeezedListed` holds them by their squeezed form. */
const listed = new Map<string, number>();
const squeezedListed = new Map<string, number>();
const mark = (ws: readonly string[], bit: number): void => {
  for (const w of ws) {
    listed.set(w, (listed.get(w) ?? 0) | bit);
    const q = squeeze(w);
    squeezedListed.set(q, (squeezedListed.get(q) ?? 0) | bit);
  }
};
mark(words(lists.englishCue), B.EN);
mark(words(lists.dutchCue), B.NL);
mark(words(lists.copula), B.COP);
mark(words(lists.negator), B.NEG);
mark(words(lists.intensifyingAfterNegator), B.NEG_INT);
mark(words(lists.skip), B.SKIP);
mark(words(lists.groupNoun), B.GROUP);
mark(words(lists.groupModifier), B.GROUP_MOD);
mark(words(lists.groupHead), B.GROUP_HEAD);
mark(words(lists.person), B.PERSON);
mark(words(lists.second), B.SECOND);
mark(words(lists.third), B.THIRD);
mark(words(lists.first), B.FIRST);
mark(words(lists.future), B.FUTURE);
mark(words(lists.modal), B.MODAL);
mark(words(lists.passiveAux), B.PASSIVE);
mark(words(lists.bodyPart), B.BODY);
mark(words(lists.threatDead), B.DEAD);
mark(words(lists.threatDeadNot), B.DEAD_NOT);
mark(words(lists.thingAfter), B.THING);
mark(words(lists.positiveAdjective), B.POS_ADJ);
mark(words(lists.negativeNoun), B.NEG_NOUN);
mark(words(lists.dehumanNoun), B.DEHUMAN);
mark(words(lists.animalInsult), B.ANIMAL);
mark(words(lists.slur), B.SLUR);
mark(words(lists.slurAmbiguous), B.SLUR_AMB);
mark(words(lists.report), B.REPORT);
mark(words(lists.judge), B.JUDGE);
mark(words(lists.judgeBefore), B.JUDGE_BEFORE);

const setOf = (ws: readonly string[]): ReadonlySet<string> => new Set(ws);
const GROUP_EVERYDAY = setOf(words(lists.groupEveryday));
const RELATIVE_FILLER = setOf(words(lists.relativeFiller));
const GAME = setOf(words(lists.gameWord));
const ACCUSATION_VERB = setOf(words(lists.groupAccusationVerb));
const WORTH_VERB = setOf(words(lists.worthVerb));
const WORTH_OBJECT = setOf(words(lists.worthObject));
/** Harm verbs that take a victim (not "die", "leave"). */
const TRANSITIVE = setOf(words(lists.harmVerb));
const COMMON_PLURAL = setOf(words(lists.commonPlural));
const LESS_EXCEPTION = setOf(words(lists.lessException));
const GROUP_ONLY = setOf(words(lists.groupOnlyAdjective));
const WEAK_HARM = setOf(words(lists.harmWeak));
const NOT_JUDGE = setOf(words(lists.judgeAfterNegator));
const DEMONYM_SUFFIX = words(lists.demonymSuffix);
const POSITIVE = setOf(words(lists.positiveAdjective));
const NEGATIVE_ADJ = setOf(words(lists.negativeAdjective));
const DEMONYM_ADJECTIVE = new RegExp(`(${words(lists.demonymAdjectiveSuffix).join('|')})$`);
const NEG_PREFIX = ['un', 'dis', 'in', 'im', 'ir', 'il', 'non'];

/** Harm verb forms → base and form; a final consonant may be doubled ("stabbed", "cutting"). */
interface HarmForm {
  base: string;
  form: 'base' | 's' | 'ed' | 'ing';
}
const HARM = new Map<string, HarmForm>();
const addHarm = (base: string, die: boolean): void => {
  const b = base;
  const stem = b.endsWith('e') ? b.slice(0, -1) : b;
  const doubled = /[^aeiou][aeiou][bdgklmnprstz]$/.test(b) ? b + b[b.length - 1]! : stem;
  const forms: [string, HarmForm['form']][] = [
    [b, 'base'],
    [/(s|sh|ch|x|z)$/.test(b) ? `${b}es` : `${b}s`, 's'],
    [/[^aeiou]y$/.test(b) ? `${b.slice(0, -1)}ied` : `${stem}ed`, 'ed'],
    [`${doubled}ed`, 'ed'],
    [`${stem}ing`, 'ing'],
    [`${doubled}ing`, 'ing'],
  ];
  for (const [f, form] of forms) {
    if (!HARM.has(f)) HARM.set(f, { base: b, form });
    if (die) {
      listed.set(f, (listed.get(f) ?? 0) | B.DIE);
      squeezedListed.set(squeeze(f), (squeezedListed.get(squeeze(f)) ?? 0) | B.DIE);
    }
  }
};
for (const v of words(lists.harmVerb)) addHarm(v, false);
for (const v of words(lists.dieVerb)) addHarm(v, true);
for (const [form, base] of Object.entries(lists.harmIrregular.words)) HARM.set(form, { base, form: 'ed' });
/** Harm forms by their squeezed spelling, for words written with a letter three times ("kiiill"). */
const SQUEEZED_HARM = new Map<string, HarmForm>();
for (const [f, h] of HARM) if (!SQUEEZED_HARM.has(squeeze(f))) SQUEEZED_HARM.set(squeeze(f), h);
const PARTICLE = new Map<string, ReadonlySet<string>>(Object.entries(lists.harmParticle.words).map(([b, ps]) => [b, setOf(ps)]));

/** Phrases (abuse in the imperative, threats, denials) by their first word. */
interface Phrase {
  keys: string[];
}
function phraseIndex(ps: readonly string[]): Map<string, Phrase[]> {
  const m = new Map<string, Phrase[]>();
  for (const p of ps) {
    const keys = p.split(' ').map((w) => plainWord(w));
    const l = m.get(keys[0]!);
    if (l) l.push({ keys });
    else m.set(keys[0]!, [{ keys }]);
  }
  return m;
}
const ABUSE = phraseIndex(lists.imperativeAbuse.words);
const THREAT = phraseIndex(lists.threatPhrase.words);
const DENIAL = phraseIndex(lists.denial.words);
const HATE = phraseIndex(lists.hatePhrase.words);

/** Derived classes of a word not listed: inflected judging adjectives, un- + praise, -less, plurals. */
const derivedCache = new Map<string, number>();
function derived(k: string): number {
  let bits = derivedCache.get(k);
  if (bits !== undefined) return bits;
  bits = 0;
  const judging = (w: string): boolean => NEGATIVE_ADJ.has(w) || NEG_PREFIX.some((p) => w.startsWith(p) && w.length - p.length >= 4 && POSITIVE.has(w.slice(p.length)));
  if (judging(k)) bits |= B.NEG_ADJ;
  // comparative and superlative: "lazier", "dumbest", "filthiest", "ruder"
  for (const [suf, rep] of [['iest', 'y'], ['ier', 'y'], ['est', ''], ['er', ''], ['est', 'e'], ['er', 'e']] as const) {
    if (!(bits & B.NEG_ADJ) && k.endsWith(suf) && k.length - suf.length >= 3 && judging(k.slice(0, -suf.length) + rep)) bits |= B.NEG_ADJ;
  }
  // "-less" judges ("gutless", "brainless"), unless listed as innocent ("fearless", "homeless")
  if (k.endsWith('less') && k.length >= 7 && !LESS_EXCEPTION.has(k)) bits |= B.NEG_ADJ;
  // plural and singular of listed nouns
  const noun = (w: string): number => (listed.get(w) ?? 0) & (B.NEG_NOUN | B.DEHUMAN | B.ANIMAL | B.SLUR | B.GROUP);
  if (k.endsWith('ies')) bits |= noun(`${k.slice(0, -3)}y`);
  else if (k.endsWith('es')) bits |= noun(k.slice(0, -2)) | noun(k.slice(0, -1));
  else if (k.endsWith('s')) bits |= noun(k.slice(0, -1));
  if (derivedCache.size >= 50_000) derivedCache.clear();
  derivedCache.set(k, bits);
  return bits;
}

const HARMFUL = HARMFUL_BITS.reduce((m, b) => m | B[b], 0);
/** Classes of English content words, for a sentence without function words. */
const ENGLISH_CONTENT = HARMFUL | B.GROUP | B.COP | B.REPORT;

function classOf(k: string): number {
  const exact = listed.get(k);
  if (exact !== undefined) return exact | derived(k);
  return derived(k);
}

// ---- the reading --------------------------------------------------------------

/**
 * A token's classes through the lookup shared with the sexual-content reading (reading/lookup.ts),
 * kept in the shared entry (no object per token). A word the Dutch reading split as glued
 * ("Romanians" as "roma an ians") is one English word: every part carries it, so the first part
 * reads with what precedes and the last with what follows.
 */
function classesOf(w: WordKey): number {
  // squeezed keys (obfuscation, "sooo lazyyy") are read through the squeezed lists
  if (w.en < 0) w.en = w.squeezed ? (squeezedListed.get(w.key) ?? 0) | derived(w.key) : classOf(w.key);
  return w.en;
}

export const readEnglish: (a: TextAnalysis, authorId?: string) => EnglishReading = perAnalysis((a, authorId) => read(a, authorId));

function read(a: TextAnalysis, authorId: string | undefined): EnglishReading {
  const tokens = a.tokens;
  const n = tokens.length;
  const english = new Uint8Array(n);
  const reported = new Uint8Array(n);
  const negated = new Uint8Array(n);
  const repaired = new Uint8Array(n);
  const hits: EnglishHit[] = [];
  if (n === 0) return { hits, english, reported, negated, repaired };

  // each token's key: the word as written (squeezed) unless it was split from a glued word or obfuscated
  const key: string[] = new Array(n);
  const cls = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    const t = tokens[k]!;
    if (t.hasDigit) {
      key[k] = t.norm;
      cls[k] = (squeezedListed.get(t.norm) ?? 0) | derived(t.norm);
      continue;
    }
    // a part of a glued word that the Dutch repair split ("Romanians" → "roma an ians") is read as the whole word
    const split = (k > 0 && tokens[k - 1]!.start === t.start) || (k + 1 < n && tokens[k + 1]!.start === t.start);
    const w = wordKey(split ? a.source.slice(t.start, t.end) : t.raw, t.norm);
    key[k] = w.key;
    cls[k] = classesOf(w);
    // the Dutch spelling repair read an English word as another ("true" as "trut")
    if (w.squeezedPlain !== '' && w.squeezedPlain !== t.norm && !(cls[k]! & HARMFUL)) repaired[k] = 1;
  }

  // which sentences are English: more English cue words than Dutch ones
  let anyEnglish = false;
  for (let s = 0; s < a.sentenceCount; s++) {
    const [f, l] = a.sentenceTokens(s);
    let en = 0;
    let nl = 0;
    for (let k = f; k <= l; k++) {
      // "should die", "to die": the Dutch cue "die" after an English modal or "to" is the English verb
      if (cls[k]! & B.NL && cls[k]! & B.DIE && k > f && (cls[k - 1]! & B.MODAL || key[k - 1] === 'to')) {
        en++;
        continue;
      }
      if (cls[k]! & B.EN) en++;
      if (cls[k]! & B.NL) nl++;
    }
    // without function words of either language ("Estonians pollute everything."), English words decide
    let content = false;
    for (let k = f; en === 0 && nl === 0 && !content && k <= l; k++) content = (cls[k]! & ENGLISH_CONTENT) !== 0 || harmOf(key[k]!) !== undefined;
    if ((en > nl && en >= 1) || content) {
      anyEnglish = true;
      for (let k = f; k <= l; k++) english[k] = 1;
    }
  }
  if (!anyEnglish) return { hits, english, reported, negated, repaired };

  const shared = targetsOf(a, authorId);
  const is = (k: number, bit: number): boolean => k >= 0 && k < n && (cls[k]! & bit) !== 0;
  const same = (k: number, j: number): boolean => j >= 0 && j < n && tokens[j]!.clause === tokens[k]!.clause;
  const sameSentence = (k: number, j: number): boolean => j >= 0 && j < n && tokens[j]!.sentence === tokens[k]!.sentence;

  // targets: the shared ones (names, listed groups, "you") and the English groups and persons
  const target: (Target | undefined)[] = new Array(n);
  let lastPerson = -1;
  for (let k = 0; k < n; k++) {
    if (!english[k]) continue;
    const s = shared[k];
    const c = cls[k]!;
    let t: Target | undefined;
    if (s && (s.kind === 'name' || s.kind === 'group' || s.kind === 'second')) t = s;
    else if (c & B.SECOND) t = { token: k, kind: 'second' };
    else if (c & B.GROUP) t = { token: k, kind: 'group' };
    else if (c & B.GROUP_HEAD && sameSentence(k, k - 1) && (is(k - 1, B.GROUP_MOD) || groupAdjective(k - 1))) t = { token: k, kind: 'group' };
    // a capitalised plural with a demonym's ending: inside a sentence, or at its start before a verb
    else if (tokens[k]!.capitalised && demonymLike(key[k]!) && ((k > 0 && sameSentence(k, k - 1)) || is(k + 1, B.COP | B.MODAL | B.NEG) || ACCUSATION_VERB.has(key[k + 1] ?? '') || /^(do|dont|never|all|always)$/.test(key[k + 1] ?? ''))) t = { token: k, kind: 'group' };
    // "every Albanian", "each Muslim": a quantified singular of origin or belief
    else if (/^(every|each|any)$/.test(key[k - 1] ?? '') && (c & B.GROUP_MOD || groupAdjective(k) || (tokens[k]!.capitalised && !shared[k]))) t = { token: k, kind: 'group' };
    else if (c & B.THIRD && lastPerson >= 0 && tokens[k]!.sentence - tokens[lastPerson]!.sentence <= 1) t = { token: k, kind: 'third' };
    else if (c & B.PERSON && k > 0 && /^(th|that|this|the|our|my|your|his|her)$/.test(key[k - 1]!)) t = { token: k, kind: 'person' };
    target[k] = t;
    if (t && t.kind !== 'second' && t.kind !== 'third') lastPerson = k;
  }

  /** A capitalised adjective of origin before "people", "men", …: "Finnish people", "Congolese kids". */
  function groupAdjective(k: number): boolean {
    return k >= 0 && tokens[k]!.capitalised && !is(k, B.NEG_ADJ) && DEMONYM_ADJECTIVE.test(key[k]!);
  }

  const push = (kind: EnglishKind, t: Target, first: number, last: number, core = { first, last }): void => {
    hits.push({ kind, first: Math.min(first, t.token), last: Math.max(last, t.token), target: t, core });
  };

  for (let k = 0; k < n; k++) {
    if (!english[k]) continue;
    const c = cls[k]!;
    const t = target[k];

    // phrases: abuse in the imperative, threats without a harm verb, denials
    const abuse = phraseAt(ABUSE, key, k, n);
    if (abuse >= 0) push('insult', { token: k, kind: 'second' }, k, abuse);
    const threat = phraseAt(THREAT, key, k, n);
    if (threat >= 0) push('threat', { token: k, kind: 'second' }, k, threat);
    // "I hate / can't stand / am sick of X": a first person's hatred of a person or group
    if (c & B.FIRST || /^(we|i)$/.test(key[k]!)) {
      let h = k + 1;
      while (h < n && same(k, h) && h - k <= 2 && /^(really|just|honestly|so|all|truly|do)$/.test(key[h]!)) h++;
      const end = h < n && same(k, h) ? phraseAt(HATE, key, h, n) : -1;
      if (end >= 0) {
        const obj = objectAfter(end + 1);
        if (obj && obj.kind !== 'second') push('hate', obj, k, obj.token, { first: h, last: end });
      }
    }
    const denial = phraseAt(DENIAL, key, k, n);
    if (denial >= 0) for (let j = denial + 1; j < n && sameSentence(k, j); j++) reported[j] = 1;

    // slurs: always, the ambiguous ones in an insulting frame
    if (c & B.SLUR) {
      const framed = is(k - 1, B.SECOND | B.NEG_ADJ) || key[k - 1] === 'fucking' || (key[k - 1] === 'a' && is(k - 2, B.COP));
      if (!(c & B.SLUR_AMB) || framed) push('slur', nearestTarget(target, k, sameSentence) ?? { token: k, kind: 'group' }, k, k);
    }

    // the judged report: what follows a report verb the text judges is not its claim
    if (c & B.REPORT && judgedReportAt(k)) for (let j = k + 1; j < n && sameSentence(k, j); j++) reported[j] = 1;

    // a first person with an intent and a harm verb with a victim
    if (c & B.FIRST) readIntent(k);
    // a modal with a harm verb and its object, whoever the agent ("someone should shoot him", "we must deport them")
    if (c & B.MODAL) readModalActive(k);
    // the imperative at a sentence's start: "kill all …", "deport them"
    if ((k === 0 || !sameSentence(k, k - 1)) && harmOf(key[k]!)?.form === 'base' && TRANSITIVE.has(harmOf(key[k]!)!.base)) {
      const obj = objectAfter(k + 1);
      if (obj && obj.kind !== 'second' && !WEAK_HARM.has(harmOf(key[k]!)!.base)) push('violence', obj, k, obj.token, { first: k, last: k });
    }

    if (!t) continue;
    // "you idiot", "you stupid cow", "you filthy …"
    if (t.kind === 'second') {
      let j = k + 1;
      while (j < n && same(k, j) && j - k <= 3 && is(j, B.NEG_ADJ | B.SKIP) && !is(j, B.NEG_NOUN | B.ANIMAL)) j++;
      if (j < n && same(k, j) && is(j, B.NEG_NOUN | B.ANIMAL | B.DEHUMAN) && !(key[j + 1] && is(j + 1, B.GROUP_HEAD))) push('insult', t, k, j, { first: j, last: j });
    }
    // attributive: "those filthy Somalians", "lazy Poles"
    if (t.kind === 'group' && is(k - 1, B.NEG_ADJ) && same(k, k - 1) && !GROUP_EVERYDAY.has(key[k]!) && !negatedNear(k - 1)) push('derogation', t, k - 1, k, { first: k - 1, last: k });
    if (t.kind === 'group' && is(k - 2, B.NEG_ADJ) && is(k - 1, B.GROUP_MOD) && same(k, k - 2) && !negatedNear(k - 2)) push('derogation', t, k - 2, k, { first: k - 2, last: k });

    // what a copula or a modal says of the target
    let j = k + 1;
    while (j < n && same(k, j) && j - k <= 2 && (key[j] === 'all' || key[j] === 'really' || key[j] === 'just' || key[j] === 'always' || key[j] === 'honestly')) j++;
    // a short relative clause before the copula: "every Albanian I know is …", "Poles who live here are …"
    if (t.kind === 'group' && !is(j, B.COP | B.MODAL)) {
      let r = j;
      while (r < n && same(k, r) && r - j < 4 && RELATIVE_FILLER.has(key[r]!)) r++;
      if (r > j && is(r, B.COP | B.MODAL) && !(cls[r]! & B.SECOND)) j = r;
    }
    const merged = c & B.COP; // "you're", "they're", "he's": the copula is in the word
    if (merged) readPredicate(t, k, k + 1);
    else if (is(j, B.COP)) readPredicate(t, j, j + 1);
    else if (is(j, B.MODAL)) readModalPassive(t, j);
    else if (t.kind === 'group') readGroupVerb(t, j);
    // inverted: "the worst people on earth are Romanians", "the dirtiest ones are …"
    if (t.kind === 'group' && is(k - 1, B.COP) && !is(k - 1, B.NEG)) {
      for (let i = k - 2; i >= 0 && same(k, i) && k - i <= 8; i--) {
        if (is(i, B.NEG)) break;
        if (is(i, B.NEG_ADJ | B.NEG_NOUN | B.DEHUMAN) && !is(i, B.SECOND)) {
          push(is(i, B.DEHUMAN) ? 'dehumanisation' : 'derogation', t, i, k, { first: i, last: i });
          break;
        }
      }
    }
  }

  return { hits, english, reported, negated, repaired };

  /** Is a negator right before k (within two words) in its clause? */
  function negatedNear(k: number): boolean {
    for (let j = k - 1; j >= k - 2 && j >= 0 && same(k, j); j--) if (is(j, B.NEG)) return true;
    return false;
  }

  function judgedReportAt(r: number): boolean {
    // "stop saying", "don't say", "it is racist to say", "nobody should say"
    for (let j = r - 1; j >= r - 3 && sameSentence(r, j); j--) if (is(j, B.JUDGE_BEFORE | B.JUDGE) && !tokens[j]!.quoted) return true;
    const [f, l] = a.sentenceTokens(tokens[r]!.sentence);
    // a judging word elsewhere in the sentence (or the next), outside the predicate of the report:
    // "saying … is racist", "people who say … are wrong", "… and we reported it", "…, that is not ok"
    const judgeIn = (from: number, to: number): boolean => {
      for (let j = from; j <= to; j++) {
        if (j === r || tokens[j]!.quoted) continue;
        if (is(j, B.JUDGE) && !predicateWord(j)) return true;
        if (is(j, B.NEG) && NOT_JUDGE.has(key[j + 1] ?? '')) return true;
      }
      return false;
    };
    if (judgeIn(f, l)) return true;
    const s = tokens[r]!.sentence;
    if (s + 1 < a.sentenceCount) {
      const [nf, nl] = a.sentenceTokens(s + 1);
      if (/^(that|this|thats|its|it)$/.test(key[nf]!) && judgeIn(nf, nl)) return true;
    }
    return false;
  }

  /** A judging word that is itself said of a target right before it ("… gays are disgusting"). */
  function predicateWord(j: number): boolean {
    // the nearest copula before it governs it: "… are terrorists is racist" judges the report
    for (let i = j - 1; i >= j - 3 && i >= 0 && same(j, i); i--) if (is(i, B.COP)) return i > 0 && target[i - 1] !== undefined && target[i - 1]!.kind !== 'second';
    return false;
  }

  /**
   * A group as subject of a verb: an accusation in the present tense ("Immigrants steal our jobs",
   * "X breed like rabbits") or a negated verb of worth ("X don't deserve to live", "X don't belong
   * in our school", "X lives don't matter").
   */
  function readGroupVerb(t: Target, v: number): void {
    let neg = -1;
    let j = v;
    for (; j < n && same(t.token, j) && j - v <= 3; j++) {
      if (is(j, B.NEG)) neg = j;
      else if (!(key[j] === 'do' || key[j] === 'does' || key[j] === 'all' || key[j] === 'just' || key[j] === 'lives' || key[j] === 'really' || key[j] === 'always' || key[j] === 'even' || key[j] === 'simply')) break;
    }
    if (j >= n || !same(t.token, j)) return;
    const w = key[j]!;
    if (neg >= 0) {
      if (WORTH_VERB.has(w) && (j + 1 >= n || !same(j, j + 1) || WORTH_OBJECT.has(key[j + 1]!)) && key[j + 2] !== 'be') push(w.startsWith('belong') ? 'derogation' : 'dehumanisation', t, t.token, j, { first: neg, last: j });
      return;
    }
    // present tense (base or -s); "take"/"bring" only with "our"
    const base = w.endsWith('s') && ACCUSATION_VERB.has(w.slice(0, -1)) ? w.slice(0, -1) : w;
    if (!ACCUSATION_VERB.has(base)) return;
    if ((base === 'take' || base === 'bring') && !/^(our|us)$/.test(key[j + 1] ?? '')) return;
    if ((base === 'kill' || base === 'destroy' || base === 'spread' || base === 'ruin') && !/^(our|all|everything|us|the|this|people|children|kids)$/.test(key[j + 1] ?? '')) return;
    push('derogation', t, t.token, j, { first: j, last: j });
  }

  /** After a copula: a judging word, negated or not, within a few words. */
  function readPredicate(t: Target, cop: number, from: number): void {
    // "aren't", "isn't": the negation is in the copula
    let neg = is(cop, B.NEG) ? cop : -1;
    for (let j = from; j < n && same(t.token, j) && j - from <= 6; j++) {
      const c = cls[j]!;
      if (c & B.NEG) {
        // "nothing but", "no better than", "not more than": intensifying
        if (!is(j + 1, B.NEG_INT)) neg = j;
        continue;
      }
      if (key[j] === 'nothing' && is(j + 1, B.NEG_INT)) {
        j++;
        continue;
      }
      const person = t.kind !== 'group';
      const negatedHere = neg >= 0;
      // "you're dead (after school)", "Mees is dead tomorrow": a threat, not "dead tired"
      if (c & B.DEAD && (t.kind === 'second' || t.kind === 'name') && j === from + (neg >= 0 && neg > cop ? 1 : 0)) {
        const next = key[j + 1] ?? '';
        const when = /^(after|tomorrow|tonight|later|when|if|once|monday|tuesday|wednesday|thursday|friday|meat|bro|mate)$/.test(next);
        if (!negatedHere && !is(j + 1, B.DEAD_NOT) && (t.kind === 'second' || when)) push('threat', t, t.token, j, { first: j, last: j });
        return;
      }
      if (c & B.DEHUMAN && !(c & B.SKIP)) {
        if (negatedHere) negated[j] = 1;
        else push(person && c & B.ANIMAL ? 'insult' : 'dehumanisation', t, t.token, j, { first: j, last: j });
        return;
      }
      if (c & (B.NEG_NOUN | B.SLUR | B.ANIMAL)) {
        if (negatedHere) negated[j] = 1;
        else if (!(c & B.ANIMAL) || person || key[j]!.endsWith('s')) push(person ? 'insult' : c & B.ANIMAL ? 'dehumanisation' : 'derogation', t, t.token, j, { first: j, last: j });
        return;
      }
      if (c & B.NEG_ADJ) {
        if (negatedHere) {
          negated[j] = 1;
          return;
        }
        // of a person a state ("Bram is sick"), of children or teachers a mood ("kids are so loud today")
        if ((person || GROUP_EVERYDAY.has(key[t.token]!)) && GROUP_ONLY.has(key[j]!)) return;
        // "a dangerous game": the adjective of a thing
        if (is(j + 1, B.THING) && !is(j + 1, B.GROUP | B.GROUP_HEAD | B.NEG_NOUN)) return;
        push(person ? 'insult' : 'derogation', t, t.token, j, { first: j, last: j });
        return;
      }
      // "are worth less than …", "are worth nothing"
      if (key[j] === 'worth' && /^(less|nothing|nothin|shit|zero)$/.test(key[j + 1] ?? '') && !negatedHere) {
        push('dehumanisation', t, t.token, j + 1, { first: j, last: j + 1 });
        return;
      }
      // "are only good for cooking": a worth restricted to a use
      if (c & B.POS_ADJ && key[j - 1] === 'only' && key[j + 1] === 'for' && !negatedHere) {
        push('derogation', t, t.token, j + 1, { first: j - 1, last: j + 1 });
        return;
      }
      // "the real parasites", "true vermin": a positive adjective before a noun that judges intensifies it
      if (c & B.POS_ADJ && is(j + 1, B.NEG_NOUN | B.DEHUMAN | B.ANIMAL | B.SLUR) && same(j, j + 1)) continue;
      if (c & B.POS_ADJ || key[j] === 'humans' || (key[j] === 'people' && !is(j - 1, B.NEG_ADJ))) {
        // "are not human", "aren't welcome here", "are no real people": worth denied
        if (negatedHere && t.kind === 'group') push('dehumanisation', t, t.token, j, { first: neg, last: j });
        return;
      }
      if (c & (B.SKIP | B.GROUP_HEAD | B.GROUP_MOD) || /^(a|an|such|the|so|of)$/.test(key[j]!)) continue;
      return;
    }
  }

  /** "X should be deported", "X need to be locked up", "X must all die", "X deserve to be shot". */
  function readModalPassive(t: Target, m: number): void {
    let j = m + 1;
    let neg = false;
    let passive = false;
    // (the Dutch clause marks open a clause at "die": "should die" stays one clause)
    const inClause = (j: number): boolean => same(m, j) || (j < n && is(j, B.DIE) && sameSentence(m, j) && tokens[j - 1]!.clause === tokens[m]!.clause);
    for (; j < n && inClause(j) && j - m <= 6; j++) {
      if (is(j, B.NEG)) neg = true;
      else if (is(j, B.PASSIVE)) passive = passive || key[j] === 'be' || key[j] === 'get' || key[j] === 'gets' || key[j] === 'getting';
      else if (!(is(j, B.SKIP) || key[j] === 'to' || key[j] === 'all' || key[j] === 'just')) break;
    }
    if (neg || j >= n || !inClause(j)) return;
    const h = harmOf(key[j]!);
    if (!h) return;
    const die = is(j, B.DIE);
    const weak = WEAK_HARM.has(h.base);
    const particle = PARTICLE.get(h.base);
    const hasParticle = particle !== undefined && (particle.has(key[j + 1] ?? '') || particle.has(key[j + 2] ?? ''));
    if (passive && h.form === 'ed') {
      if (weak && !hasParticle && t.kind !== 'group') return;
      if (weak && particle && !hasParticle) return;
      push('violence', t, t.token, j, { first: m, last: j });
    } else if (!passive && die && h.form === 'base') {
      // "should die", "must burn"; "should go back" / "need to leave" only of a group
      if ((h.base === 'go' || h.base === 'leave') && (t.kind !== 'group' || (h.base === 'go' && !/^(back|home|away)$/.test(key[j + 1] ?? '')))) return;
      push(h.base === 'go' || h.base === 'leave' ? 'hate' : 'violence', t, t.token, j, { first: m, last: j });
    }
  }

  /** "someone should shoot him", "we need to deport them all". */
  function readModalActive(m: number): void {
    let j = m + 1;
    for (; j < n && same(m, j) && j - m <= 4; j++) {
      if (is(j, B.NEG)) return;
      if (!(key[j] === 'to' || key[j] === 'just' || key[j] === 'all' || key[j] === 'really' || key[j] === 'go')) break;
    }
    const h = j < n && same(m, j) ? harmOf(key[j]!) : undefined;
    if (!h || h.form !== 'base' || is(j, B.PASSIVE) || !TRANSITIVE.has(h.base)) return;
    let obj = objectAfter(j + 1);
    // the victims further on: "burn down the mosque with the Turks inside", "bomb their homes and the Kurds"
    if (!obj && !WEAK_HARM.has(h.base)) {
      for (let v = j + 1; v < n && same(j, v) && v - j <= 8 && !obj; v++) {
        const t = target[v];
        if (t && t.kind === 'group' && !GROUP_EVERYDAY.has(key[v]!) && /^(with|and|including|plus)$/.test(key[v - 1] === 'the' || key[v - 1] === 'all' ? key[v - 2] ?? '' : key[v - 1] ?? '')) obj = t;
      }
    }
    if (!obj || (obj.kind === 'second' && !firstBefore(m))) return;
    if (WEAK_HARM.has(h.base) && obj.kind !== 'group' && !PARTICLE.get(h.base)?.has(key[obj.token + 1] ?? '') && !PARTICLE.get(h.base)?.has(key[j + 1] ?? '')) return;
    push('violence', obj, m, j, { first: m, last: j });
  }

  function firstBefore(k: number): boolean {
    for (let j = k - 1; j >= 0 && sameSentence(k, j) && k - j <= 4; j--) if (is(j, B.FIRST)) return true;
    return false;
  }

  /** "I will kill you", "I'm gonna beat Bram up", "I'll break your legs", "we will find them". */
  function readIntent(k: number): void {
    let intent = false;
    let j = k + 1;
    // "I'll", "I'm", "imma": the intent may be in the pronoun itself
    if (/^(ill|imma|ima)$/.test(key[k]!)) intent = true;
    for (; j < n && same(k, j) && j - k <= 5; j++) {
      if (is(j, B.NEG)) return;
      if (is(j, B.FUTURE)) intent = true;
      else if (!(is(j, B.SKIP | B.COP) || key[j] === 'to' || key[j] === 'just' || key[j] === 'swear')) break;
    }
    if (j >= n || !same(k, j)) return;
    const h = harmOf(key[j]!);
    if (!h || (h.form === 'ed' && key[j] !== 'hit' && key[j] !== 'cut') || (!intent && h.form !== 'base' && h.form !== 'ing')) return;
    // an intransitive fate ("die", "leave") has no victim: "I'm going to leave you a note"
    if (!TRANSITIVE.has(h.base)) return;
    // "I'll break your legs", "I'll smash Bram's face": a body part of the victim
    let v = j + 1;
    while (v < n && same(k, v) && v - j <= 2 && /^(the|all|those|these|every|each|of|up)$/.test(key[v]!)) v++;
    const possessive = key[v];
    if (possessive && /^(your|ur|yours|his|her|their)$/.test(possessive) && is(v + 1, B.BODY)) {
      push('threat', { token: v, kind: possessive === 'your' || possessive === 'ur' ? 'second' : 'third' }, k, v + 1, { first: j, last: v + 1 });
      return;
    }
    const obj = objectAfter(j + 1);
    if (!obj) return;
    if (!intent && obj.kind === 'group') return;
    // "I will beat you at chess", "destroy you in Fortnite": a competition
    const after = key[obj.token + 1];
    if ((after === 'at' || after === 'in' || after === 'on') && GAME.has(key[obj.token + 2] ?? '')) return;
    push('threat', obj, k, obj.token, { first: j, last: j });
  }

  /** The victim right after a harm verb: a person or group, not a thing, "me" or "for …". */
  function objectAfter(from: number): Target | undefined {
    // a particle of the verb may stand before its object ("lock up all the Roma")
    const particle = PARTICLE.get(harmOf(key[from - 1] ?? '')?.base ?? '');
    // an intensifying object before the victim: "beat the shit / the hell / the living daylights out of you"
    if (key[from] === 'the') {
      for (let o = from + 2; o <= from + 3 && o + 1 < n && same(from - 1, o); o++) {
        if (key[o] === 'out' && key[o + 1] === 'of') {
          const t = target[o + 2];
          return t && same(from - 1, o + 2) ? t : undefined;
        }
      }
    }
    for (let v = from; v < n && sameSentence(from - 1, v) && v - from <= 3; v++) {
      if (v === from && particle?.has(key[v]!)) continue;
      if (target[v]) {
        const t = target[v]!;
        // "kill you" but not "you" of another clause
        return same(from - 1, v) ? t : undefined;
      }
      if (/^(the|all|those|these|every|each|of|them|that|this)$/.test(key[v]!)) {
        if (key[v] === 'them' && target[v]) return target[v];
        continue;
      }
      return undefined;
    }
    return undefined;
  }
}

function harmOf(k: string): HarmForm | undefined {
  return HARM.get(k) ?? SQUEEZED_HARM.get(k);
}

function demonymLike(k: string): boolean {
  if (k.length < 6 || COMMON_PLURAL.has(k)) return false;
  return DEMONYM_SUFFIX.some((s) => k.endsWith(s));
}

function nearestTarget(target: readonly (Target | undefined)[], k: number, sameSentence: (k: number, j: number) => boolean): Target | undefined {
  for (let d = 1; d <= 4; d++) {
    if (sameSentence(k, k - d) && target[k - d]) return target[k - d];
    if (sameSentence(k, k + d) && target[k + d]) return target[k + d];
  }
  return undefined;
}

/** The last token of a phrase that starts at k, or −1. */
function phraseAt(index: Map<string, Phrase[]>, key: readonly string[], k: number, n: number): number {
  const ps = index.get(key[k]!);
  if (!ps) return -1;
  let best = -1;
  for (const p of ps) {
    if (k + p.keys.length > n) continue;
    let ok = true;
    for (let i = 1; i < p.keys.length && ok; i++) ok = key[k + i] === p.keys[i];
    if (ok) best = Math.max(best, k + p.keys.length - 1);
  }
  return best;
}
