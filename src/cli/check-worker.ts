/**
 * A worker thread of `sterrenwacht check --jsonl` on a long stream (check.ts, LinePool):
 * batches of input lines in ({seq, first, lines}), the batch's answers out ({seq, out}) as
 * UTF-8 bytes (transferred, so the main thread neither copies nor encodes them), each line
 * answered exactly as the main thread answers it (answerBatch).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { answerBatch, Utf8Batches } from './check.js';
import type { Person } from '../check/types.js';
import type { SchoolProfile } from '../protocol/school.js';

const { school, people } = workerData as { school: SchoolProfile; people: Person[] | undefined };
const bytes = new Utf8Batches();
parentPort!.on('message', (m: { seq: number; first: number; lines: string[] }) => {
  // a copy of the batch's bytes, with a buffer of its own to transfer
  const out = new Uint8Array(answerBatch(m.lines, m.first, school, people, bytes));
  parentPort!.postMessage({ seq: m.seq, out }, [out.buffer]);
});
