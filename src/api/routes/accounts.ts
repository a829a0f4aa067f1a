/**
 * Accounts:
 * GET    /api/v1/accounts            the school's accounts (school management)
 * POST   /api/v1/accounts            {email, role, personId?, password?}: without a password a temporary one is returned once
 * DELETE /api/v1/accounts/:id        remove an account and end its sessions
 * PUT    /api/v1/session/password    {current, password}: change one's own password; other sessions end
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sessionTokenHash } from '../../auth/accounts.js';
import { accountInputSchema, changePassword, createAccount, listAccounts, passwordSchema, removeAccount } from '../../auth/manage.js';
import { forgetAccount, requestToken, requirePermission } from '../auth.js';
import type { Services } from '../app.js';

export function accountRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = services.db;
  r.get('/api/v1/accounts', {
    schema: { tags: ['accounts'], summary: 'The school’s accounts' },
    handler: async (req) => {
      const account = requirePermission(req, 'accounts.manage');
      return { accounts: await listAccounts(db, account.schoolId, account.id) };
    },
  });
  r.post('/api/v1/accounts', {
    schema: { tags: ['accounts'], summary: 'Create an account', body: accountInputSchema },
    handler: async (req, reply) => {
      const account = requirePermission(req, 'accounts.manage');
      return reply.code(201).send(await createAccount(db, account.schoolId, account.id, req.body));
    },
  });
  r.delete('/api/v1/accounts/:id', {
    schema: { tags: ['accounts'], summary: 'Remove an account', params: z.object({ id: z.string().min(1).max(200) }) },
    handler: async (req, reply) => {
      const account = requirePermission(req, 'accounts.manage');
      await removeAccount(db, account.schoolId, account.id, req.params.id);
      forgetAccount(req.params.id);
      return reply.code(204).send();
    },
  });
  r.put('/api/v1/session/password', {
    schema: { tags: ['session'], summary: 'Change one’s own password', body: z.object({ current: z.string().min(1).max(1000), password: passwordSchema }) },
    handler: async (req, reply) => {
      const account = requirePermission(req, 'password.own');
      const token = requestToken(req);
      await changePassword(db, account.id, req.body.current, req.body.password, token ? sessionTokenHash(token) : undefined);
      forgetAccount(account.id);
      return reply.code(204).send();
    },
  });
}
