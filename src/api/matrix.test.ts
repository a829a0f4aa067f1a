/**
 * Every route × every role × own school / other school, on PGlite and (with
 * DATABASE_URL) PostgreSQL. The routes come from the OpenAPI document, so a new
 * route without a row here fails the test. For each route and role:
 * - a role without the permission (policy.ts) gets 403;
 * - a role with it gets what the row says: 2xx, or 403 where a row-level rule refuses
 *   (a parent and someone else's child, a teacher and a group they do not teach);
 * - aimed at a record of the other school it gets 403 (no permission) or 404, never 2xx;
 * - no 2xx answer to an account of de Sterren mentions anything of the other school.
 */
import { describe, expect, it } from 'vitest';
import type { InjectOptions } from 'fastify';
import { eq } from 'drizzle-orm';
import { testBackends } from '../store/testing.js';
import { ROLES, can, type AppRole, type Permission } from '../auth/policy.js';
import { DEMO_SCHOOL_ID } from '../demo/seed.js';
import { accounts, consentEvents, lessonPermissions, lessons, people, takedownTasks } from '../store/schema.js';
import { OTHER, emailOf, useHarness, type Harness, type Login } from './testing.js';
import sharp from 'sharp';
import { approvalsOf, createDraft, discardDraft, ensureVersions, listVersions, publishVersion, recordApproval, versionInForce } from '../governance/versions.js';
import { createJob } from '../governance/rescan.js';
import fc from 'fast-check';
import { BODY_LIMITS } from './limits.js';
import { DETECT_BODY_LIMIT, REDACT_BODY_LIMIT } from './routes/photos.js';
import { SCREENSHOT_BODY_LIMIT } from './routes/procedures.js';
import { caseTasks, cases, consultations, letters, reportScreenshots, reports } from '../store/schema.js';
import { PNG } from '../reports/testing.js';
import { startSession } from '../auth/tokens.js';

type Req = InjectOptions & { url: string };

interface Row {
  /** null: any logged-in account */
  permission: Permission | null;
  /** The request aimed at de Sterren (built per call: some create what they consume). */
  own(ctx: Ctx): Promise<Req> | Req;
  /** Roles that hold the permission but are refused by a row-level rule for this target. */
  refused?: AppRole[];
  /** The request aimed at the other school, where the route names a record. */
  other?(ctx: Ctx): Promise<Req> | Req;
  /** Status for the other school's record when the permission is held (default 404). */
  otherStatus?: number;
  /** Log in afresh for this call (the call ends the session). */
  fresh?: boolean;
  /** The call ends the account's other sessions: log the shared session in again afterwards. */
  endsOtherSessions?: boolean;
  /** The call ends every session of the account: a new shared session afterwards (without a login, which is throttled). */
  endsAllSessions?: boolean;
}

/** A session of de Sterren's account of a role, made directly (no login: logins per address are throttled). */
async function directSession(h: Harness, role: AppRole): Promise<Login> {
  const acc = (await h.store.db.select({ id: accounts.id }).from(accounts).where(eq(accounts.email, emailOf(role))).limit(1))[0]!;
  const s = await startSession(h.store.db, acc.id, 'password');
  return { cookie: `sw_session=${s.token}`, csrf: s.csrfToken };
}

interface Ctx {
  h: Harness;
  role: AppRole;
  login: Login;
  n: number;
}

const ndjson = { 'content-type': 'application/x-ndjson' };
const csv = { 'content-type': 'text/csv' };

