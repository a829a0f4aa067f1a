/**
 * The English reading, in sentences whose judging words, groups and verb forms no list holds
 * as written: they are derived (un- + praise, -less, superlatives, demonym endings, verb forms).
 */
import { describe, expect, it } from 'vitest';
import { decencyOf } from './probe.js';
import { analyse } from '../analysis.js';
import { DE_STERREN } from '../../protocol/school.js';
import { readEnglish } from './english.js';

const roster = [{ id: 'k4', name: 'Bram Visser', role: 'pupil' as const }, { id: 'k1', name: 'Fleur van Dijk', role: 'pupil' as const }];
const read = (text: string): string[] => readEnglish(analyse(text, roster, DE_STERREN)).hits.map((h) => h.kind);
const { kinds: decency } = decencyOf(roster);

describe('predicate', () => {
  it.each([
    'Canadians are unreliable.',
    'Icelanders are so gutless.',
    'Lithuanians are the filthiest of all.',
    'Finnish people are really untidy.',
    'Every Estonian I ever met is a crook.',
  ])('reads a derived judging word said of a group named by its ending: %s', (text) => expect(read(text)).toContain('derogation'));
  it('reads a likeness to vermin as dehumanisation, also behind an intensifying negation', () => {
    expect(read('Canadians are nothing but rodents.')).toContain('dehumanisation');
  });
  it.each([
    'Bram is a gutless weasel.',
    "You're so clueless, Fleur.",
  ])('reads an insult said to a person or a named pupil: %s', (text) => expect(read(text)).toContain('insult'));
  it.each([
    'Bram is sick today.',
    'The children are so noisy this morning.',
    'Canadians are a dangerous game to play against in hockey.',
    'Canadians are fearless skaters.',
    'Canadians are welcome here.',
  ])('leaves states, things and praise alone: %s', (text) => expect(read(text)).toEqual([]));
});

describe('inverted order, verbs of accusation and worth, hatred', () => {
  it.each([
    'The nastiest folks in Europe are Estonians.',
  ])('reads a judging subject said of a group after the copula: %s', (text) => expect(read(text)).toContain('derogation'));
  it.each([
    'The kindest folks in Europe are Estonians.',
  ])('reads a judging subject said of a group after the copula: %s', (text) => expect(read(text)).toEqual([]));
  it.each([
    ['Estonians pollute everything.', 'derogation'],
    ["Estonians don't deserve kindness.", 'dehumanisation'],
    ['Estonians are worth nothing.', 'dehumanisation'],
  ])('reads a group accused by its verb, or denied worth by a negated verb: %s → %s', (text, want) => expect(read(text)).toContain(want));
  it.each([
    'Estonians deserve kindness.',
    'Estonians take the bus to school.',
  ])('reads a group accused by its verb, or denied worth by a negated verb: %s', (text) => expect(read(text)).toEqual([]));
  it('reads a first person’s hatred of a group', () => {
    expect(read("I really can't stand Estonians.")).toContain('hate');
  });
});

describe('negation by scope', () => {
  it.each([
    "Canadians aren't unreliable.",
    'Canadians are not rodents.',
  ])('a negator before the judging word negates it: %s', (text) => expect(read(text)).toEqual([]));
  it('a negated praising word denies worth', () => {
    expect(read('Canadians are not human.')).toContain('dehumanisation');
  });
  it('withdraws a Dutch hit on a negated English predicate', () => {
    expect(decency('Canadians are not thieves.')).toEqual([]);
  });
});

describe('harm', () => {
  it.each([
    'Lithuanians should be strangled.',
    'Canadians need to be wiped out.',
    'Canadians must rot.',
  ])('reads a modal with a derived passive of harm said of a group: %s', (text) => expect(read(text)).toContain('violence'));
  it.each([
    'Canadians should not be strangled.',
  ])('reads a modal with a derived passive of harm said of a group: %s', (text) => expect(read(text)).toEqual([]));
  it.each([
    "I'm about to strangle you.",
    'We are gonna smack Bram tomorrow.',
    "If you snitch I'll smash your teeth.",
    "Fleur, you're dead after the break.",
  ])('reads a first person with an intent and a victim: %s', (text) => expect(read(text)).toContain('threat'));
  it.each([
    'I will smash this test tomorrow.',
    'This maths sheet is strangling me.',
    "I'd murder for a milkshake.",
    "You're dead right about that.",
    'My tablet is dead.',
    'I will crush you at draughts on Friday.',
  ])('a thing, "me" or "for" as object is no threat: %s', (text) => expect(read(text)).toEqual([]));
});

describe('reported speech and counter-speech', () => {
  it.each([
    'Claiming that Canadians are unreliable is ignorant.',
    'Quit telling everyone that Lithuanians should be strangled.',
    'My cousin posted that Canadians are rodents and we reported it.',
  ])('what a judged report says is not the author’s claim: %s', (text) => expect(decency(text)).toEqual([]));
  it('a report nobody judges stays a claim', () => {
    expect(decency('My cousin says Canadians are rodents.')).toContain('dehumanisation');
  });
  it('withdraws a Dutch hit on an English word the spelling repair misread', () => {
    expect(decency('That story about the dragon is true.')).toEqual([]);
  });
});

describe('language', () => {
  it('leaves Dutch sentences to the Dutch reading', () => {
    const r = readEnglish(analyse('We gaan morgen met de klas naar het museum.', roster, DE_STERREN));
    expect(Array.from(r.english).every((x) => x === 0)).toBe(true);
  });
});

describe('a death wished with a modal, and an intensified judging noun (fifth stop)', () => {
  it.each([
    ['Canadians must die.', 'violence'],
    ['Lithuanians should all die.', 'violence'],
    ['Canadians are the real vermin.', 'dehumanisation'],
  ])('reads "X should/must die" although "die" is also a Dutch word, and "the real …" before a judging noun: %s → %s', (text, want) => expect(read(text)).toContain(want));
  it.each([
    'Nobody should die of thirst.',
    'Canadians are real heroes.',
  ])('lets a death that is no wish and a positive noun pass: %s', (text) => expect(read(text)).toEqual([]));
});

describe('an intensifying object before the victim', () => {
  it('finds the victim after "the … out of"', () => {
    expect(read("I'm gonna punch the crap out of you Fleur")).toContain('threat');
  });
  it('keeps the victim of the clause only', () => {
    expect(read('I will beat the record out of pure luck')).not.toContain('threat');
  });
});
