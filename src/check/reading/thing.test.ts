/**
 * Things and untargeted curses (thing.ts), in sentences of our own: an exclamation harms no one,
 * a thing at the school is no sneer at the school; aimed at someone the curse stays.
 */
import { describe, expect, it } from 'vitest';
import { decencyOf } from './probe.js';
import { analyse } from '../analysis.js';
import { DE_STERREN } from '../../protocol/school.js';
import { detectGoodName } from '../detectors/goodname.js';
import { detectSchool } from '../detectors/school.js';

const { kinds: decency } = decencyOf();

describe('a curse as an exclamation', () => {
  it.each([
    'Pleuris, wat een file vanochtend.',
    'Tyfus! Mijn veter is alweer los.',
  ])('is no finding when it opens the sentence and no one is there to aim it at: %s', (text) => expect(decency(text)).toEqual([]));
  it.each([
    'Pleuris, Bram, je bent een sukkel.',
  ])('stays when aimed at someone, wished on someone, or glued onto a word: %s', (text) => expect(decency(text)).not.toEqual([]));
  it.each([
    'Krijg toch de pleuris.',
    'Wat een pleurisfile vanochtend.',
  ])('stays when aimed at someone, wished on someone, or glued onto a word: %s', (text) => expect(decency(text)).toContain('curse'));
});

describe('a thing at the school judged', () => {
  const scoped = (text: string): number => {
    const a = analyse(text, [], DE_STERREN);
    return detectGoodName(a, detectSchool(a, false)).length;
  };
  it('is no sneer at the school when the school is only its place', () => {
    expect(scoped('Die rotbeamer in het lokaal op school is waardeloos.')).toBe(0);
  });
  it.each([
    'Deze school is waardeloos.',
    'De lessen op school zijn waardeloos.',
  ])('keeps a judgement of the school, its team or what it does: %s', (text) => expect(scoped(text)).toBeGreaterThan(0));
});
