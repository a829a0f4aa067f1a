/**
 * Implicit derogation (implicit.ts), in words of our own that no phrase list holds: the
 * structure (a group, "horen"/"terug"/"mogen blij zijn", the same noun on both sides of a
 * copula) carries the reading.
 */
import { describe, expect, it } from 'vitest';
import { decencyOf } from './probe.js';
import { analyse } from '../analysis.js';
import { DE_STERREN } from '../../protocol/school.js';
import { readStructure } from './structure.js';

const read = (text: string): string[] => readStructure(analyse(text, [], DE_STERREN)).map((h) => h.kind);
const { kinds: decency } = decencyOf();

describe('a place or role a group is confined to', () => {
  it('reads "horen" with a confining place, and "moeten terug"', () => {
    expect(read('Canadezen horen thuis in een woonwagenkamp.')).toContain('derogation');
    expect(read('Volgens mij horen Noren achter de gootsteen.')).toContain('derogation');
    expect(read('Meiden horen bij het aanrecht te staan niet.')).toEqual([]);
    expect(read('Die Vlamingen moeten nu echt terug over de grens.')).toContain('derogation');
  });
  it('lets things, pupils, inclusion, negation and permission pass', () => {
    expect(read('De scharen horen in de la achter het bureau.')).toEqual([]);
    expect(read('De leerlingen moeten na de gymles terug naar het lokaal.')).toEqual([]);
    expect(read('Canadezen horen er bij ons ook gewoon bij.')).toEqual([]);
    expect(read('Noren horen niet in een kooi.')).not.toContain('derogation');
    expect(read('Vlamingen mogen terug wanneer ze willen.')).toEqual([]);
  });
});

describe('gratitude demanded of a group', () => {
  it('reads "mogen blij / dankbaar zijn dat" said of a group', () => {
    expect(read('Die Zweden mogen dankbaar zijn dat wij ze hier dulden.')).toContain('derogation');
    expect(read('Canadezen mogen al tevreden zijn met een baantje.')).toContain('derogation');
  });
  it('not of ourselves or of one person', () => {
    expect(read('We mogen dankbaar zijn dat de ijsbaan open is.')).toEqual([]);
    expect(read('Zij mag blij zijn dat ze gewonnen heeft.')).toEqual([]);
  });
});

describe('a group good only when gone', () => {
  it('reads the same group on both sides of a copula with a relative clause of absence', () => {
    expect(read('Een fijne Canadees is een Canadees die opgehoepeld is.')).toContain('derogation');
    expect(decency('De ideale Noor is een Noor die verdwenen is.')).toContain('derogation');
  });
  it('not of roles or with a present predicate', () => {
    expect(read('Een goede scheidsrechter is een scheidsrechter die weggaat na de wedstrijd.')).toEqual([]);
    expect(read('Een goede Canadees is een Canadees die graag schaatst.')).toEqual([]);
  });
});

describe('kept out of sight', () => {
  it('"horen binnen te blijven" said of a group confines it; of children in a storm it is care', () => {
    expect(read('Noorse vrouwen horen thuis te blijven.')).toContain('derogation');
    expect(read('De kleuters horen binnen te blijven als het stormt.')).toEqual([]);
  });
});

describe('useful only in a role, advised to leave', () => {
  it('"alleen (maar) goed / nuttig voor / als …" said of a group', () => {
    expect(read('Canadezen zijn alleen maar geschikt als schoonmakers.')).toContain('derogation');
    expect(read('Deze stiften zijn alleen geschikt voor papier.')).toEqual([]);
    expect(read('Canadezen zijn niet alleen goed in hockey.')).toEqual([]);
  });
  it('"kunnen beter terug" said of a group, not of pupils', () => {
    expect(read('Die Noren kunnen beter terug naar hun fjorden.')).toContain('derogation');
    expect(read('De leerlingen kunnen beter terug naar binnen gaan.')).toEqual([]);
  });
});

describe('fifth stop: belonging under an opinion, an exclusive ending, a trait drawn with "dus"', () => {
  it('reads them', () => {
    expect(read('Ik denk dat Noren hier niet thuishoren.')).toContain('derogation');
    expect(read('Jongens horen op het voetbalveld en nergens anders.')).toContain('derogation');
    expect(read('Zij is Noors, dus ze is vast gierig.')).toContain('derogation');
  });
  it('lets inclusion, things and a neutral consequence pass', () => {
    expect(read('Ik denk dat Noren zich hier thuis voelen.')).toEqual([]);
    expect(read('De ballen horen in het hok en nergens anders.')).toEqual([]);
    expect(read('Zij is Noors, dus ze viert Constitutiedag.')).toEqual([]);
  });
});
