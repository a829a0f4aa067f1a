/**
 * The worked examples: the shared ones (when ../shared exists beside the project),
 * our own cases (src/check/cases), and the Dutch Multilingual HateCheck dev set
 * with the thresholds (≥ 90 % overall, ≥ 75 % per functionality).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scoreCase, summarise, type Case } from '../eval/score.js';
import type { Person } from './types.js';

const here = (p: string): string => fileURLToPath(new URL(p, import.meta.url));
const shared = here('../../../shared/');
const readCases = (file: string): Case[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Case);

describe('own worked cases', () => {
  const roster = JSON.parse(readFileSync(here('./cases/roster.json'), 'utf8')) as Person[];
  // every case file of our own, case by case; the held-out set is scored as a whole below
  const files = readdirSync(here('./cases'))
    .filter((f) => f.endsWith('.jsonl') && !f.startsWith('held-out-'))
    .sort();
  it.each(files.flatMap((f) => readCases(here(`./cases/${f}`))).map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const o = scoreCase(c, { people: roster });
    expect(o.ok, `${o.text}\nwant ${o.expected}\ngot  ${o.got}`).toBe(true);
  });
});

/**
 * The held-out probe set of the structural reading (src/check/reading/): written before any
 * tuning and never tuned on, so it is not required case by case; its score is the honest
 * estimate of how the reading generalises (first run 69/100; 92/100 once the reading landed).
 */
describe('held-out probe set', () => {
  it('meets the thresholds on cases it was never tuned on', () => {
    const s = summarise(readCases(here('./cases/held-out-31.jsonl')).map((c) => scoreCase(c)));
    expect(s.right / s.total).toBeGreaterThanOrEqual(0.9);
  });
});

/**
 * The second held-out set (held-out-2-35.jsonl: 263 cases over 31 HateCheck-style functionalities,
 * other wording, word orders, possessive targets and titled names), written before the second
 * session's tuning and never tuned on: scored as a whole (first run 217/263; 242/263 after the second session).
 */
describe('second held-out probe set', () => {
  it('meets the overall threshold on cases it was never tuned on', () => {
    const s = summarise(readCases(here('./cases/held-out-2-35.jsonl')).map((c) => scoreCase(c)));
    expect(s.right / s.total).toBeGreaterThanOrEqual(0.9);
  });
});

/**
 * The third and fourth held-out sets (third session, #9), each written by an engineer who did not
 * tune, before the tuning they measure, and never tuned on. held-out-3-42 (354 cases, 43
 * functionalities): first run 280/354 (79.1 %); its per-functionality scores (never its
 * sentences) were given to the second tuning round; 299/354 (84.5 %) at the end of the session.
 * held-out-4-43 (263 cases, 37 functionalities, written after the first tuning round, unseen by
 * anyone tuning): 216/263 (82.1 %) → 217/263 (82.5 %). The floors below keep what was reached;
 * the target (≥ 90 %, every functionality ≥ 75 %) is not met.
 */
describe('third and fourth held-out probe sets', () => {
  it.each([
    ['held-out-3-42.jsonl', 0.84],
    ['held-out-4-43.jsonl', 0.82],
  ] as const)('%s stays at or above its floor', (file, floor) => {
    const s = summarise(readCases(here(`./cases/${file}`)).map((c) => scoreCase(c)));
    expect(s.right / s.total, `${s.right}/${s.total}`).toBeGreaterThanOrEqual(floor);
  });
});

describe.runIf(existsSync(shared))('shared worked examples', () => {
  for (const file of ['spec/examples.jsonl', 'spec/examples-language.jsonl']) {
    it.each(readCases(shared + file).map((c) => [c.id, c] as const))(`${file} %s`, (_id, c) => {
      const o = scoreCase(c);
      expect(o.ok, `${o.text}\nwant ${o.expected}\ngot  ${o.got}`).toBe(true);
    });
  }

  it('meets the thresholds on the Dutch HateCheck dev set', () => {
    const s = summarise(readCases(shared + 'eval/mhc-nl-dev.jsonl').map((c) => scoreCase(c)));
    expect(s.right / s.total).toBeGreaterThanOrEqual(0.9);
    for (const [f, v] of s.byFunctionality) expect(v.right / v.total, f).toBeGreaterThanOrEqual(0.75);
  });
});
