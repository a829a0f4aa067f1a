/**
 * Outside demo mode: the configured school starts empty, and `sterrenwacht account
 * add` makes its first account, which can then log in and run the school.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../config.js';
import { openStore } from '../store/db.js';
import { ensureSchool } from '../registry/school.js';
import { buildApp } from '../api/app.js';
import { dbServices } from '../api/services.js';
import { DE_STERREN } from '../protocol/school.js';
import { runAccountAdd } from './account.js';

const dataDir = mkdtempSync(join(tmpdir(), 'sterrenwacht-bootstrap-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const LINDE = { ...DE_STERREN, name: 'obs De Linde', shortName: 'De Linde', aliases: [], hashtags: ['delinde'] };

async function add(args: string[], stdin: string | undefined): Promise<{ code: number; out: string }> {
  const out = new PassThrough();
  const chunks: string[] = [];
  out.on('data', (c: Buffer) => chunks.push(c.toString()));
  const input = Object.assign(Readable.from(stdin === undefined ? [] : [stdin]), { isTTY: stdin === undefined ? true : undefined });
  const code = await runAccountAdd(args, loadConfig({ DATA_DIR: dataDir, DEMO: '0' }), input, out);
  return { code, out: chunks.join('') };
}

describe('a school outside demo mode', () => {
  it('starts empty and gets its first account from the command line', async () => {
    const store = await openStore({ dataDir });
    expect(await ensureSchool(store.db, LINDE)).toBe('de-linde');
    expect(await ensureSchool(store.db, LINDE)).toBeUndefined();
    await store.close();

    await expect(add(['--email', 'joke@delinde.example', '--role', 'directeur'], 'een-lang-wachtwoord')).rejects.toMatchObject({ code: 'invalid_argument' });
    await expect(add(['--email', 'joke@delinde.example', '--role', 'schoolleiding', '--name', 'Joke Kuipers'], 'kort')).rejects.toMatchObject({ code: 'invalid_argument', path: 'password' });
    const first = await add(['--email', 'joke@delinde.example', '--role', 'schoolleiding', '--name', 'Joke Kuipers'], 'een-lang-wachtwoord\n');
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/school de-linde/);
    expect(first.out).not.toMatch(/tijdelijk/);
    const second = await add(['--email', 'bestuur@delinde.example', '--role', 'bestuur'], undefined);
    expect(second.out).toMatch(/tijdelijk wachtwoord \/ temporary password: \S{16}/);

    const again = await openStore({ dataDir });
    const config = loadConfig({ DEMO: '0', DATA_DIR: dataDir });
    const app = await buildApp(config, dbServices(again.db, config));
    try {
      const login = await app.inject({ method: 'POST', url: '/api/v1/session', payload: { email: 'joke@delinde.example', password: 'een-lang-wachtwoord' } });
      expect(login.statusCode, login.body).toBe(200);
      const cookie = `sw_session=${login.cookies.find((c) => c.name === 'sw_session')!.value}`;
      expect((await app.inject({ method: 'GET', url: '/api/v1/school', headers: { cookie } })).json().school.name).toBe('obs De Linde');
      const staff = await app.inject({ method: 'GET', url: '/api/v1/people', headers: { cookie } });
      expect(staff.json().people.map((p: { name: string; role: string }) => `${p.name} ${p.role}`)).toEqual(['Joke Kuipers staff']);
      const demo = await app.inject({ method: 'POST', url: '/api/v1/session', payload: { email: 'directie@desterren.example', password: 'demo-sterren' } });
      expect(demo.statusCode).toBe(401);
    } finally {
      await app.close();
      await again.close();
    }

    // the CLI check outside demo mode uses the school's registry from the database
    const bin = fileURLToPath(new URL('../../bin/sterrenwacht.js', import.meta.url));
    const request = JSON.stringify({ text: 'Joke Kuipers ligt in het ziekenhuis.', author: { role: 'parent' } });
    const run = spawnSync(process.execPath, [bin, 'check'], { input: request, env: { ...process.env, DEMO: '0', DATA_DIR: dataDir, DATABASE_URL: '' }, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.findings.find((f: { rule: string }) => f.rule === 'A2')).toMatchObject({ severity: 'block', kind: 'health' });
    // in demo mode the same text names nobody the check knows
    const demo = spawnSync(process.execPath, [bin, 'check'], { input: request, env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' }, encoding: 'utf8' });
    expect(JSON.parse(demo.stdout).verdict).toBe('allowed');
  }, 60_000);
});
