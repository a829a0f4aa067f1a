/**
 * Scale-out: two service processes on one PostgreSQL act as one service — a session from
 * one is valid on the other and, ended on one, refused by the other at once (though it had it
 * cached), failed logins on one slow the next attempt on the other, and
 * concurrent audited requests to both leave one intact hash chain (and matching signed
 * checkpoints). Needs DATABASE_URL (skipped without it; CI has PostgreSQL, see .ci/run)
 * and the built service (npm test builds first).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../demo/seed.js';

const base = process.env.DATABASE_URL;
const bin = fileURLToPath(new URL('../../bin/sterrenwacht.js', import.meta.url));

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

describe.skipIf(!base)('two service processes on one PostgreSQL', () => {
  const procs: ChildProcess[] = [];
  const urls: string[] = [];
  let dbName = '';
  beforeAll(async () => {
    const { Client } = await import('pg');
    dbName = `sw_scale_${randomBytes(6).toString('hex')}`;
    const admin = new Client({ connectionString: base });
    await admin.connect();
    await admin.query(`create database ${dbName}`);
    await admin.end();
    const url = new URL(base!);
    url.pathname = `/${dbName}`;
    const dir = mkdtempSync(join(tmpdir(), 'sw-scale-'));
    // both start at once: migrations and seeding are serialised by the database
    for (let i = 0; i < 2; i++) {
      const port = await freePort();
      const env = { ...process.env, DATABASE_URL: url.toString(), PORT: String(port), HOST: '127.0.0.1', DATA_DIR: join(dir, `data-${i}`), AUDIT_KEY_FILE: join(dir, 'audit.key'), AUDIT_CHECKPOINT_FILE: join(dir, 'audit.checkpoints') };
      procs.push(spawn(process.execPath, [bin, 'serve'], { env, stdio: 'ignore' }));
      urls.push(`http://127.0.0.1:${port}`);
    }
    for (const u of urls) {
      for (let t = 0; ; t++) {
        const ok = await fetch(`${u}/health`).then((r) => r.ok, () => false);
        if (ok) break;
        if (t > 600) throw new Error(`${u} did not start`);
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  }, 120_000);
  afterAll(async () => {
    await Promise.all(procs.map((p) => new Promise((resolve) => (p.exitCode !== null ? resolve(null) : (p.once('exit', resolve), p.kill('SIGTERM'))))));
    if (dbName) {
      const { Client } = await import('pg');
      const admin = new Client({ connectionString: base });
      await admin.connect();
      await admin.query(`drop database if exists ${dbName}`);
      await admin.end();
    }
  }, 60_000);

  const login = async (u: string, email: string, password: string): Promise<{ status: number; cookie: string; csrf: string }> => {
    const r = await fetch(`${u}/api/v1/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
    const body = (await r.json()) as { csrfToken?: string };
    return { status: r.status, cookie: r.headers.get('set-cookie')?.split(';')[0] ?? '', csrf: body.csrfToken ?? '' };
  };

  it('accepts a session made by one process on the other', async () => {
    const s = await login(urls[0]!, DEMO_ACCOUNTS[1].email, DEMO_PASSWORD);
    expect(s.status).toBe(200);
    const me = await fetch(`${urls[1]}/api/v1/session`, { headers: { cookie: s.cookie } });
    expect(me.status).toBe(200);
    expect(((await me.json()) as { account: { email: string } }).account.email).toBe(DEMO_ACCOUNTS[1].email);
  });

  it('refuses at once on one process a session ended on the other, though both had it cached', async () => {
    const s = await login(urls[0]!, DEMO_ACCOUNTS[2].email, DEMO_PASSWORD);
    const me = (u: string, cookie = s.cookie): Promise<number> => fetch(`${u}/api/v1/session`, { headers: { cookie } }).then((r) => r.status);
    for (const u of urls) for (let i = 0; i < 3; i++) expect(await me(u)).toBe(200);
    const out = await fetch(`${urls[0]}/api/v1/session`, { method: 'DELETE', headers: { cookie: s.cookie, 'x-csrf-token': s.csrf } });
    expect(out.status).toBe(204);
    expect(await me(urls[1]!)).toBe(401);
    expect(await me(urls[0]!)).toBe(401);
    // a new password chosen on one process ends the account's other sessions on both
    const [keep, other] = [await login(urls[1]!, DEMO_ACCOUNTS[2].email, DEMO_PASSWORD), await login(urls[0]!, DEMO_ACCOUNTS[2].email, DEMO_PASSWORD)];
    for (const u of urls) expect(await me(u, other.cookie)).toBe(200);
    const put = (c: { cookie: string; csrf: string }, current: string, password: string): Promise<number> =>
      fetch(`${urls[1]}/api/v1/session/password`, { method: 'PUT', headers: { cookie: c.cookie, 'x-csrf-token': c.csrf, 'content-type': 'application/json' }, body: JSON.stringify({ current, password }) }).then((r) => r.status);
    expect(await put(keep, DEMO_PASSWORD, 'een nieuwe lange zin voor de test')).toBe(204);
    expect(await me(urls[0]!, other.cookie)).toBe(401);
    expect(await me(urls[0]!, keep.cookie)).toBe(200);
    expect(await put(keep, 'een nieuwe lange zin voor de test', DEMO_PASSWORD)).toBe(204);
  });

  it('shares the throttle: failures on one process slow the next attempt on the other', async () => {
    for (let i = 0; i < 6; i++) expect((await login(urls[i % 2]!, DEMO_ACCOUNTS[3].email, 'fout')).status).toBe(401);
    const next = await login(urls[1]!, DEMO_ACCOUNTS[3].email, DEMO_PASSWORD);
    expect(next.status).toBe(429);
  });

  it('keeps one audit chain under concurrent audited requests to both', async () => {
    const sessions = [await login(urls[0]!, DEMO_ACCOUNTS[0].email, DEMO_PASSWORD), await login(urls[1]!, DEMO_ACCOUNTS[0].email, DEMO_PASSWORD)];
    const reads = Array.from({ length: 40 }, (_, i) => fetch(`${urls[i % 2]}/api/v1/accounts`, { headers: { cookie: sessions[i % 2]!.cookie } }).then((r) => r.status));
    expect(new Set(await Promise.all(reads))).toEqual(new Set([200]));
    // let both write a checkpoint of the head (within a second of a change)
    await new Promise((r) => setTimeout(r, 1500));
    for (const [i, u] of urls.entries()) {
      const v = (await (await fetch(`${u}/api/v1/audit/verify`, { headers: { cookie: sessions[i]!.cookie } })).json()) as { ok: boolean; entries: number; anchored: { ok: boolean; checkpoints: number } };
      expect(v.ok).toBe(true);
      expect(v.entries).toBeGreaterThanOrEqual(40);
      expect(v.anchored).toMatchObject({ ok: true });
      expect(v.anchored.checkpoints).toBeGreaterThan(0);
    }
  });
});
