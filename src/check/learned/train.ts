/**
 * Trains the learned reading (`npm run train:decency`): an L2-regularised logistic regression
 * (L-BFGS) over the features of features.ts, on the project's own labelled case files, and writes
 * decency-model.json. Labels: `labelOf` below; cases that say nothing of A7 are left out.
 *
 * It also reads `learned/training/*.jsonl`: labelled examples written to train on that are no test
 * of the whole check (friendly banter the structural readings still block, for one).
 *
 * What is never trained on: the unseen measurement sets (`UNSEEN` below, and `--exclude`), the
 * shared data in ../shared (the MHC dev set and the worked examples stay pure measures), and nothing
 * but text: no ids, no functionality names.
 *
 *   node dist/check/learned/train.js [--exclude held-out-7-46,…] [--C 30] [--out FILE]
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyse } from '../analysis.js';
import { DE_STERREN } from '../../protocol/school.js';
import type { CheckRequest, Person } from '../types.js';
import { textFeatures } from './features.js';

/** Measurement sets no model may see: the unseen sets of the latest stop (README "Measuring the Dutch reading"). */
export const UNSEEN: readonly string[] = ['held-out-11-90', 'held-out-12-91'];

export interface Example {
  file: string;
  y: 0 | 1;
  features: string[];
}

/**
 * A case's label for the learned reading, which only ever blocks: abusive when it expects A7 and a
 * blocked verdict; innocent when it expects A7 not to fire, a verdict other than blocked, or A7 only as
 * something to reword ("revise": a sharp criticism of a teacher is no abuse to block).
 */
export function labelOf(expect: { verdict?: string; rules?: string[]; notRules?: string[] }): 0 | 1 | undefined {
  if (expect.rules?.includes('A7')) return expect.verdict === 'revise' ? 0 : 1;
  if (expect.notRules?.includes('A7') || (expect.verdict !== undefined && expect.verdict !== 'blocked')) return 0;
  return undefined;
}

function examples(dir: string, leftOut: ReadonlySet<string>): Example[] {
  const out: Example[] = [];
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    const file = basename(name, '.jsonl');
    if (leftOut.has(file)) continue;
    for (const line of readFileSync(join(dir, name), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const c = JSON.parse(line) as { request: CheckRequest & { people?: Person[] }; expect: { verdict?: string; rules?: string[]; notRules?: string[] } };
      const y = labelOf(c.expect);
      if (y === undefined) continue;
      const people = c.request.people ?? [];
      out.push({ file, y, features: textFeatures(analyse(c.request.text, people, DE_STERREN), c.request.author?.id) });
    }
  }
  return out;
}

/** Rows of feature indexes and counts, scaled by 1/√(known occurrences) as the reading scales them. */
function rows(data: Example[], vocab: Map<string, number>): { idx: Int32Array; val: Float64Array; start: Int32Array } {
  const idx: number[] = [];
  const val: number[] = [];
  const start = new Int32Array(data.length + 1);
  data.forEach((e, r) => {
    const counts = new Map<number, number>();
    let known = 0;
    for (const f of e.features) {
      const j = vocab.get(f);
      if (j === undefined) continue;
      counts.set(j, (counts.get(j) ?? 0) + 1);
      known++;
    }
    const s = known > 0 ? 1 / Math.sqrt(known) : 0;
    for (const [j, c] of counts) {
      idx.push(j);
      val.push(c * s);
    }
    start[r + 1] = idx.length;
  });
  return { idx: Int32Array.from(idx), val: Float64Array.from(val), start };
}

/** L-BFGS (two-loop recursion, backtracking Armijo line search) on a smooth convex function. */
export function lbfgs(n: number, fg: (x: Float64Array, g: Float64Array) => number, maxIter = 300, m = 10): Float64Array {
  const x = new Float64Array(n);
  const g = new Float64Array(n);
  let f = fg(x, g);
  const S: Float64Array[] = [];
  const Y: Float64Array[] = [];
  const dot = (a: Float64Array, b: Float64Array): number => {
    let s = 0;
    for (let i = 0; i < n; i++) s += a[i]! * b[i]!;
    return s;
  };
  const xNew = new Float64Array(n);
  const gNew = new Float64Array(n);
  for (let it = 0; it < maxIter; it++) {
    // direction d = -H g
    const q = Float64Array.from(g);
    const alpha: number[] = [];
    for (let i = S.length - 1; i >= 0; i--) {
      const a = dot(S[i]!, q) / dot(Y[i]!, S[i]!);
      alpha[i] = a;
      for (let j = 0; j < n; j++) q[j] = q[j]! - a * Y[i]![j]!;
    }
    if (S.length) {
      const k = S.length - 1;
      const gamma = dot(S[k]!, Y[k]!) / dot(Y[k]!, Y[k]!);
      for (let j = 0; j < n; j++) q[j] = q[j]! * gamma;
    }
    for (let i = 0; i < S.length; i++) {
      const b = dot(Y[i]!, q) / dot(Y[i]!, S[i]!);
      for (let j = 0; j < n; j++) q[j] = q[j]! + S[i]![j]! * (alpha[i]! - b);
    }
    const d = q.map((v) => -v);
    const slope = dot(g, d);
    if (!(slope < 0)) break;
    let step = S.length ? 1 : 1 / Math.sqrt(dot(g, g));
    let fNew = Infinity;
    for (let ls = 0; ls < 40; ls++) {
      for (let j = 0; j < n; j++) xNew[j] = x[j]! + step * d[j]!;
      fNew = fg(xNew, gNew);
      if (fNew <= f + 1e-4 * step * slope) break;
      step /= 2;
    }
    if (!(fNew < f)) break;
    const s = new Float64Array(n);
    const y = new Float64Array(n);
    for (let j = 0; j < n; j++) {
      s[j] = xNew[j]! - x[j]!;
      y[j] = gNew[j]! - g[j]!;
    }
    x.set(xNew);
    g.set(gNew);
    const done = f - fNew < 1e-9 * Math.max(1, Math.abs(f));
    f = fNew;
    if (dot(s, y) > 1e-12) {
      S.push(s);
      Y.push(y);
      if (S.length > m) {
        S.shift();
        Y.shift();
      }
    }
    if (done) break;
  }
  return x;
}

