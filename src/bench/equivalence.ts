/**
 * Equivalence harness for speed work: the same requests through a reference build of the
 * project (another checkout's `dist/` and `bin/`, e.g. main's) and through this one, compared
 * byte for byte as JSON. An optimisation must leave it at 0 differences.
 *
 *   node dist/bench/equivalence.js --ref /path/to/reference-checkout [--posts 3000]
 *
 * (the reference checkout must be built and have its node_modules, or a symlink to them).
 * Compared, in process (`check()` of both engines, result or error as JSON):
 * - every case file in src/check/cases/ (with the cases' roster as default people, and without);
 * - the shared worked examples and the Dutch HateCheck dev set (../shared/, when present);
 * - bench-corpus posts of many lengths with the 1,000-person roster, for each author role,
 *   setting and account, some with a thread, and a few long drafts (up to 20,000 characters).
 * And as whole processes (`sterrenwacht check --jsonl --people` and a one-request check):
 * stdout byte for byte, on the corpus with bad lines mixed in, ours in one thread and with one
 * and two worker threads beside it (`--threads 1`, `--threads 2`).
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { post, roster } from './corpus.js';
import type { Person } from '../check/types.js';

type CheckFn = (input: unknown, options?: { people?: readonly Person[] }) => unknown;

const root = fileURLToPath(new URL('../../', import.meta.url));
const srcCases = join(root, 'src/check/cases');
const shared = resolve(root, '../shared');

function answer(fn: CheckFn, request: unknown, people: readonly Person[] | undefined): string {
  try {
    return JSON.stringify(fn(request, people ? { people } : {}));
  } catch (e) {
    const err = e as { toJSON?: () => unknown; message?: string };
    return 'error ' + JSON.stringify(typeof err.toJSON === 'function' ? err.toJSON() : String(err.message ?? e));
  }
}

const readJsonl = (file: string): unknown[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as unknown);

interface Item {
  label: string;
  request: unknown;
  people?: readonly Person[];
}

function items(posts: number): Item[] {
  const out: Item[] = [];
  const casesRoster = JSON.parse(readFileSync(join(srcCases, 'roster.json'), 'utf8')) as Person[];
  // (not the unseen held-out sets of the current session: nobody but their author opens them)
  for (const f of readdirSync(srcCases).filter((x) => x.endsWith('.jsonl') && !x.startsWith('held-out-3-')).sort()) {
    for (const c of readJsonl(join(srcCases, f)) as { id: string; request: unknown }[]) {
      out.push({ label: `${f} ${c.id}`, request: c.request, people: casesRoster });
      out.push({ label: `${f} ${c.id} (no roster)`, request: c.request });
    }
  }
  for (const f of ['spec/examples.jsonl', 'spec/examples-language.jsonl', 'eval/mhc-nl-dev.jsonl']) {
    const file = join(shared, f);
    if (!existsSync(file)) continue;
    for (const c of readJsonl(file) as { id: string; request: unknown }[]) out.push({ label: `${f} ${c.id}`, request: c.request });
  }
  const people = roster(1000);
  const roles = ['staff', 'parent', 'pupil'] as const;
  const settings = ['private', 'work', 'school'] as const;
  for (let i = 0; i < posts; i++) {
    const len = 20 + ((i * 37) % 600);
    const request: Record<string, unknown> = { text: post(len, i + 1), author: { role: roles[i % 3] }, setting: settings[(i >> 2) % 3] };
    if (i % 11 === 0) request.account = 'school';
    if (i % 13 === 0) request.author = { role: 'staff', id: `p${(i * 7) % 1000}` };
    if (i % 17 === 0) request.thread = [post(120, i + 5), post(200, i + 9)];
    out.push({ label: `corpus ${i}`, request, people });
  }
  // the edges of request validation (a hand-written path takes the common request, the schema the rest)
  const edges: unknown[] = [
    { author: { role: 'staff' } },
    { text: 'Hoi', author: { role: 'staff', id: '' } },
    { text: 'Hoi', author: { role: 'staff', id: 'x'.repeat(200) } },
    { text: 'Hoi', author: { role: 'staff', id: 'x'.repeat(201) } },
    { text: 'Hoi', author: { role: 'staff', id: 7 } },
    { text: 'Hoi', author: { role: 'staff', id: null } },
    { text: 'Hoi', author: { role: 'robot' } },
    { text: 'Hoi', author: { role: 'staff', extra: 1 } },
    { text: 'Hoi', author: ['staff'] },
    { text: 'Hoi', author: null },
    { text: 'Hoi' },
    { text: null, author: { role: 'staff' } },
    { text: 'Hoi', author: { role: 'staff' }, setting: 'school' },
    { text: 'Hoi', author: { role: 'staff' }, setting: null },
    { text: 'Hoi', author: { role: 'staff' }, account: 'school', channel: 'website', lessonPermission: true, setting: 'lesson' },
    { text: 'Hoi', author: { role: 'staff' }, account: 'shared' },
    { text: 'Hoi', author: { role: 'staff' }, channel: 'tv' },
    { text: 'Hoi', author: { role: 'staff' }, lessonPermission: 'yes' },
    { text: 'Hoi', author: { role: 'staff' }, unknownField: true },
    { text: 'Hoi', author: { role: 'staff' }, platform: 'instagram' },
    { text: 'Hoi', author: { role: 'staff' }, thread: [] },
    JSON.parse('{"text": "Hoi", "author": {"role": "staff"}, "__proto__": {"setting": "work"}}'),
    { text: 'x'.repeat(100_000), author: { role: 'parent' } },
    { text: 'x'.repeat(100_001), author: { role: 'parent' } },
  ];
  edges.forEach((request, i) => out.push({ label: `request edge ${i}`, request, people }));
  for (const len of [2_000, 8_000, 20_000]) out.push({ label: `long ${len}`, request: { text: post(len, len), author: { role: 'staff' }, setting: 'work' }, people });
  return out;
}

/** The CLI input: corpus posts with bad lines mixed in (invalid JSON, blank lines, invalid requests). */
function cliInput(posts: number): string {
  const lines: string[] = [];
  for (let i = 0; i < posts; i++) {
    if (i % 997 === 5) lines.push('{"text": "kapot');
    if (i % 1009 === 7) lines.push('');
    if (i % 1013 === 9) lines.push(JSON.stringify({ text: 42, author: { role: 'staff' } }));
    if (i % 1019 === 11) lines.push('[1,2]');
    lines.push(JSON.stringify({ text: post(280, i + 1), author: { role: i % 5 === 0 ? 'pupil' : 'staff' }, setting: i % 3 === 0 ? 'work' : 'private' }));
  }
  return lines.join('\n') + '\n';
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { ref: { type: 'string' }, posts: { type: 'string', default: '3000' }, 'cli-posts': { type: 'string', default: '6000' } } });
  const ref = values.ref ?? process.env.EQUIV_REF;
  if (!ref) throw new Error('usage: node dist/bench/equivalence.js --ref /path/to/reference-checkout');
  const refEngine = (await import(pathToFileURL(join(resolve(ref), 'dist/check/engine.js')).href)) as { check: CheckFn };
  const ours = (await import('../check/engine.js')) as unknown as { check: CheckFn };

  let compared = 0;
  const diffs: string[] = [];
  for (const it of items(Number(values.posts))) {
    const a = answer(refEngine.check, it.request, it.people);
    const b = answer(ours.check, it.request, it.people);
    compared++;
    if (a !== b) diffs.push(`${it.label}\n  ref:  ${a.slice(0, 400)}\n  ours: ${b.slice(0, 400)}`);
  }
  console.log(`in process: ${compared} requests compared, ${diffs.length} differences`);

  const dir = mkdtempSync(join(tmpdir(), 'sw-equiv-'));
  let cliDiffs = 0;
  try {
    const rosterFile = join(dir, 'roster.json');
    writeFileSync(rosterFile, JSON.stringify(roster(1000)));
    const input = join(dir, 'posts.jsonl');
    writeFileSync(input, cliInput(Number(values['cli-posts'])));
    const one = join(dir, 'one.json');
    writeFileSync(one, JSON.stringify({ text: 'Daan stinkt. Bel de vader van Sanne: 06-12345678.', author: { role: 'staff' } }));
    const run = (checkout: string, args: string[], stdin: string): string => {
      const r = spawnSync(process.execPath, [join(checkout, 'bin/sterrenwacht.js'), ...args], { input: readFileSync(stdin), maxBuffer: 1 << 30 });
      return `exit ${r.status}\n${r.stdout.toString('utf8')}`;
    };
    // ours also with worker threads (the reference has no --threads)
    for (const [label, args, stdin, extra] of [
      ['check --jsonl --people', ['check', '--jsonl', '--people', rosterFile], input, []],
      ['check --jsonl --people (ours --threads 1: a worker beside the main thread)', ['check', '--jsonl', '--people', rosterFile], input, ['--threads', '1']],
      ['check --jsonl --people (ours --threads 2)', ['check', '--jsonl', '--people', rosterFile], input, ['--threads', '2']],
      ['check --people (one request)', ['check', '--people', rosterFile], one, []],
    ] as const) {
      const a = run(resolve(ref), [...args], stdin);
      const b = run(root, [...args, ...extra], stdin);
      const lines = a.split('\n').length;
      if (a !== b) {
        cliDiffs++;
        const al = a.split('\n');
        const bl = b.split('\n');
        const at = al.findIndex((l, i) => l !== bl[i]);
        diffs.push(`CLI ${label}: first differing line ${at}\n  ref:  ${al[at]?.slice(0, 400)}\n  ours: ${bl[at]?.slice(0, 400)}`);
      }
      console.log(`CLI ${label}: ${lines} lines compared, ${a === b ? 'identical' : 'DIFFERENT'}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  for (const d of diffs.slice(0, 20)) console.log(d);
  console.log(`equivalence: ${diffs.length} differences${cliDiffs ? ` (${cliDiffs} in the CLI runs)` : ''}`);
  process.exitCode = diffs.length === 0 ? 0 : 1;
}

await main();
