/**
 * `edits` (check contract): applying the edits of findings and checking again clears those
 * findings, and leaves readable text. A property over the shared worked examples (read from
 * ../shared at test time), our own case files, and variations of them (a signature, closing
 * hashtags, no final punctuation, contact details in several forms, any subset of the edits).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check } from './engine.js';
import { applyEdits, applyFindingEdits } from './apply-edits.js';
import { closingPoint, removalEdit } from './edits.js';
import type { Finding, Person } from './types.js';

const here = (p: string): string => fileURLToPath(new URL(p, import.meta.url));
const shared = here('../../../shared/spec/');
const roster = JSON.parse(readFileSync(here('./cases/roster.json'), 'utf8')) as Person[];

interface Req {
  text?: string;
  [k: string]: unknown;
}
const readReqs = (file: string): Req[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { request: Req }).request);

const sharedFiles = existsSync(shared) ? readdirSync(shared).filter((f) => /^examples.*\.jsonl$/.test(f)).map((f) => shared + f) : [];
const ownFiles = readdirSync(here('./cases')).filter((f) => f.endsWith('.jsonl')).map((f) => here(`./cases/${f}`));
const pool: Req[] = [...sharedFiles, ...ownFiles].flatMap(readReqs).filter((r) => typeof r.text === 'string');

function tryCheck(req: Req): ReturnType<typeof check> | undefined {
  try {
    return check(req, { people: roster });
  } catch {
    return undefined; // the invalid requests of the case files
  }
}

/** A finding by rule, kind and (with a span) the words it is about: the same finding after editing. */
const keyOf = (f: Finding, text: string): string => `${f.rule}/${f.kind ?? ''}/${f.span ? text.slice(...f.span) : ''}`;
const count = (keys: string[]): Map<string, number> => keys.reduce((m, k) => m.set(k, (m.get(k) ?? 0) + 1), new Map<string, number>());

/** Problems of readability that applying edits may not introduce. */
function readabilityProblems(before: string, after: string): string[] {
  const out: string[] = [];
  if (/ {2}/.test(after) && !/ {2}/.test(before)) out.push('double space');
  if (/ [,.;:!?]/.test(after) && !/ [,.;:!?]/.test(before)) out.push('space before punctuation');
  if (/[,;:]\s*[.,;:!?]/.test(after) && !/[,;:]\s*[.,;:!?]/.test(before)) out.push('doubled punctuation');
  if (/\b(bel|tel|mail|e-mail|telefoon|mobiel)\.?:\s*($|[.,;!?)\n])/i.test(after)) out.push('dangling label');
  return out;
}

function clears(req: Req, subset?: (f: Finding, i: number) => boolean): string[] {
  const r = tryCheck(req);
  if (!r) return [];
  const text = req.text ?? '';
  const chosen = r.findings.filter((f, i) => f.edits && f.edits.length > 0 && (subset ? subset(f, i) : true));
  if (chosen.length === 0) return [];
  const edited = applyFindingEdits(text, chosen);
  const again = check({ ...req, text: edited }, { people: roster });
  // each chosen finding is gone: fewer findings about the same words remain than there were
  const before = count(r.findings.map((f) => keyOf(f, text)));
  const after = count(again.findings.map((g) => keyOf(g, edited)));
  const gone = count(chosen.map((f) => keyOf(f, text)));
  const problems = [...gone].filter(([k, n]) => (after.get(k) ?? 0) > (before.get(k) ?? 0) - n).map(([k]) => `${k} stays`);
  problems.push(...readabilityProblems(text, edited));
  return problems.map((p) => `${p}: ${JSON.stringify(text)} → ${JSON.stringify(edited)}`);
}

