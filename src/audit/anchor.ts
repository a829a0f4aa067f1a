/**
 * Anchoring the audit log outside the database.
 *
 * The hash chain (log.ts) shows a changed, inserted or deleted entry — but someone who can
 * write the database can also cut off the newest entries, or rewrite an entry and recompute
 * every later hash, and the chain still verifies. So the service writes signed checkpoints:
 *
 * - an HMAC-SHA-256 key held outside the database (config AUDIT_KEY_FILE, by default beside
 *   DATA_DIR; created with 32 random bytes and mode 0600 on first start);
 * - every few seconds after a change (and at shutdown), a checkpoint line — the id and hash
 *   of the newest committed entry, the time, and an HMAC over them — appended to a separate
 *   append-only file (AUDIT_CHECKPOINT_FILE), never rewritten;
 * - `verify` checks every checkpoint's MAC and that the database still holds, at each
 *   checkpoint's id, the entry with that hash. A cut-off head or a rewritten entry before
 *   the last checkpoint no longer matches; a forged checkpoint needs the key.
 *
 * What it does not cover (README, "Audit trail"): changes made within the last checkpoint
 * interval before the checkpoint was written; an attacker who holds both the database and the
 * key file (keep the key file on another volume or host, readable by the service only); and the
 * checkpoint file being truncated by someone with write access to it (make it append-only with
 * `chattr +a`, or ship its lines to a log host).
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { appendFileSync, mkdirSync, openSync, closeSync, readFileSync, writeSync, chmodSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { desc, inArray } from 'drizzle-orm';
import type { Db } from '../store/db.js';
import { auditLog } from '../store/schema.js';
import { SterrenwachtError } from '../errors.js';

export interface Checkpoint {
  /** Id and hash of the newest entry at the time. */
  id: number;
  hash: string;
  at: string;
  mac: string;
}

export interface AnchorResult {
  ok: boolean;
  checkpoints: number;
  /** The newest checkpoint that matched. */
  last?: { id: number; hash: string; at: string };
  /** What does not match, when not ok. */
  reason?: string;
  /** The entry id where the database no longer matches a checkpoint. */
  brokenAt?: number;
}

