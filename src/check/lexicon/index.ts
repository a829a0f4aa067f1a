/**
 * The word lists (JSON data beside this file, each with its source, licence and
 * date) compiled once into one Aho–Corasick automaton and one fuzzy index.
 */
import decency from './decency.json' with { type: 'json' };
import personal from './personal.json' with { type: 'json' };
import schoolLife from './school-life.json' with { type: 'json' };
import mission from './mission.json' with { type: 'json' };
import { Automaton, type Boundary, type Pattern } from '../text/automaton.js';
import { FuzzyIndex } from '../text/fuzzy.js';
import { normalisePhrase } from '../text/normalize.js';
import { isDutchWord, isOtherCompound } from './dictionary.js';

export interface LexiconFile {
  about: string;
  source: string;
  licence: string;
  date: string;
  categories: Record<string, string[]>;
}

export const LEXICON_FILES: Record<string, LexiconFile> = {
  decency: decency as LexiconFile,
  personal: personal as LexiconFile,
  'school-life': schoolLife as LexiconFile,
  mission: mission as LexiconFile,
};

/** Every category of every list, with a stable numeric id (for bitmasks). */
export const CATEGORIES = [
  ...Object.keys(decency.categories),
  ...Object.keys(personal.categories).map((c) => `p.${c}`),
  ...Object.keys(schoolLife.categories).map((c) => `s.${c}`),
  ...Object.keys(mission.categories).map((c) => `m.${c}`),
] as const;

export type Category = string;
const categoryIds = new Map<string, number>(CATEGORIES.map((c, i) => [c, i]));
export function categoryId(cat: Category): number {
  const id = categoryIds.get(cat);
  if (id === undefined) throw new Error(`unknown lexicon category ${cat}`);
  return id;
}

export interface LexPayload {
  cat: number;
  term: string;
}

/** Adjectives take -e, -er, -st(e): generate the inflected forms. */
const INFLECTED = new Set(['negEval']);
function inflect(term: string): string[] {
  if (term.includes(' ') || term.endsWith('e')) return [term];
  return [term, `${term}e`, `${term}er`, `${term}ere`, `${term}st`, `${term}ste`];
}

function parseEntry(entry: string): { text: string; boundary: Boundary } {
  const pre = entry.startsWith('*');
  const post = entry.endsWith('*');
  const bare = entry.replace(/^\*|\*$/g, '');
  const boundary: Boundary = pre && post ? 'infix' : pre ? 'suffix' : post ? 'prefix' : 'word';
  return { text: normalisePhrase(bare), boundary };
}

function buildPatterns(): { patterns: Pattern<LexPayload>[]; known: Set<string>; fuzzy: Set<string>; content: Set<string> } {
  const patterns: Pattern<LexPayload>[] = [];
  const known = new Set<string>();
  const fuzzy = new Set<string>();
  const content = new Set<string>();
  const FUZZY_CATS = new Set(['groupNoun', 'hateVerb', 'negEval', 'dehumanNoun', 'insultNoun', 'slurStrong', 'violence', 'worthless']);
  const CONTENT_CATS = new Set(['groupNoun', 'hateVerb', 'negEval', 'dehumanNoun', 'insultNoun', 'slurStrong', 'violence', 'curseStem']);
  const add = (prefix: string, cats: Record<string, string[]>): void => {
    for (const [name, entries] of Object.entries(cats)) {
      const cat = categoryId(prefix + name);
      for (const entry of entries) {
        const { text, boundary } = parseEntry(entry);
        const forms = INFLECTED.has(name) ? inflect(text) : [text];
        for (const f of forms) {
          if (!f) continue;
          patterns.push({ text: f, boundary, payload: { cat, term: entry } });
          for (const w of f.split(' ')) known.add(w);
          if (FUZZY_CATS.has(name)) for (const w of f.split(' ')) if (w.length >= 4 || (name === 'violence' && w.length === 3)) fuzzy.add(w);
          if (CONTENT_CATS.has(name) && !f.includes(' ')) content.add(f);
        }
      }
    }
  };
  add('', decency.categories);
  add('p.', personal.categories);
  add('s.', schoolLife.categories);
  add('m.', mission.categories);
  return { patterns, known, fuzzy, content };
}

/**
 * Ordinary words at edit distance one from a listed word, which must never be
 * "corrected" into it (e.g. "zwaar" is not a typo of "zwart", "haar" not of "haat").
 */
const COMMON_WORDS = [
  'zwaar', 'haar', 'waar', 'waard', 'waren', 'wagen', 'leven', 'levens', 'dames', 'doden', 'joden', 'jodin', 'moet', 'moest', 'vrouwe', 'vrouwtje', 'homer',
  'dieren', 'dieven', 'dienen', 'dingen', 'dorst', 'staan', 'stond', 'stonden', 'straf', 'vies', 'viel', 'veel', 'klaar', 'kinder', 'kanker', 'kansen',
  'hekel', 'heel', 'hele', 'helemaal', 'slecht', 'slaan', 'slapen', 'sloom', 'stom', 'stem', 'steun', 'plaats', 'plaag', 'plaat', 'ratten', 'raten',
  'kapot', 'kapje', 'dood', 'doos', 'doel', 'door', 'lijden', 'leiden', 'lijnen', 'laden', 'minder', 'mindere', 'mijden', 'gelden', 'geld', 'gelden',
  'walg', 'wals', 'walk', 'walm', 'wang', 'want', 'wand', 'tuig', 'tuin', 'tuit', 'afval', 'afvallen', 'apen', 'open', 'alpen', 'beest', 'best', 'beste',
  'vuil', 'vuist', 'smerig', 'ongedierte', 'pest', 'post', 'past', 'pesten', 'posten', 'pasten', 'haten', 'hoten', 'hoeren', 'horen', 'hoeden', 'boeren',
  'turken', 'turven', 'polen', 'palen', 'polder', 'roma', 'rome', 'romp', 'trans', 'trein', 'homo', 'home', 'moslim', 'mensen', 'menen', 'zwart', 'zwarte',
  'joods', 'gooi', 'gooien', 'dom', 'domme', 'doen', 'lui', 'luid', 'luie', 'gek', 'geke', 'geek', 'vet', 'vette', 'dik', 'dikke', 'eng', 'enge',
  'vieze', 'viezer', 'lelijk', 'lelijke', 'zielig', 'zeilen', 'ziel', 'ziele', 'rotten', 'rotte', 'sterren', 'steren', 'sterke', 'sterk', 'steken', 'stoken',
  'dieet', 'dient', 'dwaas', 'dwars', 'haat', 'haast', 'vrouw', 'vrouwen', 'mannen', 'manen', 'manden', 'laag', 'lage', 'vlag', 'vlaag', 'hart', 'dot', 'odd', 'dode', 'dodo'
].map((w) => normalisePhrase(w));

export interface CompiledLexicon {
  automaton: Automaton<LexPayload>;
  fuzzy: FuzzyIndex;
  known: ReadonlySet<string>;
  /** Words of the decency lists that may be glued to another word ("eenteef", "gewoonzielig"). */
  content: ReadonlySet<string>;
}

let compiled: CompiledLexicon | undefined;

export function lexicon(): CompiledLexicon {
  if (!compiled) {
    const { patterns, known, fuzzy, content } = buildPatterns();
    const knownAll = new Set(known);
    for (const w of COMMON_WORDS) knownAll.add(w);
    compiled = { automaton: new Automaton(patterns), fuzzy: new FuzzyIndex(fuzzy, knownAll, isDutchWord, isOtherCompound), known: knownAll, content };
  }
  return compiled;
}
