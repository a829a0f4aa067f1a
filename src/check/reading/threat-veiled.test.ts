/**
 * Veiled threats (threat-veiled.ts), in words of our own that no case file holds: a menace (mock
 * regret, a warning to look around, knowing the person's times, a menacing emoji) with a place or
 * time where the person is exposed, and a countdown idiom; care, a warning without exposure and
 * knowing the times of a thing pass. And an idiom of paying after a time (bullying.ts).
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../analysis.js';
import { DE_STERREN } from '../../protocol/school.js';
import type { Person } from '../types.js';
import { readVeiledThreats } from './threat-veiled.js';
import { decencyOf } from './probe.js';

const people: Person[] = [
  { id: 'p1', name: 'Fenna Bos', role: 'pupil' },
  { id: 'p2', name: 'Joris Hendriks', role: 'pupil' },
];
const read = (text: string): string[] => readVeiledThreats(analyse(text, people, DE_STERREN)).map((h) => h.kind);
const { blocked } = decencyOf(people);

describe('a menace with a moment of exposure', () => {
  it('reads mock regret, a warning to look around and knowing the person’s times', () => {
    expect(read('Zonde als jouw oma vanavond in haar eentje bij de bushalte staat, Joris')).toEqual(['threat']);
    expect(read('Fenna, kijk vannacht maar goed achterom in het steegje')).toEqual(['threat']);
    expect(read('wij weten wanneer jij uit het zwembad fietst Joris. en dat je dan alleen bent')).toEqual(['threat']);
  });
  it('reads a menacing emoji with exposure, and a countdown idiom', () => {
    expect(read('Joris loopt straks door het park 💀')).toEqual(['threat']);
    expect(read('Fenna je dagen zijn geteld')).toEqual(['threat']);
    expect(blocked('Fenna je dagen zijn geteld')).toBe(true);
  });
});

describe('look-alikes that pass', () => {
  it('lets care, a warning without exposure and the times of a thing pass', () => {
    expect(read('Fenna loopt vanavond alleen naar huis, zal ik haar ophalen?')).toEqual([]);
    expect(read('Joris, kijk goed om je heen als je de gang in rent')).toEqual([]);
    expect(read('We weten hoe laat de trein vanavond vertrekt, Fenna')).toEqual([]);
  });
});

describe('an idiom of paying after a time', () => {
  it('reads "daarna ben je de klos" as the turn after a deadline', () => {
    expect(blocked('Joris je hebt tot woensdag. Daarna ben je de klos')).toBe(true);
    expect(blocked('Joris je hebt tot woensdag voor je boekverslag, daarna is de bieb dicht')).toBe(false);
  });
});
