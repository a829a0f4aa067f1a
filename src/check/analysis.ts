/**
 * The shared reading of one draft: normalised tokens, the categories of the word
 * lists each token belongs to, the roster people and school names it mentions.
 * Built once per text in one linear pass; every detector reads from it.
 */
import { lexicon, categoryId, CATEGORIES, type Category, type LexPayload } from './lexicon/index.js';
import { isDutchWord, isExactDutchWord } from './lexicon/dictionary.js';
import { normalise, joinTokens, type Normalised, type Token } from './text/normalize.js';
import { Automaton, type Pattern } from './text/automaton.js';
import { normalisePhrase, squeeze, wordSet } from './text/normalize.js';
import readingData from './lexicon/reading.json' with { type: 'json' };
import type { Person } from './types.js';
import { classTargets, plainWord, wordInfo, type WordInfo } from './reading/words.js';
import decencyData from './lexicon/decency.json' with { type: 'json' };
import spellingData from './lexicon/spelling.json' with { type: 'json' };

export interface PhraseMatch {
  cat: number;
  term: string;
  /** First and last token index (inclusive). */
  first: number;
  last: number;
}

export interface NameMatch {
  person: Person;
  persons: readonly Person[];
  kind: 'full' | 'first' | 'last';
  first: number;
  last: number;
}

export interface SchoolNameMatch {
  kind: 'name' | 'short';
  first: number;
  last: number;
}

export interface TextAnalysis {
  readonly source: string;
  readonly norm: Normalised;
  readonly tokens: readonly Token[];
  readonly phrases: readonly PhraseMatch[];
  readonly names: readonly NameMatch[];
  readonly schoolNames: readonly SchoolNameMatch[];
  /** Whether the text has any upper-case letter (children often write without). */
  readonly hasUpper: boolean;
  has(token: number, cat: Category | number): boolean;
  /** Does the sentence end with a question mark? */
  isQuestion(sentence: number): boolean;
  /** Phrase matches of a category, optionally within one sentence. */
  matches(cat: Category, sentence?: number): PhraseMatch[];
  sentenceCount: number;
  /** [first, last] token index of a sentence. */
  sentenceTokens(sentence: number): [number, number];
  span(first: number, last: number): [number, number];
  /** The word classes of every token (reading/words.ts `wordInfo`), read once by the analysis. */
  readonly wordInfos: readonly WordInfo[];
  /** Slots for the readings computed once per analysis (reading/memo.ts); not for other use. */
  readonly memo: unknown[];
}

// ---- rosters ---------------------------------------------------------------

interface RosterKey {
  payloads: NamePayload[] | undefined;
  prefix: boolean;
}

interface NamePayload {
  /** Everyone with this name (first names are often shared). */
  persons: Person[];
  kind: 'full' | 'first' | 'last';
}

/** A RosterIndex as data (RosterIndex.snapshot): its words, and its keys in order with their payloads (people by index). */
export interface RosterSnapshot {
  words: string[];
  keys: [key: string, prefix: boolean, payloads: [kind: NamePayload['kind'], people: number[]][] | null][];
}

/**
 * A roster's names, compiled once per roster: every pattern is a whole-word sequence of
 * tokens, so matching is a lookup of token sequences in a map (cheap to build: a school's
 * roster is compiled at every start of a one-request check). It finds exactly what an
 * Aho–Corasick automaton over the padded text with word boundaries finds (automaton.ts: its
 * alphabet is a–z, 0–9 and space, every other character is one class, mirrored here by
 * `classKey`), in the same order: by end, the longer match first, then pattern order.
 */
export class RosterIndex {
  /**
   * Pattern keys (tokens joined by spaces) and their proper prefixes (in whole tokens) → the
   * key's payloads in pattern order (none for a prefix only) and whether it is a prefix: one
   * lookup per token read.
   */
  private readonly byKey = new Map<string, RosterKey>();
  /** Every word of every roster name: names are never "corrected" into list words. */
  readonly words = new Set<string>();
  /**
   * The shapes of the keys (`shapeOf`: length and first two characters, as the automaton's
   * alphabet sees them): a token of another shape starts no key, and is passed
   * without a lookup in `byKey` (most words of a draft are no name).
   */
  private readonly shapes = new Uint8Array(SHAPES);
  /** The shapes of `words` (as `shapes` of the keys): `isWord` looks a word of another shape up nowhere. */
  private readonly wordShapes = new Uint8Array(SHAPES);

  constructor(people: readonly Person[], snapshot?: RosterSnapshot) {
    if (snapshot) {
      for (const w of snapshot.words) this.words.add(w);
      for (const [key, prefix, payloads] of snapshot.keys) {
        this.byKey.set(key, { payloads: payloads?.map(([kind, ids]) => ({ kind, persons: ids.map((i) => people[i]!) })), prefix });
      }
      this.indexShapes();
      return;
    }
    const byName = new Map<string, NamePayload>();
    const add = (text: string, kind: NamePayload['kind'], person: Person): void => {
      const key = `${kind}:${text}`;
      const p = byName.get(key);
      if (p) p.persons.push(person);
      else byName.set(key, { persons: [person], kind });
    };
    for (const person of people) {
      const full = normalisePhrase(person.name);
      for (const w of full.split(' ')) if (w) this.words.add(w);
      if (!full) continue;
      add(full, 'full', person);
      // the genitive: "Fleurs moeder", "Fleur's moeder" (a name ending in s takes only an apostrophe)
      if (!/[sxz]$/.test(full)) add(normalisePhrase(`${full}s`), 'full', person);
      const parts = full.split(' ');
      if (parts.length > 1) {
        if (parts[0]!.length >= 2) add(parts[0]!, 'first', person);
        if (parts[0]!.length >= 2 && !/[sxz]$/.test(parts[0]!)) add(normalisePhrase(`${parts[0]}s`), 'first', person);
        const last = parts[parts.length - 1]!;
        if (last.length >= 3) add(last, 'last', person);
      }
    }
    for (const [name, payload] of byName) {
      const text = name.slice(name.indexOf(':') + 1);
      if (text.length === 0) continue;
      const key = classKey(text);
      const entry = this.entry(key);
      (entry.payloads ??= []).push(payload);
      for (let i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) this.entry(key.slice(0, i)).prefix = true;
    }
    this.indexShapes();
  }

  private indexShapes(): void {
    // (the first lookup of a scan is of one token's whole key: the shape of every key, as a whole, is marked)
    for (const key of this.byKey.keys()) this.shapes[shapeOf(key, key.length)] = 1;
    for (const w of this.words) this.wordShapes[shapeOf(w, w.length)] = 1;
  }

