/**
 * Normalisation: the one pass over a draft that every detector shares.
 *
 * The draft is cut into words (runs of letters/digits). Each word is lower-cased,
 * stripped of accents, de-leeted (k@nker → kanker, h0er → hoer, h44t → haat, only
 * where a leet character sits between letters), and squeezed (repeated letters fold
 * to one: "kankerrrr" → "kanker", "haat" → "hat"; patterns are squeezed the same way
 * so this only forgives). Abbreviation dots and hyphens inside a word are dropped
 * ("n.b.s." → "nbs", "non-actief" → "nonactief"). A star between letters stays in the word
 * as a hidden letter ("k*nker" → "k*nker", resolved by the analysis against the word lists). Runs of three or more single
 * letters separated by single spaces are joined ("k a n k e r" → "kanker", "h o m o ' s" → "homos").
 * An "@" at the edge of a leet word is an "a" ("sl@", "@p3n"); an "=" alone between two words with
 * letters is the copula, a token "is" ("polen = tuig"), not in an equation ("2 + 2 = 4").
 *
 * The result keeps, for every word, its UTF-16 span in the original text, so a
 * finding can point at the words it concerns. Cost is linear in the text length.
 */

export interface Token {
  /** Normalised (skeleton) form. */
  norm: string;
  /** UTF-16 offsets into the original text. */
  start: number;
  end: number;
  /** Original text of the word. */
  raw: string;
  /** Sentence number (0-based). */
  sentence: number;
  /** Clause number (0-based, increases at commas, semicolons and sentence ends). */
  clause: number;
  /** Inside quotation marks. */
  quoted: boolean;
  /** First character of the raw word is an upper-case letter. */
  capitalised: boolean;
  /** The raw word contains a digit (after leet mapping none may remain). */
  hasDigit: boolean;
}

export interface Normalised {
  tokens: Token[];
  /** Token norms joined with single spaces, padded with a space on both ends. */
  text: string;
  /** For each character of `text`, the index of its token (-1 for spaces). */
  charToken: Int32Array;
}

import { spellingOf } from './spellings.js';

const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '€': 'e', '!': 'i', '|': 'l' };

const foldCache = new Map<number, string>();
/** Lower-case and strip diacritics of one code unit ("È" → "e", "ß" → "ss"). */
function fold(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
  let f = foldCache.get(code);
  if (f === undefined) {
    f = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
    foldCache.set(code, f);
  }
  return f;
}

const letterCache = new Map<number, boolean>();
function isLetter(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  let l = letterCache.get(c);
  if (l === undefined) {
    l = /\p{L}/u.test(ch);
    letterCache.set(c, l);
  }
  return l;
}
function isDigit(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c >= 48 && c <= 57;
}
function isLeet(ch: string): boolean {
  switch (ch.charCodeAt(0)) {
    case 48: case 49: case 51: case 52: case 53: case 55: case 64: case 36: case 8364: case 33: case 124:
      return true;
    default:
      return false;
  }
}
/** What a character between words marks: a sentence end (. ! ? newline), a clause end (, ; : ( ) – —) or a quotation mark. */
const GAP_NONE = 0, GAP_SENTENCE = 1, GAP_CLAUSE = 2, GAP_QUOTE = 3;
function gapKind(c: number): number {
  switch (c) {
    case 46: case 33: case 63: case 10: // . ! ? newline
      return GAP_SENTENCE;
    case 44: case 59: case 58: case 40: case 41: case 0x2013: case 0x2014: // , ; : ( ) – —
      return GAP_CLAUSE;
    case 34: case 0x201c: case 0x201d: case 0x201e: case 0xab: case 0xbb: case 39: case 0x2018: case 0x2019: case 96: // " “ ” „ « » ' ‘ ’ `
      return GAP_QUOTE;
    default:
      return GAP_NONE;
  }
}
/**
 * No real sentence runs past some 60 words; a text without punctuation is cut into sentences
 * of at most SENTENCE_HARD_MAX words (at the first clause boundary after SENTENCE_SOFT_MAX).
 */
export const SENTENCE_SOFT_MAX = 60;
export const SENTENCE_HARD_MAX = 120;

/** Squeeze repeated letters: "hoooer" → "hoer". */
export function squeeze(s: string): string {
  let out = '';
  let prev = '';
  for (const ch of s) {
    if (ch !== prev || isDigit(ch)) out += ch;
    prev = ch;
  }
  return out;
}

const wordBuf = new Uint16Array(4096);

/**
 * Normalise one word's characters (no spaces inside) into a flat string:
 * fold, de-leet, drop inner punctuation, squeeze repeated letters.
 */
