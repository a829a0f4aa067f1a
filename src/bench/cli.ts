/**
 * Part of `npm run bench`: the whole CLI process on 20,000 posts of ~280 characters with a
 * 1,000-person roster (`sterrenwacht check --jsonl --people roster.json`), start-up included,
 * against in the same run:
 * - the naive baseline as a process of its own: `bad-words` with naughty-words' Dutch list
 *   plus a loop over the roster's names, reading and writing the same JSON lines;
 * - a parse-and-answer floor: a process that reads each line, parses it and writes a fixed
 *   answer (what any CLI on this input must pay);
 * - a one-request `sterrenwacht check`, against `node -e 0` (what any Node process pays);
 * - the CLI with one worker thread beside the main thread, which checks too (`--threads 1`; on
 *   fewer than three cores the default is the main thread alone).
 * Each is run twice, interleaved, and the faster run counts. Figures are wall time and CPU
 * time (user + system, from bash's `time`): on a shared machine CPU time is the fairer one.
 */
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { post, roster } from './corpus.js';

const POSTS = Number(process.env.BENCH_POSTS ?? 20_000);
const root = fileURLToPath(new URL('../../', import.meta.url));
const require = createRequire(import.meta.url);

interface Run {
  wall: number;
  cpu: number;
}

/** Run a shell command under bash's `time`; wall and CPU seconds. */
function timed(cmd: string): Run {
  const r = spawnSync('bash', ['-c', `TIMEFORMAT='%R %U %S'; time (${cmd} > /dev/null)`], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cmd}: exit ${r.status}: ${r.stderr}`);
  const [wall, user, sys] = r.stderr.trim().split('\n').pop()!.split(' ').map(Number) as [number, number, number];
  return { wall, cpu: user + sys };
}

const best = (runs: Run[]): Run => ({ wall: Math.min(...runs.map((r) => r.wall)), cpu: Math.min(...runs.map((r) => r.cpu)) });

function main(): void {
  const dir = mkdtempSync(join(tmpdir(), 'sw-bench-cli-'));
  try {
    const people = roster(1000);
    const rosterFile = join(dir, 'roster.json');
    const input = join(dir, 'posts.jsonl');
    const one = join(dir, 'one.json');
    writeFileSync(rosterFile, JSON.stringify(people));
    writeFileSync(input, Array.from({ length: POSTS }, (_, i) => JSON.stringify({ text: post(280, i + 1), author: { role: 'staff' }, setting: 'private' })).join('\n') + '\n');
    writeFileSync(one, JSON.stringify({ text: 'Wat een mooie dag met groep 5!', author: { role: 'staff' } }));
    const naive = join(dir, 'naive.mjs');
    writeFileSync(
      naive,
      `import { Filter } from ${JSON.stringify(require.resolve('bad-words'))};
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
const words = JSON.parse(readFileSync(${JSON.stringify(require.resolve('naughty-words/nl.json'))}, 'utf8'));
const people = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const filter = new Filter({ emptyList: true, list: words });
for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  if (!line) continue;
  const r = JSON.parse(line);
  const lower = r.text.toLowerCase();
  const names = [];
  for (const p of people) if (lower.includes(p.name.toLowerCase()) || lower.includes(p.name.split(' ')[0].toLowerCase())) names.push(p.id);
  process.stdout.write(JSON.stringify({ profane: filter.isProfane(r.text), names }) + '\\n');
}
`,
    );
    const floor = join(dir, 'floor.mjs');
    writeFileSync(
      floor,
      `import { createInterface } from 'node:readline';
for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  if (!line) continue;
  const r = JSON.parse(line);
  process.stdout.write(JSON.stringify({ verdict: 'allowed', findings: [], schoolRelated: false, length: r.text.length }) + '\\n');
}
`,
    );
    const node = JSON.stringify(process.execPath);
    const cmds = {
      ours: `${node} bin/sterrenwacht.js check --jsonl --people ${rosterFile} < ${input}`,
      threads: `${node} bin/sterrenwacht.js check --jsonl --threads 1 --people ${rosterFile} < ${input}`,
      naive: `${node} ${naive} ${rosterFile} < ${input}`,
      floor: `${node} ${floor} < ${input}`,
      one: `${node} bin/sterrenwacht.js check < ${one}`,
      bare: `${node} -e 0`,
    };
    const runs: Record<keyof typeof cmds, Run[]> = { ours: [], threads: [], naive: [], floor: [], one: [], bare: [] };
    for (let round = 0; round < 2; round++) for (const k of Object.keys(cmds) as (keyof typeof cmds)[]) runs[k].push(timed(cmds[k]));
    for (let i = 0; i < 3; i++) {
      runs.one.push(timed(cmds.one));
      runs.bare.push(timed(cmds.bare));
    }
    const r = Object.fromEntries(Object.entries(runs).map(([k, v]) => [k, best(v)])) as Record<keyof typeof cmds, Run>;
    const f = (x: number): string => x.toFixed(2);
    console.log(`\nCLI, whole process, ${POSTS.toLocaleString('en-US')} posts of 280 characters, 1,000-person roster (best of 2; wall s / CPU s)`);
    console.log(`  sterrenwacht check --jsonl   ${f(r.ours.wall)} / ${f(r.ours.cpu)}`);
    console.log(`  the same, one worker beside   ${f(r.threads.wall)} / ${f(r.threads.cpu)}   (--threads 1; the default is the main thread alone below three cores)`);
    console.log(`  naive (bad-words + roster)   ${f(r.naive.wall)} / ${f(r.naive.cpu)}`);
    console.log(`  parse-and-answer floor       ${f(r.floor.wall)} / ${f(r.floor.cpu)}`);
    console.log(`  ratio to the naive baseline: ${f(r.naive.wall / r.ours.wall)}× faster (wall), ${f(r.naive.cpu / r.ours.cpu)}× (CPU)`);
    console.log(`  ratio to the floor: ${f(r.ours.wall / r.floor.wall)}× (wall), ${f(r.ours.cpu / r.floor.cpu)}× (CPU)`);
    console.log(`one-request check: ${(r.one.wall * 1000).toFixed(0)} ms wall, ${(r.one.cpu * 1000).toFixed(0)} ms CPU; node -e 0: ${(r.bare.wall * 1000).toFixed(0)} ms wall, ${(r.bare.cpu * 1000).toFixed(0)} ms CPU (best of 5)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
