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

describe('the build-time snapshots', () => {
  it('restore a lexicon that matches exactly what compiling it does', async () => {
    const { lexicon, lexiconSnapshot, lexiconFromSnapshot } = await import('./index.js');
    const restored = lexiconFromSnapshot(lexiconSnapshot());
    expect(restored).toBeDefined();
    const text = ' ik haat die vieze kankerlijers en de moeder van daan ligt in het ziekenhuis met een gebroken been ';
    const scan = (a: typeof restored): string[] => {
      const out: string[] = [];
      a!.automaton.scan(text, (m) => out.push(`${m.start}-${m.end}:${m.payload.cat}:${m.payload.term}`));
      return out;
    };
    expect(scan(restored).length).toBeGreaterThan(3);
    expect(scan(restored)).toEqual(scan(lexicon()));
    expect([...restored!.known].sort()).toEqual([...lexicon().known].sort());
    expect(restored!.fuzzy.correct('vrow')).toBe(lexicon().fuzzy.correct('vrow'));
  });
  it('pack word lists that answer like a set', async () => {
    const { PackedWords } = await import('./dictionary.js');
    const words = ['zon', 'appel', 'één', 'café', 'peer', 'aap', 'zee'];
    const packed = new PackedWords(PackedWords.pack(words));
    expect(packed.size).toBe(7);
    for (const w of words) expect(packed.has(w)).toBe(true);
    for (const w of ['', 'ap', 'aapje', 'zzz', 'cafe', 'a']) expect(packed.has(w)).toBe(false);
  });
});
