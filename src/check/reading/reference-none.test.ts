/** A whole group denied every good (reading/reference-none.ts), in words of our own. */
import { describe, expect, it } from 'vitest';
import { analyse } from '../analysis.js';
import { DE_STERREN } from '../../protocol/school.js';
import { readNoneGood } from './reference-none.js';
import { targetsOf } from './structure.js';

const none = (t: string): number => {
  const a = analyse(t, [], DE_STERREN);
  return readNoneGood(a, targetsOf(a, undefined)).length;
};

describe('a group denied every good', () => {
  it('reads a denying quantifier before a group and a good in its clause or relative clause', () => {
    expect(none('je vindt geen enkele Marokkaan die eerlijk is')).toBe(1);
    expect(none('niet één homo die normaal doet')).toBe(1);
    expect(none('geen moslim is betrouwbaar')).toBe(1);
  });
  it('lets a negative predicate, no good, and a question pass', () => {
    expect(none('geen enkele Marokkaan is oneerlijk')).toBe(0);
    expect(none('geen enkele moslim kwam te laat')).toBe(0);
    expect(none('is er geen enkele moslim die te vertrouwen is?')).toBe(0);
  });
});
