/**
 * The shared reading of one draft: normalised tokens, the categories of the word
 * lists each token belongs to, the roster people and school names it mentions.
 * Built once per text in one linear pass; every detector reads from it.
 */
import { lexicon, categoryId, CATEGORIES, type Category } from './lexicon/index.js';
import { isDutchWord, isExactDutchWord } from './lexicon/dictionary.js';
import { normalise, joinTokens, type Normalised, type Token } from './text/normalize.js';
import { Automaton, type Pattern } from './text/automaton.js';
import { normalisePhrase } from './text/normalize.js';
import type { Person } from './types.js';

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
}

// ---- rosters ---------------------------------------------------------------

interface NamePayload {
  /** Everyone with this name (first names are often shared). */
  persons: Person[];
  kind: 'full' | 'first' | 'last';
}

const rosterCache = new WeakMap<readonly Person[], Automaton<NamePayload>>();

/** Compile a roster's names into one automaton (cached per roster); one pattern per distinct name. */
export function rosterAutomaton(people: readonly Person[]): Automaton<NamePayload> {
  let a = rosterCache.get(people);
  if (!a) {
    const byName = new Map<string, NamePayload>();
    const add = (text: string, kind: NamePayload['kind'], person: Person): void => {
      const key = `${kind}:${text}`;
      const p = byName.get(key);
      if (p) p.persons.push(person);
      else byName.set(key, { persons: [person], kind });
    };
    for (const person of people) {
      const full = normalisePhrase(person.name);
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
    const patterns: Pattern<NamePayload>[] = [];
    for (const [key, payload] of byName) patterns.push({ text: key.slice(key.indexOf(':') + 1), boundary: 'word', payload });
    a = new Automaton(patterns);
    rosterCache.set(people, a);
  }
  return a;
}

const rosterWordsCache = new WeakMap<readonly Person[], Set<string>>();
/** Every word of every roster name: names are never "corrected" into list words. */
function rosterWordSet(people: readonly Person[]): Set<string> {
  let s = rosterWordsCache.get(people);
  if (!s) {
    s = new Set();
    for (const p of people) for (const w of normalisePhrase(p.name).split(' ')) if (w) s.add(w);
    rosterWordsCache.set(people, s);
  }
  return s;
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

type Repair = string | [string, string] | null;
/** Spelling repairs per word, cached (bounded): most words recur across drafts. */
const repairCache = new Map<string, Repair>();
function repair(word: string, key: string, capitalised: boolean): Repair {
  const lex = lexicon();
  let r: Repair = lex.fuzzy.correct(word, capitalised) ?? null;
  if (r === null && word.length >= 5) {
    const parts = splitGlued(word, lex.known, lex.content);
    if (parts && !isDutchWord(word)) r = parts;
  }
  if (repairCache.size >= 100_000) repairCache.clear();
  repairCache.set(key, r);
  return r;
}

/**
 * Words glued together ("eenteef", "gewoonzielig", "personenophangen"): split an
 * unknown word into two known words when one of them is on a decency list.
 * Tries each split point once (also with a letter shared by both halves, which
 * squeezing may have merged: "eenneger" → "en" + "neger").
 */
function splitGlued(w: string, known: ReadonlySet<string>, content: ReadonlySet<string>): [string, string] | undefined {
  for (let i = 2; i <= w.length - 2; i++) {
    const left = w.slice(0, i);
    if (!known.has(left)) continue;
    for (const right of [w.slice(i), w.slice(i - 1)]) {
      if (right.length >= 3 && known.has(right) && (content.has(left) || content.has(right))) return [left, right];
    }
  }
  return undefined;
}

/**
 * A single word that matches a listed word only because folding squeezed its doubled
 * letters, while as written it is another real word ("appen" is not "apen", "best" is not
 * "beest"). Obfuscations ("haaaat") are not real words, so they still match.
 */
function foldFalseFriend(text: string, tok: Token, term: string): boolean {
  const raw = text.slice(tok.start, tok.end).toLowerCase();
  if (raw === term || !/^[a-z]+$/.test(raw) || !(/(.)\1/.test(raw) || /(.)\1/.test(term))) return false;
  return isExactDutchWord(raw);
}

const NO_MATCHES: PhraseMatch[] = [];

/** 32-bit words per token for the category bits (the lexicon has more than 64 categories). */
const CATEGORY_WORDS = Math.ceil(CATEGORIES.length / 32);

export function analyse(text: string, people: readonly Person[], school: SchoolNames): TextAnalysis {
  const lex = lexicon();
  const norm0 = normalise(text);
  const rosterWords = rosterWordSet(people);
  // spelling tolerance: replace misspelled list words by the word they stand for
  let corrected = false;
  const tokens: Token[] = [];
  for (const t of norm0.tokens) {
    if (t.hasDigit || t.norm.length < 4 || lex.known.has(t.norm) || rosterWords.has(t.norm)) {
      tokens.push(t);
      continue;
    }
    const key = t.capitalised ? `^${t.norm}` : t.norm;
    const fix = repairCache.has(key) ? (repairCache.get(key) as Repair) : repair(t.norm, key, t.capitalised);
    const c = typeof fix === 'string' ? fix : undefined;
    if (c !== undefined) {
      corrected = true;
      tokens.push({ ...t, norm: c });
      continue;
    }
    const parts = Array.isArray(fix) ? fix : undefined;
    if (parts) {
      corrected = true;
      tokens.push({ ...t, norm: parts[0] }, { ...t, norm: parts[1] });
      continue;
    }
    tokens.push(t);
  }
  const norm: Normalised = corrected ? { tokens, ...joinTokens(tokens) } : norm0;

  const nTok = tokens.length;
  // one bit per category and token, in as many 32-bit words per token as there are categories
  const words = CATEGORY_WORDS;
  const bits = new Uint32Array(nTok * words);
  const phrases: PhraseMatch[] = [];
  const { charToken } = norm;
  lex.automaton.scan(norm.text, (m) => {
    const first = charToken[m.start]!;
    const last = charToken[m.end - 1]!;
    if (first < 0 || last < 0) return;
    const cat = m.payload.cat;
    if (first === last && lex.content.has(tokens[first]!.norm) && foldFalseFriend(text, tokens[first]!, m.payload.term)) return;
    phrases.push({ cat, term: m.payload.term, first, last });
    const w = cat >>> 5;
    const bit = 1 << (cat & 31);
    for (let k = first; k <= last; k++) bits[k * words + w]! |= bit;
  });

  const names: NameMatch[] = [];
  if (people.length > 0) {
    rosterAutomaton(people).scan(norm.text, (m) => {
      const first = charToken[m.start]!;
      const last = charToken[m.end - 1]!;
      if (first < 0 || last < 0) return;
      // a name shared by several people: the first stands for them (no guessing who is meant)
      names.push({ person: m.payload.persons[0]!, persons: m.payload.persons, kind: m.payload.kind, first, last });
    });
  }

  const schoolNames: SchoolNameMatch[] = [];
  schoolAutomaton(school).scan(norm.text, (m) => {
    const first = charToken[m.start]!;
    const last = charToken[m.end - 1]!;
    if (first >= 0 && last >= 0) schoolNames.push({ kind: m.payload, first, last });
  });

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
  const byCatSentence = new Map<number, Map<number, PhraseMatch[]>>();
  for (const p of phrases) {
    const list = byCat.get(p.cat);
    if (list) list.push(p);
    else byCat.set(p.cat, [p]);
  }

  return {
    source: text,
    norm,
    tokens,
    phrases,
    names,
    schoolNames,
    hasUpper,
    sentenceCount: sentenceStarts.length,
    isQuestion(sentence: number): boolean {
      return questions.has(sentence);
    },
    has(token: number, cat: Category | number): boolean {
      const id = typeof cat === 'number' ? cat : categoryId(cat);
      if (token < 0 || token >= nTok) return false;
      return (bits[token * words + (id >>> 5)]! & (1 << (id & 31))) !== 0;
    },
    matches(cat: Category, sentence?: number): PhraseMatch[] {
      const id = categoryId(cat);
      const list = byCat.get(id);
      if (!list) return NO_MATCHES;
      if (sentence === undefined) return list;
      // per sentence: indexed on first use, so asking for every hit's sentence stays linear
      let bySentence = byCatSentence.get(id);
      if (!bySentence) {
        bySentence = new Map();
        for (const p of list) {
          const s = tokens[p.first]!.sentence;
          const l = bySentence.get(s);
          if (l) l.push(p);
          else bySentence.set(s, [p]);
        }
        byCatSentence.set(id, bySentence);
      }
      return bySentence.get(sentence) ?? NO_MATCHES;
    },
    sentenceTokens(sentence: number): [number, number] {
      const first = sentenceStarts[sentence] ?? 0;
      const next = sentenceStarts[sentence + 1];
      return [first, next === undefined ? nTok - 1 : next - 1];
    },
    span(first: number, last: number): [number, number] {
      return [tokens[first]!.start, tokens[last]!.end];
    },
  };
}
