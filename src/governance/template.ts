/**
 * The template every school's versions start from (src/protocol/articles.ts), the school's
 * protocol parameters a version carries, and the fingerprints that tie an article to the
 * rule that implements it.
 *
 * A rule fingerprint is a short hash of the rule as the check runs it (its article, its
 * `applies` line and the source of its `evaluate`); for an article the check does not
 * decide, of the written reason why. A version records the fingerprints of the code that
 * judged it when it was last saved; an article whose text changed while its fingerprint did
 * not is flagged for review: the check may no longer do what the article now says.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { ARTICLES, type Article, type Section } from '../protocol/articles.js';
import { NOT_AUTOMATED, RULES } from '../protocol/rules/index.js';
import { schoolProfileSchema, type SchoolProfile } from '../protocol/school.js';

/** What a version holds of the school's settings: how it is named, its mission, the sentences the check offers. */
export const PARAM_KEYS = ['name', 'shortName', 'aliases', 'hashtags', 'mission', 'disclosure', 'disclaimer'] as const;
export type ParamKey = (typeof PARAM_KEYS)[number];

export const protocolParamsSchema = schoolProfileSchema.pick({ name: true, shortName: true, aliases: true, hashtags: true, mission: true, disclosure: true, disclaimer: true });
export type ProtocolParams = z.infer<typeof protocolParamsSchema>;

export const PARAM_LABELS: Record<ParamKey, [nl: string, en: string]> = {
  name: ['Naam van de school', 'Name of the school'],
  shortName: ['Korte naam', 'Short name'],
  aliases: ['Andere schrijfwijzen', 'Other spellings'],
  hashtags: ['Hashtags en accounts', 'Hashtags and handles'],
  mission: ['Missie en visie', 'Mission and vision'],
  disclosure: ['Vermelding medewerker (B1/C3)', 'Staff disclosure (B1/C3)'],
  disclaimer: ['Disclaimer (C4)', 'Disclaimer (C4)'],
};

export function paramsOf(profile: SchoolProfile): ProtocolParams {
  return {
    name: profile.name,
    shortName: profile.shortName,
    aliases: [...profile.aliases],
    hashtags: [...profile.hashtags],
    mission: { ...profile.mission },
    disclosure: { ...profile.disclosure },
    disclaimer: { ...profile.disclaimer },
  };
}

export const articleTextSchema = z.object({
  nl: z.string().trim().min(2).max(5000),
  en: z.string().trim().min(2).max(5000),
});

export const storedArticleSchema = z.object({
  id: z.string(),
  section: z.enum(['intro', 'U', 'D', 'A', 'B', 'C', 'S', 'closing']),
  nl: z.string(),
  en: z.string(),
});

export function templateArticles(): Article[] {
  return ARTICLES.map((a) => ({ id: a.id, section: a.section as Section, nl: a.nl, en: a.en }));
}

const short = (s: string): string => createHash('sha256').update(s).digest('hex').slice(0, 12);

let fingerprints: Record<string, string> | undefined;

/** The fingerprint of every article's rule in the code running now. */
export function currentRuleFingerprints(): Record<string, string> {
  if (!fingerprints) {
    const out: Record<string, string> = {};
    for (const a of ARTICLES) {
      const rule = RULES.find((r) => r.article === a.id);
      out[a.id] = rule ? short(`rule\0${rule.article}\0${rule.applies}\0${rule.evaluate.toString()}`) : short(`manual\0${a.id}\0${NOT_AUTOMATED[a.id] ?? ''}`);
    }
    fingerprints = out;
  }
  return { ...fingerprints };
}

/** Articles the check decides (one rule each). */
export const AUTOMATED: ReadonlySet<string> = new Set(RULES.map((r) => r.article));

/** The hash of what a version says: its articles and parameters (not its dates). */
export function contentHashOf(articles: readonly Article[], params: ProtocolParams): string {
  return createHash('sha256').update(JSON.stringify({ articles: articles.map((a) => [a.id, a.section, a.nl, a.en]), params })).digest('hex').slice(0, 16);
}
