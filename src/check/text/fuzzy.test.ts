import { describe, expect, it } from 'vitest';
import { FuzzyIndex, osaDistanceAtMostOne } from './fuzzy.js';

describe('FuzzyIndex', () => {
  const idx = new FuzzyIndex(['vrouwen', 'moslim', 'walg', 'dod', 'ward'], new Set(['zwaar', 'haar']));
  it('corrects one dropped, added, changed or swapped letter', () => {
    expect(idx.correct('vrowen')).toBe('vrouwen');
    expect(idx.correct('mslim')).toBe('moslim');
    expect(idx.correct('wlag')).toBe('walg');
    expect(idx.correct('wadr')).toBe('ward'); // squeezed forms: "waadr" → "wadr", "waard" → "ward"
    expect(idx.correct('odod')).toBe('dod');
  });
  it('leaves known words and short words alone', () => {
    expect(idx.correct('zwaar')).toBeUndefined();
    expect(idx.correct('dot')).toBeUndefined();
    expect(idx.correct('tafel')).toBeUndefined();
  });
  it('measures distance', () => {
    expect(osaDistanceAtMostOne('abcd', 'abdc')).toBe(true);
    expect(osaDistanceAtMostOne('abcd', 'badc')).toBe(false);
  });
});