  /** `words.has(w)`, with most words that are no name's told apart by their shape alone. */
  isWord(w: string): boolean {
    return this.wordShapes[shapeOf(w, w.length)] !== 0 && this.words.has(w);
  }

  /** What `new RosterIndex(people, snapshot)` restores this index from (people as indexes into `people`). */
  snapshot(people: readonly Person[]): RosterSnapshot {
    const index = new Map<Person, number>();
    people.forEach((p, i) => index.set(p, i));
    const keys: RosterSnapshot['keys'] = [];
    for (const [key, e] of this.byKey) keys.push([key, e.prefix, e.payloads ? e.payloads.map((p) => [p.kind, p.persons.map((x) => index.get(x)!)]) : null]);
    return { words: [...this.words], keys };
  }

  private entry(key: string): RosterKey {
    let e = this.byKey.get(key);
    if (!e) this.byKey.set(key, (e = { payloads: undefined, prefix: false }));
    return e;
  }

  /** The names in a reading's tokens, as the automaton would report them. */
  scan(tokens: readonly Token[], out: NameMatch[]): void {
    const from = out.length;
    const n = tokens.length;
    for (let i = 0; i < n; i++) {
      const norm = tokens[i]!.norm;
      if (this.shapes[shapeOf(norm, norm.length)] === 0) continue;
      let key = classKey(norm);
      for (let j = i; ; ) {
        const entry = this.byKey.get(key);
        if (entry === undefined) break;
        const hit = entry.payloads;
        if (hit !== undefined) {
          // a name shared by several people: the first stands for them (no guessing who is meant)
          for (const payload of hit) out.push({ person: payload.persons[0]!, persons: payload.persons, kind: payload.kind, first: i, last: j });
        }
        if (++j >= n || !entry.prefix) break;
        key = `${key} ${classKey(tokens[j]!.norm)}`;
      }
    }
    // the automaton's order: by last token, the longer (earlier) match first; stable otherwise
    if (out.length - from > 1) {
      const found = out.splice(from).sort((x, y) => x.last - y.last || x.first - y.first);
      for (const m of found) out.push(m);
    }
  }
}

/** The automaton's class of a character (automaton.ts): a–z 0–25, 0–9 26–35, space 36, anything else 37; 38 past the end. */
function charClass(s: string, i: number, length: number): number {
  if (i >= length) return 38;
  const c = s.charCodeAt(i);
  return c >= 97 && c <= 122 ? c - 97 : c >= 48 && c <= 57 ? c - 22 : c === 32 ? 36 : 37;
}
/** Word lengths the shape tells apart (longer words share the last). */
const SHAPE_LENGTHS = 32;
const SHAPES = 39 * 39 * SHAPE_LENGTHS;
/** The shape of the word s[0, length): its length (capped) and the classes of its first two characters. */
function shapeOf(s: string, length: number): number {
  return (Math.min(length, SHAPE_LENGTHS - 1) * 39 + charClass(s, 0, length)) * 39 + charClass(s, 1, length);
}

/** A word as the automaton's alphabet sees it: a–z, 0–9 and space as they are, every other character one class. */
function classKey(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 32)) return s.replace(/[^a-z0-9 ]/g, '\u0000');
  }
  return s;
}

const rosterCache = new WeakMap<readonly Person[], RosterIndex>();

/** A roster's compiled names (cached per roster). */
/**
 * Use the index restored from `snapshot` for `people` (this very array) from now on: the
 * snapshot must be of `new RosterIndex(people).snapshot(people)` by this code (the caller keys it).
 */
export function seedRosterIndex(people: readonly Person[], snapshot: RosterSnapshot): void {
  rosterCache.set(people, new RosterIndex(people, snapshot));
}

export function rosterIndex(people: readonly Person[]): RosterIndex {
  let r = rosterCache.get(people);
  if (!r) {
    r = new RosterIndex(people);
    rosterCache.set(people, r);
  }
  return r;
}

// ---- school names ----------------------------------------------------------

export interface SchoolNames {
  name: string;
  shortName: string;
  aliases: readonly string[];
  hashtags: readonly string[];
}

const schoolCache = new WeakMap<SchoolNames, Automaton<'name' | 'short'>>();

export function schoolAutomaton(school: SchoolNames): Automaton<'name' | 'short'> {
  let a = schoolCache.get(school);
  if (!a) {
    const patterns: Pattern<'name' | 'short'>[] = [];
    const full = [school.name, ...school.aliases].map(normalisePhrase).filter(Boolean);
    for (const f of full) {
      patterns.push({ text: f, boundary: 'word', payload: 'name' });
      patterns.push({ text: f.replace(/ /g, ''), boundary: 'word', payload: 'name' });
      // "nbs Sterren", "basisschool Sterren": the article dropped inside a name of three words or more
      const bare = f.replace(/ (de|het|t) /, ' ');
      if (bare !== f && f.split(' ').length >= 3) patterns.push({ text: bare, boundary: 'word', payload: 'name' });
    }
    // hashtags and handles also with something glued on: "#deSterren2026", "@desterren_nbs"
    for (const h of school.hashtags) {
      const tag = normalisePhrase(h);
      patterns.push({ text: tag, boundary: tag.length >= 7 ? 'prefix' : 'word', payload: 'name' });
    }
    const short = normalisePhrase(school.shortName);
    if (short) {
      patterns.push({ text: short, boundary: 'word', payload: 'short' });
      patterns.push({ text: short.replace(/ /g, ''), boundary: 'word', payload: 'name' });
    }
    a = new Automaton(patterns);
    schoolCache.set(school, a);
  }
  return a;
}

// ---- analysis --------------------------------------------------------------

type Repair = string | string[] | null;
/**
 * Spelling repairs per word, cached (bounded): most words recur across drafts. Two maps, for
 * words written with and without a capital, so a lookup needs no key string of its own.
 */
