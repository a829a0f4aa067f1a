/**
 * Disclosure (B1, C3) and disclaimer (C4), recognised by meaning, in any wording.
 *
 * Disclosure: the author says they work at the school — "ik werk op de Sterren",
 * "ik ben juf/leerkracht/medewerker op/van/bij ...", "als meester van groep 5 van ...",
 * "ik sta (zelf) voor de klas op ...", "(medewerker van n.b.s. de Sterren)".
 * It needs a first-person or "als" role statement and a reference to the school
 * (its name, "deze/onze school", "hier", a group), or "ik werk er (zelf)" after the
 * school was named ("er" pointing back at it; "ik werk er hard aan" does not count).
 *
 * Disclaimer, first half: the views are the author's own and separate from the
 * school's official position ("persoonlijke mening", "mijn eigen mening", "op
 * persoonlijke titel", "niet namens de school", "los van het officiële standpunt").
 * Second half: the author is not responsible for what third parties write
 * ("niet verantwoordelijk voor reacties van derden/anderen").
 */
import type { TextAnalysis } from '../analysis.js';
import type { SchoolScope } from './school.js';
import { wordSet } from '../text/normalize.js';

const ROLE = wordSet(
  ['medewerker', 'medewerkster', 'leerkracht', 'leraar', 'lerares', 'juf', 'juffrouw', 'meester', 'docent', 'docente', 'directeur', 'directrice', 'schoolleider', 'onderwijsassistent', 'conciërge', 'concierge', 'iber', 'ib', 'begeleider', 'intern', 'collega', 'teamlid', 'vakleerkracht', 'gymleraar', 'gymdocent', 'invaller', 'invalkracht', 'stagiair', 'stagiaire', 'personeelslid', 'administratief', 'adjunct', 'locatieleider', 'bouwcoordinator'],
);
const WORK_VERB = wordSet(['werk', 'werkzaam', 'werkt', 'sta', 'geef', 'les', 'lesgeef']);
const FIRST = wordSet(['ik', 'mijn', 'wij', 'we', 'als']);
const SCHOOL_REF = wordSet(['school', 'hier', 'deze', 'onze', 'groep', 'klas']);
/** "ik werk er zelf als juf": "er"/"daar" point at the school only with a role word. */
const WEAK_REF = wordSet(['er', 'daar']);

/** The classes above as bits of one map (one probe per token). */
const D_FIRST = 1, D_ROLE = 2, D_WORK = 4, D_SCHOOL = 8, D_WEAK = 16;
const DISCLOSURE_WORDS = new Map<string, number>();
for (const [words, bit] of [[FIRST, D_FIRST], [ROLE, D_ROLE], [WORK_VERB, D_WORK], [SCHOOL_REF, D_SCHOOL], [WEAK_REF, D_WEAK]] as const) {
  for (const w of words) DISCLOSURE_WORDS.set(w, (DISCLOSURE_WORDS.get(w) ?? 0) | bit);
}

const WORK_THERE_OBJECT = wordSet(['aan', 'mee', 'hard', 'voor', 'over', 'op', 'om', 'tegen', 'naartoe', 'heen']);

/** "werk er" / "werk daar" with nothing after it that makes "er" a thing worked on. */
function workThere(a: TextAnalysis, f: number, l: number): boolean {
  for (let j = f; j < l; j++) {
    if (!/^werk(en|t)?$/.test(a.tokens[j]!.norm) || !WEAK_REF.has(a.tokens[j + 1]!.norm)) continue;
    let ok = true;
    for (let k = j + 2; k <= Math.min(l, j + 4); k++) if (WORK_THERE_OBJECT.has(a.tokens[k]!.norm)) ok = false;
    if (ok) return true;
  }
  return false;
}

/** Is the school named before token f (a mention starting at a token before it)? */
function schoolBefore(a: TextAnalysis, scope: SchoolScope, f: number): boolean {
  return scope.mentions.some((m) => m.first >= 0 && m.first < f && m.first < a.tokens.length);
}

/** Does the sentence [f, l] open right after "(" and stay short: a signature in parentheses? */
function signature(a: TextAnalysis, f: number, l: number): boolean {
  return a.source.slice(0, a.tokens[f]!.start).trimEnd().endsWith('(') && l - f <= 12;
}

export function hasDisclosure(a: TextAnalysis, scope: SchoolScope): boolean {
  for (let s = 0; s < a.sentenceCount; s++) {
    const [f, l] = a.sentenceTokens(s);
    let first = false;
    let role = false;
    let roleNoun = false;
    let schoolRef = false;
    let weakRef = false;
    for (let j = f; j <= l; j++) {
      const bits = DISCLOSURE_WORDS.get(a.tokens[j]!.norm);
      if (bits === undefined) continue;
      if (bits & D_FIRST) first = true;
      if (bits & D_ROLE) roleNoun = true;
      if (bits & (D_ROLE | D_WORK)) role = true;
      if (bits & D_SCHOOL) schoolRef = true;
      if (bits & D_WEAK) weakRef = true;
    }
    if (weakRef && roleNoun && schoolBefore(a, scope, f)) schoolRef = true;
    // "ik werk er (zelf)", "ik werk daar al tien jaar" after naming the school — not "ik werk er hard aan"
    if (weakRef && first && workThere(a, f, l) && schoolBefore(a, scope, f)) schoolRef = true;
    if (scope.mentions.some((m) => m.first >= f && m.last <= l)) schoolRef = true;
    // "(medewerker van n.b.s. de Sterren)" without a pronoun still discloses
    // … or as a signature in parentheses: "(Juf Marieke, leerkracht groep 5 van de Sterren)"
    const bare = !first && role && schoolRef && (l - f <= 6 || signature(a, f, l));
    if ((first && role && schoolRef) || bare) return true;
  }
  return false;
}

