/**
 * `sterrenwacht check [--jsonl] [--people FILE]`: the contract's CLI.
 * One request → one result; with --jsonl a stream, one result per line, in order,
 * constant memory. A bad line yields {"error": …, "line": N} and the run goes on.
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { existsSync, readFileSync, readSync, writeSync } from 'node:fs';
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
  return answerRequest(await readAll(input), school, people, (s) => output.write(s));
}

/**
 * `sterrenwacht check` (one request) on the process's own standard input and output. They are
 * read and written through their file descriptors, so a one-request check does not load Node's
 * stream machinery (fs, net or tty streams) at start; the streams are used when the descriptors
 * do not take it (a non-blocking pipe, a closed descriptor) or when process.stdin/stdout were
 * replaced (e.g. by the build, which runs the command on a request of its own).
 */
export async function runCheckStdio(school: SchoolProfile, people: Person[] | undefined): Promise<number> {
  return answerRequest(await readStdin(), school, people, writeStdout);
}

function answerRequest(raw: string, school: SchoolProfile, people: Person[] | undefined, write: (s: string) => void): number {
  try {
    const result = check(JSON.parse(raw), { school, people });
    write(JSON.stringify(result) + '\n');
    return 0;
  } catch (e) {
    process.stderr.write(toError(e).oneLine() + '\n');
    return 2;
  }
}

/** Is process[name] still Node's own lazily made stream (its getter), not a replacement? */
const ownStream = (name: 'stdin' | 'stdout'): boolean => typeof Object.getOwnPropertyDescriptor(process, name)?.get === 'function';

/** Standard input to its end, as readAll(process.stdin) reads it. */
async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  if (ownStream('stdin')) {
    try {
      for (;;) {
        const b = Buffer.allocUnsafe(1 << 16);
        const n = readSync(0, b, 0, b.length, null);
        if (n === 0) return Buffer.concat(chunks).toString('utf8');
        chunks.push(b.subarray(0, n));
      }
    } catch {
      // EAGAIN (a non-blocking pipe), EBADF, …: the rest from the stream
    }
  }
  for await (const c of process.stdin) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** Write to standard output (the descriptor while it takes it, then the stream). */
