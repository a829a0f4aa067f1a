import { describe, expect, it } from 'vitest';
import { ARTICLES, findArticle } from './articles.js';
import { NOT_AUTOMATED, RULES } from './rules/index.js';
import { renderArticle, renderProtocol } from './render.js';
import { DE_STERREN } from './school.js';

const ALL_IDS = [
  ...['U1', 'U2', 'U3', 'U4', 'U5'],
  ...['D1', 'D2'],
  ...['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7'],
  ...['B1', 'B2', 'B3'],
  ...['C1', 'C2', 'C3', 'C4'],
  ...['S1', 'S2', 'S3', 'S4', 'S5', 'S6'],
];

describe('the protocol as data', () => {
  it('has every article of the scan, once', () => {
    expect(ARTICLES.map((a) => a.id)).toEqual(ALL_IDS);
  });

  it('has every article either automated by a rule or with a written reason', () => {
    const automated = new Set(RULES.map((r) => r.article));
    for (const id of ALL_IDS) {
      const reason = NOT_AUTOMATED[id];
      expect(automated.has(id) || (reason !== undefined && reason.length > 40), `article ${id}`).toBe(true);
    }
    for (const r of RULES) expect(findArticle(r.article), `rule for unknown article ${r.article}`).toBeDefined();
  });

  it('has the OCR errors of the scan corrected', () => {
    const typos = ['dlle', 'vitlatingen', ' flm', 'uvitdrukkelijk', 'foegestaan', ' meft ', 'ziin', 'richtlijinen', 'officiéle', 'mogelike', 'omirent', 'variéren', 'dafum', 'mogelikheden', 'uvitgangspunten'];
    const all = ARTICLES.map((a) => a.nl).join(' ');
    for (const t of typos) expect(all.includes(t), t).toBe(false);
    expect(findArticle('A5')!.nl).toContain('foto-, film- en geluidsopnamen');
    expect(findArticle('A4')!.nl).toContain('uitlatingen');
    expect(findArticle('C4')!.nl).toContain('officiële');
  });

  it('has an English translation for every article', () => {
    for (const a of ARTICLES) expect(a.en.length, a.id).toBeGreaterThan(30);
  });

  it('fills the placeholders from the school settings', () => {
    const nl = renderProtocol(DE_STERREN, 'nl');
    expect(nl).toContain('Protocol Sociale Media n.b.s. de Sterren');
    expect(nl).toContain('15 juni 2026');
    expect(nl).not.toMatch(/\{school\}|\{datum\}|\[naam onderwijsinstelling\]/);
    const en = renderProtocol({ ...DE_STERREN, name: 'obs De Linde', approvalDate: '2025-01-09' }, 'en');
    expect(en).toContain('Social Media Protocol obs De Linde');
    expect(en).toContain('9 January 2025');
    expect(renderArticle(findArticle('S6')!, DE_STERREN, 'nl')).toContain('zal door n.b.s. de Sterren aangifte');
  });
});