/** ouder-1 is the guardian of leerling-1; the teacher (medewerker-4) teaches groep 3. */
const ROWS: Record<string, Row> = {
  'GET /api/v1/check-setting': { permission: 'check.run', own: () => ({ method: 'GET', url: '/api/v1/check-setting?postedAt=2026-12-01T10:00:00%2B01:00' }) },
  'GET /api/v1/people/{id}/takedown-status': {
    permission: 'consent.read',
    own: () => ({ method: 'GET', url: '/api/v1/people/leerling-1/takedown-status' }),
    other: () => ({ method: 'GET', url: `/api/v1/people/${OTHER.pupil}/takedown-status` }),
  },
  'GET /api/v1/my/children': { permission: 'children.own', own: () => ({ method: 'GET', url: '/api/v1/my/children' }) },
  'GET /api/v1/session': { permission: 'session.read', own: () => ({ method: 'GET', url: '/api/v1/session' }) },
  'DELETE /api/v1/session': { permission: null, fresh: true, own: () => ({ method: 'DELETE', url: '/api/v1/session' }) },
  'POST /api/v1/checks': {
    permission: 'check.run',
    // people are filled only as far as the caller may read consent (a pupil, the MR or the board
    // cannot tag leerling-1), so the row every role shares tags nobody; checks-context.test.ts has the rest
    own: () => ({ method: 'POST', url: '/api/v1/checks', payload: { text: 'Sportdag!', setting: 'private', media: [{ type: 'photo', depicts: [], unidentified: 1 }] } }),
    other: () => ({ method: 'POST', url: '/api/v1/checks', payload: { text: 'Sportdag!', setting: 'private', media: [{ type: 'photo', depicts: [OTHER.pupil] }] } }),
    otherStatus: 400,
  },
  'POST /api/v1/checks/batch': { permission: 'check.run', own: () => ({ method: 'POST', url: '/api/v1/checks/batch', headers: ndjson, payload: '{"text":"Fijne dag!"}\n' }) },
  'GET /api/v1/protocol': { permission: 'protocol.read', own: () => ({ method: 'GET', url: '/api/v1/protocol' }) },
  'GET /api/v1/protocol/{article}': { permission: 'protocol.read', own: () => ({ method: 'GET', url: '/api/v1/protocol/A6' }) },
  'GET /api/v1/drafts': { permission: 'drafts.own', own: () => ({ method: 'GET', url: '/api/v1/drafts' }) },
  'POST /api/v1/drafts': { permission: 'drafts.own', own: () => ({ method: 'POST', url: '/api/v1/drafts', payload: { request: { text: 'Concept' } } }) },
  'DELETE /api/v1/drafts/{id}': {
    permission: 'drafts.own',
    async own({ h, login }) {
      const saved = await h.as(login, { method: 'POST', url: '/api/v1/drafts', payload: { request: { text: 'Weg ermee' } } });
      return { method: 'DELETE', url: `/api/v1/drafts/${saved.json().id}` };
    },
  },
  'GET /api/v1/people': { permission: 'people.read', own: () => ({ method: 'GET', url: '/api/v1/people' }) },
  'POST /api/v1/people': { permission: 'people.write', own: ({ n }) => ({ method: 'POST', url: '/api/v1/people', payload: { name: `Nieuw ${n}`, role: 'pupil', groupId: 'groep-2' } }) },
  'GET /api/v1/people/{id}': {
    permission: 'people.read',
    own: () => ({ method: 'GET', url: '/api/v1/people/leerling-1' }),
    other: () => ({ method: 'GET', url: `/api/v1/people/${OTHER.pupil}` }),
  },
  'PATCH /api/v1/people/{id}': {
    permission: 'people.write',
    own: () => ({ method: 'PATCH', url: '/api/v1/people/leerling-3', payload: { name: 'Noor Peters' } }),
    other: () => ({ method: 'PATCH', url: `/api/v1/people/${OTHER.pupil}`, payload: { name: 'Iemand' } }),
  },
  'DELETE /api/v1/people/{id}': {
    permission: 'people.erase',
    async own({ h, n }) {
      await h.store.db.insert(people).values({ id: `weg-${n}`, schoolId: DEMO_SCHOOL_ID, name: `Weg ${n}`, role: 'other' });
      return { method: 'DELETE', url: `/api/v1/people/weg-${n}` };
    },
    other: () => ({ method: 'DELETE', url: `/api/v1/people/${OTHER.pupil}` }),
  },
  'POST /api/v1/people/import/preview': {
    permission: 'people.write',
    own: ({ n }) => ({ method: 'POST', url: '/api/v1/people/import/preview?mode=merge', headers: csv, payload: `id;naam;rol;groep\nimp-${n};Ada ${n};leerling;5\n` }),
  },
  'POST /api/v1/people/import': {
    permission: 'people.write',
    async own({ h, n }) {
      const payload = `id;naam;rol;groep\nimp-${n};Ada ${n};leerling;5\n`;
      const preview = await h.as(h.sessions.get('schoolleiding')!, { method: 'POST', url: '/api/v1/people/import/preview?mode=merge', headers: csv, payload });
      return { method: 'POST', url: `/api/v1/people/import?mode=merge&token=${preview.json().token ?? 'x'.repeat(43)}`, headers: csv, payload };
    },
  },
  'GET /api/v1/people/{id}/export': {
    permission: 'people.export',
    own: () => ({ method: 'GET', url: '/api/v1/people/leerling-1/export' }),
    other: () => ({ method: 'GET', url: `/api/v1/people/${OTHER.pupil}/export` }),
  },
  'GET /api/v1/people/{id}/consent': {
    permission: 'consent.read',
    own: () => ({ method: 'GET', url: '/api/v1/people/leerling-1/consent' }),
    other: () => ({ method: 'GET', url: `/api/v1/people/${OTHER.pupil}/consent` }),
  },
  'GET /api/v1/people/{id}/consent/history': {
    permission: 'consent.read',
    own: () => ({ method: 'GET', url: '/api/v1/people/leerling-1/consent/history' }),
    other: () => ({ method: 'GET', url: `/api/v1/people/${OTHER.pupil}/consent/history` }),
  },
  'POST /api/v1/people/{id}/consent': {
    permission: 'consent.change',
    refused: ['schoolleiding', 'medewerker'], // only a guardian changes a pupil's consent
    own: () => ({ method: 'POST', url: '/api/v1/people/leerling-1/consent', payload: { medium: 'audio', channel: 'website', granted: true } }),
    other: () => ({ method: 'POST', url: `/api/v1/people/${OTHER.pupil}/consent`, payload: { medium: 'audio', channel: 'website', granted: true } }),
  },
  'GET /api/v1/groups': { permission: 'groups.read', own: () => ({ method: 'GET', url: '/api/v1/groups' }) },
  'POST /api/v1/groups': { permission: 'groups.write', own: ({ n }) => ({ method: 'POST', url: '/api/v1/groups', payload: { name: `Plusklas ${n}`, year: 6 } }) },
  'PATCH /api/v1/groups/{id}': {
    permission: 'groups.write',
    own: () => ({ method: 'PATCH', url: '/api/v1/groups/groep-8', payload: { name: 'Groep 8' } }),
    other: () => ({ method: 'PATCH', url: `/api/v1/groups/${OTHER.group}`, payload: { name: 'Overgenomen' } }),
  },
  'DELETE /api/v1/groups/{id}': {
    permission: 'groups.write',
    async own({ h, n }) {
      const made = await h.as(h.sessions.get('schoolleiding')!, { method: 'POST', url: '/api/v1/groups', payload: { id: `leeg-${n}`, name: `Leeg ${n}`, year: 1 } });
      expect(made.statusCode, made.body).toBe(201);
      return { method: 'DELETE', url: `/api/v1/groups/leeg-${n}` };
    },
    other: () => ({ method: 'DELETE', url: `/api/v1/groups/${OTHER.group}` }),
  },
  'DELETE /api/v1/connections/{id}': {
    permission: 'connections.own',
    async own({ h, role, login }) {
      if (!can(role, 'connections.own')) return { method: 'DELETE', url: '/api/v1/connections/1' };
      const made = await h.as(login, { method: 'POST', url: '/api/v1/connections', payload: { personId: 'ouder-5', platform: `p${Math.random()}`.slice(0, 20) } });
      const list = await h.as(login, { method: 'GET', url: '/api/v1/connections' });
      expect(made.statusCode, made.body).toBe(201);
      const mine = list.json().connections.filter((c: { personId: string }) => c.personId === 'ouder-5').at(-1);
      return { method: 'DELETE', url: `/api/v1/connections/${mine.id}` };
    },
    other: ({ h }) => ({ method: 'DELETE', url: `/api/v1/connections/${h.other.connection}` }),
  },
  'GET /api/v1/connections': { permission: 'connections.own', own: () => ({ method: 'GET', url: '/api/v1/connections' }) },
  'POST /api/v1/connections': {
    permission: 'connections.own',
    own: () => ({ method: 'POST', url: '/api/v1/connections', payload: { personId: 'ouder-3', platform: 'linkedin' } }),
    other: () => ({ method: 'POST', url: '/api/v1/connections', payload: { personId: OTHER.parent, platform: 'linkedin' } }),
  },
  'GET /api/v1/lessons': { permission: 'schedule.read', own: () => ({ method: 'GET', url: '/api/v1/lessons?group=groep-3' }) },
  'POST /api/v1/lessons': {
    permission: 'schedule.write',
    own: () => ({ method: 'POST', url: '/api/v1/lessons', payload: { groupId: 'groep-3', weekday: 6, startsAt: '09:00', endsAt: '10:00' } }),
    other: () => ({ method: 'POST', url: '/api/v1/lessons', payload: { groupId: OTHER.group, weekday: 6, startsAt: '09:00', endsAt: '10:00' } }),
  },
  'DELETE /api/v1/lessons/{id}': {
    permission: 'schedule.write',
    async own({ h }) {
      const [row] = await h.store.db.insert(lessons).values({ schoolId: DEMO_SCHOOL_ID, groupId: 'groep-3', weekday: 7, startsAt: '10:00', endsAt: '11:00' }).returning();
      return { method: 'DELETE', url: `/api/v1/lessons/${row!.id}` };
    },
    other: ({ h }) => ({ method: 'DELETE', url: `/api/v1/lessons/${h.other.lesson}` }),
  },
  'GET /api/v1/lesson-permissions': { permission: 'schedule.read', own: () => ({ method: 'GET', url: '/api/v1/lesson-permissions' }) },
  'POST /api/v1/lesson-permissions': {
    permission: 'lesson.permit',
    own: () => ({ method: 'POST', url: '/api/v1/lesson-permissions', payload: { groupId: 'groep-3', startsAt: '2025-11-24T09:00:00+01:00', endsAt: '2025-11-24T10:00:00+01:00' } }),
    other: () => ({ method: 'POST', url: '/api/v1/lesson-permissions', payload: { groupId: OTHER.group, startsAt: '2025-11-24T09:00:00+01:00', endsAt: '2025-11-24T10:00:00+01:00' } }),
  },
  'DELETE /api/v1/lesson-permissions/{id}': {
    permission: 'lesson.permit',
    async own({ h }) {
      // granted by the teacher of groep 3: they and school management may withdraw it
      const [row] = await h.store.db.insert(lessonPermissions).values({ schoolId: DEMO_SCHOOL_ID, groupId: 'groep-3', startsAt: new Date('2025-12-01T08:00:00Z'), endsAt: new Date('2025-12-01T09:00:00Z'), grantedBy: 'medewerker-4' }).returning();
      return { method: 'DELETE', url: `/api/v1/lesson-permissions/${row!.id}` };
    },
    other: ({ h }) => ({ method: 'DELETE', url: `/api/v1/lesson-permissions/${h.other.permission}` }),
  },
  'GET /api/v1/takedown-tasks': { permission: 'takedowns.handle', own: () => ({ method: 'GET', url: '/api/v1/takedown-tasks?status=open' }) },
  'PATCH /api/v1/takedown-tasks/{id}': {
    permission: 'takedowns.handle',
    async own({ h }) {
      const [event] = await h.store.db.insert(consentEvents).values({ personId: 'leerling-5', medium: 'photo', channel: 'website', granted: false, byPersonId: 'ouder-5' }).returning();
      const [task] = await h.store.db.insert(takedownTasks).values({ schoolId: DEMO_SCHOOL_ID, personId: 'leerling-5', medium: 'photo', channel: 'website', consentEventId: event!.id }).returning();
      return { method: 'PATCH', url: `/api/v1/takedown-tasks/${task!.id}`, payload: { status: 'done', note: 'Foto van de website gehaald.' } };
    },
    other: ({ h }) => ({ method: 'PATCH', url: `/api/v1/takedown-tasks/${h.other.takedown}`, payload: { status: 'done', note: 'x' } }),
  },
  'GET /api/v1/school': { permission: 'school.read', own: () => ({ method: 'GET', url: '/api/v1/school' }) },
  'PATCH /api/v1/school': { permission: 'school.write', own: () => ({ method: 'PATCH', url: '/api/v1/school', payload: { publicPhones: ['0570-612345', '0570-612399'] } }) },
  'GET /api/v1/board': { permission: 'board.read', own: () => ({ method: 'GET', url: '/api/v1/board' }) },
  'GET /api/v1/accounts': { permission: 'accounts.manage', own: () => ({ method: 'GET', url: '/api/v1/accounts' }) },
  'POST /api/v1/accounts': {
    permission: 'accounts.manage',
    own: ({ n }) => ({ method: 'POST', url: '/api/v1/accounts', payload: { email: `ouder${n}@desterren.example`, role: 'ouder', personId: 'ouder-7' } }),
    other: ({ n }) => ({ method: 'POST', url: '/api/v1/accounts', payload: { email: `linde${n}@delinde.example`, role: 'ouder', personId: OTHER.parent } }),
    otherStatus: 400,
  },
  'DELETE /api/v1/accounts/{id}': {
    permission: 'accounts.manage',
    async own({ h, n }) {
      await h.store.db.insert(accounts).values({ id: `acc-weg-${n}`, schoolId: DEMO_SCHOOL_ID, email: `weg${n}@desterren.example`, role: 'ouder', personId: 'ouder-9', passwordHash: 'x' });
      return { method: 'DELETE', url: `/api/v1/accounts/acc-weg-${n}` };
    },
    other: () => ({ method: 'DELETE', url: '/api/v1/accounts/acc-linde' }),
  },
  'PUT /api/v1/session/password': {
    permission: 'password.own',
    endsOtherSessions: true,
    own: () => ({ method: 'PUT', url: '/api/v1/session/password', payload: { current: 'demo-sterren', password: 'demo-sterren' } }),
  },
  'GET /api/v1/audit/verify': { permission: 'audit.verify', own: () => ({ method: 'GET', url: '/api/v1/audit/verify' }) },
  'GET /api/v1/audit': {
    permission: 'audit.read',
    own: () => ({ method: 'GET', url: '/api/v1/audit?subject=leerling-1' }),
    other: () => ({ method: 'GET', url: `/api/v1/audit?subject=${OTHER.pupil}` }),
  },
  'POST /api/v1/photos/detect': {
    permission: 'photos.process',
    own: async () => ({ method: 'POST', url: '/api/v1/photos/detect', headers: { 'content-type': 'image/png' }, payload: await tinyPhoto() }),
  },
  'POST /api/v1/photos/redact': {
    permission: 'photos.process',
    own: async () => ({ method: 'POST', url: '/api/v1/photos/redact', payload: { image: (await tinyPhoto()).toString('base64'), channel: 'website', faces: [{ box: [0.1, 0.1, 0.3, 0.3], person: 'leerling-1' }, { box: [0.5, 0.5, 0.3, 0.3] }] } }),
    other: () => ({ method: 'POST', url: '/api/v1/photos/redact', payload: { image: 'AAAA', faces: [{ box: [0.1, 0.1, 0.3, 0.3], person: OTHER.pupil }] } }),
    otherStatus: 400,
  },
  'GET /api/v1/outbox': { permission: 'outbox.read', own: () => ({ method: 'GET', url: '/api/v1/outbox' }) },
  // governance (issue 12)
  'GET /api/v1/protocol/versions': { permission: 'protocol.versions.read', own: () => ({ method: 'GET', url: '/api/v1/protocol/versions' }) },
  'POST /api/v1/protocol/versions': {
    permission: 'protocol.drafts.write',
    async own({ h }) {
      await gov.clearDraft(h);
      return { method: 'POST', url: '/api/v1/protocol/versions', payload: {} };
    },
  },
  'GET /api/v1/protocol/versions/{id}': {
    permission: 'protocol.versions.read',
    own: () => ({ method: 'GET', url: '/api/v1/protocol/versions/1' }),
    other: () => ({ method: 'GET', url: '/api/v1/protocol/versions/de-linde-v1' }),
  },
  'PATCH /api/v1/protocol/versions/{id}': {
    permission: 'protocol.drafts.write',
    async own({ h }) {
      const id = await gov.draft(h);
      return { method: 'PATCH', url: `/api/v1/protocol/versions/${id}`, payload: { params: { hashtags: ['desterren', 'nbsdesterren', 'sterrenkijkers'] } } };
    },
    other: () => ({ method: 'PATCH', url: '/api/v1/protocol/versions/de-linde-v1', payload: { params: { hashtags: ['x1'] } } }),
  },
  'DELETE /api/v1/protocol/versions/{id}': {
    permission: 'protocol.drafts.write',
    async own({ h }) {
      await gov.clearDraft(h);
      return { method: 'DELETE', url: `/api/v1/protocol/versions/${await gov.draft(h)}` };
    },
    other: () => ({ method: 'DELETE', url: '/api/v1/protocol/versions/de-linde-v1' }),
  },
  'PUT /api/v1/protocol/versions/{id}/articles/{article}': {
    permission: 'protocol.drafts.write',
    async own({ h, n }) {
      return { method: 'PUT', url: `/api/v1/protocol/versions/${await gov.draft(h)}/articles/A4`, payload: { nl: `Gepubliceerde teksten blijven openbaar (${n}).`, en: `Published texts stay public (${n}).` } };
    },
    other: () => ({ method: 'PUT', url: '/api/v1/protocol/versions/de-linde-v1/articles/A4', payload: { nl: 'Overgenomen tekst.', en: 'Taken over text.' } }),
  },
  'POST /api/v1/protocol/versions/{id}/approvals': {
    permission: 'protocol.approve',
    async own({ h }) {
      return { method: 'POST', url: `/api/v1/protocol/versions/${await gov.draft(h)}/approvals`, payload: { meetingDate: '2026-11-20', outcome: 'approved', minutesRef: 'MR-notulen 20 november, punt 3' } };
    },
    other: () => ({ method: 'POST', url: '/api/v1/protocol/versions/de-linde-v1/approvals', payload: { meetingDate: '2026-11-20', outcome: 'approved', minutesRef: 'MR-notulen' } }),
  },
  'POST /api/v1/protocol/versions/{id}/publish': {
    permission: 'protocol.publish',
    async own({ h }) {
      const id = await gov.draft(h);
      await gov.approve(h, id);
      return { method: 'POST', url: `/api/v1/protocol/versions/${id}/publish`, payload: {} };
    },
    other: () => ({ method: 'POST', url: '/api/v1/protocol/versions/de-linde-v1/publish', payload: {} }),
  },
  'GET /api/v1/protocol/versions/{id}/pdf': {
    permission: 'protocol.versions.read',
    own: () => ({ method: 'GET', url: '/api/v1/protocol/versions/1/pdf' }),
    other: () => ({ method: 'GET', url: '/api/v1/protocol/versions/de-linde-v1/pdf' }),
  },
  'GET /api/v1/protocol/diff': {
    permission: 'protocol.versions.read',
    own: () => ({ method: 'GET', url: '/api/v1/protocol/diff?from=1&to=in-force' }),
    other: () => ({ method: 'GET', url: '/api/v1/protocol/diff?from=1&to=de-linde-v1' }),
  },
  'GET /api/v1/protocol/acknowledgement': { permission: 'protocol.read', own: () => ({ method: 'GET', url: '/api/v1/protocol/acknowledgement' }) },
  'POST /api/v1/protocol/acknowledgement': {
    permission: 'protocol.acknowledge',
    async own({ h }) {
      return { method: 'POST', url: '/api/v1/protocol/acknowledgement', payload: { versionId: (await versionInForce(h.store.db, DEMO_SCHOOL_ID))!.id } };
    },
  },
  'GET /api/v1/protocol/acknowledgements': { permission: 'protocol.acknowledgements.totals', own: () => ({ method: 'GET', url: '/api/v1/protocol/acknowledgements' }) },
  'POST /api/v1/protocol/acknowledgements/reminders': { permission: 'protocol.acknowledgements.remind', own: () => ({ method: 'POST', url: '/api/v1/protocol/acknowledgements/reminders' }) },
  'GET /api/v1/protocol/rescans': { permission: 'protocol.rescan', own: () => ({ method: 'GET', url: '/api/v1/protocol/rescans' }) },
  'POST /api/v1/protocol/rescans': { permission: 'protocol.rescan', own: () => ({ method: 'POST', url: '/api/v1/protocol/rescans', payload: { version: 'in-force', format: 'csv', source: 'facebook-export.csv' } }) },
  'GET /api/v1/protocol/rescans/demo-archive': { permission: 'protocol.rescan', own: () => ({ method: 'GET', url: '/api/v1/protocol/rescans/demo-archive?posts=20' }) },
  'GET /api/v1/protocol/rescans/{id}': {
    permission: 'protocol.rescan',
    async own({ h }) {
      return { method: 'GET', url: `/api/v1/protocol/rescans/${await gov.job(h, DEMO_SCHOOL_ID)}` };
    },
    other: () => ({ method: 'GET', url: `/api/v1/protocol/rescans/${gov.otherJob}` }),
  },
  'PUT /api/v1/protocol/rescans/{id}/archive': {
    permission: 'protocol.rescan',
    async own({ h }) {
      return { method: 'PUT', url: `/api/v1/protocol/rescans/${await gov.job(h, DEMO_SCHOOL_ID)}/archive`, headers: csv, payload: 'datum;tekst;media\n2026-09-01;Fijne eerste schooldag allemaal!;1\n' };
    },
    other: () => ({ method: 'PUT', url: `/api/v1/protocol/rescans/${gov.otherJob}/archive`, headers: csv, payload: 'tekst\nHallo\n' }),
  },
  'POST /api/v1/drafts/{id}/recheck': {
    permission: 'drafts.own',
    async own({ h, login }) {
      const saved = await h.as(login, { method: 'POST', url: '/api/v1/drafts', payload: { request: { text: 'Nieuws van de Sterren' } } });
      return { method: 'POST', url: `/api/v1/drafts/${saved.json().id ?? 1}/recheck`, payload: {} };
    },
  },
  // --- procedures (B2, B3, S1–S6) ---
  'POST /api/v1/consultations': {
    permission: 'consultations.ask',
    async own({ h }) {
      // the directeur's own leidinggevende (the demo leaves it empty)
      await h.store.db.update(people).set({ managerId: 'medewerker-13' }).where(eq(people.id, 'medewerker-1'));
      return { method: 'POST', url: '/api/v1/consultations', payload: { request: { text: 'Mag ik dit delen over de sportdag?' }, question: 'Is dit goed zo?' } };
    },
  },
  'GET /api/v1/consultations': { permission: 'consultations.ask', own: () => ({ method: 'GET', url: '/api/v1/consultations' }) },
  'GET /api/v1/consultations/{id}': {
    permission: 'consultations.ask',
    own: async ({ h, role }) => ({ method: 'GET', url: `/api/v1/consultations/${await consultationFor(h, role, 'author')}` }),
    other: async ({ h }) => ({ method: 'GET', url: `/api/v1/consultations/${(await linde(h)).consultation}` }),
  },
  'POST /api/v1/consultations/{id}/answer': {
    permission: 'consultations.answer',
    own: async ({ h, role }) => ({ method: 'POST', url: `/api/v1/consultations/${await consultationFor(h, role, 'manager')}/answer`, payload: { answer: 'plaatsen', comment: 'Prima zo.' } }),
    other: async ({ h }) => ({ method: 'POST', url: `/api/v1/consultations/${(await linde(h)).consultation}/answer`, payload: { answer: 'plaatsen', comment: 'x' } }),
  },
  'POST /api/v1/consultations/{id}/withdraw': {
    permission: 'consultations.ask',
    own: async ({ h, role }) => ({ method: 'POST', url: `/api/v1/consultations/${await consultationFor(h, role, 'author')}/withdraw` }),
    other: async ({ h }) => ({ method: 'POST', url: `/api/v1/consultations/${(await linde(h)).consultation}/withdraw` }),
  },
  'POST /api/v1/reports': {
    permission: 'reports.create',
    own: () => ({ method: 'POST', url: '/api/v1/reports', payload: { text: 'Wat een rotschool is het', postedById: 'ouder-4', whatHappened: 'Gezien op een openbare pagina.' } }),
    other: () => ({ method: 'POST', url: '/api/v1/reports', payload: { text: 'x', postedById: OTHER.parent, whatHappened: 'x' } }),
    otherStatus: 400,
  },
  'POST /api/v1/reports/{id}/screenshots': {
    permission: 'reports.create',
    async own({ h, login }) {
      const made = await h.as(login, { method: 'POST', url: '/api/v1/reports', payload: { link: 'https://social.example/p/9', whatHappened: 'Zie de schermafbeelding.' } });
      return { method: 'POST', url: `/api/v1/reports/${made.json().id ?? 1}/screenshots`, headers: { 'content-type': 'image/png' }, payload: PNG };
    },
    other: async ({ h }) => ({ method: 'POST', url: `/api/v1/reports/${(await linde(h)).report}/screenshots`, headers: { 'content-type': 'image/png' }, payload: PNG }),
  },
  'GET /api/v1/reports/mine': { permission: 'reports.own', own: () => ({ method: 'GET', url: '/api/v1/reports/mine' }) },
  'GET /api/v1/reports': { permission: 'reports.handle', own: () => ({ method: 'GET', url: '/api/v1/reports?status=gemeld' }) },
  'GET /api/v1/reports/{id}': {
    permission: 'reports.handle',
    own: async ({ h }) => ({ method: 'GET', url: `/api/v1/reports/${(await reportWithScreenshot(h)).report}` }),
    other: async ({ h }) => ({ method: 'GET', url: `/api/v1/reports/${(await linde(h)).report}` }),
  },
  'GET /api/v1/reports/{id}/screenshots/{screenshotId}': {
    permission: 'cases.handle',
    refused: ['bestuur'], // a report that is not (yet) a staff case: school management triages it
    async own({ h }) {
      const r = await reportWithScreenshot(h);
      return { method: 'GET', url: `/api/v1/reports/${r.report}/screenshots/${r.screenshot}` };
    },
    other: async ({ h }) => ({ method: 'GET', url: `/api/v1/reports/${(await linde(h)).report}/screenshots/${(await linde(h)).screenshot}` }),
  },
  'POST /api/v1/reports/{id}/close': {
    permission: 'reports.handle',
    own: async ({ h }) => ({ method: 'POST', url: `/api/v1/reports/${(await reportWithScreenshot(h)).report}/close`, payload: { reason: 'Geen schending van het protocol.' } }),
    other: async ({ h }) => ({ method: 'POST', url: `/api/v1/reports/${(await linde(h)).report}/close`, payload: { reason: 'x' } }),
  },
  'POST /api/v1/cases': {
    permission: 'cases.open',
    own: () => ({ method: 'POST', url: '/api/v1/cases', payload: { subjectId: 'leerling-7', summary: 'Een melding over een bericht.' } }),
    other: () => ({ method: 'POST', url: '/api/v1/cases', payload: { subjectId: OTHER.pupil, summary: 'x' } }),
    otherStatus: 400,
  },
  'GET /api/v1/cases': { permission: 'cases.handle', own: () => ({ method: 'GET', url: '/api/v1/cases' }) },
  'GET /api/v1/cases/{id}': {
    permission: 'cases.handle',
    own: async ({ h }) => ({ method: 'GET', url: `/api/v1/cases/${await staffCase(h)}` }),
    other: async ({ h }) => ({ method: 'GET', url: `/api/v1/cases/${(await linde(h)).case}` }),
  },
  'PATCH /api/v1/cases/{id}': {
    permission: 'cases.handle',
    own: async ({ h }) => ({ method: 'PATCH', url: `/api/v1/cases/${await staffCase(h)}`, payload: { deadline: '2026-12-20' } }),
    other: async ({ h }) => ({ method: 'PATCH', url: `/api/v1/cases/${(await linde(h)).case}`, payload: { deadline: '2026-12-20' } }),
  },
  'POST /api/v1/cases/{id}/notes': {
    permission: 'cases.handle',
    own: async ({ h }) => ({ method: 'POST', url: `/api/v1/cases/${await staffCase(h)}/notes`, payload: { text: 'Gesprek gepland.' } }),
    other: async ({ h }) => ({ method: 'POST', url: `/api/v1/cases/${(await linde(h)).case}/notes`, payload: { text: 'x' } }),
  },
  'POST /api/v1/cases/{id}/hearings': {
    permission: 'cases.handle',
    own: async ({ h }) => ({ method: 'POST', url: `/api/v1/cases/${await staffCase(h)}/hearings`, payload: { heardAt: '2026-11-30T10:00:00+01:00', present: ['betrokkene', 'directeur'], statement: 'Het was niet zo bedoeld.' } }),
    other: async ({ h }) => ({ method: 'POST', url: `/api/v1/cases/${(await linde(h)).case}/hearings`, payload: { heardAt: '2026-11-30T10:00:00+01:00', present: ['x'], statement: 'x' } }),
  },
  'POST /api/v1/cases/{id}/qualification': {
    permission: 'cases.handle',
    own: async ({ h }) => ({ method: 'POST', url: `/api/v1/cases/${await staffCase(h)}/qualification`, payload: { criminal: true, motivation: 'Mogelijk bedreiging.' } }),
    other: async ({ h }) => ({ method: 'POST', url: `/api/v1/cases/${(await linde(h)).case}/qualification`, payload: { criminal: true, motivation: 'x' } }),
  },
  'POST /api/v1/cases/{id}/decisions': {
    permission: 'cases.decide',
    own: async ({ h }) => ({ method: 'POST', url: `/api/v1/cases/${await staffCase(h)}/decisions`, payload: { measure: 'waarschuwing', motivation: 'Het bericht was in strijd met artikel C1 van het protocol.' } }),
    other: async ({ h }) => ({ method: 'POST', url: `/api/v1/cases/${(await linde(h)).case}/decisions`, payload: { measure: 'waarschuwing', motivation: 'Het bericht was in strijd met het protocol.' } }),
  },
  'POST /api/v1/cases/{id}/tasks/{taskId}/done': {
    permission: 'cases.handle',
    async own({ h }) {
      const id = await staffCase(h);
      const [task] = await h.store.db.insert(caseTasks).values({ caseId: id, kind: 's6_police' }).returning();
      return { method: 'POST', url: `/api/v1/cases/${id}/tasks/${task!.id}/done`, payload: { performedAt: '2026-11-30T10:00:00+01:00', reference: 'PL-2026-1' } };
    },
    other: async ({ h }) => ({ method: 'POST', url: `/api/v1/cases/${(await linde(h)).case}/tasks/${(await linde(h)).task}/done`, payload: { performedAt: '2026-11-30T10:00:00+01:00', reference: 'x' } }),
  },
  'GET /api/v1/cases/{id}/letters/{letterId}': {
    permission: 'cases.handle',
    async own({ h }) {
      const id = await staffCase(h);
      const d = await h.as(h.sessions.get('schoolleiding')!, { method: 'POST', url: `/api/v1/cases/${id}/decisions`, payload: { measure: 'berisping', motivation: 'Herhaald in strijd met artikel C1 van het protocol.' } });
      return { method: 'GET', url: `/api/v1/cases/${id}/letters/${d.json().letters[0]}` };
    },
    other: async ({ h }) => ({ method: 'GET', url: `/api/v1/cases/${(await linde(h)).case}/letters/${(await linde(h)).letter}` }),
  },
  'GET /api/v1/dossiers/{type}/{personId}': {
    permission: 'dossiers.read',
    own: () => ({ method: 'GET', url: '/api/v1/dossiers/personnel/medewerker-8' }),
    other: () => ({ method: 'GET', url: '/api/v1/dossiers/personnel/linde-leerkracht' }),
  },
  'GET /api/v1/register': { permission: 'register.read', own: () => ({ method: 'GET', url: '/api/v1/register?from=2026-08&to=2027-07' }) },
  'GET /api/v1/register/csv': { permission: 'register.read', own: () => ({ method: 'GET', url: '/api/v1/register/csv' }) },
  'GET /api/v1/register/pdf': { permission: 'register.read', own: () => ({ method: 'GET', url: '/api/v1/register/pdf' }) },
  'POST /api/v1/invitations': {
    permission: 'invitations.send',
    own: () => ({ method: 'POST', url: '/api/v1/invitations', payload: { groupId: 'groep-3' } }),
    other: () => ({ method: 'POST', url: '/api/v1/invitations', payload: { groupId: OTHER.group } }),
  },
  'GET /api/v1/sessions': { permission: 'sessions.own', own: () => ({ method: 'GET', url: '/api/v1/sessions' }) },
  'DELETE /api/v1/sessions': {
    permission: 'sessions.own',
    endsAllSessions: true,
    own: () => ({ method: 'DELETE', url: '/api/v1/sessions' }),
  },
  'DELETE /api/v1/sessions/{id}': {
    permission: 'sessions.own',
    async own({ h, role }) {
      // a second session of the same account, ended from the first
      const extra = await directSession(h, role);
      const list = await h.as(extra, { method: 'GET', url: '/api/v1/sessions' });
      const id = list.json().sessions?.find((s: { current: boolean }) => s.current)?.id ?? 'onbekend';
      return { method: 'DELETE', url: `/api/v1/sessions/${id}` };
    },
  },
  'GET /api/v1/me': { permission: 'me.read', own: () => ({ method: 'GET', url: '/api/v1/me' }) },
  'GET /api/v1/waiting': { permission: 'me.read', own: () => ({ method: 'GET', url: '/api/v1/waiting' }) },
};

