/**
 * Governance over HTTP (thin: the services in this folder do the work).
 *
 * GET    /api/v1/protocol/versions                      the school's versions (drafts only for school management and the MR)
 * POST   /api/v1/protocol/versions                      a new draft from the version in force {basedOn?}
 * GET    /api/v1/protocol/versions/:id                  one version (id, number, "in-force", "draft") with its (G)MR decisions
 * PATCH  /api/v1/protocol/versions/:id                  a draft's parameters and summary
 * DELETE /api/v1/protocol/versions/:id                  discard a draft
 * PUT    /api/v1/protocol/versions/:id/articles/:article  one article of a draft {nl, en}
 * POST   /api/v1/protocol/versions/:id/approvals        the (G)MR's decision {meetingDate, outcome, minutesRef} (MR member)
 * POST   /api/v1/protocol/versions/:id/publish          publish an approved draft (school leader)
 * GET    /api/v1/protocol/versions/:id/pdf[?lang=en]    the version as PDF for the school guide
 * GET    /api/v1/protocol/diff?from=A&to=B              article-by-article, word-level diff
 * GET    /api/v1/protocol/acknowledgement               mine: must I confirm the version in force, did I
 * POST   /api/v1/protocol/acknowledgement               confirm {versionId}
 * GET    /api/v1/protocol/acknowledgements[?version=]   totals (MR), and per group who has not confirmed (school management)
 * POST   /api/v1/protocol/acknowledgements/reminders    mail those who have not confirmed (not twice within 20 hours)
 * GET    /api/v1/protocol/rescans                       the school's rescans (without their reports)
 * POST   /api/v1/protocol/rescans                       a rescan job {version, format, source?, authorRole?}
 * GET    /api/v1/protocol/rescans/demo-archive          the demo school's made-up archive (to try a rescan)
 * GET    /api/v1/protocol/rescans/:id                   its progress, and its report once done
 * PUT    /api/v1/protocol/rescans/:id/archive           the archive as the request body (streamed, up to 256 MiB)
 * POST   /api/v1/drafts/:id/recheck                     re-check a saved draft under the version in force (or {version})
 */
import { schoolPatchSchema } from '../registry/school.js';
import { visiblePeople } from '../api/check-people.js';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { calendarDate } from '../validation/dates.js';
import type { Services } from '../api/app.js';
import { requirePermission } from '../api/auth.js';
import type { SessionAccount } from '../auth/accounts.js';
import { can } from '../auth/policy.js';
import { check } from '../check/engine.js';
import type { Finding } from '../check/types.js';
import { SterrenwachtError } from '../errors.js';
import { drafts } from '../store/schema.js';
import { ackStatus, ackTotals, acknowledge, overviewPerGroup, sendReminders } from './acknowledgements.js';
import { ARCHIVE_FORMATS, formatOf } from './archive.js';
import { diffVersions } from './diff.js';
import { demoArchive } from './demo-archive.js';
import { DEMO_SCHOOL_ID } from '../demo/seed.js';
import { versionPdf } from './pdf.js';
import { AUTHOR_MODES, createJob, getJob, listJobs, runJob } from './rescan.js';
import { articleTextSchema, PARAM_KEYS, type ParamKey } from './template.js';
import { createDraft, discardDraft, editArticle, editDraft, listVersions, profileUnder, publishVersion, recordApproval, resolveVersion, versionView, type ProtocolVersion } from './versions.js';

const ref = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9-]+$/i);
const idParams = z.object({ id: ref });
const lang = z.object({ lang: z.enum(['nl', 'en']).default('nl') });
const bilingual = z.object({ nl: z.string().trim().min(2).max(2000), en: z.string().trim().min(2).max(2000) });

/** The archive upload's limit (the body is streamed, never held whole). */
export const ARCHIVE_LIMIT = 256 * 1024 * 1024;

/** A change to some parameters: none defaulted (a plain `.partial()` fills aliases and hashtags with [] and wipes them). */
const paramsPatchSchema = schoolPatchSchema.pick(Object.fromEntries(PARAM_KEYS.map((k) => [k, true])) as Record<ParamKey, true>).strict();

