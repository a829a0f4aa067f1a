/**
 * The audit log: every change to personal data and every read of a sensitive
 * record is appended here. Entries are hash-chained (each hash covers the previous
 * hash and the entry), so `verify` detects a changed, inserted or deleted entry.
 */
import { createHash } from 'node:crypto';
import { asc, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../store/db.js';
import { auditLog } from '../store/schema.js';

export const GENESIS = '0'.repeat(64);

export interface AuditEntry {
  actor: string;
  action: string;
  subject: string;
  detail?: Record<string, unknown>;
}

function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.keys(v as object)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
}

export function entryHash(prevHash: string, e: { at: string; actor: string; action: string; subject: string; detail: unknown }): string {
  return createHash('sha256').update(prevHash).update(canonical({ at: e.at, actor: e.actor, action: e.action, subject: e.subject, detail: e.detail })).digest('hex');
}

/**
 * Append one entry. Call it inside the transaction that makes the change, so both land
 * or neither; called on its own (a read), it opens its own transaction. Either way the
 * advisory lock serialises appenders until the end of the outermost transaction, so the
 * chain never forks, also with concurrent requests on a PostgreSQL server.
 */
export async function appendAudit(db: Db, e: AuditEntry): Promise<void> {
  // inside a transaction this is a savepoint; outside it, a transaction of its own
  await db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    await t.execute(sql`select pg_advisory_xact_lock(727274)`);
    const last = await t.select({ hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.id)).limit(1);
    const prevHash = last[0]?.hash ?? GENESIS;
    const at = new Date();
    const detail = e.detail ?? {};
    const hash = entryHash(prevHash, { at: at.toISOString(), actor: e.actor, action: e.action, subject: e.subject, detail });
    await t.insert(auditLog).values({ at, actor: e.actor, action: e.action, subject: e.subject, detail, prevHash, hash });
  });
  for (const l of appendListeners) l();
}

/** Told after every append (the anchor checkpoints the committed head soon after: anchor.ts). */
const appendListeners = new Set<() => void>();
export function onAuditAppend(listener: () => void): () => void {
  appendListeners.add(listener);
  return () => appendListeners.delete(listener);
}

export interface VerifyResult {
  ok: boolean;
  entries: number;
  /** The first entry (by id) where the chain breaks. */
  brokenAt?: number;
  reason?: string;
  /**
   * The hash of the last entry. Chaining cannot show that the newest entries were cut
   * off; comparing this head with one noted earlier (printed by `audit verify`) can.
   */
  head?: string;
}

export async function verifyAudit(db: Db): Promise<VerifyResult> {
  const rows = await db.select().from(auditLog).orderBy(asc(auditLog.id));
  let prev = GENESIS;
  for (const r of rows) {
    if (r.prevHash !== prev) return { ok: false, entries: rows.length, brokenAt: r.id, reason: 'an entry before it was changed or deleted' };
    const h = entryHash(prev, { at: new Date(r.at).toISOString(), actor: r.actor, action: r.action, subject: r.subject, detail: r.detail });
    if (h !== r.hash) return { ok: false, entries: rows.length, brokenAt: r.id, reason: 'the entry was changed' };
    prev = r.hash;
  }
  return { ok: true, entries: rows.length, head: prev };
}

/** Everything the log holds about one subject (who saw or changed their records), oldest first. */
export async function auditTrail(db: Db, subject: string): Promise<(typeof auditLog.$inferSelect)[]> {
  return db.select().from(auditLog).where(eq(auditLog.subject, subject)).orderBy(asc(auditLog.id));
}
