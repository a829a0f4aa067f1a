/**
 * An article-by-article diff between two versions of a school's protocol, word by word
 * (jsdiff's `diffWordsWithSpace`), with the parameters that changed, and the articles to
 * review: those whose text changed while the rule that implements them did not (the rule
 * fingerprints recorded with each version are equal), so the check may no longer do what
 * the article now says.
 */
import { diffWordsWithSpace } from 'diff';
import type { Article } from '../protocol/articles.js';
import { AUTOMATED, PARAM_KEYS, PARAM_LABELS, type ParamKey } from './template.js';
import type { ProtocolVersion } from './versions.js';

export interface Part {
  value: string;
  added?: true;
  removed?: true;
}

export type ArticleChange = 'same' | 'changed' | 'added' | 'removed';

export interface ArticleDiff {
  id: string;
  section: string;
  change: ArticleChange;
  nl: Part[];
  en: Part[];
  automated: boolean;
  /** The rule (or the reason the check does not decide it) differs between the versions. */
  ruleChanged: boolean;
  /** Text changed, rule did not: look at whether the check still does what the article says. */
  review: boolean;
  reviewReason?: { nl: string; en: string };
}

export interface ParamDiff {
  key: ParamKey;
  label: { nl: string; en: string };
  changed: boolean;
  from: unknown;
  to: unknown;
  /** For text parameters: word-level parts (Dutch; English as `partsEn`). */
  parts?: Part[];
  partsEn?: Part[];
}

export interface VersionDiff {
  from: { id: string; number: number; status: string; approvalDate: string | null };
  to: { id: string; number: number; status: string; approvalDate: string | null };
  articles: ArticleDiff[];
  params: ParamDiff[];
  /** Ids of the changed articles, and of those to review. */
  changed: string[];
  review: string[];
}

export function wordDiff(a: string, b: string): Part[] {
  if (a === b) return [{ value: a }];
  return diffWordsWithSpace(a, b).map((c) => ({ value: c.value, ...(c.added ? { added: true as const } : {}), ...(c.removed ? { removed: true as const } : {}) }));
}

/** A list as parts: every item kept, removed or added (not a diff of the joined text). */
export function listDiff(a: readonly string[], b: readonly string[]): Part[] {
  const items: Part[] = [...a.map((x) => (b.includes(x) ? { value: x } : { value: x, removed: true as const })), ...b.filter((x) => !a.includes(x)).map((x) => ({ value: x, added: true as const }))];
  return items.flatMap((p, i) => (i === 0 ? [p] : [{ value: ', ' }, p]));
}

const head = (v: ProtocolVersion): VersionDiff['from'] => ({ id: v.id, number: v.number, status: v.status, approvalDate: v.approvalDate });

export function diffVersions(a: ProtocolVersion, b: ProtocolVersion): VersionDiff {
  const before = new Map(a.articles.map((x) => [x.id, x]));
  const after = new Map(b.articles.map((x) => [x.id, x]));
  const ids = [...b.articles.map((x) => x.id), ...a.articles.filter((x) => !after.has(x.id)).map((x) => x.id)];
  const articles: ArticleDiff[] = ids.map((id) => {
    const x: Article | undefined = before.get(id);
    const y: Article | undefined = after.get(id);
    const change: ArticleChange = !x ? 'added' : !y ? 'removed' : x.nl === y.nl && x.en === y.en ? 'same' : 'changed';
    const ruleChanged = (a.ruleFingerprints[id] ?? '') !== (b.ruleFingerprints[id] ?? '');
    const automated = AUTOMATED.has(id);
    const review = change === 'changed' && !ruleChanged;
    return {
      id,
      section: (y ?? x)!.section,
      change,
      nl: wordDiff(x?.nl ?? '', y?.nl ?? ''),
      en: wordDiff(x?.en ?? '', y?.en ?? ''),
      automated,
      ruleChanged,
      review,
      ...(review
        ? {
            reviewReason: automated
              ? { nl: `De tekst van ${id} is gewijzigd, de regel die de check ervoor toepast niet: controleer of de check nog doet wat het artikel nu zegt.`, en: `The text of ${id} changed, the rule the check applies for it did not: review whether the check still does what the article now says.` }
              : { nl: `De tekst van ${id} is gewijzigd; de check beslist dit artikel niet: controleer of de reden daarvoor nog klopt.`, en: `The text of ${id} changed; the check does not decide this article: review whether the reason still holds.` },
          }
        : {}),
    };
  });
  const params: ParamDiff[] = PARAM_KEYS.map((key) => {
    const from = a.params[key];
    const to = b.params[key];
    const changed = JSON.stringify(from) !== JSON.stringify(to);
    const d: ParamDiff = { key, label: { nl: PARAM_LABELS[key][0], en: PARAM_LABELS[key][1] }, changed, from, to };
    if (typeof from === 'string' && typeof to === 'string') d.parts = wordDiff(from, to);
    else if (Array.isArray(from) && Array.isArray(to)) d.parts = listDiff(from as string[], to as string[]);
    else if (from && to && typeof from === 'object' && typeof to === 'object' && !Array.isArray(from) && !Array.isArray(to)) {
      d.parts = wordDiff((from as { nl: string }).nl, (to as { nl: string }).nl);
      d.partsEn = wordDiff((from as { en: string }).en, (to as { en: string }).en);
    }
    return d;
  });
  return {
    from: head(a),
    to: head(b),
    articles,
    params,
    changed: articles.filter((x) => x.change !== 'same').map((x) => x.id),
    review: articles.filter((x) => x.review).map((x) => x.id),
  };
}

