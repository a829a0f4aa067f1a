/**
 * POST /api/v1/lesson-permissions  allow social media in a lesson window (A1):
 * {groupId, startsAt, endsAt, platforms}. School management for any group of the
 * school; a teacher only for a group they teach. Audited.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { appendAudit } from '../../audit/log.js';
import { SterrenwachtError } from '../../errors.js';
import { groups, lessonPermissions, lessons } from '../../store/schema.js';
import type { Db } from '../../store/db.js';
import { personOf, requirePermission } from '../auth.js';
import type { Services } from '../app.js';

export function lessonRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post('/api/v1/lesson-permissions', {
    schema: {
      tags: ['lessons'],
      summary: 'Allow social media in a lesson window (A1)',
      body: z
        .object({ groupId: z.string().min(1).max(200), startsAt: z.iso.datetime({ offset: true }), endsAt: z.iso.datetime({ offset: true }), platforms: z.array(z.string().max(50)).max(20).default([]) })
        .refine((b) => new Date(b.endsAt) > new Date(b.startsAt), { message: 'endsAt moet na startsAt liggen / endsAt must be after startsAt', path: ['endsAt'] }),
    },
    handler: async (req, reply) => {
      const account = requirePermission(req, 'lesson.permit');
      const db = services.db;
      const group = (await db.select().from(groups).where(and(eq(groups.schoolId, account.schoolId), eq(groups.id, req.body.groupId))).limit(1))[0];
      if (!group) throw new SterrenwachtError('not_found', `Groep "${req.body.groupId}" niet gevonden.`, `Group "${req.body.groupId}" not found.`);
      if (account.role === 'medewerker') {
        const teaches = account.personId ? await db.select({ id: lessons.id }).from(lessons).where(and(eq(lessons.groupId, group.id), eq(lessons.teacherId, account.personId))).limit(1) : [];
        if (!teaches.length) throw new SterrenwachtError('forbidden', 'Je kunt alleen toestemming geven voor je eigen groep.', 'You can only give permission for your own group.');
      }
      const grantedBy = personOf(account);
      const id = await db.transaction(async (tx) => {
        const t = tx as unknown as Db;
        const [row] = await t
          .insert(lessonPermissions)
          .values({ schoolId: account.schoolId, groupId: group.id, startsAt: new Date(req.body.startsAt), endsAt: new Date(req.body.endsAt), platforms: req.body.platforms, grantedBy })
          .returning({ id: lessonPermissions.id });
        await appendAudit(t, { actor: account.id, action: 'lesson.permit', subject: group.id, detail: { id: row!.id, startsAt: req.body.startsAt, endsAt: req.body.endsAt } });
        return row!.id;
      });
      return reply.code(201).send({ id });
    },
  });
}
