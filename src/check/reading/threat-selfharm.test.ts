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
  it('reads an imperative of a jump from a height, a substance in a dose, a cut, a hanging', () => {
    expect(blocked('Lotte spring maar van het viaduct, lekker rustig hier zonder jou.')).toBe(true);
    expect(blocked('Sem neem gewoon een hele doos slaappillen, doe ons een plezier.')).toBe(true);
    expect(blocked('drink maar gif Lotte, niemand zal je missen')).toBe(true);
    expect(blocked('kerf toch in je aders Sem')).toBe(true);
  });
  it('lets advice, play and reports pass', () => {
    expect(blocked('Lotte spring maar van de trampoline, het is heel leuk')).toBe(false);
    expect(blocked('neem twee tabletten als je koorts hebt Sem')).toBe(false);
    expect(blocked('de dokter zei: slik je pillen voor het slapen')).toBe(false);
  });
});

describe('death wished on someone', () => {
  it('reads a wish word with a state of death or a verb of dying said of someone else', () => {
    expect(blocked('Hopelijk ligt juf Karin na de zomer in een kist.')).toBe(true);
    expect(blocked('Sem mag van mij morgen doodvallen.')).toBe(true);
    expect(blocked('wat mij betreft creperen Sem en Lotte vandaag nog')).toBe(true);
  });
  it('lets get-well wishes, the author\'s own hyperbole and mourning pass', () => {
    expect(blocked('Hopelijk is juf Karin na de zomer weer beter.')).toBe(false);
    expect(blocked('wat mij betreft val ik dood van verveling in deze les')).toBe(false);
    expect(blocked('onze hond ligt nu onder de grond, Lotte heeft hem begraven')).toBe(false);
  });
});
