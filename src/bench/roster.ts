/**
 * `npm run bench:roster`: a roster sync of a large school through the HTTP routes, on the
 * embedded database (or DATABASE_URL): a ParnasSys-style export of ROWS pupils (default 10,000)
 * with two guardians each, previewed and applied; then the export of the next school year
 * (every pupil a group up, group 8 gone, a new group 1/2, changed addresses) previewed and
 * applied. While each runs, /health and a logged-in GET /api/v1/session are asked every 20 ms:
 * their slowest answer shows whether the service kept answering. Figures are ratios and
 * times measured in one run; absolute numbers depend on the machine.
 */
import { buildApp } from '../api/app.js';
import { dbServices } from '../api/services.js';
import { loadConfig } from '../config.js';
import { seedDemo } from '../demo/seed.js';
import { openStore } from '../store/db.js';

const ROWS = Number(process.env.ROWS ?? 10_000);
const FIRST = ['Sanne', 'Daan', 'Noor', 'Milan', 'Lotte', 'Sem', 'Emma', 'Liam', 'Julia', 'Finn', 'Tess', 'Levi', 'Nova', 'Luuk', 'Zoë', 'Bram'];
const LAST = [['de', 'Vries'], ['', 'Jansen'], ['', 'Bakker'], ['van', 'Dijk'], ['', 'Visser'], ['de', 'Boer'], ['El', 'Amrani'], ['', 'Yilmaz']];
const GROUPS = ['1/2', 'groep 1-2', '3', '3a', '4', '5', '6', '7', '8', 'Zonnestraal'];

function exportOf(year: number): string {
  const lines = ['Leerlingnummer;Roepnaam;Voorvoegsel;Achternaam;Groep;Geboortedatum;E-mail verzorger 1;E-mail verzorger 2'];
  for (let i = 0; i < ROWS; i++) {
    const g = (i + year) % GROUPS.length;
    if (year > 0 && i % 97 === 0) continue; // left the school
    const [infix, last] = LAST[i % LAST.length]!;
    const mail2 = i % 3 === 0 ? '' : `verzorger2.${i}${year > 0 && i % 50 === 1 ? '.nieuw' : ''}@example.nl`;
    lines.push(`${100000 + i};${FIRST[i % FIRST.length]};${infix};"${last}";${GROUPS[g]};01-01-2018;verzorger1.${i}@example.nl;${mail2}`);
  }
  if (year > 0) for (let i = 0; i < ROWS / 20; i++) lines.push(`${900000 + i};Nieuw;;Kind ${i};1/2;01-01-2022;nieuw.${i}@example.nl;`);
  return lines.join('\r\n') + '\r\n';
}

async function main(): Promise<void> {
  const store = await openStore({ databaseUrl: process.env.DATABASE_URL, dataDir: ':memory:' });
  await seedDemo(store.db);
  const config = loadConfig({});
  const app = await buildApp(config, dbServices(store.db, config));
  const login = await app.inject({ method: 'POST', url: '/api/v1/session', payload: { email: 'directie@desterren.example', password: 'demo-sterren' } });
  const cookie = `sw_session=${login.cookies.find((c) => c.name === 'sw_session')!.value}`;
  const headers = { cookie, 'x-csrf-token': login.json().csrfToken as string, 'content-type': 'text/csv' };

  /** Run `work` while probing the service; returns its time and the slowest probe answers. */
  async function probed<T>(work: () => Promise<T>): Promise<{ ms: number; result: T; healthMax: number; sessionMax: number; probes: number }> {
    let done = false;
    let healthMax = 0;
    let sessionMax = 0;
    let probes = 0;
    const probe = (async () => {
      while (!done) {
        const t0 = performance.now();
        await app.inject({ method: 'GET', url: '/health' });
        const t1 = performance.now();
        await app.inject({ method: 'GET', url: '/api/v1/session', headers: { cookie } });
        const t2 = performance.now();
        healthMax = Math.max(healthMax, t1 - t0);
        sessionMax = Math.max(sessionMax, t2 - t1);
        probes++;
        await new Promise((r) => setTimeout(r, 20));
      }
    })();
    const start = performance.now();
    const result = await work();
    const ms = performance.now() - start;
    done = true;
    await probe;
    return { ms, result, healthMax, sessionMax, probes };
  }

  // the service at rest, for the ratio
  const idle = await probed(() => new Promise((r) => setTimeout(r, 500)));
  const rows: string[] = [];
  const report = (what: string, r: { ms: number; healthMax: number; sessionMax: number; probes: number }, detail: string): void => {
    rows.push(`${what.padEnd(34)} ${(r.ms / 1000).toFixed(2).padStart(6)} s   slowest /health ${r.healthMax.toFixed(0).padStart(5)} ms, /session ${r.sessionMax.toFixed(0).padStart(5)} ms (${r.probes} probes)   ${detail}`);
  };
  for (const year of [0, 1]) {
    const csv = exportOf(year);
    const preview = await probed(() => app.inject({ method: 'POST', url: '/api/v1/people/import/preview', headers, payload: csv }));
    if (preview.result.statusCode !== 200) throw new Error(preview.result.body.slice(0, 500));
    const p = preview.result.json() as { token: string; added: unknown[]; updated: unknown[]; left: unknown[] };
    report(`${year ? 'next year' : 'first import'}: preview`, preview, `${p.added.length} added, ${p.updated.length} changed, ${p.left.length} left; ${(csv.length / 1024 / 1024).toFixed(1)} MB`);
    const apply = await probed(() => app.inject({ method: 'POST', url: `/api/v1/people/import?token=${p.token}`, headers, payload: csv }));
    if (apply.result.statusCode !== 200) throw new Error(apply.result.body.slice(0, 500));
    report(`${year ? 'next year' : 'first import'}: apply`, apply, JSON.stringify(apply.result.json()));
  }
  process.stdout.write(`roster sync, ${ROWS} pupils with guardians, ${store.kind} (${process.version})\n`);
  process.stdout.write(`service at rest: slowest /health ${idle.healthMax.toFixed(1)} ms, /session ${idle.sessionMax.toFixed(1)} ms\n`);
  for (const r of rows) process.stdout.write(r + '\n');
  await app.close();
  await store.close();
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
