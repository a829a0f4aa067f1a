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
import { BODY_LIMITS } from '../limits.js';
import { throttledError } from '../../auth/throttle.js';

import { loginBodySchema, sessionAnswerSchema } from '../schemas/session.js';

export function sessionRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  /** The owner of an account that had repeated failed logins gets one mail (no detail beyond a link). */
  const notifyOwner = (account: { schoolId: string; email: string }, failures: number): void => {
    services.mailer
      .send({
        schoolId: account.schoolId,
        to: account.email,
        kind: 'failed-logins',
        subject: 'Mislukte inlogpogingen op je Sterrenwacht-account / Failed logins to your account',
        text:
          `Er is ${failures} keer geprobeerd met een verkeerd wachtwoord op je account in te loggen. Was jij dat niet? Kies dan een nieuw, sterk wachtwoord: ${services.publicUrl}/\n\n` +
          `Someone tried ${failures} times to log in to your account with a wrong password. If it was not you, choose a new, strong password: ${services.publicUrl}/\n`,
      })
      .catch((e: unknown) => app.log.error(e));
  };
  r.post('/api/v1/session', {
    // a login is a small JSON object, nothing more (body limits: api/limits.ts)
    bodyLimit: BODY_LIMITS.login,
    schema: {
      tags: ['session'],
      summary: 'Log in',
      body: loginBodySchema,
      response: { 200: sessionAnswerSchema },
    },
    handler: async (req, reply) => {
      const result = await login(services.db, req.body.email, req.body.password, { address: req.ip, onRepeatedFailures: notifyOwner });
      if (!result.ok) {
        if (result.reason === 'throttled') throw throttledError(result.retryAfter ?? 1);
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
