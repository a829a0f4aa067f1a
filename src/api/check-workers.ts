/**
 * The checks of POST /api/v1/checks in worker threads (http-check-worker.ts): the event loop
 * stays free for requests (parsing, sessions, answers) while a worker checks, so a second core
 * checks beside the one that serves, and a long draft never holds up /health.
 *
 * - The answer is the same string either way: JSON.stringify of engine.check with the same
 *   input, school, people and version id (the worker gets a structured copy of them).
 * - The school and people go to a worker once per context (the registry as the caller may read
 *   it: for staff the school's cached registry, the same array for every request), not with
 *   every draft; a worker keeps the last CONTEXTS_KEPT of them.
 * - Workers start at the first check and stop after IDLE_MS without one (their memory with
 *   them); until a worker is ready, and without workers, a draft is checked in place and a long
 *   one (above LONG_TEXT characters) in the check pool's thread (check/pool.ts), as before.
 * - How many: as for `check --jsonl` (cli/check.ts), one per core but one from three cores, none
 *   on fewer. On this two-core machine (shared, loaded) one worker beside the event loop was
 *   measured (bench:http's check phase, one run each, interleaved) at 820 checks/s and 914 µs
 *   server CPU per check against 1,210 and 675 µs in place (a second isolate compiles and warms
 *   up everything again, every draft and answer crosses threads, and the two threads and the load
 *   generator share two cores), and sending short drafts in place while the worker is busy was
 *   worse still (566/s); so on two cores every check stays in place.
 */
import { Worker } from 'node:worker_threads';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { check } from '../check/engine.js';
import { LONG_TEXT, checkPool } from '../check/pool.js';
import type { Person } from '../check/types.js';
import type { SchoolProfile } from '../protocol/school.js';
import { SterrenwachtError } from '../errors.js';
import type { WorkerAnswer, WorkerRequest } from './http-check-worker.js';

const IDLE_MS = 60_000;
const CONTEXTS_KEPT = 16;

export interface CheckContext {
  school: SchoolProfile;
  people: readonly Person[];
  protocolVersion?: string | undefined;
}

/**
 * The worker script: beside this module when built by tsc, or in dist/api/ from the bundle. From
 * the sources (tests) there is none, so every check runs in place on the code under test (a
 * test that wants the workers passes the built file).
 */
function workerFile(): URL | undefined {
  for (const u of [new URL('./http-check-worker.js', import.meta.url), new URL('../api/http-check-worker.js', import.meta.url)]) if (existsSync(u)) return u;
  return undefined;
}

/** Worker threads for the HTTP checks: one per core but one from three cores, none below (see above). */
export function defaultWorkers(): number {
  const n = availableParallelism();
  return n >= 3 ? n - 1 : 0;
}

interface Slot {
  w: Worker;
  ready: boolean;
  busy: number;
  /** The contexts this worker holds, oldest first. */
  held: Map<number, true>;
}

interface Job {
  resolve(json: string): void;
  reject(e: Error): void;
  slot: Slot;
}

export class CheckWorkers {
  private slots: Slot[] = [];
  private readonly jobs = new Map<number, Job>();
  private readonly contextIds = new WeakMap<readonly Person[], { school: SchoolProfile; id: number }>();
  private nextJob = 0;
  private nextContext = 0;
  private idle: NodeJS.Timeout | undefined;

  constructor(
    /** Worker threads (0: every check in place, a long one in the check pool). Default: defaultWorkers(). */
    private readonly size = defaultWorkers(),
    /** Checks waiting per worker from which a short draft is checked in place instead (default: never). */
    private readonly queueMax = Number.POSITIVE_INFINITY,
    private readonly file = workerFile(),
  ) {}

  /** The check's answer as JSON (what engine.check returns, stringified). */
  async check(input: unknown, ctx: CheckContext): Promise<string> {
    const text = (input as { text?: unknown } | null)?.text;
    const long = typeof text === 'string' && text.length > LONG_TEXT;
    const slot = this.size > 0 && this.file ? this.slot() : undefined;
    if (!slot || (!long && slot.busy >= this.queueMax)) return JSON.stringify(long ? await checkPool.check(input, ctx) : check(input, ctx));
    const id = this.contextOf(slot, ctx);
    const job = ++this.nextJob;
    slot.busy++;
    try {
      return await new Promise<string>((resolve, reject) => {
        this.jobs.set(job, { resolve, reject, slot });
        slot.w.postMessage({ id: job, ctx: id, input, protocolVersion: ctx.protocolVersion } satisfies WorkerRequest);
      });
    } finally {
      slot.busy--;
      this.armIdle();
    }
  }

  /** The least busy ready worker (starting the workers at the first check); undefined while none is ready. */
  private slot(): Slot | undefined {
    if (this.idle) clearTimeout(this.idle);
    this.idle = undefined;
    while (this.slots.length < this.size) this.start();
    let best: Slot | undefined;
    for (const s of this.slots) if (s.ready && (!best || s.busy < best.busy)) best = s;
    return best;
  }

  private start(): void {
    const w = new Worker(this.file!);
    const s: Slot = { w, ready: false, busy: 0, held: new Map() };
    w.unref();
    w.on('message', (m: WorkerAnswer) => {
      if ('ready' in m) {
        s.ready = true;
        return;
      }
      const job = this.jobs.get(m.id);
      if (!job) return;
      this.jobs.delete(m.id);
      if ('json' in m) job.resolve(m.json);
      else if ('error' in m) job.reject(new SterrenwachtError(m.error.code, m.error.message, m.error.messageEn, m.error.path));
      else job.reject(new Error(m.failure));
    });
    w.on('error', (e) => this.lost(s, e));
    w.on('exit', (code) => this.lost(s, new Error(`check worker stopped (${code})`)));
    this.slots.push(s);
  }

  /** A worker that crashed or stopped: what it had fails, the next check starts another. */
  private lost(s: Slot, e: Error): void {
    this.slots = this.slots.filter((x) => x !== s);
    for (const [id, job] of this.jobs) {
      if (job.slot !== s) continue;
      this.jobs.delete(id);
      job.reject(e);
    }
  }

  /** The id of this context in `slot`, sent to it first when it does not hold it. */
  private contextOf(slot: Slot, ctx: CheckContext): number {
    let known = this.contextIds.get(ctx.people);
    if (!known || known.school !== ctx.school) this.contextIds.set(ctx.people, (known = { school: ctx.school, id: ++this.nextContext }));
    const id = known.id;
    if (slot.held.has(id)) {
      // most recently used last
      slot.held.delete(id);
      slot.held.set(id, true);
      return id;
    }
    slot.w.postMessage({ context: { id, school: ctx.school, people: ctx.people } } satisfies WorkerRequest);
    slot.held.set(id, true);
    if (slot.held.size > CONTEXTS_KEPT) {
      const oldest = slot.held.keys().next().value!;
      slot.held.delete(oldest);
      slot.w.postMessage({ drop: oldest } satisfies WorkerRequest);
    }
    return id;
  }

  private armIdle(): void {
    if (this.idle || this.slots.length === 0 || this.slots.some((s) => s.busy > 0)) return;
    this.idle = setTimeout(() => void this.close(), IDLE_MS);
    this.idle.unref();
  }

  /** Stop the workers (the next check starts them again). */
  async close(): Promise<void> {
    if (this.idle) clearTimeout(this.idle);
    this.idle = undefined;
    const slots = this.slots;
    this.slots = [];
    await Promise.all(slots.map((s) => s.w.terminate()));
  }
}
