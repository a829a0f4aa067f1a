/**
 * The sessions a service process looked up, kept for a few seconds so that an API call does
 * not read its session from the database every time — while several service processes on one
 * PostgreSQL still act as one: a session ended, or an account changed or removed, by any of
 * them (or by a command-line tool) is refused by all of them from the moment that change
 * committed.
 *
 * The database keeps a counter that every transaction changing a session or an account raises
 * as it commits, and announces each such change (drizzle/*_session_notify.sql):
 * - on a PostgreSQL server (`revision`), a cached session is trusted only after a read of that
 *   counter which started after the request arrived (requests that arrive together share one
 *   read); a changed counter drops the whole cache. One tiny read per call instead of the
 *   session's join;
 * - the embedded database (`feed`, PGlite) belongs to this one process, and its announcement
 *   ('s:<token hash>', 'a:<account id>') reaches the cache before the statement that made the
 *   change returns: the entry is dropped, and no read is needed;
 * - without either (an app built over a bare database, e.g. in tests) the cache relies on the
 *   process's own forget* calls, as a single process.
 * The process that makes a change also drops the entry at once (forget*). An entry lives at most
 * TTL_MS (a session that expires is refused at most that much later), and a lookup that
 * overlapped a change is not kept.
 */
import { sql } from 'drizzle-orm';
import type { ChangeFeed, Db } from '../store/db.js';
import { sessionTokenHash } from './accounts.js';

/** The channel the database announces session and account changes on (see the migration). */
export const SESSION_CHANNEL = 'sw_session';
/** How long a looked-up session is kept at most. */
export const TTL_MS = 5_000;
const MAX_ENTRIES = 10_000;

/** The database's session revision counter (raised by every committed change to a session or an account). */
export async function sessionRevision(db: Db): Promise<string> {
  const r = (await db.execute(sql`select n from session_revision where id = 1`)) as unknown as { rows: { n: string | number }[] };
  return String(r.rows[0]?.n ?? '');
}

interface Entry<S> {
  session: S;
  /** The token's hash (what the database announces), and its account. */
  hash: string;
  accountId: string;
  until: number;
}

export interface SessionCacheOptions {
  /** The embedded database's announcements (one process). */
  feed?: ChangeFeed | undefined;
  /** Reads the database's session revision counter (a server shared by several processes). */
  revision?: (() => Promise<string>) | undefined;
  now?: () => number;
}

export class SessionCache<S extends { account: { id: string } }> {
  /** By token (a hit costs no hashing; announcements, which name hashes, are rare). */
  private readonly entries = new Map<string, Entry<S>>();
  /** Bumped by every change: a lookup that started before one is not stored. */
  private epoch = 0;
  private stop: (() => Promise<void>) | undefined;
  private readonly now: () => number;
  /** The revision counter as last read, and the reads in flight (see revisionNow). */
  private revision: string | undefined;
  private reading: Promise<string> | undefined;
  private next: Promise<string> | undefined;

  constructor(
    private readonly load: (token: string) => Promise<S | undefined>,
    private readonly opts: SessionCacheOptions = {},
  ) {
    this.now = opts.now ?? Date.now;
  }

  /** Start listening to the embedded database's announcements (with a feed). */
  async start(): Promise<void> {
    if (this.opts.feed && !this.stop) this.stop = await this.opts.feed.listen(SESSION_CHANNEL, (payload) => this.changed(payload));
  }

  async close(): Promise<void> {
    const stop = this.stop;
    this.stop = undefined;
    this.clear();
    await stop?.();
  }

  /** The session behind a token: from the cache while fresh (and, on a server, unchanged), else from the database. */
  async get(token: string): Promise<S | undefined> {
    if (this.opts.revision) {
      const revision = await this.revisionNow();
      if (revision !== this.revision) {
        this.clear();
        this.revision = revision;
      }
    }
    const hit = this.entries.get(token);
    const now = this.now();
    if (hit && hit.until > now) return hit.session;
    const epoch = this.epoch;
    const session = await this.load(token);
    if (!session) {
      this.entries.delete(token);
      return undefined;
    }
    if (epoch === this.epoch) {
      if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
      this.entries.set(token, { session, hash: sessionTokenHash(token), accountId: session.account.id, until: now + TTL_MS });
    }
    return session;
  }

  /**
   * The revision counter, from a read that started after this call: the read in flight may
   * have started before a change this caller already saw committed, so callers that come while
   * one is in flight share the next read, which starts when it ends.
   */
  private revisionNow(): Promise<string> {
    const read = this.opts.revision!;
    if (!this.reading) {
      const p = read();
      this.reading = p;
      const done = (): void => {
        if (this.reading === p) this.reading = undefined;
      };
      p.then(done, done);
      return p;
    }
    this.next ??= this.reading.then(
      () => undefined,
      () => undefined,
    ).then(() => {
      this.next = undefined;
      return this.revisionNow();
    });
    return this.next;
  }

  /** An announcement from the database: 's:<token hash>' or 'a:<account id>'. */
  changed(payload: string): void {
    if (payload.startsWith('s:')) this.forgetHash(payload.slice(2));
    else if (payload.startsWith('a:')) this.forgetAccount(payload.slice(2));
    else this.clear();
  }

  forgetToken(token: string): void {
    this.epoch++;
    this.entries.delete(token);
  }

  forgetHash(hash: string): void {
    this.epoch++;
    for (const [token, e] of this.entries) if (e.hash === hash) this.entries.delete(token);
  }

  forgetAccount(accountId: string): void {
    this.epoch++;
    for (const [token, e] of this.entries) if (e.accountId === accountId) this.entries.delete(token);
  }

  clear(): void {
    this.epoch++;
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
