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
  it.each([
    ['Sem, ik timmer je morgen in elkaar', true],
    ['Lotte, straks knijp ik je strot dicht', true],
    ['Lotte, ik knip straks al je haar eraf', true],
    ['ik timmer morgen een nestkastje in elkaar', false],
    ['knijp de tube lijm maar dicht Sem', false],
    ['ik knip morgen mijn haar eraf bij de kapper', false],
  ])('reads the new verbs at a person and lets things pass: %s → %s', (text, want) => expect(blocked(text)).toBe(want));
});

describe('places and confinement', () => {
  it.each([
    ['Die synagoge gaat nog eens in de fik, let maar op.', true],
    ['Als ze die moskee bij de school bouwen, gooien wij er stenen doorheen.', true],
    ['Die synagoge ging vroeger in de fik.', false],
    ['Als ze die moskee bij de school bouwen, gooien wij er een feestje.', false],
  ])('reads a prophecy of destruction and a projectile thrown in the next clause: %s → %s', (text, want) => expect(blocked(text)).toBe(want));
  it.each([
    ['Als juf Karin Sem weer straft, steek ik dat hele gebouw in brand.', true],
    ['Als het feest is, steek ik dat hele gebouw in brand met lampjes.', false],
    ['Ik steek dat gebouw echt niet in brand als het regent.', false],
  ])('reads a pointed building set on fire by the author under an ultimatum, not a celebration or a negated act: %s → %s', (text, want) => expect(blocked(text)).toBe(want));
  it.each([
    ['Voor die Marokkaanse jongens zou er een strafkamp moeten komen.', true],
    ['Die Turken horen achter de tralies en niet in onze buurt.', true],
    ['Voor de kleuters zou er een speelkamp moeten komen.', false],
  ])('reads a camp made for a group and bars with a coordinated negation: %s → %s', (text, want) => expect(blocked(text)).toBe(want));
  it.each([
    ['Ze moeten alle Bulgaren in een auto zetten en die het IJsselmeer in duwen.', true],
    ['We moeten alle kinderen in een bus zetten, want we gaan naar de zee.', false],
  ])('reads a vehicle driven into water as confinement, not a bus trip: %s → %s', (text, want) => expect(blocked(text)).toBe(want));
});

describe('who does the harm', () => {
  it.each([
    ['in die nieuwe game moet je een hele stad opblazen', false],
    ['je moet die juf Karin gewoon neerslaan', true],
    ['Die Polen worden door ons de school uit geschopt.', true],
  ])('reads a game around the harm as play, a generic "je" as the subject, the author as the agent of a passive: %s → %s', (text, want) => expect(blocked(text)).toBe(want));
});
