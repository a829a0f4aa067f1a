/**
 * Slurs said of oneself (reference-self.ts), slang praise (reference-slang.ts) and a role on a stage
 * (reference-role.ts), in words of our own.
 */
import { describe, expect, it } from 'vitest';
import { decencyOf } from './probe.js';

const people = [{ id: 'k1', name: 'Ruben Dekker', role: 'pupil' as const }];
const { blocked } = decencyOf(people);

describe('a slur said of oneself', () => {
  it('passes as a first-person predicate, apposition or "als" + the slur', () => {
    expect(blocked('ik ben gewoon een nicht, deal with it')).toBe(false);
    expect(blocked('wij potten gaan samen naar de optocht')).toBe(false);
    expect(blocked('als flikker voel ik me hier thuis')).toBe(false);
  });
  it('stays a slur of someone else or with a judging adjective', () => {
    expect(blocked('jij bent gewoon een flikker')).toBe(true);
    expect(blocked('als flikker hoor jij hier niet')).toBe(true);
    expect(blocked('ik vind hem een flikker')).toBe(true);
  });
});

describe('a judging word as an intensifier of praise', () => {
  it('passes before a praise word or "hoe" + one', () => {
    expect(blocked('Ruben is debiel grappig')).toBe(false);
    expect(blocked('Ruben zingt echt gestoord hoe gaaf')).toBe(false);
  });
  it('stays a judgement before a negative word, a comma or as a comparative of worth', () => {
    expect(blocked('Ruben is gestoord, hoe dom kun je zijn')).toBe(true);
    expect(blocked('meisjes zijn minder slim dan jongens')).toBe(true);
  });
});

describe('a role on a stage', () => {
  it('passes a judging word of the role with praise', () => {
    expect(blocked('Ruben speelde de draak in het kerstspel en hij was super gemeen, knap hoor')).toBe(false);
  });
  it('stays a finding without praise or with an insult noun', () => {
    expect(blocked('Ruben speelde de draak in het kerstspel en hij is een eikel, knap hoor')).toBe(true);
    expect(blocked('Ruben speelde de draak in het kerstspel en hij is gemeen')).toBe(true);
  });
});
