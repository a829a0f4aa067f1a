import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { testBackends } from '../store/testing.js';
import type { Store } from '../store/db.js';
import { DEMO_SCHOOL_ID, seedDemo } from '../demo/seed.js';
import { protocolApprovals, protocolVersions, schools } from '../store/schema.js';
import { verifyAudit } from '../audit/log.js';
import { diffText, diffVersions } from './diff.js';
import { renderVersion } from './render.js';
import { versionPdf } from './pdf.js';
import { approvalState, approvalsOf, createDraft, discardDraft, editArticle, editDraft, listVersions, protocolInForce, publishVersion, recordApproval, resolveVersion, versionInForce } from './versions.js';

const NEW_A6 = {
  nl: "Het is medewerkers niet toegestaan om 'vrienden' te worden of elkaar te volgen met leerlingen op sociale media, ook niet na schooltijd.",
  en: "Staff may not become 'friends' with or follow pupils on social media, also not after school hours.",
};

describe.each(testBackends())('protocol versions on $name', (backend) => {
  let store: Store;
  beforeAll(async () => {
    store = await backend.open();
    await seedDemo(store.db, { demoAccounts: false });
  }, 60_000);
  afterAll(async () => {
    await store?.close();
  });

  it('starts the demo school at version 1 from the template, in force from its (G)MR date', async () => {
    const list = await listVersions(store.db, DEMO_SCHOOL_ID);
    expect(list).toHaveLength(1);
    const v1 = list[0]!;
    expect(v1).toMatchObject({ id: 'de-sterren-v1', number: 1, status: 'in_force', approvalDate: '2026-06-15' });
    expect(v1.articles.map((a) => a.id)).toContain('A6');
    expect(renderVersion(v1)).toContain('met instemming van de (G)MR op 15 juni 2026 tot stand gekomen');
    expect(approvalState(v1, await approvalsOf(store.db, v1.id)).state).toBe('approved');
    const inForce = await protocolInForce(store.db, DEMO_SCHOOL_ID);
    expect(inForce?.versionId).toBe('de-sterren-v1');
    expect(inForce?.school.approvalDate).toBe('2026-06-15');
  });

  it('drafts v2 article by article; only an approval of the exact content lets it be published', async () => {
    const draft = await createDraft(store.db, DEMO_SCHOOL_ID, 'acc-directie');
    expect(draft).toMatchObject({ id: 'de-sterren-v2', status: 'draft', basedOn: 'de-sterren-v1' });
    await expect(createDraft(store.db, DEMO_SCHOOL_ID, 'acc-directie')).rejects.toMatchObject({ code: 'conflict' });
    await editArticle(store.db, DEMO_SCHOOL_ID, draft.id, 'acc-directie', 'a6', NEW_A6);
    const edited = await editDraft(store.db, DEMO_SCHOOL_ID, draft.id, 'acc-directie', { params: { hashtags: ['desterren', 'nbsdesterren', 'sterrenkijkers'] } });
    expect(edited.summary.nl).toBe('Gewijzigd: artikel A6; hashtags en accounts.');
    expect(renderVersion(edited)).toContain('op [datum] tot stand gekomen');
    await expect(editDraft(store.db, DEMO_SCHOOL_ID, draft.id, 'x', { params: { name: '' } })).rejects.toMatchObject({ code: 'invalid_request', path: 'params.name' });

    await expect(publishVersion(store.db, DEMO_SCHOOL_ID, draft.id, 'acc-directie')).rejects.toMatchObject({ code: 'conflict' });
    await recordApproval(store.db, DEMO_SCHOOL_ID, draft.id, 'acc-mr', { meetingDate: '2026-11-20', outcome: 'approved', minutesRef: 'MR-notulen 2026-11, punt 4' });
    // a change after the approval makes it outdated
    await editArticle(store.db, DEMO_SCHOOL_ID, draft.id, 'acc-directie', 'A6', { ...NEW_A6, nl: `${NEW_A6.nl} Dit geldt ook voor oud-leerlingen.` });
    const afterEdit = await resolveVersion(store.db, DEMO_SCHOOL_ID, 'draft');
    expect(approvalState(afterEdit, await approvalsOf(store.db, draft.id)).state).toBe('outdated');
    await expect(publishVersion(store.db, DEMO_SCHOOL_ID, draft.id, 'acc-directie')).rejects.toMatchObject({ code: 'conflict' });
    await expect(discardDraft(store.db, DEMO_SCHOOL_ID, draft.id, 'acc-directie')).rejects.toMatchObject({ code: 'conflict' });
    await editArticle(store.db, DEMO_SCHOOL_ID, draft.id, 'acc-directie', 'A6', NEW_A6);
    await recordApproval(store.db, DEMO_SCHOOL_ID, draft.id, 'acc-mr', { meetingDate: '2026-11-24', outcome: 'approved', minutesRef: 'MR-notulen 2026-11b, punt 2' });

    const v2 = await publishVersion(store.db, DEMO_SCHOOL_ID, draft.id, 'acc-directie');
    expect(v2).toMatchObject({ status: 'in_force', approvalDate: '2026-11-24', publishedBy: 'acc-directie' });
    expect(renderVersion(v2)).toContain('op 24 november 2026 tot stand gekomen');
    expect((await resolveVersion(store.db, DEMO_SCHOOL_ID, '1')).status).toBe('superseded');
    expect((await versionInForce(store.db, DEMO_SCHOOL_ID))?.id).toBe('de-sterren-v2');
    const school = (await store.db.select().from(schools).where(eq(schools.id, DEMO_SCHOOL_ID)))[0]!;
    expect(school.profile).toMatchObject({ approvalDate: '2026-11-24', hashtags: ['desterren', 'nbsdesterren', 'sterrenkijkers'] });
    expect((await protocolInForce(store.db, DEMO_SCHOOL_ID))?.versionId).toBe('de-sterren-v2');
    expect((await verifyAudit(store.db)).ok).toBe(true);
  });

  it('keeps published versions immutable in the service and in the database', async () => {
    await expect(editArticle(store.db, DEMO_SCHOOL_ID, 'de-sterren-v2', 'x', 'A1', NEW_A6)).rejects.toMatchObject({ code: 'conflict' });
    await expect(store.db.update(protocolVersions).set({ articles: [] }).where(eq(protocolVersions.id, 'de-sterren-v2'))).rejects.toThrow();
    await expect(store.db.update(protocolVersions).set({ status: 'draft' }).where(eq(protocolVersions.id, 'de-sterren-v1'))).rejects.toThrow();
    await expect(store.db.delete(protocolVersions).where(eq(protocolVersions.id, 'de-sterren-v1'))).rejects.toThrow();
    await expect(store.db.update(protocolApprovals).set({ outcome: 'rejected' })).rejects.toThrow();
    // exactly one version in force per school
    await expect(store.db.execute(sql`update protocol_versions set status = 'in_force' where id = 'de-sterren-v1'`)).rejects.toThrow();
    const inForce = await store.db.select().from(protocolVersions).where(eq(protocolVersions.status, 'in_force'));
    expect(inForce.map((r) => r.id)).toEqual(['de-sterren-v2']);
  });

  it('diffs any two versions word by word and flags a changed article whose rule did not change', async () => {
    const v1 = await resolveVersion(store.db, DEMO_SCHOOL_ID, '1');
    const v2 = await resolveVersion(store.db, DEMO_SCHOOL_ID, '2');
    const d = diffVersions(v1, v2);
    expect(d.changed).toEqual(['A6']);
    expect(d.review).toEqual(['A6']);
    const a6 = d.articles.find((a) => a.id === 'A6')!;
    expect(a6.nl.filter((p) => p.added).map((p) => p.value.trim()).join(' ')).toContain('elkaar te volgen');
    expect(a6.nl.filter((p) => p.removed)).toEqual([]);
    expect(d.params.find((p) => p.key === 'hashtags')).toMatchObject({ changed: true });
    const text = diffText(d);
    expect(text).toContain('{+of elkaar te volgen+}');
    expect(text).toContain('Na te kijken: A6');
    // a rule that changed with its text is not flagged
    const fakeNewRule = { ...v2, ruleFingerprints: { ...v2.ruleFingerprints, A6: 'other' } };
    expect(diffVersions(v1, fakeNewRule).review).toEqual([]);
  });

  it('makes a PDF with the embedded font and the approval date', async () => {
    const v2 = await resolveVersion(store.db, DEMO_SCHOOL_ID, 'in-force');
    const pdf = await versionPdf(v2, 'nl');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1')).toMatch(/FontFile2/);
    expect(pdf.toString('latin1')).toMatch(/DejaVuSans/);
    expect(pdf.length).toBeGreaterThan(10_000);
  });

  it('lets a new draft be discarded while the (G)MR has not decided on it', async () => {
    const d = await createDraft(store.db, DEMO_SCHOOL_ID, 'acc-directie');
    expect(d.number).toBe(3);
    await discardDraft(store.db, DEMO_SCHOOL_ID, d.id, 'acc-directie');
    expect((await listVersions(store.db, DEMO_SCHOOL_ID)).map((v) => v.number)).toEqual([2, 1]);
  });
});