const repairCache = new Map<string, Repair>();
const repairCacheCapitalised = new Map<string, Repair>();
function repair(word: string, capitalised: boolean, raw?: string): Repair {
  const lex = lexicon();
  let r: Repair = lex.fuzzy.correct(word, capitalised) ?? null;
  // a plural with its final n dropped, as it is spoken ("de turke", "vluchtelinge"): the -en form's typo
  if (r === null && word.length >= 5 && word.endsWith('e') && (raw === undefined || !isExactDutchWord(plainLower(raw)))) {
    const en = lex.content.has(`${word}n`) ? `${word}n` : lex.fuzzy.correct(`${word}n`, capitalised);
    if (en !== undefined && lex.content.has(en)) r = en;
  }
  if (r === null && word.length >= 5) {
    const dutch = isDutchWord(word);
    // a word the word classes know whole ("zielepoten", a judging noun) is no glued phrase
    const whole = !dutch && wordInfo(word, word);
    const parts = dutch || (whole && whole.judgeNoun) ? undefined : (splitGlued(word, lex.known, lex.content, undefined, false, true) ?? phraseSplit(word));
    if (parts) r = parts;
    // a slur glued before a noun ("negerkinderen"): the slur stays a slur, also in a dictionary compound
    else if (r === null) r = slurModifier(word) ?? null;
  }
  if (r === null) r = curseAbbreviation(word, raw) ?? null;
  if (r === null && !capitalised) r = droppedSchwa(word) ?? groupPlural(word) ?? null;
  const cache = capitalised ? repairCacheCapitalised : repairCache;
  if (cache.size >= 100_000) cache.clear();
  cache.set(word, r);
  return r;
}

const VOWELS = /[aeiouy]/;
/**
 * A schwa dropped as it is typed: "moetn", "wordn", "geslagn" (an "e" before a final "n"), a word
 * of consonants only ("bnt", "wrd": one "e" among them). The reading with the "e" wins when it is
 * a word of the lists or the dictionary and the word as written is none. Not for a capitalised
 * word (a name).
 */
function droppedSchwa(word: string): string | undefined {
  const isWord = (x: string): boolean => lexicon().known.has(x) || isExactDutchWord(x);
  if (word.length >= 4 && word.endsWith('n') && !VOWELS.test(word[word.length - 2]!) && VOWELS.test(word) && !isDutchWord(word)) {
    const e = `${word.slice(0, -1)}en`;
    if (isWord(e)) return e;
  }
  if (word.length >= 3 && word.length <= 5 && !VOWELS.test(word)) {
    for (let i = 1; i < word.length; i++) {
      const e = `${word.slice(0, i)}e${word.slice(i)}`;
      if (isWord(e)) return e;
    }
  }
  return undefined;
}

/** The group nouns of the lists written as one word (singular or plural as listed). */
let groupWords: ReadonlySet<string> | undefined;
/**
 * A plural in "-en" of a group noun the lists hold only in another form ("transen" of "trans"):
 * read as the listed noun. The written word must be no dictionary word.
 */
function groupPlural(word: string): string | undefined {
  if (word.length < 5 || !word.endsWith('en')) return undefined;
  groupWords ??= wordSet((decencyData.categories as Record<string, string[]>).groupNoun!.filter((w) => !w.includes(' ') && !w.includes('*')));
  const stem = word.slice(0, -2);
  return groupWords.has(stem) && !isExactDutchWord(word) ? stem : undefined;
}

/** A raw word's letters in lower case, accents and everything else dropped ("Zo'n" → "zon"). */
function plainLower(raw: string): string {
  return plainWord(raw);
}

/** Word classes whose phrases a glued word may spell across its parts ("ikmaakjeaf"). */
const PHRASE_CATS = new Set(['threatPhrase', 'violence', 'deathWish', 'hateVerb', 'dehumanVerb'].map((c) => categoryId(c)));
/**
 * Words glued into a phrase of the lists without a list word among them ("ikmaakjeaf",
 * "ikslajedood"): the cheapest split into known words (any part), accepted when a threat,
 * violence or hate phrase of the lists spans two of its parts. One scan of the few parts, once
 * per distinct word (the repair is cached).
 */
function phraseSplit(w: string): string[] | undefined {
  const lex = lexicon();
  const parts = splitGlued(w, lex.known, lex.content, undefined, true);
  if (!parts || parts.length < 3) return undefined;
  const joined = ` ${parts.join(' ')} `;
  const automaton = lex.automaton;
  const { cats } = payloadTables(automaton);
  const nHits = automaton.scanAll(joined);
  for (let h = 0; h < nHits; h++) {
    if (!PHRASE_CATS.has(cats[automaton.matchPattern(h)]!)) continue;
    const inner = joined.slice(automaton.matchStart(h), automaton.matchEnd(h));
    if (inner.includes(' ')) return parts;
  }
  return undefined;
}

/** Strong slurs of five letters or more that are never an innocent word (the ambiguous ones have a sense of their own). */
let slurPrefixes: string[] | undefined;
/** Heads that make a slur compound a name for people: person and group nouns of the lists. */
let personHeads: ReadonlySet<string> | undefined;
function personHeadSet(): ReadonlySet<string> {
  personHeads ??= new Set([...decencyData.categories.personNoun, ...decencyData.categories.groupNoun, ...readingData.thingTarget.personHead].filter((x) => !x.includes(' ')).map((x) => normalisePhrase(x)));
  return personHeads;
}
function slurPrefixList(): string[] {
  if (slurPrefixes === undefined) {
    const ambiguous = new Set(decencyData.categories.slurAmbiguous.map((x) => normalisePhrase(x)));
    const list = new Set<string>();
    for (const x of decencyData.categories.slurStrong) {
      const f = normalisePhrase(x);
      if (f.length >= 5 && !f.includes(' ') && !ambiguous.has(f)) list.add(f);
    }
    slurPrefixes = [...list].sort((x, y) => y.length - x.length);
  }
  return slurPrefixes;
}
/**
 * A strong slur glued as the first part of a compound onto a noun for people ("negerkinderen",
 * "negervriendjes"): the slur and the head as two words, so the slur is read as one. The head is a
 * person or group noun of the lists (plural or diminutive too); "flikkerende", "flikkerlicht" stay.
 */
function slurModifier(w: string): string[] | undefined {
  if (w.length < 9) return undefined;
  for (const slur of slurPrefixList()) {
    if (!w.startsWith(slur)) continue;
    const head = w.slice(slur.length);
    if (head.length < 4 || lexicon().known.has(w)) continue;
    // a person head, also as a diminutive or plural ("negerkinderen", "negervriendjes"); "flikkerlicht" is a light
    const heads = personHeadSet();
    if (heads.has(head) || heads.has(head.replace(/(jes|tjes|je|tje|s|en)$/, '')) || heads.has(head.replace(/(jes|je)$/, ''))) return [slur, head];
  }
  return undefined;
}

/**
 * A curse written as its abbreviation and glued onto a list word: "kk" (kanker) before a slur, an
 * insult or a group ("kkmongool", "kkturken"): read as the curse compound it abbreviates. The
 * abbreviations are data (`spelling.json`); the raw word must start with them as written.
 */
