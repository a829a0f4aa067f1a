/**
 * A worker thread of the HTTP checks (check-workers.ts): checks one request at a time and
 * answers with the result as JSON, the string the route sends. The school and the people a
 * check uses come once per context (`{context: {id, school, people}}`), not with every draft;
 * `{drop: id}` forgets one. A check: `{id, ctx, input, protocolVersion}` in, `{id, json}` or
 * `{id, error}` (a SterrenwachtError's body) or `{id, failure}` (any other error's message) out.
 */
import { parentPort } from 'node:worker_threads';
import { check, warmUp } from '../check/engine.js';
import type { Person } from '../check/types.js';
import type { SchoolProfile } from '../protocol/school.js';
import { SterrenwachtError } from '../errors.js';

export type WorkerRequest =
  | { context: { id: number; school: SchoolProfile; people: readonly Person[] } }
  | { drop: number }
  | { id: number; ctx: number; input: unknown; protocolVersion?: string | undefined };

export type WorkerAnswer = { ready: true } | { id: number; json: string } | { id: number; error: ReturnType<SterrenwachtError['toJSON']> } | { id: number; failure: string };

const contexts = new Map<number, { school: SchoolProfile; people: readonly Person[] }>();
const port = parentPort!;
warmUp();
port.postMessage({ ready: true } satisfies WorkerAnswer);
port.on('message', (m: WorkerRequest) => {
  if ('context' in m) {
    contexts.set(m.context.id, { school: m.context.school, people: m.context.people });
    return;
  }
  if ('drop' in m) {
    contexts.delete(m.drop);
    return;
  }
  let answer: WorkerAnswer;
  try {
    const ctx = contexts.get(m.ctx);
    if (!ctx) throw new Error(`check worker: unknown context ${m.ctx}`);
    answer = { id: m.id, json: JSON.stringify(check(m.input, { school: ctx.school, people: ctx.people, protocolVersion: m.protocolVersion })) };
  } catch (e) {
    answer = e instanceof SterrenwachtError ? { id: m.id, error: e.toJSON() } : { id: m.id, failure: String((e as Error)?.message ?? e) };
  }
  port.postMessage(answer);
});
