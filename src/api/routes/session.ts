/**
 * POST /api/v1/session    log in with {email, password}: sets the session cookie, returns the CSRF token
 * GET  /api/v1/session    who am I
 * DELETE /api/v1/session  log out
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { login, logout, SESSION_HOURS } from '../../auth/accounts.js';
import { SterrenwachtError } from '../../errors.js';
import { SESSION_COOKIE, forgetSession, requestToken, requirePermission } from '../auth.js';
import type { Services } from '../app.js';

import { loginBodySchema, sessionAnswerSchema } from '../schemas/session.js';

/** Login attempts per client address: at most LIMIT per WINDOW, on top of the per-account lock-out. */
const LIMIT = 30;
const WINDOW_MS = 10 * 60_000;

export function sessionRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const attempts = new Map<string, { count: number; since: number }>();
  r.post('/api/v1/session', {
    schema: {
      tags: ['session'],
      summary: 'Log in',
      body: loginBodySchema,
      response: { 200: sessionAnswerSchema },
    },
    handler: async (req, reply) => {
      const now = Date.now();
      const a = attempts.get(req.ip);
      if (!a || now - a.since > WINDOW_MS) attempts.set(req.ip, { count: 1, since: now });
      else if (++a.count > LIMIT) throw new SterrenwachtError('locked', 'Te veel inlogpogingen vanaf dit adres; probeer het later opnieuw.', 'Too many login attempts from this address; try again later.');
      if (attempts.size > 10_000) attempts.clear();
      const result = await login(services.db, req.body.email, req.body.password);
      if (!result.ok) {
        if (result.reason === 'locked') throw new SterrenwachtError('locked', 'Te veel mislukte pogingen; probeer het over een kwartier opnieuw.', 'Too many failed attempts; try again in fifteen minutes.');
        throw new SterrenwachtError('invalid_login', 'E-mailadres of wachtwoord klopt niet.', 'E-mail address or password is incorrect.');
      }
      void reply.setCookie(SESSION_COOKIE, result.token, {
        httpOnly: true,
        sameSite: 'lax',
        secure: req.protocol === 'https',
        path: '/',
        maxAge: SESSION_HOURS * 3600,
      });
      return { account: result.account, csrfToken: result.csrfToken, mustChangePassword: result.mustChangePassword };
    },
  });
  r.get('/api/v1/session', {
    schema: { tags: ['session'], summary: 'The logged-in account, its CSRF token (a web page that reloads needs it) and whether its password must be changed', response: { 200: sessionAnswerSchema } },
    handler: async (req) => {
      const account = requirePermission(req, 'session.read');
      return { account, csrfToken: req.session?.csrfToken ?? '', mustChangePassword: req.session?.mustChangePassword ?? false };
    },
  });
  r.delete('/api/v1/session', {
    schema: { tags: ['session'], summary: 'Log out' },
    handler: async (req, reply) => {
      const token = requestToken(req);
      if (token) {
        forgetSession(token);
        await logout(services.db, token);
      }
      void reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send();
    },
  });
}
