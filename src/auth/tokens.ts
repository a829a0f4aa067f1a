/**
 * Sessions started without a password form (an invitation accepted, a password reset, single
 * sign-on), one's own list of sessions, logging out everywhere, and the single-use mail links
 * (invitation, password reset): a random token in the link, only its SHA-256 stored, used once,
 * expiring.
 */
import { randomBytes } from 'node:crypto';
import { and, asc, eq, gt, isNull, ne } from 'drizzle-orm';
import type { Db } from '../store/db.js';
import { accountTokens, accounts, sessions } from '../store/schema.js';
import { SESSION_HOURS, sessionTokenHash as sha256, type SessionAccount } from './accounts.js';
import type { AppRole } from './policy.js';
import type { Mailer } from '../mail/mailer.js';

/** What the mail links need of the mailer (src/mail/mailer.ts). */
export type MailSender = Pick<Mailer, 'send'>;

export interface StartedSession {
  token: string;
  csrfToken: string;
  account: SessionAccount;
  /** The account still has a temporary password (made by the school). */
  mustChangePassword: boolean;
}

export async function startSession(db: Db, accountId: string, method: 'sso' | 'invitation' | 'reset' | 'password', userAgent?: string, now = new Date()): Promise<StartedSession> {
  const acc = (await db.select().from(accounts).where(eq(accounts.id, accountId)).limit(1))[0]!;
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  await db.insert(sessions).values({ tokenHash: sha256(token), accountId, csrfToken, expiresAt: new Date(now.getTime() + SESSION_HOURS * 3_600_000), userAgent: userAgent?.slice(0, 300) ?? null, method });
  return { token, csrfToken, account: { id: acc.id, schoolId: acc.schoolId, personId: acc.personId, email: acc.email, role: acc.role as AppRole }, mustChangePassword: acc.passwordTemporary };
}

export interface SessionView {
  /** A short public name of the session (not its token). */
  id: string;
  createdAt: string;
  expiresAt: string;
  userAgent: string | null;
  method: string | null;
  current: boolean;
}

const publicId = (tokenHash: string): string => sha256(`session:${tokenHash}`).slice(0, 16);

/** One's own sessions that have not expired, newest first. */
export async function listSessions(db: Db, accountId: string, currentTokenHash: string | undefined, now = new Date()): Promise<SessionView[]> {
  const rows = await db.select().from(sessions).where(and(eq(sessions.accountId, accountId), gt(sessions.expiresAt, now))).orderBy(asc(sessions.createdAt));
  return rows.reverse().map((s) => ({
    id: publicId(s.tokenHash),
    createdAt: new Date(s.createdAt).toISOString(),
    expiresAt: new Date(s.expiresAt).toISOString(),
    userAgent: s.userAgent,
    method: s.method,
    current: s.tokenHash === currentTokenHash,
  }));
}

/** End one of one's own sessions by its public id; false when there is no such session. */
export async function endSession(db: Db, accountId: string, id: string): Promise<boolean> {
  const rows = await db.select({ tokenHash: sessions.tokenHash }).from(sessions).where(eq(sessions.accountId, accountId));
  const hit = rows.find((r) => publicId(r.tokenHash) === id);
  if (!hit) return false;
  await db.delete(sessions).where(eq(sessions.tokenHash, hit.tokenHash));
  return true;
}

/** Log out everywhere: end every session of the account (but `keepTokenHash`, if given). */
export async function endAllSessions(db: Db, accountId: string, keepTokenHash?: string): Promise<number> {
  const gone = await db
    .delete(sessions)
    .where(keepTokenHash ? and(eq(sessions.accountId, accountId), ne(sessions.tokenHash, keepTokenHash)) : eq(sessions.accountId, accountId))
    .returning({ h: sessions.tokenHash });
  return gone.length;
}

export type TokenKind = 'invitation' | 'reset';

/** A new single-use link token; only its hash is stored. Earlier unused tokens of the same kind for the same person/account stop working. */
export async function issueToken(db: Db, row: { kind: TokenKind; schoolId: string; personId?: string | null; accountId?: string | null; email: string; createdBy: string }, validHours: number, now = new Date()): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + validHours * 3_600_000);
  if (row.personId) await db.update(accountTokens).set({ usedAt: now }).where(and(eq(accountTokens.kind, row.kind), eq(accountTokens.personId, row.personId), isNull(accountTokens.usedAt)));
  if (row.accountId) await db.update(accountTokens).set({ usedAt: now }).where(and(eq(accountTokens.kind, row.kind), eq(accountTokens.accountId, row.accountId), isNull(accountTokens.usedAt)));
  await db.insert(accountTokens).values({ tokenHash: sha256(token), kind: row.kind, schoolId: row.schoolId, personId: row.personId ?? null, accountId: row.accountId ?? null, email: row.email, createdBy: row.createdBy, expiresAt, createdAt: now });
  return { token, expiresAt };
}

/** The token's row while it is usable (right kind, not used, not expired). */
export async function usableToken(db: Db, kind: TokenKind, token: string, now = new Date()): Promise<typeof accountTokens.$inferSelect | undefined> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return undefined;
  const row = (await db.select().from(accountTokens).where(and(eq(accountTokens.tokenHash, sha256(token)), eq(accountTokens.kind, kind))).limit(1))[0];
  if (!row || row.usedAt || row.expiresAt <= now) return undefined;
  return row;
}

/** Mark a token used; false if another request used it first. */
export async function useToken(db: Db, token: string, now = new Date()): Promise<boolean> {
  const done = await db.update(accountTokens).set({ usedAt: now }).where(and(eq(accountTokens.tokenHash, sha256(token)), isNull(accountTokens.usedAt))).returning({ h: accountTokens.tokenHash });
  return done.length === 1;
}
