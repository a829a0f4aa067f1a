import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { loadConfig } from '../config.js';
import { demoArchive } from './demo-archive.js';
import { runProtocolCommand } from './cli.js';

const dir = mkdtempSync(join(tmpdir(), 'sw-gov-cli-'));
const config = loadConfig({ DATA_DIR: join(dir, 'data') });

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (c: Buffer) => out.push(c));
  stderr.on('data', (c: Buffer) => err.push(c));
  let code: number;
  try {
    code = await runProtocolCommand(args[0]!, args.slice(1), config, { stdin: Readable.from([]), stdout, stderr });
  } catch (e) {
    return { code: 2, out: Buffer.concat(out).toString(), err: String((e as { oneLine?: () => string }).oneLine?.() ?? e) };
  }
  return { code, out: Buffer.concat(out).toString(), err: Buffer.concat(err).toString() };
}

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('sterrenwacht protocol … (the demo from the command line)', () => {
  it('drafts, approves (MR only), publishes, diffs and rescans', { timeout: 120_000 }, async () => {
    expect((await run('versions')).out).toMatch(/versie 1 {2}de-sterren-v1 +geldend +\(G\)MR 2026-06-15/);
    expect((await run('draft', '--as', 'directie@desterren.example')).out).toContain('conceptversie 2 (de-sterren-v2)');
    expect((await run('draft', '--as', 'ouder@desterren.example')).err).toContain('forbidden');
    const edit = await run('edit', '2', 'A6', '--nl', "Het is medewerkers niet toegestaan om 'vrienden' te worden met of elkaar te volgen met leerlingen op sociale media.", '--as', 'directie@desterren.example');
    expect(edit.out).toContain('A6 gewijzigd in versie 2');
    expect((await run('set', '2', 'hashtags', 'desterren, #sterrenkijkers', '--as', 'directie@desterren.example')).out).toContain('hashtags en accounts');
    expect((await run('publish', '2', '--as', 'directie@desterren.example')).err).toContain('conflict');
    expect((await run('approve', '2', '--date', '2026-11-24', '--minutes', 'Notulen MR', '--as', 'directie@desterren.example')).err).toContain('forbidden');
    expect((await run('approve', '2', '--date', '2026-11-24', '--minutes', 'Notulen MR 24-11', '--as', 'mr@desterren.example')).out).toContain('ingestemd op 2026-11-24');
    const pub = await run('publish', '2', '--as', 'directie@desterren.example');
    expect(pub.out).toContain('versie 2 geldt vanaf nu');
    expect(pub.out).toMatch(/3 medewerkers en ouders gevraagd/);
    const diff = await run('diff', '1', '2');
    expect(diff.out).toContain("'vrienden' te worden met {+of elkaar te volgen met+} leerlingen");
    expect(diff.out).toContain('Na te kijken: A6');
    expect(diff.out).toContain('{+sterrenkijkers+}');
    expect((await run('show', '2')).out).toContain('op 24 november 2026 tot stand gekomen');

    const file = join(dir, 'archief.csv');
    writeFileSync(file, [...demoArchive(300, 'csv')].join(''));
    const r = await run('rescan', file, '--compare', '1');
    expect(r.code, r.err).toBe(0);
    expect(r.err).toMatch(/herscan: 300 berichten \(100%\)/);
    expect(r.out).toContain('Herscan onder versie 2 (de-sterren-v2), vergeleken met versie 1');
    expect(r.out).toMatch(/A7: \d+ berichten .*nieuw: [1-9]/);
    // what the article is about, under its count
    expect(r.out).toMatch(/A7: .*\n {2}\(Alle betrokkenen nemen de fatsoensnormen in acht\./);
    const json = JSON.parse((await run('rescan', file, '--json')).out);
    expect(json).toMatchObject({ versionId: 'de-sterren-v2', posts: 300 });
    expect((await run('rescan', join(dir, 'bestaat-niet.csv'))).err).toContain('io_error');
  });

  it('writes the demo archive in every format', async () => {
    const csv = await run('demo-archive', '--posts', '3');
    expect(csv.out.split('\n')[0]).toBe('datum;auteur;tekst;aantal media');
    expect(csv.out.trim().split('\n')).toHaveLength(4);
    expect(JSON.parse((await run('demo-archive', '--posts', '2', '--format', 'json')).out)).toHaveLength(2);
    expect((await run('demo-archive', '--posts', 'veel')).err).toContain('invalid_argument');
  });
});
