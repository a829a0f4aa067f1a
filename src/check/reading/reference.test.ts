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
  it('stands for the person or group named just before it', () => {
    expect(at('de Bulgaren uit de flat, die we eens moeten aftuigen', 'die')).toBe('group');
    expect(at('een meisje uit groep 4 die ik wil slopen', 'die')).toBe('person');
    expect(blocked('die Estlanders van de camping, die ik graag een knal zou verkopen')).toBe(true);
  });
  it('names no one after things, far back, or with another subject', () => {
    expect(at('de tafel die ik wil slopen', 'die')).toBeUndefined();
    expect(at('de Bulgaren die zij kennen', 'die')).toBeUndefined();
    expect(blocked('mijn oom, die ik echt mis, woont in Sofia')).toBe(false);
  });
});

describe('a compound with a person head', () => {
  it('is a person', () => {
    expect(at('die tuinjongen is er', 'tuinjongen')).toBe('person');
    expect(at('dat voetbalmeisje is er', 'voetbalmeisje')).toBe('person');
  });
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
