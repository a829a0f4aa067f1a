import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Automaton, type Boundary, type Pattern } from './automaton.js';

function matches(patterns: Pattern<string>[], text: string): string[] {
  const out: string[] = [];
  new Automaton(patterns).scan(text, (m) => out.push(`${m.payload}@${m.start}`));
  return out.sort();
}

/** Reference: every occurrence found by indexOf, filtered by the same boundary rules. */
function naive(patterns: Pattern<string>[], text: string): string[] {
  const out: string[] = [];
  for (const p of patterns) {
    if (!p.text) continue;
    for (let i = text.indexOf(p.text); i >= 0; i = text.indexOf(p.text, i + 1)) {
      const end = i + p.text.length;
      const l = i === 0 || text[i - 1] === ' ';
      const r = end === text.length || text[end] === ' ';
      const ok = p.boundary === 'word' ? l && r : p.boundary === 'prefix' ? l : p.boundary === 'suffix' ? r : true;
      if (ok) out.push(`${p.payload}@${i}`);
    }
  }
  return out.sort();
}

describe('Automaton', () => {
  it('respects word boundaries', () => {
    const pats: Pattern<string>[] = [
      { text: 'dom', boundary: 'word', payload: 'dom' },
      { text: 'kanker', boundary: 'prefix', payload: 'kanker' },
      { text: 'zielig', boundary: 'suffix', payload: 'zielig' },
    ];
    expect(matches(pats, ' eigendom is dom ')).toEqual(['dom@13']);
    expect(matches(pats, ' kankerlijer ')).toEqual(['kanker@1']);
    expect(matches(pats, ' gewoonzielig ')).toEqual(['zielig@7']);
  });
  it('finds overlapping and nested patterns, multi-word ones too', () => {
    const pats: Pattern<string>[] = [
      { text: 'he', boundary: 'infix', payload: 'he' },
      { text: 'she', boundary: 'infix', payload: 'she' },
      { text: 'hers', boundary: 'infix', payload: 'hers' },
      { text: 'de sterren', boundary: 'word', payload: 'school' },
    ];
    expect(matches(pats, 'ushers de sterren')).toEqual(['he@2', 'hers@2', 'school@7', 'she@1']);
  });
  it('agrees with a naive search on random input', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' ', 'é', '1'), minLength: 1, maxLength: 5 });
    const boundary = fc.constantFrom<Boundary>('word', 'prefix', 'suffix', 'infix');
    fc.assert(
      fc.property(fc.array(fc.record({ text: word, boundary }), { minLength: 1, maxLength: 8 }), fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' ', 'é', '1'), maxLength: 40 }), (ps, text) => {
        const pats = ps.map((p, i) => ({ ...p, payload: String(i) }));
        expect(matches(pats, text)).toEqual(naive(pats, text));
      }),
      { numRuns: 300 },
    );
  });
});
