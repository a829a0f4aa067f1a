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
  it('reads a derived judging word said of a group named by its ending', () => {
    expect(read('Canadians are unreliable.')).toContain('derogation');
    expect(read('Icelanders are so gutless.')).toContain('derogation');
    expect(read('Lithuanians are the filthiest of all.')).toContain('derogation');
    expect(read('Finnish people are really untidy.')).toContain('derogation');
    expect(read('Every Estonian I ever met is a crook.')).toContain('derogation');
  });
  it('reads a likeness to vermin as dehumanisation, also behind an intensifying negation', () => {
    expect(read('Canadians are nothing but rodents.')).toContain('dehumanisation');
  });
  it('reads an insult said to a person or a named pupil', () => {
    expect(read('Bram is a gutless weasel.')).toContain('insult');
    expect(read("You're so clueless, Fleur.")).toContain('insult');
  });
  it('leaves states, things and praise alone', () => {
    expect(read('Bram is sick today.')).toEqual([]);
    expect(read('The children are so noisy this morning.')).toEqual([]);
    expect(read('Canadians are a dangerous game to play against in hockey.')).toEqual([]);
    expect(read('Canadians are fearless skaters.')).toEqual([]);
    expect(read('Canadians are welcome here.')).toEqual([]);
  });
});

describe('inverted order, verbs of accusation and worth, hatred', () => {
  it('reads a judging subject said of a group after the copula', () => {
    expect(read('The nastiest folks in Europe are Estonians.')).toContain('derogation');
    expect(read('The kindest folks in Europe are Estonians.')).toEqual([]);
  });
  it('reads a group accused by its verb, or denied worth by a negated verb', () => {
    expect(read('Estonians pollute everything.')).toContain('derogation');
    expect(read("Estonians don't deserve kindness.")).toContain('dehumanisation');
    expect(read('Estonians are worth nothing.')).toContain('dehumanisation');
    expect(read('Estonians deserve kindness.')).toEqual([]);
    expect(read('Estonians take the bus to school.')).toEqual([]);
  });
  it('reads a first person’s hatred of a group', () => {
    expect(read("I really can't stand Estonians.")).toContain('hate');
  });
});

describe('negation by scope', () => {
  it('a negator before the judging word negates it', () => {
    expect(read("Canadians aren't unreliable.")).toEqual([]);
    expect(read('Canadians are not rodents.')).toEqual([]);
  });
  it('a negated praising word denies worth', () => {
    expect(read('Canadians are not human.')).toContain('dehumanisation');
  });
  it('withdraws a Dutch hit on a negated English predicate', () => {
    expect(decency('Canadians are not thieves.')).toEqual([]);
  });
});

describe('harm', () => {
  it('reads a modal with a derived passive of harm said of a group', () => {
    expect(read('Lithuanians should be strangled.')).toContain('violence');
    expect(read('Canadians need to be wiped out.')).toContain('violence');
    expect(read('Canadians must rot.')).toContain('violence');
    expect(read('Canadians should not be strangled.')).toEqual([]);
  });
  it('reads a first person with an intent and a victim', () => {
    expect(read("I'm about to strangle you.")).toContain('threat');
    expect(read('We are gonna smack Bram tomorrow.')).toContain('threat');
    expect(read("If you snitch I'll smash your teeth.")).toContain('threat');
    expect(read("Fleur, you're dead after the break.")).toContain('threat');
  });
  it('a thing, "me" or "for" as object is no threat', () => {
    expect(read('I will smash this test tomorrow.')).toEqual([]);
    expect(read('This maths sheet is strangling me.')).toEqual([]);
    expect(read("I'd murder for a milkshake.")).toEqual([]);
    expect(read("You're dead right about that.")).toEqual([]);
    expect(read('My tablet is dead.')).toEqual([]);
    expect(read('I will crush you at draughts on Friday.')).toEqual([]);
  });
});

describe('reported speech and counter-speech', () => {
  it('what a judged report says is not the author’s claim', () => {
    expect(decency('Claiming that Canadians are unreliable is ignorant.')).toEqual([]);
    expect(decency('Quit telling everyone that Lithuanians should be strangled.')).toEqual([]);
    expect(decency('My cousin posted that Canadians are rodents and we reported it.')).toEqual([]);
  });
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
  it('reads "X should/must die" although "die" is also a Dutch word, and "the real …" before a judging noun', () => {
    expect(read('Canadians must die.')).toContain('violence');
    expect(read('Lithuanians should all die.')).toContain('violence');
    expect(read('Canadians are the real vermin.')).toContain('dehumanisation');
  });
  it('lets a death that is no wish and a positive noun pass', () => {
    expect(read('Nobody should die of thirst.')).toEqual([]);
    expect(read('Canadians are real heroes.')).toEqual([]);
  });
});

describe('an intensifying object before the victim', () => {
  it('finds the victim after "the … out of"', () => {
    expect(read("I'm gonna punch the crap out of you Fleur")).toContain('threat');
  });
  it('keeps the victim of the clause only', () => {
    expect(read('I will beat the record out of pure luck')).not.toContain('threat');
  });
});
