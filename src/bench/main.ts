/**
 * `npm run bench`: checks/s and MB/s of the full check (all rules), single-threaded,
 * on generated Dutch posts of 50–2,000 characters with a 1,000-person roster, and
 * the same figures for a naive baseline in the same process: a `bad-words`-style
 * filter (one regular expression per listed word, tested in a loop) plus a loop
 * over the roster's names. Then how cost grows with text length and roster size.
 * Figures are ratios measured in one run; absolute numbers depend on the machine.
 */
import { check } from '../check/engine.js';
import { DE_STERREN } from '../protocol/school.js';
import { Filter } from 'bad-words';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Person } from '../check/types.js';
import { post, roster } from './corpus.js';

const MIN_MS = Number(process.env.BENCH_MS ?? 1500);

function measure(fn: (i: number) => void, bytesPer: (i: number) => number): { perSec: number; mbPerSec: number } {
  for (let i = 0; i < 200; i++) fn(i); // warm up
  let n = 0;
  let bytes = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < MIN_MS) {
    for (let k = 0; k < 100; k++, n++) {
      fn(n);
      bytes += bytesPer(n);
    }
    elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  }
  return { perSec: (n / elapsed) * 1000, mbPerSec: bytes / 1e6 / (elapsed / 1000) };
}

/**
 * The naive baseline: what a first attempt does — the `bad-words` package's
 * filter with the Dutch list of `naughty-words`, plus a loop over the roster's names.
 */
class NaiveChecker {
  private readonly filter: Filter;
  constructor(words: string[], private readonly people: readonly Person[]) {
    this.filter = new Filter({ emptyList: true, list: words });
  }
  check(text: string): { profane: boolean; names: string[] } {
    const profane = this.filter.isProfane(text);
    const lower = text.toLowerCase();
    const names: string[] = [];
    for (const p of this.people) {
      if (lower.includes(p.name.toLowerCase()) || lower.includes(p.name.split(' ')[0]!.toLowerCase())) names.push(p.id);
    }
    return { profane, names };
  }
}

const require = createRequire(import.meta.url);
const dutchWords = JSON.parse(readFileSync(require.resolve('naughty-words/nl.json'), 'utf8')) as string[];
const fmt = (x: number, d = 0): string => x.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });

function run(): void {
  const people1000 = roster(1000);
  console.log(`Sterrenwacht bench — node ${process.version}, one thread, ${MIN_MS} ms per figure`);
  console.log(`baseline: bad-words Filter.isProfane with naughty-words' Dutch list (${dutchWords.length} words) + a loop over ${people1000.length} roster names\n`);
  console.log('length  | sterrenwacht checks/s   MB/s | naive checks/s   MB/s | ratio');
  const ratios: number[] = [];
  const perChar: { len: number; perSec: number }[] = [];
  const naive = new NaiveChecker(dutchWords, people1000);
  for (const len of [50, 280, 1000, 2000]) {
    const texts = Array.from({ length: 64 }, (_, i) => post(len, i + 1));
    const reqs = texts.map((text) => ({ text, author: { role: 'staff' as const }, setting: 'private' as const }));
    const ours = measure((i) => check(reqs[i % reqs.length], { school: DE_STERREN, people: people1000 }), (i) => Buffer.byteLength(texts[i % texts.length]!));
    const base = measure((i) => naive.check(texts[i % texts.length]!), (i) => Buffer.byteLength(texts[i % texts.length]!));
    const ratio = ours.perSec / base.perSec;
    ratios.push(ratio);
    perChar.push({ len, perSec: ours.perSec });
    console.log(`${String(len).padStart(6)}  | ${fmt(ours.perSec).padStart(20)} ${fmt(ours.mbPerSec, 2).padStart(6)} | ${fmt(base.perSec).padStart(14)} ${fmt(base.mbPerSec, 2).padStart(6)} | ${fmt(ratio, 1)}×`);
  }
  console.log(`\nlinearity: µs per 1,000 characters at 280 → 2,000 chars: ${perChar.map((p) => fmt(1e9 / (p.perSec * p.len), 1)).join(' → ')}`);

  console.log('\nroster size (280-character posts) | checks/s | relative to 100 people');
  const texts = Array.from({ length: 64 }, (_, i) => post(280, i + 7));
  const reqs = texts.map((text) => ({ text, author: { role: 'parent' as const } }));
  let base100 = 0;
  for (const n of [100, 1000, 10000]) {
    const people = roster(n);
    const r = measure((i) => check(reqs[i % reqs.length], { school: DE_STERREN, people }), () => 280);
    if (n === 100) base100 = r.perSec;
    console.log(`${String(n).padStart(34)} | ${fmt(r.perSec).padStart(8)} | ${fmt(r.perSec / base100, 2)}×`);
  }
  // linearity up to the longest allowed draft: µs per character should stay flat, with and without
  // punctuation (a text without sentence ends is the case that used to be quadratic) and for a
  // text dense with hits (names, insults, phone numbers in every line)
  console.log('\nlength (one draft) | µs per character: with punctuation | without | dense with hits, without punctuation');
  const dense = 'Daan stinkt en is zo dom niemand moet met hem praten bel Sanne 06-12345678 ik haat jou ';
  const flat: number[][] = [];
  for (const len of [1_000, 8_000, 16_000, 32_000, 64_000, 100_000]) {
    const variants = [post(len, 3), post(len, 3).replace(/[.,;:!?]/g, ''), dense.repeat(Math.ceil(len / dense.length)).slice(0, len)];
    const perChar = variants.map((text) => {
      const req = { text, author: { role: 'staff' as const }, setting: 'work' as const };
      check(req, { school: DE_STERREN, people: people1000 });
      let n = 0;
      const t0 = performance.now();
      do {
        check(req, { school: DE_STERREN, people: people1000 });
        n++;
      } while (performance.now() - t0 < Math.min(MIN_MS, 400));
      return ((performance.now() - t0) * 1000) / n / len;
    });
    flat.push(perChar);
    console.log(`${String(len).padStart(18)} | ${perChar.map((x) => fmt(x, 2).padStart(8)).join(' | ')}`);
  }
  const growth = flat[0]!.map((_, i) => flat[flat.length - 1]![i]! / flat[1]![i]!);
  console.log(`cost per character at 100,000 relative to 8,000: ${growth.map((g) => `${fmt(g, 2)}×`).join(', ')} (1.00× is linear)`);

  const mem = process.memoryUsage();
  console.log(`\nmemory: rss ${fmt(mem.rss / 1e6, 1)} MB, heap used ${fmt(mem.heapUsed / 1e6, 1)} MB`);
  console.log(`ratio to the naive baseline (280 chars): ${fmt(ratios[1]!, 1)}×`);
}

run();