/** Word-level parts as text: `[-removed-]{+added+}` (git's word-diff), or with ANSI colour. */
export function partsText(parts: readonly Part[], colour = false): string {
  return parts
    .map((p) => {
      if (!p.added && !p.removed) return p.value;
      // whitespace at the edges stays outside the marks: "{+of elkaar te volgen+} met"
      const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(p.value)!;
      if (!m[2]) return p.added ? m[0] : '';
      const inner = p.added ? (colour ? `\x1b[32;4m${m[2]}\x1b[0m` : `{+${m[2]}+}`) : colour ? `\x1b[31;9m${m[2]}\x1b[0m` : `[-${m[2]}-]`;
      return `${m[1]}${inner}${m[3]}`;
    })
    .join('');
}

/** The diff as a person reads it in a terminal: only what changed, article by article. */
export function diffText(d: VersionDiff, lang: 'nl' | 'en' = 'nl', colour = false): string {
  const nl = lang === 'nl';
  const out: string[] = [];
  const status = (s: string): string => (nl ? ({ draft: 'concept', in_force: 'geldend', superseded: 'vervangen' } as Record<string, string>)[s] ?? s : s.replace('_', ' '));
  const label = (v: VersionDiff['from']): string => `${nl ? 'versie' : 'version'} ${v.number} (${v.id}, ${status(v.status)}${v.approvalDate ? `, ${v.approvalDate}` : ''})`;
  out.push(`${nl ? 'Verschil' : 'Diff'}: ${label(d.from)} → ${label(d.to)}`);
  const changed = d.articles.filter((a) => a.change !== 'same');
  const params = d.params.filter((p) => p.changed);
  if (!changed.length && !params.length) {
    out.push(nl ? 'Geen verschillen.' : 'No differences.');
    return out.join('\n');
  }
  for (const a of changed) {
    const tag = { same: '', changed: nl ? 'gewijzigd' : 'changed', added: nl ? 'nieuw' : 'added', removed: nl ? 'vervallen' : 'removed' }[a.change];
    out.push('', `${a.id} (${tag}${a.ruleChanged ? (nl ? ', regel gewijzigd' : ', rule changed') : ''})`);
    out.push(`  ${partsText(a[lang], colour)}`);
    if (a.review && a.reviewReason) out.push(`  ! ${nl ? 'Nakijken' : 'Review'}: ${a.reviewReason[lang]}`);
  }
  for (const p of params) {
    out.push('', `${p.label[lang]} (${nl ? 'parameter gewijzigd' : 'parameter changed'})`);
    out.push(`  ${p.parts ? partsText(lang === 'en' && p.partsEn ? p.partsEn : p.parts, colour) : `${JSON.stringify(p.from)} → ${JSON.stringify(p.to)}`}`);
  }
  if (d.review.length) out.push('', `${nl ? 'Na te kijken' : 'To review'}: ${d.review.join(', ')}`);
  return out.join('\n');
}
