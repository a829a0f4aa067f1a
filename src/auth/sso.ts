/**
 * Single sign-on for staff with OpenID Connect (Microsoft Entra ID, Google Workspace, or any
 * OpenID provider), through `openid-client`: the authorization code flow with PKCE (S256),
 * state and nonce. Configured per school from the environment (config.ts, SSO_*).
 *
 * Staff are matched by e-mail address, which must be verified by the provider and in one of
 * the provider's allowed domains: an existing staff account (schoolleiding, medewerker) of the
 * school with that address, or else a staff member in the school's registry (roster) with that
 * address, who then gets a medewerker account. Nobody else gets in, and no account is ever made
 * for an address the school does not know.
 *
 * The pending logins (state → nonce, PKCE verifier) are kept in the database for ten minutes,
 * bound to the browser by a cookie, and used once: a login begun on one service process can be
 * finished on another (several instances behind a load balancer need no sticky sessions).
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import * as client from 'openid-client';
import { and, eq, isNull, lt } from 'drizzle-orm';
import { appendAudit } from '../audit/log.js';
import type { SsoProviderConfig } from '../config.js';
import { SterrenwachtError } from '../errors.js';
import type { Db } from '../store/db.js';
import { accounts, people, ssoPending } from '../store/schema.js';
import { hashPassword } from './accounts.js';
import { startSession, type StartedSession } from './tokens.js';

const PENDING_MS = 10 * 60_000;
const STAFF_ROLES = new Set(['schoolleiding', 'medewerker']);

const hash = (v: string): string => createHash('sha256').update(v).digest('base64url');

export interface SsoStart {
  url: string;
  /** Value of the browser-binding cookie. */
  browser: string;
}

export class Sso {
  private readonly configs = new Map<string, Promise<client.Configuration>>();

  constructor(
    private readonly providers: SsoProviderConfig[],
    private readonly defaultSchoolId: string,
  ) {}

  list(): { id: string; label: string }[] {
    return this.providers.map((p) => ({ id: p.id, label: p.label }));
  }

  private provider(id: string): SsoProviderConfig {
    const p = this.providers.find((x) => x.id === id);
    if (!p) throw new SterrenwachtError('not_found', `Single sign-on "${id}" is niet ingesteld.`, `Single sign-on "${id}" is not configured.`);
    return p;
  }

  /** The provider's metadata, discovered once (again after a failure). */
  private configuration(p: SsoProviderConfig): Promise<client.Configuration> {
    let c = this.configs.get(p.id);
    if (!c) {
      const loopback = /^http:\/\/(127\.0\.0\.1|localhost)(:|\/|$)/.test(p.issuer);
      c = client.discovery(new URL(p.issuer), p.clientId, p.clientSecret, client.ClientSecretBasic(p.clientSecret), loopback ? { execute: [client.allowInsecureRequests] } : {});
      c.catch(() => this.configs.delete(p.id));
      this.configs.set(p.id, c);
    }
    return c;
  }

  async start(db: Db, providerId: string): Promise<SsoStart> {
    const p = this.provider(providerId);
    let config: client.Configuration;
    try {
      config = await this.configuration(p);
    } catch (e) {
      throw new SterrenwachtError('io_error', `De inlogdienst "${p.id}" is niet bereikbaar.`, `The sign-in service "${p.id}" cannot be reached: ${(e as Error).message}`);
    }
    const verifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const nonce = client.randomNonce();
    const browser = randomBytes(24).toString('base64url');
    await db.delete(ssoPending).where(lt(ssoPending.createdAt, new Date(Date.now() - PENDING_MS)));
    await db.insert(ssoPending).values({ stateHash: hash(state), provider: p.id, nonce, verifier, browserHash: hash(browser) });
    const params: Record<string, string> = {
      redirect_uri: p.redirectUri,
      scope: 'openid email profile',
      response_type: 'code',
      code_challenge: await client.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    };
    // Entra ID and Google: let a shared (classroom) computer choose the account
    if (/login\.microsoftonline\.com|accounts\.google\.com/.test(p.issuer)) params.prompt = 'select_account';
    // Google Workspace: only accounts of the school's domain are offered
    if (p.allowedDomains.length === 1 && /accounts\.google\.com/.test(p.issuer)) params.hd = p.allowedDomains[0]!;
    return { url: client.buildAuthorizationUrl(config, params).href, browser };
  }

