/**
 * The writer's own conclusion after a report (detectors/context.ts ownConclusion, used by the
 * counter-speech and report readings), in words of our own that no case file holds: a main clause
 * opened by "dus"/"want" with its own subject says what the writer holds, whatever the sentence
 * reported or rejected before it; a hit inside the report, before the conjunction, stays reported.
 */
import { describe, expect, it } from 'vitest';
import type { Person } from '../types.js';
import { decencyOf } from './probe.js';

const people: Person[] = [
  { id: 'p1', name: 'Fenna Bos', role: 'pupil' },
  { id: 'p2', name: 'Joris Hendriks', role: 'pupil' },
];
const { blocked } = decencyOf(people);

describe('a conclusion of the writer’s own after a report', () => {
  it('reads the clause after "dus"/"want" as the writer’s', () => {
    expect(blocked('Fenna vertelde dat ze naar de tandarts moest, dus ze is een leugenachtige trut')).toBe(true);
    expect(blocked('ik snap niet dat Joris denkt dat hij mag meedoen, want hij is een sukkel')).toBe(true);
  });
  it('keeps a hit inside the report reported, before the conjunction', () => {
    expect(blocked('Joris zei dat Fenna een trut is, dus ik heb het bij de juf gemeld')).toBe(false);
    expect(blocked('Ik snap niet waarom mensen denken dat Fenna dom is, want ze is juist slim')).toBe(false);
  });
});
