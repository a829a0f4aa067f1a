/**
 * The open routes: the protocol in force, readable without logging in, in Dutch and
 * English, with version, approval date and every article; nothing of any person in it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../../store/testing.js';
import { ARTICLES } from '../../protocol/articles.js';
import { openHarness, type Harness } from '../testing.js';

describe.each(testBackends())('public protocol on $name', (backend) => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness(backend);
  }, 60_000);
  afterAll(async () => {
    await h?.close();
  });

  it('gives the whole protocol without a session, Dutch by default and English on request', async () => {
    const nl = await h.app.inject({ method: 'GET', url: '/api/public/protocol' });
    expect(nl.statusCode, nl.body).toBe(200);
    const body = nl.json();
    expect(body).toMatchObject({ lang: 'nl', school: { name: 'n.b.s. de Sterren' }, title: 'Protocol Sociale Media n.b.s. de Sterren' });
    expect(body.version).toMatch(/^psm-/);
    expect(body.articles.map((a: { id: string }) => a.id)).toEqual(ARTICLES.map((a) => a.id));
    expect(body.sections.map((s: { section: string }) => s.section)).toEqual(['U', 'D', 'A', 'B', 'C', 'S']);
    expect(body.closing).toMatch(/\(G\)MR/);
    expect(body.articles.find((a: { id: string }) => a.id === 'A5').automated).toBe(true);
    const en = (await h.app.inject({ method: 'GET', url: '/api/public/protocol?lang=en' })).json();
    expect(en.lang).toBe('en');
    expect(en.title).toBe('Social Media Protocol n.b.s. de Sterren');
    expect(en.version).toBe(body.version);
    // the same as the logged-in route says
    const inside = await h.as(h.sessions.get('ouder')!, { method: 'GET', url: '/api/v1/protocol' });
    expect(inside.json().version).toBe(body.version);
    expect(inside.json().articles.map((a: { text: string }) => a.text)).toEqual(body.articles.map((a: { text: string }) => a.text));
  });

  it('gives one article, and a Dutch 404 for one that does not exist', async () => {
    const a5 = await h.app.inject({ method: 'GET', url: '/api/public/protocol/a5?lang=en' });
    expect(a5.statusCode).toBe(200);
    expect(a5.json()).toMatchObject({ id: 'A5', section: 'A' });
    const none = await h.app.inject({ method: 'GET', url: '/api/public/protocol/Z9' });
    expect(none.statusCode).toBe(404);
    expect(none.json().error).toMatchObject({ code: 'unknown_article', message: 'Artikel "Z9" bestaat niet.' });
    const bad = await h.app.inject({ method: 'GET', url: '/api/public/protocol?lang=fr' });
    expect(bad.statusCode).toBe(400);
  });

  it('follows the school’s stored settings (the approval date school management set)', async () => {
    const l = h.sessions.get('schoolleiding')!;
    const r = await h.as(l, { method: 'PATCH', url: '/api/v1/school', payload: { approvalDate: '2026-09-15' } });
    expect(r.statusCode, r.body).toBe(200);
    const body = (await h.app.inject({ method: 'GET', url: '/api/public/protocol' })).json();
    expect(body.approvalDate).toBe('2026-09-15');
    expect(body.version).toMatch(/^psm-2026-09-15-/);
    expect(body.closing).toMatch(/15 september 2026/);
  });
});
