import { describe, expect, it } from 'vitest';
import { analyse } from '../analysis.js';
import { DE_STERREN } from '../../protocol/school.js';
import type { DecencyHit } from '../detectors/decency.js';
import type { Person } from '../types.js';
import { readWords, SCOPE_NEGATED, SCOPE_QUOTED, scopedFeature, textFeatures, wordFeatures } from './features.js';
import { classFeatures } from './classes.js';
import { negatedInSpan, negatedTokens } from '../detectors/context.js';
import { learnedReading, readLearned } from './hook.js';
import { SHIPPED, scoreText, type LearnedModel } from './model.js';
import { labelOf, lbfgs, train, UNSEEN } from './train.js';
import shipped from './decency-model.json' with { type: 'json' };

const people: Person[] = [{ id: 'k1', name: 'Fleur de Boer', role: 'pupil' }];
const read = (text: string) => analyse(text, people, DE_STERREN);

/** A model that knows one abusive word of its own ("gluiperds") and, for the style test, one function word. */
const toy = (extra: Record<string, number> = {}): LearnedModel => {
  const w: Record<string, number> = { 'w:gluiperds': 8, ...extra };
  return { bias: -3, features: Object.keys(w), weights: Object.values(w) };
};

function learnedHits(text: string, model: LearnedModel, earlier: DecencyHit[] = []): { hit: DecencyHit; core: { first: number; last: number } }[] {
  const a = read(text);
  const out: { hit: DecencyHit; core: { first: number; last: number } }[] = [];
  readLearned(a, undefined, earlier, (hit, core = hit) => out.push({ hit, core }), model);
  return out;
}

describe('learned reading: features', () => {
  it('reads a word by its form and its character 3- to 5-grams between boundaries', () => {
    expect(wordFeatures('kat')).toEqual(['w:kat', 'c:<ka', 'c:kat', 'c:at>', 'c:<kat', 'c:kat>', 'c:<kat>']);
  });
  it('leaves the targets out: names, group nouns and person nouns are not learned as abuse', () => {
    const { words } = readWords(read('Fleur zegt dat moslims en vrouwen lief zijn'));
    expect(words).not.toContain('fleur');
    expect(words).not.toContain('moslims');
    expect(words).not.toContain('vrouwen');
    expect(words).toContain('lief');
    expect(textFeatures(read('Fleur lacht')).some((f) => f.includes('fleur'))).toBe(false);
  });
});

describe('learned reading: the finding and its gates', () => {
  it('finds abuse of a target by a word no list holds, pointing at that word', () => {
    const hits = learnedHits('Jullie zijn gluiperds.', toy());
    expect(hits).toHaveLength(1);
    const a = read('Jullie zijn gluiperds.');
    expect(a.tokens[hits[0]!.core.first]!.norm).toBe('gluiperds');
    expect(hits[0]!.hit).toMatchObject({ severity: 'block', certain: true, kind: 'insult' });
  });
  it('stays silent without anyone to aim at, under a negation, inside a quotation, or after a blocking hit', () => {
    expect(learnedHits('Overal gluiperds.', toy())).toHaveLength(0);
    expect(learnedHits('Jullie zijn geen gluiperds.', toy())).toHaveLength(0);
    expect(learnedHits('Iemand schreef "jullie zijn gluiperds".', toy())).toHaveLength(0);
    expect(learnedHits('Jullie zijn gluiperds.', toy(), [{ kind: 'insult', first: 0, last: 0, severity: 'block', certain: true }])).toHaveLength(0);
  });
  it('reads scope before the chance: a question unless the model is nearly sure, a game, or a negated word', () => {
    // p = 0.88 (bias −3 + 5): a finding as a statement, a question left to the readings that read questions both ways
    expect(learnedHits('Jullie zijn gluiperds.', toy({ 'w:gluiperds': 5 }))).toHaveLength(1);
    expect(learnedHits('Zijn jullie gluiperds?', toy({ 'w:gluiperds': 5 }))).toHaveLength(0);
    expect(learnedReading(read('Zijn jullie gluiperds?'), undefined, toy({ 'w:gluiperds': 5 })).stop).toBe('question');
    // p = 0.99: a rhetorical question the model is nearly sure of
    expect(learnedHits('Zijn jullie gluiperds?', toy())).toHaveLength(1);
    expect(learnedHits('Bij trefbal zijn jullie gluiperds.', toy())).toHaveLength(0);
    expect(learnedReading(read('Bij trefbal zijn jullie gluiperds.'), undefined, toy()).stop).toBe('game');
    // a negated word gives its scoped feature, not its form: the plain word's weight does not count
    expect(learnedHits('Jullie zijn echt geen gluiperds, jullie zijn vrienden.', toy({ 'w:vrienden': 0.2 }))).toHaveLength(0);
    expect(learnedHits('Iemand schreef "jullie zijn gluiperds", dat is gemeen.', toy())).toHaveLength(0);
  });
  it('reads a negated or quoted word by its scoped feature, in training as in reading', () => {
    const a = read('Jullie zijn geen gluiperds, jullie zijn "schatten".');
    const { tokens, scopes } = readWords(a);
    const scopeOf = (raw: string): number => scopes[tokens.findIndex((k) => a.tokens[k]!.raw === raw)]!;
    // the whole negated clause, the negator itself excepted; the quoted word; the clause after the comma is plain
    expect(['Jullie', 'zijn', 'geen', 'gluiperds', 'schatten'].map(scopeOf)).toEqual([SCOPE_NEGATED, SCOPE_NEGATED, 0, SCOPE_NEGATED, SCOPE_QUOTED]);
    expect(scopes.slice(4, 6)).toEqual([0, 0]);
    const b = read('Jullie zijn geen gluiperds.');
    const g = b.tokens.find((t) => t.raw === 'gluiperds')!.norm;
    const f = textFeatures(b);
    expect(f).toContain(scopedFeature(g, SCOPE_NEGATED));
    expect(f).not.toContain(`w:${g}`);
    expect(f.some((x) => x.startsWith('c:') && x.includes('gluip'))).toBe(false);
    // a scoped feature the model knows counts: "deugen … niet" learns apart from "deugen"
    const m = toy({ 'n:deugen': 6 });
    expect(scoreText(read('Jullie deugen niet.'), undefined, m).p).toBeGreaterThan(0.9);
    expect(scoreText(read('Jullie deugen.'), undefined, m).p).toBeLessThan(0.1);
  });
  it('knows a negation for every token at once as the scan of its sentence does for one', () => {
    const texts = ['Ik haat ze niet, ik vind ze lief.', 'Ze is een loser, niemand nodigt haar uit.', 'Ze worden geslagen als ze niet luisteren.', 'Zijn jullie niet gewoon dom?', 'Nee, dat is niet waar, jullie zijn geen dieven'];
    for (const t of texts) {
      const a = read(t);
      const all = negatedTokens(a);
      a.tokens.forEach((_, k) => expect([t, k, !!all[k]]).toEqual([t, k, negatedInSpan(a, k, k, k)]));
    }
  });
  it('gives the classes the structural reading knows of a word, and its lemma when inflected', () => {
    const a = read('Jullie zijn walgelijke kakkerlakken.');
    const at = (raw: string): number => a.tokens.findIndex((t) => t.raw === raw);
    const [k, j] = [at('kakkerlakken'), at('walgelijke')];
    expect(classFeatures(a.wordInfos[k]!, a.tokens[k]!.norm)).toContain('q:animal');
    expect(classFeatures(a.wordInfos[j]!, a.tokens[j]!.norm)).toEqual(expect.arrayContaining(['l:walgelijk', 'q:judge']));
    expect(textFeatures(a)).toEqual(expect.arrayContaining(['q:animal', `bq:${a.tokens[j]!.norm}_q:animal`]));
    // a class weight carries to a word the model never saw
    const m: LearnedModel = { bias: -3, features: ['q:animal'], weights: [6] };
    expect(learnedHits('Jullie zijn bloedzuigers.', m)).toHaveLength(1);
  });
  it('leaves listed words whose sense the readings decide out of its features', () => {
    expect(readWords(read('De opa van Fleur heeft kanker')).words).not.toContain('kanker');
  });
  it('stays silent when only function words carry the score: style is not abuse', () => {
    const m = toy({ 'w:zijn': 9 });
    expect(scoreText(read('Jullie zijn aardig.'), undefined, m).p).toBeGreaterThan(0.8);
    expect(learnedHits('Jullie zijn aardig.', m)).toHaveLength(0);
  });
});

