/**
 * `npm run bench:http`: checks/s and p50/p99 latency through the API (POST
 * /api/v1/checks, logged in, with the demo school's registry from the embedded
 * database), measured with autocannon on loopback. The server runs in a child
 * process on a random local port (so the load generator does not share its
 * thread) and stops when the run ends.
 *
 * In the same run, two floors to compare with: GET /health (Fastify alone) and
 * GET /api/v1/session (Fastify + the session lookup every API call pays, + the session
 * answer's two reads of the caller's name and children). The check is reported as a ratio
 * to them, and the server's memory after each phase. Last, the check as the web app sends it:
 * without a setting, which the service then reads from the timetable (database reads per check).
 *
 * Method: 16 connections, BENCH_SECONDS (10) per phase, no pipelining; autocannon runs in this
 * process and the server in a child process, so on a small machine (two cores) the load
 * generator takes much of one core and competes with the server, and other work on the
 * machine moves req/s and latency. So each phase also reports the server's own CPU time per
 * request (user + system of the server process, all its threads, over the phase, divided by
 * the requests it answered), which that competition moves less (a loaded machine still raises
 * it), and how many requests a second of server CPU answers at that cost.
 */
import autocannon from 'autocannon';
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { once } from 'node:events';
import { availableParallelism } from 'node:os';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../demo/seed.js';
import { post } from './corpus.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 16;

interface Phase {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  max: number;
  non2xx: number;
  rssMb: number;
  /** The server's CPU time per answered request, microseconds. */
  cpuUs: number;
}

async function usage(child: ChildProcess): Promise<{ rssMb: number; cpuUs: number }> {
  child.send('memory');
  const [msg] = (await once(child, 'message')) as [{ memory: NodeJS.MemoryUsage; cpu: NodeJS.CpuUsage }];
  return { rssMb: msg.memory.rss / 1024 / 1024, cpuUs: msg.cpu.user + msg.cpu.system };
}

async function memoryMb(child: ChildProcess): Promise<number> {
  return (await usage(child)).rssMb;
}

async function phase(child: ChildProcess, name: string, opts: autocannon.Options): Promise<Phase> {
  const before = await usage(child);
  const r = await autocannon({ connections: CONNECTIONS, duration: SECONDS, ...opts });
  const after = await usage(child);
  return { name, rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, max: r.latency.max, non2xx: r.non2xx + r.errors, rssMb: after.rssMb, cpuUs: (after.cpuUs - before.cpuUs) / Math.max(1, r.requests.total) };
}

async function main(): Promise<void> {
  const child = fork(fileURLToPath(new URL('./http-server.js', import.meta.url)), { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const [msg] = (await once(child, 'message')) as [{ port: number; people: number }];
  const base = `http://127.0.0.1:${msg.port}`;
  try {
    const startMb = await memoryMb(child);
    const login = await fetch(`${base}/api/v1/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: DEMO_ACCOUNTS[1].email, password: DEMO_PASSWORD }) });
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const bodies = Array.from({ length: 32 }, (_, i) => JSON.stringify({ text: post(280, i + 1), setting: 'work' }));
    // as the web app sends a draft: no setting, so the service reads it from the timetable (the database)
    const noSetting = Array.from({ length: 32 }, (_, i) => JSON.stringify({ text: post(280, i + 1) }));
    let i = 0;
    let j = 0;
    const phases = [
      await phase(child, 'GET /health (Fastify alone)', { url: `${base}/health` }),
      await phase(child, 'GET /api/v1/session (+ session)', { url: `${base}/api/v1/session`, headers: { cookie } }),
      await phase(child, 'POST /api/v1/checks (280 chars)', {
        url: `${base}/api/v1/checks`,
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
        requests: [{ setupRequest: (req) => ({ ...req, body: bodies[i++ % bodies.length] }) }],
      }),
      await phase(child, 'POST /api/v1/checks, no setting', {
        url: `${base}/api/v1/checks`,
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
        requests: [{ setupRequest: (req) => ({ ...req, body: noSetting[j++ % noSetting.length] }) }],
      }),
    ];
    console.log(`Sterrenwacht HTTP bench — node ${process.version}, ${SECONDS} s per phase, ${CONNECTIONS} connections on loopback, autocannon in this process, server in a child process, ${availableParallelism()} cores; demo registry (${msg.people} people); server RSS at start ${startMb.toFixed(0)} MB`);
    console.log('phase                              req/s   p50 ms  p99 ms  max ms  non-2xx  RSS MB  server µs CPU/req');
    for (const p of phases) {
      console.log(`${p.name.padEnd(34)} ${p.rps.toFixed(0).padStart(6)}  ${String(p.p50).padStart(6)}  ${String(p.p99).padStart(6)}  ${String(p.max).padStart(6)}  ${String(p.non2xx).padStart(7)}  ${p.rssMb.toFixed(0).padStart(6)}  ${p.cpuUs.toFixed(0).padStart(17)}`);
    }
    const [health, session, checks, timetabled] = phases as [Phase, Phase, Phase, Phase];
    console.log(`checks/s: ${checks.rps.toFixed(0)}  p50 ${checks.p50} ms  p99 ${checks.p99} ms  (the server spent ${checks.cpuUs.toFixed(0)} µs CPU per check: ${(1e6 / checks.cpuUs).toFixed(0)} checks per server CPU-second)`);
    console.log(`a check without a setting (the timetable read from the database, as the web app checks): ${timetabled.rps.toFixed(0)}/s, p99 ${timetabled.p99} ms, ${timetabled.cpuUs.toFixed(0)} µs server CPU`);
    console.log(`ratio: a check costs ${(session.rps / checks.rps).toFixed(2)}× an authenticated no-op and ${(health.rps / checks.rps).toFixed(2)}× /health; server memory ${(checks.rssMb / startMb).toFixed(2)}× its start`);
  } finally {
    child.kill('SIGTERM');
  }
}

void main();
