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
  it('reads a poll over a named person’s removal, or over the worst with a person as the answer', () => {
    expect(read('peiling: moet joris uit de schaakclub? 👍 of 👎')).toEqual(['exclusion']);
    expect(read('stemmen wie er voor is dat fenna niet meer meedoet met gym')).toEqual(['exclusion']);
    expect(read('poll: wie is de lelijkste van de klas? ik zeg fenna')).toEqual(['insult']);
  });
  it('lets a poll over things, an election and praise pass', () => {
    expect(read('poll: wie wil er patat bij de eindmusical? 👍')).toEqual([]);
    expect(read('stemmen: wie is de snelste loper? ik stem op joris')).toEqual([]);
    expect(read('fenna ziet er goed uit vandaag 👍')).toEqual([]);
  });
});

describe('ostracism and an exclusion enforced', () => {
  it('reads a group ignoring or shutting out a person, and "niemand nodigt … uit"', () => {
    expect(read('we blokkeren joris allemaal op snapchat')).toEqual(['exclusion']);
    expect(read('iedereen laat fenna vanaf nu links liggen')).toEqual(['exclusion']);
    expect(read('niemand nodigt joris uit voor de film')).toEqual(['exclusion']);
  });
  it('reads siding with a person made the cause of one’s own expulsion', () => {
    expect(read('wie nog met joris chat, vliegt er ook uit')).toEqual(['exclusion']);
  });
  it('lets a negated ostracism, a report, ignoring a thing and a game’s rule pass', () => {
    expect(read('we sluiten niemand buiten, ook joris niet')).toEqual([]);
    expect(read('fenna werd genegeerd in de pauze, dat vind ik zielig')).toEqual([]);
    expect(read('we negeren de herrie van de bouw en werken door')).toEqual([]);
    expect(read('wie de lijn overstapt, ligt eruit')).toEqual([]);
  });
});