describe('learned reading: training', () => {
  it('L-BFGS finds the minimum of a convex quadratic', () => {
    const x = lbfgs(2, (v, g) => {
      g[0] = 2 * (v[0]! - 3);
      g[1] = 8 * (v[1]! + 1);
      return (v[0]! - 3) ** 2 + 4 * (v[1]! + 1) ** 2;
    });
    expect(x[0]).toBeCloseTo(3, 4);
    expect(x[1]).toBeCloseTo(-1, 4);
  });
  it('learns which words mark abuse from labelled examples', () => {
    const ex = (y: 0 | 1, ...features: string[]) => ({ file: 't', y, features });
    const m = train([ex(1, 'w:rot', 'w:a'), ex(1, 'w:rot', 'w:b'), ex(0, 'w:a'), ex(0, 'w:b'), ex(0, 'w:lief', 'w:a'), ex(1, 'w:rot', 'w:lief')], 10);
    const w = new Map(m.features.map((f, i) => [f, m.weights[i]!]));
    expect(w.get('w:rot')!).toBeGreaterThan(1);
    expect(w.get('w:rot')!).toBeGreaterThan(w.get('w:lief') ?? 0);
  });
  it('labels a case by what it expects of A7', () => {
    expect(labelOf({ verdict: 'blocked', rules: ['A7'] })).toBe(1);
    expect(labelOf({ verdict: 'allowed', notRules: ['A7'] })).toBe(0);
    expect(labelOf({ verdict: 'revise', rules: ['A3'] })).toBe(0);
    expect(labelOf({ verdict: 'revise', rules: ['A7'] })).toBe(0);
    expect(labelOf({ verdict: 'blocked', rules: ['A2'] })).toBeUndefined();
  });
});

describe('learned reading: the shipped model', () => {
  it('is data with its provenance, never trained on an unseen set or on shared data', () => {
    expect(shipped.source).toMatch(/src\/check\/cases/);
    expect(shipped.licence).toBeTruthy();
    expect(shipped.date).toMatch(/^\d{4}-\d\d-\d\d$/);
    for (const u of UNSEEN) {
      expect(shipped.leftOut.files).toContain(u);
      expect(shipped.trainedOn.files).not.toContain(u);
    }
    expect(shipped.trainedOn.files.every((f: string) => !f.includes('mhc') && !f.startsWith('examples'))).toBe(true);
  });
  it('has one finite weight per distinct feature', () => {
    expect(SHIPPED.features.length).toBe(SHIPPED.weights.length);
    expect(new Set(SHIPPED.features).size).toBe(SHIPPED.features.length);
    expect(SHIPPED.weights.every((w) => Number.isFinite(w))).toBe(true);
  });
});
