/**
 * Exclusion of one person organised by a group (exclusion-vote.ts), in words of our own that no
 * case file holds: a vote over a removal or the worst, ostracism by a group, an exclusion enforced;
 * polls without a person, a game's rule, a negated ostracism and a report pass.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../analysis.js';
import { DE_STERREN } from '../../protocol/school.js';
import type { Person } from '../types.js';
import { readExclusionVotes } from './exclusion-vote.js';

const people: Person[] = [
  { id: 'p1', name: 'Fenna Bos', role: 'pupil' },
  { id: 'p2', name: 'Joris Hendriks', role: 'pupil' },
];
const read = (text: string): string[] => readExclusionVotes(analyse(text, people, DE_STERREN)).map((h) => h.kind);

describe('a vote over a person', () => {
  it.each([
    ['peiling: moet joris uit de schaakclub? 👍 of 👎', ['exclusion']],
    ['stemmen wie er voor is dat fenna niet meer meedoet met gym', ['exclusion']],
    ['poll: wie is de lelijkste van de klas? ik zeg fenna', ['insult']],
  ])('reads a poll over a named person’s removal, or over the worst with a person as the answer: %s → %s', (text, want) => expect(read(text)).toEqual(want));
  it.each([
    'poll: wie wil er patat bij de eindmusical? 👍',
    'stemmen: wie is de snelste loper? ik stem op joris',
    'fenna ziet er goed uit vandaag 👍',
  ])('lets a poll over things, an election and praise pass: %s', (text) => expect(read(text)).toEqual([]));
});

describe('ostracism and an exclusion enforced', () => {
  it.each([
    'we blokkeren joris allemaal op snapchat',
    'iedereen laat fenna vanaf nu links liggen',
    'niemand nodigt joris uit voor de film',
  ])('reads a group ignoring or shutting out a person, and "niemand nodigt … uit": %s', (text) => expect(read(text)).toEqual(['exclusion']));
  it('reads siding with a person made the cause of one’s own expulsion', () => {
    expect(read('wie nog met joris chat, vliegt er ook uit')).toEqual(['exclusion']);
  });
  it.each([
    'we sluiten niemand buiten, ook joris niet',
    'fenna werd genegeerd in de pauze, dat vind ik zielig',
    'we negeren de herrie van de bouw en werken door',
    'wie de lijn overstapt, ligt eruit',
  ])('lets a negated ostracism, a report, ignoring a thing and a game’s rule pass: %s', (text) => expect(read(text)).toEqual([]));
});
