/**
 * Authentication for the API: a session cookie (httpOnly, SameSite=Lax, Secure
 * behind TLS) or a bearer token; CSRF protection for cookie-authenticated writes
 * (header x-csrf-token); every /api/v1 route except POST /api/v1/session needs a session.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sessionFor, type SessionAccount } from '../auth/accounts.js';
import { can, type Permission } from '../auth/policy.js';
import { SterrenwachtError } from '../errors.js';
import type { Db, Store } from '../store/db.js';
import { SessionCache, sessionRevision } from '../auth/session-cache.js';

export const SESSION_COOKIE = 'sw_session';

declare module 'fastify' {
  interface FastifyRequest {
    account: SessionAccount | null;
    /** The session behind a cookie or bearer token: its CSRF token and whether the password must change. */
    session: { csrfToken: string; mustChangePassword: boolean } | null;
  }
}

/** Routes open without a session: logging in, and the mail links that lead to a session. */
const OPEN_ROUTES = new Set(['POST /api/v1/session', 'POST /api/v1/password-reset', 'POST /api/v1/password-reset/confirm', 'POST /api/v1/invitation/lookup', 'POST /api/v1/invitation/accept', 'GET /api/v1/sso']);
const OPEN_SSO = /^\/api\/v1\/sso\/[^/]+\/(start|callback)$/;

/** What an account on a temporary password may still do: see and end its session, change the password. */
const WHILE_TEMPORARY = new Set(['GET /api/v1/session', 'DELETE /api/v1/session', 'PUT /api/v1/session/password', 'GET /api/v1/sessions', 'DELETE /api/v1/sessions']);

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

type Session = NonNullable<Awaited<ReturnType<typeof sessionFor>>>;

/**
 * The session caches of this process's apps (one per app; auth/session-cache.ts): kept a few
 * seconds, dropped at once when the database announces a change to the session or its account
 * (from any process), and by the forget* calls of the process that made the change.
 */
const caches = new Set<SessionCache<Session>>();

export function forgetSession(token: string): void {
  for (const c of caches) c.forgetToken(token);
}

/** Drop every cached session of an account (removed, or its password changed). */
export function forgetAccount(accountId: string): void {
  for (const c of caches) c.forgetAccount(accountId);
}

/** Drop the whole cache (after an erasure removed accounts whose sessions we do not know). */
export function forgetAllSessions(): void {
  for (const c of caches) c.clear();
}

/** The session token the request came with (bearer or cookie). */
export function requestToken(req: FastifyRequest): string | undefined {
  const auth = req.headers.authorization;
  return auth?.startsWith('Bearer ') ? auth.slice(7).trim() : req.cookies[SESSION_COOKIE];
}

/**
 * The session check of every /api/v1 route. `store`: what lets the session cache follow
 * changes made by any process (auth/session-cache.ts): on a PostgreSQL server the session
 * revision counter, in the embedded database its notifications; without it the cache trusts
 * this process's own forget* calls (a single process).
 */
export async function registerAuth(app: FastifyInstance, db: Db, store?: Pick<Store, 'kind' | 'listen'>): Promise<void> {
  const revision = store?.kind === 'postgres' ? () => sessionRevision(db) : undefined;
  const feed = store?.listen ? { listen: store.listen } : undefined;
  const cache = new SessionCache<Session>((token) => sessionFor(db, token), { feed, revision });
  await cache.start();
  caches.add(cache);
  app.addHook('onClose', async () => {
    caches.delete(cache);
    await cache.close();
  });
  app.decorateRequest('account', null);
  app.decorateRequest('session', null);
  app.addHook('onRequest', async (req: FastifyRequest, _reply: FastifyReply) => {
    const path = req.url.split('?')[0]!;
    if (!path.startsWith('/api/v1/')) return;
    if (path === '/api/v1/session' && req.method === 'POST') return;
    if (OPEN_ROUTES.has(`${req.method} ${path}`) || (req.method === 'GET' && OPEN_SSO.test(path))) return;
    const bearer = req.headers.authorization?.startsWith('Bearer ') ?? false;
    const token = requestToken(req);
    const session = token ? await cache.get(token) : undefined;
    if (!session) throw new SterrenwachtError('unauthorized', 'Log eerst in.', 'Log in first.');
    if (!bearer && !SAFE.has(req.method) && req.headers['x-csrf-token'] !== session.csrfToken) {
      throw new SterrenwachtError('csrf', 'Ontbrekende of ongeldige CSRF-sleutel (header x-csrf-token).', 'Missing or invalid CSRF token (header x-csrf-token).');
    }
    req.account = session.account;
    req.session = { csrfToken: session.csrfToken, mustChangePassword: session.mustChangePassword };
    if (session.mustChangePassword && !WHILE_TEMPORARY.has(`${req.method} ${path}`)) {
      throw new SterrenwachtError('password_change_required', 'Kies eerst een eigen wachtwoord (PUT /api/v1/session/password): je tijdelijke wachtwoord moet gewijzigd worden.', 'Choose your own password first (PUT /api/v1/session/password): your temporary password must be changed.');
    }
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
