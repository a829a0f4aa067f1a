/**
 * The structural reading, one test per reading, in words that no list of the project holds
 * as a phrase: the lemmatiser, the Pattern polarity and the clause structure carry them.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../analysis.js';
import { DE_STERREN } from '../../protocol/school.js';
import { detectDecency } from '../detectors/decency.js';
import { innocentSense, judgedReport, readStructure } from './structure.js';
import { lemmaCandidates, wordInfo } from './words.js';

const read = (text: string): string[] => readStructure(analyse(text, [], DE_STERREN)).map((h) => h.kind);
const decency = (text: string): string[] => detectDecency(analyse(text, [], DE_STERREN)).map((h) => h.kind);

describe('words', () => {
  it('undoes inflection and finds the degree', () => {
    expect(wordInfo('kleinzieligste', 'kleinzieligste')).toMatchObject({ judge: true, degree: 2 });
    expect(wordInfo('onbekwame', 'onbekwame').lemma).toBe('onbekwaam');
    expect(lemmaCandidates('sprinkhanen').map(([l]) => l)).toContain('sprinkhaan');
    expect(wordInfo('sprinkhanen', 'sprinkhanen').animal).toBe(true);
    expect(wordInfo('gebruiksvoorwerpen', 'gebruiksvoorwerpen').thing).toBe(true);
  });
  it('tells a state from a judgement', () => {
    expect(wordInfo('vermoeid', 'vermoeid')).toMatchObject({ state: true, judge: false });
    expect(wordInfo('bekrompen', 'bekrompen').judge).toBe(true);
  });
  it('generates the forms of a harm verb, split ones with their particle', () => {
    expect(wordInfo('wurgde', 'wurgde').harm?.lemma).toBe('wurgen');
    expect(wordInfo('afgeranseld', 'afgeranseld').harm).toMatchObject({ lemma: 'afranselen', form: 'part' });
    expect(wordInfo('kapotgeslagen', 'kapotgeslagen').harm?.form).toBe('part');
  });
});

describe('predicate, attributive, comparison', () => {
  it('reads a judging word said of a group in any order', () => {
    expect(read('Canadezen zijn bekrompen.')).toContain('derogation');
    expect(read('Ik weet zeker dat Canadezen bekrompen zijn.')).toContain('derogation');
    expect(read('De kleinzieligste mensen van Europa zijn Canadezen.')).toContain('derogation');
    expect(read('Wat een kleinzielige Canadezen.')).toContain('derogation');
  });
  it('reads a likeness to animals or things as dehumanisation', () => {
    expect(read('Canadezen krioelen als luizen door de stad.')).toContain('dehumanisation');
    expect(read('Canadezen zijn gewoon wegwerpvoorwerpen.')).toContain('dehumanisation');
  });
  it('does not judge states, skills or things', () => {
    expect(read('Meester Jan was vermoeid na het schoolkamp.')).toEqual([]);
    expect(read('Canadezen zijn slecht in voetbal.')).toEqual([]);
    expect(read('Wij vonden de soep bekrompen van smaak.')).toEqual([]);
  });
});

describe('negation by scope', () => {
  it('a negator governing the judging word negates it, an intensifying one does not', () => {
    expect(read('Canadezen zijn helemaal niet bekrompen.')).toEqual([]);
    expect(read('Canadezen zijn niets anders dan luizen.')).toContain('dehumanisation');
    expect(read('Canadezen zijn niet minder verstandig dan anderen.')).toEqual([]);
  });
  it('a negated right or worth denies it', () => {
    expect(read('Canadezen verdienen het niet om te ademen.')).toContain('dehumanisation');
  });
});

describe('harm', () => {
  it('finds intent and victim in inverted and verb-final order and with a separable verb', () => {
    expect(read('Als ik hem morgen zie, wurg ik hem.')).toContain('threat');
    expect(read('Ik zweer dat ik die Canadees afransel.')).toContain('threat');
    expect(read('Zodra de bel gaat, ransel ik hem af.')).toContain('threat');
    expect(read('Iemand zou die Canadezen moeten wurgen.')).toContain('violence');
  });
  it('lets reports of events and things pass', () => {
    expect(read('In het verhaal werd de draak gewurgd.')).toEqual([]);
    expect(read('Ik sla de bladzijde om.')).toEqual([]);
  });
});

describe('reported speech and counter-speech', () => {
  it('a report that the text judges is not the author speaking', () => {
    const a = analyse('Mijn buurman beweert dat Canadezen bekrompen zijn; dat is onterecht.', [], DE_STERREN);
    const k = a.tokens.findIndex((t) => t.norm === 'bekrompen');
    expect(judgedReport(a, k, k)).toBe(true);
    expect(decency('Mijn buurman beweert dat Canadezen bekrompen zijn; dat is onterecht.')).toEqual([]);
  });
  it('a report that the author agrees with stays', () => {
    expect(decency('Mijn buurman beweert dat Canadezen bekrompen zijn, en hij heeft gelijk.')).not.toEqual([]);
  });
});

describe('word sense', () => {
  it('selects the innocent sense by its context', () => {
    const a = analyse('De Mongolen trokken met hun paarden over de steppe.', [], DE_STERREN);
    expect(innocentSense(a, a.tokens.findIndex((t) => t.raw === 'Mongolen'))).toBe(true);
    const b = analyse('Jij bent een vuile mongool.', [], DE_STERREN);
    expect(innocentSense(b, b.tokens.findIndex((t) => t.raw === 'mongool'))).toBe(false);
  });
});

describe('normalisation in the analysis', () => {
  it('resolves a hidden letter, digits at the edge and glued words', () => {
    const norms = (t: string): string[] => analyse(t, [], DE_STERREN).tokens.map((x) => x.norm);
    expect(norms('v*ies')).toEqual(['vies']);
    expect(norms('3ikel')).toEqual(['eikel']);
    expect(norms('ikhaatjoden')).toEqual(['ik', 'hat', 'joden']);
  });
});
