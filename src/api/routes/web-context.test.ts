/** The setting the check page shows, and a parent's own children. */
import { describe, expect, it } from 'vitest';
import { testBackends } from '../../store/testing.js';
import { useHarness } from '../testing.js';

describe.each(testBackends())('web context routes on $name', (backend) => {
  const h = useHarness(backend);

  it('gives the setting the check takes from the timetable, as the check itself takes it', async () => {
    const teacher = h.sessions.get('medewerker')!;
    const lessons = (await h.as(teacher, { method: 'GET', url: '/api/v1/lessons?group=groep-3' })).json().lessons as { weekday: number; startsAt: string }[];
    expect(lessons.length).toBeGreaterThan(0);
    // a Tuesday in December 2026 (1 December is a Tuesday), in a lesson of groep 3 when there is one
    const tuesday = lessons.find((l) => l.weekday === 2) ?? lessons[0]!;
    const day = String(1 + ((tuesday.weekday - 2 + 7) % 7)).padStart(2, '0');
    const at = `2026-12-${day}T${tuesday.startsAt.slice(0, 5)}:00+01:00`;
    const s = (await h.as(teacher, { method: 'GET', url: `/api/v1/check-setting?postedAt=${encodeURIComponent(at)}` })).json();
    expect(s).toMatchObject({ setting: 'lesson', groupId: 'groep-3', groupName: expect.any(String) });
    const evening = (await h.as(teacher, { method: 'GET', url: `/api/v1/check-setting?postedAt=${encodeURIComponent('2026-12-01T21:00:00+01:00')}` })).json();
    expect(evening).toMatchObject({ setting: 'private', lessonPermission: false, groupId: null });
    const parent = (await h.as(h.sessions.get('ouder')!, { method: 'GET', url: `/api/v1/check-setting?postedAt=${encodeURIComponent(at)}` })).json();
    expect(parent.setting).toBe('private');
    expect((await h.as(teacher, { method: 'GET', url: '/api/v1/check-setting?postedAt=gisteren' })).statusCode).toBe(400);
  });

  it('lists a parent’s own children and nobody else’s', async () => {
    const r = await h.as(h.sessions.get('ouder')!, { method: 'GET', url: '/api/v1/my/children' });
    expect(r.statusCode).toBe(200);
    const { children } = r.json();
    expect(children.map((c: { id: string }) => c.id)).toEqual(['leerling-1']);
    expect(children[0]).toMatchObject({ name: expect.any(String), groupId: expect.any(String) });
    const other = await h.as(h.sessions.get('ouder-andere-school')!, { method: 'GET', url: '/api/v1/my/children' });
    expect(other.json().children.map((c: { id: string }) => c.id)).toEqual(['linde-leerling']);
    expect((await h.as(h.sessions.get('medewerker')!, { method: 'GET', url: '/api/v1/my/children' })).statusCode).toBe(403);
  });
});

describe.each(testBackends())('takedown status on $name', (backend) => {
  const h = useHarness(backend);

  it('shows a parent the takedown a revocation created, open and then done, without the staff note', async () => {
    const parent = h.sessions.get('ouder')!;
    const give = await h.as(parent, { method: 'POST', url: '/api/v1/people/leerling-1/consent', payload: { medium: 'video', channel: 'website', granted: true } });
    expect(give.statusCode, give.body).toBe(200);
    const revoke = (await h.as(parent, { method: 'POST', url: '/api/v1/people/leerling-1/consent', payload: { medium: 'video', channel: 'website', granted: false } })).json();
    expect(revoke.takedownTaskId).toBeGreaterThan(0);
    let status = (await h.as(parent, { method: 'GET', url: '/api/v1/people/leerling-1/takedown-status' })).json();
    expect(status.tasks[0]).toMatchObject({ id: revoke.takedownTaskId, medium: 'video', channel: 'website', status: 'open', doneAt: null });
    const done = await h.as(h.sessions.get('medewerker')!, { method: 'PATCH', url: `/api/v1/takedown-tasks/${revoke.takedownTaskId}`, payload: { status: 'done', note: 'Video van de website gehaald' } });
    expect(done.statusCode, done.body).toBe(204);
    const r = await h.as(parent, { method: 'GET', url: '/api/v1/people/leerling-1/takedown-status' });
    status = r.json();
    expect(status.tasks[0]).toMatchObject({ status: 'done', doneAt: expect.any(String) });
    expect(r.body).not.toMatch(/website gehaald|medewerker-/);
    expect((await h.as(parent, { method: 'GET', url: '/api/v1/people/leerling-2/takedown-status' })).statusCode).toBe(403);
  });
});