function writeStdout(s: string): void {
  const bytes = Buffer.from(s, 'utf8');
  let done = 0;
  if (ownStream('stdout')) {
    try {
      while (done < bytes.length) done += writeSync(1, bytes, done);
      return;
    } catch {
      // EAGAIN (a non-blocking pipe) and the like: the rest through the stream
    }
  }
  process.stdout.write(bytes.subarray(done));
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

/**
 * UTF-8 output, encoded answer by answer straight into a large buffer (rather than joined into
 * one string that the stream then flattens, copies and encodes); a batch is a view of it. The
 * buffer is only appended to (a full one is left to the views still being written), so a view
 * never changes.
 */
export class Utf8Batches {
  private slab = Buffer.allocUnsafe(0);
  private used = 0;
  private start = 0;

  /** Append a line and its line break. */
  line(s: string): void {
    // a UTF-16 code unit takes at most three bytes in UTF-8
    const need = s.length * 3 + 1;
    if (this.slab.length - this.used < need) {
      const pending = this.used - this.start;
      const next = Buffer.allocUnsafe(Math.max(4 << 20, 2 * (pending + need)));
      this.slab.copy(next, 0, this.start, this.used);
      this.slab = next;
      this.start = 0;
      this.used = pending;
    }
    this.used += this.slab.write(s, this.used, 'utf8');
    this.slab[this.used++] = 10;
  }

  /** The bytes appended since the last call. */
  take(): Uint8Array {
    const view = this.slab.subarray(this.start, this.used);
    this.start = this.used;
    return view;
  }
}

/** The answers to a batch of lines (the first has number `first`), as UTF-8 bytes. */
export function answerBatch(lines: readonly string[], first: number, school: SchoolProfile, people: readonly Person[] | undefined, out: Utf8Batches): Uint8Array {
  for (let i = 0; i < lines.length; i++) {
    const a = answerLine(lines[i]!, first + i, school, people);
    if (a !== undefined) out.line(a);
  }
  return out.take();
}

/**
 * The output in input order: every batch of lines gets a sequence number when it is read, and
 * its answers (checked here or in a worker) are written when all earlier batches are, one
 * write per batch, with backpressure.
 */
class OrderedOutput {
  private readonly done = new Map<number, Uint8Array>();
  private issued = 0;
  private written = 0;
  private blocked: Promise<void> | undefined;
  constructor(private readonly output: NodeJS.WritableStream) {}

  next(): number {
    return this.issued++;
  }

  /** Batches read but not yet written. */
  get outstanding(): number {
    return this.issued - this.written;
  }

  put(seq: number, data: Uint8Array): void {
    this.done.set(seq, data);
    let d: Uint8Array | undefined;
    while ((d = this.done.get(this.written)) !== undefined) {
      this.done.delete(this.written++);
      if (d.length > 0 && !this.output.write(d) && !this.blocked) this.blocked = once(this.output, 'drain').then(() => (this.blocked = undefined));
    }
  }

  /** Resolves when the output takes more. */
  async ready(): Promise<void> {
    while (this.blocked) await this.blocked;
  }
}

/** Input lines before a worker thread starts: a short stream is checked in this thread alone. */
const SERIAL_LINES = 1000;
/** Batches queued per worker: enough that a worker never waits while this thread checks a batch. */
const IN_FLIGHT = 2;

export interface JsonlOptions {
  /** Worker threads that check a long stream beside this thread (0: this thread alone); default defaultThreads(). */
  threads?: number;
}

/**
 * The default number of worker threads for a long --jsonl stream: from three cores, one per
 * core but one, since this thread checks too (whenever every worker has its queue full) besides
 * reading, ordering and writing. On two cores the stream is checked in this thread alone: one
 * worker beside it was measured (`npm run bench`, 20,000 posts, this two-core machine) to take
 * ~45 % more CPU time (a second isolate compiles and warms up everything again, and the two
 * threads slow each other) for no gain in wall time. `--threads N` asks for N all the same.
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

/** Worker threads for a long stream: batches of lines out, the batch's answers back (UTF-8 bytes, transferred). */
class LinePool {
  private readonly workers: Worker[] = [];
  private readonly queued: number[] = [];
  private failed: Error | undefined;
  private waiting: (() => void) | undefined;

  constructor(
    threads: number,
    school: SchoolProfile,
    people: readonly Person[] | undefined,
    private readonly out: OrderedOutput,
  ) {
    const url = workerUrl()!;
    for (let i = 0; i < threads; i++) {
      const w = new Worker(url, { workerData: { school, people } });
      w.on('message', (m: { seq: number; out: Uint8Array }) => {
        this.queued[i]!--;
        this.out.put(m.seq, m.out);
        this.wake();
      });
      w.on('error', (e) => this.fail(e));
      this.workers.push(w);
      this.queued.push(0);
    }
  }

  /** Send a batch to a worker with room in its queue; false when every queue is full. */
  trySend(seq: number, first: number, lines: string[]): boolean {
    let best = -1;
    for (let i = 0; i < this.workers.length; i++) if (this.queued[i]! < IN_FLIGHT && (best < 0 || this.queued[i]! < this.queued[best]!)) best = i;
    if (best < 0) return false;
    this.queued[best]!++;
    this.workers[best]!.postMessage({ seq, first, lines });
    return true;
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

  /** Wait until at most `limit` batches are read but not yet written (0: all written). */
  async drain(limit: number): Promise<void> {
    while (!this.failed && this.out.outstanding > limit) await new Promise<void>((r) => (this.waiting = r));
    if (this.failed) throw this.failed;
  }

  /** Let the workers' answers in (they arrive as events, not while this thread checks). */
  async yieldToWorkers(): Promise<void> {
    await new Promise<void>((r) => setImmediate(r));
    if (this.failed) throw this.failed;
  }

  get size(): number {
    return this.workers.length;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/**
 * The --jsonl stream: one answer line per input line, in input order, batch by input chunk. The
 * first SERIAL_LINES lines are checked here; on a longer stream worker threads (see
 * defaultThreads) take batches too: a batch goes to a worker with room in its queue, else it
 * is checked here. Memory stays bounded: input is read as output is written.
 */
export async function runCheckJsonl(input: NodeJS.ReadableStream, output: NodeJS.WritableStream, school: SchoolProfile, people: Person[] | undefined, options: JsonlOptions = {}): Promise<number> {
  const threads = workerUrl() ? (options.threads ?? defaultThreads()) : 0;
  const out = new OrderedOutput(output);
  const bytes = new Utf8Batches();
  let pool: LinePool | undefined;
  let line = 0;
  let rest = '';
  const take = async (lines: string[]): Promise<void> => {
    if (lines.length === 0) return;
    const first = line + 1;
    line += lines.length;
    const seq = out.next();
    if (!pool && threads > 0 && first > SERIAL_LINES) pool = new LinePool(threads, school, people, out);
    if (!pool?.trySend(seq, first, lines)) {
      out.put(seq, answerBatch(lines, first, school, people, bytes));
      await pool?.yieldToWorkers();
    }
    // bounded: a few batches per thread read ahead of the output
    await pool?.drain(2 * IN_FLIGHT * (pool.size + 1));
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
    await out.ready();
  } finally {
    await pool?.close();
  }
  return 0;
}
