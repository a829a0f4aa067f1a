/**
 * `npm run bench:http`: checks/s and p50/p99 latency through the API (POST
 * /api/v1/checks, logged in, with the demo school's registry from the embedded
 * database), measured with autocannon on loopback. The server runs in a child
 * process on a random local port (so the load generator does not share its
 * thread) and stops when the run ends.
 */
import autocannon from 'autocannon';
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { once } from 'node:events';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../demo/seed.js';
import { post } from './corpus.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);

async function main(): Promise<void> {
  const child = fork(fileURLToPath(new URL('./http-server.js', import.meta.url)), { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const [msg] = (await once(child, 'message')) as [{ port: number; people: number }];
  const base = `http://127.0.0.1:${msg.port}`;
  try {
    const login = await fetch(`${base}/api/v1/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: DEMO_ACCOUNTS[1].email, password: DEMO_PASSWORD }) });
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const bodies = Array.from({ length: 32 }, (_, i) => JSON.stringify({ text: post(280, i + 1), setting: 'work' }));
    let i = 0;
    const result = await autocannon({
      url: `${base}/api/v1/checks`,
      method: 'POST',
      connections: 16,
      duration: SECONDS,
      headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
      requests: [{ setupRequest: (req) => ({ ...req, body: bodies[i++ % bodies.length] }) }],
    });
    console.log(`Sterrenwacht HTTP bench — node ${process.version}, ${SECONDS} s, 16 connections on loopback, 280-character drafts, demo registry (${msg.people} people)`);
    console.log(`checks/s: ${result.requests.average.toFixed(0)}  (non-2xx: ${result.non2xx}, errors: ${result.errors})`);
    console.log(`latency ms: p50 ${result.latency.p50}  p99 ${result.latency.p99}  max ${result.latency.max}`);
  } finally {
    child.kill('SIGTERM');
  }
}

void main();