  /**
   * Finish a login: the provider sent the browser back to `currentUrl` (the redirect URI with
   * code and state). Returns the new session, or throws with a reason the login page shows.
   */
  async callback(db: Db, providerId: string, currentUrl: URL, browser: string | undefined, userAgent?: string): Promise<StartedSession> {
    const p = this.provider(providerId);
    const state = currentUrl.searchParams.get('state') ?? '';
    // taken once, whichever process asks first (a replayed callback finds nothing)
    const pending = state ? (await db.delete(ssoPending).where(eq(ssoPending.stateHash, hash(state))).returning())[0] : undefined;
    if (!pending || pending.provider !== p.id || !browser || pending.browserHash !== hash(browser) || Date.now() - pending.createdAt.getTime() > PENDING_MS) {
      throw new SterrenwachtError('invalid_login', 'Het inloggen is verlopen of in een andere browser begonnen; probeer het opnieuw.', 'The sign-in expired or began in another browser; try again.');
    }
    if (currentUrl.searchParams.get('error')) {
      throw new SterrenwachtError('invalid_login', 'Inloggen bij de inlogdienst is afgebroken.', `The sign-in service refused: ${currentUrl.searchParams.get('error')}`);
    }
    const config = await this.configuration(p);
    // the redirect URI as registered (behind a proxy the request's own address may differ)
    const returned = new URL(p.redirectUri);
    returned.search = currentUrl.search;
    let claims: Record<string, unknown> | undefined;
    try {
      const tokens = await client.authorizationCodeGrant(config, returned, { pkceCodeVerifier: pending.verifier, expectedState: state, expectedNonce: pending.nonce, idTokenExpected: true });
      const id = tokens.claims();
      claims = id;
      // the address may be only in the UserInfo answer (providers that keep ID tokens small)
      if (id && id.email === undefined && tokens.access_token) claims = { ...(await client.fetchUserInfo(config, tokens.access_token, id.sub)), ...id };
    } catch (e) {
      throw new SterrenwachtError('invalid_login', 'De inlogdienst gaf geen geldig antwoord; probeer het opnieuw.', `The sign-in service gave no valid answer: ${(e as Error).message}`);
    }
    const email = String(claims?.email ?? claims?.preferred_username ?? '').trim().toLowerCase();
    const verified = claims?.email_verified !== false && (claims?.email !== undefined || claims?.preferred_username !== undefined);
    const domain = email.split('@')[1] ?? '';
    if (!email || !verified || !p.allowedDomains.includes(domain)) {
      throw new SterrenwachtError('forbidden', 'Met dit account kun je hier niet inloggen: gebruik je e-mailadres van school.', 'You cannot sign in here with this account: use your school e-mail address.');
    }
    const schoolId = p.schoolId ?? this.defaultSchoolId;
    const accountId = await matchStaff(db, schoolId, email, p.id);
    if (!accountId) {
      throw new SterrenwachtError('forbidden', 'Dit e-mailadres is niet bekend als medewerker van de school. Vraag de schoolleiding om je toe te voegen.', 'This e-mail address is not known as a staff member of the school. Ask school management to add you.');
    }
    const session = await startSession(db, accountId, 'sso', userAgent);
    await appendAudit(db, { actor: accountId, action: 'session.sso', subject: accountId, detail: { provider: p.id } });
    return session;
  }
}

/** The staff account for a verified school address: existing, or made for a staff member of the roster. */
async function matchStaff(db: Db, schoolId: string, email: string, provider: string): Promise<string | undefined> {
  const acc = (await db.select().from(accounts).where(eq(accounts.email, email)).limit(1))[0];
  if (acc) {
    if (acc.schoolId !== schoolId || !STAFF_ROLES.has(acc.role)) return undefined;
    if (acc.personId) {
      const person = (await db.select({ leftAt: people.leftAt }).from(people).where(eq(people.id, acc.personId)).limit(1))[0];
      if (person?.leftAt) return undefined;
    }
    return acc.id;
  }
  const staff = await db
    .select()
    .from(people)
    .where(and(eq(people.schoolId, schoolId), eq(people.email, email), eq(people.role, 'staff'), isNull(people.leftAt), isNull(people.erasedAt)))
    .limit(2);
  if (staff.length !== 1) return undefined;
  const person = staff[0]!;
  const existing = await db.select({ id: accounts.id }).from(accounts).where(eq(accounts.personId, person.id)).limit(1);
  if (existing.length) return undefined; // that person logs in with the address of their account
  const id = `acc-${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  // no usable password: this account logs in with single sign-on (or sets one through "wachtwoord vergeten")
  const passwordHash = await hashPassword(randomBytes(32).toString('base64url'));
  await db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    await t.insert(accounts).values({ id, schoolId, personId: person.id, email, role: 'medewerker', passwordHash });
    await appendAudit(t, { actor: id, action: 'account.create', subject: id, detail: { role: 'medewerker', personId: person.id, via: `sso:${provider}` } });
  });
  return id;
}
