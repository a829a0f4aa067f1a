/**
 * Groups and staff connections:
 * GET    /api/v1/groups              the school's groups
 * POST   /api/v1/groups              add a group {id?, name, year}
 * PATCH  /api/v1/groups/:id          rename or renumber {name?, year?}
 * DELETE /api/v1/groups/:id          remove an empty group (409 while it has pupils or lessons)
 * POST   /api/v1/connections         record a social-media connection {personId, platform};
 *                                    the check decides A6 first: with a pupil it is refused (409, with the finding)
 * GET    /api/v1/connections         my connections (school management: all staff connections of the school)
 * DELETE /api/v1/connections/:id     remove one (my own; school management any of the school)
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { SessionAccount } from '../../auth/accounts.js';
import { addGroup, groupInputSchema, listGroups, removeGroup, updateGroup } from '../../registry/groups.js';
import { listConnections, recordConnection, removeConnection, type ConnectionActor } from '../../registry/connections.js';
import { personOf, requirePermission } from '../auth.js';
import type { Services } from '../app.js';

const groupParams = z.object({ id: z.string().min(1).max(200) });

function connectionActor(account: SessionAccount): ConnectionActor {
  return { accountId: account.id, staffId: account.personId ?? '', management: account.role === 'schoolleiding' };
}

export function registryExtraRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = services.db;
  r.get('/api/v1/groups', {
    schema: { tags: ['registry'], summary: 'The school’s groups' },
    handler: async (req) => {
      const account = requirePermission(req, 'groups.read');
      return { groups: await listGroups(db, account.schoolId) };
    },
  });
  r.post('/api/v1/groups', {
    schema: { tags: ['registry'], summary: 'Add a group', body: groupInputSchema },
    handler: async (req, reply) => {
      const account = requirePermission(req, 'groups.write');
      return reply.code(201).send({ id: await addGroup(db, account.schoolId, account.id, req.body) });
    },
  });
  r.patch('/api/v1/groups/:id', {
    schema: { tags: ['registry'], summary: 'Change a group', params: groupParams, body: groupInputSchema.omit({ id: true }).partial() },
    handler: async (req, reply) => {
      const account = requirePermission(req, 'groups.write');
      await updateGroup(db, account.schoolId, account.id, req.params.id, req.body);
      return reply.code(204).send();
    },
  });
  r.delete('/api/v1/groups/:id', {
    schema: { tags: ['registry'], summary: 'Remove an empty group', params: groupParams },
    handler: async (req, reply) => {
      const account = requirePermission(req, 'groups.write');
      await removeGroup(db, account.schoolId, account.id, req.params.id);
      return reply.code(204).send();
    },
  });
  r.post('/api/v1/connections', {
    schema: { tags: ['connections'], summary: 'Record a social-media connection (A6 decides first)', body: z.object({ personId: z.string().min(1).max(200), platform: z.string().trim().min(1).max(50) }) },
    handler: async (req, reply) => {
      const account = requirePermission(req, 'connections.own');
      const actor = { ...connectionActor(account), staffId: personOf(account) };
      const outcome = await recordConnection(db, account.schoolId, actor, req.body, await services.context(account.schoolId));
      return reply.code(outcome.recorded ? 201 : 409).send(outcome);
    },
  });
  r.get('/api/v1/connections', {
    schema: { tags: ['connections'], summary: 'Recorded connections' },
    handler: async (req) => {
      const account = requirePermission(req, 'connections.own');
      return { connections: await listConnections(db, account.schoolId, connectionActor(account)) };
    },
  });
  r.delete('/api/v1/connections/:id', {
    schema: { tags: ['connections'], summary: 'Remove a recorded connection', params: z.object({ id: z.coerce.number().int().positive() }) },
    handler: async (req, reply) => {
      const account = requirePermission(req, 'connections.own');
      await removeConnection(db, account.schoolId, connectionActor(account), req.params.id);
      return reply.code(204).send();
    },
  });
}
