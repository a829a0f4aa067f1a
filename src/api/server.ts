/**
 * Start the service: open the database (PGlite in DATA_DIR, or DATABASE_URL),
 * migrate, seed the demo school when empty (outside demo mode: create the configured
 * school, empty; a new embedded database is created and seeded in a child process, which
 * takes the memory that costs with it), and serve. Stops gracefully on
 * SIGTERM/SIGINT: in-flight requests finish, the database closes cleanly.
 */
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../config.js';
import type { FirstStartAnswer } from './server-first-start.js';
import { buildApp } from './app.js';
import { openStore } from '../store/db.js';
import { seedDemo } from '../demo/seed.js';
import { ensureSchool } from '../registry/school.js';
import { dbServices } from './services.js';
import { warmUp } from '../check/engine.js';
import { purgeExpired } from '../registry/erasure.js';
import { purgeMail } from '../mail/mailer.js';
import { AuditAnchor } from '../audit/anchor.js';
import { onAuditAppend } from '../audit/log.js';
import { purgeThrottle } from '../auth/throttle.js';
import { purgeProcedures } from '../cases/retention.js';
import { createNotifier } from '../cases/notify.js';
import { periodic, runConsultationDeadlines } from '../consultations/scheduler.js';

/** How often what erased people left under retention is purged (also once at start). */
const PURGE_EVERY_MS = 24 * 3600_000;
/** How often mail that the SMTP server refused is tried again. */
const MAIL_RETRY_MS = 5 * 60_000;
/** How often unanswered consultations are looked at (reminder, escalation). */
const CONSULTATION_CHECK_MS = 10 * 60_000;

/** The child process's module (server-first-start.ts): beside this one when built by tsc, from dist/api/ in the bundle. */
function firstStartModule(): string | undefined {
  for (const u of [new URL('./server-first-start.js', import.meta.url), new URL('../api/server-first-start.js', import.meta.url)]) {
    const file = fileURLToPath(u);
    if (existsSync(file)) return file;
  }
  return undefined;
}

/**
 * A new embedded database is created and seeded in a child process (server-first-start.ts:
 * what that leaves behind in memory goes with it). Undefined when there is nothing to create
 * or the child could not do it: then the service does it itself, as before, and reports any error.
 */
async function firstStartApart(dataDir: string): Promise<boolean | undefined> {
  if (dataDir === ':memory:' || existsSync(join(dataDir, 'PG_VERSION'))) return undefined;
  const module = firstStartModule();
  if (!module) return undefined;
  const child = fork(module, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const answer = await new Promise<FirstStartAnswer>((resolve) => {
    child.once('message', (m) => resolve(m as FirstStartAnswer));
    child.once('exit', (code) => resolve({ error: `exit ${code}` }));
    child.once('error', (e) => resolve({ error: e.message }));
  });
  if (child.exitCode === null) await once(child, 'exit');
  return answer.error === undefined ? answer.seeded : undefined;
}

export async function serve(): Promise<void> {
  const config = loadConfig();
  const createdApart = config.databaseUrl ? undefined : await firstStartApart(config.dataDir);
  const store = await openStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  // demo mode: the demo school with its people and demo accounts; otherwise the configured school, empty
  const startup = (): Promise<boolean> => (config.demo ? seedDemo(store.db) : ensureSchool(store.db, config.school).then((x) => !!x));
  // several processes on one PostgreSQL: one seeds, the others find it done
  const seededHere = store.exclusive ? await store.exclusive(startup) : await startup();
  const seeded = seededHere || createdApart === true;
  const services = dbServices(store.db, config);
  // cached sessions follow every process's changes (auth/session-cache.ts)
  services.store = store;
  // the audit log's key and signed checkpoints live outside the database (audit/anchor.ts)
  const anchor = AuditAnchor.open(store.db, { keyFile: config.auditKeyFile, checkpointFile: config.auditCheckpointFile });
  services.auditAnchor = anchor;
  const app = await buildApp(config, services, { logger: true });
  const logError = (e: unknown): void => app.log.error(e);
  anchor.start(10_000, logError);
  const stopListening = onAuditAppend(() => anchor.soon(logError));
  const throttleTidy = setInterval(() => void purgeThrottle(store.db).catch(logError), 10 * 60_000).unref();
  const purge = (): void => {
    purgeExpired(store.db, config.consentRetentionDays).then(
      (n) => n && app.log.info(`bewaartermijn verstreken: ${n} toestemmingsregels verwijderd / retention passed: ${n} consent records purged`),
      (e: unknown) => app.log.error(e),
    );
    purgeMail(store.db, config.mailRetentionDays).catch((e: unknown) => app.log.error(e));
    purgeProcedures(store.db, config.procedures).then(
      (p) => (p.consultations || p.reports || p.cases) && app.log.info(`bewaartermijn verstreken: ${p.consultations} overleggen, ${p.reports} meldingen, ${p.cases} zaken verwijderd / retention passed`),
      (e: unknown) => app.log.error(e),
    );
  };
  // a consultation never expires silently: reminders, then escalation to the school leader
  const notifier = createNotifier(store.db, services.mailer, services.publicUrl, (e) => app.log.error(e));
  const deadlines = periodic((now) => runConsultationDeadlines(store.db, notifier, config.procedures, now), { everyMs: CONSULTATION_CHECK_MS, onError: (e) => app.log.error(e) });
  deadlines.start();
  // mail that an SMTP server did not accept is tried again
  const retryMail = setInterval(() => {
    services.mailer.retryPending().catch((e: unknown) => app.log.error(e));
  }, MAIL_RETRY_MS).unref();
  purge();
  const timer = setInterval(purge, PURGE_EVERY_MS).unref();
  const stop = async (signal: string): Promise<void> => {
    app.log.info(`${signal}: Sterrenwacht stopt / shutting down`);
    clearInterval(timer);
    clearInterval(retryMail);
    clearInterval(throttleTidy);
    deadlines.stop();
    services.mailer.close();
    await app.close();
    stopListening();
    await anchor.stop().catch(logError);
    await store.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
  await app.listen({ port: config.port, host: config.host });
  // the first draft should not pay for loading the word lists
  setImmediate(warmUp);
  app.log.info(`Sterrenwacht draait op http://localhost:${config.port} (${store.kind}${seeded ? (config.demo ? ', demoschool aangemaakt' : ', school aangemaakt: maak een eerste account met `sterrenwacht account add`') : ''}) — API-documentatie: /api/docs`);
}
