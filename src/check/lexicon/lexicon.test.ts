import { describe, expect, it } from 'vitest';
import { LEXICON_FILES, lexicon } from './index.js';
import { dutchWords, isDutchWord } from './dictionary.js';

describe('word lists are data with a source, a licence and a date', () => {
  it.each(Object.entries(LEXICON_FILES))('%s', (_name, file) => {
    expect(file.about.length).toBeGreaterThan(20);
    expect(file.source.length).toBeGreaterThan(20);
    expect(file.licence).toMatch(/CC BY|BSD/);
    expect(file.licence).not.toMatch(/GPL/);
    expect(file.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const [cat, terms] of Object.entries(file.categories)) {
      expect(terms.length, cat).toBeGreaterThan(0);
      for (const t of terms) expect(t, cat).toBe(t.toLowerCase());
    }
  });
  it('compiles into one automaton', () => {
    expect(lexicon().automaton.size).toBeGreaterThan(2000);
  });
  it('knows real Dutch words from the OpenTaal list', () => {
    expect(dutchWords().size).toBeGreaterThan(100_000);
    expect(isDutchWord('hoeven')).toBe(true);
    expect(isDutchWord('wlag')).toBe(false);
  });
});

describe('category bits', () => {
  it('agree with the matches for every category, however many categories there are', async () => {
    const { analyse } = await import('../analysis.js');
    const { CATEGORIES } = await import('./index.js');
    const { DE_STERREN } = await import('../../protocol/school.js');
    expect(CATEGORIES.length).toBeGreaterThan(64); // more than two 32-bit words per token
    // one plain term of every category, in one text
    const terms = Object.values(LEXICON_FILES).flatMap((f) => Object.values(f.categories).map((list) => list.find((t) => !t.includes('*')) ?? ''));
    const a = analyse(terms.filter(Boolean).join('. '), [], DE_STERREN);
    for (const cat of CATEGORIES) {
      const matches = a.matches(cat);
      for (let k = 0; k < a.tokens.length; k++) {
        expect(a.has(k, cat), `${cat} at token ${k} (${a.tokens[k]!.norm})`).toBe(matches.some((p) => p.first <= k && k <= p.last));
      }
    }
  });
});
