/**
 * The post's context over HTTP: `people` filled from the registry with consent per channel,
 * only as far as the caller may read it. A parent's answer never depends on what the registry
 * holds about other families' children; a connection request names nobody; the timetable
 * gives A1 the lesson's end.
 */
import { describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { testBackends } from '../store/testing.js';
import { DEMO_SCHOOL_ID } from '../demo/seed.js';
import { rosterForCheck } from '../consent/service.js';
import { guardianships } from '../store/schema.js';
import type { ChannelConsent, Person } from '../check/types.js';
import { headers, useHarness } from './testing.js';

describe.each(testBackends())('the check’s context over HTTP on $name', (backend) => {
  let app: FastifyInstance;
  let roster: Person[];
  let own: Set<string>;
  const consentOf = (p: Person): ChannelConsent => (p.consent ?? {}) as ChannelConsent;

  const h = useHarness(backend, async () => {
    app = h.app;
    roster = await rosterForCheck(h.store.db, DEMO_SCHOOL_ID);
    own = new Set((await h.store.db.select().from(guardianships)).filter((g) => g.parentId === 'ouder-1').map((g) => g.pupilId));
  });

  const post = (role: string, payload: Record<string, unknown>) => app.inject({ method: 'POST', url: '/api/v1/checks', headers: headers(h.sessions.get(role)!), payload });
  /** The answer with a person's name and id replaced, to compare answers about two people. */
  const neutral = (body: string, p: Person): string => body.split(p.name).join('NAAM').split(p.name.split(' ')[0]!).join('NAAM').split(p.id).join('ID');

  it("gives a parent the same answer for a consenting and a non-consenting pupil who is not their child", async () => {
    const others = roster.filter((p) => p.role === 'pupil' && !own.has(p.id));
    const yes = others.find((p) => consentOf(p).social?.photo === true && consentOf(p)['parent-app']?.photo === true)!;
    const no = others.find((p) => consentOf(p).social?.photo !== true && consentOf(p)['parent-app']?.photo !== true && p.name.split(' ').length === yes.name.split(' ').length)!;
    expect(yes && no).toBeTruthy();
    // the same words for both (a name's own words may read differently): only the registry's data about the pupil differs
    const requests = (p: Person, name = yes.name): Record<string, unknown>[] => [
      { text: `Sportdag met ${name}!`, media: [{ type: 'photo', depicts: [p.id] }] },
      { text: `Sportdag met ${name}!`, media: [{ type: 'photo', depicts: [p.id], confirmed: [p.id] }], account: 'school', channel: 'parent-app' },
      { text: `Wat leuk, ${name} op het schoolplein!`, media: [{ type: 'photo', depicts: [], unidentified: 1 }] },
      { text: `${name} is een sukkel en heeft een 3 voor rekenen.` },
      { text: '', connect: { personId: p.id } },
      { text: 'Groep 3 danst!', account: 'school', channel: 'social', media: [{ type: 'video', depicts: [p.id] }], author: { role: 'staff' } },
    ];
    const a = requests(yes);
    const b = requests(no);
    for (let i = 0; i < a.length; i++) {
      const ra = await post('ouder', a[i]!);
      const rb = await post('ouder', b[i]!);
      expect(ra.statusCode, ra.body).toBe(rb.statusCode);
      expect(neutral(ra.body, yes)).toBe(neutral(rb.body, no));
    }
    // … in a saved draft
    for (let i = 0; i < a.length; i++) {
      const da = await app.inject({ method: 'POST', url: '/api/v1/drafts', headers: headers(h.sessions.get('ouder')!), payload: { request: a[i]! } });
      const db = await app.inject({ method: 'POST', url: '/api/v1/drafts', headers: headers(h.sessions.get('ouder')!), payload: { request: b[i]! } });
      expect(da.statusCode).toBe(db.statusCode);
      if (da.statusCode === 201) expect(neutral(JSON.stringify(da.json().result), yes)).toBe(neutral(JSON.stringify(db.json().result), no));
    }
    // … and in a batch
    const batch = async (reqs: Record<string, unknown>[]) => (await app.inject({ method: 'POST', url: '/api/v1/checks/batch', headers: { ...headers(h.sessions.get('ouder')!), 'content-type': 'application/x-ndjson' }, payload: reqs.map((r) => JSON.stringify(r)).join('\n') })).body;
    expect(neutral(await batch(a), yes)).toBe(neutral(await batch(b), no));
  });

  it('fills a parent’s own children with their consent per channel', async () => {
    const child = roster.find((p) => own.has(p.id) && consentOf(p)['parent-app']?.photo === true);
    const refused = roster.find((p) => own.has(p.id) && consentOf(p).website?.photo !== true);
    if (child) {
      const r = await post('ouder', { text: 'Onze klassenpagina', account: 'school', channel: 'parent-app', media: [{ type: 'photo', depicts: [child.id] }] });
      expect(r.json().findings.filter((f: { rule: string }) => f.rule === 'A5')).toEqual([]);
      // the school's consent does not cover the parent's own account: they confirm it themselves
      const personal = await post('ouder', { text: 'Mijn kind op de Sterren', media: [{ type: 'photo', depicts: [child.id] }] });
      expect(personal.json().verdict).toBe('blocked');
      const confirmed = await post('ouder', { text: 'Mijn kind op de Sterren', media: [{ type: 'photo', depicts: [child.id], confirmed: [child.id] }] });
      expect(confirmed.json().findings.filter((f: { rule: string }) => f.rule === 'A5')).toEqual([]);
    }
    if (refused) {
      const r = await post('ouder', { text: 'Website', account: 'school', channel: 'website', media: [{ type: 'photo', depicts: [refused.id] }] });
      expect(r.json().findings.find((f: { rule: string }) => f.rule === 'A5').people).toEqual([refused.id]);
    }
    expect(child ?? refused).toBeTruthy();
  });

  it('gives staff the registry with consent for the request’s account and channel', async () => {
    const pupils = roster.filter((p) => p.role === 'pupil');
    const web = pupils.find((p) => consentOf(p).website?.photo === true && consentOf(p).newsletter?.photo !== true)!;
    const r = (channel: string) => post('medewerker', { text: 'Proefjes in groep 3', setting: 'work', account: 'school', channel, media: [{ type: 'photo', depicts: [web.id] }] });
    const website = (await r('website')).json();
    expect(website.verdict, JSON.stringify(website)).toBe('allowed');
    const newsletter = (await r('newsletter')).json();
    expect(newsletter.verdict).toBe('blocked');
    expect(newsletter.findings.find((f: { rule: string }) => f.rule === 'A5').people).toEqual([web.id]);
    expect(newsletter.findings.map((f: { rule: string }) => f.rule)).not.toContain('B1');
  });

  it('answers a connection request without a name', async () => {
    const pupil = roster.find((p) => p.role === 'pupil')!;
    for (const role of ['medewerker', 'schoolleiding', 'ouder', 'leerling']) {
      const r = await post(role, { text: '', connect: { personId: pupil.id } });
      expect(r.statusCode).toBe(200);
      for (const part of pupil.name.split(' ').filter((w) => w.length > 2)) expect(r.body, role).not.toContain(part);
      if (role === 'medewerker' || role === 'schoolleiding') expect(r.json().findings.find((f: { rule: string }) => f.rule === 'A6').people).toEqual([pupil.id]);
    }
  });

  it('tells a teacher in a lesson how to give their group permission, and until when the lesson runs', async () => {
    const r = await post('medewerker', { text: 'Even een foto van de klas', postedAt: '2025-11-25T10:00:00+01:00' });
    const a1 = r.json().findings.find((f: { rule: string }) => f.rule === 'A1');
    expect(a1.fix).toContain('14:30');
    expect(a1.fix).toContain('Mijn groep');
  });

  it('documents the new fields in the OpenAPI document', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/api/docs/json' })).body;
    for (const field of ['account', 'channel', 'platform', 'confirmed', 'parent-app', 'edits', 'lessonUntil']) expect(doc).toContain(`${field}`);
  });
});
