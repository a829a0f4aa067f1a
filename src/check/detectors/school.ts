/**
 * School mentions and scope (D1, D2).
 *
 * Catches the school's name and aliases with typos, spacing, accents, hashtags and
 * handles ("nbs de sterren", "n.b.s. De Stèrren", "#desterren", "@nbsdesterren"), and
 * school-life words ("onze klas", "groep 5", "juf", "ouderavond", "leerlingen").
 *
 * The short name of de Sterren is also an ordinary phrase (the stars, hotel stars,
 * football stars). "de Sterren" counts as the school when written with a capital S,
 * or in lower case with a preposition before it ("op de sterren") and other school
 * words in the draft — and not when the draft speaks of the sky, hotels or television
 * (telescope, night sky, hotel anywhere in the draft; ordinary words such as "kijken" or
 * "vanavond" only next to the name).
 */
import type { TextAnalysis } from '../analysis.js';
import { mapPacked } from '../reading/word-sets.js';

export interface SchoolMention {
  first: number;
  last: number;
  certain: boolean;
}

export interface SchoolScope {
  mentions: SchoolMention[];
  /** Token indices of school-life words. */
  lifeWords: number[];
}

/** How close (in words) an ordinary stars word must be to the name: "de Sterren stonden te stralen". */
const STARS_NEAR = 5;

export function detectSchool(a: TextAnalysis, shortNameIsCommonPhrase: boolean): SchoolScope {
  const lifeWords = mapPacked(a.matches('s.schoolLife'), (p) => p.first);
  const starsAnywhere = a.matches('s.starsContext').length > 0;
  const starsNear = a.matches('s.starsNear');
  const mentions: SchoolMention[] = [];
  for (const m of a.schoolNames) {
    const s = a.tokens[m.first]!.sentence;
    const starsContext = starsAnywhere || starsNear.some((p) => a.tokens[p.first]!.sentence === s && Math.min(Math.abs(p.first - m.last), Math.abs(m.first - p.last)) <= STARS_NEAR);
    if (m.kind === 'name' || !shortNameIsCommonPhrase) {
      mentions.push({ first: m.first, last: m.last, certain: true });
      continue;
    }
    const lastTok = a.tokens[m.last]!;
    const capital = lastTok.capitalised;
    const prev = a.tokens[m.first - 1];
    const preposition = prev !== undefined && prev.sentence === a.tokens[m.first]!.sentence && a.has(m.first - 1, 's.schoolPreposition');
    const schoolContext = lifeWords.length > 0;
    // "De Sterren Dansen": a capitalised word right after makes it a title
    const next = a.tokens[m.last + 1];
    const titleLike = next !== undefined && next.capitalised && next.sentence === lastTok.sentence;
    if (capital && !titleLike && (!starsContext || schoolContext)) mentions.push({ first: m.first, last: m.last, certain: true });
    else if (!capital && preposition && schoolContext && !starsContext) mentions.push({ first: m.first, last: m.last, certain: true });
  }
  return { mentions, lifeWords };
}
