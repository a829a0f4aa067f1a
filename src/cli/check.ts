/**
 * `sterrenwacht check [--jsonl] [--people FILE]`: the contract's CLI.
 * One request → one result; with --jsonl a stream, one result per line, in order,
 * constant memory. A bad line yields {"error": …, "line": N} and the run goes on.
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { existsSync, readFileSync } from 'node:fs';
import { once } from 'node:events';
import { z } from 'zod';
import { SterrenwachtError } from '../errors.js';
import { check } from '../check/engine.js';
import { personSchema, type Person } from '../check/types.js';
import type { SchoolProfile } from '../protocol/school.js';

export function loadPeopleFile(path: string): Person[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new SterrenwachtError('invalid_argument', `Het bestand met personen (${path}) kan niet gelezen worden: ${(e as Error).message}`, `Cannot read the people file (${path}): ${(e as Error).message}`);
  }
  const parsed = z.array(personSchema).safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new SterrenwachtError('invalid_argument', `Het bestand met personen (${path}) klopt niet bij "${issue.path.join('.')}".`, `The people file (${path}) is invalid at "${issue.path.join('.')}": ${issue.message}`, issue.path.join('.'));
  }
  return parsed.data;
}

function toError(e: unknown): SterrenwachtError {
  if (e instanceof SterrenwachtError) return e;
  if (e instanceof SyntaxError) return new SterrenwachtError('invalid_json', `Geen geldige JSON: ${e.message}`, `Not valid JSON: ${e.message}`);
  return new SterrenwachtError('invalid_request', `Onverwachte fout: ${(e as Error)?.message ?? String(e)}`, `Unexpected error: ${(e as Error)?.message ?? String(e)}`);
}

export async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

export async function runCheckSingle(input: NodeJS.ReadableStream, output: NodeJS.WritableStream, school: SchoolProfile, people: Person[] | undefined): Promise<number> {
  const raw = await readAll(input);
  try {
    const result = check(JSON.parse(raw), { school, people });
    output.write(JSON.stringify(result) + '\n');
    return 0;
  } catch (e) {
    process.stderr.write(toError(e).oneLine() + '\n');
    return 2;
  }
}

/** The answer line for one input line (undefined for a blank line): a result, or an error with the line number. */
export function answerLine(text: string, line: number, school: SchoolProfile, people: readonly Person[] | undefined): string | undefined {
  if (text.trim() === '') return undefined;
  try {
    return JSON.stringify(check(JSON.parse(text), { school, people }));
  } catch (e) {
    return JSON.stringify({ error: toError(e).toJSON(), line });
  }
}

/** Lines are split as readline splits them (CR LF, LF or a lone CR). */
const LINE_BREAK = /\r\n|\n|\r/;

/** Output written in batches (one write per input chunk, not per line), with backpressure. */
class BatchedWriter {
  private parts: string[] = [];
  private blocked: Promise<void> | undefined;
  constructor(private readonly output: NodeJS.WritableStream) {}
  push(line: string): void {
    this.parts.push(line);
  }
  flush(): void {
    if (this.parts.length === 0) return;
    const data = this.parts.join('\n') + '\n';
    this.parts = [];
    if (!this.output.write(data) && !this.blocked) this.blocked = once(this.output, 'drain').then(() => (this.blocked = undefined));
  }
  /** Resolves when the output takes more. */
  async ready(): Promise<void> {
    while (this.blocked) await this.blocked;
  }
}

/** Input lines before the worker threads start: a short stream is checked in this thread. */
const SERIAL_LINES = 1000;
/** Batches in flight per worker (bounded memory, the workers never wait). */
const IN_FLIGHT = 3;

export interface JsonlOptions {
  /** Worker threads for a long stream (0: all in this thread); default defaultThreads(). */
  threads?: number;
}

/**
 * The default number of worker threads for a long --jsonl stream: one per core but one (this
 * thread reads, orders and writes), from three cores. On two cores the threads were measured
 * (`npm run bench`, 20,000 posts) to take ~55 % more CPU time for no gain in wall time, so there
 * the stream is checked in this thread (`--threads N` asks for N all the same).
 */
export function defaultThreads(): number {
  const n = availableParallelism();
  return n >= 3 ? n - 1 : 0;
}

