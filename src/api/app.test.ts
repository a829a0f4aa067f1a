import { describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Store } from '../store/db.js';
import { testBackends } from '../store/testing.js';
import { DEMO_PASSWORD, DEMO_SCHOOL_ID } from '../demo/seed.js';
import { rosterForCheck } from '../consent/service.js';
import { accounts, drafts, guardianships } from '../store/schema.js';
import { hashPassword } from '../auth/accounts.js';
import { ROLES, type AppRole } from '../auth/policy.js';
import type { ChannelConsent, Person } from '../check/types.js';
import { headers, useHarness, type Login } from './testing.js';

describe.each(testBackends())('API on $name', (backend) => {
  let app: FastifyInstance;
  let store: Store;
  let roster: Person[];
  let sessions: Map<string, Login>;
  const loginAs = (email: string): Promise<Login> => h.login(email);
  const as = headers;

  const h = useHarness(backend, async () => {
    ({ app, store, sessions } = h);
    await store.db.insert(accounts).values({ id: 'acc-lock', schoolId: DEMO_SCHOOL_ID, personId: null, email: 'slot@desterren.example', role: 'medewerker', passwordHash: await hashPassword(DEMO_PASSWORD) });
    roster = await rosterForCheck(store.db, DEMO_SCHOOL_ID);
  });

  describe('sessions', () => {
    it('answers /health and the docs without a session, every /api/v1 route with 401', async () => {
      expect((await app.inject({ method: 'GET', url: '/health' })).json()).toEqual({ status: 'ok' });
      expect((await app.inject({ method: 'GET', url: '/api/docs/json' })).statusCode).toBe(200);
      for (const [method, url] of [
        ['POST', '/api/v1/checks'],
        ['POST', '/api/v1/checks/batch'],
        ['GET', '/api/v1/protocol'],
        ['GET', '/api/v1/protocol/A5'],
        ['GET', '/api/v1/session'],
        ['GET', '/api/v1/people/leerling-1/consent'],
        ['POST', '/api/v1/people/leerling-1/consent'],
        ['GET', '/api/v1/people/leerling-1/consent/history'],
        ['GET', '/api/v1/unknown'],
      ] as const) {
        const r = await app.inject({ method, url, payload: method === 'POST' ? {} : undefined });
        expect(r.statusCode, `${method} ${url}`).toBe(401);
        expect(r.json().error.code).toBe('unauthorized');
      }
    });
    it('refuses a wrong password and slows repeated failures from one address down (never a lock)', async () => {
      const bad = await app.inject({ method: 'POST', url: '/api/v1/session', payload: { email: 'slot@desterren.example', password: 'fout' } });
      expect(bad.statusCode).toBe(401);
      expect(bad.json().error.code).toBe('invalid_login');
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++) statuses.push((await app.inject({ method: 'POST', url: '/api/v1/session', payload: { email: 'slot@desterren.example', password: 'fout' } })).statusCode);
      expect(statuses).toContain(429);
      // the owner elsewhere is not locked out by someone else's guesses
      const owner = await app.inject({ method: 'POST', url: '/api/v1/session', remoteAddress: '192.0.2.77', payload: { email: 'slot@desterren.example', password: DEMO_PASSWORD } });
      expect(owner.statusCode).toBe(200);
    });
    it('requires the CSRF token for cookie-authenticated writes', async () => {
      const l = sessions.get('schoolleiding')!;
      const without = await app.inject({ method: 'POST', url: '/api/v1/checks', headers: as(l, false), payload: { text: 'Hoi' } });
      expect(without.statusCode).toBe(403);
      expect(without.json().error.code).toBe('csrf');
      expect((await app.inject({ method: 'POST', url: '/api/v1/checks', headers: as(l), payload: { text: 'Hoi' } })).statusCode).toBe(200);
    });
    it('logs out', async () => {
      const l = await loginAs('leerkracht@desterren.example');
      expect((await app.inject({ method: 'GET', url: '/api/v1/session', headers: as(l, false) })).json().account.role).toBe('medewerker');
      expect((await app.inject({ method: 'DELETE', url: '/api/v1/session', headers: as(l) })).statusCode).toBe(204);
      expect((await app.inject({ method: 'GET', url: '/api/v1/session', headers: as(l, false) })).statusCode).toBe(401);
    });
  });

  describe('the check over HTTP', () => {
    it('fills the author from the session and people from the registry', async () => {
      const pupil = roster.find((p) => p.role === 'pupil' && (p.consent as ChannelConsent | undefined)?.social?.photo !== true)!;
      const r = await app.inject({ method: 'POST', url: '/api/v1/checks', headers: as(sessions.get('schoolleiding')!), payload: { text: 'Sportdag op de Sterren!', media: [{ type: 'photo', depicts: [pupil.id] }], postedAt: '2025-11-29T20:00:00+01:00' } });
      expect(r.statusCode).toBe(200);
      const rules = r.json().findings.map((f: { rule: string }) => f.rule);
      expect(rules).toEqual(expect.arrayContaining(['A5', 'C3', 'C4'])); // staff on a Saturday evening: private, disclosure and disclaimer
    });
    it('checks in the context of the caller’s own school only', async () => {
      const text = { text: 'Sanne de Vries is een sukkel', setting: 'private' };
      const own = await app.inject({ method: 'POST', url: '/api/v1/checks', headers: as(sessions.get('ouder')!), payload: text });
      expect(own.json().verdict).toBe('blocked');
      const other = await app.inject({ method: 'POST', url: '/api/v1/checks', headers: as(sessions.get('ouder-andere-school')!), payload: text });
      expect(other.json().schoolRelated).toBe(false);
      expect(JSON.stringify(other.json())).not.toContain('leerling-');
      const photo = await app.inject({ method: 'POST', url: '/api/v1/checks', headers: as(sessions.get('ouder-andere-school')!), payload: { text: 'Foto', media: [{ type: 'photo', depicts: ['leerling-1'] }] } });
      expect(photo.statusCode).toBe(400);
      expect(photo.json().error.code).toBe('unknown_person');
    });
    it('gives 400 with the field path, 413 for oversized bodies, batch in order', async () => {
      const h = as(sessions.get('ouder')!);
      const bad = await app.inject({ method: 'POST', url: '/api/v1/checks', headers: h, payload: { text: 'x', setting: 'thuis' } });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error).toMatchObject({ code: 'invalid_request', path: 'setting' });
      const big = await app.inject({ method: 'POST', url: '/api/v1/checks', headers: h, payload: { text: 'x'.repeat(3 * 1024 * 1024) } });
      expect(big.statusCode).toBe(413);
      const batch = await app.inject({ method: 'POST', url: '/api/v1/checks/batch', headers: { ...h, 'content-type': 'application/x-ndjson' }, payload: ['{"text":"Fijne dag!"}', 'kapot', '{"text":"saai","setting":"lesson","author":{"role":"pupil"}}'].join('\n') });
      const lines = batch.body.trim().split('\n').map((l) => JSON.parse(l));
      expect(lines.map((l) => l.verdict ?? l.error.code)).toEqual(['allowed', 'invalid_json', 'blocked']);
    });
    it('serves the protocol to every role', async () => {
      for (const role of ROLES) {
        const l = sessions.get(role);
        if (!l) throw new Error(`no session for ${role}`);
        expect((await app.inject({ method: 'GET', url: '/api/v1/protocol/A6', headers: as(l, false) })).statusCode, role).toBe(200);
      }
    });
  });

  describe('consent: every role × own school / other school', () => {
    const ownChild = async (): Promise<string> => (await store.db.select().from(guardianships)).find((g) => g.parentId === 'ouder-1')!.pupilId;
    const expected: Record<AppRole | 'ouder-andere-school', { read: number; change: number }> = {
      schoolleiding: { read: 200, change: 403 }, // may read; only guardians change a pupil's consent
      medewerker: { read: 200, change: 403 },
      ouder: { read: 200, change: 200 },
      leerling: { read: 403, change: 403 },
      mr: { read: 403, change: 403 },
      bestuur: { read: 403, change: 403 },
      'ouder-andere-school': { read: 404, change: 404 },
    };
    it.each(Object.entries(expected))('%s', async (role, want) => {
      const l = sessions.get(role);
      if (!l) throw new Error(`no session for ${role}`);
      const id = await ownChild();
      const read = await app.inject({ method: 'GET', url: `/api/v1/people/${id}/consent`, headers: as(l, false) });
      expect(read.statusCode, read.body).toBe(want.read);
      const change = await app.inject({ method: 'POST', url: `/api/v1/people/${id}/consent`, headers: as(l), payload: { medium: 'video', channel: 'newsletter', granted: true } });
      expect(change.statusCode, change.body).toBe(want.change);
    });
    it('lets a parent not reach other children, and keeps the history', async () => {
      const parent = sessions.get('ouder')!;
      const own = new Set((await store.db.select().from(guardianships)).filter((g) => g.parentId === 'ouder-1').map((g) => g.pupilId));
      const other = roster.find((p) => p.role === 'pupil' && !own.has(p.id))!;
      expect((await app.inject({ method: 'GET', url: `/api/v1/people/${other.id}/consent`, headers: as(parent, false) })).statusCode).toBe(403);
      const id = [...own][0]!;
      const revoke = await app.inject({ method: 'POST', url: `/api/v1/people/${id}/consent`, headers: as(parent), payload: { medium: 'video', channel: 'newsletter', granted: false } });
      expect(revoke.json().takedownTaskId).toBeDefined();
      const history = await app.inject({ method: 'GET', url: `/api/v1/people/${id}/consent/history`, headers: as(parent, false) });
      expect(history.json().events.filter((e: { medium: string; channel: string }) => e.medium === 'video' && e.channel === 'newsletter').map((e: { granted: boolean }) => e.granted)).toEqual([true, false]);
    });
  });

  describe('the registry: read, change, import, inzage', () => {
    it('lists and reads people of the own school only, for staff', async () => {
      const list = await app.inject({ method: 'GET', url: '/api/v1/people?role=staff', headers: as(sessions.get('medewerker')!, false) });
      expect(list.statusCode).toBe(200);
      expect(list.json().people).toHaveLength(20);
      expect((await app.inject({ method: 'GET', url: '/api/v1/people', headers: as(sessions.get('ouder')!, false) })).statusCode).toBe(403);
      expect((await app.inject({ method: 'GET', url: '/api/v1/people/linde-leerling', headers: as(sessions.get('schoolleiding')!, false) })).statusCode).toBe(404);
    });
    it('adds and changes people (school management only), with validation', async () => {
      const h = as(sessions.get('schoolleiding')!);
      const created = await app.inject({ method: 'POST', url: '/api/v1/people', headers: h, payload: { id: 'nieuw-1', name: 'Nieuwe Leerling', role: 'pupil', groupId: 'groep-3' } });
      expect(created.statusCode, created.body).toBe(201);
      expect((await app.inject({ method: 'PATCH', url: '/api/v1/people/nieuw-1', headers: h, payload: { groupId: 'groep-4' } })).statusCode).toBe(204);
      const bad = await app.inject({ method: 'POST', url: '/api/v1/people', headers: h, payload: { name: 'X', role: 'pupil', groupId: 'groep-99' } });
      expect(bad.statusCode).toBe(400);
      expect((await app.inject({ method: 'POST', url: '/api/v1/people', headers: as(sessions.get('medewerker')!), payload: { name: 'X', role: 'pupil' } })).statusCode).toBe(403);
    });
    it('imports a CSV with Dutch headers: a preview first, all rows or none, every bad row with its line', async () => {
      const h = { ...as(sessions.get('schoolleiding')!), 'content-type': 'text/csv' };
      const bad = 'leerlingnummer;voornaam;tussenvoegsel;achternaam;rol;groep\nimp-1;Ada;de;Boer;leerling;5\nimp-2;Bob;;Smit;directeur;5\nimp-3;Cas;;Vos;leerling;groep 12\n';
      const r = await app.inject({ method: 'POST', url: '/api/v1/people/import/preview?mode=merge', headers: h, payload: bad });
      expect(r.statusCode).toBe(400);
      expect(r.json().error.code).toBe('invalid_import');
      expect(r.json().error.details.map((d: { line: number }) => d.line)).toEqual([3, 4]);
      const refs = 'id,naam,rol,groep,ouder van\nimp-1,Ada de Boer,leerling,5,\nimp-p,Piet de Boer,ouder,,imp-1|bestaat-niet\n';
      const r2 = await app.inject({ method: 'POST', url: '/api/v1/people/import/preview?mode=merge', headers: h, payload: refs });
      expect(r2.statusCode).toBe(400);
      expect(r2.json().error.details).toEqual([expect.objectContaining({ line: 3 })]);
      // nothing of the failed imports landed
      expect((await app.inject({ method: 'GET', url: '/api/v1/people/imp-1', headers: as(sessions.get('schoolleiding')!, false) })).statusCode).toBe(404);
      const good = 'id,naam,rol,groep,ouder van\nimp-p,Piet de Boer,ouder,,imp-1\nimp-1,Ada de Boer,leerling,5,\n';
      const noToken = await app.inject({ method: 'POST', url: '/api/v1/people/import?mode=merge', headers: h, payload: good });
      expect(noToken.statusCode).toBe(400);
      expect(noToken.json().error.path).toBe('token');
      const preview = await app.inject({ method: 'POST', url: '/api/v1/people/import/preview?mode=merge', headers: h, payload: good });
      expect(preview.statusCode, preview.body).toBe(200);
      expect(preview.json().added.map((a: { id: string }) => a.id).sort()).toEqual(['imp-1', 'imp-p']);
      const ok = await app.inject({ method: 'POST', url: `/api/v1/people/import?mode=merge&token=${preview.json().token}`, headers: h, payload: good });
      expect(ok.statusCode, ok.body).toBe(200);
      expect(ok.json()).toMatchObject({ applied: true, added: 2, left: 0 });
      const again = await app.inject({ method: 'POST', url: `/api/v1/people/import?mode=merge&token=${preview.json().token}`, headers: h, payload: good });
      expect(again.statusCode).toBe(409);
    });
    it('erases a person on request of school management only, reporting what is retained', async () => {
      expect((await app.inject({ method: 'DELETE', url: '/api/v1/people/nieuw-1', headers: as(sessions.get('medewerker')!) })).statusCode).toBe(403);
      const r = await app.inject({ method: 'DELETE', url: '/api/v1/people/nieuw-1', headers: as(sessions.get('schoolleiding')!) });
      expect(r.statusCode, r.body).toBe(200);
      expect(r.json()).toMatchObject({ personId: 'nieuw-1', erased: expect.any(Array), retained: expect.any(Array) });
      const after = await app.inject({ method: 'GET', url: '/api/v1/people/nieuw-1', headers: as(sessions.get('schoolleiding')!, false) });
      expect(after.json().person.name).toMatch(/verwijderd/);
      expect((await app.inject({ method: 'DELETE', url: '/api/v1/people/linde-leerling', headers: as(sessions.get('schoolleiding')!) })).statusCode).toBe(404);
    });
    it('gives inzage to school management and to guardians for their own children', async () => {
      const own = (await store.db.select().from(guardianships)).find((g) => g.parentId === 'ouder-1')!.pupilId;
      const mine = await app.inject({ method: 'GET', url: `/api/v1/people/${own}/export`, headers: as(sessions.get('ouder')!, false) });
      expect(mine.statusCode).toBe(200);
      expect(mine.json()).toMatchObject({ person: { id: own }, guardians: expect.arrayContaining(['ouder-1']) });
      expect(mine.json().consentHistory.length).toBeGreaterThan(0);
      expect((await app.inject({ method: 'GET', url: '/api/v1/people/leerling-4/export', headers: as(sessions.get('ouder')!, false) })).statusCode).toBe(403);
      expect((await app.inject({ method: 'GET', url: `/api/v1/people/${own}/export`, headers: as(sessions.get('medewerker')!, false) })).statusCode).toBe(403);
    });
  });

  describe('drafts', () => {
    it('stores nothing for a check; saves a draft only when asked, for its author only', async () => {
      const count = async (): Promise<number> => (await store.db.select().from(drafts)).length;
      const before = await count();
      await app.inject({ method: 'POST', url: '/api/v1/checks', headers: as(sessions.get('ouder')!), payload: { text: 'Geheim concept over de Sterren' } });
      expect(await count()).toBe(before);
      const saved = await app.inject({ method: 'POST', url: '/api/v1/drafts', headers: as(sessions.get('ouder')!), payload: { request: { text: 'Mijn concept' } } });
      expect(saved.statusCode, saved.body).toBe(201);
      const id = saved.json().id;
      expect((await app.inject({ method: 'GET', url: '/api/v1/drafts', headers: as(sessions.get('ouder')!, false) })).json().drafts).toHaveLength(1);
      expect((await app.inject({ method: 'GET', url: '/api/v1/drafts', headers: as(sessions.get('medewerker')!, false) })).json().drafts).toHaveLength(0);
      expect((await app.inject({ method: 'DELETE', url: `/api/v1/drafts/${id}`, headers: as(sessions.get('medewerker')!) })).statusCode).toBe(404);
      expect((await app.inject({ method: 'DELETE', url: `/api/v1/drafts/${id}`, headers: as(sessions.get('ouder')!) })).statusCode).toBe(204);
    });
  });

  describe('groups and connections (A6)', () => {
    it('lists and adds groups', async () => {
      expect((await app.inject({ method: 'GET', url: '/api/v1/groups', headers: as(sessions.get('medewerker')!, false) })).json().groups).toHaveLength(8);
      expect((await app.inject({ method: 'POST', url: '/api/v1/groups', headers: as(sessions.get('schoolleiding')!), payload: { name: 'Schakelklas', year: 4 } })).statusCode).toBe(201);
      expect((await app.inject({ method: 'POST', url: '/api/v1/groups', headers: as(sessions.get('medewerker')!), payload: { name: 'X', year: 4 } })).statusCode).toBe(403);
    });
    it('refuses a staff connection with a pupil and records one with a parent', async () => {
      const teacher = as(sessions.get('medewerker')!);
      const pupil = await app.inject({ method: 'POST', url: '/api/v1/connections', headers: teacher, payload: { personId: 'leerling-5', platform: 'instagram' } });
      expect(pupil.statusCode).toBe(409);
      expect(pupil.json().result.findings.map((f: { rule: string }) => f.rule)).toContain('A6');
      const parent = await app.inject({ method: 'POST', url: '/api/v1/connections', headers: teacher, payload: { personId: 'ouder-3', platform: 'linkedin' } });
      expect(parent.statusCode, parent.body).toBe(201);
      expect((await app.inject({ method: 'GET', url: '/api/v1/connections', headers: as(sessions.get('medewerker')!, false) })).json().connections).toHaveLength(1);
      expect((await app.inject({ method: 'POST', url: '/api/v1/connections', headers: as(sessions.get('ouder')!), payload: { personId: 'leerling-5', platform: 'x' } })).statusCode).toBe(403);
    });
  });

  describe('A1 from the timetable', () => {
    // Monday 24 November 2025 is a Monday; 10:00 and 16:00 Amsterdam time (UTC+1)
    const monday10 = '2025-11-24T10:00:00+01:00';
    const monday16 = '2025-11-24T16:00:00+01:00';
    const saturday = '2025-11-29T10:00:00+01:00';
    const rules = (r: { json(): { findings: { rule: string; severity: string }[] } }): string[] => r.json().findings.filter((f) => f.severity !== 'info').map((f) => f.rule);
    it('decides the setting from the schedule when the draft leaves it out', async () => {
      const teacher = sessions.get('medewerker')!; // teaches groep 3
      const post = (postedAt: string) => app.inject({ method: 'POST', url: '/api/v1/checks', headers: as(teacher), payload: { text: 'Even een berichtje', postedAt } });
      expect(rules(await post(monday10))).toContain('A1');
      expect(rules(await post(monday16))).not.toContain('A1');
      expect(rules(await post(saturday))).not.toContain('A1');
      // an explicit setting wins
      const explicit = await app.inject({ method: 'POST', url: '/api/v1/checks', headers: as(teacher), payload: { text: 'Even een berichtje', postedAt: monday10, setting: 'private' } });
      expect(rules(explicit)).not.toContain('A1');
    });
    it('fills the setting from the schedule in a batch too, line by line', async () => {
      const teacher = sessions.get('medewerker')!;
      const lines = [JSON.stringify({ text: 'Even een berichtje', postedAt: '2025-11-24T10:30:00+01:00' }), JSON.stringify({ text: 'Even een berichtje', postedAt: saturday }), JSON.stringify({ text: 'x', postedAt: 'gisteren' })];
      const r = await app.inject({ method: 'POST', url: '/api/v1/checks/batch', headers: { ...as(teacher), 'content-type': 'application/x-ndjson' }, payload: lines.join('\n') });
      const out = r.body.trim().split('\n').map((l) => JSON.parse(l));
      expect(out[0].findings.map((f: { rule: string }) => f.rule)).toContain('A1');
      expect(out[1].findings.map((f: { rule: string }) => f.rule)).not.toContain('A1');
      expect(out[2]).toMatchObject({ error: { code: 'invalid_request', path: 'postedAt' }, line: 3 });
    });
    it('lets a teacher permit social media in their own lesson, which A1 then honours', async () => {
      const teacher = sessions.get('medewerker')!;
      const other = await app.inject({ method: 'POST', url: '/api/v1/lesson-permissions', headers: as(teacher), payload: { groupId: 'groep-7', startsAt: '2025-11-24T09:00:00+01:00', endsAt: '2025-11-24T11:00:00+01:00' } });
      expect(other.statusCode).toBe(403);
      const own = await app.inject({ method: 'POST', url: '/api/v1/lesson-permissions', headers: as(teacher), payload: { groupId: 'groep-3', startsAt: '2025-11-24T09:00:00+01:00', endsAt: '2025-11-24T11:00:00+01:00', platforms: ['klassenblog'] } });
      expect(own.statusCode, own.body).toBe(201);
      const r = await app.inject({ method: 'POST', url: '/api/v1/checks', headers: as(teacher), payload: { text: 'Even een berichtje', postedAt: monday10 } });
      expect(rules(r)).not.toContain('A1');
      expect((await app.inject({ method: 'POST', url: '/api/v1/lesson-permissions', headers: as(sessions.get('ouder')!), payload: { groupId: 'groep-3', startsAt: monday10, endsAt: monday16 } })).statusCode).toBe(403);
    });
  });

});
