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
 * The sets once held out, DEV sets now: each was written before the tuning it measured and scored
 * unseen — held-out-31, -2-35, -3-42, -4-43 (first runs 69/100, 217/263, 280/354, 216/263; dev sets
 * since the fifth stop), held-out-5-44, -6-45 (the fifth stop's unseen sets, first runs 276/352 and
 * 211/297; dev sets since the sixth), held-out-7-46, -8-47 (the sixth stop's, first runs 342/423
 * and 217/300; dev sets since the seventh) and held-out-9-48, -10-49 (the seventh stop's, first runs
 * 323/387 and 228/310; dev sets since the eighth). The tuners read them and their failures and tuned on
 * them by general readings, and the learned reading (learned/) is trained on them; their scores are no
 * longer a measure of generalisation. The floors keep what was reached minus a margin (eighth stop
 * end: 100/100, 259/263, 345/354, 260/263, 342/352, 290/297, 410/423, 276/300, 353/387, 281/310).
 */
describe('former held-out sets, dev sets now', () => {
  it.each([
    ['held-out-31.jsonl', 0.99],
    ['held-out-2-35.jsonl', 0.97],
    ['held-out-3-42.jsonl', 0.95],
    ['held-out-4-43.jsonl', 0.97],
    ['held-out-5-44.jsonl', 0.95],
    ['held-out-6-45.jsonl', 0.95],
    ['held-out-7-46.jsonl', 0.95],
    ['held-out-8-47.jsonl', 0.9],
    ['held-out-9-48.jsonl', 0.9],
    ['held-out-10-49.jsonl', 0.89],
  ] as const)('%s stays at or above its floor', (file, floor) => {
    const s = summarise(readCases(here(`./cases/${file}`)).map((c) => scoreCase(c)));
    expect(s.right / s.total, `${s.right}/${s.total}`).toBeGreaterThanOrEqual(floor);
  });
});

/**
 * The unseen sets of the eighth stop, each written by an engineer who did not tune, who never ran
 * the check on it, and never opened by anyone tuning or writing training data; never trained on by
 * the learned reading (`UNSEEN` in learned/train.ts); scored by the lead on the stop's starting build
 * before any of the stop's work merged, after the merges and at the end, as a whole (the lead saw
 * per-functionality counts, never a sentence, and changed nothing in answer to them).
 * held-out-11-90 (395 cases, 33 HateCheck-style functionalities): 321/395 (81.3 %) → 321/395.
 * held-out-12-91 (337 cases, 32 functionalities of school life of its writer's own design):
 * 265/337 (78.6 %) → 283/337 (84.0 %). The floors keep what was reached; the target (≥ 90 %, every
 * functionality ≥ 75 %) is not met.
 */
describe('unseen sets of the eighth stop', () => {
  it.each([
    ['held-out-11-90.jsonl', 0.81],
    ['held-out-12-91.jsonl', 0.83],
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
