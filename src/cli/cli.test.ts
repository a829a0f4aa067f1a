import { describe, expect, it } from 'vitest';
import { PassThrough, Readable } from 'node:stream';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { runCheckJsonl, runCheckSingle } from './check.js';
import { DE_STERREN } from '../protocol/school.js';

const chunksOf = (b: Buffer, n: number): Buffer[] => Array.from({ length: Math.ceil(b.length / n) }, (_, i) => b.subarray(i * n, (i + 1) * n));

async function jsonl(lines: string[], threads?: number, chunked = false): Promise<string[]> {
  const out = new PassThrough();
  const chunks: string[] = [];
  out.on('data', (c: Buffer) => chunks.push(c.toString()));
  const text = lines.join('\n');
  // chunked: the input arrives as bytes in pieces that cut lines (and characters) anywhere
  const input = chunked ? Readable.from(chunksOf(Buffer.from(text), 777)) : Readable.from([text]);
  const code = await runCheckJsonl(input, out, DE_STERREN, undefined, threads === undefined ? {} : { threads });
  expect(code).toBe(0);
  return chunks.join('').split('\n').filter(Boolean);
}

describe('check --jsonl', () => {
  it('answers a long stream in worker threads exactly as in one thread, in order, whatever the chunks', async () => {
    const lines: string[] = [];
    for (let i = 0; i < 2500; i++) {
      if (i % 400 === 3) lines.push('{kapot');
      if (i % 500 === 7) lines.push('');
      lines.push(JSON.stringify({ text: `${i % 3 ? 'Daan stinkt' : 'Wat een mooie dag met groep 5'} ${i} 🌟 en de vader van Sanne belt 06-1234567${i % 10}.`, author: { role: i % 2 ? 'pupil' : 'staff' }, people: [{ id: 'd', name: 'Daan Jansen', role: 'pupil' }] }));
    }
    const serial = await jsonl(lines, 0);
    expect(serial.length).toBe(2500 + 7);
    expect(await jsonl(lines, 2, true)).toEqual(serial);
  });

  it('answers every line in order; a bad line yields an error line and the run goes on', async () => {
    const out = await jsonl([
      JSON.stringify({ text: 'daan stinkt', author: { role: 'pupil' }, people: [{ id: 'd', name: 'Daan Jansen', role: 'pupil' }] }),
      '{not json',
      '',
      JSON.stringify({ text: 'x', author: { role: 'robot' } }),
      JSON.stringify({ text: 'Fijne vakantie!', author: { role: 'parent' } }),
    ]);
    expect(out).toHaveLength(4);
    const parsed = out.map((l) => JSON.parse(l) as { verdict?: string; error?: { code: string; message: string; messageEn: string }; line?: number });
    expect(parsed[0]!.verdict).toBe('blocked');
    expect(parsed[1]).toMatchObject({ error: { code: 'invalid_json' }, line: 2 });
    expect(parsed[2]).toMatchObject({ error: { code: 'invalid_request' }, line: 4 });
    expect(parsed[2]!.error!.message).toMatch(/author\.role/);
    expect(parsed[3]!.verdict).toBe('allowed');
  });

  it('gives one output line per non-empty input line, whatever the input (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(fc.string({ maxLength: 40 }).map((s) => s.replace(/[\r\n]/g, ' ')), fc.jsonValue().map((v) => JSON.stringify(v))), { maxLength: 12 }), async (lines) => {
        const out = await jsonl(lines);
        expect(out.length).toBe(lines.filter((l) => l.trim() !== '').length);
        for (const l of out) expect(() => JSON.parse(l)).not.toThrow();
      }),
      { numRuns: 60 },
    );
  });
});

describe('check (single)', () => {
  it('exits 0 with a result, 2 with a one-line error for bad input', async () => {
    const out = new PassThrough();
    let text = '';
    out.on('data', (c: Buffer) => (text += c.toString()));
    expect(await runCheckSingle(Readable.from([JSON.stringify({ text: 'Hoi', author: { role: 'parent' } })]), out, DE_STERREN, undefined)).toBe(0);
    expect(JSON.parse(text).verdict).toBe('allowed');
    const err = new PassThrough();
    const write = process.stderr.write.bind(process.stderr);
    let stderr = '';
    process.stderr.write = ((c: string) => ((stderr += c), true)) as typeof process.stderr.write;
    try {
      expect(await runCheckSingle(Readable.from(['{"text": 3}']), err, DE_STERREN, undefined)).toBe(2);
    } finally {
      process.stderr.write = write;
    }
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/fout .* \/ error: /);
  });
});

describe('the installed command', () => {
  const bin = fileURLToPath(new URL('../../bin/sterrenwacht.js', import.meta.url));
  const run = (args: string[], input?: string) => spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8' });
  it('prints the protocol in Dutch and English, and one article', () => {
    const nl = run(['protocol']);
    expect(nl.status).toBe(0);
    expect(nl.stdout).toContain('Protocol Sociale Media n.b.s. de Sterren');
    expect(nl.stdout).toContain('A5. Het is voor betrokkenen niet toegestaan om foto-, film- en geluidsopnamen');
    expect(run(['protocol', '--lang', 'en']).stdout).toContain('Social Media Protocol n.b.s. de Sterren');
    expect(run(['protocol', 'a6']).stdout.trim()).toMatch(/^A6\. Het is medewerkers niet toegestaan/);
    const bad = run(['protocol', 'Z9']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/unknown_article/);
  });
  it('checks stdin and exits 2 on invalid input', () => {
    const ok = run(['check'], JSON.stringify({ text: 'Zo gezellig op de Sterren!', author: { role: 'parent' } }));
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).verdict).toBe('allowed');
    const bad = run(['check'], '{"author": {}}');
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  });
  it('reads people from --people and rejects a broken file', () => {
    const people = fileURLToPath(new URL('../check/cases/roster.json', import.meta.url));
    const r = run(['check', '--jsonl', '--people', people], JSON.stringify({ text: 'Mees is een sukkel', author: { role: 'pupil' } }) + '\n');
    expect(JSON.parse(r.stdout).verdict).toBe('blocked');
    expect(run(['check', '--people', '/nonexistent.json'], '{}').status).toBe(2);
  });
  it('rescans an archive as `sterrenwacht rescan` too, and shows the usage on lines of its own for an unknown command', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sw-cli-rescan-'));
    try {
      const env = { ...process.env, DATA_DIR: join(dir, 'data') };
      const archive = 'datum;auteur;tekst\n2025-03-01;Anoniem;Bel de moeder van Sanne op 06-12345678\n2025-03-02;Anoniem;Mooie dag!\n';
      const r = spawnSync(process.execPath, [bin, 'rescan', '-', '--format', 'csv'], { input: archive, encoding: 'utf8', env });
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toContain('Herscan onder versie 1 (de-sterren-v1)');
      expect(r.stdout).toMatch(/^A2: 1 bericht/m);
      const bad = run(['herscan']);
      expect(bad.status).toBe(2);
      expect(bad.stderr).toMatch(/\n {2}sterrenwacht rescan /);
      expect(bad.stderr.trim().split('\n').at(-1)).toBe('fout (invalid_argument): Onbekend commando "herscan". / error: Unknown command "herscan".');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
