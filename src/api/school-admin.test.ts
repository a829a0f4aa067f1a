/**
 * Running the school over the API: takedown tasks after revoked consent, the
 * school's protocol settings, the board, the lesson schedule and permissions (A1),
 * and the audit trail ("who saw this dossier").
 */
import { describe, expect, it } from 'vitest';
import { testBackends } from '../store/testing.js';
import { useHarness, type Login } from './testing.js';
import { login } from '../auth/accounts.js';

describe.each(testBackends())('running the school on $name', (backend) => {
  let directie: Login, leerkracht: Login, ouder: Login, bestuur: Login, mr: Login;
  const h = useHarness(backend, async () => {
    directie = h.sessions.get('schoolleiding')!;
    leerkracht = h.sessions.get('medewerker')!;
    ouder = h.sessions.get('ouder')!;
    bestuur = h.sessions.get('bestuur')!;
    mr = h.sessions.get('mr')!;
  });

  describe('takedown tasks', () => {
    it('appear when a parent revokes given consent, and are closed with what was done', async () => {
      const give = await h.as(ouder, { method: 'POST', url: '/api/v1/people/leerling-1/consent', payload: { medium: 'video', channel: 'social', granted: true } });
      expect(give.json().takedownTaskId).toBeUndefined();
      const revoke = await h.as(ouder, { method: 'POST', url: '/api/v1/people/leerling-1/consent', payload: { medium: 'video', channel: 'social', granted: false, note: 'Liever niet' } });
      const id = revoke.json().takedownTaskId as number;
      expect(id).toBeGreaterThan(0);

      const open = await h.as(leerkracht, { method: 'GET', url: '/api/v1/takedown-tasks?status=open' });
      const task = open.json().tasks.find((t: { id: number }) => t.id === id);
      expect(task).toMatchObject({ personId: 'leerling-1', personName: 'Sanne de Vries', medium: 'video', channel: 'social', status: 'open' });

      const noNote = await h.as(leerkracht, { method: 'PATCH', url: `/api/v1/takedown-tasks/${id}`, payload: { status: 'done' } });
      expect(noNote.statusCode).toBe(400);
      expect(noNote.json().error.path).toBe('note');
      const done = await h.as(leerkracht, { method: 'PATCH', url: `/api/v1/takedown-tasks/${id}`, payload: { status: 'done', note: 'Video van Instagram verwijderd.' } });
      expect(done.statusCode, done.body).toBe(204);
      const again = await h.as(directie, { method: 'PATCH', url: `/api/v1/takedown-tasks/${id}`, payload: { status: 'done', note: 'nog eens' } });
      expect(again.statusCode).toBe(409);
      expect(again.json().error.code).toBe('conflict');

      const all = await h.as(directie, { method: 'GET', url: '/api/v1/takedown-tasks' });
      expect(all.json().tasks.find((t: { id: number }) => t.id === id)).toMatchObject({ status: 'done', doneBy: 'medewerker-4', note: 'Video van Instagram verwijderd.' });
      const stillOpen = await h.as(directie, { method: 'GET', url: '/api/v1/takedown-tasks?status=open' });
      expect(stillOpen.json().tasks.map((t: { id: number }) => t.id)).not.toContain(id);
      expect((await h.as(directie, { method: 'GET', url: '/api/v1/takedown-tasks?status=misschien' })).statusCode).toBe(400);
    });
  });

  describe('the school’s protocol settings', () => {
    it('are read by everyone of the school and changed by school management, and the check uses them at once', async () => {
      const before = await h.as(ouder, { method: 'GET', url: '/api/v1/school' });
      expect(before.json().school).toMatchObject({ id: 'de-sterren', boardId: 'stichting-demo', profile: { shortName: 'de Sterren' } });
      const draft = { text: 'Wat een feest #sterrenfeest2026', setting: 'private' };
      expect((await h.as(ouder, { method: 'POST', url: '/api/v1/checks', payload: draft })).json().schoolRelated).toBe(false);

      const hashtags = [...before.json().school.profile.hashtags, 'sterrenfeest2026'];
      // the hashtags belong to the protocol in force: they change through a new version the (G)MR approves
      const refused = await h.as(directie, { method: 'PATCH', url: '/api/v1/school', payload: { hashtags } });
      expect(refused.statusCode, refused.body).toBe(409);
      expect(refused.json().error).toMatchObject({ code: 'conflict', path: 'hashtags' });
      const v = (await h.as(directie, { method: 'POST', url: '/api/v1/protocol/versions', payload: {} })).json();
      expect((await h.as(directie, { method: 'PATCH', url: `/api/v1/protocol/versions/${v.id}`, payload: { params: { hashtags } } })).statusCode).toBe(200);
      expect((await h.as(mr, { method: 'POST', url: `/api/v1/protocol/versions/${v.id}/approvals`, payload: { meetingDate: '2026-11-24', outcome: 'approved', minutesRef: 'Notulen MR' } })).statusCode).toBe(201);
      expect((await h.as(directie, { method: 'POST', url: `/api/v1/protocol/versions/${v.id}/publish`, payload: { notify: false } })).statusCode).toBe(200);
      expect((await h.as(ouder, { method: 'GET', url: '/api/v1/school' })).json().school.profile.hashtags).toContain('sterrenfeest2026');
      expect((await h.as(ouder, { method: 'POST', url: '/api/v1/checks', payload: draft })).json().schoolRelated).toBe(true);
      // settings outside the protocol still change directly
      const phones = await h.as(directie, { method: 'PATCH', url: '/api/v1/school', payload: { publicPhones: ['0570-612345', '0570-612346'] } });
      expect(phones.statusCode, phones.body).toBe(200);
      // a change to one setting leaves the others as they were (no defaults fill the patch)
      expect(phones.json().school.profile.aliases).toEqual(before.json().school.profile.aliases);
      expect(phones.json().school.profile.publicPhones).toEqual(['0570-612345', '0570-612346']);
    });
    it('refuse a bad setting with its field and keep what was there', async () => {
      const bad = await h.as(directie, { method: 'PATCH', url: '/api/v1/school', payload: { name: 'x' } });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error).toMatchObject({ code: 'invalid_request', path: 'name' });
      expect((await h.as(directie, { method: 'GET', url: '/api/v1/school' })).json().school.name).toBe('n.b.s. de Sterren');
      expect((await h.as(leerkracht, { method: 'PATCH', url: '/api/v1/school', payload: { shortName: 'Sterren' } })).statusCode).toBe(403);
    });
    it('show the board its own schools only', async () => {
      const r = await h.as(bestuur, { method: 'GET', url: '/api/v1/board' });
      expect(r.json()).toEqual({ board: { id: 'stichting-demo', name: 'Stichting Demo Onderwijs' }, schools: [{ id: 'de-sterren', name: 'n.b.s. de Sterren' }] });
    });
  });

  describe('the lesson schedule and A1', () => {
    // Saturday 6 December 2025, 10:00 in Amsterdam: no lessons in the demo schedule
    const saturday10 = '2025-12-06T10:00:00+01:00';
    const a1 = async (): Promise<boolean> => {
      const r = await h.as(leerkracht, { method: 'POST', url: '/api/v1/checks', payload: { text: 'Even een berichtje', postedAt: saturday10 } });
      return r.json().findings.some((f: { rule: string; severity: string }) => f.rule === 'A1' && f.severity !== 'info');
    };
    it('follows the schedule that school management keeps', async () => {
      expect(await a1()).toBe(false);
      const bad = await h.as(directie, { method: 'POST', url: '/api/v1/lessons', payload: { groupId: 'groep-3', teacherId: 'medewerker-4', weekday: 6, startsAt: '11:00', endsAt: '09:00' } });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.path).toBe('endsAt');
      const noTeacher = await h.as(directie, { method: 'POST', url: '/api/v1/lessons', payload: { groupId: 'groep-3', teacherId: 'ouder-1', weekday: 6, startsAt: '09:00', endsAt: '12:00' } });
      expect(noTeacher.statusCode).toBe(400);
      const added = await h.as(directie, { method: 'POST', url: '/api/v1/lessons', payload: { groupId: 'groep-3', teacherId: 'medewerker-4', weekday: 6, startsAt: '09:00', endsAt: '12:00' } });
      expect(added.statusCode, added.body).toBe(201);
      expect((await h.as(leerkracht, { method: 'GET', url: '/api/v1/lessons?group=groep-3' })).json().lessons.map((l: { id: number }) => l.id)).toContain(added.json().id);
      expect(await a1()).toBe(true);

      // the teacher permits social media in that lesson, and withdraws it again
      const permit = await h.as(leerkracht, { method: 'POST', url: '/api/v1/lesson-permissions', payload: { groupId: 'groep-3', startsAt: '2025-12-06T09:00:00+01:00', endsAt: '2025-12-06T12:00:00+01:00', platforms: ['klassenblog'] } });
      expect(permit.statusCode, permit.body).toBe(201);
      expect(await a1()).toBe(false);
      const listed = await h.as(directie, { method: 'GET', url: '/api/v1/lesson-permissions?group=groep-3' });
      expect(listed.json().permissions.find((p: { id: number }) => p.id === permit.json().id)).toMatchObject({ grantedBy: 'medewerker-4', platforms: ['klassenblog'] });
      expect((await h.as(leerkracht, { method: 'DELETE', url: `/api/v1/lesson-permissions/${permit.json().id}` })).statusCode).toBe(204);
      expect(await a1()).toBe(true);

      // a teacher cannot withdraw what school management granted; school management can
      const byDirectie = await h.as(directie, { method: 'POST', url: '/api/v1/lesson-permissions', payload: { groupId: 'groep-3', startsAt: '2025-12-06T09:00:00+01:00', endsAt: '2025-12-06T12:00:00+01:00' } });
      expect((await h.as(leerkracht, { method: 'DELETE', url: `/api/v1/lesson-permissions/${byDirectie.json().id}` })).statusCode).toBe(403);
      expect(await a1()).toBe(false);
      expect((await h.as(directie, { method: 'DELETE', url: `/api/v1/lesson-permissions/${byDirectie.json().id}` })).statusCode).toBe(204);

      expect((await h.as(directie, { method: 'DELETE', url: `/api/v1/lessons/${added.json().id}` })).statusCode).toBe(204);
      expect(await a1()).toBe(false);
      expect((await h.as(directie, { method: 'DELETE', url: `/api/v1/lessons/${added.json().id}` })).statusCode).toBe(404);
    });
  });

  describe('lesson permission for a teacher', () => {
    it('covers every lesson of that teacher, given by the teacher or school management', async () => {
      const tuesday10 = '2025-12-02T10:00:00+01:00';
      const a1 = async (): Promise<boolean> =>
        (await h.as(leerkracht, { method: 'POST', url: '/api/v1/checks', payload: { text: 'Kijk wat we maken!', postedAt: tuesday10 } })).json().findings.some((f: { rule: string; severity: string }) => f.rule === 'A1' && f.severity !== 'info');
      expect(await a1()).toBe(true);
      const window = { startsAt: '2025-12-02T08:30:00+01:00', endsAt: '2025-12-02T12:00:00+01:00' };
      expect((await h.as(leerkracht, { method: 'POST', url: '/api/v1/lesson-permissions', payload: { teacherId: 'medewerker-5', ...window } })).statusCode).toBe(403);
      const both = await h.as(leerkracht, { method: 'POST', url: '/api/v1/lesson-permissions', payload: { teacherId: 'medewerker-4', groupId: 'groep-3', ...window } });
      expect(both.statusCode).toBe(400);
      const neither = await h.as(leerkracht, { method: 'POST', url: '/api/v1/lesson-permissions', payload: window });
      expect(neither.json().error.path).toBe('groupId');
      const own = await h.as(leerkracht, { method: 'POST', url: '/api/v1/lesson-permissions', payload: { teacherId: 'medewerker-4', ...window } });
      expect(own.statusCode, own.body).toBe(201);
      expect(await a1()).toBe(false);
      expect((await h.as(directie, { method: 'DELETE', url: `/api/v1/lesson-permissions/${own.json().id}` })).statusCode).toBe(204);
      expect(await a1()).toBe(true);
      expect((await h.as(directie, { method: 'POST', url: '/api/v1/lesson-permissions', payload: { teacherId: 'medewerker-4', ...window } })).statusCode).toBe(201);
      expect(await a1()).toBe(false);
    });
  });

  describe('registry changes', () => {
    it('moves guardianship with PATCH guardianOf, and with it who may change consent', async () => {
      const parent = await h.as(directie, { method: 'POST', url: '/api/v1/people', payload: { id: 'pleegouder-1', name: 'Ria Pleeg', role: 'parent', guardianOf: ['leerling-10'] } });
      expect(parent.statusCode, parent.body).toBe(201);
      await h.as(directie, { method: 'POST', url: '/api/v1/accounts', payload: { email: 'ria@example.org', role: 'ouder', personId: 'pleegouder-1', password: 'ria-haar-wachtwoord' } });
      const ria = await h.login('ria@example.org', 'ria-haar-wachtwoord');
      const change = (id: string) => h.as(ria, { method: 'POST', url: `/api/v1/people/${id}/consent`, payload: { medium: 'photo', channel: 'website', granted: true } });
      expect((await change('leerling-10')).statusCode).toBe(200);
      expect((await change('leerling-11')).statusCode).toBe(403);
      const moved = await h.as(directie, { method: 'PATCH', url: '/api/v1/people/pleegouder-1', payload: { guardianOf: ['leerling-11'] } });
      expect(moved.statusCode, moved.body).toBe(204);
      expect((await change('leerling-10')).statusCode).toBe(403);
      expect((await change('leerling-11')).statusCode).toBe(200);
      const trail = await h.as(directie, { method: 'GET', url: '/api/v1/audit?subject=pleegouder-1' });
      expect(trail.json().entries.find((e: { action: string }) => e.action === 'person.update').detail).toMatchObject({ added: ['leerling-11'], removed: ['leerling-10'] });
      const notParent = await h.as(directie, { method: 'PATCH', url: '/api/v1/people/medewerker-5', payload: { guardianOf: ['leerling-11'] } });
      expect(notParent.json().error.path).toBe('guardianOf');
      const unknownChild = await h.as(directie, { method: 'PATCH', url: '/api/v1/people/pleegouder-1', payload: { guardianOf: ['leerling-999'] } });
      expect(unknownChild.statusCode).toBe(400);
      // erasing the parent ends their session at once
      expect((await h.as(directie, { method: 'DELETE', url: '/api/v1/people/pleegouder-1' })).statusCode).toBe(200);
      expect((await h.as(ria, { method: 'GET', url: '/api/v1/session' })).statusCode).toBe(401);
    });
    it('renames groups and removes only empty ones', async () => {
      expect((await h.as(directie, { method: 'PATCH', url: '/api/v1/groups/groep-1', payload: { name: 'Groep 1 (kleuters)' } })).statusCode).toBe(204);
      const groups = (await h.as(leerkracht, { method: 'GET', url: '/api/v1/groups' })).json().groups;
      expect(groups.find((g: { id: string }) => g.id === 'groep-1').name).toBe('Groep 1 (kleuters)');
      const full = await h.as(directie, { method: 'DELETE', url: '/api/v1/groups/groep-1' });
      expect(full.statusCode).toBe(409);
      expect(full.json().error.message).toMatch(/leerlingen of lessen/);
      expect((await h.as(directie, { method: 'POST', url: '/api/v1/groups', payload: { id: 'groep-1', name: 'Dubbel', year: 1 } })).statusCode).toBe(409);
      expect((await h.as(directie, { method: 'PATCH', url: '/api/v1/groups/groep-1', payload: {} })).statusCode).toBe(400);
    });
    it('lets staff remove their own connections only', async () => {
      const made = await h.as(leerkracht, { method: 'POST', url: '/api/v1/connections', payload: { personId: 'ouder-20', platform: 'facebook' } });
      expect(made.statusCode).toBe(201);
      const id = (await h.as(leerkracht, { method: 'GET', url: '/api/v1/connections' })).json().connections.find((c: { personId: string }) => c.personId === 'ouder-20').id;
      await h.as(directie, { method: 'POST', url: '/api/v1/accounts', payload: { email: 'collega@desterren.example', role: 'medewerker', personId: 'medewerker-5', password: 'collega-wachtwoord' } });
      const colleague = await h.login('collega@desterren.example', 'collega-wachtwoord');
      expect((await h.as(colleague, { method: 'DELETE', url: `/api/v1/connections/${id}` })).statusCode).toBe(404);
      expect((await h.as(leerkracht, { method: 'DELETE', url: `/api/v1/connections/${id}` })).statusCode).toBe(204);
      expect((await h.as(leerkracht, { method: 'GET', url: '/api/v1/connections' })).json().connections.map((c: { id: number }) => c.id)).not.toContain(id);
    });
  });

  describe('accounts', () => {
    it('are created by school management for the right kind of person, with a password shown once', async () => {
      const child = 'leerling-7';
      const parent = (await h.as(directie, { method: 'GET', url: `/api/v1/people/${child}/export` })).json().guardians[0] as string;
      const created = await h.as(directie, { method: 'POST', url: '/api/v1/accounts', payload: { email: 'Nieuwe.Ouder@Example.org', role: 'ouder', personId: parent } });
      expect(created.statusCode, created.body).toBe(201);
      const { id, temporaryPassword } = created.json();
      expect(temporaryPassword).toMatch(/^[A-Za-z0-9_-]{16}$/);
      const session = await h.login('nieuwe.ouder@example.org', temporaryPassword);
      // a temporary password is changed first; until then other routes refuse
      expect((await h.as(session, { method: 'GET', url: `/api/v1/people/${child}/consent` })).json().error.code).toBe('password_change_required');
      expect((await h.as(session, { method: 'PUT', url: '/api/v1/session/password', payload: { current: temporaryPassword, password: 'een-eigen-wachtwoord' } })).statusCode).toBe(204);
      expect((await h.as(session, { method: 'GET', url: `/api/v1/people/${child}/consent` })).statusCode).toBe(200);
      expect((await h.as(session, { method: 'GET', url: '/api/v1/people/leerling-1/consent' })).statusCode).toBe(403);
      const listed = await h.as(directie, { method: 'GET', url: '/api/v1/accounts' });
      expect(listed.json().accounts.find((a: { id: string }) => a.id === id)).toEqual({ id, email: 'nieuwe.ouder@example.org', role: 'ouder', personId: parent, locked: false, recentFailures: 0, mustChangePassword: false });
      expect(listed.body).not.toMatch(/argon2|passwordHash/);

      const twice = await h.as(directie, { method: 'POST', url: '/api/v1/accounts', payload: { email: 'nieuwe.ouder@example.org', role: 'ouder', personId: parent } });
      expect(twice.statusCode).toBe(409);
      const wrongKind = await h.as(directie, { method: 'POST', url: '/api/v1/accounts', payload: { email: 'x@example.org', role: 'ouder', personId: 'medewerker-5' } });
      expect(wrongKind.json().error).toMatchObject({ code: 'invalid_request', path: 'personId' });
      const noPerson = await h.as(directie, { method: 'POST', url: '/api/v1/accounts', payload: { email: 'y@example.org', role: 'leerling' } });
      expect(noPerson.json().error.path).toBe('personId');
      const weak = await h.as(directie, { method: 'POST', url: '/api/v1/accounts', payload: { email: 'z@example.org', role: 'bestuur', password: 'kort' } });
      expect(weak.json().error.path).toBe('password');

      // wrong passwords for it from many addresses: the list shows the account is slowed down (never locked)
      for (let i = 0; i < 51; i++) await login(h.store.db, 'nieuwe.ouder@example.org', 'fout', { address: `198.51.100.${i}` });
      const slowed = (await h.as(directie, { method: 'GET', url: '/api/v1/accounts' })).json().accounts.find((a: { id: string }) => a.id === id);
      expect(slowed).toMatchObject({ locked: true, recentFailures: 51 });
      expect((await login(h.store.db, 'nieuwe.ouder@example.org', 'een-eigen-wachtwoord', { address: '203.0.113.9' })).ok).toBe(false);

      // removing the account ends its session at once
      expect((await h.as(directie, { method: 'DELETE', url: `/api/v1/accounts/${id}` })).statusCode).toBe(204);
      expect((await h.as(session, { method: 'GET', url: '/api/v1/session' })).statusCode).toBe(401);
      expect((await h.as(directie, { method: 'DELETE', url: '/api/v1/accounts/acc-directie' })).statusCode).toBe(403);
    });
    it('let everyone change their own password, ending their other sessions', async () => {
      await h.as(directie, { method: 'POST', url: '/api/v1/accounts', payload: { email: 'mr2@desterren.example', role: 'mr', personId: 'ouder-11', password: 'eerste-wachtwoord' } });
      const here = await h.login('mr2@desterren.example', 'eerste-wachtwoord');
      const elsewhere = await h.login('mr2@desterren.example', 'eerste-wachtwoord');
      const wrong = await h.as(here, { method: 'PUT', url: '/api/v1/session/password', payload: { current: 'fout', password: 'tweede-wachtwoord' } });
      expect(wrong.json().error).toMatchObject({ code: 'invalid_request', path: 'current' });
      const ok = await h.as(here, { method: 'PUT', url: '/api/v1/session/password', payload: { current: 'eerste-wachtwoord', password: 'tweede-wachtwoord' } });
      expect(ok.statusCode, ok.body).toBe(204);
      expect((await h.as(here, { method: 'GET', url: '/api/v1/session' })).statusCode).toBe(200);
      expect((await h.as(elsewhere, { method: 'GET', url: '/api/v1/session' })).statusCode).toBe(401);
      expect((await h.app.inject({ method: 'POST', url: '/api/v1/session', payload: { email: 'mr2@desterren.example', password: 'eerste-wachtwoord' } })).statusCode).toBe(401);
      await h.login('mr2@desterren.example', 'tweede-wachtwoord');
    });
  });

  describe('the audit trail', () => {
    it('shows school management who saw a pupil’s records, and logs that look too', async () => {
      await h.as(ouder, { method: 'GET', url: '/api/v1/people/leerling-1/consent' });
      await h.as(leerkracht, { method: 'GET', url: '/api/v1/people/leerling-1' });
      const trail = await h.as(directie, { method: 'GET', url: '/api/v1/audit?subject=leerling-1' });
      expect(trail.statusCode).toBe(200);
      const seen = trail.json().entries.map((e: { actor: string; action: string }) => `${e.actor} ${e.action}`);
      expect(seen).toEqual(expect.arrayContaining(['acc-ouder consent.read', 'acc-leerkracht person.read']));
      const again = await h.as(directie, { method: 'GET', url: '/api/v1/audit?subject=leerling-1' });
      expect(again.json().entries.at(-1)).toMatchObject({ actor: 'acc-directie', action: 'audit.read' });
      expect((await h.as(directie, { method: 'GET', url: '/api/v1/audit' })).statusCode).toBe(400);
      const verify = await h.as(bestuur, { method: 'GET', url: '/api/v1/audit/verify' });
      expect(verify.json()).toMatchObject({ ok: true, head: expect.stringMatching(/^[0-9a-f]{64}$/) });
      expect(verify.json().entries).toBeGreaterThan(5);
    });
  });
});
