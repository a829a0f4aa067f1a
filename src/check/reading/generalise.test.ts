/**
 * The third session's readings (implicit.ts, structure.ts, analysis.ts, decency.ts), in words of
 * our own that no list holds: insinuation, expulsion by verb stem, pronoun reference, presence
 * denied through an opinion frame, a capacity denied in a verb-final clause, the glue segmenter
 * with roster names, and disease words that curse only in a compound.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../analysis.js';
import { DE_STERREN } from '../../protocol/school.js';
import { decencyOf } from './probe.js';
import type { Person } from '../types.js';
import { readStructure, targetsOf } from './structure.js';

const read = (text: string): string[] => readStructure(analyse(text, [], DE_STERREN)).map((h) => h.kind);
const { kinds: decency } = decencyOf();

describe('insinuation about a group without a judging word', () => {
  it.each([
    'Zijn buurman is een Bulgaar, dus ik doe de schuur voortaan op slot.',
    'Sinds die Bulgaren hier wonen, berg ik mijn portemonnee op.',
    'Het was natuurlijk weer een Bulgaar die mijn step heeft gestolen.',
    'Voor een vrouw rijdt ze best netjes.',
  ])('reads a precaution or an offence drawn from the group, an expected offence, a concessive: %s', (text) => expect(read(text)).toContain('derogation'));
  it.each([
    'Omdat het stormt, zetten we de fietsen op slot.',
    'Zijn buurman is een Bulgaar, dus hij spreekt twee talen.',
    'Hij is een Bulgaar, maar hij hoeft niet op te passen.',
    'Voor een eerste poging was het best netjes.',
  ])('lets a neutral consequence, a real precaution and a negation pass: %s', (text) => expect(read(text)).toEqual([]));
});

describe('expulsion and eradication wished on a group, by verb stem', () => {
  it.each([
    ['Die Bulgaren zouden verdreven moeten worden.', 'violence'],
    ['Laat ze de Albanezen maar uitwijzen.', 'violence'],
    ['De Bulgaren hadden nooit mogen bestaan.', 'dehumanisation'],
  ])('reads modal, passive and causative clauses with inflected forms, and existence denied: %s → %s', (text, want) => expect(read(text)).toContain(want));
  it.each([
    'De oude fietsen moeten verwijderd worden.',
    'Albanezen hoeven niet weg.',
  ])('lets things and a negation pass: %s', (text) => expect(read(text)).toEqual([]));
});

describe('pronoun reference', () => {
  it('reads a clause-opening pronoun as the group named in the sentence before', () => {
    expect(read('Ken je die Bulgaren uit de straat? Die moeten verdreven worden.')).toContain('violence');
  });
  it('lets a "ze" after a sentence of things name no one', () => {
    const a = analyse('Heb je de nieuwe stoelen gezien? Ze zijn best stom.', [], DE_STERREN);
    const ze = a.tokens.findIndex((t) => t.norm === 'ze');
    expect(targetsOf(a, undefined)[ze]).toBeUndefined();
    expect(decency('Heb je de nieuwe stoelen gezien? Ze zijn best stom.')).toEqual([]);
  });
});

describe('an opinion frame read as if asserted', () => {
  it.each([
    'Ik vind dat Bulgaren niet in onze sporthal mogen sporten.',
    'Ik denk dat Albanezen echt niet kunnen rekenen.',
  ])('reads presence denied to a group and a capacity denied in a verb-final clause: %s', (text) => expect(read(text)).toContain('derogation'));
  it.each([
    'Ik vind het oneerlijk dat Bulgaren niet mogen meedoen.',
    'Ik vind dat telefoons niet in de klas mogen komen.',
    'Ik denk dat Albanezen morgen niet kunnen rekenen.',
  ])('lets critique of an exclusion, rules for things and a passing state pass: %s', (text) => expect(read(text)).toEqual([]));
  it.each([
    'Ik moet er niet aan denken dat er Bulgaren in onze straat komen wonen.',
  ])('reads the unbearable thought of a group living near, not of an event or of harm to the group: %s', (text) => expect(decency(text)).toContain('hate'));
  it.each([
    'Ik moet er niet aan denken dat de zomer voorbij is.',
    'Ik moet er niet aan denken dat Bulgaren hier gepest worden.',
  ])('reads the unbearable thought of a group living near, not of an event or of harm to the group: %s', (text) => expect(decency(text)).toEqual([]));
});

describe('destruction wished on the school', () => {
  it.each([
    'Ik wens dat die school van ons vannacht ontploft.',
    'Ik hoop echt dat deze school ooit platbrandt.',
  ])('reads a wish with a verb of destruction by its stem: %s', (text) => expect(read(text)).toContain('violence'));
  it('reads an insult noun said of the school and its people', () => {
    expect(decency('Deze school is een verzameling sukkels.')).toContain('insult');
  });
  it('lets the school as a place for anyone pass', () => {
    expect(decency('Onze school is een plek voor iedereen, ook voor sukkels zoals ik.')).not.toContain('insult');
  });
  it.each([
    'De school wordt gesloopt in de zomer.',
    'Ik hoop dat de school niet afbrandt.',
  ])('lets news of a building, and a negated wish, pass: %s', (text) => expect(read(text)).toEqual([]));
});

describe('glued phrases and disease compounds', () => {
  const roster: Person[] = [{ id: 'p1', name: 'Mila Jansen', role: 'pupil' }];
  const { kinds: named } = decencyOf(roster);
  it('splits a whole glued phrase with a roster name into any number of parts', () => {
    const a = analyse('milaisechteensukkel', roster, DE_STERREN);
    expect(a.tokens.map((t) => t.norm)[0]).toBe('mila');
    expect(a.tokens.length).toBeGreaterThanOrEqual(5);
    expect(named('milaisechteensukkel').length).toBeGreaterThan(0);
    expect(named('#milaheeftgewonnen')).toEqual([]);
  });
  it.each([
    'Wat een aidsboek is dit.',
  ])('reads "aids" as a curse only in a compound, and medical compounds as no curse: %s', (text) => expect(decency(text)).toContain('curse'));
  it.each([
    'In de les leerden we hoe aids werkt.',
    'Dat spul is kankerverwekkend.',
  ])('reads "aids" as a curse only in a compound, and medical compounds as no curse: %s', (text) => expect(decency(text)).not.toContain('curse'));
});
