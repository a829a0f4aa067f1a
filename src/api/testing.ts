/**
 * Test support for the API: the demo school and a second school (obs De Linde, on
 * another board) with an account for every role, the app built over them, and a
 * logged-in session per account. Nothing here runs in production.
 */
import { expect } from 'vitest';
import { useFixture } from '../testing/fixture.js';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from './app.js';
import { dbServices } from './services.js';
import { loadConfig } from '../config.js';
import type { Store } from '../store/db.js';
import type { Backend } from '../store/testing.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_SCHOOL_ID, seedDemo } from '../demo/seed.js';
import { accounts, boards, connections, consentEvents, groups, guardianships, lessonPermissions, lessons, mailOutbox, people, schools, takedownTasks } from '../store/schema.js';
import { hashPassword } from '../auth/accounts.js';
import { DE_STERREN } from '../protocol/school.js';
import { ROLES, type AppRole } from '../auth/policy.js';

export interface Login {
  cookie: string;
  csrf: string;
}

/** The other school's records, which no account of de Sterren may reach. */
export const OTHER = { school: 'de-linde', pupil: 'linde-leerling', parent: 'linde-ouder', group: 'linde-groep-1', marker: /linde|kuipers/i } as const;

export interface Harness {
  app: FastifyInstance;
  store: Store;
  /** A session per role of de Sterren, and 'ouder-andere-school' (a parent of De Linde). */
  sessions: Map<string, Login>;
  /** Ids of De Linde's lesson, lesson permission, takedown task and staff connection. */
  other: { lesson: number; permission: number; takedown: number; connection: number };
  login(email: string, password?: string): Promise<Login>;
  /** inject as the session (with the CSRF token on writes) */
  as(l: Login, req: InjectOptions): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

/** The e-mail address of de Sterren's test account of a role. */
export function emailOf(role: AppRole): string {
  return DEMO_ACCOUNTS.find((a) => a.role === role)?.email ?? `${role}@desterren.example`;
}

export const headers = (l: Login, write = true): Record<string, string> => ({ cookie: l.cookie, ...(write ? { 'x-csrf-token': l.csrf } : {}) });

async function seedOtherSchool(store: Store): Promise<Harness['other']> {
  const db = store.db;
  await db.insert(boards).values({ id: 'stichting-linde', name: 'Stichting Linde' });
  await db.insert(schools).values({ id: OTHER.school, boardId: 'stichting-linde', name: 'obs De Linde', profile: { ...DE_STERREN, name: 'obs De Linde', shortName: 'De Linde', aliases: [], hashtags: ['delinde'] } });
  await db.insert(groups).values({ id: OTHER.group, schoolId: OTHER.school, name: 'Groep 1', year: 1 });
  await db.insert(people).values([
    { id: OTHER.pupil, schoolId: OTHER.school, name: 'Ot Kuipers', role: 'pupil', groupId: OTHER.group },
    { id: OTHER.parent, schoolId: OTHER.school, name: 'Kim Kuipers', role: 'parent' },
    { id: 'linde-leerkracht', schoolId: OTHER.school, name: 'Joke Kuipers', role: 'staff' },
  ]);
  await db.insert(guardianships).values({ parentId: OTHER.parent, pupilId: OTHER.pupil });
  const [lesson] = await db.insert(lessons).values({ schoolId: OTHER.school, groupId: OTHER.group, teacherId: 'linde-leerkracht', weekday: 1, startsAt: '08:30', endsAt: '14:30' }).returning();
  const [permission] = await db
    .insert(lessonPermissions)
    .values({ schoolId: OTHER.school, groupId: OTHER.group, startsAt: new Date('2025-11-24T08:00:00Z'), endsAt: new Date('2025-11-24T09:00:00Z'), grantedBy: 'linde-leerkracht' })
    .returning();
  const [event] = await db.insert(consentEvents).values({ personId: OTHER.pupil, medium: 'photo', channel: 'social', granted: false, byPersonId: OTHER.parent }).returning();
  const [task] = await db.insert(takedownTasks).values({ schoolId: OTHER.school, personId: OTHER.pupil, medium: 'photo', channel: 'social', consentEventId: event!.id }).returning();
  // a mail in De Linde's demo outbox, which de Sterren's outbox must never show
  await db.insert(mailOutbox).values({ schoolId: OTHER.school, to: 'kim@delinde.example', subject: 'Uitnodiging voor Kim Kuipers', text: 'Welkom bij obs De Linde', kind: 'invitation', status: 'outbox' });
  const [connection] = await db.insert(connections).values({ schoolId: OTHER.school, staffId: 'linde-leerkracht', personId: OTHER.parent, platform: 'linkedin' }).returning();
  return { lesson: lesson!.id, permission: permission!.id, takedown: task!.id, connection: connection!.id };
}

export async function openHarness(backend: Backend): Promise<Harness> {
  const store = await backend.open();
  await seedDemo(store.db);
  const other = await seedOtherSchool(store);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await store.db.insert(accounts).values([
    { id: 'acc-linde', schoolId: OTHER.school, personId: OTHER.parent, email: 'ouder@delinde.example', role: 'ouder', passwordHash },
    { id: 'acc-leerling', schoolId: DEMO_SCHOOL_ID, personId: 'leerling-2', email: 'leerling@desterren.example', role: 'leerling', passwordHash },
    { id: 'acc-bestuur', schoolId: DEMO_SCHOOL_ID, personId: null, email: 'bestuur@desterren.example', role: 'bestuur', passwordHash },
  ]);
  const config = loadConfig({});
  const app = await buildApp(config, dbServices(store.db, config));
  const login = async (email: string, password = DEMO_PASSWORD): Promise<Login> => {
    const r = await app.inject({ method: 'POST', url: '/api/v1/session', payload: { email, password } });
    expect(r.statusCode, r.body).toBe(200);
    const cookie = r.cookies.find((c) => c.name === 'sw_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    return { cookie: `sw_session=${cookie.value}`, csrf: r.json().csrfToken };
  };
  const sessions = new Map<string, Login>();
  for (const role of ROLES) sessions.set(role, await login(emailOf(role)));
  sessions.set('ouder-andere-school', await login('ouder@delinde.example'));
  return {
    app,
    store,
    sessions,
    other,
    login,
    as: (l, req) => app.inject({ ...req, headers: { ...headers(l, (req.method ?? 'GET') !== 'GET'), ...(req.headers ?? {}) } }),
    async close() {
      await app.close();
      await store.close();
    },
  };
}

/**
 * The harness for a `describe` block: opened before its tests (then `setup`), closed after.
 * Use it instead of a `let h; beforeAll(openHarness); afterAll(close)` preamble.
 */
export function useHarness(backend: Backend, setup?: (h: Harness) => Promise<void>): Harness {
  return useFixture({ start: () => openHarness(backend), stop: (h) => h.close(), setup });
}
