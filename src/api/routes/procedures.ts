/**
 * The protocol's procedures over HTTP (B2, B3, S1–S6); thin routes over the services in
 * src/consultations, src/reports, src/cases and src/register. Who may call what is in
 * policy.ts; row-level rules (the leidinggevende asked, the case's handler, the bestuur
 * for staff cases only) are in the services.
 *
 * Consultations (staff)
 *   POST /api/v1/consultations                      {request, question, reason?} → 201: checked, sent to the leidinggevende
 *   GET  /api/v1/consultations                      {asked, toAnswer}
 *   GET  /api/v1/consultations/:id                  author, leidinggevende or school leader escalated to
 *   POST /api/v1/consultations/:id/answer           {answer: plaatsen|aanpassen|niet_plaatsen, suggestedText?, comment}
 *   POST /api/v1/consultations/:id/withdraw         the author
 * Reports (anyone)
 *   POST /api/v1/reports                            {link?, text?, postedById?, postedByDescription?, whatHappened} → 201 + suggested articles
 *   POST /api/v1/reports/:id/screenshots            the image itself (image/png, jpeg, webp, gif; at most 5 MB, route bodyLimit 6 MB)
 *   GET  /api/v1/reports/mine                       status of one's own reports
 *   GET  /api/v1/reports[?status=], GET …/:id       school management
 *   GET  /api/v1/reports/:id/screenshots/:sid       those handling it only
 *   POST /api/v1/reports/:id/close                  {reason}: no case
 * Cases (school management; the bestuur for staff cases)
 *   POST  /api/v1/cases, GET /api/v1/cases[?status=], GET/PATCH /api/v1/cases/:id
 *   POST  /api/v1/cases/:id/notes | hearings | qualification | decisions
 *   POST  /api/v1/cases/:id/tasks/:taskId/done      log the S2 call / the S6 police report
 *   GET   /api/v1/cases/:id/letters/:letterId       the letter as PDF
 *   GET   /api/v1/dossiers/:type/:personId          personnel | pupil dossier
 * Register ((G)MR)
 *   GET   /api/v1/register[?from=YYYY-MM&to=YYYY-MM], …/register/csv, …/register/pdf
 */
import { acceptImages } from '../image-body.js';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requirePermission } from '../auth.js';
import type { Services } from '../app.js';
import { createNotifier } from '../../cases/notify.js';
import { answerConsultation, answerSchema, askConsultation, askSchema, getConsultation, listConsultations, withdrawConsultation } from '../../consultations/service.js';
import { addScreenshot, closeReport, createReport, getReport, listReports, myReports, readScreenshot, REPORT_STATUSES, reportInputSchema } from '../../reports/service.js';
import { addNote, CASE_STATUSES, completeTask, getCase, getDossier, hearingSchema, listCases, noteSchema, openCase, openCaseSchema, qualifySchema, qualifyCase, recordHearing, taskDoneSchema, updateCase, updateCaseSchema } from '../../cases/service.js';
import { decideMeasure, decisionSchema, readLetter } from '../../cases/decide.js';
import { buildRegister, periodSchema, registerCsv, registerPdf } from '../../register/service.js';
import { SterrenwachtError } from '../../errors.js';

const id = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });
const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/gif'];
/** A screenshot is at most 5 MB (reports/service.ts); the route allows a little more so the service can answer in Dutch. */
export const SCREENSHOT_BODY_LIMIT = 6 * 1024 * 1024;

