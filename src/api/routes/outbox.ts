/**
 * The demo outbox (no SMTP configured): GET /api/v1/outbox — the school's mails, newest first
 * (school management). With SMTP configured the list is empty and `outbox` is false.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listOutbox } from '../../mail/outbox.js';
import { requirePermission } from '../auth.js';
import type { Services } from '../app.js';

export function outboxRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/v1/outbox', {
    schema: {
      tags: ['mail'],
      summary: 'The demo outbox: mails kept instead of sent (no SMTP configured)',
      querystring: z.object({ limit: z.coerce.number().int().min(1).max(500).optional(), to: z.email().max(320).optional() }),
    },
    handler: async (req) => {
      const account = requirePermission(req, 'outbox.read');
      const mails = services.mailer.outbox ? await listOutbox(services.db, account.schoolId, { limit: req.query.limit, to: req.query.to }) : [];
      return { outbox: services.mailer.outbox, mails };
    },
  });
}
