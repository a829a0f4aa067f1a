/**
 * Accounts and sessions: argon2id password hashes, opaque session tokens (only
 * their SHA-256 is stored), a CSRF token per session, and throttling of failed logins
 * with growing delays (throttle.ts).
 */
import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { and, eq, gt, lt } from 'drizzle-orm';
import type { Db } from '../store/db.js';
import { accounts, people, sessions } from '../store/schema.js';
import type { AppRole } from './policy.js';
import { clearKeys, NOTIFY_AFTER, recordFailure, throttleKey, waitSeconds } from './throttle.js';

export const SESSION_HOURS = 12;
const ARGON2ID = 2;

export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: ARGON2ID });
}

const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');
/** What is stored of a random secret token (a session's, a mail link's): its SHA-256, hex. */
export const sessionTokenHash = sha256;
/** An argon2id hash of a random secret, made with the same parameters as real ones (see verifyOrDummy). */
let dummyHash: Promise<string> | undefined;

/**
 * Verify a password against a stored hash, or — for an unknown account — against a dummy hash
 * made the same way, so known and unknown accounts cost the same time.
 */
export async function verifyOrDummy(passwordHash: string | undefined, password: string): Promise<boolean> {
  if (passwordHash === undefined) {
    dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
    await verify(await dummyHash, password);
    return false;
  }
  return verify(passwordHash, password);
}

export interface SessionAccount {
  id: string;
  schoolId: string;
  personId: string | null;
  email: string;
  role: AppRole;
}

export type LoginResult =
  | { ok: true; token: string; csrfToken: string; account: SessionAccount; mustChangePassword: boolean }
  /** `retryAfter`: seconds to wait (throttled); the same for known and unknown accounts. */
  | { ok: false; reason: 'invalid' | 'throttled'; retryAfter?: number };

export interface LoginOptions {
  /** The client's address (the per-address throttle). */
  address?: string;
  now?: Date;
  /** The browser (shown in one's own list of sessions). */
  userAgent?: string | undefined;
  /** Told once when an account has had NOTIFY_AFTER failed logins (its owner gets a mail). */
  onRepeatedFailures?: (account: { id: string; schoolId: string; email: string }, failures: number) => void;
}

/**
 * Log in. Throttled per account × address, per address and per account with growing delays
 * (auth/throttle.ts), never a lock; the answer and the work done are the same whether the
 * e-mail address has an account or not.
 */
export async function login(db: Db, email: string, password: string, opts: LoginOptions | Date = {}): Promise<LoginResult> {
  const o: LoginOptions = opts instanceof Date ? { now: opts } : opts;
  const now = o.now ?? new Date();
  const address = o.address ?? 'local';
  const normalised = email.trim().toLowerCase();
  const keys = { acctAddr: throttleKey('acct-addr', normalised, address), addr: throttleKey('addr', address), acct: throttleKey('acct', normalised) };
  const wait = await waitSeconds(db, [keys.acctAddr, keys.addr, keys.acct], now);
  if (wait > 0) return { ok: false, reason: 'throttled', retryAfter: wait };
  const acc = (await db.select().from(accounts).where(eq(accounts.email, normalised)).limit(1))[0];
  if (!(await verifyOrDummy(acc?.passwordHash, password)) || !acc) {
    await recordFailure(db, 'acct-addr', keys.acctAddr, now);
    await recordFailure(db, 'addr', keys.addr, now);
    const failures = await recordFailure(db, 'acct', keys.acct, now);
    if (acc && failures === NOTIFY_AFTER) o.onRepeatedFailures?.({ id: acc.id, schoolId: acc.schoolId, email: acc.email }, failures);
    return { ok: false, reason: 'invalid' };
  }
  // someone who left the school (roster sync) can no longer log in; the answer is the same as for a wrong password
  if (await personLeft(db, acc.personId)) return { ok: false, reason: 'invalid' };
  await clearKeys(db, [keys.acctAddr]);
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  await db.insert(sessions).values({ tokenHash: sha256(token), accountId: acc.id, csrfToken, expiresAt: new Date(now.getTime() + SESSION_HOURS * 3_600_000), userAgent: o.userAgent?.slice(0, 300) ?? null, method: 'password' });
  // tidy expired sessions now and then
  await db.delete(sessions).where(lt(sessions.expiresAt, now));
  return { ok: true, token, csrfToken, account: { id: acc.id, schoolId: acc.schoolId, personId: acc.personId, email: acc.email, role: acc.role as AppRole }, mustChangePassword: acc.passwordTemporary };
}

export async function sessionFor(db: Db, token: string, now = new Date()): Promise<{ account: SessionAccount; csrfToken: string; mustChangePassword: boolean } | undefined> {
  const rows = await db
    .select({ account: accounts, csrfToken: sessions.csrfToken })
    .from(sessions)
    .innerJoin(accounts, eq(accounts.id, sessions.accountId))
    .where(and(eq(sessions.tokenHash, sha256(token)), gt(sessions.expiresAt, now)))
    .limit(1);
  const r = rows[0];
  if (!r) return undefined;
  const a = r.account;
  return { account: { id: a.id, schoolId: a.schoolId, personId: a.personId, email: a.email, role: a.role as AppRole }, csrfToken: r.csrfToken, mustChangePassword: a.passwordTemporary };
}

export async function logout(db: Db, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, sha256(token)));
}

/** Has the account's person left the school (roster sync)? */
export async function personLeft(db: Db, personId: string | null): Promise<boolean> {
  if (!personId) return false;
  const p = (await db.select({ leftAt: people.leftAt }).from(people).where(eq(people.id, personId)).limit(1))[0];
  return !!p?.leftAt;
}