const CURSE_ABBREVIATIONS = Object.entries(spellingData.curseAbbreviations.entries as Record<string, string>).map(([abbr, curse]) => ({ abbr, curse, squeezed: squeeze(abbr) }));
function curseAbbreviation(w: string, raw: string | undefined): string[] | undefined {
  if (raw === undefined) return undefined;
  const lower = plainLower(raw);
  for (const { abbr, curse, squeezed } of CURSE_ABBREVIATIONS) {
    if (!lower.startsWith(abbr) || !w.startsWith(squeezed)) continue;
    const rest = w.slice(squeezed.length);
    if (rest.length >= 3 && lexicon().content.has(rest)) return [curse, rest];
  }
  return undefined;
}

/**
 * The letters of a glued word's parts as written ("alleturkenzijnbeesten" → "alle", "turken",
 * "zijn", "beesten"): a part's squeezed letters absorb the repeats of the raw word, so each part
 * is read by its own spelling (a doubled vowel tells "beesten" from "besten"). Falls back to the
 * part itself when the raw letters do not line up.
 */
function partSpellings(raw: string, parts: readonly string[]): string[] {
  const p = plainLower(raw);
  const out: string[] = [];
  let pos = 0;
  for (const part of parts) {
    // a letter shared with the part before ("eenneger" → "en" + "neger") starts one back
    let at = pos;
    if (at > 0 && p[at] !== part[0] && p[at - 1] === part[0]) at--;
    let q = at;
    let ok = true;
    for (let c = 0; c < part.length; c++) {
      if (p[q] !== part[c]) {
        ok = false;
        break;
      }
      q++;
      // repeats of this letter belong to it, unless the part spells the next letter the same
      while (q < p.length && p[q] === part[c] && part[c + 1] !== part[c]) q++;
    }
    if (!ok) return parts.slice();
    out.push(p.slice(at, q));
    pos = q;
  }
  return out;
}

/** The longest part the glue reading tries: the cost stays O(n · MAX_PART) per word. */
const MAX_PART = 24;
/**
 * Words glued together ("eenteef", "gewoonzielig", "ikhaatjoden", "moslimszijnvies",
 * "meesisdomenlelijk"): split an unknown word into known words (list words, short function
 * words on the lists, dictionary words of four letters or more, and with `names` the roster's
 * names), any number of them, one of them on a decency list; the cheapest reading wins. A
 * letter shared by two parts, which squeezing may have merged, may be read twice ("eenneger" →
 * "en" + "neger"). One forward pass of dynamic programming over the word's positions, each
 * trying parts of at most MAX_PART letters: linear in the word's length (capped at 60 letters),
 * once per distinct word.
 */
export function splitGlued(w: string, known: ReadonlySet<string>, content: ReadonlySet<string>, names?: ReadonlySet<string>, anyPart = false, short3 = false): string[] | undefined {
  const n = w.length;
  if (n > 60) return undefined;
  const named = (p: string): boolean => names !== undefined && p.length >= 3 && names.has(p);
  // with `short3`, a dictionary word of three letters is a part too, at a higher cost ("pad" in "iseenluievuilepad")
  const minDictionary = short3 ? 3 : 4;
  const isPart = (p: string): boolean => known.has(p) || named(p) || (p.length >= minDictionary && isDutchWord(p));
  // the cheapest reading: a list word or a name costs 1, another dictionary word 3 (so "dod an joden" beats "dod anjoden");
  // best[i]: the cheapest reading of w[0, i); ties keep the fewer parts
  const cost = new Array<number>(n + 1).fill(Infinity);
  const parts = new Array<number>(n + 1).fill(0);
  const from = new Array<number>(n + 1).fill(-1);
  const startAt = new Array<number>(n + 1).fill(-1);
  cost[0] = 0;
  for (let i = 0; i < n; i++) {
    if (cost[i] === Infinity) continue;
    // a part may start one letter back: the letter shared with the part before
    for (const start of i > 0 ? [i, i - 1] : [i]) {
      for (let j = start + 2; j <= Math.min(n, start + MAX_PART); j++) {
        const p = w.slice(start, j);
        if ((j - start < 3 && !known.has(p)) || !isPart(p)) continue;
        const c = cost[i]! + (known.has(p) || named(p) ? 1 : p.length === 3 ? 4 : 3);
        if (c < cost[j]! || (c === cost[j]! && parts[i]! + 1 < parts[j]!)) {
          cost[j] = c;
          parts[j] = parts[i]! + 1;
          from[j] = i;
          startAt[j] = start;
        }
      }
    }
  }
  if (cost[n] === Infinity) return undefined;
  const r: string[] = [];
  for (let j = n; j > 0; j = from[j]!) r.push(w.slice(startAt[j]!, j));
  r.reverse();
  if (r.length < 2 || (!anyPart && !r.some((p) => content.has(p)))) return undefined;
  // two parts keep the old, stricter test: both on the lists
  if (r.length === 2 && !(known.has(r[0]!) && known.has(r[1]!) && r[1]!.length >= 3)) return undefined;
  // a phrase of list words only ("ikmaakjeaf"): every part is a word of the lists
  if (anyPart && !r.every((p) => known.has(p))) return undefined;
  return r;
}

/**
 * Glued splits that may use the roster's names as parts, cached per word for one set of roster
 * words (a stream of drafts checks against the same roster; another roster starts afresh). Which
 * names a word holds is looked up by its substrings (at most the longest name's length each), so
 * the cost does not grow with the roster.
 */
let namedSplitNames: ReadonlySet<string> | undefined;
let namedSplitLongest = 0;
const namedSplitCache = new Map<string, string[] | null>();
function holdsName(w: string, names: ReadonlySet<string>): boolean {
  for (let i = 0; i + 3 <= w.length; i++) {
    for (let len = 3; len <= namedSplitLongest && i + len <= w.length; len++) if (names.has(w.slice(i, i + len))) return true;
  }
  return false;
}
function namedSplit(w: string, known: ReadonlySet<string>, content: ReadonlySet<string>, names: ReadonlySet<string>): string[] | undefined {
  if (names !== namedSplitNames) {
    namedSplitNames = names;
    namedSplitLongest = 0;
    for (const name of names) if (name.length > namedSplitLongest) namedSplitLongest = name.length;
    namedSplitCache.clear();
  }
  let r = namedSplitCache.get(w);
  if (r === undefined) {
    r = holdsName(w, names) && !isDutchWord(w) ? (splitGlued(w, known, content, names) ?? null) : null;
    if (namedSplitCache.size >= 20_000) namedSplitCache.clear();
    namedSplitCache.set(w, r);
  }
  return r ?? undefined;
}

