/**
 * Counter-speech in other words (counter.ts), in sentences of our own: a judging frame over a
 * report of hate (a report noun with its topic, an expletive over an act of abuse) is allowed;
 * praise of the hate, and hate the author adds, are not.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../analysis.js';
import { DE_STERREN } from '../../protocol/school.js';
import { detectDecency } from '../detectors/decency.js';

const decency = (text: string): string[] => detectDecency(analyse(text, [], DE_STERREN)).map((h) => h.kind);

describe('a report noun with its topic, judged', () => {
  it('lets the judgement of a joke, a clip or messages about a group pass', () => {
    expect(decency('Die meme over moslima’s was gewoon seksistisch.')).toEqual([]);
    expect(decency('Het filmpje waarin Noren worden uitgelachen is walgelijk.')).toEqual([]);
    expect(decency('Die scheldberichten over Vlamingen maken me verdrietig.')).toEqual([]);
  });
  it('keeps praise of the hate and a judgement the author adds', () => {
    expect(decency('Het filmpje over die vieze Noren is walgelijk.')).not.toEqual([]);
    expect(decency('Die grap over Vlamingen was top, het zijn ook echt ratten.')).not.toEqual([]);
  });
});

describe('an expletive judgement over an act of abuse', () => {
  it('lets "het is niet oké dat …" over an act of abuse pass', () => {
    expect(decency('Het is niet oké dat ze in de kantine Canadezen uitschelden.')).toEqual([]);
    expect(decency('Ik vind het gemeen dat jongens Noren belachelijk maken.')).toEqual([]);
  });
  it('keeps an expletive judgement over a group’s mere presence', () => {
    expect(decency('Het is niet normaal dat Vlamingen hier mogen wonen.')).not.toEqual([]);
  });
});
