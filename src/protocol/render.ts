/**
 * The protocol as text a person reads: Dutch by default, English with `lang: 'en'`,
 * placeholders filled from the school's settings.
 */
import { ARTICLES, CLOSING, INTRODUCTION, SECTION_HEADINGS, TITLE, findArticle, type Article } from './articles.js';
import type { SchoolProfile } from './school.js';
import { protocolVersion } from './version.js';

export type Lang = 'nl' | 'en';

function formatDate(iso: string | undefined, lang: Lang): string {
  if (!iso) return lang === 'nl' ? '[datum]' : '[date]';
  const d = new Date(`${iso}T12:00:00Z`);
  return d.toLocaleDateString(lang === 'nl' ? 'nl-NL' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

export function fill(text: string, school: SchoolProfile, lang: Lang): string {
  return text.split('{school}').join(school.name).split('{datum}').join(formatDate(school.approvalDate, lang));
}

export function renderArticle(article: Article, school: SchoolProfile, lang: Lang): string {
  return `${article.id}. ${fill(article[lang], school, lang)}`;
}

export function renderProtocol(school: SchoolProfile, lang: Lang = 'nl'): string {
  const out: string[] = [fill(TITLE[lang], school, lang), '', ...INTRODUCTION[lang].map((p) => fill(p, school, lang) + '\n')];
  for (const h of SECTION_HEADINGS) {
    out.push(h[lang], '');
    for (const a of ARTICLES.filter((x) => x.section === h.section)) out.push(renderArticle(a, school, lang), '');
  }
  out.push(fill(CLOSING[lang], school, lang), '', `${lang === 'nl' ? 'Versie' : 'Version'}: ${protocolVersion(school)}`);
  return out.join('\n');
}

export { findArticle };
