/**
 * A person kept out of a group (exclusion-keepout.ts), in words of our own that no case file holds:
 * nobody lets the person in, the person removed from a group, the person treated as air; leaving
 * no one alone, a sincere question, being put in a group, a negated removal and one person's past
 * look pass. And a name written in lower case beside a word shouted in capitals (context.ts).
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../analysis.js';
import { DE_STERREN } from '../../protocol/school.js';
import type { Person } from '../types.js';
import { readKeepOut } from './exclusion-keepout.js';
import { decencyOf } from './probe.js';

const people: Person[] = [
  { id: 'p1', name: 'Fenna Bos', role: 'pupil' },
  { id: 'p2', name: 'Joris Hendriks', role: 'pupil' },
];
const read = (text: string): string[] => readKeepOut(analyse(text, people, DE_STERREN)).map((h) => h.kind);
const { blocked } = decencyOf(people);

describe('a person kept out', () => {
  it('reads nobody choosing, taking or needing the person', () => {
    expect(read('Bij trefbal kiest niemand Joris in de ploeg')).toEqual(['exclusion']);
    expect(read('Naar de film neemt niemand Fenna mee, echt niet')).toEqual(['exclusion']);
    expect(read('Joris is zo irritant, niemand wil hem er ooit bij')).toEqual(['exclusion']);
  });
  it('reads the person removed from a group, as an imperative or by a group', () => {
    expect(read('Smijt Fenna uit de whatsappgroep van de klas')).toEqual(['exclusion']);
    expect(read('we knikkeren Joris eruit vanavond')).toEqual(['exclusion']);
  });
  it('reads the person treated as air by the group', () => {
    expect(read('Fenna is vanaf nu doorzichtig voor iedereen')).toEqual(['exclusion']);
    expect(read('Morgen doen we allemaal alsof Joris niet bestaat')).toEqual(['exclusion']);
    expect(blocked('Morgen doen we allemaal alsof Joris niet bestaat')).toBe(true);
  });
});

describe('look-alikes that pass', () => {
  it('lets leaving no one alone, a sincere question and being put in a group pass', () => {
    expect(read('Niemand laat Fenna achter bij de speurtocht, we wachten op elkaar')).toEqual([]);
    expect(read('Neemt iemand Joris mee naar de bieb? Hij weet de weg niet')).toEqual([]);
    expect(read('Zet Fenna even in de whatsappgroep, ze is nieuw')).toEqual([]);
  });
  it('lets a negated removal and one person’s past look pass', () => {
    expect(read('we knikkeren Joris echt niet uit de ploeg, hij is goed')).toEqual([]);
    expect(read('Fenna keek door me heen, ze was haar bril vergeten')).toEqual([]);
  });
});

describe('a name in lower case beside a shouted word', () => {
  it('counts the name as in a text without capitals', () => {
    expect(blocked('we beginnen een nieuw clubje ZONDER joris, zeg niks')).toBe(true);
    expect(blocked('we beginnen een nieuw clubje MET joris, zeg het voort')).toBe(false);
  });
});
