/**
 * A worker thread of `sterrenwacht check --jsonl` on a long stream (check.ts, LinePool):
 * batches of input lines in ({seq, first, lines}), their answer lines out ({seq, out}),
 * each line answered exactly as the main thread answers it (answerLine).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { answerLine } from './check.js';
import type { Person } from '../check/types.js';
import type { SchoolProfile } from '../protocol/school.js';

const { school, people } = workerData as { school: SchoolProfile; people: Person[] | undefined };
parentPort!.on('message', (m: { seq: number; first: number; lines: string[] }) => {
  const out: string[] = [];
  for (let i = 0; i < m.lines.length; i++) {
    const a = answerLine(m.lines[i]!, m.first + i, school, people);
    if (a !== undefined) out.push(a);
  }
  parentPort!.postMessage({ seq: m.seq, out });
});