const LEET_DIGIT: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't' };
const hiddenCache = new Map<string, string | null>();
/**
 * Obfuscation the normaliser cannot settle alone: a star for hidden letters ("m*slims",
 * "k*tmarokkaan") and digits for letters at a word's edge ("1diot", "jood3n", "4pen"). The
 * reading that yields a listed word, a dictionary word or glued listed words wins; vowels
 * are tried first. Cached per word.
 */
function unhide(w: string, isKnown: (x: string) => boolean, isListed: (x: string) => boolean): string | null {
  let r = hiddenCache.get(w);
  if (r !== undefined) return r;
  r = null;
  if (w.includes('*')) {
    const star = w.indexOf('*');
    const base = w.replace(/\*+/, '*');
    if (base.indexOf('*', star + 1) < 0 && /[a-z]/.test(base.replace('*', ''))) {
      // a star for a hidden letter or inserted between letters ("h*aat"): a reading that is a word of
      // the decency lists wins over one that is only a dictionary word ("h*aat" is "haat", not "heat")
      const fills = ['', 'o', 'e', 'a', 'u', 'i', 'oe', 'ou', 'ui', 'ij', 'ei', 'y', 'r', 'n', 'l', 's', 't', 'k', 'm', 'd', 'g', 'b', 'p', 'c', 'f', 'h', 'j', 'v', 'w', 'z', 'x', 'q'];
      for (const fill of fills) {
        const c = squeeze(base.replace('*', fill));
        if (c.length >= 3 && isListed(c)) {
          r = c;
          break;
        }
      }
      for (let i = 1; r === null && i < fills.length; i++) {
        const c = squeeze(base.replace('*', fills[i]!));
        if (isKnown(c)) r = c;
      }
    }
  } else if (/[0-9]/.test(w) && /[a-z].*[a-z]/.test(w)) {
    const c = squeeze(w.replace(/[0-9]/g, (d) => LEET_DIGIT[d] ?? d));
    if (!/[0-9]/.test(c) && isKnown(c)) r = c;
  } else if (w.length === 2 && /^([0-9][a-z]|[a-z][0-9])$/.test(w)) {
    // a short function word with a digit for a letter ("4f", "0p"): only a word of the lists
    const c = w.replace(/[0-9]/g, (d) => LEET_DIGIT[d] ?? d);
    if (!/[0-9]/.test(c) && lexicon().known.has(c)) r = c;
  }
  if (hiddenCache.size >= 10_000) hiddenCache.clear();
  hiddenCache.set(w, r);
  return r;
}

const LEET_AS_L: Record<string, string> = { '!': 'l', '|': 'l', '1': 'l', '0': 'o', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '€': 'e' };
const leetLCache = new Map<string, string | null>();
/**
 * "!", "|" and "1" stand for an "l" as often as for an "i" ("s!a", "k1ootzak"): when the i-reading
 * is no known word, the l-reading that is a word of the lists or the dictionary wins. Cached per spelling.
 */
function leetAsL(raw: string, isKnown: (x: string) => boolean): string | null {
  let r = leetLCache.get(raw);
  if (r !== undefined) return r;
  let out = '';
  for (const ch of raw.toLowerCase()) {
    const m = LEET_AS_L[ch];
    if (m !== undefined) out += m;
    else if (ch >= 'a' && ch <= 'z') out += ch;
  }
  const c = squeeze(out);
  r = c.length >= 3 && (lexicon().known.has(c) || isKnown(c)) ? c : null;
  if (leetLCache.size >= 10_000) leetLCache.clear();
  leetLCache.set(raw, r);
  return r;
}

/**
 * A single word that matches a listed word only because folding squeezed its doubled
 * letters, while as written it is another real word ("appen" is not "apen", "best" is not
 * "beest"). Obfuscations ("haaaat") are not real words, so they still match.
 */
