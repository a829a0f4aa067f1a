/**
 * The lesson schedule and the lesson permissions of A1:
 * GET    /api/v1/lessons[?group=]                the weekly schedule (staff)
 * POST   /api/v1/lessons                         add a lesson {groupId, teacherId?, weekday, startsAt, endsAt} (school management)
 * DELETE /api/v1/lessons/:id                     remove a lesson (school management)
 * GET    /api/v1/lesson-permissions[?group=]     permissions given (staff)
 * POST   /api/v1/lesson-permissions              allow social media in a lesson window {groupId | teacherId, startsAt, endsAt, platforms}:
 *                                                school management for any group or teacher, a teacher for a group they teach or their own lessons
 * DELETE /api/v1/lesson-permissions/:id          withdraw (school management; a teacher their own)
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { addLesson, grantPermission, lessonInputSchema, listLessons, listPermissions, permissionInputSchema, removeLesson, withdrawPermission, type Actor } from '../../registry/lessons.js';
import type { SessionAccount } from '../../auth/accounts.js';
import { personOf, requirePermission } from '../auth.js';
import type { Services } from '../app.js';

const idParams = z.object({ id: z.coerce.number().int().positive() });
const groupQuery = z.object({ group: z.string().min(1).max(200).optional() });

function actorOf(account: SessionAccount): Actor {
  return { accountId: account.id, role: account.role, personId: personOf(account) };
}

export function lessonRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = services.db;
  r.get('/api/v1/lessons', {
    schema: { tags: ['lessons'], summary: 'The weekly lesson schedule', querystring: groupQuery },
    handler: async (req) => {
      const account = requirePermission(req, 'schedule.read');
      return { lessons: await listLessons(db, account.schoolId, req.query.group) };
    },
  });
  r.post('/api/v1/lessons', {
    schema: { tags: ['lessons'], summary: 'Add a lesson to the weekly schedule', body: lessonInputSchema },
    handler: async (req, reply) => {
      const account = requirePermission(req, 'schedule.write');
      return reply.code(201).send({ id: await addLesson(db, account.schoolId, actorOf(account), req.body) });
    },
  });
  r.delete('/api/v1/lessons/:id', {
    schema: { tags: ['lessons'], summary: 'Remove a lesson from the weekly schedule', params: idParams },
    handler: async (req, reply) => {
      const account = requirePermission(req, 'schedule.write');
      await removeLesson(db, account.schoolId, actorOf(account), req.params.id);
      return reply.code(204).send();
    },
  });
  r.get('/api/v1/lesson-permissions', {
    schema: { tags: ['lessons'], summary: 'Lesson permissions for social media (A1)', querystring: groupQuery },
    handler: async (req) => {
      const account = requirePermission(req, 'schedule.read');
      return { permissions: await listPermissions(db, account.schoolId, req.query.group) };
    },
  });
  r.post('/api/v1/lesson-permissions', {
    schema: { tags: ['lessons'], summary: 'Allow social media in a lesson window (A1)', body: permissionInputSchema },
    handler: async (req, reply) => {
      const account = requirePermission(req, 'lesson.permit');
      return reply.code(201).send({ id: await grantPermission(db, account.schoolId, actorOf(account), req.body) });
    },
  });
  r.delete('/api/v1/lesson-permissions/:id', {
    schema: { tags: ['lessons'], summary: 'Withdraw a lesson permission', params: idParams },
    handler: async (req, reply) => {
      const account = requirePermission(req, 'lesson.permit');
      await withdrawPermission(db, account.schoolId, actorOf(account), req.params.id);
      return reply.code(204).send();
    },
  });
}
