/**
 * A worker thread of the check pool (pool.ts): checks one request at a time off the
 * service's event loop. Messages: {id, input, options} in, {id, result} or {id, error} out.
 */
import { parentPort } from 'node:worker_threads';
import { check, warmUp, type CheckOptions } from './engine.js';
import { SterrenwachtError } from '../errors.js';

warmUp();
parentPort!.on('message', (m: { id: number; input: unknown; options: CheckOptions }) => {
  try {
    parentPort!.postMessage({ id: m.id, result: check(m.input, m.options) });
  } catch (e) {
    const err = e instanceof SterrenwachtError ? e.toJSON() : { code: 'invalid_request', message: String((e as Error)?.message ?? e), messageEn: String((e as Error)?.message ?? e) };
    parentPort!.postMessage({ id: m.id, error: err });
  }
});