export function procedureRoutes(app: FastifyInstance, services: Services): void {
  const db = services.db;
  const notifier = createNotifier(db, services.mailer, services.publicUrl, (e) => app.log.error(e));
  const school = async (schoolId: string) => (await services.context(schoolId)).school;

  // encapsulated, so the image body parser stays local to these routes
  void app.register(async (scope) => {
    acceptImages(scope, IMAGE_TYPES, SCREENSHOT_BODY_LIMIT);
    const r = scope.withTypeProvider<ZodTypeProvider>();

    // --- consultations ---
    r.post('/api/v1/consultations', {
      schema: { tags: ['procedures'], summary: 'Ask one’s leidinggevende for advice on a draft (B2/B3)', body: askSchema },
      handler: async (req, reply) => {
        const account = requirePermission(req, 'consultations.ask');
        return reply.code(201).send({ consultation: await askConsultation(db, await services.context(account.schoolId), notifier, account, req.body) });
      },
    });
    r.get('/api/v1/consultations', {
      schema: { tags: ['procedures'], summary: 'My consultations: asked, and waiting for my answer' },
      handler: async (req) => listConsultations(db, requirePermission(req, 'consultations.ask')),
    });
    r.get('/api/v1/consultations/:id', {
      schema: { tags: ['procedures'], summary: 'One consultation (author, leidinggevende, escalated school leader)', params: id },
      handler: async (req) => ({ consultation: await getConsultation(db, requirePermission(req, 'consultations.ask'), req.params.id) }),
    });
    r.post('/api/v1/consultations/:id/answer', {
      schema: { tags: ['procedures'], summary: 'Answer: plaatsen, aanpassen (with a suggested text) or niet plaatsen, with a comment', params: id, body: answerSchema },
      handler: async (req) => ({ consultation: await answerConsultation(db, notifier, requirePermission(req, 'consultations.answer'), req.params.id, req.body) }),
    });
    r.post('/api/v1/consultations/:id/withdraw', {
      schema: { tags: ['procedures'], summary: 'Withdraw one’s own open consultation', params: id },
      handler: async (req) => ({ consultation: await withdrawConsultation(db, requirePermission(req, 'consultations.ask'), req.params.id) }),
    });

    // --- reports ---
    r.post('/api/v1/reports', {
      schema: { tags: ['procedures'], summary: 'Report a post (melding); the check suggests the articles it may break', body: reportInputSchema },
      handler: async (req, reply) => {
        const account = requirePermission(req, 'reports.create');
        return reply.code(201).send(await createReport(db, await services.context(account.schoolId), notifier, account, req.body));
      },
    });
    r.post('/api/v1/reports/:id/screenshots', {
      bodyLimit: SCREENSHOT_BODY_LIMIT,
      schema: { tags: ['procedures'], summary: 'Add a screenshot to one’s own report (the image as the body, at most 5 MB)', params: id, consumes: IMAGE_TYPES },
      handler: async (req, reply) => {
        const account = requirePermission(req, 'reports.create');
        if (!(req.body instanceof Buffer)) throw new SterrenwachtError('invalid_request', 'Stuur de afbeelding zelf als body (image/png, image/jpeg, image/webp of image/gif).', 'Send the image itself as the body (image/png, image/jpeg, image/webp or image/gif).');
        const declared = String(req.headers['content-type'] ?? '').split(';')[0]!.trim();
        return reply.code(201).send({ screenshot: await addScreenshot(db, account, req.params.id, declared, new Uint8Array(req.body)) });
      },
    });
    r.get('/api/v1/reports/mine', {
      schema: { tags: ['procedures'], summary: 'The status of my reports (never the case or the dossier)' },
      handler: async (req) => ({ reports: await myReports(db, requirePermission(req, 'reports.own')) }),
    });
    r.get('/api/v1/reports', {
      schema: { tags: ['procedures'], summary: 'The school’s reports (school management)', querystring: z.object({ status: z.enum(REPORT_STATUSES).optional() }) },
      handler: async (req) => ({ reports: await listReports(db, requirePermission(req, 'reports.handle'), req.query.status) }),
    });
    r.get('/api/v1/reports/:id', {
      schema: { tags: ['procedures'], summary: 'One report (school management; audited)', params: id },
      handler: async (req) => ({ report: await getReport(db, requirePermission(req, 'reports.handle'), req.params.id) }),
    });
    r.get('/api/v1/reports/:id/screenshots/:screenshotId', {
      schema: { tags: ['procedures'], summary: 'A screenshot of a report: only those handling it (audited)', params: id.extend({ screenshotId: z.coerce.number().int().positive().max(2_147_483_647) }) },
      handler: async (req, reply) => {
        const s = await readScreenshot(db, requirePermission(req, 'cases.handle'), req.params.id, req.params.screenshotId);
        return reply.type(s.mime).header('cache-control', 'no-store').header('content-disposition', 'inline').send(Buffer.from(s.data));
      },
    });
    r.post('/api/v1/reports/:id/close', {
      schema: { tags: ['procedures'], summary: 'Close a report that does not become a case', params: id, body: z.object({ reason: z.string().trim().min(1).max(4000) }) },
      handler: async (req, reply) => {
        await closeReport(db, notifier, requirePermission(req, 'reports.handle'), req.params.id, req.body.reason);
        return reply.code(204).send();
      },
    });

    // --- cases ---
    r.post('/api/v1/cases', {
      schema: { tags: ['procedures'], summary: 'Open a case (from a report, or directly) with a handler from school management', body: openCaseSchema },
      handler: async (req, reply) => {
        const account = requirePermission(req, 'cases.open');
        return reply.code(201).send(await openCase(db, await school(account.schoolId), notifier, account, req.body));
      },
    });
    r.get('/api/v1/cases', {
      schema: { tags: ['procedures'], summary: 'The cases one may handle (audited)', querystring: z.object({ status: z.enum(CASE_STATUSES).optional() }) },
      handler: async (req) => ({ cases: await listCases(db, requirePermission(req, 'cases.handle'), req.query.status) }),
    });
    r.get('/api/v1/cases/:id', {
      schema: { tags: ['procedures'], summary: 'One case with its timeline, measures, letters and tasks (audited)', params: id },
      handler: async (req) => ({ case: await getCase(db, requirePermission(req, 'cases.handle'), req.params.id) }),
    });
    r.patch('/api/v1/cases/:id', {
      schema: { tags: ['procedures'], summary: 'Change status, handler, deadline or articles', params: id, body: updateCaseSchema },
      handler: async (req, reply) => {
        await updateCase(db, notifier, requirePermission(req, 'cases.handle'), req.params.id, req.body);
        return reply.code(204).send();
      },
    });
    r.post('/api/v1/cases/:id/notes', {
      schema: { tags: ['procedures'], summary: 'Add a note (filed in the dossier)', params: id, body: noteSchema },
      handler: async (req, reply) => {
        await addNote(db, requirePermission(req, 'cases.handle'), req.params.id, req.body.text);
        return reply.code(201).send({ ok: true });
      },
    });
    r.post('/api/v1/cases/:id/hearings', {
      schema: { tags: ['procedures'], summary: 'Record the hearing of the person concerned (hoor en wederhoor)', params: id, body: hearingSchema },
      handler: async (req, reply) => {
        await recordHearing(db, requirePermission(req, 'cases.handle'), req.params.id, req.body);
        return reply.code(201).send({ ok: true });
      },
    });
    r.post('/api/v1/cases/:id/qualification', {
      schema: { tags: ['procedures'], summary: 'S2 grensoverschrijdend (bestuur) → phone task; S6 possibly criminal → police task', params: id, body: qualifySchema },
      handler: async (req, reply) => reply.code(201).send(await qualifyCase(db, notifier, requirePermission(req, 'cases.handle'), req.params.id, req.body)),
    });
    r.post('/api/v1/cases/:id/decisions', {
      schema: { tags: ['procedures'], summary: 'Decide a measure from the ladder (S3/S5) with its motivation; writes the letter(s) as PDF', params: id, body: decisionSchema },
      handler: async (req, reply) => {
        const account = requirePermission(req, 'cases.decide');
        return reply.code(201).send(await decideMeasure(db, await school(account.schoolId), notifier, account, req.params.id, req.body));
      },
    });
    r.post('/api/v1/cases/:id/tasks/:taskId/done', {
      schema: { tags: ['procedures'], summary: 'Log the S2 call (when, reference, summary) or the S6 police report (date, registration number)', params: id.extend({ taskId: z.coerce.number().int().positive().max(2_147_483_647) }), body: taskDoneSchema },
      handler: async (req, reply) => {
        await completeTask(db, requirePermission(req, 'cases.handle'), req.params.id, req.params.taskId, req.body);
        return reply.code(204).send();
      },
    });
    r.get('/api/v1/cases/:id/letters/:letterId', {
      schema: { tags: ['procedures'], summary: 'A decision letter as PDF (audited)', params: id.extend({ letterId: z.coerce.number().int().positive().max(2_147_483_647) }), produces: ['application/pdf'] },
      handler: async (req, reply) => {
        const l = await readLetter(db, requirePermission(req, 'cases.handle'), req.params.id, req.params.letterId);
        return reply.type('application/pdf').header('cache-control', 'no-store').header('content-disposition', `attachment; filename="brief-${l.reference.replace(/[^A-Za-z0-9-]/g, '_')}.pdf"`).send(Buffer.from(l.pdf));
      },
    });
    r.get('/api/v1/dossiers/:type/:personId', {
      schema: { tags: ['procedures'], summary: 'A personnel (S1) or pupil (S4) dossier (audited)', params: z.object({ type: z.enum(['personnel', 'pupil']), personId: z.string().min(1).max(200) }) },
      handler: async (req) => ({ dossier: await getDossier(db, requirePermission(req, 'dossiers.read'), req.params.type, req.params.personId) }),
    });

    // --- the (G)MR register ---
    r.get('/api/v1/register', {
      schema: { tags: ['procedures'], summary: 'Anonymous counts per article and measure (small counts suppressed)', querystring: periodSchema },
      handler: async (req) => ({ register: await buildRegister(db, requirePermission(req, 'register.read').schoolId, req.query) }),
    });
    r.get('/api/v1/register/csv', {
      schema: { tags: ['procedures'], summary: 'The register as CSV', querystring: periodSchema, produces: ['text/csv'] },
      handler: async (req, reply) => {
        const reg = await buildRegister(db, requirePermission(req, 'register.read').schoolId, req.query);
        return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="register-${reg.from}-${reg.to}.csv"`).send(registerCsv(reg));
      },
    });
    r.get('/api/v1/register/pdf', {
      schema: { tags: ['procedures'], summary: 'The register as PDF, with a chart', querystring: periodSchema, produces: ['application/pdf'] },
      handler: async (req, reply) => {
        const account = requirePermission(req, 'register.read');
        const reg = await buildRegister(db, account.schoolId, req.query);
        const pdf = await registerPdf(reg, (await school(account.schoolId)).name);
        return reply.type('application/pdf').header('content-disposition', `attachment; filename="register-${reg.from}-${reg.to}.pdf"`).send(Buffer.from(pdf));
      },
    });
  });
}
