/**
 * The open routes: the protocol in force, readable without logging in, in Dutch and
 * English, with version, approval date and every article; nothing of any person in it.
 */
import { describe, expect, it } from 'vitest';
import { testBackends } from '../../store/testing.js';
import { ARTICLES } from '../../protocol/articles.js';
import { useHarness } from '../testing.js';
import { DEMO_SCHOOL_ID } from '../../demo/seed.js';
import { createDraft, editArticle, publishVersion, recordApproval } from '../../governance/versions.js';

describe.each(testBackends())('public protocol on $name', (backend) => {
  const h = useHarness(backend);

  it('gives the whole protocol without a session, Dutch by default and English on request', async () => {
    const nl = await h.app.inject({ method: 'GET', url: '/api/public/protocol' });
    expect(nl.statusCode, nl.body).toBe(200);
    const body = nl.json();
    expect(body).toMatchObject({ lang: 'nl', school: { name: 'n.b.s. de Sterren' }, title: 'Protocol Sociale Media n.b.s. de Sterren' });
    expect(body.version).toBe('de-sterren-v1'); // the version in force (governance)
    expect(body.approvalDate).toBe('2026-06-15');
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

  it('follows the version in force: a new version, published with the date the (G)MR consented', async () => {
    const draft = await createDraft(h.store.db, DEMO_SCHOOL_ID, 'acc-directie');
    await editArticle(h.store.db, DEMO_SCHOOL_ID, draft.id, 'acc-directie', 'A6', { nl: "Medewerkers worden geen 'vrienden' met leerlingen op sociale media, ook niet na schooltijd.", en: "Staff do not become 'friends' with pupils on social media, also not after school hours." });
    await recordApproval(h.store.db, DEMO_SCHOOL_ID, draft.id, 'acc-mr', { meetingDate: '2026-09-15', outcome: 'approved', minutesRef: 'Notulen MR 15-09-2026' });
    await publishVersion(h.store.db, DEMO_SCHOOL_ID, draft.id, 'acc-directie');
    const body = (await h.app.inject({ method: 'GET', url: '/api/public/protocol' })).json();
    expect(body.approvalDate).toBe('2026-09-15');
    expect(body.version).toBe('de-sterren-v2');
    expect(body.closing).toMatch(/15 september 2026/);
    expect(body.articles.find((a: { id: string }) => a.id === 'A6').text).toContain('ook niet na schooltijd');
    const pdf = await h.app.inject({ method: 'GET', url: '/api/public/protocol/pdf' });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
