/**
 * The public protocol's answer (GET /api/public/protocol), shared by the route and the web
 * app's typed client: zod only, no server-only imports.
 */
import { z } from 'zod';

export const publicArticleSchema = z.object({
  id: z.string(),
  section: z.string(),
  text: z.string(),
  /** Whether the check decides this article for a draft. */
  automated: z.boolean(),
  notAutomatedReason: z.string().optional(),
});

export const publicProtocolSchema = z.object({
  lang: z.enum(['nl', 'en']),
  school: z.object({ name: z.string(), shortName: z.string() }),
  title: z.string(),
  version: z.string(),
  /** ISO date of the (G)MR approval of the protocol in force, when known. */
  approvalDate: z.string().nullable(),
  introduction: z.array(z.string()),
  sections: z.array(z.object({ section: z.string(), heading: z.string() })),
  articles: z.array(publicArticleSchema),
  closing: z.string(),
});

export const protocolLangSchema = z.object({ lang: z.enum(['nl', 'en']).default('nl') });

export type PublicProtocol = z.infer<typeof publicProtocolSchema>;
export type PublicArticle = z.infer<typeof publicArticleSchema>;
