/**
 * Takedown tasks, created when a parent revokes consent that was given:
 * GET   /api/v1/takedown-tasks[?status=open|done]   the school's tasks (staff; audited)
 * PATCH /api/v1/takedown-tasks/:id                  {status: "done", note}: the publications are down
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { TAKEDOWN_STATUSES, completeTakedown, listTakedowns } from '../../consent/takedowns.js';
import { personOf, requirePermission } from '../auth.js';
import type { Services } from '../app.js';

export function takedownRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = services.db;
  r.get('/api/v1/takedown-tasks', {
    schema: { tags: ['consent'], summary: 'Takedown tasks from revoked consent', querystring: z.object({ status: z.enum(TAKEDOWN_STATUSES).optional() }) },
    handler: async (req) => {
      const account = requirePermission(req, 'takedowns.handle');
      return { tasks: await listTakedowns(db, account.schoolId, account.id, req.query.status) };
    },
  });
  r.patch('/api/v1/takedown-tasks/:id', {
    schema: {
      tags: ['consent'],
      summary: 'Mark a takedown task done',
      params: z.object({ id: z.coerce.number().int().positive() }),
      body: z.object({ status: z.literal('done'), note: z.string().trim().min(1).max(2000) }),
    },
    handler: async (req, reply) => {
      const account = requirePermission(req, 'takedowns.handle');
      await completeTakedown(db, account.schoolId, account.id, personOf(account), req.params.id, req.body.note);
      return reply.code(204).send();
    },
  });
}
