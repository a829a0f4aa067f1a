/**
 * The harm additions of the seventh stop (reading/words.ts forms, reading/harm.ts, readHarm in structure.ts), in
 * sentences of our own that no case file holds: verb forms with a schwa and "dicht", hair as a body part, a
 * prophecy of destruction, a projectile in the next clause, confinement made for a group or behind bars, a game
 * named around the harm, a generic "je", a passive with the author as agent.
 */
import { describe, expect, it } from 'vitest';
import { decencyOf } from './probe.js';
import type { Person } from '../types.js';
import { harmFormOf } from './words.js';

const people: Person[] = [
  { id: 'k1', name: 'Sem Jansen', role: 'pupil' },
  { id: 'k2', name: 'Lotte Bakker', role: 'pupil' },
  { id: 's1', name: 'Karin de Wit', role: 'staff' },
];
const { blocked } = decencyOf(people);

describe('harm verb forms', () => {
  it('keeps a short stem for a schwa after a double consonant and reads "dicht" as a particle', () => {
    expect(harmFormOf('timmer')?.lemma).toBe('timmeren');
    expect(harmFormOf('timmeer')).toBeUndefined();
    expect(harmFormOf('executeer')?.lemma).toBe('executeren');
    expect(harmFormOf('knijp')?.particle).toBe('dicht');
  });
  it('reads the new verbs at a person and lets things pass', () => {
    expect(blocked('Sem, ik timmer je morgen in elkaar')).toBe(true);
    expect(blocked('Lotte, straks knijp ik je strot dicht')).toBe(true);
    expect(blocked('Lotte, ik knip straks al je haar eraf')).toBe(true);
    expect(blocked('ik timmer morgen een nestkastje in elkaar')).toBe(false);
    expect(blocked('knijp de tube lijm maar dicht Sem')).toBe(false);
    expect(blocked('ik knip morgen mijn haar eraf bij de kapper')).toBe(false);
  });
});

describe('places and confinement', () => {
  it('reads a prophecy of destruction and a projectile thrown in the next clause', () => {
    expect(blocked('Die synagoge gaat nog eens in de fik, let maar op.')).toBe(true);
    expect(blocked('Als ze die moskee bij de school bouwen, gooien wij er stenen doorheen.')).toBe(true);
    expect(blocked('Die synagoge ging vroeger in de fik.')).toBe(false);
    expect(blocked('Als ze die moskee bij de school bouwen, gooien wij er een feestje.')).toBe(false);
  });
  it('reads a pointed building set on fire by the author under an ultimatum, not a celebration or a negated act', () => {
    expect(blocked('Als juf Karin Sem weer straft, steek ik dat hele gebouw in brand.')).toBe(true);
    expect(blocked('Als het feest is, steek ik dat hele gebouw in brand met lampjes.')).toBe(false);
    expect(blocked('Ik steek dat gebouw echt niet in brand als het regent.')).toBe(false);
  });
  it('reads a camp made for a group and bars with a coordinated negation', () => {
    expect(blocked('Voor die Marokkaanse jongens zou er een strafkamp moeten komen.')).toBe(true);
    expect(blocked('Die Turken horen achter de tralies en niet in onze buurt.')).toBe(true);
    expect(blocked('Voor de kleuters zou er een speelkamp moeten komen.')).toBe(false);
  });
  it('reads a vehicle driven into water as confinement, not a bus trip', () => {
    expect(blocked('Ze moeten alle Bulgaren in een auto zetten en die het IJsselmeer in duwen.')).toBe(true);
    expect(blocked('We moeten alle kinderen in een bus zetten, want we gaan naar de zee.')).toBe(false);
  });
});

describe('who does the harm', () => {
  it('reads a game around the harm as play, a generic "je" as the subject, the author as the agent of a passive', () => {
    expect(blocked('in die nieuwe game moet je een hele stad opblazen')).toBe(false);
    expect(blocked('je moet die juf Karin gewoon neerslaan')).toBe(true);
    expect(blocked('Die Polen worden door ons de school uit geschopt.')).toBe(true);
  });
});
