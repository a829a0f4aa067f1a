/**
 * A real school's accounts: invitations, password reset, one's own sessions, one's own records,
 * single sign-on for staff.
 *
 * POST   /api/v1/invitations                 {groupId} | {all: true}: invite the parents (school management)
 * POST   /api/v1/invitation/lookup           {token}: what the invitation page may show (open)
 * POST   /api/v1/invitation/accept           {token, password}: make the parent's account, logged in (open)
 * POST   /api/v1/password-reset              {email}: mail a reset link; the same answer for every address (open)
 * POST   /api/v1/password-reset/confirm      {token, password}: set the new password, logged in (open)
 * GET    /api/v1/sessions                    one's own sessions
 * DELETE /api/v1/sessions                    log out everywhere (every session of the account, this one too)
 * DELETE /api/v1/sessions/:id                end one of one's own sessions
 * GET    /api/v1/me                          one's own record and one's children's, with their consent
 * GET    /api/v1/sso                         the single sign-on providers configured (open)
 * GET    /api/v1/sso/:provider/start         to the provider (302)
 * GET    /api/v1/sso/:provider/callback      back from the provider: logged in, to the app (302)
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { SESSION_HOURS, sessionTokenHash } from '../../auth/accounts.js';
import { acceptInvitation, invitationInfo, inviteParents } from '../../auth/invitations.js';
import { passwordSchema } from '../../auth/manage.js';
import { accountAnswer, ownRecords } from '../../auth/me.js';
import { waitingFor } from '../../home/waiting.js';
import { requestPasswordReset, resetPassword } from '../../auth/reset.js';
import { Sso } from '../../auth/sso.js';
import { endAllSessions, endSession, listSessions, type StartedSession } from '../../auth/tokens.js';
import type { Config } from '../../config.js';
import { SterrenwachtError } from '../../errors.js';
import { schoolIdOf } from '../../registry/school.js';
import { SESSION_COOKIE, forgetAccount, requestToken, requirePermission } from '../auth.js';
import type { Services } from '../app.js';
import { sessionAnswerSchema, type SessionAnswer } from '../schemas/session.js';

const SSO_COOKIE = 'sw_sso';
const token = z.string().min(20).max(100);

function setSessionCookie(req: FastifyRequest, reply: FastifyReply, value: string): void {
  void reply.setCookie(SESSION_COOKIE, value, { httpOnly: true, sameSite: 'lax', secure: req.protocol === 'https', path: '/', maxAge: SESSION_HOURS * 3600 });
}

export function schoolAccountRoutes(app: FastifyInstance, services: Services, config: Config): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = services.db;
  const loggedIn = async (req: FastifyRequest, reply: FastifyReply, s: StartedSession): Promise<SessionAnswer> => {
    setSessionCookie(req, reply, s.token);
    return { account: await accountAnswer(db, s.account), csrfToken: s.csrfToken, mustChangePassword: s.mustChangePassword };
  };

  r.post('/api/v1/invitations', {
    schema: {
      tags: ['accounts'],
      summary: 'Invite the parents of a group or of the whole school (a mail with a single-use link each)',
      body: z.union([z.object({ groupId: z.string().min(1).max(200) }).strict(), z.object({ all: z.literal(true) }).strict()]),
    },
    handler: async (req) => {
      const account = requirePermission(req, 'invitations.send');
      return inviteParents(db, services.mailer, services.publicUrl, account.schoolId, account.id, req.body);
    },
  });
  r.post('/api/v1/invitation/lookup', {
    schema: { tags: ['accounts'], summary: 'What an invitation link is for (the school and the address)', body: z.object({ token }) },
    handler: async (req) => invitationInfo(db, req.body.token),
  });
  r.post('/api/v1/invitation/accept', {
    schema: { tags: ['accounts'], summary: 'Accept an invitation: choose a password; logged in', body: z.object({ token, password: passwordSchema }), response: { 200: sessionAnswerSchema } },
    handler: async (req, reply) => loggedIn(req, reply, await acceptInvitation(db, req.body.token, req.body.password, req.headers['user-agent'])),
  });
  r.post('/api/v1/password-reset', {
    schema: { tags: ['session'], summary: 'Wachtwoord vergeten: mail a reset link (the same answer for every address)', body: z.object({ email: z.string().trim().max(320) }) },
    handler: async (req, reply) => {
      if (z.email().safeParse(req.body.email.trim()).success) await requestPasswordReset(db, services.mailer, services.publicUrl, req.body.email);
      return reply.code(202).send({
        message: 'Als er een account is met dit e-mailadres, staat er nu een mail met een link om een nieuw wachtwoord te kiezen. De link werkt een uur.',
        messageEn: 'If there is an account with this address, a mail with a link to choose a new password is on its way. The link works for an hour.',
      });
    },
  });
  r.post('/api/v1/password-reset/confirm', {
    schema: { tags: ['session'], summary: 'Set a new password with a reset link; every other session ends; logged in', body: z.object({ token, password: passwordSchema }), response: { 200: sessionAnswerSchema } },
    handler: async (req, reply) => {
      const s = await resetPassword(db, req.body.token, req.body.password, req.headers['user-agent']);
      forgetAccount(s.account.id);
      return loggedIn(req, reply, s);
    },
  });

  r.get('/api/v1/sessions', {
    schema: { tags: ['session'], summary: 'One’s own sessions (where one is logged in)' },
    handler: async (req) => {
      const account = requirePermission(req, 'sessions.own');
      const t = requestToken(req);
      return { sessions: await listSessions(db, account.id, t ? sessionTokenHash(t) : undefined) };
    },
  });
  r.delete('/api/v1/sessions', {
    schema: { tags: ['session'], summary: 'Log out everywhere: end every session of one’s account, this one too' },
    handler: async (req, reply) => {
      const account = requirePermission(req, 'sessions.own');
      const ended = await endAllSessions(db, account.id);
      forgetAccount(account.id);
      void reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ended };
    },
  });
  r.delete('/api/v1/sessions/:id', {
    schema: { tags: ['session'], summary: 'End one of one’s own sessions', params: z.object({ id: z.string().min(1).max(64) }) },
    handler: async (req, reply) => {
      const account = requirePermission(req, 'sessions.own');
      if (!(await endSession(db, account.id, req.params.id))) throw new SterrenwachtError('not_found', 'Die sessie bestaat niet (meer).', 'That session does not exist (any more).');
      forgetAccount(account.id);
      return reply.code(204).send();
    },
  });
  r.get('/api/v1/waiting', {
    schema: { tags: ['session'], summary: 'What waits for me: counts of consultations, reports, cases and their tasks (only those my role may see; no names)' },
    handler: async (req) => ({ waiting: await waitingFor(db, requirePermission(req, 'me.read')) }),
  });
  r.get('/api/v1/me', {
    schema: { tags: ['session'], summary: 'One’s own record and one’s children’s, with their consent in force' },
    handler: async (req) => ownRecords(db, requirePermission(req, 'me.read')),
  });

  const sso = new Sso(config.sso, schoolIdOf(config.school));
  r.get('/api/v1/sso', {
    schema: { tags: ['session'], summary: 'Single sign-on providers for staff' },
    handler: async () => ({ providers: sso.list() }),
  });
  r.get('/api/v1/sso/:provider/start', {
    schema: { tags: ['session'], summary: 'Single sign-on: to the provider (302)', params: z.object({ provider: z.string().min(1).max(40) }) },
    handler: async (req, reply) => {
      const start = await sso.start(db, req.params.provider);
      void reply.setCookie(SSO_COOKIE, start.browser, { httpOnly: true, sameSite: 'lax', secure: req.protocol === 'https', path: '/api/v1/sso', maxAge: 600 });
      return reply.redirect(start.url, 302);
    },
  });
  r.get('/api/v1/sso/:provider/callback', {
    schema: { tags: ['session'], summary: 'Single sign-on: back from the provider; logged in (302 to the app)', params: z.object({ provider: z.string().min(1).max(40) }) },
    handler: async (req, reply) => {
      const url = new URL(req.url, 'http://callback.invalid');
      void reply.clearCookie(SSO_COOKIE, { path: '/api/v1/sso' });
      try {
        const s = await sso.callback(db, req.params.provider, url, req.cookies[SSO_COOKIE], req.headers['user-agent']);
        setSessionCookie(req, reply, s.token);
        return reply.redirect(`${services.publicUrl}/`, 302);
      } catch (e) {
        if (!(e instanceof SterrenwachtError)) throw e;
        // back to the login page, which shows why
        return reply.redirect(`${services.publicUrl}/inloggen?sso=${encodeURIComponent(e.code)}`, 302);
      }
    },
  });
}
