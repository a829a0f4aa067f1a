/**
 * A version of the protocol as text a person reads (Dutch or English), placeholders
 * filled: {school} from the version's parameters, {datum} from its (G)MR approval date
 * ("[datum]" while it has none).
 */
import { CLOSING, INTRODUCTION, SECTION_HEADINGS, TITLE } from '../protocol/articles.js';
import { fill, type Lang } from '../protocol/render.js';
import type { SchoolProfile } from '../protocol/school.js';
import { DE_STERREN } from '../protocol/school.js';
import { profileUnder, type ProtocolVersion } from './versions.js';

export interface RenderedSection {
  heading: string;
  articles: { id: string; text: string }[];
}

export interface RenderedVersion {
  title: string;
  introduction: string[];
  sections: RenderedSection[];
  closing: string;
  versionLine: string;
}

export function renderVersionParts(v: ProtocolVersion, lang: Lang, school: SchoolProfile = DE_STERREN): RenderedVersion {
  const profile = profileUnder(school, v);
  const f = (t: string): string => fill(t, profile, lang);
  const sections = SECTION_HEADINGS.map((h) => ({
    heading: h[lang],
    articles: v.articles.filter((a) => a.section === h.section).map((a) => ({ id: a.id, text: f(a[lang]) })),
  })).filter((s) => s.articles.length);
  const nl = lang === 'nl';
  const status = v.status === 'draft' ? (nl ? 'concept' : 'draft') : v.status === 'in_force' ? (nl ? 'geldend' : 'in force') : nl ? 'vervangen' : 'superseded';
  return {
    title: f(TITLE[lang]),
    introduction: INTRODUCTION[lang].map(f),
    sections,
    closing: f(CLOSING[lang]),
    versionLine: `${nl ? 'Versie' : 'Version'} ${v.number} (${v.id}, ${status})`,
  };
}

export function renderVersion(v: ProtocolVersion, lang: Lang = 'nl', school?: SchoolProfile): string {
  const r = renderVersionParts(v, lang, school);
  const out = [r.title, '', ...r.introduction.flatMap((p) => [p, '']), ...r.sections.flatMap((s) => [s.heading, '', ...s.articles.flatMap((a) => [`${a.id}. ${a.text}`, ''])]), r.closing, '', r.versionLine];
  return out.join('\n');
}
