/**
 * The school's registry over HTTP (school management and staff; every read and
 * change is audited, every query scoped to the caller's school):
 * GET   /api/v1/people[?role=&group=]   list
 * GET   /api/v1/people/:id              one person
 * POST  /api/v1/people                  add
 * PATCH /api/v1/people/:id              change name, role, group, leidinggevende, the children of a guardian
 * POST  /api/v1/people/import           CSV roster export (text/csv): all rows or none
 * GET   /api/v1/people/:id/export       inzage: everything held about the person (guardians for their children)
 * DELETE /api/v1/people/:id             erase, keeping what must be retained (reported)
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { appendAudit } from '../../audit/log.js';
import { visiblePerson } from '../../registry/access.js';
import { SterrenwachtError } from '../../errors.js';
import { importCsv } from '../../registry/csv.js';
import { createPerson, exportPerson, getPerson, listPeople, personInputSchema, updatePerson } from '../../registry/service.js';
import { erasePerson } from '../../registry/erasure.js';
import { forgetAllSessions, requirePermission } from '../auth.js';
import type { Services } from '../app.js';
import { BODY_LIMITS } from '../limits.js';

const params = z.object({ id: z.string().min(1).max(200) });

export function peopleRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = services.db;
  r.get('/api/v1/people', {
    schema: { tags: ['registry'], summary: 'People of the school', querystring: z.object({ role: z.enum(['pupil', 'staff', 'parent', 'other']).optional(), group: z.string().max(200).optional() }) },
    handler: async (req) => {
      const account = requirePermission(req, 'people.read');
      const list = await listPeople(db, account.schoolId, { ...(req.query.role ? { role: req.query.role } : {}), ...(req.query.group ? { groupId: req.query.group } : {}) });
      await appendAudit(db, { actor: account.id, action: 'people.list', subject: account.schoolId, detail: { count: list.length } });
      return { people: list };
    },
  });
  r.get('/api/v1/people/:id', {
    schema: { tags: ['registry'], summary: 'One person', params },
    handler: async (req) => {
      const account = requirePermission(req, 'people.read');
      const person = await getPerson(db, account.schoolId, req.params.id);
      await appendAudit(db, { actor: account.id, action: 'person.read', subject: person.id });
      return { person };
    },
  });
  r.post('/api/v1/people', {
    schema: { tags: ['registry'], summary: 'Add a person', body: personInputSchema },
    handler: async (req, reply) => {
      const account = requirePermission(req, 'people.write');
      const id = await createPerson(db, account.schoolId, account.id, req.body);
      services.registryChanged?.(account.schoolId);
      return reply.code(201).send({ id });
    },
  });
  r.patch('/api/v1/people/:id', {
    schema: { tags: ['registry'], summary: 'Change a person', params, body: personInputSchema.omit({ id: true }).partial() },
    handler: async (req, reply) => {
      const account = requirePermission(req, 'people.write');
      await updatePerson(db, account.schoolId, account.id, req.params.id, req.body);
      services.registryChanged?.(account.schoolId);
      return reply.code(204).send();
    },
  });
  // the parser takes the global (small) limit; the import route sets its own (api/limits.ts)
  app.addContentTypeParser(['text/csv', 'application/csv'], { parseAs: 'string' }, (_req, body, done) => done(null, body));
  app.post('/api/v1/people/import', {
    bodyLimit: BODY_LIMITS.csvImport,
    schema: { tags: ['registry'], summary: 'Import a roster export (text/csv): all rows or none', consumes: ['text/csv'] },
    handler: async (req) => {
      const account = requirePermission(req, 'people.write');
      if (typeof req.body !== 'string') throw new SterrenwachtError('invalid_import', 'Stuur het bestand als text/csv.', 'Send the file as text/csv.');
      const result = await importCsv(db, account.schoolId, account.id, req.body);
      services.registryChanged?.(account.schoolId);
      return result;
    },
  });
  r.delete('/api/v1/people/:id', {
    schema: { tags: ['registry'], summary: 'Erase a person (records under retention are kept and reported)', params },
    handler: async (req) => {
      const account = requirePermission(req, 'people.erase');
      const report = await erasePerson(db, account.schoolId, account.id, req.params.id, services.consentRetentionDays);
      forgetAllSessions(); // the erased person's accounts and sessions are gone: no cached session may outlive them
      services.registryChanged?.(account.schoolId);
      return report;
    },
  });
  r.get('/api/v1/people/:id/export', {
    schema: { tags: ['registry'], summary: 'Inzage: everything held about a person', params },
    handler: async (req) => {
      const account = requirePermission(req, 'people.export');
      await visiblePerson(db, account, req.params.id);
      return exportPerson(db, account.schoolId, account.id, req.params.id);
    },
  });
}
