/**
 * A part of one's looks denied right after it (humiliation.ts), in words of our own that no case
 * file holds: "had haar beugel niet in" tells what was missing, there is nothing to mock; the same
 * part mocked with laughter still reads.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../analysis.js';
import { DE_STERREN } from '../../protocol/school.js';
import type { Person } from '../types.js';
import { readHumiliation } from './humiliation.js';

const people: Person[] = [{ id: 'p1', name: 'Fenna Bos', role: 'pupil' }];
const read = (text: string): string[] => readHumiliation(analyse(text, people, DE_STERREN)).map((h) => h.kind);

describe('looks denied right after the word', () => {
  it('lets a missing part of the looks pass, and reads the part mocked', () => {
    expect(read('Fenna zag de bal niet aankomen, ze had haar bril niet op haha')).toEqual([]);
    expect(read('kijk Fenna met haar bril haha')).toEqual(['insult']);
  });
});
