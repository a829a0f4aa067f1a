/**
 * Groups and staff connections:
 * GET  /api/v1/groups              the school's groups
 * POST /api/v1/groups              add a group {id?, name, year}
 * POST /api/v1/connections         record a social-media connection {personId, platform};
 *                                  the check decides A6 first: with a pupil it is refused (409, with the finding)
 * GET  /api/v1/connections         my connections (school management: all staff connections of the school)
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { appendAudit } from '../../audit/log.js';
import { check } from '../../check/engine.js';
import { SterrenwachtError } from '../../errors.js';
import { connections, groups } from '../../store/schema.js';
import type { Db } from '../../store/db.js';
import { getPerson } from '../../registry/service.js';
import { personOf, requirePermission } from '../auth.js';
import type { Services } from '../app.js';

export function registryExtraRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = services.db;
  r.get('/api/v1/groups', {
    schema: { tags: ['registry'], summary: 'The school’s groups' },
    handler: async (req) => {
      const account = requirePermission(req, 'groups.read');
      return { groups: await db.select().from(groups).where(eq(groups.schoolId, account.schoolId)).orderBy(asc(groups.year), asc(groups.name)) };
    },
  });
  r.post('/api/v1/groups', {
    schema: { tags: ['registry'], summary: 'Add a group', body: z.object({ id: z.string().min(1).max(200).regex(/^[A-Za-z0-9._-]+$/).optional(), name: z.string().trim().min(1).max(100), year: z.number().int().min(1).max(8) }) },
    handler: async (req, reply) => {
      const account = requirePermission(req, 'groups.write');
      const id = req.body.id ?? `${account.schoolId}-${req.body.name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
      const exists = await db.select({ id: groups.id }).from(groups).where(eq(groups.id, id)).limit(1);
      if (exists.length) throw new SterrenwachtError('invalid_request', `Groep "${id}" bestaat al.`, `Group "${id}" already exists.`, 'id');
      await db.transaction(async (tx) => {
        await tx.insert(groups).values({ id, schoolId: account.schoolId, name: req.body.name, year: req.body.year });
        await appendAudit(tx as unknown as Db, { actor: account.id, action: 'group.create', subject: id });
      });
      return reply.code(201).send({ id });
    },
  });
  r.post('/api/v1/connections', {
    schema: { tags: ['connections'], summary: 'Record a social-media connection (A6 decides first)', body: z.object({ personId: z.string().min(1).max(200), platform: z.string().trim().min(1).max(50) }) },
    handler: async (req, reply) => {
      const account = requirePermission(req, 'connections.own');
      const staffId = personOf(account);
      await getPerson(db, account.schoolId, req.body.personId);
      const result = check({ text: '', author: { role: 'staff', id: staffId }, connect: { personId: req.body.personId } }, await services.context(account.schoolId));
      if (result.verdict === 'blocked') return reply.code(409).send({ recorded: false, result });
      await db.transaction(async (tx) => {
        await tx.insert(connections).values({ schoolId: account.schoolId, staffId, personId: req.body.personId, platform: req.body.platform }).onConflictDoNothing();
        await appendAudit(tx as unknown as Db, { actor: account.id, action: 'connection.record', subject: req.body.personId, detail: { platform: req.body.platform } });
      });
      return reply.code(201).send({ recorded: true, result });
    },
  });
  r.get('/api/v1/connections', {
    schema: { tags: ['connections'], summary: 'Recorded connections' },
    handler: async (req) => {
      const account = requirePermission(req, 'connections.own');
      const where = account.role === 'schoolleiding' ? eq(connections.schoolId, account.schoolId) : and(eq(connections.schoolId, account.schoolId), eq(connections.staffId, account.personId ?? ''));
      const list = await db.select().from(connections).where(where);
      await appendAudit(db, { actor: account.id, action: 'connections.list', subject: account.role === 'schoolleiding' ? account.schoolId : (account.personId ?? account.id), detail: { count: list.length } });
      return { connections: list };
    },
  });
}