let tiny: Promise<Buffer> | undefined;
/** A small photo without faces (made here, nothing shipped). */
function tinyPhoto(): Promise<Buffer> {
  tiny ??= sharp({ create: { width: 96, height: 64, channels: 3, background: { r: 120, g: 160, b: 200 } } }).jpeg().toBuffer();
  return tiny;
}
/** Governance rows: a draft to work on, approvals, rescan jobs (through the services, as the school's own people would). */
const gov = {
  otherJob: 0,
  async draft(h: Harness): Promise<string> {
    const open = (await listVersions(h.store.db, DEMO_SCHOOL_ID)).find((v) => v.status === 'draft');
    return open ? open.id : (await createDraft(h.store.db, DEMO_SCHOOL_ID, 'acc-directie')).id;
  },
  async approve(h: Harness, id: string): Promise<void> {
    await recordApproval(h.store.db, DEMO_SCHOOL_ID, id, 'acc-mr', { meetingDate: '2026-11-20', outcome: 'approved', minutesRef: 'MR-notulen 20 november' });
  },
  /** No open draft: discard it, or (when the (G)MR decided on it) approve and publish it. */
  async clearDraft(h: Harness): Promise<void> {
    const open = (await listVersions(h.store.db, DEMO_SCHOOL_ID)).find((v) => v.status === 'draft');
    if (!open) return;
    if ((await approvalsOf(h.store.db, open.id)).length === 0) return discardDraft(h.store.db, DEMO_SCHOOL_ID, open.id, 'acc-directie');
    await gov.approve(h, open.id);
    await publishVersion(h.store.db, DEMO_SCHOOL_ID, open.id, 'acc-directie');
  },
  async job(h: Harness, schoolId: string): Promise<number> {
    return (await createJob(h.store.db, schoolId, 'acc-directie', { versionId: `${schoolId}-v1`, format: 'csv' })).id;
  },
};

