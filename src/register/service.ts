/**
 * The (G)MR register: per period, anonymous counts of decided measures per article, per
 * measure and per kind of person (staff, pupil, parent). It reads `register_events`, rows
 * that hold no case, no person and only the month, written when a measure is decided (and
 * when a case closes without one) — so the register outlives the erasure of the dossiers.
 * Small counts are suppressed: a count from 1 to SUPPRESS_BELOW − 1 is shown as "<5", so
 * a single case cannot be recognised in a small school.
 */
import { and, eq, gte, lte } from 'drizzle-orm';
import { z } from 'zod';
import { ARTICLES } from '../protocol/articles.js';
import type { Db } from '../store/db.js';
import { registerEvents } from '../store/schema.js';
import { MEASURE_NL } from '../letters/letter.js';
import { PUPIL_MEASURES, STAFF_MEASURES } from '../auth/policy.js';

/** Counts below this are not shown (the usual threshold for small-number suppression in Dutch education statistics). */
export const SUPPRESS_BELOW = 5;

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'moet een maand zijn zoals 2026-09 / must be a month like 2026-09');
export const periodSchema = z.object({ from: month.optional(), to: month.optional() }).refine((p) => !p.from || !p.to || p.from <= p.to, { message: 'het begin ligt na het einde / the start is after the end', path: ['from'] });

export interface Count {
  key: string;
  label: string;
  /** null: suppressed (1 to SUPPRESS_BELOW − 1). */
  count: number | null;
}

export interface Register {
  from: string;
  to: string;
  threshold: number;
  total: number | null;
  byMeasure: Count[];
  byArticle: Count[];
  byKind: Count[];
}

const KIND_NL: Record<string, string> = { staff: 'Medewerkers', pupil: 'Leerlingen', parent: 'Ouders/verzorgers' };

/** The school year (1 August – 31 July) around a date, as months. */
export function schoolYear(now: Date): { from: string; to: string } {
  const y = now.getUTCMonth() >= 7 ? now.getUTCFullYear() : now.getUTCFullYear() - 1;
  return { from: `${y}-08`, to: `${y + 1}-07` };
}

const suppress = (n: number): number | null => (n === 0 || n >= SUPPRESS_BELOW ? n : null);

export async function buildRegister(db: Db, schoolId: string, period: { from?: string | undefined; to?: string | undefined }, now = new Date()): Promise<Register> {
  const def = schoolYear(now);
  const from = period.from ?? def.from;
  const to = period.to ?? def.to;
  const rows = await db.select().from(registerEvents).where(and(eq(registerEvents.schoolId, schoolId), gte(registerEvents.month, from), lte(registerEvents.month, to)));
  const count = (keys: string[], of: (r: (typeof rows)[number]) => string[], label: (k: string) => string): Count[] =>
    keys.map((k) => ({ key: k, label: label(k), count: suppress(rows.filter((r) => of(r).includes(k)).length) }));
  const measureKeys = [...new Set([...STAFF_MEASURES, ...PUPIL_MEASURES, 'geen_maatregel'])];
  const articleKeys = ARTICLES.map((a) => a.id).filter((id) => rows.some((r) => (r.articles as string[]).includes(id)));
  return {
    from,
    to,
    threshold: SUPPRESS_BELOW,
    total: suppress(rows.length),
    byMeasure: count(measureKeys, (r) => [r.measure], (k) => MEASURE_NL[k] ?? k),
    byArticle: count(articleKeys, (r) => r.articles as string[], (k) => `Artikel ${k}`),
    byKind: count(['staff', 'pupil', 'parent'], (r) => [r.subjectKind], (k) => KIND_NL[k]!),
  };
}

const shown = (c: number | null): string => (c === null ? `<${SUPPRESS_BELOW}` : String(c));

/** CSV (semicolon-separated, as Dutch spreadsheets expect), one row per count. */
export function registerCsv(r: Register): string {
  const lines = ['periode_van;periode_tot;onderdeel;sleutel;omschrijving;aantal'];
  const esc = (s: string): string => (/[;"\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  lines.push([r.from, r.to, 'totaal', 'totaal', 'Alle besluiten', shown(r.total)].map(esc).join(';'));
  for (const [part, list] of [['maatregel', r.byMeasure], ['artikel', r.byArticle], ['betrokkene', r.byKind]] as const) {
    for (const c of list) lines.push([r.from, r.to, part, c.key, c.label, shown(c.count)].map(esc).join(';'));
  }
  return `${lines.join('\r\n')}\r\n`;
}

const monthNl = new Intl.DateTimeFormat('nl-NL', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const fmtMonth = (m: string): string => monthNl.format(new Date(`${m}-01T00:00:00Z`));

export async function registerPdf(r: Register, schoolName: string, now = new Date()): Promise<Uint8Array> {
  // pdfkit is loaded on first use, not at start-up
  const { renderRegisterPdf } = await import('../letters/pdf.js');
  return renderRegisterPdf({
    schoolName,
    periodNl: `${fmtMonth(r.from)} t/m ${fmtMonth(r.to)}`,
    generatedNl: new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' }).format(now),
    threshold: r.threshold,
    chart: { title: 'Besluiten per maatregel', bars: r.byMeasure.map((m) => ({ label: m.label, count: m.count })) },
    tables: [
      { title: 'Totaal', rows: [{ label: 'Alle besluiten (ook zaken gesloten zonder maatregel)', count: r.total }] },
      { title: 'Per maatregel', rows: r.byMeasure.map((m) => ({ label: m.label, count: m.count })) },
      { title: 'Per artikel van het protocol', rows: r.byArticle.map((m) => ({ label: m.label, count: m.count })) },
      { title: 'Per betrokkene', rows: r.byKind.map((m) => ({ label: m.label, count: m.count })) },
    ],
  });
}
