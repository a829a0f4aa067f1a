/**
 * The version in force as a PDF for the school guide (pdfkit; DejaVu Sans embedded from the
 * npm package dejavu-fonts-ttf, so the PDF needs no font on the reader's machine and every
 * Dutch character — ë, é, ’ — prints). Deterministic: the document's dates are the version's.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Lang } from '../protocol/render.js';
import type { SchoolProfile } from '../protocol/school.js';
import { renderVersionParts } from './render.js';
import type { ProtocolVersion } from './versions.js';

const require = createRequire(import.meta.url);
let fonts: { regular: Buffer; bold: Buffer } | undefined;
function loadFonts(): { regular: Buffer; bold: Buffer } {
  if (!fonts) {
    const dir = require.resolve('dejavu-fonts-ttf/package.json').replace(/package\.json$/, 'ttf/');
    fonts = { regular: readFileSync(`${dir}DejaVuSans.ttf`), bold: readFileSync(`${dir}DejaVuSans-Bold.ttf`) };
  }
  return fonts;
}

export async function versionPdf(v: ProtocolVersion, lang: Lang, school?: SchoolProfile): Promise<Buffer> {
  // loaded on first use: pdfkit (with fontkit) is not needed to start the service
  const { default: PDFDocument } = await import('pdfkit');
  const r = renderVersionParts(v, lang, school);
  const f = loadFonts();
  const date = new Date(v.publishedAt ?? v.updatedAt);
  const doc = new PDFDocument({ size: 'A4', margins: { top: 56, bottom: 56, left: 64, right: 64 }, info: { Title: r.title, Subject: r.versionLine, Creator: 'Sterrenwacht', CreationDate: date, ModDate: date }, lang: lang === 'nl' ? 'nl-NL' : 'en-GB', pdfVersion: '1.7', tagged: false, displayTitle: true, autoFirstPage: true });
  doc.registerFont('body', f.regular);
  doc.registerFont('bold', f.bold);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.font('bold').fontSize(18).text(r.title, { align: 'left' }).moveDown(0.8);
  doc.font('body').fontSize(10.5);
  for (const p of r.introduction) doc.text(p, { align: 'justify' }).moveDown(0.6);
  for (const s of r.sections) {
    doc.moveDown(0.4).font('bold').fontSize(12.5).text(s.heading).moveDown(0.3);
    doc.font('body').fontSize(10.5);
    for (const a of s.articles) {
      doc.font('bold').text(`${a.id}. `, { continued: true }).font('body').text(a.text, { align: 'justify' }).moveDown(0.4);
    }
  }
  doc.moveDown(0.8).font('body').fontSize(10.5).text(r.closing).moveDown(0.6);
  doc.fontSize(8.5).fillColor('#555555').text(r.versionLine);
  doc.end();
  return done;
}
