/** Insults said to someone as an address (reading/reference-address.ts), in words of our own. */
import { describe, expect, it } from 'vitest';
import { analyse } from '../analysis.js';
import { DE_STERREN } from '../../protocol/school.js';
import { readAddressInsults, readBinominal, readEpithets } from './reference-address.js';
import { targetsOf } from './structure.js';
import { detectDecency } from '../detectors/decency.js';

const people = [{ id: 'k1', name: 'Ruben Dekker', role: 'pupil' as const }];
const address = (t: string): number => readAddressInsults(analyse(t, people, DE_STERREN)).length;
const blocked = (t: string): boolean => detectDecency(analyse(t, people, DE_STERREN)).some((h) => h.severity === 'block');

describe('an address insult', () => {
  it('reads "jij" + judging adjectives + an animal or a judging noun', () => {
    expect(address('Ruben jij vette walrus')).toBe(1);
    expect(address('ga weg jij smerige kalkoen')).toBe(1);
    expect(blocked('hou op jij domme hyena')).toBe(true);
  });
  it('reads a bare animal or an animal compound of the mind after an opening "jij"', () => {
    expect(address('jij slak, schiet eens op')).toBe(1);
    expect(address('jij vogelbrein snapt het niet')).toBe(1);
  });
  it('lets a subject pronoun, a possessive "jullie", a copula and a negation pass', () => {
    expect(address('wil jij de geit voeren?')).toBe(0);
    expect(address('mogen jullie katten ook mee?')).toBe(0);
    expect(address('jullie honden blaffen hard')).toBe(0);
    expect(address('volgens mij ben jij geen domme gans')).toBe(0);
    expect(address('ik en jij koe melken bij opa')).toBe(0);
  });
});

describe('an epithet pointing back', () => {
  const epithets = (t: string): number => {
    const a = analyse(t, people, DE_STERREN);
    return readEpithets(a, targetsOf(a, undefined)).length;
  };
  it('reads a demonstrative + judging noun or animal compound of the mind standing for someone named', () => {
    expect(epithets('de jongens van de overkant kwamen kijken. zulke zuiplappen wil niemand')).toBe(1);
    expect(epithets('kijk dat vogelbrein weer, Ruben snapt er niks van')).toBe(1);
    expect(epithets('Ruben liep weg. die smerige kalkoen')).toBe(1);
  });
  it('lets an animal named before, a preposition and no antecedent pass', () => {
    expect(epithets('Ruben heeft een hond. die vieze hond blaft de hele nacht')).toBe(0);
    expect(epithets('Ruben zag die vieze rat in de schuur')).toBe(0);
    expect(epithets('zulke zuiplappen')).toBe(0);
  });
});

describe('the binominal "een N1 van een N2"', () => {
  const bin = (t: string): number => {
    const a = analyse(t, people, DE_STERREN);
    return readBinominal(a, targetsOf(a, undefined)).length;
  };
  it('says N1 of a person or group N2', () => {
    expect(bin('wat een smerige hyena van een Turk')).toBe(1);
    expect(bin('die luilak van een buurjongen')).toBe(1);
  });
  it('lets an owned animal and a praising noun pass', () => {
    expect(bin('we kregen een kat van een buurvrouw')).toBe(0);
    expect(bin('een schat van een meid')).toBe(0);
  });
});
