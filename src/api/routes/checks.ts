/**
 * POST /api/v1/checks        one CheckRequest → one CheckResult (the contract)
 * POST /api/v1/checks/batch  JSON lines in → JSON lines out, in order; a bad line
 *                            yields {"error": …, "line": N} and the batch goes on
 * Drafts are checked in memory and never stored.
 *
 * `people` left out is filled from the registry with consent per channel and medium (the check
 * then takes the consent for the request's account and channel), and only as far as the
 * caller may read it (policy `consent.read`, row-level as in registry/access.ts): school
 * management and staff get the school's registry; a parent themself and their own children;
 * anyone else only themself, without consent. So the answer to a caller never depends on what
 * the registry holds about people they cannot see: no consent, no names, no ids of them.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { checkRequestSchema, checkResultSchema } from '../../check/types.js';
import { SterrenwachtError } from '../../errors.js';
import type { Services } from '../app.js';
import { BODY_LIMITS } from '../limits.js';
import { checkPool } from '../../check/pool.js';
import { CheckWorkers } from '../check-workers.js';
import { authorRoleOf } from '../../auth/policy.js';
import { visiblePeople } from '../check-people.js';
import { requirePermission } from '../auth.js';
import type { SessionAccount } from '../../auth/accounts.js';
import { settingAt } from '../../registry/schedule.js';
import type { Db } from '../../store/db.js';

/**
 * Over HTTP the author may be left out (it is the logged-in account), and so may
 * `setting` and `lessonPermission`: they then follow from the timetable at `postedAt`
 * (default: now).
 */
const httpCheckRequestSchema = checkRequestSchema.extend({
  author: checkRequestSchema.shape.author.optional(),
  setting: checkRequestSchema.shape.setting.unwrap().optional(),
  lessonPermission: z.boolean().optional(),
  postedAt: z.iso.datetime({ offset: true }).optional(),
});

/** Fill `setting` and `lessonPermission` from the timetable when the request leaves them out. */
async function withSetting(db: Db, account: SessionAccount, body: Record<string, unknown>): Promise<Record<string, unknown>> {
  if (body.setting !== undefined) return body;
  const author = body.author as { role: 'staff' | 'pupil' | 'parent' | 'other'; id?: string };
  const at = typeof body.postedAt === 'string' ? new Date(body.postedAt) : new Date();
  if (Number.isNaN(at.getTime())) throw new SterrenwachtError('invalid_request', 'Veld "postedAt" is geen geldige datum en tijd.', 'Field "postedAt" is not a valid date and time.', 'postedAt');
  const s = await settingAt(db, account.schoolId, author.id, author.role, at);
  return { ...body, setting: s.setting, lessonPermission: body.lessonPermission ?? s.lessonPermission, ...(s.until && body.lessonUntil === undefined ? { lessonUntil: s.until } : {}) };
}

function withAuthor(body: unknown, account: SessionAccount): unknown {
  if (body && typeof body === 'object' && !Array.isArray(body) && (body as { author?: unknown }).author === undefined) {
    return { ...body, author: { role: authorRoleOf(account.role), ...(account.personId ? { id: account.personId } : {}) } };
  }
  return body;
}

/** The result schema lives with the contract (check/types.ts), so the web client is typed from it too. */
export { checkResultSchema };

export function checkRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  // the checks in worker threads beside the event loop (check-workers.ts)
  const workers = new CheckWorkers();
  app.addHook('onClose', () => workers.close());
  r.post('/api/v1/checks', {
    bodyLimit: BODY_LIMITS.check,
    schema: {
      tags: ['check'],
      summary: 'Check one draft against the protocol',
      description: 'De check: een concept-bericht tegen elk artikel van het protocol. Het concept wordt niet bewaard.',
      body: httpCheckRequestSchema,
      response: { 200: checkResultSchema },
    },
    // the result is documented, but not re-validated on the way out: the engine builds it
    serializerCompiler: () => (data) => JSON.stringify(data),
    handler: async (req, reply) => {
      const account = requirePermission(req, 'check.run');
      const body = await withSetting(services.db, account, withAuthor(req.body, account) as Record<string, unknown>);
      // checked in a worker thread, so the service keeps answering (check-workers.ts), and
      // answered as the JSON the check's result stringifies to; people only as far as the
      // caller may read them (check-people.ts)
      const json = await workers.check(body, await visiblePeople(services, account));
      // (a string with a JSON content type is sent as it is: no second serialisation)
      return (reply as FastifyReply).type('application/json; charset=utf-8').send(json);
    },
  });

  // the parser takes the global (small) limit; only routes that set a larger bodyLimit take more (api/limits.ts)
  app.addContentTypeParser(['application/x-ndjson', 'application/jsonl', 'application/x-jsonlines', 'text/plain'], { parseAs: 'string' }, (_req, body, done) => done(null, body));
  app.post('/api/v1/checks/batch', {
    bodyLimit: BODY_LIMITS.batch,
    schema: {
      tags: ['check'],
      summary: 'Check many drafts: JSON lines in, JSON lines out (application/x-ndjson)',
      description: 'Eén CheckRequest per regel; het antwoord is één CheckResult per regel, in dezelfde volgorde.',
      consumes: ['application/x-ndjson'],
      produces: ['application/x-ndjson'],
    },
    handler: async (req, reply) => {
      const account = requirePermission(req, 'check.run');
      if (typeof req.body !== 'string') {
        throw new SterrenwachtError('invalid_request', 'Stuur JSON-regels (application/x-ndjson).', 'Send JSON lines (application/x-ndjson).');
      }
      const lines = req.body.split('\n');
      const out: string[] = [];
      const { school, people, protocolVersion } = await visiblePeople(services, account);
      let lastYield = performance.now();
      for (const [i, line] of lines.entries()) {
        if (line.trim() === '') continue;
        // a long batch: let other requests in every few milliseconds
        if (performance.now() - lastYield > 10) {
          await new Promise((resolve) => setImmediate(resolve));
          lastYield = performance.now();
        }
        try {
          let request: unknown;
          try {
            request = JSON.parse(line);
          } catch (e) {
            throw new SterrenwachtError('invalid_json', `Geen geldige JSON: ${(e as Error).message}`, `Not valid JSON: ${(e as Error).message}`);
          }
          // like a single check: author from the session, setting from the timetable when left out
          const body = withAuthor(request, account);
          const filled = body && typeof body === 'object' && !Array.isArray(body) && (body as { author?: unknown }).author ? await withSetting(services.db, account, body as Record<string, unknown>) : body;
          out.push(JSON.stringify(await checkPool.check(filled, { school, people, protocolVersion })));
        } catch (e) {
          const err = e instanceof SterrenwachtError ? e : new SterrenwachtError('invalid_request', (e as Error).message, (e as Error).message);
          out.push(JSON.stringify({ error: err.toJSON(), line: i + 1 }));
        }
      }
      return reply.type('application/x-ndjson').send(out.join('\n') + (out.length ? '\n' : ''));
    },
  });
}
