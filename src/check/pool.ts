/**
 * Long drafts are checked off the event loop. The check is linear in the text, but a
 * draft of 100,000 characters still takes a good part of a second; checked in the service's
 * own thread, every other request (/health included) would wait that long. A draft above
 * LONG_TEXT characters goes to a small pool of worker threads instead (started on first
 * use, stopped when idle); shorter drafts, nearly all, are checked in place (a round trip to
 * a worker costs more than they do).
 */
import { Worker } from 'node:worker_threads';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { check, type CheckOptions } from './engine.js';
import { SterrenwachtError, type ErrorBody } from '../errors.js';
import type { CheckResult } from './types.js';

/** Drafts longer than this (characters) are checked in a worker thread. */
export const LONG_TEXT = 10_000;
const IDLE_MS = 60_000;

/** The worker script: beside this module when built; from the sources (tests), the built copy. */
function workerUrl(): URL | undefined {
  for (const u of [new URL('./worker.js', import.meta.url), new URL('../../dist/check/worker.js', import.meta.url)]) if (existsSync(u)) return u;
  return undefined;
}

interface Job {
  resolve(r: CheckResult): void;
  reject(e: Error): void;
}

export class CheckPool {
  private workers: { w: Worker; busy: number }[] = [];
  private readonly jobs = new Map<number, Job>();
  private next = 0;
  private idle: NodeJS.Timeout | undefined;
  private readonly url = workerUrl();

  constructor(private readonly size = Math.max(1, Math.min(2, availableParallelism() - 1))) {}

  /** Check like engine.check; long texts in a worker thread, the rest in place. */
  async check(input: unknown, options: CheckOptions): Promise<CheckResult> {
    const text = (input as { text?: unknown } | null)?.text;
    if (!this.url || typeof text !== 'string' || text.length <= LONG_TEXT) return check(input, options);
    const slot = this.slot();
    const id = ++this.next;
    const done = new Promise<CheckResult>((resolve, reject) => this.jobs.set(id, { resolve, reject }));
    slot.busy++;
    slot.w.postMessage({ id, input, options: { school: options.school, people: options.people } });
    try {
      const result = await done;
      // the worker gets the school and people; the version id the result records is set here
      return options.protocolVersion ? { ...result, protocolVersion: options.protocolVersion } : result;
    } finally {
      slot.busy--;
      this.armIdle();
    }
  }

  private slot(): { w: Worker; busy: number } {
    if (this.idle) clearTimeout(this.idle);
    this.idle = undefined;
    const free = this.workers.find((s) => s.busy === 0);
    if (free) return free;
    if (this.workers.length < this.size) {
      const w = new Worker(this.url!);
      const s = { w, busy: 0 };
      w.unref();
      w.on('message', (m: { id: number; result?: CheckResult; error?: ErrorBody }) => {
        const job = this.jobs.get(m.id);
        if (!job) return;
        this.jobs.delete(m.id);
        if (m.error) {
          const e = new SterrenwachtError(m.error.code, m.error.message, m.error.messageEn, m.error.path);
          job.reject(e);
        } else job.resolve(m.result!);
      });
      w.on('error', (e) => {
        // a crashed worker fails what it had; the next long check starts a new one
        this.workers = this.workers.filter((x) => x !== s);
        for (const [id, job] of this.jobs) {
          this.jobs.delete(id);
          job.reject(e);
        }
      });
      this.workers.push(s);
      return s;
    }
    return this.workers.reduce((a, b) => (b.busy < a.busy ? b : a));
  }

  private armIdle(): void {
    if (this.idle || this.workers.some((s) => s.busy > 0)) return;
    this.idle = setTimeout(() => void this.close(), IDLE_MS);
    this.idle.unref();
  }

  async close(): Promise<void> {
    if (this.idle) clearTimeout(this.idle);
    this.idle = undefined;
    const ws = this.workers;
    this.workers = [];
    await Promise.all(ws.map((s) => s.w.terminate()));
  }
}

/** The service's pool. */
export const checkPool = new CheckPool();
