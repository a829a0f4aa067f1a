/**
 * Aversion to a group said by the author (aversion.ts), in words of our own that no case file
 * holds: a first person, a verb of enduring someone and a negation, with a group or a pointer to one
 * as the object; a thing, a situation, someone else's endurance and a place phrase pass.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../analysis.js';
import { DE_STERREN } from '../../protocol/school.js';
import { readAversion } from './aversion.js';
import { decencyOf } from './probe.js';

const read = (text: string): string[] => readAversion(analyse(text, [], DE_STERREN)).map((h) => h.kind);
const { blocked } = decencyOf([]);

describe('aversion to a group', () => {
  it('reads a first person who cannot endure a group, named or pointed at', () => {
    expect(read('ik kan die Spaanse toeristen bij de bieb echt niet velen')).toEqual(['hate']);
    expect(read('Bulgaren. Ik verdraag ze nooit, nooit')).toEqual(['hate']);
    expect(read('Albanezen? Die kunnen wij niet luchten')).toEqual(['hate']);
    expect(blocked('Bulgaren. Ik verdraag ze nooit, nooit')).toBe(true);
  });
  it('lets a thing, a situation, someone else’s endurance and a place phrase pass', () => {
    expect(read('Ik verdraag geen lactose, dus geen ijs voor mij')).toEqual([]);
    expect(read('ik kan het niet uitstaan dat Spaanse kinderen worden uitgescholden')).toEqual([]);
    expect(read('Mijn opa kan de kou in Noorwegen niet verdragen')).toEqual([]);
    expect(blocked('Mijn opa kan de kou in Noorwegen niet verdragen, dus wij gaan naar Spanje')).toBe(false);
  });
});
