import { describe, expect, it } from 'vitest';
import { applyEdits, highlight } from './text.js';

describe('applyEdits', () => {
  it('applies insertions, deletions and replacements by the original offsets', () => {
    const t = 'Bel me op 06-12345678 of mail.';
    expect(applyEdits(t, [{ span: [6, 21], text: '' }])).toBe('Bel me of mail.');
    expect(applyEdits(t, [{ span: [t.length, t.length], text: ' Groet.' }, { span: [0, 3], text: 'App' }])).toBe('App me op 06-12345678 of mail. Groet.');
  });
  it('skips an edit that overlaps one already applied, and one outside the text', () => {
    expect(applyEdits('abcdef', [{ span: [1, 4], text: 'X' }, { span: [3, 5], text: 'Y' }])).toBe('abcYf');
    expect(applyEdits('abc', [{ span: [2, 9], text: 'X' }])).toBe('abc');
  });
});

describe('highlight', () => {
  it('marks the spans with the most severe finding over them', () => {
    const pieces = highlight('een twee drie', [
      { rule: 'A5', severity: 'revise', message: '', messageEn: '', span: [0, 8] },
      { rule: 'A2', severity: 'block', message: '', messageEn: '', span: [4, 13] },
    ]);
    expect(pieces).toEqual([
      { text: 'een ', severity: 'revise' },
      { text: 'twee drie', severity: 'block' },
    ]);
    expect(highlight('niets', [{ rule: 'A1', severity: 'info', message: '', messageEn: '' }])).toEqual([{ text: 'niets' }]);
  });
});