describe('edits', () => {
  it('reads the worked examples and our own cases', () => {
    expect(pool.length).toBeGreaterThan(100);
    expect(pool.filter((r) => tryCheck(r)?.findings.some((f) => f.edits)).length).toBeGreaterThan(20);
  });

  it('applying every edit clears those findings in every worked example and own case', () => {
    const problems = pool.flatMap((r) => clears(r));
    expect(problems).toEqual([]);
  });

  const SIGNATURES = ['', '\nGroetjes, juf Anna', '\n\nMet vriendelijke groet,\nMeester Karim', ' #desterren #sportdag', '\n- Petra'];
  const CONTACTS = ['Bel: 06-12345678', 'tel. 06 12345678', 'mail: levi.papa@gmail.com', 'de moeder van Fleur is bereikbaar op 0612345678', 'Fleur woont aan de Dorpsstraat 12, 1234 AB Zwolle', 'BSN van Fleur: 123456782', '(06-12345678)', 'bel de vader van Fleur op +31 6 12345678 of mail fleur.papa@outlook.com', 'je kunt me bereiken op 06-12345678 of via mail: petra.jansen@hotmail.com', 'de moeder van Fleur (0612345678) regelt het', 'Mail: kees@ziggo.nl\nTel: 06-98765432'];
  const variant = fc.record({
    base: fc.constantFrom(...pool),
    signature: fc.constantFrom(...SIGNATURES),
    contact: fc.option(fc.constantFrom(...CONTACTS), { nil: undefined }),
    contactAt: fc.constantFrom('start', 'end', 'middle', 'line'),
    dropFinalPunctuation: fc.boolean(),
    author: fc.constantFrom(undefined, 'staff', 'parent', 'pupil'),
    setting: fc.constantFrom(undefined, 'private', 'work'),
    account: fc.constantFrom(undefined, 'personal', 'school'),
    subsetSeed: fc.integer({ min: 0, max: 1023 }),
  });

  it('variations: any subset of the edits clears its findings and reads well (property)', () => {
    fc.assert(
      fc.property(variant, (v) => {
        let text = v.base.text ?? '';
        if (v.dropFinalPunctuation) text = text.replace(/[.!?]+$/, '');
        if (v.contact) {
          if (v.contactAt === 'start') text = `${v.contact[0]!.toUpperCase()}${v.contact.slice(1)}. ${text}`;
          else if (v.contactAt === 'line') text = `${text}\n${v.contact[0]!.toUpperCase()}${v.contact.slice(1)}`;
          else if (v.contactAt === 'end') text = `${text}${/[.!?]$/.test(text) || text === '' ? ' ' : '. '}${v.contact[0]!.toUpperCase()}${v.contact.slice(1)}`;
          else {
            // between two sentences, or after the text
            const cut = text.indexOf('. ', Math.floor(text.length / 3));
            text = cut < 0 ? `${text}${text === '' ? '' : ' '}${v.contact}` : `${text.slice(0, cut + 2)}${v.contact[0]!.toUpperCase()}${v.contact.slice(1)}. ${text.slice(cut + 2)}`;
          }
        }
        text += v.signature;
        const req: Req = { ...v.base, text };
        if (v.author) req.author = { role: v.author };
        if (v.setting) req.setting = v.setting;
        if (v.account) req.account = v.account;
        if (req.author && (req.author as { role: string }).role !== 'staff' && req.setting === 'lesson') req.setting = 'private';
        const problems = clears(req, (_f, i) => ((v.subsetSeed >> i % 10) & 1) === 1 || v.subsetSeed % 3 === 0);
        expect(problems).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('removes a contact detail with the words that only introduced it', () => {
    const remove = (text: string, detail: string, kind = 'phone'): string => {
      const s = text.indexOf(detail);
      return applyEdits(text, [removalEdit(text, s, s + detail.length, kind)]);
    };
    expect(remove('Bel gerust de vader van Sanne voor de carpool: 06-12345678.', '06-12345678')).toBe('Bel gerust de vader van Sanne voor de carpool.');
    expect(remove('Carpool! Bel: 06-12345678', '06-12345678')).toBe('Carpool!');
    expect(remove('Tel. 06-12345678 van de moeder van Fleur.', '06-12345678')).toBe('Van de moeder van Fleur.');
    expect(remove('Vragen? Mail naar jan@gmail.com of bel 06-12345678.', 'jan@gmail.com', 'email')).toBe('Vragen? Mail of bel 06-12345678.');
    expect(remove('Nova woont aan de Beukenlaan 21, 7311 AB Apeldoorn, feest om 2 uur!', '7311 AB', 'postcode')).toBe('Nova woont aan de Beukenlaan 21, feest om 2 uur!');
    expect(remove('Carpool (06-12345678) om acht uur.', '06-12345678')).toBe('Carpool om acht uur.');
  });

  it('puts a closing sentence before a signature or closing hashtags', () => {
    expect(closingPoint('Feest!\nGroetjes, juf Anna')).toBe(6);
    expect(closingPoint('Feest! #desterren #feest')).toBe(6);
    expect(closingPoint('Feest!\n\nMet vriendelijke groet,\nMeester Karim')).toBe(6);
    expect(closingPoint('Feest op school\nGroep 5 zingt mee.')).toBe('Feest op school\nGroep 5 zingt mee.'.length);
  });
});
