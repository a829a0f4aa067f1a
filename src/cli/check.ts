/**
 * `sterrenwacht check [--jsonl] [--people FILE]`: the contract's CLI.
 * One request → one result; with --jsonl a stream, one result per line, in order,
 * constant memory. A bad line yields {"error": …, "line": N} and the run goes on.
 */
import { createInterface } from 'node:readline';
import { readFileSync } from 'node:fs';
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

export async function runCheckJsonl(input: NodeJS.ReadableStream, output: NodeJS.WritableStream, school: SchoolProfile, people: Person[] | undefined): Promise<number> {
  const rl = createInterface({ input, crlfDelay: Infinity });
  let line = 0;
  for await (const text of rl) {
    line++;
    if (text.trim() === '') continue;
    let out: string;
    try {
      out = JSON.stringify(check(JSON.parse(text), { school, people }));
    } catch (e) {
      out = JSON.stringify({ error: toError(e).toJSON(), line });
    }
    if (!output.write(out + '\n')) await once(output, 'drain');
  }
  return 0;
}
