/**
 * Sexual harassment without an evaluation word (reading/sexual.ts `harassment`, underwear shown on request), in
 * sentences of our own that no case file holds, with the look-alikes: injury, a denial, family, certificates, warmth.
 */
import { describe, expect, it } from 'vitest';
import { decencyOf } from './probe.js';
import type { Person } from '../types.js';

const people: Person[] = [
  { id: 'k1', name: 'Sem Jansen', role: 'pupil' },
  { id: 'k2', name: 'Lotte Bakker', role: 'pupil' },
  { id: 's1', name: 'Karin de Wit', role: 'staff' },
];
const { blocked } = decencyOf(people);

describe('sexual harassment of a person', () => {
  it.each([
    'Sem heeft vast een mini lulletje haha',
    'Lotte is zo een sletje, kijk hoe ze loopt',
    'die Lotte gaat met iedereen mee, echt waar',
  ])('reads crude body words, words calling someone loose and availability said of a person: %s', (text) => expect(blocked(text)).toBe(true));
  it.each([
    'juf Karin, wil je vanavond bij mij in de jacuzzi? 💋',
    'juf Karin mag mij wel eens komen helpen met huiswerk, als je snapt wat ik bedoel 🔥',
    'De moeder van Sem is echt een milf, die zou ik wel nemen',
    'Lotte toon je bikini eens op de webcam',
  ])('reads invitations to a place of intimacy, innuendo with a wish, a desire for a person, underwear asked for: %s', (text) => expect(blocked(text)).toBe(true));
  it.each([
    'Sem heeft een wondje aan zijn piemel, hij moet naar de dokter',
    'Lotte is geen slet, stop met dat roddelen',
    'we gaan logeren bij oma en slapen samen met Lotte in het grote bed',
    'Sem toon je zwemdiploma eens aan de juf',
    'ik krijg het warm van de verwarming in de klas, juf Karin',
  ])('lets an injury, a denial, family, a certificate and the weather pass: %s', (text) => expect(blocked(text)).toBe(false));
});