/** Read the key, or create it (32 random bytes, hex, mode 0600) when the file does not exist yet. */
export function loadOrCreateKey(path: string): Buffer {
  try {
    const hex = readFileSync(path, 'utf8').trim();
    if (!/^[0-9a-f]{64}$/.test(hex)) throw new SterrenwachtError('invalid_config', `Het sleutelbestand van het auditlog (${path}) is ongeldig.`, `The audit key file (${path}) is invalid.`);
    const mode = statSync(path).mode & 0o077;
    if (mode !== 0) chmodSync(path, 0o600);
    return Buffer.from(hex, 'hex');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  mkdirSync(dirname(path), { recursive: true });
  const key = randomBytes(32);
  // 'wx': never overwrite a key another process created at the same moment
  try {
    const fd = openSync(path, 'wx', 0o600);
    writeSync(fd, `${key.toString('hex')}\n`);
    closeSync(fd);
    return key;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return loadOrCreateKey(path);
    throw e;
  }
}

const macOf = (key: Buffer, c: { id: number; hash: string; at: string }): string => createHmac('sha256', key).update(`sterrenwacht-audit-checkpoint|${c.id}|${c.hash}|${c.at}`).digest('hex');

export class AuditAnchor {
  private lastWritten: { id: number; hash: string } | undefined;
  private timer: NodeJS.Timeout | undefined;
  private pending: NodeJS.Timeout | undefined;

  constructor(
    private readonly db: Db,
    private readonly key: Buffer,
    readonly checkpointFile: string,
  ) {}

  static open(db: Db, opts: { keyFile: string; checkpointFile: string }): AuditAnchor {
    return new AuditAnchor(db, loadOrCreateKey(opts.keyFile), opts.checkpointFile);
  }

  /** The checkpoints in the file, oldest first (a line that does not parse is reported by verify). */
  readCheckpoints(): { checkpoints: Checkpoint[]; badLine?: number } {
    let raw: string;
    try {
      raw = readFileSync(this.checkpointFile, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { checkpoints: [] };
      throw e;
    }
    const checkpoints: Checkpoint[] = [];
    const lines = raw.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      if (!line.trim()) continue;
      try {
        const c = JSON.parse(line) as Checkpoint;
        if (typeof c.id !== 'number' || typeof c.hash !== 'string' || typeof c.at !== 'string' || typeof c.mac !== 'string') throw new Error('shape');
        checkpoints.push(c);
      } catch {
        // the last line may be cut by a crash mid-write; anything else is tampering
        if (i === lines.length - 1) continue;
        return { checkpoints, badLine: i + 1 };
      }
    }
    return { checkpoints };
  }

  /** Append a checkpoint of the newest committed entry, when it changed since the last one. */
  async checkpoint(now = new Date()): Promise<Checkpoint | undefined> {
    const head = (await this.db.select({ id: auditLog.id, hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.id)).limit(1))[0];
    if (!head) return undefined;
    if (this.lastWritten && this.lastWritten.id === head.id && this.lastWritten.hash === head.hash) return undefined;
    const at = now.toISOString();
    const c: Checkpoint = { id: head.id, hash: head.hash, at, mac: macOf(this.key, { id: head.id, hash: head.hash, at }) };
    mkdirSync(dirname(this.checkpointFile), { recursive: true });
    // O_APPEND: one line per write, never rewriting what is there
    appendFileSync(this.checkpointFile, `${JSON.stringify(c)}\n`, { mode: 0o600, flag: 'a' });
    this.lastWritten = head;
    return c;
  }

  /** Checkpoint soon after a change (coalescing bursts), and every `everyMs` regardless. */
  start(everyMs = 10_000, onError: (e: unknown) => void = () => {}): void {
    this.timer = setInterval(() => void this.checkpoint().catch(onError), everyMs).unref();
    void this.checkpoint().catch(onError);
  }

  /** Ask for a checkpoint within a second (after an append). */
  soon(onError: (e: unknown) => void = () => {}): void {
    if (this.pending) return;
    this.pending = setTimeout(() => {
      this.pending = undefined;
      void this.checkpoint().catch(onError);
    }, 1000).unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    if (this.pending) clearTimeout(this.pending);
    this.timer = this.pending = undefined;
    await this.checkpoint();
  }

  /** Does the database still hold what every checkpoint signed? */
  async verify(): Promise<AnchorResult> {
    const { checkpoints, badLine } = this.readCheckpoints();
    if (badLine !== undefined) return { ok: false, checkpoints: checkpoints.length, reason: `checkpoint file line ${badLine} is not a checkpoint (the file was altered)` };
    for (const c of checkpoints) {
      const want = Buffer.from(macOf(this.key, c), 'hex');
      const got = Buffer.from(c.mac, 'hex');
      if (got.length !== want.length || !timingSafeEqual(got, want)) return { ok: false, checkpoints: checkpoints.length, reason: `checkpoint of entry ${c.id} (${c.at}) has a wrong signature (forged or altered)`, brokenAt: c.id };
    }
    if (checkpoints.length === 0) return { ok: true, checkpoints: 0 };
    const ids = [...new Set(checkpoints.map((c) => c.id))];
    const rows = new Map<number, string>();
    for (let i = 0; i < ids.length; i += 1000) {
      for (const r of await this.db.select({ id: auditLog.id, hash: auditLog.hash }).from(auditLog).where(inArray(auditLog.id, ids.slice(i, i + 1000)))) rows.set(r.id, r.hash);
    }
    let last: Checkpoint | undefined;
    for (const c of checkpoints) {
      const hash = rows.get(c.id);
      if (hash === undefined) return { ok: false, checkpoints: checkpoints.length, reason: `entry ${c.id}, signed at ${c.at}, is gone: the newest entries were removed (rolled back)`, brokenAt: c.id };
      if (hash !== c.hash) return { ok: false, checkpoints: checkpoints.length, reason: `entry ${c.id} no longer has the hash signed at ${c.at}: the log was rewritten up to there`, brokenAt: c.id };
      if (!last || c.id > last.id) last = c;
    }
    return { ok: true, checkpoints: checkpoints.length, last: { id: last!.id, hash: last!.hash, at: last!.at } };
  }
}
