/**
 * The first start of the embedded database happens in a child process (server-first-start.ts):
 * the service that answers afterwards has the seeded demo school, says so in its log, and
 * holds the database's lock itself (the child let go of it). Needs the built service.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'node:net';
import { once } from 'node:events';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../demo/seed.js';

const bin = fileURLToPath(new URL('../../bin/sterrenwacht.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'sterrenwacht-first-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

describe('the first start of the embedded database', () => {
  it('creates and seeds it apart, then serves it as after a restart', async () => {
    const port = await freePort();
    const dataDir = join(dir, 'data');
    const child = spawn(process.execPath, [bin, 'serve'], { env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: '' }, stdio: ['ignore', 'pipe', 'inherit'] });
    let log = '';
    child.stdout!.on('data', (d: Buffer) => (log += d.toString()));
    try {
      for (let i = 0; !log.includes('draait op'); i++) {
        if (i > 1200 || child.exitCode !== null) throw new Error(`the service did not start: ${log}`);
        await new Promise((r) => setTimeout(r, 100));
      }
      expect(log).toContain('demoschool aangemaakt');
      expect(existsSync(join(dataDir, 'PG_VERSION'))).toBe(true);
      expect(readFileSync(join(dataDir, 'sterrenwacht.lock'), 'utf8')).toBe(String(child.pid));
      const r = await fetch(`http://127.0.0.1:${port}/api/v1/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: DEMO_ACCOUNTS[0].email, password: DEMO_PASSWORD }) });
      expect(r.status).toBe(200);
    } finally {
      child.kill('SIGTERM');
      if (child.exitCode === null) await once(child, 'exit');
    }
  }, 300_000);
});
