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
  it('reads the author at the door or fetching someone from home under a condition or a denied purpose', () => {
    expect(blocked('Juf Karin, als mijn zoon weer strafwerk krijgt, sta ik morgen bij u voor de deur. En dan niet voor de gezelligheid.')).toBe(true);
    expect(blocked('Lotte, zeg je het tegen de meester, dan halen we jou vanavond thuis op.')).toBe(true);
    expect(blocked('Als Sem morgen niet op het veldje is, zoeken we hem thuis op.')).toBe(true);
  });
  it('reads fists or a weapon to settle it', () => {
    expect(blocked('Sem, na de gym regelen we dat wel even met de vuisten.')).toBe(true);
    expect(blocked('Als de directie niets doet, kom ik het oplossen, desnoods met een knuppel, juf Karin.')).toBe(true);
  });
  it('reads a warning not to be alone to someone addressed, without a reason', () => {
    expect(blocked('Ik zou morgen maar niet alleen door het park lopen, Lotte.')).toBe(true);
  });
  it('lets a stated purpose, a reason, a complaint or no frame pass', () => {
    expect(blocked('Juf Karin, als het lukt sta ik morgen bij u voor de deur om de spullen voor het feest te brengen.')).toBe(false);
    expect(blocked('Ik zou morgen maar niet alleen door het park lopen, Lotte, want het gaat onweren.')).toBe(false);
    expect(blocked('Als de directie niets doet, ga ik naar de klachtencommissie.')).toBe(false);
    expect(blocked('Om vier uur halen we je thuis op voor het zwemmen, Sem.')).toBe(false);
  });
});

describe('menace idioms and frames added this stop', () => {
  it('reads "met mij te maken", "borst natmaken" and an inverted negated condition', () => {
    expect(blocked('Wie Lotte nog eens uitscheldt, krijgt met mij te maken.')).toBe(true);
    expect(blocked('Als juf Karin mij weer laat nablijven, kan ze haar borst natmaken.')).toBe(true);
    expect(blocked('Ben je er niet om drie uur Sem, dan weet je wat er gebeurt.')).toBe(true);
    expect(blocked('Als je op de groene knop drukt, weet je niet wat er gebeurt.')).toBe(false);
  });
  it('reads a blow foretold by its size', () => {
    expect(blocked("Jij krijgt zo'n dreun Sem dat je niet meer weet hoe je heet.")).toBe(true);
    expect(blocked("Jij krijgt zo'n groot cadeau Sem dat je het niet kunt dragen.")).toBe(false);
  });
});
