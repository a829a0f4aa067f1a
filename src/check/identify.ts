/**
 * Whom does a draft identify? A finding names a person (their id in `people`, their name in
 * a message) only when the draft identifies them unambiguously (check contract, `people`):
 *
 * - a full name of one person identifies them; so does a first or last name only one person
 *   of the registry (other than the author) carries;
 * - a first name several people share points to none of them ("Sanne" in a school with three
 *   Sannes is "Sanne"), unless the draft names one of them in full elsewhere ("Sanne de Vries
 *   heeft waterpokken. Sanne blijft thuis.");
 * - a relation ("de moeder van Sanne", "Mees zijn vader") is about the relative: contact
 *   details tied that way concern that relative, who the draft does not name.
 *
 * Detectors keep their own reading of who a sentence is about (they report the first of the
 * people sharing a name, so the information is still protected); rules ask `referents` which
 * of those ids to name and which words of the draft to quote instead.
 */
import type { NameMatch, PhraseMatch, TextAnalysis } from './analysis.js';
import { nameAt } from './detectors/context.js';
import { LEXICON_FILES } from './lexicon/index.js';
import { normalisePhrase } from './text/normalize.js';
import { oncePerAnalysis } from './reading/memo.js';

export interface Mention {
  first: number;
  last: number;
  /** Everyone (but the author) the words may stand for. */
  candidates: string[];
  /** The one person the words identify, if the draft settles it. */
  person?: string;
  /** The words as written. */
  words: string;
  /** The mention is the object of a relation ("de vader van Sanne", "Mees zijn vader"). */
  relation?: [number, number];
  /** The relation as written, for a message ("de vader van Sanne"). */
  relationWords?: string;
}

export interface Identification {
  mentions: Mention[];
  /** The mentions (in text order) that may stand for a person, by id. */
  byCandidate: ReadonlyMap<string, Mention[]>;
  /** Ids the draft identifies unambiguously. */
  identified: ReadonlySet<string>;
}

/** The identifications of one analysis by author id ('' for none). */
const identifications = oncePerAnalysis(() => new Map<string, Identification>());

/** The nouns of the relation list ("moeder van" → "moeder"), for the genitive "Noors moeder". */
const RELATION_NOUNS = new Set(
  (LEXICON_FILES.personal?.categories.relation ?? []).filter((t) => t.endsWith(' van')).map((t) => normalisePhrase(t.slice(0, -4))),
);

