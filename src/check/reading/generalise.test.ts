/**
 * The third session's readings (implicit.ts, structure.ts, analysis.ts, decency.ts), in words of
 * our own that no list holds: insinuation, expulsion by verb stem, pronoun reference, presence
 * denied through an opinion frame, a capacity denied in a verb-final clause, the glue segmenter
 * with roster names, and disease words that curse only in a compound.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../analysis.js';
import { DE_STERREN } from '../../protocol/school.js';
import { detectDecency } from '../detectors/decency.js';
import type { Person } from '../types.js';
import { readStructure, targetsOf } from './structure.js';

const read = (text: string): string[] => readStructure(analyse(text, [], DE_STERREN)).map((h) => h.kind);
const decency = (text: string, people: Person[] = []): string[] => detectDecency(analyse(text, people, DE_STERREN)).map((h) => h.kind);

describe('insinuation about a group without a judging word', () => {
  it('reads a precaution or an offence drawn from the group, an expected offence, a concessive', () => {
    expect(read('Zijn buurman is een Bulgaar, dus ik doe de schuur voortaan op slot.')).toContain('derogation');
    expect(read('Sinds die Bulgaren hier wonen, berg ik mijn portemonnee op.')).toContain('derogation');
    expect(read('Het was natuurlijk weer een Bulgaar die mijn step heeft gestolen.')).toContain('derogation');
    expect(read('Voor een vrouw rijdt ze best netjes.')).toContain('derogation');
  });
  it('lets a neutral consequence, a real precaution and a negation pass', () => {
    expect(read('Omdat het stormt, zetten we de fietsen op slot.')).toEqual([]);
    expect(read('Zijn buurman is een Bulgaar, dus hij spreekt twee talen.')).toEqual([]);
    expect(read('Hij is een Bulgaar, maar hij hoeft niet op te passen.')).toEqual([]);
    expect(read('Voor een eerste poging was het best netjes.')).toEqual([]);
  });
});

describe('expulsion and eradication wished on a group, by verb stem', () => {
  it('reads modal, passive and causative clauses with inflected forms, and existence denied', () => {
    expect(read('Die Bulgaren zouden verdreven moeten worden.')).toContain('violence');
    expect(read('Laat ze de Albanezen maar uitwijzen.')).toContain('violence');
    expect(read('De Bulgaren hadden nooit mogen bestaan.')).toContain('dehumanisation');
  });
  it('lets things and a negation pass', () => {
    expect(read('De oude fietsen moeten verwijderd worden.')).toEqual([]);
    expect(read('Albanezen hoeven niet weg.')).toEqual([]);
  });
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
  it('reads presence denied to a group and a capacity denied in a verb-final clause', () => {
    expect(read('Ik vind dat Bulgaren niet in onze sporthal mogen sporten.')).toContain('derogation');
    expect(read('Ik denk dat Albanezen echt niet kunnen rekenen.')).toContain('derogation');
  });
  it('lets critique of an exclusion, rules for things and a passing state pass', () => {
    expect(read('Ik vind het oneerlijk dat Bulgaren niet mogen meedoen.')).toEqual([]);
    expect(read('Ik vind dat telefoons niet in de klas mogen komen.')).toEqual([]);
    expect(read('Ik denk dat Albanezen morgen niet kunnen rekenen.')).toEqual([]);
  });
  it('reads the unbearable thought of a group living near, not of an event or of harm to the group', () => {
    expect(decency('Ik moet er niet aan denken dat er Bulgaren in onze straat komen wonen.')).toContain('hate');
    expect(decency('Ik moet er niet aan denken dat de zomer voorbij is.')).toEqual([]);
    expect(decency('Ik moet er niet aan denken dat Bulgaren hier gepest worden.')).toEqual([]);
  });
});

describe('destruction wished on the school', () => {
  it('reads a wish with a verb of destruction by its stem', () => {
    expect(read('Ik wens dat die school van ons vannacht ontploft.')).toContain('violence');
    expect(read('Ik hoop echt dat deze school ooit platbrandt.')).toContain('violence');
  });
  it('reads an insult noun said of the school and its people', () => {
    expect(decency('Deze school is een verzameling sukkels.')).toContain('insult');
  });
  it('lets the school as a place for anyone pass', () => {
    expect(decency('Onze school is een plek voor iedereen, ook voor sukkels zoals ik.')).not.toContain('insult');
  });
  it('lets news of a building, and a negated wish, pass', () => {
    expect(read('De school wordt gesloopt in de zomer.')).toEqual([]);
    expect(read('Ik hoop dat de school niet afbrandt.')).toEqual([]);
  });
});

describe('glued phrases and disease compounds', () => {
  const roster: Person[] = [{ id: 'p1', name: 'Mila Jansen', role: 'pupil' }];
  it('splits a whole glued phrase with a roster name into any number of parts', () => {
    const a = analyse('milaisechteensukkel', roster, DE_STERREN);
    expect(a.tokens.map((t) => t.norm)[0]).toBe('mila');
    expect(a.tokens.length).toBeGreaterThanOrEqual(5);
    expect(decency('milaisechteensukkel', roster).length).toBeGreaterThan(0);
    expect(decency('#milaheeftgewonnen', roster)).toEqual([]);
  });
  it('reads "aids" as a curse only in a compound, and medical compounds as no curse', () => {
    expect(decency('Wat een aidsboek is dit.')).toContain('curse');
    expect(decency('In de les leerden we hoe aids werkt.')).not.toContain('curse');
    expect(decency('Dat spul is kankerverwekkend.')).not.toContain('curse');
  });
});
