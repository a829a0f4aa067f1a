import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, statSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq, gt, sql } from 'drizzle-orm';
import type { Store } from '../store/db.js';
import { testBackends } from '../store/testing.js';
import { auditLog } from '../store/schema.js';
import { appendAudit, entryHash, verifyAudit } from './log.js';
import { AuditAnchor, loadOrCreateKey } from './anchor.js';

describe('the audit key', () => {
  it('is created once, 0600, and read back the same', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sw-key-'));
    const path = join(dir, 'sub', 'audit.key');
    const a = loadOrCreateKey(path);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(loadOrCreateKey(path).equals(a)).toBe(true);
    writeFileSync(path, 'geen sleutel');
    expect(() => loadOrCreateKey(path)).toThrow(/ongeldig/);
  });
});

describe.each(testBackends())('anchored audit log on $name', (backend) => {
  let store: Store;
  let dir: string;
  const open = (): AuditAnchor => AuditAnchor.open(store.db, { keyFile: join(dir, 'audit.key'), checkpointFile: join(dir, 'checkpoints') });
  beforeAll(async () => {
    store = await backend.open();
    dir = mkdtempSync(join(tmpdir(), 'sw-anchor-'));
  }, 60_000);
  afterAll(async () => {
    await store?.close();
  });

  it('notices the newest entries removed, and a rewrite that recomputes every later hash', async () => {
    const anchor = open();
    for (let i = 0; i < 5; i++) await appendAudit(store.db, { actor: 'acc-1', action: 'people.read', subject: `p${i}` });
    const c1 = await anchor.checkpoint();
    expect(c1).toBeDefined();
    expect(await anchor.checkpoint()).toBeUndefined(); // nothing new: no new line
    for (let i = 5; i < 8; i++) await appendAudit(store.db, { actor: 'acc-1', action: 'people.read', subject: `p${i}` });
    await anchor.checkpoint();
    expect(await anchor.verify()).toMatchObject({ ok: true, checkpoints: 2 });

    // roll back the head: the chain alone still verifies, the anchor does not
    const rows = await store.db.select().from(auditLog).orderBy(auditLog.id);
    const cut = rows.slice(-2);
    await store.db.delete(auditLog).where(gt(auditLog.id, rows[rows.length - 3]!.id));
    expect((await verifyAudit(store.db)).ok).toBe(true);
    const rolledBack = await open().verify();
    expect(rolledBack.ok).toBe(false);
    expect(rolledBack.reason).toMatch(/removed/);
    // put them back as they were
    for (const r of cut) await store.db.insert(auditLog).values(r);
    expect((await open().verify()).ok).toBe(true);

    // rewrite entry 2 and recompute every later hash: the chain verifies, the anchor does not
    let prev = rows[0]!.hash;
    for (const r of rows.slice(1)) {
      const detail = r.id === rows[1]!.id ? { forged: true } : r.detail;
      const hash = entryHash(prev, { at: new Date(r.at).toISOString(), actor: r.actor, action: r.action, subject: r.subject, detail });
      await store.db.update(auditLog).set({ detail, prevHash: prev, hash }).where(eq(auditLog.id, r.id));
      prev = hash;
    }
    expect((await verifyAudit(store.db)).ok).toBe(true);
    const rewritten = await open().verify();
    expect(rewritten.ok).toBe(false);
    expect(rewritten.reason).toMatch(/rewritten/);
  });

  it('refuses a forged or altered checkpoint line', async () => {
    const file = join(dir, 'checkpoints');
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    const last = JSON.parse(lines[lines.length - 1]!) as { id: number; hash: string; at: string; mac: string };
    appendFileSync(file, `${JSON.stringify({ ...last, id: last.id + 1000 })}\n`);
    const forged = await open().verify();
    expect(forged.ok).toBe(false);
    expect(forged.reason).toMatch(/signature/);
    writeFileSync(file, `${lines.join('\n')}\nniet een controlepunt\n${lines[0]}\n`);
    expect((await open().verify()).reason).toMatch(/altered/);
  });

  it('stays one chain under concurrent appends', async () => {
    await store.db.execute(sql`delete from audit_log`);
    await Promise.all(Array.from({ length: 40 }, (_, i) => appendAudit(store.db, { actor: 'acc-2', action: 'people.read', subject: `q${i}` })));
    expect(await verifyAudit(store.db)).toMatchObject({ ok: true, entries: 40 });
  });
});