/** Is the name written in the genitive ("Noors", "Fleur's"), rather than a name ending in s? */
function genitiveOf(a: TextAnalysis, m: NameMatch): boolean {
  const raw = a.source.slice(a.tokens[m.first]!.start, a.tokens[m.last]!.end);
  if (!/(['’]s|s)$/.test(raw)) return false;
  const written = normalisePhrase(raw.replace(/['’]?s$/, ''));
  const name = normalisePhrase(m.person.name);
  return written !== '' && (name === written || name.split(' ')[0] === written);
}

/** "De moeder van Sanne", "Mevrouw Bakker" at a sentence start read "de moeder van Sanne" inside a message. */
function lowerLead(words: string, lead: boolean): string {
  return lead ? words.charAt(0).toLowerCase() + words.slice(1) : words;
}

/** The mentions of people in a draft (cached per reading and author). */
export function identify(a: TextAnalysis, authorId: string | undefined): Identification {
  const perAuthor = identifications(a);
  const key = authorId ?? '';
  let id = perAuthor.get(key);
  if (!id) {
    id = build(a, authorId);
    perAuthor.set(key, id);
  }
  return id;
}

function build(a: TextAnalysis, authorId: string | undefined): Identification {
  // the longest match at each place ("Sanne de Vries" over "Sanne" and "Vries")
  const kept: NameMatch[] = [];
  const sorted = [...a.names].sort((x, y) => x.first - y.first || y.last - x.last);
  let end = -1;
  for (const m of sorted) {
    if (m.first <= end) {
      // a match inside the previous one, or one over the same words for other people
      const prev = kept[kept.length - 1]!;
      if (m.first === prev.first && m.last === prev.last) kept[kept.length - 1] = { ...prev, persons: [...prev.persons, ...m.persons.filter((p) => !prev.persons.includes(p))] };
      continue;
    }
    kept.push(m);
    end = m.last;
  }
  // relations by the token they end on ("moeder van") and start on ("zijn vader")
  const relationEnding = new Map<number, PhraseMatch>();
  const relationStarting = new Map<number, PhraseMatch>();
  for (const r of a.matches('p.relation')) {
    if (!relationEnding.has(r.last)) relationEnding.set(r.last, r);
    if (!relationStarting.has(r.first)) relationStarting.set(r.first, r);
  }
  const mentions: Mention[] = [];
  for (const m of kept) {
    // the detectors' reading of a name (capitals, ordinary words): only what they would count
    if (nameAt(a, m.first, authorId) === undefined) continue;
    const candidates = [...new Set(m.persons.map((p) => p.id))].filter((pid) => pid !== authorId);
    if (candidates.length === 0) continue;
    // the words as written, with a title before them ("mevrouw Bakker", "juf Sanne")
    const titled = m.first > 0 && a.has(m.first - 1, 'p.title') && a.tokens[m.first - 1]!.sentence === a.tokens[m.first]!.sentence;
    const [s, e] = a.span(titled ? m.first - 1 : m.first, m.last);
    const mention: Mention = { first: m.first, last: m.last, candidates, words: lowerLead(a.source.slice(s, e), titled) };
    if (candidates.length === 1) mention.person = candidates[0]!;
    const before = relationEnding.get(m.first - 1);
    const after = relationStarting.get(m.last + 1);
    if (before && a.tokens[before.last]!.norm === 'van') {
      const det = before.first > 0 && /^(de|het|een)$/.test(a.tokens[before.first - 1]!.norm) && a.tokens[before.first - 1]!.sentence === a.tokens[before.first]!.sentence;
      mention.relation = a.span(det ? before.first - 1 : before.first, m.last);
      mention.relationWords = lowerLead(a.source.slice(...mention.relation), true);
    }
    else if (genitiveOf(a, m) && RELATION_NOUNS.has(a.tokens[m.last + 1]?.norm ?? '')) {
      // "Noors moeder", "Fleur's vader"
      mention.relation = a.span(m.first, m.last + 1);
      mention.relationWords = a.source.slice(...mention.relation);
    } else if (after && /^(zijn|haar|z n|d r)\b/.test(after.term)) {
      mention.relation = a.span(m.first, after.last);
      mention.relationWords = a.source.slice(...mention.relation);
    }
    mentions.push(mention);
  }
  // a shared first name after the full name of one of its bearers stands for that one
  const full = new Set(mentions.filter((m) => m.person !== undefined && m.last > m.first).map((m) => m.person!));
  for (const m of mentions) {
    if (m.person !== undefined) continue;
    const named = m.candidates.filter((c) => full.has(c));
    if (named.length === 1) m.person = named[0]!;
  }
  const byCandidate = new Map<string, Mention[]>();
  for (const m of mentions) for (const c of m.candidates) (byCandidate.get(c) ?? byCandidate.set(c, []).get(c)!).push(m);
  return { mentions, byCandidate, identified: new Set(mentions.flatMap((m) => (m.person !== undefined ? [m.person] : []))) };
}

export interface Referents {
  /** Ids to list on the finding. */
  people: string[];
  /** How to name them in a message: a full name for an identified person, else the draft's own words. */
  labels: string[];
}

/**
 * Which of the ids a detector reported may a finding name? `within` limits the mentions to a
 * range of the text (the sentence of the hit); `relatives` says the information is about the
 * relative of a person named through a relation (contact details), so that person is not listed.
 */
export function referents(
  a: TextAnalysis,
  authorId: string | undefined,
  ids: readonly string[],
  nameOf: (id: string) => string | undefined,
  opts: { within?: [number, number]; relatives?: boolean } = {},
): Referents {
  const { byCandidate } = identify(a, authorId);
  const people: string[] = [];
  const labels: string[] = [];
  /** The mentions of `id` that overlap the range (binary search: mentions are in text order). */
  const inRange = (list: Mention[], [from, to]: [number, number]): Mention[] => {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (a.tokens[list[mid]!.last]!.end <= from) lo = mid + 1;
      else hi = mid;
    }
    const out: Mention[] = [];
    for (let i = lo; i < list.length && a.tokens[list[i]!.first]!.start < to; i++) out.push(list[i]!);
    return out;
  };
  for (const id of ids) {
    const all = byCandidate.get(id) ?? [];
    const ms = opts.within ? inRange(all, opts.within) : all;
    const pool = ms.length > 0 ? ms : all;
    if (pool.length === 0) continue; // not in the text (e.g. only in the detector's reading)
    const relative = opts.relatives === true && pool.every((m) => m.relation !== undefined);
    const sure = pool.find((m) => m.person === id);
    if (relative) {
      const words = pool[0]!.relationWords!;
      if (!labels.includes(words)) labels.push(words);
      continue;
    }
    if (sure) {
      if (!people.includes(id)) people.push(id);
      const name = nameOf(id) ?? sure.words;
      if (!labels.includes(name)) labels.push(name);
      continue;
    }
    const words = pool[0]!.words;
    if (!labels.includes(words)) labels.push(words);
  }
  return { people, labels };
}

/** The person the words at token `k` identify, if the draft settles it. */
export function personAt(a: TextAnalysis, authorId: string | undefined, k: number): string | undefined {
  const { mentions } = identify(a, authorId);
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.last < k) lo = mid + 1;
    else hi = mid;
  }
  const m = mentions[lo];
  return m && m.first <= k ? m.person : undefined;
}
