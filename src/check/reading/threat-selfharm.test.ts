/**
 * Self-harm urged and death wished (reading/threat-selfharm.ts), in sentences of our own that no case file holds,
 * with the look-alikes: advice with a reason, play heights, reports, get-well wishes, a first person's hyperbole.
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

describe('self-harm urged', () => {
  it.each([
    'Lotte spring maar van het viaduct, lekker rustig hier zonder jou.',
    'Sem neem gewoon een hele doos slaappillen, doe ons een plezier.',
    'drink maar gif Lotte, niemand zal je missen',
    'kerf toch in je aders Sem',
  ])('reads an imperative of a jump from a height, a substance in a dose, a cut, a hanging: %s', (text) => expect(blocked(text)).toBe(true));
  it.each([
    'Lotte spring maar van de trampoline, het is heel leuk',
    'neem twee tabletten als je koorts hebt Sem',
    'de dokter zei: slik je pillen voor het slapen',
  ])('lets advice, play and reports pass: %s', (text) => expect(blocked(text)).toBe(false));
});

describe('death wished on someone', () => {
  it.each([
    'Hopelijk ligt juf Karin na de zomer in een kist.',
    'Sem mag van mij morgen doodvallen.',
    'wat mij betreft creperen Sem en Lotte vandaag nog',
  ])('reads a wish word with a state of death or a verb of dying said of someone else: %s', (text) => expect(blocked(text)).toBe(true));
  it.each([
    'Hopelijk is juf Karin na de zomer weer beter.',
    'wat mij betreft val ik dood van verveling in deze les',
    'onze hond ligt nu onder de grond, Lotte heeft hem begraven',
  ])('lets get-well wishes, the author\'s own hyperbole and mourning pass: %s', (text) => expect(blocked(text)).toBe(false));
});
