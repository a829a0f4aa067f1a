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

describe('a dropped schwa and an inflected group plural (#9, reading7c)', () => {
  it('puts back an "e" before a final n or among consonants when that makes a word', () => {
    expect(norms('zij zoudn lopn')).toEqual(['zij', 'zouden', 'lopen']);
    expect(norms('dat wrd niks')).toContain('werd');
  });
  it('keeps words and capitalised words as written', () => {
    expect(norms('de trein')).toEqual(['de', 'trein']);
    expect(norms('Zoudn')).toEqual(['zoudn']);
  });
  it('reads a plural in -en of a listed group noun as the noun', () => {
    expect(norms('de transen')).toEqual(['de', 'trans']);
    expect(norms('de lantaarnen')).toEqual(['de', 'lantarnen']);
  });
});
