/**
 * A worker thread of `sterrenwacht check --jsonl` on a long stream (check.ts, LinePool):
 * batches of input lines in ({seq, first, lines}), the batch's answers out ({seq, out}) as
 * UTF-8 bytes (transferred, so the main thread neither copies nor encodes them), each line
 * answered exactly as the main thread answers it (answerBatch).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { answerBatch } from './check.js';
import type { Person } from '../check/types.js';
import type { SchoolProfile } from '../protocol/school.js';

const { school, people } = workerData as { school: SchoolProfile; people: Person[] | undefined };
const encoder = new TextEncoder();
parentPort!.on('message', (m: { seq: number; first: number; lines: string[] }) => {
  const out = encoder.encode(answerBatch(m.lines, m.first, school, people));
  parentPort!.postMessage({ seq: m.seq, out }, [out.buffer]);
});
