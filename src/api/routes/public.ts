/**
 * Open routes, no login: what anyone may read.
 * GET /api/public/protocol[?lang=en]           the protocol in force of the configured school (title, version,
 *                                              (G)MR approval date, introduction, sections, every article, closing)
 * GET /api/public/protocol/:article[?lang=en]  one article
 * GET /api/public/protocol/pdf[?lang=en]       the version in force as PDF (for the school guide)
 * The version in force (governance) is the source: its articles, its id and its (G)MR approval date.
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
import { profileUnder, versionInForce, type ProtocolVersion } from '../../governance/versions.js';
import { versionPdf } from '../../governance/pdf.js';
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
  const inForce = async (): Promise<ProtocolVersion | undefined> => {
    try {
      return await versionInForce(services.db, schoolIdOf(services.fallbackSchool));
    } catch {
      return undefined;
    }
  };
  const article = (id: string, lang: Lang, s: SchoolProfile, v?: ProtocolVersion): PublicArticle => {
    const a = v?.articles.find((x) => x.id === id.toUpperCase()) ?? findArticle(id)!;
    const reason = NOT_AUTOMATED[a.id];
    return { id: a.id, section: a.section, text: fill(a[lang], s, lang), automated: automated.has(a.id), ...(reason ? { notAutomatedReason: reason } : {}) };
  };
  r.get('/api/public/protocol', {
    schema: { tags: ['public'], summary: 'The protocol in force (open, no login)', querystring: protocolLangSchema, response: { 200: publicProtocolSchema } },
    handler: async (req) => {
      const lang = req.query.lang;
      const v = await inForce();
      const s = v ? profileUnder(await school(), v) : await school();
      return {
        lang,
        school: { name: s.name, shortName: s.shortName },
        title: fill(TITLE[lang], s, lang),
        version: v?.id ?? protocolVersion(s),
        approvalDate: v ? v.approvalDate : (s.approvalDate ?? null),
        introduction: INTRODUCTION[lang].map((p) => fill(p, s, lang)),
        sections: SECTION_HEADINGS.map((h) => ({ section: h.section, heading: h[lang] })),
        articles: (v?.articles ?? ARTICLES).map((a) => article(a.id, lang, s, v)),
        closing: fill(CLOSING[lang], s, lang),
      };
    },
  });
  r.get('/api/public/protocol/:article', {
    schema: { tags: ['public'], summary: 'One article of the protocol in force (open, no login)', params: z.object({ article: z.string().max(10) }), querystring: protocolLangSchema, response: { 200: publicArticleSchema } },
    handler: async (req) => {
      if (!findArticle(req.params.article)) throw new SterrenwachtError('unknown_article', `Artikel "${req.params.article}" bestaat niet.`, `Article "${req.params.article}" does not exist.`);
      const v = await inForce();
      return article(req.params.article, req.query.lang, v ? profileUnder(await school(), v) : await school(), v);
    },
  });
  r.get('/api/public/protocol/pdf', {
    schema: { tags: ['public'], summary: 'The protocol in force as PDF, for the school guide (open, no login)', querystring: protocolLangSchema, produces: ['application/pdf'] },
    handler: async (req, reply) => {
      const v = await inForce();
      if (!v) throw new SterrenwachtError('not_found', 'Er is nog geen versie van het protocol vastgesteld.', 'No version of the protocol is in force yet.');
      const pdf = await versionPdf(v, req.query.lang, profileUnder(await school(), v));
      return reply.type('application/pdf').header('content-disposition', `inline; filename="protocol-sociale-media-v${v.number}.pdf"`).send(pdf);
    },
  });
}
