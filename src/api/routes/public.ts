/**
 * Open routes, no login: what anyone may read.
 * GET /api/public/protocol[?lang=en]           the protocol in force of the configured school (title, version,
 *                                              (G)MR approval date, introduction, sections, every article, closing)
 * GET /api/public/protocol/:article[?lang=en]  one article
 * The protocol is a public document of the school: nothing personal is in it.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ARTICLES, CLOSING, INTRODUCTION, SECTION_HEADINGS, TITLE, findArticle } from '../../protocol/articles.js';
import { fill, type Lang } from '../../protocol/render.js';
import { NOT_AUTOMATED, RULES } from '../../protocol/rules/index.js';
import { protocolVersion } from '../../protocol/version.js';
import type { SchoolProfile } from '../../protocol/school.js';
import { schoolIdOf } from '../../registry/school.js';
import { SterrenwachtError } from '../../errors.js';
import type { Services } from '../app.js';
import { protocolLangSchema, publicArticleSchema, publicProtocolSchema, type PublicArticle } from '../schemas/protocol.js';

export function publicRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const automated = new Set(RULES.map((x) => x.article));
  /** The configured school's settings as stored (changed by school management), else the configuration. */
  const school = async (): Promise<SchoolProfile> => {
    try {
      return (await services.context(schoolIdOf(services.fallbackSchool))).school;
    } catch {
      return services.fallbackSchool;
    }
  };
  const article = (id: string, lang: Lang, s: SchoolProfile): PublicArticle => {
    const a = findArticle(id)!;
    const reason = NOT_AUTOMATED[a.id];
    return { id: a.id, section: a.section, text: fill(a[lang], s, lang), automated: automated.has(a.id), ...(reason ? { notAutomatedReason: reason } : {}) };
  };
  r.get('/api/public/protocol', {
    schema: { tags: ['public'], summary: 'The protocol in force (open, no login)', querystring: protocolLangSchema, response: { 200: publicProtocolSchema } },
    handler: async (req) => {
      const lang = req.query.lang;
      const s = await school();
      return {
        lang,
        school: { name: s.name, shortName: s.shortName },
        title: fill(TITLE[lang], s, lang),
        version: protocolVersion(s),
        approvalDate: s.approvalDate ?? null,
        introduction: INTRODUCTION[lang].map((p) => fill(p, s, lang)),
        sections: SECTION_HEADINGS.map((h) => ({ section: h.section, heading: h[lang] })),
        articles: ARTICLES.map((a) => article(a.id, lang, s)),
        closing: fill(CLOSING[lang], s, lang),
      };
    },
  });
  r.get('/api/public/protocol/:article', {
    schema: { tags: ['public'], summary: 'One article of the protocol in force (open, no login)', params: z.object({ article: z.string().max(10) }), querystring: protocolLangSchema, response: { 200: publicArticleSchema } },
    handler: async (req) => {
      if (!findArticle(req.params.article)) throw new SterrenwachtError('unknown_article', `Artikel "${req.params.article}" bestaat niet.`, `Article "${req.params.article}" does not exist.`);
      return article(req.params.article, req.query.lang, await school());
    },
  });
}
