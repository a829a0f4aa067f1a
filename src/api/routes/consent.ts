/**
 * GET  /api/v1/people/:id/consent          the consent in force (and who may change it)
 * GET  /api/v1/people/:id/consent/history  every grant and revocation
 * POST /api/v1/people/:id/consent          give or revoke: {medium, channel, granted, note?}
 * Parents see and change their own children only; staff see people of their school.
 * Reads of consent are audited; a person of another school is "not found".
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CHANNELS, MEDIA, changeConsent, consentHistory, currentConsent } from '../../consent/service.js';
import { visiblePerson } from '../../registry/access.js';
import { appendAudit } from '../../audit/log.js';
import { personOf, requirePermission } from '../auth.js';
import type { Services } from '../app.js';

const params = z.object({ id: z.string().min(1).max(200) });

export function consentRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/v1/people/:id/consent', {
    schema: { tags: ['consent'], summary: 'Consent in force for a person', params },
    handler: async (req) => {
      const account = requirePermission(req, 'consent.read');
      const person = await visiblePerson(services.db, account, req.params.id);
      await appendAudit(services.db, { actor: account.id, action: 'consent.read', subject: person.id });
      return { personId: person.id, name: person.name, consent: await currentConsent(services.db, person.id) };
    },
  });
  r.get('/api/v1/people/:id/consent/history', {
    schema: { tags: ['consent'], summary: 'Consent history of a person', params },
    handler: async (req) => {
      const account = requirePermission(req, 'consent.read');
      const person = await visiblePerson(services.db, account, req.params.id);
      await appendAudit(services.db, { actor: account.id, action: 'consent.history.read', subject: person.id });
      return { personId: person.id, events: await consentHistory(services.db, person.id) };
    },
  });
  r.post('/api/v1/people/:id/consent', {
    schema: {
      tags: ['consent'],
      summary: 'Give or revoke consent (parents: for their own children)',
      params,
      body: z.object({ medium: z.enum(MEDIA), channel: z.enum(CHANNELS), granted: z.boolean(), note: z.string().max(1000).optional() }),
    },
    handler: async (req) => {
      const account = requirePermission(req, 'consent.change');
      const person = await visiblePerson(services.db, account, req.params.id);
      const result = await changeConsent(services.db, personOf(account), { personId: person.id, ...req.body });
      services.registryChanged?.(account.schoolId);
      return result;
    },
  });
}