/** The person of a role's test account (acc-directie, acc-leerkracht). */
const PERSON: Partial<Record<AppRole, string>> = { schoolleiding: 'medewerker-1', medewerker: 'medewerker-4' };

/** An open consultation in which the role's person is the author or the leidinggevende asked. */
async function consultationFor(h: Harness, role: AppRole, as: 'author' | 'manager'): Promise<number> {
  const me = PERSON[role] ?? 'medewerker-4';
  const other = me === 'medewerker-4' ? 'medewerker-8' : 'medewerker-4';
  const [c] = await h.store.db
    .insert(consultations)
    .values({ schoolId: DEMO_SCHOOL_ID, authorId: as === 'author' ? me : other, managerId: as === 'manager' ? me : other, reason: 'choice', text: 'Concept', question: 'Mag dit?', verdict: 'allowed', findings: [], protocolVersion: 'psm-test' })
    .returning();
  return c!.id;
}

/** A parent's report with a screenshot, not (yet) a case. */
async function reportWithScreenshot(h: Harness): Promise<{ report: number; screenshot: number }> {
  const [r] = await h.store.db.insert(reports).values({ schoolId: DEMO_SCHOOL_ID, reporterAccountId: 'acc-ouder', reporterPersonId: 'ouder-1', text: 'Nare reactie', whatHappened: 'Onder een foto.', protocolVersion: 'psm-test' }).returning();
  const [s] = await h.store.db.insert(reportScreenshots).values({ reportId: r!.id, mime: 'image/png', size: PNG.length, sha256: 'x', data: new Uint8Array(PNG) }).returning();
  return { report: r!.id, screenshot: s!.id };
}