function foldFalseFriend(text: string, tok: Token, term: string): boolean {
  // written as the term (the common case): no false friend, decided without a copy of the word
  if (tok.end - tok.start === term.length) {
    let same = true;
    for (let q = 0; q < term.length && same; q++) {
      let c = text.charCodeAt(tok.start + q);
      if (c >= 65 && c <= 90) c += 32;
      same = c === term.charCodeAt(q);
    }
    if (same) return false;
  }
  // an apostrophe inside is no letter: "zo'n" is "zon" as written, not "zoon"
  let raw = text.slice(tok.start, tok.end).toLowerCase();
  if (raw.indexOf("'") >= 0 || raw.indexOf('’') >= 0) raw = raw.replace(/['’]/g, '');
  if (raw === term || !/^[a-z]+$/.test(raw) || !(/(.)\1/.test(raw) || /(.)\1/.test(term))) return false;
  return isExactDutchWord(raw);
}
/** Person and group nouns are read as targets: a real word folded onto one ("zo'n" onto "zoon") is no target either. */
const TARGET_NOUN_CATS = new Set(['personNoun', 'groupNoun', 'p.personRef'].map((c) => categoryId(c)));

/**
 * What the space-join reading needs of one normalised word, as bits, cached (bounded; most words
 * recur): PLAIN letters only, a WORD (of the lists or the dictionary), an adjective SUFFIX or a
 * PREFIX written apart, and whether it is KNOWN (a word of the lists: the token loop reads it from here). One map
 * lookup per token.
 */
const PLAIN = 1, WORD = 2, SUFFIX = 4, PREFIX = 8, KNOWN = 16, FRAGMENT = 32;
const classCache = new Map<string, number>();
const SUFFIX_WORDS = wordSet(readingData.suffixWords.words);
const PREFIX_WORDS = wordSet(readingData.prefixWords.words);
function joinClass(w: string, known: ReadonlySet<string>): number {
  let r = classCache.get(w);
  if (r === undefined) {
    r = known.has(w) ? KNOWN : 0;
    if (/^[a-z]{2,}$/.test(w)) {
      r |= PLAIN;
      if (known.has(w) || (w.length >= 3 && isDutchWord(w))) r |= WORD;
      if (SUFFIX_WORDS.has(w)) r |= SUFFIX;
      if (PREFIX_WORDS.has(w)) r |= PREFIX;
    }
    // a piece of a spaced word: plain letters (or one letter) that are no word, or at most three letters and no word of the lists
    if ((r & PLAIN) !== 0 ? (r & WORD) === 0 || (w.length <= 3 && (r & KNOWN) === 0) : w.length === 1 && w >= 'a' && w <= 'z') r |= FRAGMENT;
    if (classCache.size >= 100_000) classCache.clear();
    classCache.set(w, r);
  }
  return r;
}
/** Joins already decided, by the join and the parts' classes. */
const joinCache = new Map<string, boolean[]>();

/**
 * A word split by a space ("walge lijk", "ge stoord", "achter lijk"): the two tokens as one when
 * the join is a dictionary word and neither part is, or when the join is a word of the lists and
 * one part is no word, or when the second part is an adjective suffix written apart ("waarde
 * loos"), or the first a prefix and the join a word of the lists ("ver schrikkelijk").
 * Constant work per pair of tokens: the parts' classes are cached, and a join is only built
 * when a part is no word, a suffix or a prefix.
 */
function spaceJoin(text: string, t: Token, ca: number, next: Token, cb: number, content: ReadonlySet<string>, names: ReadonlySet<string>): Token | undefined {
  if ((ca & PLAIN) === 0 || (cb & PLAIN) === 0) return undefined;
  const suffix = (cb & SUFFIX) !== 0 && t.norm.length >= 3;
  const prefix = (ca & PREFIX) !== 0 && next.norm.length >= 4;
  const wa = (ca & WORD) !== 0;
  const wb = (cb & WORD) !== 0;
  // a fragment: a part of at most three letters that is no word of the lists ("tur ken"), which the
  // dictionary's inflections may still take for a word
  const fragment = t.norm.length + next.norm.length >= 6 && ((t.norm.length <= 3 && (ca & KNOWN) === 0) || (next.norm.length <= 3 && (cb & KNOWN) === 0));
  if (wa && wb && !suffix && !prefix && !fragment) return undefined;
  if (next.start !== t.end + 1 || text.charCodeAt(t.end) !== 32 || next.sentence !== t.sentence || next.capitalised) return undefined;
  const a = t.norm;
  const b = next.norm;
  if (names.has(a) || names.has(b)) return undefined;
  const j = squeeze(a + b);
  if (j.length < 5) return undefined;
  const key = (wa ? 1 : 0) | (wb ? 2 : 0) | (suffix ? 4 : 0) | (prefix ? 8 : 0) | (fragment ? 16 : 0);
  let entry = joinCache.get(j);
  let ok = entry?.[key];
  if (ok === undefined) {
    ok = (!wa && !wb && isDutchWord(j)) || ((!wa || !wb) && (content.has(j) || wordInfo(`${t.raw}${next.raw}`, j).judge)) || (suffix && j.length >= 7 && (content.has(j) || isDutchWord(j))) || (prefix && (content.has(j) || wordInfo(`${t.raw}${next.raw}`, j).judge)) || (fragment && j.length >= 6 && content.has(j));
    if (!entry) {
      if (joinCache.size >= 100_000) joinCache.clear();
      joinCache.set(j, (entry = []));
    }
    entry[key] = ok;
  }
  return ok ? tokenWith(t, j, next.end, `${t.raw}${next.raw}`) : undefined;
}

/** The longest run of fragments the space-join reading tries ("kan ker lij der"), and the longest piece. */
const MAX_RUN = 4;
const MAX_PIECE = 5;
/** Joins of spaced runs already decided, by the join and whether two pieces or more are no word. */
const runCache = new Map<string, boolean[]>();
/** The pieces' join classes, reused by every call (no allocation per token). */
const RUN_CLASSES = new Int32Array(MAX_RUN);
/**
 * A word written in three or four pieces ("ver moor den", "mar ok ka nen", "kan ker lij der"):
 * a run of short plain tokens (at most five letters each, single spaces, one sentence, no capital
 * or roster name after the first) of which at least one is no word, read as one token when the join
 * is a word of the lists or a judging word, or, with two pieces that are no word, a dictionary word
 * of seven letters or more. The longest run wins. Constant work per token: the run is only built
 * when its pieces are short and one is no word (their classes are cached).
 */
function spaceJoinRun(text: string, src: readonly Token[], i: number, known: ReadonlySet<string>, content: ReadonlySet<string>, names: ReadonlySet<string>): { token: Token; last: number } | undefined {
  const t = src[i]!;
  if (t.norm.length > MAX_PIECE) return undefined;
  let end = i;
  let nonWords = 0;
  const classes = RUN_CLASSES;
  const limit = Math.min(src.length - 1, i + MAX_RUN - 1);
  for (let k = i; k <= limit; k++) {
    const tk = src[k]!;
    if (tk.norm.length > MAX_PIECE || names.has(tk.norm)) break;
    if (k > i) {
      const prev = src[k - 1]!;
      if (tk.start !== prev.end + 1 || text.charCodeAt(prev.end) !== 32 || tk.sentence !== t.sentence || tk.capitalised) break;
    }
    const c = joinClass(tk.norm, known);
    // plain letters, or a single letter ("i di oot")
    if ((c & (PLAIN | FRAGMENT)) === 0) break;
    if ((c & FRAGMENT) !== 0) nonWords++;
    classes[k - i] = c;
    end = k;
  }
  if (end - i < 2 || nonWords === 0) return undefined;
  for (let last = end; last >= i + 2; last--) {
    let nw = 0;
    let fragments = 0;
    let letters = 0;
    for (let k = i; k <= last; k++) {
      const c = classes[k - i]!;
      if ((c & WORD) === 0) nw++;
      if ((c & FRAGMENT) !== 0) fragments++;
      letters += src[k]!.norm.length;
    }
    if (fragments === 0 || letters < 5) continue;
    let raw = '';
    let joined = '';
    for (let k = i; k <= last; k++) {
      raw += src[k]!.raw;
      joined += src[k]!.norm;
    }
    const j = squeeze(joined);
    if (j.length < 5) continue;
    // decided once per join and number of pieces that are no word (bounded cache)
    const key = nw >= 2 ? 2 : 1;
    let decided = runCache.get(j);
    let ok = decided?.[key];
    if (ok === undefined) {
      ok = content.has(j) || (j.length >= 6 && known.has(j)) || wordInfo(raw, j).judge || (nw >= 2 && j.length >= 7 && isDutchWord(j));
      if (!decided) {
        if (runCache.size >= 50_000) runCache.clear();
        runCache.set(j, (decided = []));
      }
      decided[key] = ok;
    }
    if (ok) return { token: tokenWith(t, j, src[last]!.end, raw), last };
  }
  return undefined;
}

/**
 * A token the lists do not know, read again (outside the token loop, so the loop stays small):
 * "!", "|" or "1" for an "l" when the i-reading is no word ("s!a"), a plural in "'s" of a list word
 * the lists hold only in the singular ("lesbo's"). Undefined when neither applies.
 */
function rereadUnknown(t: Token, isKnown: (x: string) => boolean): Token | undefined {
  const lex = lexicon();
  if (t.norm.indexOf('i') >= 0 && (t.raw.indexOf('!') >= 0 || t.raw.indexOf('|') >= 0 || t.raw.indexOf('1') >= 0) && !(t.norm.length >= 4 && isDutchWord(t.norm))) {
    const l = leetAsL(t.raw, isKnown);
    if (l !== null) return tokenWith(t, l, t.end, t.raw, false);
  }
  if (t.norm.length >= 5 && t.norm.endsWith('s') && (t.raw.indexOf("'") >= 0 || t.raw.indexOf('’') >= 0) && lex.content.has(t.norm.slice(0, -1))) return tokenWith(t, t.norm.slice(0, -1));
  return undefined;
}

const NO_MATCHES: PhraseMatch[] = [];

/**
 * A token with another normalised form (and end, raw spelling, digit flag), built with the fields
 * in the order normalize.ts builds every token: so the tokens of every analysis share one hidden
 * class (a spread copy has another), and the readings' code that V8 optimised for the tokens of
 * the first drafts is not thrown away and compiled again when a draft with a repaired word comes.
 */
function tokenWith(t: Token, norm: string, end = t.end, raw = t.raw, hasDigit = t.hasDigit): Token {
  return { norm, start: t.start, end, raw, sentence: t.sentence, clause: t.clause, quoted: t.quoted, capitalised: t.capitalised, hasDigit };
}

/** The lexicon automaton's payloads as flat tables by pattern number (read per match without touching the pattern objects). */
let tablesFor: Automaton<LexPayload> | undefined;
let tables: { cats: Int32Array; terms: string[]; doubled: Uint8Array } = { cats: new Int32Array(0), terms: [], doubled: new Uint8Array(0) };
function payloadTables(automaton: Automaton<LexPayload>): { cats: Int32Array; terms: string[]; doubled: Uint8Array } {
  if (automaton !== tablesFor) {
    const n = automaton.size;
    const cats = new Int32Array(n);
    const terms: string[] = new Array(n);
    // whether the term is written with a doubled letter (folding squeezed it: "zoon" matches "zon")
    const doubled = new Uint8Array(n);
    for (let pi = 0; pi < n; pi++) {
      const p = automaton.payload(pi);
      cats[pi] = p.cat;
      terms[pi] = p.term;
      doubled[pi] = /(.)\1/.test(p.term) ? 1 : 0;
    }
    tables = { cats, terms, doubled };
    tablesFor = automaton;
  }
  return tables;
}

/** 32-bit words per token for the category bits (the lexicon has more than 64 categories). */
const CATEGORY_WORDS = Math.ceil(CATEGORIES.length / 32);

export function analyse(text: string, people: readonly Person[], school: SchoolNames): TextAnalysis {
  const lex = lexicon();
  const norm0 = normalise(text);
  const roster = rosterIndex(people);
  const rosterWords = roster.words;
  // spelling tolerance: replace misspelled list words by the word they stand for
  let corrected = false;
  const tokens: Token[] = [];
  const isListed = (x: string): boolean => lex.content.has(x);
  const isKnown = (x: string): boolean => lex.known.has(x) || (x.length >= 4 && isDutchWord(x)) || (x.length >= 6 && splitGlued(x, lex.known, lex.content) !== undefined);
  const src = norm0.tokens;
  let classNext = src.length > 0 ? joinClass(src[0]!.norm, lex.known) : 0;
  for (let i = 0; i < src.length; i++) {
    const srcT = src[i]!;
    let t = srcT;
    const next = src[i + 1];
    const classT = classNext;
    classNext = next ? joinClass(next.norm, lex.known) : 0;
    // three or four pieces of one word ("ver moor den"), gated on a short first piece
    const third = src[i + 2];
    // (a fragment among the first two pieces: a bit test, no lookup of the third piece's class)
    const run =
      next && third !== undefined && ((classT | classNext) & FRAGMENT) !== 0 && t.norm.length <= MAX_PIECE && next.norm.length <= MAX_PIECE && third.norm.length <= MAX_PIECE
        ? spaceJoinRun(text, src, i, lex.known, lex.content, rosterWords)
        : undefined;
    const joined = run ? undefined : next && spaceJoin(text, t, classT, next, classNext, lex.content, rosterWords);
    if (run) {
      t = run.token;
      i = run.last;
      const after = src[i + 1];
      classNext = after ? joinClass(after.norm, lex.known) : 0;
      corrected = true;
    } else if (joined) {
      t = joined;
      i++;
      const after = src[i + 1];
      classNext = after ? joinClass(after.norm, lex.known) : 0;
      corrected = true;
    }
    if (t.hasDigit || t.norm.includes('*')) {
      const plain = unhide(t.norm, isKnown, isListed);
      if (plain !== null) {
        t = tokenWith(t, plain, t.end, t.raw, false);
        corrected = true;
      } else if (t.norm.includes('*')) {
        t = tokenWith(t, t.norm.replace(/\*/g, ''));
        corrected = true;
      }
    }
    // a token as normalised: whether it is a known word is in its join class, looked up already
    let known = t === srcT ? (classT & KNOWN) !== 0 : lex.known.has(t.norm);
    // only a word the lists do not know is read again: "!", "|" or "1" for an "l" ("s!a"), an "'s" plural ("lesbo's")
    if (!known && !t.hasDigit) {
      const again = rereadUnknown(t, isKnown);
      if (again !== undefined) {
        t = again;
        known = lex.known.has(t.norm);
        corrected = true;
      }
    }
    // (a word of three consonants may be a word with its vowel dropped: "bnt")
    if (t.hasDigit || (t.norm.length < 4 && !(t.norm.length === 3 && !VOWELS.test(t.norm))) || known || roster.isWord(t.norm)) {
      tokens.push(t);
      continue;
    }
    const cached = (t.capitalised ? repairCacheCapitalised : repairCache).get(t.norm);
    const fix = cached !== undefined ? cached : repair(t.norm, t.capitalised, t.raw);
    const c = typeof fix === 'string' ? fix : undefined;
    if (c !== undefined) {
      corrected = true;
      tokens.push(tokenWith(t, c));
      continue;
    }
    // a whole phrase glued with a roster name in it ("meesisdomenlelijk"): the names are parts too
    const named = typeof fix !== 'string' && t.norm.length >= 8 && rosterWords.size > 0 ? namedSplit(t.norm, lex.known, lex.content, rosterWords) : undefined;
    const parts = named && named.some((p) => rosterWords.has(p)) ? named : Array.isArray(fix) ? fix : undefined;
    if (parts) {
      corrected = true;
      const spelled = partSpellings(t.raw, parts);
      for (let q = 0; q < parts.length; q++) tokens.push(tokenWith(t, parts[q]!, t.end, spelled[q]!));
      continue;
    }
    tokens.push(t);
  }
  let norm = norm0;
  if (corrected) {
    const joined = joinTokens(tokens);
    // built as normalise builds it (the same fields in the same order): one hidden class for every reading's `norm`
    norm = { tokens, text: joined.text, charToken: joined.charToken };
  }

  const nTok = tokens.length;
  // one bit per category and token, in as many 32-bit words per token as there are categories
  const words = CATEGORY_WORDS;
  const bits = new Uint32Array(nTok * words);
  const phrases: PhraseMatch[] = [];
  const { charToken } = norm;
  const automaton = lex.automaton;
  const { cats, terms, doubled } = payloadTables(automaton);
  const nHits = automaton.scanAll(norm.text);
  for (let h = 0; h < nHits; h++) {
    const first = charToken[automaton.matchStart(h)]!;
    const last = charToken[automaton.matchEnd(h) - 1]!;
    if (first < 0 || last < 0) continue;
    const pi = automaton.matchPattern(h);
    const cat = cats[pi]!;
    const term = terms[pi]!;
    if (first === last && (lex.content.has(tokens[first]!.norm) || (doubled[pi] === 1 && TARGET_NOUN_CATS.has(cat))) && foldFalseFriend(text, tokens[first]!, term)) continue;
    phrases.push({ cat, term, first, last });
    const w = cat >>> 5;
    const bit = 1 << (cat & 31);
    for (let k = first; k <= last; k++) bits[k * words + w]! |= bit;
  }

  // targets by word class that the lists do not hold: demonyms, professions (reading/words.ts)
  const wordInfos: WordInfo[] = new Array(nTok);
  for (let k = 0; k < nTok; k++) wordInfos[k] = wordInfo(tokens[k]!.raw, tokens[k]!.norm);
  for (const [k, catName] of classTargets(tokens, (w) => roster.isWord(w), wordInfos)) {
    const cat = categoryId(catName);
    const w = cat >>> 5;
    const bit = 1 << (cat & 31);
    if ((bits[k * words + w]! & bit) !== 0) continue;
    bits[k * words + w]! |= bit;
    phrases.push({ cat, term: tokens[k]!.norm, first: k, last: k });
  }

  const names: NameMatch[] = [];
  if (people.length > 0) roster.scan(tokens, names);

  const schoolNames: SchoolNameMatch[] = [];
  const schoolA = schoolAutomaton(school);
  const nSchool = schoolA.scanAll(norm.text);
  for (let h = 0; h < nSchool; h++) {
    const first = charToken[schoolA.matchStart(h)]!;
    const last = charToken[schoolA.matchEnd(h) - 1]!;
    if (first >= 0 && last >= 0) schoolNames.push({ kind: schoolA.payload(schoolA.matchPattern(h)), first, last });
  }

  const sentenceStarts: number[] = [];
  for (let k = 0; k < nTok; k++) if (k === 0 || tokens[k]!.sentence !== tokens[k - 1]!.sentence) sentenceStarts.push(k);
  const hasUpper = text !== text.toLowerCase();
  const questions = new Set<number>();
  for (let k = 0; k < nTok; k++) {
    const next = tokens[k + 1];
    if (next && next.sentence === tokens[k]!.sentence) continue;
    const stop = next ? next.start : text.length;
    for (let q = tokens[k]!.end; q < stop; q++) {
      if (text.charCodeAt(q) === 63) {
        questions.add(tokens[k]!.sentence);
        break;
      }
    }
  }

  const byCat = new Map<number, PhraseMatch[]>();
  for (const p of phrases) {
    const list = byCat.get(p.cat);
    if (list) list.push(p);
    else byCat.set(p.cat, [p]);
  }

  return new Analysis(text, norm, tokens, phrases, names, schoolNames, hasUpper, sentenceStarts, questions, bits, byCat, wordInfos);
}

/**
 * One draft's reading (what analyse returns): a class with its methods on the prototype, so a
 * check allocates no closures for them.
 */
class Analysis implements TextAnalysis {
  readonly sentenceCount: number;
  private readonly nTok: number;
  /** Phrase matches per category and sentence, indexed on first use, so asking for every hit's sentence stays linear. */
  private byCatSentence: Map<number, Map<number, PhraseMatch[]>> | undefined;
  readonly memo: unknown[] = [];

  constructor(
    readonly source: string,
    readonly norm: Normalised,
    readonly tokens: readonly Token[],
    readonly phrases: readonly PhraseMatch[],
    readonly names: readonly NameMatch[],
    readonly schoolNames: readonly SchoolNameMatch[],
    readonly hasUpper: boolean,
    private readonly sentenceStarts: readonly number[],
    private readonly questions: ReadonlySet<number>,
    private readonly bits: Uint32Array,
    private readonly byCat: ReadonlyMap<number, PhraseMatch[]>,
    readonly wordInfos: readonly WordInfo[],
  ) {
    this.sentenceCount = sentenceStarts.length;
    this.nTok = tokens.length;
  }

  isQuestion(sentence: number): boolean {
    return this.questions.has(sentence);
  }

  has(token: number, cat: Category | number): boolean {
    const id = typeof cat === 'number' ? cat : categoryId(cat);
    if (token < 0 || token >= this.nTok) return false;
    return (this.bits[token * CATEGORY_WORDS + (id >>> 5)]! & (1 << (id & 31))) !== 0;
  }

  matches(cat: Category, sentence?: number): PhraseMatch[] {
    const id = categoryId(cat);
    const list = this.byCat.get(id);
    if (!list) return NO_MATCHES;
    if (sentence === undefined) return list;
    this.byCatSentence ??= new Map();
    let bySentence = this.byCatSentence.get(id);
    if (!bySentence) {
      bySentence = new Map();
      for (const p of list) {
        const s = this.tokens[p.first]!.sentence;
        const l = bySentence.get(s);
        if (l) l.push(p);
        else bySentence.set(s, [p]);
      }
      this.byCatSentence.set(id, bySentence);
    }
    return bySentence.get(sentence) ?? NO_MATCHES;
  }

  sentenceTokens(sentence: number): [number, number] {
    const first = this.sentenceStarts[sentence] ?? 0;
    const next = this.sentenceStarts[sentence + 1];
    return [first, next === undefined ? this.nTok - 1 : next - 1];
  }

  span(first: number, last: number): [number, number] {
    return [this.tokens[first]!.start, this.tokens[last]!.end];
  }
}
