/**
 * Spelling repair in the analysis (analysis.ts): words split by a space joined through the
 * Dutch word list, and a star read as a hidden or an inserted letter, in words of our own.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from './analysis.js';
import { DE_STERREN } from '../protocol/school.js';

const norms = (t: string): string[] => analyse(t, [{ id: 'k1', name: 'Lotte Smit', role: 'pupil' }], DE_STERREN).tokens.map((x) => x.norm);

describe('a word split by a space', () => {
  it('joins two parts that are no words into a dictionary word', () => {
    expect(norms('ik ben be zig')).toEqual(['ik', 'ben', 'bezig']);
  });
  it('joins into a word of the lists when one part is no word', () => {
    expect(norms('zij zijn onbe leefd')).toContain('onbelefd');
    expect(norms('hij is gemeen en ge stoord')).toContain('gestord');
  });
  it('joins an adjective suffix or a prefix written apart', () => {
    expect(norms('jullie zijn waarde loos')).toContain('wardelos');
    expect(norms('wat ver schrikkelijk')).toContain('verschrikelijk');
  });
  it('keeps two words apart, a capitalised second word, a name and a comma', () => {
    expect(norms('mijn huis werk')).toEqual(['mijn', 'huis', 'werk']);
    expect(norms('ik ga ver weg')).toEqual(['ik', 'ga', 'ver', 'weg']);
    expect(norms('be Lotte')).toEqual(['be', 'lote']);
    expect(norms('onbe, leefd')).not.toContain('onbelefd');
  });
});

describe('a star in a word', () => {
  it('reads a star as a hidden letter or an inserted one, a listed word first', () => {
    expect(norms('ik h*aat jou')).toEqual(['ik', 'hat', 'jou']);
    expect(norms('vie*s')).toEqual(['vies']);
    expect(norms('st*nkend')).toEqual(['stinkend']);
  });
  it('a star around a word is emphasis', () => {
    expect(norms('dit is *echt* leuk')).toEqual(['dit', 'is', 'echt', 'leuk']);
  });
});
