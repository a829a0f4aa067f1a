/**
 * Slurs said of oneself (reference-self.ts), slang praise (reference-slang.ts) and a role on a stage
 * (reference-role.ts), in words of our own.
 */
import { describe, expect, it } from 'vitest';
import { decencyOf } from './probe.js';

const people = [{ id: 'k1', name: 'Ruben Dekker', role: 'pupil' as const }];
const { blocked } = decencyOf(people);

describe('a slur said of oneself', () => {
  it.each([
    'ik ben gewoon een nicht, deal with it',
    'wij potten gaan samen naar de optocht',
    'als flikker voel ik me hier thuis',
  ])('passes as a first-person predicate, apposition or "als" + the slur: %s', (text) => expect(blocked(text)).toBe(false));
  it.each([
    'jij bent gewoon een flikker',
    'als flikker hoor jij hier niet',
    'ik vind hem een flikker',
  ])('stays a slur of someone else or with a judging adjective: %s', (text) => expect(blocked(text)).toBe(true));
});

describe('a judging word as an intensifier of praise', () => {
  it.each([
    'Ruben is debiel grappig',
    'Ruben zingt echt gestoord hoe gaaf',
  ])('passes before a praise word or "hoe" + one: %s', (text) => expect(blocked(text)).toBe(false));
  it.each([
    'Ruben is gestoord, hoe dom kun je zijn',
    'meisjes zijn minder slim dan jongens',
  ])('stays a judgement before a negative word, a comma or as a comparative of worth: %s', (text) => expect(blocked(text)).toBe(true));
});

describe('a role on a stage', () => {
  it('passes a judging word of the role with praise', () => {
    expect(blocked('Ruben speelde de draak in het kerstspel en hij was super gemeen, knap hoor')).toBe(false);
  });
  it.each([
    'Ruben speelde de draak in het kerstspel en hij is een eikel, knap hoor',
    'Ruben speelde de draak in het kerstspel en hij is gemeen',
  ])('stays a finding without praise or with an insult noun: %s', (text) => expect(blocked(text)).toBe(true));
});
