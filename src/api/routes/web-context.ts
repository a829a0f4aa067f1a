/**
 * What the web app's pages need beyond the registry routes:
 * GET /api/v1/check-setting[?postedAt=]  the setting the check would take from the timetable for the
 *                                        logged-in author at that moment (lesson, work, private), with
 *                                        lesson permission and the lesson's group, so the page can show it
 * GET /api/v1/my/children                a parent's own children (id, name, group): whom they manage consent for
 * GET /api/v1/people/:id/takedown-status  the takedown tasks a revocation of this person's consent created, as far
 *                                        as a guardian may know: medium, channel, open or done, and when
 *                                        (not who did it or their note)
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { and, asc, desc, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { visiblePerson } from '../../registry/access.js';
import { authorRoleOf } from '../../auth/policy.js';
import { settingAt } from '../../registry/schedule.js';
import { groups, guardianships, people, takedownTasks } from '../../store/schema.js';
import { appendAudit } from '../../audit/log.js';
import { personOf, requirePermission } from '../auth.js';
import type { Services } from '../app.js';
import { checkSettingAnswerSchema, checkSettingQuerySchema, myChildrenAnswerSchema, takedownStatusAnswerSchema } from '../schemas/web.js';

export function webContextRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = services.db;
  r.get('/api/v1/check-setting', {
    schema: { tags: ['check'], summary: 'The setting the check takes from the timetable for me at a moment', querystring: checkSettingQuerySchema, response: { 200: checkSettingAnswerSchema } },
    handler: async (req) => {
      const account = requirePermission(req, 'check.run');
      const at = req.query.postedAt ? new Date(req.query.postedAt) : new Date();
      const s = await settingAt(db, account.schoolId, account.personId ?? undefined, authorRoleOf(account.role), at);
      let groupName: string | null = null;
      if (s.groupId) groupName = (await db.select({ name: groups.name }).from(groups).where(and(eq(groups.schoolId, account.schoolId), eq(groups.id, s.groupId))).limit(1))[0]?.name ?? null;
      return { at: at.toISOString(), setting: s.setting, lessonPermission: s.lessonPermission, groupId: s.groupId ?? null, groupName };
    },
  });
  r.get('/api/v1/my/children', {
    schema: { tags: ['consent'], summary: 'My own children (parents)', response: { 200: myChildrenAnswerSchema } },
    handler: async (req) => {
      const account = requirePermission(req, 'children.own');
      const parent = personOf(account);
      const rows = await db
        .select({ id: people.id, name: people.name, groupId: people.groupId, groupName: groups.name })
        .from(guardianships)
        .innerJoin(people, eq(people.id, guardianships.pupilId))
        .leftJoin(groups, eq(groups.id, people.groupId))
        .where(and(eq(guardianships.parentId, parent), eq(people.schoolId, account.schoolId), isNull(people.erasedAt)))
        .orderBy(asc(people.name));
      await appendAudit(db, { actor: account.id, action: 'children.list', subject: parent, detail: { count: rows.length } });
      return { children: rows.map((c) => ({ ...c, groupId: c.groupId ?? null, groupName: c.groupName ?? null })) };
    },
  });
  r.get('/api/v1/people/:id/takedown-status', {
    schema: { tags: ['consent'], summary: 'Takedown tasks from revoked consent of a person: status only (guardians, staff)', params: z.object({ id: z.string().min(1).max(200) }), response: { 200: takedownStatusAnswerSchema } },
    handler: async (req) => {
      const account = requirePermission(req, 'consent.read');
      const person = await visiblePerson(db, account, req.params.id);
      const rows = await db
        .select({ id: takedownTasks.id, medium: takedownTasks.medium, channel: takedownTasks.channel, status: takedownTasks.status, createdAt: takedownTasks.createdAt, doneAt: takedownTasks.doneAt })
        .from(takedownTasks)
        .where(and(eq(takedownTasks.schoolId, account.schoolId), eq(takedownTasks.personId, person.id)))
        .orderBy(desc(takedownTasks.id));
      await appendAudit(db, { actor: account.id, action: 'takedowns.status.read', subject: person.id, detail: { count: rows.length } });
      return { personId: person.id, tasks: rows.map((t) => ({ ...t, status: t.status === 'done' ? ('done' as const) : ('open' as const), createdAt: t.createdAt.toISOString(), doneAt: t.doneAt ? t.doneAt.toISOString() : null })) };
    },
  });
}
