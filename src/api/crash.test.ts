/**
 * A crash or a kill loses no acknowledged data: start the real service on an
 * embedded database in a temporary directory, change consent, kill -9 the process
 * right after the answer, start it again and find the change.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'node:net';
import { once } from 'node:events';
import { DEMO_PASSWORD } from '../demo/seed.js';

const bin = fileURLToPath(new URL('../../bin/sterrenwacht.js', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'sterrenwacht-crash-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

async function start(port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [bin, 'serve'], { env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), DATABASE_URL: '' }, stdio: 'ignore' });
  // a fresh start migrates, seeds and hashes the demo passwords: allow for a slow, busy machine
  for (let i = 0; i < 900; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/health`)).ok) return child;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error('the service did not start');
}

async function login(base: string): Promise<{ cookie: string; csrf: string }> {
  const r = await fetch(`${base}/api/v1/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'ouder@desterren.example', password: DEMO_PASSWORD }) });
  return { cookie: r.headers.get('set-cookie')!.split(';')[0]!, csrf: ((await r.json()) as { csrfToken: string }).csrfToken };
}

describe('crash safety', () => {
  // kill -9 right after the answer, or a graceful stop (exit code 0): either way the change is there after a restart
  it.each([
    ['SIGKILL', 'voor de crash', 'website'],
    ['SIGTERM', 'voor het stoppen', 'guide'],
  ] as const)('keeps an acknowledged consent change through %s', async (signal, note, channel) => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    let child = await start(port);
    const s = await login(base);
    const change = await fetch(`${base}/api/v1/people/leerling-1/consent`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: s.cookie, 'x-csrf-token': s.csrf },
      body: JSON.stringify({ medium: 'video', channel, granted: true, note }),
    });
    expect(change.status).toBe(200);
    child.kill(signal);
    const [code] = (await once(child, 'exit')) as [number | null];
    if (signal === 'SIGTERM') expect(code).toBe(0);
    child = await start(port);
    try {
      const s2 = await login(base);
      const history = await fetch(`${base}/api/v1/people/leerling-1/consent/history`, { headers: { cookie: s2.cookie } });
      const events = ((await history.json()) as { events: { note: string | null }[] }).events;
      expect(events.some((e) => e.note === note)).toBe(true);
    } finally {
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
  }, 300_000);
});
