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
  it.each([
    'Canadezen horen thuis in een woonwagenkamp.',
    'Volgens mij horen Noren achter de gootsteen.',
    'Die Vlamingen moeten nu echt terug over de grens.',
  ])('reads "horen" with a confining place, and "moeten terug": %s', (text) => expect(read(text)).toContain('derogation'));
  it.each([
    'Meiden horen bij het aanrecht te staan niet.',
  ])('reads "horen" with a confining place, and "moeten terug": %s', (text) => expect(read(text)).toEqual([]));
  it.each([
    'De scharen horen in de la achter het bureau.',
    'De leerlingen moeten na de gymles terug naar het lokaal.',
    'Canadezen horen er bij ons ook gewoon bij.',
    'Vlamingen mogen terug wanneer ze willen.',
  ])('lets things, pupils, inclusion, negation and permission pass: %s', (text) => expect(read(text)).toEqual([]));
  it.each([
    'Noren horen niet in een kooi.',
  ])('lets things, pupils, inclusion, negation and permission pass: %s', (text) => expect(read(text)).not.toContain('derogation'));
});

describe('gratitude demanded of a group', () => {
  it.each([
    'Die Zweden mogen dankbaar zijn dat wij ze hier dulden.',
    'Canadezen mogen al tevreden zijn met een baantje.',
  ])('reads "mogen blij / dankbaar zijn dat" said of a group: %s', (text) => expect(read(text)).toContain('derogation'));
  it.each([
    'We mogen dankbaar zijn dat de ijsbaan open is.',
    'Zij mag blij zijn dat ze gewonnen heeft.',
  ])('not of ourselves or of one person: %s', (text) => expect(read(text)).toEqual([]));
});

describe('a group good only when gone', () => {
  it.each([
    'Een fijne Canadees is een Canadees die opgehoepeld is.',
  ])('reads the same group on both sides of a copula with a relative clause of absence: %s', (text) => expect(read(text)).toContain('derogation'));
  it.each([
    'De ideale Noor is een Noor die verdwenen is.',
  ])('reads the same group on both sides of a copula with a relative clause of absence: %s', (text) => expect(decency(text)).toContain('derogation'));
  it.each([
    'Een goede scheidsrechter is een scheidsrechter die weggaat na de wedstrijd.',
    'Een goede Canadees is een Canadees die graag schaatst.',
  ])('not of roles or with a present predicate: %s', (text) => expect(read(text)).toEqual([]));
});

describe('kept out of sight', () => {
  it.each([
    'Noorse vrouwen horen thuis te blijven.',
  ])('"horen binnen te blijven" said of a group confines it; of children in a storm it is care: %s', (text) => expect(read(text)).toContain('derogation'));
  it.each([
    'De kleuters horen binnen te blijven als het stormt.',
  ])('"horen binnen te blijven" said of a group confines it; of children in a storm it is care: %s', (text) => expect(read(text)).toEqual([]));
});

describe('useful only in a role, advised to leave', () => {
  it.each([
    'Canadezen zijn alleen maar geschikt als schoonmakers.',
  ])('"alleen (maar) goed / nuttig voor / als …" said of a group: %s', (text) => expect(read(text)).toContain('derogation'));
  it.each([
    'Deze stiften zijn alleen geschikt voor papier.',
    'Canadezen zijn niet alleen goed in hockey.',
  ])('"alleen (maar) goed / nuttig voor / als …" said of a group: %s', (text) => expect(read(text)).toEqual([]));
  it.each([
    'Die Noren kunnen beter terug naar hun fjorden.',
  ])('"kunnen beter terug" said of a group, not of pupils: %s', (text) => expect(read(text)).toContain('derogation'));
  it.each([
    'De leerlingen kunnen beter terug naar binnen gaan.',
  ])('"kunnen beter terug" said of a group, not of pupils: %s', (text) => expect(read(text)).toEqual([]));
});

describe('fifth stop: belonging under an opinion, an exclusive ending, a trait drawn with "dus"', () => {
  it.each([
    'Ik denk dat Noren hier niet thuishoren.',
    'Jongens horen op het voetbalveld en nergens anders.',
    'Zij is Noors, dus ze is vast gierig.',
  ])('reads them: %s', (text) => expect(read(text)).toContain('derogation'));
  it.each([
    'Ik denk dat Noren zich hier thuis voelen.',
    'De ballen horen in het hok en nergens anders.',
    'Zij is Noors, dus ze viert Constitutiedag.',
  ])('lets inclusion, things and a neutral consequence pass: %s', (text) => expect(read(text)).toEqual([]));
});