function normWordUncached(raw: string): string {
  let letters = 0;
  for (let i = 0; i < raw.length; i++) if (isLetter(raw[i]!)) letters++;
  let n = 0;
  let prev = -1;
  const push = (code: number): void => {
    // squeeze repeated letters (not digits)
    if (code === prev && !(code >= 48 && code <= 57)) return;
    if (n < wordBuf.length) wordBuf[n++] = code;
    prev = code;
  };
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i]!;
    const c = raw.charCodeAt(i);
    if (c >= 97 && c <= 122) push(c);
    else if (c >= 65 && c <= 90) push(c + 32);
    else if (c >= 48 && c <= 57) {
      const l = LEET[ch];
      if (l !== undefined && letters >= 1 && leetBetweenLetters(raw, i)) push(l.charCodeAt(0));
      else push(c);
    } else if (isLeet(ch)) {
      const l = LEET[ch];
      // between letters, or a money sign opening a word before a letter ("$tomme", "€€n")
      if (l !== undefined && letters >= 1 && (leetBetweenLetters(raw, i) || ((c === 36 || c === 8364) && i === 0 && i + 1 < raw.length && (isLetter(raw[i + 1]!) || raw[i + 1] === ch)) || (c === 64 && atEdgeOfLeetWord(raw, i))))
        push(l.charCodeAt(0));
    } else if (c === 42) {
      // a hidden letter, resolved against the word lists by the analysis
      push(c);
    } else if (c >= 128 && isLetter(ch)) {
      const f = fold(ch);
      for (let k = 0; k < f.length; k++) push(f.charCodeAt(k));
    }
    // apostrophes, dots, hyphens inside the word are dropped
  }
  return String.fromCharCode.apply(null, wordBuf.subarray(0, n) as unknown as number[]);
}

/** A leet character counts as a letter when the run of leet/digit characters around it is bounded by letters on both sides. */
function leetBetweenLetters(raw: string, i: number): boolean {
  let l = i - 1;
  while (l >= 0 && (isDigit(raw[l]!) || isLeet(raw[l]!))) l--;
  let r = i + 1;
  while (r < raw.length && (isDigit(raw[r]!) || isLeet(raw[r]!))) r++;
  return l >= 0 && r < raw.length && isLetter(raw[l]!) && isLetter(raw[r]!);
}

/**
 * An "@" at a word's edge is an "a" when the word is written in leet: at its end after a letter
 * ("sl@", "n@"), at its start when a leet character also sits between its letters ("@p3n").
 * A handle ("@mila") and an address (split off before) keep their "@" as no letter; a two-character
 * word ("@f") is no handle.
 */
function atEdgeOfLeetWord(raw: string, i: number): boolean {
  if (i === raw.length - 1) return i > 0 && isLetter(raw[i - 1]!);
  if (i !== 0 || raw.length < 2 || !isLetter(raw[1]!)) return false;
  // a two-letter word ("@f"): no handle is one letter long
  if (raw.length === 2) return true;
  for (let k = 2; k < raw.length - 1; k++) if ((isDigit(raw[k]!) || isLeet(raw[k]!)) && leetBetweenLetters(raw, k)) return true;
  return false;
}

function isWordChar(ch: string): boolean {
  return isLetter(ch) || isDigit(ch) || isLeet(ch);
}

/** A set of plain lower-case words in their normalised (squeezed) form, for code-level word tests. */
export function wordSet(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.map((w) => squeeze(w)));
}

/** Normalise a pattern (lexicon entry, name) the same way as text. */
export function normalisePhrase(phrase: string): string {
  return normalise(phrase).tokens.map((t) => t.norm).join(' ');
}

const EMAIL_OR_URL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}|https?:\/\/\S+|www\.\S+/g;

