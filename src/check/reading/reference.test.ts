/** References across a clause (reading/structure.ts targetsOf, resolvePronouns), in words of our own. */
import { describe, expect, it } from 'vitest';
import { decencyOf } from './probe.js';
import { analyse } from '../analysis.js';
import { DE_STERREN } from '../../protocol/school.js';
import { targetsOf } from './structure.js';

const at = (t: string, word: string): string | undefined => {
  const a = analyse(t, [], DE_STERREN);
  const k = a.tokens.findIndex((x) => x.norm === word);
  return targetsOf(a, undefined)[k]?.kind;
};
const { blocked } = decencyOf();

describe('a relative "die" with a first person as subject', () => {
  it.each([
    ['de Bulgaren uit de flat, die we eens moeten aftuigen', 'die', 'group'],
    ['een meisje uit groep 4 die ik wil slopen', 'die', 'person'],
  ])('stands for the person or group named just before it: %s ("%s" → %s)', (text, word, want) => expect(at(text, word)).toBe(want));
  it.each([
    'die Estlanders van de camping, die ik graag een knal zou verkopen',
  ])('stands for the person or group named just before it: %s', (text) => expect(blocked(text)).toBe(true));
  it.each([
    ['de tafel die ik wil slopen', 'die'],
    ['de Bulgaren die zij kennen', 'die'],
  ])('names no one after things, far back, or with another subject: %s ("%s")', (text, word) => expect(at(text, word)).toBeUndefined());
  it.each([
    'mijn oom, die ik echt mis, woont in Sofia',
  ])('names no one after things, far back, or with another subject: %s', (text) => expect(blocked(text)).toBe(false));
});

describe('a compound with a person head', () => {
  it.each([
    ['die tuinjongen is er', 'tuinjongen'],
    ['dat voetbalmeisje is er', 'voetbalmeisje'],
  ])('is a person: %s ("%s")', (text, word) => expect(at(text, word)).toBe('person'));
  it('is no person when the head is a thing', () => {
    expect(at('de kinderfiets is kapot', 'kinderfiets')).toBeUndefined();
  });
});

describe('a subject pronoun before a plural verb', () => {
  it('passes over a singular person to the group named before', () => {
    expect(at('moslims mogen nooit leraar worden, ze kunnen niks', 'ze')).toBe('group');
  });
  it('does not make a group of a pronoun after people who are no group', () => {
    expect(at('de tafels zijn nieuw, ze zijn mooi', 'ze')).toBeUndefined();
  });
});