const OWN_VIEW = [
  /\b(eigen|persoonlijke?|prive|priv[eé]|individuele?)\s*(mening|standpunt|visie|opvatting|observatie|gedachte|kijk)/,
  /\bop persoonlijke titel\b/,
  /\bniet namens\b/,
  /\b(los|losstaand|apart)\s+van\b.*\b(standpunt|standpunten|mening|visie|school)/,
  /\bniet\s+(het|de|een)\s+(officiele\s+)?(standpunt|mening|visie)\s+van\b/,
  /\bniet\s+die\s+van\s+(de\s+)?school\b/,
  /\bspreek\s+(alleen\s+)?(voor|namens)\s+(mezelf|mijzelf|mij)\b/,
  /\bmening\s+is\s+van\s+mij(zelf)?\b/,
  /\bgeen\s+(officieel|officiele)\s+(standpunt|mening)\b/,
  /\b(mening|meningen|standpunt|standpunten|ideeen|opvattingen)\s+(zijn|is)\s+(helemaal\s+)?(mijn|m n|mn)\s+(eigen|persoonlijke?)\b/,
];
const THIRD_PARTIES = [
  /\bniet\s+(verantwoordelijk|aansprakelijk)\b.*\b(derden|anderen|reacties|reageerders|uitlatingen|inhoud)/,
  /\b(reacties|uitlatingen)\s+van\s+(derden|anderen)\b.*\b(niet|geen)\b.*\b(verantwoordelijk|aansprakelijk|verantwoordelijkheid)/,
  /\bgeen\s+verantwoordelijkheid\b.*\b(derden|anderen|reacties)/,
  /\b(reacties|uitlatingen|meningen|comments)\s+van\s+(derden|anderen)\b.*\b(voor\s+(hun|eigen)\s+(eigen\s+)?rekening|hun\s+(eigen\s+)?verantwoordelijkheid)/,
];

/**
 * The plain text the disclaimer patterns read: accents off, lower case, punctuation light —
 * `text.normalize('NFD')`, combining marks U+0300–U+036F dropped, lower case, every character
 * but a–z, 0–9 and white space a space, white space runs one space. Done per character: plain
 * ASCII is copied, and only the other characters go through NFD, each once (cached). The same
 * as on the whole text: NFD decomposes each character on its own and only reorders combining
 * marks among themselves, which end up dropped or as spaces either way; lower-casing a
 * decomposed character on its own differs only for Greek final sigma, a space either way.
 */
export function plain(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) continue;
    // a whole code point (a surrogate pair together)
    const wide = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    const ch = wide ? text.slice(i, i + 2) : text[i]!;
    out += text.slice(from, i) + decomposed(ch);
    if (wide) i++;
    from = i + 1;
  }
  out = from === 0 ? text : out + text.slice(from);
  return out
    .toLowerCase()
    .replace(/[^a-z0-9\s]/g, ' ')
    .replace(/\s+/g, ' ');
}

const decomposedCache = new Map<string, string>();
/** A character's NFD with the combining marks U+0300–U+036F dropped. */
function decomposed(ch: string): string {
  let d = decomposedCache.get(ch);
  if (d === undefined) {
    d = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    if (decomposedCache.size >= 10_000) decomposedCache.clear();
    decomposedCache.set(ch, d);
  }
  return d;
}

export interface DisclaimerPresence {
  ownView: boolean;
  thirdParties: boolean;
}

/**
 * Words without which no pattern above can match, searched as a regular expression with the `i`
 * flag would (`/mening|standpunt|…/i`): in the text with its letters A–Z made lower case (and no
 * other character changed: such a flag folds no other character onto an ASCII letter), as
 * substrings. One lower-case copy and a native substring search per cue, not a regular
 * expression's alternation tried at every position.
 */
const OWN_VIEW_CUES = ['mening', 'standpunt', 'namens', 'titel', 'visie', 'opvatting', 'mezelf', 'mijzelf', 'van mij', 'observatie', 'gedachte', 'kijk'];
const THIRD_PARTY_CUES = ['verantwoordelijk', 'aansprakelijk', 'rekening'];

let caseBuf = new Uint16Array(1024);
/** The text with A–Z in lower case, every other code unit as it is. */
function asciiLower(text: string): string {
  let upper = false;
  for (let i = 0; i < text.length && !upper; i++) {
    const c = text.charCodeAt(i);
    upper = c >= 65 && c <= 90;
  }
  if (!upper) return text;
  if (caseBuf.length < text.length) caseBuf = new Uint16Array(text.length * 2);
  const buf = caseBuf;
  let out = '';
  // (in pieces: String.fromCharCode takes its code units as arguments)
  for (let from = 0; from < text.length; from += 8192) {
    const to = Math.min(text.length, from + 8192);
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      buf[i - from] = c >= 65 && c <= 90 ? c + 32 : c;
    }
    out += String.fromCharCode.apply(null, buf.subarray(0, to - from) as unknown as number[]);
  }
  return out;
}

function hasCue(lower: string, cues: readonly string[]): boolean {
  for (let i = 0; i < cues.length; i++) if (lower.includes(cues[i]!)) return true;
  return false;
}

export function disclaimerPresence(text: string): DisclaimerPresence {
  if (text.length > 20_000) text = text.slice(-20_000); // a disclaimer sits at the end; bound the regex work
  const lower = asciiLower(text);
  const own = hasCue(lower, OWN_VIEW_CUES);
  const third = hasCue(lower, THIRD_PARTY_CUES);
  if (!own && !third) return { ownView: false, thirdParties: false };
  const p = plain(text);
  return { ownView: own && OWN_VIEW.some((r) => r.test(p)), thirdParties: third && THIRD_PARTIES.some((r) => r.test(p)) };
}