/** A view of the text with the separators inside e-mail addresses and URLs made spaces (same offsets). */
function tokenView(text: string): string {
  if (!text.includes('@') && !text.includes('http') && !text.includes('www.')) return text;
  return text.replace(EMAIL_OR_URL, (m) => m.replace(/[@._%+\-/:?=&#]/g, ' '));
}

/** Abbreviations after which a dot does not end a sentence. */
const ABBREVIATIONS = new Set(['bijv', 'bv', 'dhr', 'mw', 'mevr', 'o.a', 'oa', 'nl', 'ca', 'evt', 'enz', 'etc', 'jl', 'a.s', 'as', 'z.s.m', 'zsm', 'm.b.t', 'mbt', 'i.v.m', 'ivm', 'n.a.v', 'nav', 't.a.v', 'tav', 'd.w.z', 'dwz', 'st', 'mr', 'dr', 'ir', 'ing', 'drs', 'prof']);

export function normalise(input: string): Normalised {
  const text = tokenView(input);
  // 1. Raw words: maximal runs of word characters, allowing inner . - ' when
  //    followed by a word character ("n.b.s", "non-actief", "homo's").
  // word spans as parallel arrays (no object per word)
  const wordStart: number[] = [];
  const wordEnd: number[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const ch = text[i]!;
    if (!isWordChar(ch) || (ch === '!' || ch === '|' ? !(i + 1 < n && isLetter(text[i + 1]!) && i > 0 && isLetter(text[i - 1]!)) : false)) {
      i++;
      continue;
    }
    const start = i;
    i++;
    while (i < n) {
      const c = text[i]!;
      if (c === '*') {
        // a star inside a word hides letters ("k*nker", "vr**wen"): part of the word when a letter follows the stars
        let r = i;
        while (r < n && text[r] === '*') r++;
        if (r < n && isLetter(text[r]!) && isLetter(text[i - 1]!)) {
          i = r;
          continue;
        }
        break;
      }
      if (c === '!' || c === '|') {
        // '!' is a leet 'i' only between letters ("d!e"), otherwise punctuation
        if (i + 1 < n && isLetter(text[i + 1]!) && isLetter(text[i - 1]!)) {
          i++;
          continue;
        }
        break;
      }
      if (isWordChar(c)) {
        i++;
        continue;
      }
      const innerDotOk = c !== '.' || (i - start === 1 || text[i - 2] === '.') || (isDigit(text[i - 1]!) && isDigit(text[i + 1] ?? ''));
      if ((c === '.' || c === '-' || c === "'" || c === '’' || c === '_') && innerDotOk && i + 1 < n && isWordChar(text[i + 1]!) && text[i + 1] !== '!') {
        // keep "n.b.s" and "06-1234" together, but a dot between two digits
        // groups ("8.5") or between letter and digit also stays inside
        i++;
        continue;
      }
      break;
    }
    // trailing abbreviation dot of single-letter chains ("n.b.s.") is punctuation; fine
    wordStart.push(start);
    wordEnd.push(i);
  }

  // 2. Join runs of ≥3 single-character words separated by exactly one space.
  const nWords = wordStart.length;
  const mStart: number[] = [];
  const mEnd: number[] = [];
  const mJoined: boolean[] = [];
  for (let w = 0; w < nWords; ) {
    if (wordEnd[w]! - wordStart[w]! === 1) {
      let k = w;
      while (k + 1 < nWords && wordEnd[k + 1]! - wordStart[k + 1]! === 1 && wordStart[k + 1]! === wordEnd[k]! + 1 && text.charCodeAt(wordEnd[k]!) === 32) k++;
      const runLen = k - w + 1;
      let hasLetter = false;
      for (let m = w; m <= k; m++) if (isLetter(text[wordStart[m]!]!)) hasLetter = true;
      if (runLen >= 3 && hasLetter) {
        // a plural or genitive "'s" written apart after the letters ("h o m o 's") belongs to the word
        const e = wordEnd[k]!;
        const apostrophe = text.charCodeAt(e + 1);
        // (also with the s written apart from its apostrophe: "m o s l i m ' s")
        const gap = text.charCodeAt(e + 2) === 32 ? 1 : 0;
        const s = k + 1 < nWords && text.charCodeAt(e) === 32 && (apostrophe === 39 || apostrophe === 0x2019) && wordStart[k + 1] === e + 2 + gap && wordEnd[k + 1] === e + 3 + gap && text.charCodeAt(e + 2 + gap) === 115;
        mStart.push(wordStart[w]!);
        mEnd.push(s ? wordEnd[k + 1]! : e);
        mJoined.push(true);
        w = s ? k + 2 : k + 1;
        continue;
      }
    }
    mStart.push(wordStart[w]!);
    mEnd.push(wordEnd[w]!);
    mJoined.push(false);
    w++;
  }

  // 3. Tokens with sentence/clause/quote context.
  const tokens: Token[] = [];
  let sentence = 0;
  let sentenceWords = 0;
  let clause = 0;
  let quoted = false;
  let prevEnd = 0;
  for (let wi = 0; wi < mStart.length; wi++) {
    const wStart = mStart[wi]!;
    const wEnd = mEnd[wi]!;
    // scan the gap before this word for boundaries and quotes
    let sawSentence = false;
    let sawClause = false;
    let dotSeen = false;
    let equals = -1;
    for (let g = prevEnd; g < wStart; g++) {
      const c = text.charCodeAt(g);
      if (c === 61) {
        // "=" between two words: the copula written as a sign ("polen = tuig"); only one, amid spaces
        equals = equals === -1 ? g : -2;
        continue;
      }
      if (c !== 32) equals = -2;
      if (c === 46) {
        dotSeen = true;
        continue;
      }
      const kind = gapKind(c);
      if (kind === GAP_SENTENCE) sawSentence = true;
      else if (kind === GAP_CLAUSE) sawClause = true;
      else if (kind === GAP_QUOTE) quoted = !quoted;
    }
    if (dotSeen && !sawSentence && tokens.length > 0) {
      // a dot ends a sentence unless it closes an abbreviation or the next word is lower case
      const prevWord = text.slice(mStart[wi - 1]!, prevEnd).toLowerCase();
      const abbrev = prevWord.includes('.') || ABBREVIATIONS.has(prevWord) || (prevWord.length === 1 && isLetter(prevWord));
      const ch = text[wStart]!;
      const nextLower = isLetter(ch) && ch === ch.toLowerCase();
      if (!abbrev && !nextLower) sawSentence = true;
    }
    if (tokens.length > 0) {
      // a run of words without an end is cut into sentences of a bounded length (at a clause
      // boundary when there is one), so every reading of "the sentence" stays linear in the text
      if (!sawSentence && sentenceWords >= SENTENCE_SOFT_MAX && (sawClause || sentenceWords >= SENTENCE_HARD_MAX)) sawSentence = true;
      if (sawSentence) {
        sentence++;
        clause++;
        sentenceWords = 0;
      } else if (sawClause) clause++;
    }
    if (equals >= 0 && tokens.length > 0 && !sawSentence && !sawClause && hasLetterIn(text, mStart[wi - 1]!, prevEnd) && hasLetterIn(text, wStart, wEnd)) {
      // (between words with letters only: "2 + 2 = 4" stays an equation)
      sentenceWords++;
      tokens.push({ norm: 'is', start: equals, end: equals + 1, raw: '=', sentence, clause, quoted, capitalised: false, hasDigit: false });
    }
    let raw = text.slice(wStart, wEnd);
    if (mJoined[wi]) raw = raw.replace(/\s+/g, '');
    // the spelling's entry (text/spellings.ts): its normal form, computed once, and the spelling and
    // the form as the strings every cache of the check holds (one string per word, its hash computed
    // once and its lookups equal at the first comparison, rather than a fresh copy of it per draft)
    const spelling = spellingOf(raw);
    raw = spelling.raw;
    const normed = (spelling.norm ??= normWordUncached(raw));
    if (normed.length > 0) {
      const first = raw.charCodeAt(0);
      let hasDigit = false;
      for (let q = 0; q < normed.length; q++) {
        const c = normed.charCodeAt(q);
        if (c >= 48 && c <= 57) {
          hasDigit = true;
          break;
        }
      }
      sentenceWords++;
      tokens.push({
        norm: normed,
        start: wStart,
        end: wEnd,
        raw,
        sentence,
        clause,
        quoted,
        capitalised: first < 128 ? first >= 65 && first <= 90 : raw[0] !== raw[0]!.toLowerCase(),
        hasDigit,
      });
    }
    prevEnd = wEnd;
  }
  // subordinate and relative clauses start at their conjunction ("..., dat je zo'n eikel bent")
  let shift = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (k > 0 && CONJUNCTIONS.has(t.norm) && tokens[k - 1]!.sentence === t.sentence) shift++;
    t.clause += shift;
  }
  const joined = joinTokens(tokens);
  return { tokens, text: joined.text, charToken: joined.charToken };
}

function hasLetterIn(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isLetter(text[k]!)) return true;
  return false;
}

const CONJUNCTIONS = new Set(['dat', 'omdat', 'mar', 'want', 'terwijl', 'ton', 'hoewel', 'die', 'wie', 'waar', 'zodat', 'nadat', 'voordat', 'totdat', 'zodra']);

/** Rebuild the padded matching string and its char→token map. */
export function joinTokens(tokens: readonly Token[]): { text: string; charToken: Int32Array } {
  let len = 1;
  const norms: string[] = new Array(tokens.length + 2);
  norms[0] = '';
  for (let k = 0; k < tokens.length; k++) {
    norms[k + 1] = tokens[k]!.norm;
    len += tokens[k]!.norm.length + 1;
  }
  norms[tokens.length + 1] = '';
  const charToken = new Int32Array(len);
  // ' ' + norms joined by ' ' + ' ', built flat in one join (no rope of concatenations)
  const text = norms.join(' ');
  let pos = 1;
  charToken[0] = -1;
  for (let k = 0; k < tokens.length; k++) {
    const norm = tokens[k]!.norm;
    const end = pos + norm.length;
    for (let q = pos; q < end; q++) charToken[q] = k;
    charToken[end] = -1;
    pos = end + 1;
  }
  return { text, charToken };
}
