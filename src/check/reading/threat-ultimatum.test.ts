/**
 * Ultimatums (reading/threat-ultimatum.ts) and the menace additions of reading/threat.ts, in sentences of our
 * own that no case file holds: the act (at the door, fetched from home, fists or a weapon to settle it), the frame
 * (a condition, a denied purpose, a tag) and the look-alikes with a purpose, a reason or no frame.
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

describe('ultimatums without a harm verb', () => {
  it.each([
    'Juf Karin, als mijn zoon weer strafwerk krijgt, sta ik morgen bij u voor de deur. En dan niet voor de gezelligheid.',
    'Lotte, zeg je het tegen de meester, dan halen we jou vanavond thuis op.',
    'Als Sem morgen niet op het veldje is, zoeken we hem thuis op.',
  ])('reads the author at the door or fetching someone from home under a condition or a denied purpose: %s', (text) => expect(blocked(text)).toBe(true));
  it.each([
    'Sem, na de gym regelen we dat wel even met de vuisten.',
    'Als de directie niets doet, kom ik het oplossen, desnoods met een knuppel, juf Karin.',
  ])('reads fists or a weapon to settle it: %s', (text) => expect(blocked(text)).toBe(true));
  it('reads a warning not to be alone to someone addressed, without a reason', () => {
    expect(blocked('Ik zou morgen maar niet alleen door het park lopen, Lotte.')).toBe(true);
  });
  it.each([
    'Juf Karin, als het lukt sta ik morgen bij u voor de deur om de spullen voor het feest te brengen.',
    'Ik zou morgen maar niet alleen door het park lopen, Lotte, want het gaat onweren.',
    'Als de directie niets doet, ga ik naar de klachtencommissie.',
    'Om vier uur halen we je thuis op voor het zwemmen, Sem.',
  ])('lets a stated purpose, a reason, a complaint or no frame pass: %s', (text) => expect(blocked(text)).toBe(false));
});

describe('menace idioms and frames added this stop', () => {
  it.each([
    ['Wie Lotte nog eens uitscheldt, krijgt met mij te maken.', true],
    ['Als juf Karin mij weer laat nablijven, kan ze haar borst natmaken.', true],
    ['Ben je er niet om drie uur Sem, dan weet je wat er gebeurt.', true],
    ['Als je op de groene knop drukt, weet je niet wat er gebeurt.', false],
  ])('reads "met mij te maken", "borst natmaken" and an inverted negated condition: %s → %s', (text, want) => expect(blocked(text)).toBe(want));
  it.each([
    ["Jij krijgt zo'n dreun Sem dat je niet meer weet hoe je heet.", true],
    ["Jij krijgt zo'n groot cadeau Sem dat je het niet kunt dragen.", false],
  ])('reads a blow foretold by its size: %s → %s', (text, want) => expect(blocked(text)).toBe(want));
});
