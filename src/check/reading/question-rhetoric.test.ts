/**
 * Questions read both ways (question-rhetoric.ts and the polar-question "niet" in structure.ts), in
 * words of our own that no case file holds: impatience for a group or person to be gone or removed,
 * and how long they must still be endured; the same words about a bus, a return, the asker's own
 * leaving, the target's permission or a situation pass.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../analysis.js';
import { DE_STERREN } from '../../protocol/school.js';
import type { Person } from '../types.js';
import { readRhetoricalQuestions } from './question-rhetoric.js';
import { decencyOf } from './probe.js';

const people: Person[] = [
  { id: 'p1', name: 'Fenna Bos', role: 'pupil' },
  { id: 's1', name: 'Ilse Jansen', role: 'staff' },
];
const read = (text: string): string[] => readRhetoricalQuestions(analyse(text, people, DE_STERREN)).map((h) => h.kind);
const { blocked } = decencyOf(people);

describe('a rhetorical question that presupposes a burden', () => {
  it('reads impatience for a group or a person to leave or be removed', () => {
    expect(read('Wanneer hoepelen die Bulgaren eindelijk op naar huis?')).toEqual(['derogation']);
    expect(read('stuurt de directie juf Ilse eindelijk eens weg?')).toEqual(['exclusion']);
    expect(read('Trapt iemand die Albanese jongens eindelijk van het plein?')).toEqual(['derogation']);
  });
  it('reads how long a group must still be endured', () => {
    expect(read('Hoelang moeten wij die Spaanse moeders nog verdragen bij het hek?')).toEqual(['derogation']);
  });
  it('blocks the post', () => {
    expect(blocked('Wanneer hoepelen die Bulgaren eindelijk op naar huis?')).toBe(true);
  });
});

describe('the same words in a sincere question', () => {
  it('lets no target, a return, the asker leaving and the target’s permission pass', () => {
    expect(read('Wanneer vertrekt de trein eindelijk?')).toEqual([]);
    expect(read('Wanneer komt juf Ilse eindelijk terug uit Spanje?')).toEqual([]);
    expect(read('Wanneer gaan we eindelijk weg met Fenna naar de dierentuin?')).toEqual([]);
    expect(read('Wanneer mag Fenna eindelijk weg uit het ziekenhuis?')).toEqual([]);
  });
  it('lets enduring a situation and a statement pass', () => {
    expect(read('Hoe lang moeten we nog accepteren dat Bulgaarse kinderen gepest worden?')).toEqual([]);
    expect(read('Die Bulgaren vertrekken eindelijk naar huis, ze hebben het hier fijn gehad.')).toEqual([]);
  });
});

describe('the "niet" of a polar question', () => {
  it('asserts what it asks: a judgement is read, humanity is granted', () => {
    expect(blocked('Zijn Bulgaren niet gewoon allemaal gierig?')).toBe(true);
    expect(blocked('Zijn Bulgaren niet gewoon mensen zoals wij?')).toBe(false);
    expect(blocked('Zijn Bulgaren niet ook gewoon welkom op het schoolfeest?')).toBe(false);
  });
});
