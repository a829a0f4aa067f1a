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
  it.each([
    'je vindt geen enkele Marokkaan die eerlijk is',
    'niet één homo die normaal doet',
    'geen moslim is betrouwbaar',
  ])('reads a denying quantifier before a group and a good in its clause or relative clause: %s', (text) => expect(none(text)).toBe(1));
  it.each([
    'geen enkele Marokkaan is oneerlijk',
    'geen enkele moslim kwam te laat',
    'is er geen enkele moslim die te vertrouwen is?',
  ])('lets a negative predicate, no good, and a question pass: %s', (text) => expect(none(text)).toBe(0));
});
