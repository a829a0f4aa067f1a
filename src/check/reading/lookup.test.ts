/** The word lookup the English and sexual-content readings share (lookup.ts). */
import { describe, expect, it } from 'vitest';
import { wordKey } from './lookup.js';

describe('wordKey', () => {
  it('reads a word as written, squeezed when a letter repeats three times, and by its normalised form when it holds signs', () => {
    expect(wordKey('Lazy', 'lazy')).toMatchObject({ key: 'lazy', plain: 'lazy', squeezed: false });
    expect(wordKey('geiiil', 'geil').squeezed).toBe(true);
    expect(wordKey('geiiil', 'geil').key).not.toBe('geiiil');
    expect(wordKey('m*slims', 'moslims')).toMatchObject({ key: 'moslims', plain: '', squeezed: true });
  });
  it('keeps one entry per spelling, each reading’s classes in its own slot', () => {
    const a = wordKey('Ridiculous', 'ridiculous');
    a.en = 3;
    expect(wordKey('Ridiculous', 'ridiculous')).toBe(a);
    expect(wordKey('Ridiculous', 'ridiculous').sexual).toBe(-1);
  });
});