/** A fresh staff case (the bestuur handles those too), opened by school management. */
async function staffCase(h: Harness): Promise<number> {
  const r = await h.as(h.sessions.get('schoolleiding')!, { method: 'POST', url: '/api/v1/cases', payload: { subjectId: 'medewerker-8', summary: 'Bericht over een collega.' } });
  expect(r.statusCode, r.body).toBe(201);
  return r.json().id;
}

/** De Linde's consultation, report, screenshot, case, task and letter, which no account of de Sterren may reach. */
const lindeMade = new WeakMap<Harness, Promise<{ consultation: number; report: number; screenshot: number; case: number; task: number; letter: number }>>();
function linde(h: Harness): Promise<{ consultation: number; report: number; screenshot: number; case: number; task: number; letter: number }> {
  let p = lindeMade.get(h);
  if (!p) {
    p = (async () => {
      const db = h.store.db;
      const [c] = await db.insert(consultations).values({ schoolId: OTHER.school, authorId: 'linde-leerkracht', managerId: 'linde-leerkracht', reason: 'choice', text: 'Linde', question: 'Linde?', verdict: 'allowed', findings: [], protocolVersion: 'psm-test' }).returning();
      const [r] = await db.insert(reports).values({ schoolId: OTHER.school, reporterAccountId: 'acc-linde', text: 'Kuipers', whatHappened: 'Linde', protocolVersion: 'psm-test' }).returning();
      const [s] = await db.insert(reportScreenshots).values({ reportId: r!.id, mime: 'image/png', size: PNG.length, sha256: 'x', data: new Uint8Array(PNG) }).returning();
      const [k] = await db.insert(cases).values({ schoolId: OTHER.school, reference: 'SW-2026-0001', subjectId: 'linde-leerkracht', subjectKind: 'staff', status: 'in_behandeling', protocolVersion: 'psm-test', summary: 'Linde', createdBy: 'acc-linde' }).returning();
      const [t] = await db.insert(caseTasks).values({ caseId: k!.id, kind: 's6_police' }).returning();
      const [l] = await db.insert(letters).values({ caseId: k!.id, recipientKind: 'staff', reference: 'SW-2026-0001/1', sha256: 'x', pdf: new Uint8Array(Buffer.from('%PDF-1.3 Linde')) }).returning();
      return { consultation: c!.id, report: r!.id, screenshot: s!.id, case: k!.id, task: t!.id, letter: l!.id };
    })();
    lindeMade.set(h, p);
  }
  return p;
}

