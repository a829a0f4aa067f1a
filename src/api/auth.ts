/**
 * Authentication for the API: a session cookie (httpOnly, SameSite=Lax, Secure
 * behind TLS) or a bearer token; CSRF protection for cookie-authenticated writes
 * (header x-csrf-token); every /api/v1 route except POST /api/v1/session needs a session.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sessionFor, type SessionAccount } from '../auth/accounts.js';
import { can, type Permission } from '../auth/policy.js';
import { SterrenwachtError } from '../errors.js';
import type { Db } from '../store/db.js';

export const SESSION_COOKIE = 'sw_session';

declare module 'fastify' {
  interface FastifyRequest {
    account: SessionAccount | null;
    /** The session behind a cookie or bearer token: its CSRF token and whether the password must change. */
    session: { csrfToken: string; mustChangePassword: boolean } | null;
  }
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Sessions looked up in the last few seconds (a logout removes the entry at once). */
const CACHE_MS = 5_000;
const cache = new Map<string, { session: NonNullable<Awaited<ReturnType<typeof sessionFor>>>; until: number }>();

async function cachedSession(db: Db, token: string): Promise<Awaited<ReturnType<typeof sessionFor>>> {
  const now = Date.now();
  const hit = cache.get(token);
  if (hit && hit.until > now) return hit.session;
  const session = await sessionFor(db, token);
  if (session) {
    if (cache.size > 10_000) cache.clear();
    cache.set(token, { session, until: now + CACHE_MS });
  } else cache.delete(token);
  return session;
}

export function forgetSession(token: string): void {
  cache.delete(token);
}

/** Drop every cached session of an account (removed, or its password changed). */
export function forgetAccount(accountId: string): void {
  for (const [token, hit] of cache) if (hit.session.account.id === accountId) cache.delete(token);
}

/** Drop the whole cache (after an erasure removed accounts whose sessions we do not know). */
export function forgetAllSessions(): void {
  cache.clear();
}

/** The session token the request came with (bearer or cookie). */
export function requestToken(req: FastifyRequest): string | undefined {
  const auth = req.headers.authorization;
  return auth?.startsWith('Bearer ') ? auth.slice(7).trim() : req.cookies[SESSION_COOKIE];
}

export function registerAuth(app: FastifyInstance, db: Db): void {
  app.decorateRequest('account', null);
  app.decorateRequest('session', null);
  app.addHook('onRequest', async (req: FastifyRequest, _reply: FastifyReply) => {
    const path = req.url.split('?')[0]!;
    if (!path.startsWith('/api/v1/')) return;
    if (path === '/api/v1/session' && req.method === 'POST') return;
    const bearer = req.headers.authorization?.startsWith('Bearer ') ?? false;
    const token = requestToken(req);
    const session = token ? await cachedSession(db, token) : undefined;
    if (!session) throw new SterrenwachtError('unauthorized', 'Log eerst in.', 'Log in first.');
    if (!bearer && !SAFE.has(req.method) && req.headers['x-csrf-token'] !== session.csrfToken) {
      throw new SterrenwachtError('csrf', 'Ontbrekende of ongeldige CSRF-sleutel (header x-csrf-token).', 'Missing or invalid CSRF token (header x-csrf-token).');
    }
    req.account = session.account;
    req.session = { csrfToken: session.csrfToken, mustChangePassword: session.mustChangePassword };
  });
}

/** The caller's account, which must hold `permission`. */
export function requirePermission(req: FastifyRequest, permission: Permission): SessionAccount {
  const account = req.account;
  if (!account) throw new SterrenwachtError('unauthorized', 'Log eerst in.', 'Log in first.');
  if (!can(account.role, permission)) throw new SterrenwachtError('forbidden', 'Je rol mag dit niet.', 'Your role may not do this.');
  return account;
}

/** The person behind an account (acting for oneself needs one). */
export function personOf(account: SessionAccount): string {
  if (!account.personId) throw new SterrenwachtError('forbidden', 'Dit account hoort niet bij een persoon.', 'This account is not linked to a person.');
  return account.personId;
}
