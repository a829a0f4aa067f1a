/**
 * Accounts and sessions: argon2id password hashes, opaque session tokens (only
 * their SHA-256 is stored), a CSRF token per session, and lock-out after repeated
 * failed logins.
 */
import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { and, eq, gt, lt } from 'drizzle-orm';
import type { Db } from '../store/db.js';
import { accounts, sessions } from '../store/schema.js';
import type { AppRole } from './policy.js';

export const SESSION_HOURS = 12;
export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;
const ARGON2ID = 2;

export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: ARGON2ID });
}

const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');
/** What is stored of a session token. */
export const sessionTokenHash = sha256;
let dummyHash: Promise<string> | undefined;

export interface SessionAccount {
  id: string;
  schoolId: string;
  personId: string | null;
  email: string;
  role: AppRole;
}

export type LoginResult =
  | { ok: true; token: string; csrfToken: string; account: SessionAccount; mustChangePassword: boolean }
  | { ok: false; reason: 'invalid' | 'locked'; lockedUntil?: Date };

export async function login(db: Db, email: string, password: string, now = new Date()): Promise<LoginResult> {
  const acc = (await db.select().from(accounts).where(eq(accounts.email, email.trim().toLowerCase())).limit(1))[0];
  if (!acc) {
    // same work as a real check, so timing does not reveal which e-mail addresses exist
    dummyHash ??= hashPassword('sterrenwacht-dummy');
    await verify(await dummyHash, password);
    return { ok: false, reason: 'invalid' };
  }
  if (acc.lockedUntil && acc.lockedUntil > now) return { ok: false, reason: 'locked', lockedUntil: acc.lockedUntil };
  if (!(await verify(acc.passwordHash, password))) {
    const failed = acc.failedLogins + 1;
    const lockedUntil = failed >= MAX_FAILED_LOGINS ? new Date(now.getTime() + LOCK_MINUTES * 60_000) : null;
    await db.update(accounts).set({ failedLogins: lockedUntil ? 0 : failed, lockedUntil }).where(eq(accounts.id, acc.id));
    return lockedUntil ? { ok: false, reason: 'locked', lockedUntil } : { ok: false, reason: 'invalid' };
  }
  await db.update(accounts).set({ failedLogins: 0, lockedUntil: null }).where(eq(accounts.id, acc.id));
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  await db.insert(sessions).values({ tokenHash: sha256(token), accountId: acc.id, csrfToken, expiresAt: new Date(now.getTime() + SESSION_HOURS * 3_600_000) });
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
