/**
 * PDF output with pdfkit: decision letters and the (G)MR register. The fonts (DejaVu Sans,
 * from the npm package dejavu-fonts-ttf, Bitstream Vera/DejaVu licence) are embedded, so a
 * letter prints the same everywhere and every Dutch character (ë, é, ’) is there.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';
import type { LetterContent } from './letter.js';

const require = createRequire(import.meta.url);
let fonts: { regular: Buffer; bold: Buffer } | undefined;

function loadFonts(): { regular: Buffer; bold: Buffer } {
  if (!fonts) {
    const dir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
    fonts = { regular: readFileSync(join(dir, 'DejaVuSans.ttf')), bold: readFileSync(join(dir, 'DejaVuSans-Bold.ttf')) };
  }
  return fonts;
}

function newDoc(title: string, subject: string, author: string): PDFKit.PDFDocument {
  const f = loadFonts();
  const doc = new PDFDocument({ size: 'A4', margins: { top: 56, bottom: 56, left: 64, right: 64 }, lang: 'nl-NL', displayTitle: true, info: { Title: title, Subject: subject, Author: author, Creator: 'Sterrenwacht' } });
  doc.registerFont('Regular', f.regular);
  doc.registerFont('Bold', f.bold);
  doc.font('Regular');
  return doc;
}

function collect(doc: PDFKit.PDFDocument): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
    doc.end();
  });
}

export async function renderLetterPdf(c: LetterContent): Promise<Uint8Array> {
  const doc = newDoc(`${c.subject.replace(/^Betreft: /, '')} — ${c.reference}`, c.subject, c.school.name);
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  // letterhead
  doc.font('Bold').fontSize(16).fillColor('#1b3a6b').text(c.school.name);
  doc.font('Regular').fontSize(9).fillColor('#333333');
  for (const l of c.school.addressLines) doc.text(l);
  if (c.school.phone) doc.text(`Telefoon ${c.school.phone}`);
  doc.moveTo(doc.page.margins.left, doc.y + 6).lineTo(doc.page.margins.left + width, doc.y + 6).lineWidth(1).strokeColor('#1b3a6b').stroke();
  doc.moveDown(2);
  doc.fillColor('#000000').fontSize(10.5);
  for (const l of c.recipientLines) doc.text(l);
  doc.moveDown(1.5);
  doc.fontSize(9.5);
  doc.text(`Datum: ${c.dateNl}`);
  doc.text(`Kenmerk: ${c.reference}`);
  doc.moveDown(1);
  doc.font('Bold').fontSize(11).text(c.subject);
  doc.moveDown(1);
  doc.font('Regular').fontSize(10.5).text(c.salutation);
  doc.moveDown(0.6);
  for (const p of c.paragraphs) {
    doc.text(p, { align: 'left', lineGap: 2 });
    doc.moveDown(0.6);
  }
  if (c.articles.length) {
    doc.font('Bold').text('Artikelen van het protocol waar het om gaat');
    doc.font('Regular').fontSize(9.5);
    for (const a of c.articles) {
      doc.moveDown(0.3);
      doc.text(`${a.id}  ${a.text}`, { indent: 0, lineGap: 1.5 });
    }
    doc.fontSize(10.5).moveDown(0.8);
  }
  doc.font('Bold').text(c.objectionHeading);
  doc.font('Regular');
  for (const p of c.objection) {
    doc.text(p, { lineGap: 2 });
    doc.moveDown(0.4);
  }
  doc.moveDown(1);
  doc.text(c.closing);
  doc.moveDown(2.5);
  doc.text(c.signer.name);
  doc.text(c.signer.role);
  return collect(doc);
}

export interface RegisterPdfInput {
  schoolName: string;
  periodNl: string;
  generatedNl: string;
  threshold: number;
  /** Rows per table; a null count is suppressed (fewer than `threshold`). */
  tables: { title: string; rows: { label: string; count: number | null }[] }[];
  /** The chart: measures counted (suppressed bars drawn as a hatched '<5'). */
  chart: { title: string; bars: { label: string; count: number | null }[] };
}

/** The (G)MR register as PDF: a bar chart of measures and the anonymous count tables. */
export async function renderRegisterPdf(r: RegisterPdfInput): Promise<Uint8Array> {
  const doc = newDoc(`Register sociale media — ${r.schoolName} — ${r.periodNl}`, 'Geanonimiseerd register voor de (G)MR', r.schoolName);
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  doc.font('Bold').fontSize(15).fillColor('#1b3a6b').text(`Register protocol sociale media`);
  doc.font('Regular').fontSize(10).fillColor('#000000').text(`${r.schoolName} — voor de (G)MR`);
  doc.text(`Periode: ${r.periodNl}`);
  doc.fontSize(8.5).fillColor('#444444').text(`Aangemaakt op ${r.generatedNl}. Geanonimiseerd: geen namen; aantallen kleiner dan ${r.threshold} worden niet getoond ("<${r.threshold}").`);
  doc.moveDown(1);
  // bar chart
  doc.font('Bold').fontSize(11).fillColor('#000000').text(r.chart.title);
  const top = doc.y + 8;
  const chartH = 150;
  const max = Math.max(r.threshold, ...r.chart.bars.map((b) => b.count ?? 0));
  const slot = width / Math.max(1, r.chart.bars.length);
  const barW = Math.min(48, slot * 0.6);
  doc.lineWidth(0.5).strokeColor('#888888').moveTo(left, top + chartH).lineTo(left + width, top + chartH).stroke();
  r.chart.bars.forEach((b, i) => {
    const x = left + i * slot + (slot - barW) / 2;
    const value = b.count ?? r.threshold - 1;
    const h = max ? (value / max) * (chartH - 14) : 0;
    if (b.count === null) {
      doc.rect(x, top + chartH - h, barW, h).lineWidth(0.8).strokeColor('#7a869a').dash(3, { space: 2 }).stroke().undash();
    } else {
      doc.rect(x, top + chartH - h, barW, h).fillColor('#2f6db5').fill();
    }
    doc.font('Regular').fontSize(8).fillColor('#000000').text(b.count === null ? `<${r.threshold}` : String(b.count), x - 10, top + chartH - h - 11, { width: barW + 20, align: 'center' });
    doc.fontSize(7.5).text(b.label, left + i * slot, top + chartH + 4, { width: slot, align: 'center' });
  });
  doc.x = left;
  doc.y = top + chartH + 34;
  for (const t of r.tables) {
    doc.font('Bold').fontSize(11).fillColor('#000000').text(t.title, left, doc.y);
    doc.moveDown(0.3);
    doc.font('Regular').fontSize(9.5);
    if (!t.rows.length) doc.text('Geen.', left);
    for (const row of t.rows) {
      const y = doc.y;
      doc.text(row.label, left, y, { width: width - 80 });
      doc.text(row.count === null ? `<${r.threshold}` : String(row.count), left + width - 80, y, { width: 80, align: 'right' });
      doc.moveDown(0.2);
    }
    doc.moveDown(0.8);
  }
  return collect(doc);
}
