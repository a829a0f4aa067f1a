/**
 * Command-line tools refuse a DATA_DIR that does not exist or holds no Sterrenwacht database,
 * with a Dutch and English message, and create nothing there.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { openStore } from '../store/db.js';
import { openExistingStore } from './store.js';

const base = mkdtempSync(join(tmpdir(), 'sterrenwacht-datadir-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));
const bin = fileURLToPath(new URL('../../bin/sterrenwacht.js', import.meta.url));
const run = (args: string[], dataDir: string, input = ''): ReturnType<typeof spawnSync> =>
  spawnSync(process.execPath, [bin, ...args], { input, env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', DEMO: '0' }, encoding: 'utf8' });

describe('a DATA_DIR that holds no Sterrenwacht database', () => {
  it('is refused by audit verify, account add and check, and nothing is created', () => {
    const missing = join(base, 'typo');
    for (const args of [['audit', 'verify'], ['account', 'add', '--email', 'a@b.nl', '--role', 'bestuur'], ['check']]) {
      const r = run(args, missing, args[0] === 'check' ? '{"text":"hoi"}' : '');
      expect(r.status, `${args.join(' ')}: ${String(r.stdout)}`).toBe(2);
      expect(r.stderr).toMatch(/Geen Sterrenwacht-database in DATA_DIR=.*typo: die map bestaat niet.* error: No Sterrenwacht database in DATA_DIR=.*that folder does not exist/);
      expect(r.stdout).not.toMatch(/in orde/);
      expect(existsSync(missing)).toBe(false);
    }
  }, 60_000);

  it('refuses an empty folder, a folder of other files and a database that is not Sterrenwacht’s', async () => {
    const empty = join(base, 'leeg');
    mkdirSync(empty);
    await expect(openExistingStore({ dataDir: empty, databaseUrl: undefined })).rejects.toMatchObject({ code: 'invalid_config', messageEn: /holds no database/ });
    expect(readdirSync(empty)).toEqual([]);
    const file = join(base, 'bestand');
    writeFileSync(file, 'x');
    await expect(openExistingStore({ dataDir: file, databaseUrl: undefined })).rejects.toMatchObject({ messageEn: /not a folder/ });
    const foreign = join(base, 'ander');
    const pg = new PGlite(foreign);
    await pg.exec('create table notes (id int)');
    await pg.close();
    await expect(openExistingStore({ dataDir: foreign, databaseUrl: undefined })).rejects.toMatchObject({ messageEn: /not a Sterrenwacht one/ });
    const r = run(['audit', 'verify'], foreign);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/niet van Sterrenwacht/);
  }, 60_000);

  it('opens a Sterrenwacht database that exists', async () => {
    const real = join(base, 'echt');
    const made = await openStore({ dataDir: real });
    await made.close();
    const store = await openExistingStore({ dataDir: real, databaseUrl: undefined });
    await store.close();
    const r = run(['audit', 'verify'], real);
    expect(r.status, String(r.stderr)).toBe(0);
    expect(r.stdout).toMatch(/in orde: 0 regels/);
  }, 60_000);
});
