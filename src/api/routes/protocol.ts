/**
 * GET /api/v1/protocol[?lang=en]   the protocol in force (governance: the school's version in force), as text and as articles
 * GET /api/v1/protocol/:article    one article
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ARTICLES, findArticle, type Article } from '../../protocol/articles.js';
import { versionInForce } from '../../governance/versions.js';
import { renderVersion } from '../../governance/render.js';
import { fill, renderProtocol } from '../../protocol/render.js';
import { NOT_AUTOMATED, RULES } from '../../protocol/rules/index.js';
import { protocolVersion } from '../../protocol/version.js';
import { SterrenwachtError } from '../../errors.js';
import type { Services } from '../app.js';
import type { SchoolProfile } from '../../protocol/school.js';
import { requirePermission } from '../auth.js';

const lang = z.object({ lang: z.enum(['nl', 'en']).default('nl') });
const articleSchema = z.object({ id: z.string(), section: z.string(), text: z.string(), automated: z.boolean(), notAutomatedReason: z.string().optional() });

export function protocolRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const automated = new Set(RULES.map((x) => x.article));
  const view = (id: string, l: 'nl' | 'en', school: SchoolProfile, articles: readonly Article[] = ARTICLES): z.infer<typeof articleSchema> => {
    const a = articles.find((x) => x.id === id.toUpperCase()) ?? findArticle(id)!;
    const reason = NOT_AUTOMATED[a.id];
    return { id: a.id, section: a.section, text: fill(a[l], school, l), automated: automated.has(a.id), ...(reason ? { notAutomatedReason: reason } : {}) };
  };
  r.get('/api/v1/protocol', {
    schema: {
      tags: ['protocol'],
      summary: 'The protocol in force',
      querystring: lang,
      response: { 200: z.object({ version: z.string(), number: z.number().int().optional(), approvalDate: z.string().nullable().optional(), text: z.string(), articles: z.array(articleSchema) }) },
    },
    handler: async (req) => {
      const account = requirePermission(req, 'protocol.read');
      const inForce = await versionInForce(services.db, account.schoolId);
      const { school } = await services.context(account.schoolId);
      if (!inForce) return { version: protocolVersion(school), text: renderProtocol(school, req.query.lang), articles: ARTICLES.map((a) => view(a.id, req.query.lang, school)) };
      return {
        version: inForce.id,
        number: inForce.number,
        approvalDate: inForce.approvalDate,
        text: renderVersion(inForce, req.query.lang, school),
        articles: inForce.articles.map((a) => view(a.id, req.query.lang, school, inForce.articles)),
      };
    },
  });
  r.get('/api/v1/protocol/:article', {
    schema: { tags: ['protocol'], summary: 'One article', params: z.object({ article: z.string().max(10) }), querystring: lang, response: { 200: articleSchema } },
    handler: async (req) => {
      const account = requirePermission(req, 'protocol.read');
      if (!findArticle(req.params.article)) throw new SterrenwachtError('unknown_article', `Artikel "${req.params.article}" bestaat niet.`, `Article "${req.params.article}" does not exist.`);
      const { school } = await services.context(account.schoolId);
      const inForce = await versionInForce(services.db, account.schoolId);
      return view(req.params.article, req.query.lang, school, inForce?.articles);
    },
  });
}