export function governanceRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = services.db;

  /** A version of the caller's school; a draft only for those who may read drafts (others: not found). */
  const visible = async (account: SessionAccount, id: string): Promise<ProtocolVersion> => {
    const v = await resolveVersion(db, account.schoolId, id);
    if (v.status === 'draft' && !can(account.role, 'protocol.drafts.read')) throw new SterrenwachtError('not_found', `Protocolversie "${id}" niet gevonden.`, `Protocol version "${id}" not found.`);
    return v;
  };
  const changed = (schoolId: string): void => services.registryChanged?.(schoolId);

  r.get('/api/v1/protocol/versions', {
    schema: { tags: ['governance'], summary: 'The versions of the school’s protocol' },
    handler: async (req) => {
      const account = requirePermission(req, 'protocol.versions.read');
      const all = await listVersions(db, account.schoolId);
      const list = all.filter((v) => v.status !== 'draft' || can(account.role, 'protocol.drafts.read'));
      return {
        versions: await Promise.all(
          list.map(async (v) => {
            const view: Partial<Awaited<ReturnType<typeof versionView>>> = await versionView(db, v);
            delete view.articles; // the list is an index; GET …/versions/:id has the articles
            return view;
          }),
        ),
      };
    },
  });

  r.post('/api/v1/protocol/versions', {
    schema: { tags: ['governance'], summary: 'Start a draft version from the version in force', body: z.object({ basedOn: ref.optional() }).strict().nullish() },
    handler: async (req, reply) => {
      const account = requirePermission(req, 'protocol.drafts.write');
      const basedOn = req.body?.basedOn ? (await resolveVersion(db, account.schoolId, req.body.basedOn)).id : undefined;
      const v = await createDraft(db, account.schoolId, account.id, basedOn ? { basedOn } : {});
      return reply.code(201).send(await versionView(db, v));
    },
  });

  r.get('/api/v1/protocol/versions/:id', {
    schema: { tags: ['governance'], summary: 'One version with its articles, parameters and (G)MR decisions', params: idParams },
    handler: async (req) => {
      const account = requirePermission(req, 'protocol.versions.read');
      return versionView(db, await visible(account, req.params.id));
    },
  });

  r.patch('/api/v1/protocol/versions/:id', {
    schema: {
      tags: ['governance'],
      summary: 'Change a draft’s parameters and summary',
      params: idParams,
      body: z.object({ params: paramsPatchSchema.optional(), summary: bilingual.nullable().optional() }).strict(),
    },
    handler: async (req) => {
      const account = requirePermission(req, 'protocol.drafts.write');
      const v = await resolveVersion(db, account.schoolId, req.params.id);
      return versionView(db, await editDraft(db, account.schoolId, v.id, account.id, { ...(req.body.params ? { params: req.body.params } : {}), ...(req.body.summary !== undefined ? { summary: req.body.summary } : {}) }));
    },
  });

  r.delete('/api/v1/protocol/versions/:id', {
    schema: { tags: ['governance'], summary: 'Discard a draft version', params: idParams },
    handler: async (req, reply) => {
      const account = requirePermission(req, 'protocol.drafts.write');
      const v = await resolveVersion(db, account.schoolId, req.params.id);
      await discardDraft(db, account.schoolId, v.id, account.id);
      return reply.code(204).send();
    },
  });

  r.put('/api/v1/protocol/versions/:id/articles/:article', {
    schema: { tags: ['governance'], summary: 'Change one article of a draft (Dutch and English)', params: z.object({ id: ref, article: z.string().min(2).max(4) }), body: articleTextSchema },
    handler: async (req) => {
      const account = requirePermission(req, 'protocol.drafts.write');
      const v = await resolveVersion(db, account.schoolId, req.params.id);
      return versionView(db, await editArticle(db, account.schoolId, v.id, account.id, req.params.article, req.body));
    },
  });

  r.post('/api/v1/protocol/versions/:id/approvals', {
    schema: {
      tags: ['governance'],
      summary: 'Record the (G)MR’s decision on a draft',
      params: idParams,
      body: z.object({ meetingDate: calendarDate, outcome: z.enum(['approved', 'rejected']), minutesRef: z.string().trim().min(2).max(300) }).strict(),
    },
    handler: async (req, reply) => {
      const account = requirePermission(req, 'protocol.approve');
      const v = await resolveVersion(db, account.schoolId, req.params.id);
      const approval = await recordApproval(db, account.schoolId, v.id, account.id, req.body);
      return reply.code(201).send({ approval, version: await versionView(db, await resolveVersion(db, account.schoolId, v.id)) });
    },
  });

  r.post('/api/v1/protocol/versions/:id/publish', {
    schema: { tags: ['governance'], summary: 'Publish a version the (G)MR approved; staff and parents are asked to acknowledge it', params: idParams, body: z.object({ notify: z.boolean().default(true) }).strict().nullish() },
    handler: async (req) => {
      const account = requirePermission(req, 'protocol.publish');
      const v = await resolveVersion(db, account.schoolId, req.params.id);
      const published = await publishVersion(db, account.schoolId, v.id, account.id);
      changed(account.schoolId);
      const asked = req.body?.notify === false ? null : await sendReminders(db, services.mailer, services.publicUrl, account.schoolId, account.id, { first: true });
      return { version: await versionView(db, published), acknowledgementRequests: asked };
    },
  });

  r.get('/api/v1/protocol/versions/:id/pdf', {
    schema: { tags: ['governance'], summary: 'The version as PDF (for the school guide)', params: idParams, querystring: lang, produces: ['application/pdf'] },
    handler: async (req, reply) => {
      const account = requirePermission(req, 'protocol.versions.read');
      const v = await visible(account, req.params.id);
      const { school } = await services.context(account.schoolId);
      const pdf = await versionPdf(v, req.query.lang, school);
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="protocol-sociale-media-v${v.number}${req.query.lang === 'en' ? '-en' : ''}.pdf"`)
        .send(pdf);
    },
  });

  r.get('/api/v1/protocol/diff', {
    schema: { tags: ['governance'], summary: 'Article-by-article, word-level diff between two versions', querystring: z.object({ from: ref, to: ref }) },
    handler: async (req) => {
      const account = requirePermission(req, 'protocol.versions.read');
      return diffVersions(await visible(account, req.query.from), await visible(account, req.query.to));
    },
  });

  r.get('/api/v1/protocol/acknowledgement', {
    schema: { tags: ['governance'], summary: 'Must I confirm the version in force, and did I?' },
    handler: async (req) => {
      const account = requirePermission(req, 'protocol.read');
      return ackStatus(db, account);
    },
  });

  r.post('/api/v1/protocol/acknowledgement', {
    schema: { tags: ['governance'], summary: 'Confirm having read the version in force', body: z.object({ versionId: ref }).strict() },
    handler: async (req) => {
      const account = requirePermission(req, 'protocol.acknowledge');
      return acknowledge(db, account, req.body.versionId);
    },
  });

  r.get('/api/v1/protocol/acknowledgements', {
    schema: { tags: ['governance'], summary: 'Who confirmed: totals (MR), per group who has not (school management)', querystring: z.object({ version: ref.optional() }) },
    handler: async (req) => {
      const account = requirePermission(req, 'protocol.acknowledgements.totals');
      const versionId = req.query.version ? (await visible(account, req.query.version)).id : undefined;
      if (can(account.role, 'protocol.acknowledgements.overview')) return overviewPerGroup(db, account.schoolId, account.id, versionId);
      return ackTotals(db, account.schoolId, versionId);
    },
  });

  r.post('/api/v1/protocol/acknowledgements/reminders', {
    schema: { tags: ['governance'], summary: 'Remind everyone who has not confirmed the version in force (by mail)' },
    handler: async (req) => {
      const account = requirePermission(req, 'protocol.acknowledgements.remind');
      return sendReminders(db, services.mailer, services.publicUrl, account.schoolId, account.id);
    },
  });

  r.get('/api/v1/protocol/rescans', {
    schema: { tags: ['governance'], summary: 'The school’s rescans' },
    handler: async (req) => {
      const account = requirePermission(req, 'protocol.rescan');
      return { rescans: await listJobs(db, account.schoolId) };
    },
  });

  r.post('/api/v1/protocol/rescans', {
    schema: {
      tags: ['governance'],
      summary: 'Create a rescan of an archive of posts under a version; then PUT the archive to …/archive',
      body: z.object({ version: ref.default('in-force'), compareTo: ref.optional(), format: z.enum(ARCHIVE_FORMATS), source: z.string().trim().max(200).optional(), authorRole: z.enum(AUTHOR_MODES).default('auto') }).strict(),
    },
    handler: async (req, reply) => {
      const account = requirePermission(req, 'protocol.rescan');
      const v = await resolveVersion(db, account.schoolId, req.body.version);
      const compareTo = req.body.compareTo ? (await resolveVersion(db, account.schoolId, req.body.compareTo)).id : undefined;
      const job = await createJob(db, account.schoolId, account.id, { versionId: v.id, compareTo, format: req.body.format, source: req.body.source, authorRole: req.body.authorRole });
      return reply.code(201).send(job);
    },
  });

  r.get('/api/v1/protocol/rescans/demo-archive', {
    schema: {
      tags: ['governance'],
      summary: 'The demo archive of posts (demo school only): our own templates, CSV with Dutch headers',
      querystring: z.object({ posts: z.coerce.number().int().min(1).max(100_000).default(1000), format: z.enum(ARCHIVE_FORMATS).default('csv') }),
      produces: ['text/csv', 'application/json', 'application/x-ndjson'],
    },
    handler: async (req, reply) => {
      const account = requirePermission(req, 'protocol.rescan');
      if (account.schoolId !== DEMO_SCHOOL_ID) throw new SterrenwachtError('not_found', 'Het demo-archief hoort bij de demoschool.', 'The demo archive belongs to the demo school.');
      const type = { csv: 'text/csv; charset=utf-8', json: 'application/json; charset=utf-8', jsonl: 'application/x-ndjson; charset=utf-8' }[req.query.format];
      return reply.type(type).header('content-disposition', `attachment; filename="demo-archief.${req.query.format}"`).send([...demoArchive(req.query.posts, req.query.format)].join(''));
    },
  });

  r.get('/api/v1/protocol/rescans/:id', {
    schema: { tags: ['governance'], summary: 'A rescan: its progress, and its report once done', params: z.object({ id: z.coerce.number().int().positive().max(2 ** 31 - 1) }) },
    handler: async (req) => {
      const account = requirePermission(req, 'protocol.rescan');
      return getJob(db, account.schoolId, req.params.id);
    },
  });

  // the archive arrives as a stream: this scope hands the raw body to the route
  void app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', (_req: FastifyRequest, payload: NodeJS.ReadableStream, done: (err: Error | null, body?: unknown) => void) => done(null, payload));
    scope.withTypeProvider<ZodTypeProvider>().put('/api/v1/protocol/rescans/:id/archive', {
      bodyLimit: ARCHIVE_LIMIT,
      schema: {
        tags: ['governance'],
        summary: 'Feed a rescan its archive (text/csv, application/json or application/x-ndjson; streamed, up to 256 MiB) and run it',
        description: 'Het archief wordt als stroom gelezen en niet bewaard; alleen het rapport blijft. Lees de voortgang intussen met GET …/rescans/:id.',
        params: z.object({ id: z.coerce.number().int().positive().max(2 ** 31 - 1) }),
        consumes: ['text/csv', 'application/json', 'application/x-ndjson'],
      },
      handler: async (req) => {
        const account = requirePermission(req, 'protocol.rescan');
        const job = await getJob(db, account.schoolId, req.params.id);
        const body = req.body as AsyncIterable<Buffer> | undefined;
        if (!body || typeof (body as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] !== 'function') {
          throw new SterrenwachtError('invalid_import', 'Stuur het archief als de inhoud van het verzoek.', 'Send the archive as the request body.');
        }
        const declared = formatOf(req.headers['content-type']);
        if (declared && declared !== job.format) {
          for await (const _ of body) void _;
          throw new SterrenwachtError('invalid_import', `Het archief is ${declared}, de herscan verwacht ${job.format}.`, `The archive is ${declared}, the rescan expects ${job.format}.`);
        }
        const length = Number(req.headers['content-length']);
        const v = await resolveVersion(db, account.schoolId, job.versionId);
        const compareTo = job.compareTo ? await resolveVersion(db, account.schoolId, job.compareTo) : undefined;
        const { school, people } = await services.context(account.schoolId);
        async function* limited(): AsyncGenerator<Buffer> {
          let n = 0;
          for await (const c of body!) {
            n += c.length;
            if (n > ARCHIVE_LIMIT) throw new SterrenwachtError('invalid_import', 'Het archief is groter dan 256 MiB; splits het.', 'The archive is larger than 256 MiB; split it.');
            yield c;
          }
        }
        const done = await runJob(db, account.schoolId, job.id, limited(), { version: v, compareTo, school, people, authorRole: job.authorRole, bytesTotal: Number.isFinite(length) && length > 0 ? length : undefined });
        return done;
      },
    });
  });

  r.post('/api/v1/drafts/:id/recheck', {
    schema: { tags: ['drafts'], summary: 'Re-check a saved draft under the version in force (or another version)', params: z.object({ id: z.coerce.number().int().positive().max(2 ** 31 - 1) }), body: z.object({ version: ref.optional() }).strict().nullish() },
    handler: async (req) => {
      const account = requirePermission(req, 'drafts.own');
      const row = (await db.select().from(drafts).where(and(eq(drafts.id, req.params.id), eq(drafts.accountId, account.id))).limit(1))[0];
      if (!row) throw new SterrenwachtError('not_found', 'Concept niet gevonden.', 'Draft not found.');
      // the people this caller may see, as for a new check: a re-check reveals no more than a check
      const ctx = await visiblePeople(services, account);
      const v = req.body?.version ? await visible(account, req.body.version) : undefined;
      const before = row.result as { verdict: string; findings: Finding[]; protocolVersion: string };
      const result = v ? check(row.request, { school: profileUnder(ctx.school, v), people: ctx.people, protocolVersion: v.id }) : check(row.request, ctx);
      await db.update(drafts).set({ result }).where(eq(drafts.id, row.id));
      const key = (f: Finding): string => `${f.rule}|${f.kind ?? ''}|${f.severity}|${f.message}`;
      const old = new Set((before.findings ?? []).map(key));
      const now = new Set(result.findings.map(key));
      return {
        id: row.id,
        previous: { protocolVersion: before.protocolVersion, verdict: before.verdict },
        result,
        added: result.findings.filter((f) => !old.has(key(f))),
        removed: (before.findings ?? []).filter((f) => !now.has(key(f))),
      };
    },
  });
}
