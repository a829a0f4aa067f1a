import { describe, expect, it } from 'vitest';
import { searchRoster } from './PersonSearch.js';

const roster = [
  { id: 'a', name: 'Sanne de Vries', hint: 'groep 1' },
  { id: 'b', name: 'Sanne de Vries', hint: 'groep 6' },
  { id: 'c', name: 'Zoë Jansen' },
];

describe('searching the roster by name', () => {
  it('finds a word that starts with the query, accents folded, from two letters', () => {
    expect(searchRoster(roster, 'z', [])).toEqual([]);
    expect(searchRoster(roster, 'zoe', []).map((p) => p.id)).toEqual(['c']);
    expect(searchRoster(roster, 'VRI', []).map((p) => p.id)).toEqual(['a', 'b']);
  });
  it('leaves out who is already tagged, also for a query of several words', () => {
    expect(searchRoster(roster, 'sanne', ['a']).map((p) => p.id)).toEqual(['b']);
    // the photo-wide search once let an excluded person back in through the several-words branch
    expect(searchRoster(roster, 'sanne de', ['a']).map((p) => p.id)).toEqual(['b']);
  });
});
