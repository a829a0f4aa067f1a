/**
 * Negation before a question tag and negated group-only words (detectors/context.ts inQuestion,
 * detectors/decency.ts 8a), in words of our own: a statement before the comma is no question.
 */
import { describe, expect, it } from 'vitest';
import { decencyOf } from './probe.js';

const { kinds: decency } = decencyOf();

describe('a negated statement before a question tag', () => {
  it.each([
    'Ik walg echt niet van Noren, hoe kom je erbij?',
    'Canadezen zijn niet smerig, wie zegt dat?',
  ])('negates: the question is only the tag after the comma: %s', (text) => expect(decency(text)).toEqual([]));
  it('a rhetorical "niet" inside the question still asserts', () => {
    expect(decency('Zijn Canadezen niet gewoon smerig?')).not.toEqual([]);
  });
});

describe('a group-only word negated before a person noun', () => {
  it('denies the judgement, not the humanity', () => {
    expect(decency('Noren zijn geen gekke mensen.')).toEqual([]);
  });
  it('a denied humanity stays', () => {
    expect(decency('Noren zijn geen echte mensen.')).not.toEqual([]);
  });
});

describe('an identity word in a conditional', () => {
  it('is the identity, not a slur', () => {
    expect(decency('Je bent welkom, ook als je homo bent.')).toEqual([]);
  });
  it('stays a slur when the main clause judges it', () => {
    expect(decency('Als je homo bent ben je gestoord.')).not.toEqual([]);
  });
});
