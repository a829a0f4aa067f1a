/**
 * The school and its board:
 * GET   /api/v1/school   the school's name and protocol settings (everyone of the school)
 * PATCH /api/v1/school   change protocol settings (school management); the check uses them at once. Once a
 *                         version of the protocol is in force, the settings it holds (name, aliases, hashtags,
 *                         mission, disclosure, disclaimer, approval date) change only through a new version.
 * GET   /api/v1/board    the board and its schools (board, school management)
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { boardOf, getSchool, schoolPatchSchema, updateSchool } from '../../registry/school.js';
import { requirePermission } from '../auth.js';
import { SterrenwachtError } from '../../errors.js';
import { PARAM_KEYS } from '../../governance/template.js';
import { versionInForce } from '../../governance/versions.js';
import type { Services } from '../app.js';

export function schoolRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = services.db;
  r.get('/api/v1/school', {
    schema: { tags: ['school'], summary: 'The school and its protocol settings' },
    handler: async (req) => {
      const account = requirePermission(req, 'school.read');
      return { school: await getSchool(db, account.schoolId, services.fallbackSchool) };
    },
  });
  r.patch('/api/v1/school', {
    schema: { tags: ['school'], summary: 'Change the school’s protocol settings', body: schoolPatchSchema },
    handler: async (req) => {
      const account = requirePermission(req, 'school.write');
      const locked = Object.keys(req.body).filter((k) => (PARAM_KEYS as readonly string[]).includes(k) || k === 'approvalDate');
      if (locked.length && (await versionInForce(db, account.schoolId))) {
        throw new SterrenwachtError(
          'conflict',
          `${locked.join(', ')} ${locked.length === 1 ? 'hoort' : 'horen'} bij het protocol dat geldt; wijzig ${locked.length === 1 ? 'het' : 'ze'} in een nieuwe conceptversie (Protocolversies), die de (G)MR goedkeurt.`,
          `${locked.join(', ')} ${locked.length === 1 ? 'is' : 'are'} part of the protocol in force; change ${locked.length === 1 ? 'it' : 'them'} in a new draft version, for the (G)MR to approve.`,
          locked[0],
        );
      }
      const school = await updateSchool(db, account.schoolId, account.id, req.body, services.fallbackSchool);
      services.registryChanged?.(account.schoolId);
      return { school };
    },
  });
  r.get('/api/v1/board', {
    schema: { tags: ['school'], summary: 'The board and its schools' },
    handler: async (req) => {
      const account = requirePermission(req, 'board.read');
      return boardOf(db, account.schoolId);
    },
  });
}
