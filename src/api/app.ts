/**
 * The HTTP service: thin routes over the same services the CLI uses.
 * OpenAPI document at /api/docs (UI, served from local files) and /api/docs/json.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import cookie from '@fastify/cookie';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Config } from '../config.js';
import type { Person } from '../check/types.js';
import type { SchoolProfile } from '../protocol/school.js';
import { errorHandler, notFound } from './errors.js';
import { checkRoutes } from './routes/checks.js';
import { protocolRoutes } from './routes/protocol.js';
import { sessionRoutes } from './routes/session.js';
import { consentRoutes } from './routes/consent.js';
import { peopleRoutes } from './routes/people.js';
import { lessonRoutes } from './routes/lessons.js';
import { draftRoutes } from './routes/drafts.js';
import { registryExtraRoutes } from './routes/registry-extra.js';
import { schoolRoutes } from './routes/school.js';
import { takedownRoutes } from './routes/takedowns.js';
import { auditRoutes } from './routes/audit.js';
import { accountRoutes } from './routes/accounts.js';
import { photoRoutes } from './routes/photos.js';
import { registerAuth } from './auth.js';
import { governanceRoutes } from '../governance/routes.js';
import { BODY_LIMITS } from './limits.js';
import { registerInputGuard, registerSecurityHeaders } from './hardening.js';
import { AccessLog } from './access-log.js';
import { registerWeb } from './web.js';
import { publicRoutes } from './routes/public.js';
import { webContextRoutes } from './routes/web-context.js';
import type { Db, Store } from '../store/db.js';
import type { Mailer } from '../mail/mailer.js';
import type { AuditAnchor } from '../audit/anchor.js';
import { outboxRoutes } from './routes/outbox.js';
import { procedureRoutes } from './routes/procedures.js';
import { schoolAccountRoutes } from './routes/school-accounts.js';

export interface Services {
  db: Db;
  /** Sends mail (SMTP), or keeps it in the demo outbox. */
  mailer: Mailer;
  /** The base of every link in a mail (config PUBLIC_URL). */
  publicUrl: string;
  /** The protocol settings used when a school's stored settings cannot be read (the configured school). */
  fallbackSchool: SchoolProfile;
  /** Days the consent records of an erased person are kept (config). */
  consentRetentionDays: number;
  /** The caller's school: its protocol settings and the registry the check uses when a request has no people. */
  context(schoolId: string): Promise<{ school: SchoolProfile; people: readonly Person[]; protocolVersion?: string | undefined }>;
  /** Called after a change to a school's registry (e.g. consent), so cached rosters refresh. */
  registryChanged?: (schoolId?: string) => void;
  /** The audit log's signed checkpoints outside the database (absent: not configured, e.g. in-memory tests). */
  auditAnchor?: AuditAnchor;
  /**
   * The store behind `db` (its kind and, embedded, its notifications): how cached sessions learn
   * of changes made by any process (auth/session-cache.ts). The service always passes it;
   * without it (tests over a bare database) the session cache trusts this process's own changes only.
   */
  store?: Pick<Store, 'kind' | 'listen'>;
}

export async function buildApp(config: Config, services: Services, opts: { logger?: boolean; web?: boolean } = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger ?? false,
    // one line per request, without the query string (api/access-log.ts)
    ...(opts.logger ? { logController: new AccessLog() } : {}),
    // small by default; routes that take more say so (api/limits.ts)
    bodyLimit: BODY_LIMITS.default,
    // X-Forwarded-For/-Proto are believed only from the configured proxies (TRUSTED_PROXIES)
    trustProxy: config.trustedProxies.length ? [...config.trustedProxies] : false,
    // errors Fastify raises before a route runs (too long a path, bad content type) get the same shape
    frameworkErrors: errorHandler,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);
  await app.register(swagger, {
    openapi: {
      info: { title: 'Sterrenwacht API', description: `Het protocol sociale media van ${config.school.name} als werkende software.`, version: '1' },
    },
    transform: jsonSchemaTransform,
  });
  await registerSecurityHeaders(app);
  registerInputGuard(app);
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  await app.register(cookie);
  await registerAuth(app, services.db, services.store);
  app.get('/health', { schema: { hide: true } }, async () => ({ status: 'ok' }));
  sessionRoutes(app, services);
  checkRoutes(app, services);
  protocolRoutes(app, services);
  consentRoutes(app, services);
  peopleRoutes(app, services);
  lessonRoutes(app, services);
  draftRoutes(app, services);
  registryExtraRoutes(app, services);
  schoolRoutes(app, services);
  takedownRoutes(app, services);
  auditRoutes(app, services);
  accountRoutes(app, services);
  photoRoutes(app, services);
  outboxRoutes(app, services);
  governanceRoutes(app, services);
  procedureRoutes(app, services);
  publicRoutes(app, services);
  webContextRoutes(app, services);
  schoolAccountRoutes(app, services, config);
  // the web app (dist/public) at /, index.html for page paths; unknown /api paths stay JSON 404s
  app.setNotFoundHandler(opts.web === false ? notFound : await registerWeb(app));
  return app;
}