export function train(data: Example[], C: number, minDf = 2): { bias: number; features: string[]; weights: number[] } {
  const df = new Map<string, number>();
  for (const e of data) for (const f of new Set(e.features)) df.set(f, (df.get(f) ?? 0) + 1);
  const features = [...df].filter(([, c]) => c >= minDf).map(([f]) => f).sort();
  const vocab = new Map(features.map((f, i) => [f, i]));
  const { idx, val, start } = rows(data, vocab);
  const n = features.length;
  const z = new Float64Array(data.length);
  const x = lbfgs(n + 1, (w, g) => {
    let loss = 0;
    g.fill(0);
    for (let r = 0; r < data.length; r++) {
      let s = w[n]!;
      for (let k = start[r]!; k < start[r + 1]!; k++) s += w[idx[k]!]! * val[k]!;
      z[r] = s;
      loss += Math.max(s, 0) + Math.log1p(Math.exp(-Math.abs(s))) - data[r]!.y * s;
      const e = 1 / (1 + Math.exp(-s)) - data[r]!.y;
      for (let k = start[r]!; k < start[r + 1]!; k++) g[idx[k]!] = g[idx[k]!]! + e * val[k]!;
      g[n] = g[n]! + e;
    }
    for (let j = 0; j < n; j++) {
      loss += (w[j]! * w[j]!) / (2 * C);
      g[j] = g[j]! + w[j]! / C;
    }
    return loss;
  });
  const weights = Array.from(x.subarray(0, n), (v) => Math.round(v * 1e4) / 1e4);
  const keep = weights.map((v, i) => [features[i]!, v] as const).filter(([, v]) => v !== 0);
  return { bias: Math.round(x[n]! * 1e4) / 1e4, features: keep.map(([f]) => f), weights: keep.map(([, v]) => v) };
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = fileURLToPath(new URL('../../../', import.meta.url));
  const exclude = (arg('exclude') ?? '').split(',').filter(Boolean);
  const leftOut = new Set([...UNSEEN, ...exclude]);
  const C = Number(arg('C') ?? 30);
  // the case files, and examples written only to train on (learned/training/: cases the check as a whole does not pass yet)
  const data = [...examples(join(root, 'src/check/cases'), leftOut), ...examples(join(root, 'src/check/learned/training'), leftOut)];
  const t0 = Date.now();
  const m = train(data, C);
  const files = [...new Set(data.map((e) => e.file))];
  const out = {
    about: 'The learned reading of A7 (src/check/learned/): an L2-regularised logistic regression over word forms, character 3–5-grams and word pairs of the analysed text, target words left out. Trained by src/check/learned/train.ts on the project\'s own labelled case files.',
    source: 'Sterrenwacht case files in src/check/cases/ and training examples in src/check/learned/training/ (written by the project); no shared or third-party data',
    licence: 'same as the project',
    date: new Date().toISOString().slice(0, 10),
    trainedOn: { files, cases: data.length, abusive: data.filter((e) => e.y === 1).length },
    leftOut: { files: [...leftOut].sort(), why: 'unseen measurement sets, never trained on' },
    hyperparameters: { C, minDf: 2, ngrams: [3, 4, 5] },
    bias: m.bias,
    // one string, a feature a line: a single literal loads far faster than 24,000 (one-request check)
    features: m.features.join('\n'),
    weights: m.weights,
  };
  const file = arg('out') ?? join(root, 'src/check/learned/decency-model.json');
  writeFileSync(file, JSON.stringify(out) + '\n');
  console.log(`trained on ${data.length} cases (${files.length} files) in ${Date.now() - t0} ms: ${m.features.length} features → ${file}`);
}
