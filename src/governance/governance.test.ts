/**
 * The demo of issue 12 through the API, on both backends: the school leader drafts version 2
 * with a changed article, the MR member records the approval, version 2 is published, the
 * diff is visible, parents are asked to acknowledge it, and a rescan of an imported archive
 * of 1,000 posts shows what version 2 flags.
 */
import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { testBackends } from '../store/testing.js';
import { useHarness, type Login } from '../api/testing.js';
import { mailOutbox } from '../store/schema.js';
import { demoArchive } from './demo-archive.js';
import type { RescanJob } from './rescan.js';

const A6 = {
  nl: "Het is medewerkers niet toegestaan om 'vrienden' te worden met of elkaar te volgen met leerlingen op sociale media, ook niet na schooltijd.",
  en: "Staff may not become 'friends' with or follow pupils on social media, also not after school hours.",
};

describe.each(testBackends())('governance through the API on $name', (backend) => {
  let directie: Login;
  let mr: Login;
  let ouder: Login;
  let leerkracht: Login;
  const h = useHarness(backend, async () => {
    directie = h.sessions.get('schoolleiding')!;
    mr = h.sessions.get('mr')!;
    ouder = h.sessions.get('ouder')!;
    leerkracht = h.sessions.get('medewerker')!;
  });

  it('drafts version 2, the MR approves it, the school leader publishes it, checks record it', async () => {
    const made = await h.as(directie, { method: 'POST', url: '/api/v1/protocol/versions', payload: {} });
    expect(made.statusCode, made.body).toBe(201);
    const id = made.json().id as string;
    expect(id).toBe('de-sterren-v2');
    // the draft is not for everyone's eyes
    expect((await h.as(leerkracht, { method: 'GET', url: `/api/v1/protocol/versions/${id}` })).statusCode).toBe(404);
    expect((await h.as(leerkracht, { method: 'GET', url: '/api/v1/protocol/versions' })).json().versions.map((v: { id: string }) => v.id)).toEqual(['de-sterren-v1']);
    expect((await h.as(mr, { method: 'GET', url: `/api/v1/protocol/versions/${id}` })).statusCode).toBe(200);

    const art = await h.as(directie, { method: 'PUT', url: `/api/v1/protocol/versions/${id}/articles/A6`, payload: A6 });
    expect(art.statusCode, art.body).toBe(200);
    const params = await h.as(directie, { method: 'PATCH', url: `/api/v1/protocol/versions/${id}`, payload: { params: { hashtags: ['desterren', 'nbsdesterren', 'basisschooldesterren', 'sterrenschool', 'sterrenkijkers'], aliases: ['nbs de Sterren', 'basisschool de Sterren', 'de Sterrenkijkers'] } } });
    expect(params.statusCode, params.body).toBe(200);
    expect(params.json().summary.nl).toBe('Gewijzigd: artikel A6; andere schrijfwijzen, hashtags en accounts.');
    expect((await h.as(directie, { method: 'PUT', url: `/api/v1/protocol/versions/${id}/articles/Z9`, payload: A6 })).statusCode).toBe(404);

    const early = await h.as(directie, { method: 'POST', url: `/api/v1/protocol/versions/${id}/publish`, payload: {} });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.messageEn).toMatch(/has not consented/);
    // only an MR member records the (G)MR's decision
    expect((await h.as(directie, { method: 'POST', url: `/api/v1/protocol/versions/${id}/approvals`, payload: { meetingDate: '2026-11-24', outcome: 'approved', minutesRef: 'Notulen' } })).statusCode).toBe(403);
    const approved = await h.as(mr, { method: 'POST', url: `/api/v1/protocol/versions/${id}/approvals`, payload: { meetingDate: '2026-11-24', outcome: 'approved', minutesRef: 'Notulen MR 24 november 2026, punt 5' } });
    expect(approved.statusCode, approved.body).toBe(201);
    expect(approved.json().version.approval).toBe('approved');
    expect((await h.as(mr, { method: 'POST', url: `/api/v1/protocol/versions/${id}/publish`, payload: {} })).statusCode).toBe(403);

    const published = await h.as(directie, { method: 'POST', url: `/api/v1/protocol/versions/${id}/publish`, payload: {} });
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json().version).toMatchObject({ status: 'in_force', approvalDate: '2026-11-24' });
    expect(published.json().acknowledgementRequests.sent).toBeGreaterThanOrEqual(3);
    const mails = await h.store.db.select().from(mailOutbox).where(eq(mailOutbox.kind, 'protocol-acknowledgement'));
    expect(mails.map((m) => m.to)).toEqual(expect.arrayContaining(['ouder@desterren.example', 'leerkracht@desterren.example']));
    expect(mails.some((m) => m.to === 'mr@desterren.example')).toBe(false);
    expect(mails[0]!.text).toContain('/protocol/bevestigen');

    const protocol = (await h.as(ouder, { method: 'GET', url: '/api/v1/protocol' })).json();
    expect(protocol).toMatchObject({ version: 'de-sterren-v2', number: 2, approvalDate: '2026-11-24' });
    expect(protocol.text).toContain('met instemming van de (G)MR op 24 november 2026 tot stand gekomen');
    expect(protocol.articles.find((a: { id: string }) => a.id === 'A6').text).toContain('ook niet na schooltijd');
    const checked = await h.as(ouder, { method: 'POST', url: '/api/v1/checks', payload: { text: 'Leuk feest bij #sterrenkijkers!' } });
    expect(checked.json().protocolVersion).toBe('de-sterren-v2');
    const batch = await h.as(ouder, { method: 'POST', url: '/api/v1/checks/batch', headers: { 'content-type': 'application/x-ndjson' }, payload: '{"text":"Hoi"}\n' });
    expect(JSON.parse(batch.body.trim()).protocolVersion).toBe('de-sterren-v2');
    // published: immutable
    expect((await h.as(directie, { method: 'PUT', url: `/api/v1/protocol/versions/${id}/articles/A6`, payload: A6 })).statusCode).toBe(409);
  });

  it('shows the diff word by word, with A6 to review', async () => {
    const d = await h.as(ouder, { method: 'GET', url: '/api/v1/protocol/diff?from=1&to=2' });
    expect(d.statusCode, d.body).toBe(200);
    expect(d.json()).toMatchObject({ changed: ['A6'], review: ['A6'] });
    const a6 = d.json().articles.find((a: { id: string }) => a.id === 'A6');
    expect(a6.nl.filter((p: { added?: boolean }) => p.added).map((p: { value: string }) => p.value).join('')).toContain('elkaar te volgen');
    expect(d.json().params.find((p: { key: string }) => p.key === 'hashtags').changed).toBe(true);
    const pdf = await h.as(ouder, { method: 'GET', url: '/api/v1/protocol/versions/in-force/pdf' });
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('asks staff and parents to acknowledge once; school management sees who has not per group, the MR totals only', async () => {
    const mine = (await h.as(ouder, { method: 'GET', url: '/api/v1/protocol/acknowledgement' })).json();
    expect(mine).toMatchObject({ version: { id: 'de-sterren-v2' }, required: true, confirmedAt: null, changed: ['A6'] });
    expect(mine.summary.nl).toContain('A6');
    expect((await h.as(mr, { method: 'GET', url: '/api/v1/protocol/acknowledgement' })).json().required).toBe(false);
    expect((await h.as(ouder, { method: 'POST', url: '/api/v1/protocol/acknowledgement', payload: { versionId: 'de-sterren-v1' } })).statusCode).toBe(409);
    const ok = await h.as(ouder, { method: 'POST', url: '/api/v1/protocol/acknowledgement', payload: { versionId: 'de-sterren-v2' } });
    expect(ok.json().confirmedAt).toEqual(expect.any(String));
    const again = await h.as(ouder, { method: 'POST', url: '/api/v1/protocol/acknowledgement', payload: { versionId: 'de-sterren-v2' } });
    expect(again.json().confirmedAt).toBe(ok.json().confirmedAt);

    const totals = (await h.as(mr, { method: 'GET', url: '/api/v1/protocol/acknowledgements' })).json();
    expect(totals).toEqual({ versionId: 'de-sterren-v2', totals: { total: 3, confirmed: 1, byRole: { staff: { total: 2, confirmed: 0 }, parent: { total: 1, confirmed: 1 } } } });
    const overview = (await h.as(directie, { method: 'GET', url: '/api/v1/protocol/acknowledgements' })).json();
    const groep3 = overview.groups.find((g: { groupId: string }) => g.groupId === 'groep-3');
    expect(groep3.notConfirmed.map((m: { name: string }) => m.name)).toContain('Thomas Kok');
    const groep1 = overview.groups.find((g: { groupId: string }) => g.groupId === 'groep-1');
    expect(groep1).toMatchObject({ total: 1, confirmed: 1, notConfirmed: [] });
    // reminded at publication: nobody is mailed again within 20 hours
    const reminders = (await h.as(directie, { method: 'POST', url: '/api/v1/protocol/acknowledgements/reminders' })).json();
    expect(reminders).toMatchObject({ versionId: 'de-sterren-v2', sent: 0, alreadyConfirmed: 1 });
    expect(reminders.skipped).toBeGreaterThanOrEqual(2);
  });

  it('rescans an archive of 1,000 posts under version 2, compared with version 1, as a job with progress', async () => {
    const job = await h.as(directie, { method: 'POST', url: '/api/v1/protocol/rescans', payload: { version: '2', compareTo: '1', format: 'csv', source: 'demo-archief.csv' } });
    expect(job.statusCode, job.body).toBe(201);
    expect(job.json()).toMatchObject({ status: 'waiting', versionId: 'de-sterren-v2', compareTo: 'de-sterren-v1' });
    const csv = [...demoArchive(1000, 'csv')].join('');
    const run = await h.as(directie, { method: 'PUT', url: `/api/v1/protocol/rescans/${job.json().id}/archive`, headers: { 'content-type': 'text/csv' }, payload: csv });
    expect(run.statusCode, run.body).toBe(200);
    const done = run.json() as RescanJob;
    expect(done).toMatchObject({ status: 'done', percent: 100, postsDone: 1000 });
    const report = done.report!;
    expect(report.posts).toBe(1000);
    expect(report.comparedWith?.versionId).toBe('de-sterren-v1');
    // the nickname version 2 adds makes parents' posts with #sterrenkijkers school-related: A2 and A7 flag more
    const a7 = report.articles.find((a) => a.article === 'A7')!;
    expect(a7.postsNew).toBeGreaterThan(0);
    expect(a7.posts).toBeGreaterThan(a7.postsBefore!);
    expect(a7.examples.some((e) => e.new && /achterlijk|idioten|puinhoop/.test(e.excerpt))).toBe(true);
    const a2 = report.articles.find((a) => a.article === 'A2')!;
    expect(a2.posts).toBeGreaterThan(0);
    // the report keeps at most 25 examples per article, and no whole posts beyond their excerpt
    expect(report.articles.every((a) => a.examples.length <= 25 && a.examples.every((e) => e.excerpt.length <= 170))).toBe(true);
    const again = await h.as(directie, { method: 'GET', url: `/api/v1/protocol/rescans/${done.id}` });
    expect(again.json().report.posts).toBe(1000);
    expect((await h.as(directie, { method: 'PUT', url: `/api/v1/protocol/rescans/${done.id}/archive`, headers: { 'content-type': 'text/csv' }, payload: csv })).statusCode).toBe(409);
    const list = (await h.as(directie, { method: 'GET', url: '/api/v1/protocol/rescans' })).json().rescans;
    expect(list[0]).toMatchObject({ id: done.id, status: 'done', report: null });
  });

  it('fails a rescan of an archive it cannot read, with the reason', async () => {
    const job = await h.as(directie, { method: 'POST', url: '/api/v1/protocol/rescans', payload: { format: 'json' } });
    const run = await h.as(directie, { method: 'PUT', url: `/api/v1/protocol/rescans/${job.json().id}/archive`, headers: { 'content-type': 'application/json' }, payload: '[{"text": "half' });
    expect(run.statusCode).toBe(200);
    expect(run.json()).toMatchObject({ status: 'failed', error: { code: 'invalid_import' } });
  });

  it('stores the report of an archive whose flagged posts hold a NUL character or a lone surrogate', async () => {
    const job = await h.as(directie, { method: 'POST', url: '/api/v1/protocol/rescans', payload: { format: 'jsonl' } });
    const archive = '{"text":"Daan is dom\\u0000"}\n{"text":"Wat een stomme \\ud800 kinderen zijn dat"}\n';
    const run = await h.as(directie, { method: 'PUT', url: `/api/v1/protocol/rescans/${job.json().id}/archive`, headers: { 'content-type': 'application/x-ndjson' }, payload: archive });
    expect(run.statusCode, run.body).toBe(200);
    expect(run.json()).toMatchObject({ status: 'done', report: { posts: 2 } });
    expect(JSON.stringify(run.json().report)).toContain('Daan is dom\ufffd');
  });

  it('re-checks a saved draft under the version in force in one call', async () => {
    const saved = await h.as(ouder, { method: 'POST', url: '/api/v1/drafts', payload: { request: { text: 'Ze zijn daar allemaal achterlijk #sterrenkijkers' } } });
    // pretend it was saved under version 1
    const id = saved.json().id;
    const re = await h.as(ouder, { method: 'POST', url: `/api/v1/drafts/${id}/recheck`, payload: { version: '1' } });
    expect(re.statusCode, re.body).toBe(200);
    expect(re.json().result.protocolVersion).toBe('de-sterren-v1');
    const now = await h.as(ouder, { method: 'POST', url: `/api/v1/drafts/${id}/recheck` });
    expect(now.json()).toMatchObject({ previous: { protocolVersion: 'de-sterren-v1' }, result: { protocolVersion: 'de-sterren-v2' } });
    expect(now.json().previous.verdict).not.toBe(now.json().result.verdict);
    expect(now.json().added.length).toBeGreaterThan(0);
    expect((await h.as(leerkracht, { method: 'POST', url: `/api/v1/drafts/${id}/recheck` })).statusCode).toBe(404);
  });
});
