/**
 * The school's registry over HTTP (school management and staff; every read and
 * change is audited, every query scoped to the caller's school):
 * GET   /api/v1/people[?role=&group=]   list
 * GET   /api/v1/people/:id              one person
 * POST  /api/v1/people                  add
 * PATCH /api/v1/people/:id              change name, role, group, leidinggevende, the children of a guardian
 * POST  /api/v1/people/import/preview   a roster export (text/csv): every change it would make, and its token (nothing changes)
 * POST  /api/v1/people/import?token=     apply exactly the change set the preview named (all rows or none; 409 if it changed)
 * GET   /api/v1/people/:id/export       inzage: everything held about the person (guardians for their children)
 * DELETE /api/v1/people/:id             erase, keeping what must be retained (reported)
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { appendAudit } from '../../audit/log.js';
import { visiblePerson } from '../../registry/access.js';
import { SterrenwachtError } from '../../errors.js';
import { applyRoster, previewRoster } from '../../registry/roster.js';
import { createPerson, exportPerson, getPerson, listPeople, personInputSchema, updatePerson } from '../../registry/service.js';
import { erasePerson } from '../../registry/erasure.js';
import { forgetAllSessions, requirePermission } from '../auth.js';
import type { Services } from '../app.js';
import { BODY_LIMITS } from '../limits.js';

const params = z.object({ id: z.string().min(1).max(200) });

/** E-mail addresses from the roster (for invitations and SSO) are for school management only. */
function withoutEmail<T extends { email: string | null }>(role: string, p: T): T {
  return role === 'schoolleiding' ? p : { ...p, email: null };
}

export function peopleRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = services.db;
  r.get('/api/v1/people', {
    schema: { tags: ['registry'], summary: 'People of the school', querystring: z.object({ role: z.enum(['pupil', 'staff', 'parent', 'other']).optional(), group: z.string().max(200).optional(), state: z.enum(['current', 'left', 'all']).default('current') }) },
    handler: async (req) => {
      const account = requirePermission(req, 'people.read');
      const list = await listPeople(db, account.schoolId, { ...(req.query.role ? { role: req.query.role } : {}), ...(req.query.group ? { groupId: req.query.group } : {}), state: req.query.state });
      await appendAudit(db, { actor: account.id, action: 'people.list', subject: account.schoolId, detail: { count: list.length } });
      return { people: list.map((p) => withoutEmail(account.role, p)) };
    },
  });
  r.get('/api/v1/people/:id', {
    schema: { tags: ['registry'], summary: 'One person', params },
    handler: async (req) => {
      const account = requirePermission(req, 'people.read');
      const person = await getPerson(db, account.schoolId, req.params.id);
      await appendAudit(db, { actor: account.id, action: 'person.read', subject: person.id });
      return { person: withoutEmail(account.role, person) };
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
  // a roster export of a large school (10,000 pupils with two guardians is ~0.8 MB): the import routes set
  // their own limit (api/limits.ts), the parser takes the global (small) one elsewhere
  const IMPORT_BODY_LIMIT = BODY_LIMITS.csvImport;
  app.addContentTypeParser(['text/csv', 'application/csv', 'text/tab-separated-values'], { parseAs: 'string' }, (_req, body, done) => done(null, body));
  const csvBody = (body: unknown): string => {
    if (typeof body !== 'string') throw new SterrenwachtError('invalid_import', 'Stuur het bestand als text/csv.', 'Send the file as text/csv.');
    return body;
  };
  const mode = z.enum(['sync', 'merge']).default('sync');
  r.post('/api/v1/people/import/preview', {
    bodyLimit: IMPORT_BODY_LIMIT,
    schema: {
      tags: ['registry'],
      summary: 'Preview a roster import (text/csv): every change, all bad rows, and the token to apply it; nothing changes',
      consumes: ['text/csv'],
      querystring: z.object({ mode }),
    },
    handler: async (req) => {
      const account = requirePermission(req, 'people.write');
      const preview = await previewRoster(db, account.schoolId, { accountId: account.id, personId: account.personId }, csvBody(req.body), req.query.mode);
      await appendAudit(db, { actor: account.id, action: 'roster.preview', subject: account.schoolId, detail: { token: preview.token, added: preview.added.length, updated: preview.updated.length, left: preview.left.length } });
      return preview;
    },
  });
  r.post('/api/v1/people/import', {
    bodyLimit: IMPORT_BODY_LIMIT,
    schema: {
      tags: ['registry'],
      summary: 'Apply a roster import: exactly the change set its preview named (token), all rows or none',
      consumes: ['text/csv'],
      querystring: z.object({ mode, token: z.string().min(1).max(100).optional() }),
    },
    handler: async (req) => {
      const account = requirePermission(req, 'people.write');
      const csv = csvBody(req.body);
      if (!req.query.token) throw new SterrenwachtError('invalid_request', 'Bekijk eerst het voorbeeld (POST /api/v1/people/import/preview) en geef het token mee.', 'Preview first (POST /api/v1/people/import/preview) and pass its token.', 'token');
      const result = await applyRoster(db, account.schoolId, { accountId: account.id, personId: account.personId }, csv, req.query.token, req.query.mode);
      forgetAllSessions(); // leavers' sessions ended
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
