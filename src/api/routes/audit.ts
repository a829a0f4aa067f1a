/**
 * The audit log over HTTP:
 * GET /api/v1/audit/verify         is the hash chain intact, and does it still hold what the signed
 *                                  checkpoints outside the database say? (school management, board)
 * GET /api/v1/audit?subject=ID     who saw or changed the records of a person of the school (school management);
 *                                  reading the trail is itself logged
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { appendAudit, auditTrail, verifyAudit } from '../../audit/log.js';
import { getPerson } from '../../registry/service.js';
import { requirePermission } from '../auth.js';
import type { Services } from '../app.js';

export function auditRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = services.db;
  r.get('/api/v1/audit/verify', {
    schema: { tags: ['audit'], summary: 'Verify the hash chain of the audit log' },
    handler: async (req) => {
      requirePermission(req, 'audit.verify');
      const chain = await verifyAudit(db);
      // the signed checkpoints outside the database: a cut-off head or a recomputed rewrite shows here
      const anchored = services.auditAnchor ? await services.auditAnchor.verify() : null;
      return { ...chain, ok: chain.ok && (anchored?.ok ?? true), anchored };
    },
  });
  r.get('/api/v1/audit', {
    schema: { tags: ['audit'], summary: 'The audit trail of a person', querystring: z.object({ subject: z.string().min(1).max(200) }) },
    handler: async (req) => {
      const account = requirePermission(req, 'audit.read');
      const person = await getPerson(db, account.schoolId, req.query.subject);
      const entries = await auditTrail(db, person.id);
      await appendAudit(db, { actor: account.id, action: 'audit.read', subject: person.id, detail: { count: entries.length } });
      return { subject: person.id, entries };
    },
  });
}