/** Routes open without a session. */
const OPEN = new Set([
  'POST /api/v1/session',
  // the open routes have their own tests (routes/public.test.ts)
  'GET /api/public/protocol',
  'GET /api/public/protocol/{article}',
  // the mail links and single sign-on lead to a session; they are tested in src/api/school-accounts.test.ts
  'POST /api/v1/password-reset',
  'POST /api/v1/password-reset/confirm',
  'POST /api/v1/invitation/lookup',
  'POST /api/v1/invitation/accept',
  'GET /api/v1/sso',
  'GET /api/v1/sso/{provider}/start',
  'GET /api/v1/sso/{provider}/callback',
]);

describe.each(testBackends())('route × role × school on $name', (backend) => {
  let n = 0;
  const h = useHarness(backend, async () => {
    await ensureVersions(h.store.db, OTHER.school);
    gov.otherJob = await gov.job(h, OTHER.school);
  });

  it('has a row for every route of the OpenAPI document, and every row is a route', async () => {
    const doc = (await h.app.inject({ method: 'GET', url: '/api/docs/json' })).json() as { paths: Record<string, Record<string, unknown>> };
    const routes = Object.entries(doc.paths)
      .filter(([path]) => path.startsWith('/api/v1/'))
      .flatMap(([path, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`));
    expect(routes.length).toBeGreaterThan(30);
    expect(routes.filter((r) => !OPEN.has(r) && !ROWS[r]), 'routes without a row').toEqual([]);
    expect(Object.keys(ROWS).filter((r) => !routes.includes(r)), 'rows without a route').toEqual([]);
  });

  it('answers 401 on every route without a session', async () => {
    for (const [key, row] of Object.entries(ROWS)) {
      const req = await row.own({ h, role: 'schoolleiding', login: h.sessions.get('schoolleiding')!, n: ++n });
      const r = await h.app.inject(req);
      expect(r.statusCode, key).toBe(401);
      expect(r.json().error.code, key).toBe('unauthorized');
    }
  });

  it.each(ROLES.map((r) => [r]))('%s gets exactly what the policy grants, in its own school and not in the other', async (role) => {
    for (const [key, row] of Object.entries(ROWS)) {
      const allowed = row.permission === null || can(role, row.permission);
      const login = row.fresh ? await h.login(emailOf(role)) : h.sessions.get(role)!;
      const ctx: Ctx = { h, role, login, n: ++n };
      const own = await h.as(login, await row.own(ctx));
      if (row.endsOtherSessions) h.sessions.set(role, await h.login(emailOf(role)));
      if (row.endsAllSessions) h.sessions.set(role, await directSession(h, role));
      const want = !allowed || row.refused?.includes(role) ? [403] : [200, 201, 204];
      expect(want, `${role} ${key} (own school): ${own.statusCode} ${own.body.slice(0, 300)}`).toContain(own.statusCode);
      if (own.statusCode < 300 && own.body) expect(own.body, `${role} ${key} leaks the other school`).not.toMatch(OTHER.marker);
      if (row.other) {
        const other = await h.as(login, await row.other(ctx));
        expect(other.statusCode, `${role} ${key} (other school): ${other.body.slice(0, 300)}`).toBe(allowed ? (row.otherStatus ?? 404) : 403);
      }
    }
  });

  it('answers bad input on every route with a 4xx and a Dutch and English message, never a 500', async () => {
    const l = h.sessions.get('schoolleiding')!;
    const junk: unknown[] = [null, 42, 'tekst', [], { text: { nested: [1, 2] } }, { groupId: 'x'.repeat(5000) }, { medium: 'geur', channel: 'rooksignalen', granted: 'ja' }];
    for (const [key, row] of Object.entries(ROWS)) {
      if (row.fresh || row.endsAllSessions) continue;
      const base = await row.own({ h, role: 'schoolleiding', login: l, n: ++n });
      const variants: Req[] = [{ ...base, url: base.url.replace(/\/(leerling-1|leerling-3|\d+)(?=\/|\?|$)/, `/${'%F0%9F%98%80'.repeat(300)}`) }];
      if (base.method !== 'GET' && base.method !== 'DELETE') {
        variants.push({ ...base, headers: { ...(base.headers ?? {}), 'content-type': 'application/json' }, payload: '{"kapot": ' });
        for (const j of junk) variants.push({ ...base, headers: { ...(base.headers ?? {}), 'content-type': 'application/json' }, payload: JSON.stringify(j) });
      }
      for (const v of variants) {
        const r = await h.as(l, v);
        expect(r.statusCode, `${key} ${String(v.payload).slice(0, 60)}: ${r.body.slice(0, 200)}`).toBeLessThan(500);
        if (r.statusCode >= 400) expect(JSON.parse(r.body || '{}').error, `${key} ${r.statusCode} ${r.headers['content-type']} ${r.body.slice(0, 100)}`).toMatchObject({ code: expect.any(String), message: expect.any(String), messageEn: expect.any(String) });
      }
    }
  });

  it('answers hostile values in every field of every route with a 4xx, never a 500 (NUL, lone surrogates, ids ≥ 2³¹, year 0000, random JSON)', async () => {
    let l = await directSession(h, 'schoolleiding');
    // a deterministic fuzz: every string and number leaf of each route's own request, replaced in turn
    const hostileStrings = ['a\u0000b', '\ud800', 'x\udfff', '0000-01-01T00:00:00Z', '0000-00-00', '99999-12-31', '2147483648', '-1', '\u0000'];
    const hostileNumbers = [2 ** 31, 2 ** 53, -1, 1e308, 0.5];
    const randomJson = fc.sample(fc.jsonValue({ maxDepth: 3 }), { seed: 14, numRuns: 6 });
    const leaves = (v: unknown, path: (string | number)[] = []): (string | number)[][] => {
      if (typeof v === 'string' || typeof v === 'number') return [path];
      if (v && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => leaves(x, [...path, Array.isArray(v) ? Number(k) : k]));
      return [];
    };
    const setAt = (v: unknown, path: (string | number)[], value: unknown): unknown => {
      if (path.length === 0) return value;
      const copy = (Array.isArray(v) ? [...(v as unknown[])] : { ...(v as object) }) as Record<string | number, unknown>;
      copy[path[0]!] = setAt((v as Record<string | number, unknown>)[path[0]!], path.slice(1), value);
      return copy;
    };
    for (const [key, row] of Object.entries(ROWS)) {
      // a hostile value may pass as a new password: the password change is fuzzed in its own tests
      if (row.fresh || row.endsOtherSessions) continue;
      const base = await row.own({ h, role: 'schoolleiding', login: l, n: ++n });
      const variants: Req[] = [
        { ...base, url: base.url.replace(/\/(leerling-1|leerling-3|\d+)(?=\/|\?|$)/, '/2147483648') },
        { ...base, url: base.url.replace(/\/(leerling-1|leerling-3|\d+)(?=\/|\?|$)/, '/99999999999999999999999') },
        { ...base, url: base.url.replace(/\/(leerling-1|leerling-3)(?=\/|\?|$)/, '/leer%00ling') },
        { ...base, url: `${base.url}${base.url.includes('?') ? '&' : '?'}subject=%00&status=%ED%A0%80` },
      ];
      const payload = typeof base.payload === 'string' ? undefined : base.payload;
      if (payload && typeof payload === 'object' && base.method !== 'GET' && base.method !== 'DELETE') {
        for (const path of leaves(payload).slice(0, 8)) {
          const current = path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], payload);
          for (const value of typeof current === 'number' ? hostileNumbers : hostileStrings) variants.push({ ...base, payload: setAt(payload, path, value) as object });
        }
        for (const j of randomJson) variants.push({ ...base, headers: { ...(base.headers ?? {}), 'content-type': 'application/json' }, payload: JSON.stringify(j) });
      }
      for (const v of variants) {
        const r = await h.as(l, v);
        expect(r.statusCode, `${key} ${v.url} ${JSON.stringify(v.payload ?? '').slice(0, 120)}: ${r.body.slice(0, 200)}`).toBeLessThan(500);
        if (r.statusCode >= 400) expect(JSON.parse(r.body || '{}').error, `${key} ${r.statusCode} ${r.body.slice(0, 100)}`).toMatchObject({ code: expect.any(String), message: expect.any(String), messageEn: expect.any(String) });
        // a variant that still reached its route (e.g. "log out everywhere") ended the session it used
        if (row.endsAllSessions) l = await directSession(h, 'schoolleiding');
      }
    }
  });

  it('holds every route to its body limit, whatever the content type; the login takes small JSON only', async () => {
    // a session of its own: an earlier test's requests may have ended the shared one ("log out everywhere" does)
    const l = await directSession(h, 'schoolleiding');
    const big = (bytes: number): string => JSON.stringify({ text: 'a'.repeat(bytes) });
    const limits: Record<string, number> = { 'POST /api/v1/session': BODY_LIMITS.login, 'POST /api/v1/checks': BODY_LIMITS.check, 'POST /api/v1/drafts': BODY_LIMITS.check, 'POST /api/v1/checks/batch': BODY_LIMITS.batch, 'POST /api/v1/people/import': BODY_LIMITS.csvImport, 'POST /api/v1/photos/detect': DETECT_BODY_LIMIT, 'POST /api/v1/photos/redact': REDACT_BODY_LIMIT, 'POST /api/v1/reports/{id}/screenshots': SCREENSHOT_BODY_LIMIT, 'POST /api/v1/people/import/preview': BODY_LIMITS.csvImport };
    for (const key of Object.keys(ROWS)) {
      const [method, url] = key.split(' ') as [string, string];
      if (method === 'GET' || method === 'DELETE') continue;
      // the rescan archive is streamed, never held whole, under its own 256 MiB limit (src/governance/routes.ts)
      if (key === 'PUT /api/v1/protocol/rescans/{id}/archive') continue;
      const limit = limits[key] ?? BODY_LIMITS.default;
      for (const type of ['application/json', 'text/plain', 'application/x-ndjson', 'text/csv']) {
        const r = await h.as(l, { method: method as 'POST', url: url.replace(/:[a-zA-Z]+/g, '1'), headers: { 'content-type': type }, payload: big(limit + 10) });
        expect(r.statusCode, `${key} ${type} ${limit + 10} bytes`).toBe(413);
        expect(r.json().error.code).toBe('payload_too_large');
      }
    }
    // the login: small JSON only
    expect((await h.app.inject({ method: 'POST', url: '/api/v1/session', headers: { 'content-type': 'text/plain' }, payload: 'email=a&password=b' })).statusCode).toBe(400);
    expect((await h.app.inject({ method: 'POST', url: '/api/v1/session', headers: { 'content-type': 'text/csv' }, payload: 'email,password' })).statusCode).toBe(400);
  });

  it('keeps the other school’s records as they were', async () => {
    const pupil = (await h.store.db.select().from(people).where(eq(people.id, OTHER.pupil)))[0]!;
    expect(pupil).toMatchObject({ name: 'Ot Kuipers', erasedAt: null });
    expect(await h.store.db.select().from(lessons).where(eq(lessons.id, h.other.lesson))).toHaveLength(1);
    expect(await h.store.db.select().from(lessonPermissions).where(eq(lessonPermissions.id, h.other.permission))).toHaveLength(1);
    expect((await h.store.db.select().from(takedownTasks).where(eq(takedownTasks.id, h.other.takedown)))[0]!.status).toBe('open');
  });

  it('gives a parent of the other school nothing of de Sterren', async () => {
    const l = h.sessions.get('ouder-andere-school')!;
    for (const url of ['/api/v1/people/leerling-1/consent', '/api/v1/people/leerling-1/export', '/api/v1/people/leerling-1/consent/history']) {
      const r = await h.as(l, { method: 'GET', url });
      expect([403, 404], url).toContain(r.statusCode);
    }
    const school = await h.as(l, { method: 'GET', url: '/api/v1/school' });
    expect(school.json().school.name).toBe('obs De Linde');
  });
});
