/**
 * Drafts are not stored by a check; an author may save one explicitly:
 * POST   /api/v1/drafts      check and save {request} → {id, result}
 * GET    /api/v1/drafts      the caller's own saved drafts
 * DELETE /api/v1/drafts/:id  delete one of the caller's own drafts
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { and, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { check } from '../../check/engine.js';
import { authorRoleOf } from '../../auth/policy.js';
import { SterrenwachtError } from '../../errors.js';
import { drafts } from '../../store/schema.js';
import { requirePermission } from '../auth.js';
import type { Services } from '../app.js';
import { visiblePeople } from '../check-people.js';

export function draftRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = services.db;
  r.post('/api/v1/drafts', {
    schema: { tags: ['drafts'], summary: 'Check and save a draft (only on request of its author)', body: z.object({ request: z.record(z.string(), z.unknown()) }) },
    handler: async (req, reply) => {
      const account = requirePermission(req, 'drafts.own');
      const request = { ...req.body.request, author: { role: authorRoleOf(account.role), ...(account.personId ? { id: account.personId } : {}) } };
      // the registry only as far as the author may read it, as for POST /api/v1/checks
      const result = check(request, await visiblePeople(services, account));
      const [row] = await db.insert(drafts).values({ accountId: account.id, request, result }).returning({ id: drafts.id });
      return reply.code(201).send({ id: row!.id, result });
    },
  });
  r.get('/api/v1/drafts', {
    schema: { tags: ['drafts'], summary: 'My saved drafts' },
    handler: async (req) => {
      const account = requirePermission(req, 'drafts.own');
      return { drafts: await db.select().from(drafts).where(eq(drafts.accountId, account.id)).orderBy(desc(drafts.id)) };
    },
  });
  r.delete('/api/v1/drafts/:id', {
    schema: { tags: ['drafts'], summary: 'Delete one of my drafts', params: z.object({ id: z.coerce.number().int().positive() }) },
    handler: async (req, reply) => {
      const account = requirePermission(req, 'drafts.own');
      const gone = await db.delete(drafts).where(and(eq(drafts.id, req.params.id), eq(drafts.accountId, account.id))).returning({ id: drafts.id });
      if (!gone.length) throw new SterrenwachtError('not_found', 'Concept niet gevonden.', 'Draft not found.');
      return reply.code(204).send();
    },
  });
}
