import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { plain } from './disclosure.js';

/** The plain text as read on the whole text at once. */
function wholePlain(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9\s]/g, ' ')
    .replace(/\s+/g, ' ');
}

describe('plain (the disclaimer reading)', () => {
  it('folds accents, case and punctuation', () => {
    expect(plain('Dit is mijn persoonlijke mening, los van het officiële standpunt!')).toBe('dit is mijn persoonlijke mening los van het officiele standpunt ');
    expect(plain('Reacties van derden zijn voor hún rekening')).toBe('reacties van derden zijn voor hun rekening');
  });

  it('reads any text as the whole-text normalisation does', () => {
    const unit = fc.constantFrom('a', 'Z', 'e', '0', ' ', '\t', '\n', '.', ',', '’', 'é', 'È', 'ë', 'ñ', 'ß', 'İ', 'ı', 'Σ', 'ς', 'Å', 'Å', 'K', 'ﬁ', 'Ⅻ', '\u0301', '\u0323', '\u05b0', '\u00a0', '\u3000', '한', 'ᄀ', '😀', '𝐀', '\ud800', '\udc00', 'ǅ', 'ẞ', 'Ω', 'Ω');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 30 }), (parts) => {
        const t = parts.join('');
        expect(plain(t)).toBe(wholePlain(t));
      }),
      { numRuns: 5000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (t) => {
        expect(plain(t)).toBe(wholePlain(t));
      }),
      { numRuns: 5000 },
    );
  });
});
