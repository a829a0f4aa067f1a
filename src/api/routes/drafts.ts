/**
 * Drafts are not stored by a check; an author may save one explicitly:
 * POST   /api/v1/drafts      check and save {request} → {id, result}
 * GET    /api/v1/drafts      the caller's own saved drafts
 * DELETE /api/v1/drafts/:id  delete one of the caller's own drafts
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { and, desc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { authorRoleOf } from '../../auth/policy.js';
import { SterrenwachtError } from '../../errors.js';
import { drafts } from '../../store/schema.js';
import { requirePermission } from '../auth.js';
import type { Services } from '../app.js';
import { BODY_LIMITS } from '../limits.js';
import { checkPool } from '../../check/pool.js';

/** What one account may keep as saved drafts. */
export const DRAFT_QUOTA = { count: 200, bytes: 10 * 1024 * 1024 };

export function draftRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = services.db;
  r.post('/api/v1/drafts', {
    bodyLimit: BODY_LIMITS.check,
    schema: { tags: ['drafts'], summary: 'Check and save a draft (only on request of its author)', body: z.object({ request: z.record(z.string(), z.unknown()) }) },
    handler: async (req, reply) => {
      const account = requirePermission(req, 'drafts.own');
      const request = { ...req.body.request, author: { role: authorRoleOf(account.role), ...(account.personId ? { id: account.personId } : {}) } };
      const result = await checkPool.check(request, await services.context(account.schoolId));
      const bytes = Buffer.byteLength(JSON.stringify(request)) + Buffer.byteLength(JSON.stringify(result));
      const id = await db.transaction(async (tx) => {
        const t = tx as unknown as typeof db;
        // one saver per account at a time, so two parallel saves cannot both pass the quota
        await t.execute(sql`select pg_advisory_xact_lock(hashtext(${`drafts:${account.id}`}))`);
        const [used] = await t.select({ count: sql<number>`count(*)::int`, bytes: sql<number>`coalesce(sum(octet_length(${drafts.request}::text) + octet_length(${drafts.result}::text)), 0)::bigint` }).from(drafts).where(eq(drafts.accountId, account.id));
        if (Number(used?.count ?? 0) >= DRAFT_QUOTA.count || Number(used?.bytes ?? 0) + bytes > DRAFT_QUOTA.bytes) {
          throw new SterrenwachtError('quota_exceeded', `Je hebt het maximum aan bewaarde concepten bereikt (${DRAFT_QUOTA.count} concepten of ${DRAFT_QUOTA.bytes / 1024 / 1024} MB); verwijder er eerst een paar.`, `You have reached the limit of saved drafts (${DRAFT_QUOTA.count} drafts or ${DRAFT_QUOTA.bytes / 1024 / 1024} MB); delete some first.`);
        }
        const [row] = await t.insert(drafts).values({ accountId: account.id, request, result }).returning({ id: drafts.id });
        return row!.id;
      });
      return reply.code(201).send({ id, result });
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
    schema: { tags: ['drafts'], summary: 'Delete one of my drafts', params: z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) }) },
    handler: async (req, reply) => {
      const account = requirePermission(req, 'drafts.own');
      const gone = await db.delete(drafts).where(and(eq(drafts.id, req.params.id), eq(drafts.accountId, account.id))).returning({ id: drafts.id });
      if (!gone.length) throw new SterrenwachtError('not_found', 'Concept niet gevonden.', 'Draft not found.');
      return reply.code(204).send();
    },
  });
}
