import { describe, expect, it } from 'vitest';
import { normalise, normalisePhrase, squeeze, SENTENCE_HARD_MAX } from './normalize.js';

const norms = (t: string): string[] => normalise(t).tokens.map((x) => x.norm);

describe('normalise', () => {
  it('folds case and accents and squeezes repeated letters', () => {
    expect(norms('De Stèrren HAAAAT')).toEqual(['de', 'steren', 'hat']);
    expect(squeeze('kankerrrr')).toBe('kanker');
    expect(squeeze('0611')).toBe('0611');
  });
  it('undoes leetspeak only between letters', () => {
    expect(norms('k@nker h0er h44t')).toEqual(['kanker', 'hoer', 'hat']);
    expect(norms('groep 5 had een 8,5')).toEqual(['groep', '5', 'had', 'en', '8', '5']);
  });
  it('joins spaced-out letters', () => {
    expect(norms('t e s s  is een  h 0 e r')).toEqual(['tes', 'is', 'en', 'hoer']);
    expect(norms('k a n k e r')).toEqual(['kanker']);
    expect(norms('a b')).toEqual(['a', 'b']);
  });
  it('keeps abbreviations and hyphenated words together, splits e-mail addresses', () => {
    expect(norms('n.b.s. de Sterren')).toEqual(['nbs', 'de', 'steren']);
    expect(norms('non-actief')).toEqual(['nonactief']);
    expect(norms('levi.brouwer@outlook.com')).toEqual(['levi', 'brouwer', 'outlok', 'com']);
  });
  it('maps every token back to the original text (UTF-16 offsets)', () => {
    const text = '😀 Hé Zoë, k@nker!';
    const { tokens } = normalise(text);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['Hé', 'Zoë', 'k@nker']);
  });
  it('numbers sentences and clauses; abbreviation dots do not end a sentence', () => {
    const t = normalise('Ik werk op n.b.s. de Sterren. Het is fijn, echt waar');
    expect(t.tokens.map((x) => x.sentence)).toEqual([0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1]);
    expect(t.tokens[9]!.clause).toBeGreaterThan(t.tokens[8]!.clause);
  });
  it('marks quoted words', () => {
    const t = normalise('Iemand schreef "je bent dom" en dat is niet oké');
    expect(t.tokens.filter((x) => x.quoted).map((x) => x.norm)).toEqual(['je', 'bent', 'dom']);
  });
  it('normalises patterns the same way as text', () => {
    expect(normalisePhrase('Zwarte  personen')).toBe('zwarte personen');
  });
});

describe('sentences without an end', () => {
  it('are cut at a bounded length, at a clause boundary when there is one', () => {
    const words = Array.from({ length: 1000 }, (_, i) => (i % 70 === 65 ? 'woord,' : 'woord')).join(' ');
    const { tokens } = normalise(words);
    const sizes = new Map<number, number>();
    for (const t of tokens) sizes.set(t.sentence, (sizes.get(t.sentence) ?? 0) + 1);
    expect(Math.max(...sizes.values())).toBeLessThanOrEqual(SENTENCE_HARD_MAX);
    // the cut after the soft maximum falls on the comma
    expect(sizes.get(0)).toBe(66);
    // an ordinary sentence is untouched
    expect(new Set(normalise('Wat een mooie dag, vind ik, met groep 5 op het plein.').tokens.map((t) => t.sentence)).size).toBe(1);
  });
});

describe('obfuscation at word edges and signs (#9, reading7c)', () => {
  it('reads an "@" at a leet word\'s edge as an "a", not a handle\'s', () => {
    expect(norms('kn@ v0l@ g@p')).toEqual(['kna', 'vola', 'gap']);
    expect(norms('@v3rs @f')).toEqual(['avers', 'af']);
    expect(norms('@noor kom je')).toEqual(['nor', 'kom', 'je']);
  });
  it('joins spaced letters with an apostrophe s written apart', () => {
    expect(norms("p o l e n ' s")).toEqual(['polens']);
  });
  it('reads "=" between words as a copula, not in an equation', () => {
    expect(norms('boeren = dom')).toEqual(['boeren', 'is', 'dom']);
    expect(norms('3 + 4 = 7')).toEqual(['3', '4', '7']);
    expect(norms('x == y')).toEqual(['x', 'y']);
  });
});
