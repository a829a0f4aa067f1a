import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findPhoneNumbersInText } from 'libphonenumber-js';
import { leadingPhoneNumbers } from './phones.js';

/** What the detector read before: the whole text through the matcher, kept when it starts with 0, + or (. */
function whole(text: string): { startsAt: number; endsAt: number }[] {
  return findPhoneNumbersInText(text, 'NL')
    .filter((p) => /^[0+(]/.test(text.slice(p.startsAt, p.endsAt)))
    .map((p) => ({ startsAt: p.startsAt, endsAt: p.endsAt }));
}

describe('leadingPhoneNumbers', () => {
  it('finds the numbers of a draft at their offsets', () => {
    const text = 'In groep 5 op 12-03-2026: bel de vader van Sanne op 06-12345678 of +31 6 87654321 (toestel 12), of (020) 123 4567 ext. 12.';
    expect(leadingPhoneNumbers(text)).toEqual(whole(text));
    expect(leadingPhoneNumbers(text).length).toBeGreaterThanOrEqual(3);
  });

  it('agrees with the matcher on the whole text (numbers among digits, separators, extension words, letters)', () => {
    const phone = fc.constantFrom('06-12345678', '020 123 4567', '+31 6 12345678', '(020) 1234567', '0612345678', '06 12 34 56 78', '+32 2 123 45 67', '0031 20 1234567', '+1 650 253 0000', '088-1234567', '0800-1234', '(06)12345678', '+44 20 7946 0958');
    const piece = fc.constantFrom(
      '0', '1', '5', '9', '06', '123', '+', '(', ')', '[', ']', '-', ' ', '.', ',', ',,', ';', ':', '/', '#', '~', '\t', '\n', 'x', 'ext', 'ext.', 'extension', 'anexo', 'int', 'доб', 'ｘ', '１２', '٣٤',
      'a', 'e', 'i', 'n', 'o', 's', 't', 'b', 'k', 'bel', 'tel', 'op', 'is', 'Sanne', 'Tel:', 'en', '12:30', ':45', '2026', '12/03/2026', '€', 'é', ' - ', '2011-227 (2003)',
    );
    const text = fc.array(fc.oneof({ arbitrary: phone, weight: 1 }, { arbitrary: piece, weight: 4 }), { maxLength: 30 }).map((parts) => parts.join(''));
    let found = 0;
    fc.assert(
      fc.property(text, (t) => {
        const expected = whole(t);
        if (expected.length > 0) found++;
        expect(leadingPhoneNumbers(t)).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
    // the generated drafts hold numbers (about a quarter of them)
    expect(found).toBeGreaterThan(300);
  });
});