/** The worker script: beside this module when built (or bundled); from the sources (tests), the built copy. */
function workerUrl(): URL | undefined {
  for (const u of [new URL('./check-worker.js', import.meta.url), new URL('../../dist/cli/check-worker.js', import.meta.url)]) if (existsSync(u)) return u;
  return undefined;
}

/**
 * Worker threads for the rest of a long stream: batches of lines out, answer batches back,
 * written in input order.
 */
class LinePool {
  private readonly workers: Worker[] = [];
  private readonly done = new Map<number, string[]>();
  private sent = 0;
  private written = 0;
  private failed: Error | undefined;
  private waiting: (() => void) | undefined;
  private nextWorker = 0;

  constructor(
    threads: number,
    school: SchoolProfile,
    people: readonly Person[] | undefined,
    private readonly out: BatchedWriter,
  ) {
    const url = workerUrl()!;
    for (let i = 0; i < threads; i++) {
      const w = new Worker(url, { workerData: { school, people } });
      w.on('message', (m: { seq: number; out: string[] }) => this.receive(m.seq, m.out));
      w.on('error', (e) => this.fail(e));
      this.workers.push(w);
    }
  }

  /** Send a batch of lines (the first has number `first`). */
  send(first: number, lines: string[]): void {
    if (lines.length === 0) return;
    const w = this.workers[this.nextWorker++ % this.workers.length]!;
    w.postMessage({ seq: this.sent++, first, lines });
  }

  private receive(seq: number, out: string[]): void {
    this.done.set(seq, out);
    let got: string[] | undefined;
    while ((got = this.done.get(this.written)) !== undefined) {
      this.done.delete(this.written++);
      for (const l of got) this.out.push(l);
    }
    this.out.flush();
    this.wake();
  }

  private fail(e: Error): void {
    this.failed ??= e;
    this.wake();
  }

  private wake(): void {
    const w = this.waiting;
    this.waiting = undefined;
    w?.();
  }

  /** Wait until at most `limit` batches are in flight (0: all answered and written). */
  async drain(limit = IN_FLIGHT * this.workers.length): Promise<void> {
    while (!this.failed && this.sent - this.written > limit) await new Promise<void>((r) => (this.waiting = r));
    if (this.failed) throw this.failed;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/**
 * The --jsonl stream: one answer line per input line, in input order. The first
 * SERIAL_LINES lines are checked here; a longer stream goes on in worker threads (see
 * defaultThreads), batch by input chunk. Memory stays bounded: input is read as output is written.
 */
export async function runCheckJsonl(input: NodeJS.ReadableStream, output: NodeJS.WritableStream, school: SchoolProfile, people: Person[] | undefined, options: JsonlOptions = {}): Promise<number> {
  const threads = workerUrl() ? (options.threads ?? defaultThreads()) : 0;
  const out = new BatchedWriter(output);
  let pool: LinePool | undefined;
  let line = 0;
  let rest = '';
  const take = async (lines: string[]): Promise<void> => {
    let i = 0;
    if (!pool) {
      for (; i < lines.length; i++) {
        if (threads > 0 && line >= SERIAL_LINES) break;
        const a = answerLine(lines[i]!, ++line, school, people);
        if (a !== undefined) out.push(a);
      }
      out.flush();
      if (i < lines.length) pool = new LinePool(threads, school, people, out);
    }
    if (pool && i < lines.length) {
      const batch = i === 0 ? lines : lines.slice(i);
      pool.send(line + 1, batch);
      line += batch.length;
      await pool.drain();
    }
    await out.ready();
  };
  try {
    const decoder = new TextDecoder();
    for await (const chunk of input) {
      const data = rest + (typeof chunk === 'string' ? chunk : decoder.decode(chunk as Buffer, { stream: true }));
      const end = data.lastIndexOf('\n');
      if (end < 0) {
        rest = data;
        continue;
      }
      rest = data.slice(end + 1);
      await take(data.slice(0, end).split(LINE_BREAK));
    }
    rest += decoder.decode();
    if (rest !== '') {
      const lines = rest.split(LINE_BREAK);
      if (lines[lines.length - 1] === '') lines.pop();
      await take(lines);
    }
    if (pool) await pool.drain(0);
    out.flush();
    await out.ready();
  } finally {
    await pool?.close();
  }
  return 0;
}
