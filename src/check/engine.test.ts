import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { check, verdictOf } from './engine.js';
import { SterrenwachtError } from '../errors.js';
import { MAX_TEXT, type Finding } from './types.js';

const people = [
  { id: 'p1', name: 'Lotte Vermeer', role: 'pupil' as const, consent: { photo: true } },
  { id: 's1', name: 'Ilse Timmer', role: 'staff' as const },
];

describe('verdict', () => {
  it('is the most severe finding; info never counts', () => {
    const f = (severity: Finding['severity']): Finding => ({ rule: 'A3', severity, message: '', messageEn: '' });
    expect(verdictOf([])).toBe('allowed');
    expect(verdictOf([f('info')])).toBe('allowed');
    expect(verdictOf([f('info'), f('revise')])).toBe('revise');
    expect(verdictOf([f('revise'), f('consult')])).toBe('consult');
    expect(verdictOf([f('consult'), f('block'), f('revise')])).toBe('blocked');
  });
});

describe('check', () => {
  it('answers per the contract with Dutch and English text, spans and a version', () => {
    const r = check({ text: 'Het nummer van de moeder van Lotte is 06-12345678.', author: { role: 'parent' }, people });
    expect(r.verdict).toBe('blocked');
    expect(r.schoolRelated).toBe(true);
    expect(r.protocolVersion).toMatch(/^psm-/);
    const a2 = r.findings.find((f) => f.rule === 'A2')!;
    expect(a2.severity).toBe('block');
    expect('Het nummer van de moeder van Lotte is 06-12345678.'.slice(...a2.span!)).toBe('06-12345678');
    expect(a2.message).toMatch(/telefoonnummer/);
    expect(a2.messageEn).toMatch(/phone number/);
    expect(a2.fix).toBeTruthy();
  });
  it('allows a draft outside the scope with at most info findings (D2)', () => {
    const r = check({ text: 'Bel me even: 06-12345678, gezellig!', author: { role: 'parent' }, people });
    expect(r.schoolRelated).toBe(false);
    expect(r.verdict).toBe('allowed');
    expect(r.findings.every((f) => f.severity === 'info')).toBe(true);
    expect(r.findings.some((f) => f.rule === 'D2')).toBe(true);
  });
  it('turns an uncertain detection into a consultation for staff (B3) and a revision for others', () => {
    const text = 'Wacht maar tot maandag, Lotte.';
    const staff = check({ text, author: { role: 'staff' }, setting: 'work', people });
    expect(staff.verdict).toBe('consult');
    expect(staff.findings.some((f) => f.rule === 'B3' && f.severity === 'consult')).toBe(true);
    const parent = check({ text, author: { role: 'parent' }, people });
    expect(parent.verdict).toBe('revise');
  });
  it('uses a named school from the request', () => {
    const r = check({ text: 'Mooie kerstmarkt op obs De Linde!', author: { role: 'staff' }, school: { name: 'obs De Linde', aliases: ['De Linde'] } });
    expect(r.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['C3', 'C4']));
    expect(r.findings.find((f) => f.rule === 'C4')!.fix).toContain('obs De Linde');
  });
  it('names the people to blur when a photo lacks consent', () => {
    const r = check({ text: 'Sportdag!', author: { role: 'parent' }, people: [...people, { id: 'p2', name: 'Jesse Bos', role: 'pupil' }], media: [{ type: 'photo', depicts: ['p1', 'p2'] }] });
    const a5 = r.findings.find((f) => f.rule === 'A5')!;
    expect(a5.people).toEqual(['p2']);
    expect(a5.fix).toContain('Jesse Bos');
  });
});

describe('bad input', () => {
  const code = (input: unknown): string | undefined => {
    try {
      check(input, { people });
      return undefined;
    } catch (e) {
      expect(e).toBeInstanceOf(SterrenwachtError);
      return (e as SterrenwachtError).code;
    }
  };
  it('rejects wrong types, unknown enums, unknown people and overlong text with a stable code', () => {
    expect(code({ text: 'x' })).toBe('invalid_request');
    expect(code({ text: 5, author: { role: 'staff' } })).toBe('invalid_request');
    expect(code({ text: 'x', author: { role: 'teacher' } })).toBe('invalid_request');
    expect(code({ text: 'x', author: { role: 'staff' }, setting: 'home' })).toBe('invalid_request');
    expect(code({ text: 'x', author: { role: 'staff' }, media: [{ type: 'photo', depicts: ['nobody'] }] })).toBe('unknown_person');
    expect(code({ text: 'x'.repeat(MAX_TEXT + 1), author: { role: 'staff' } })).toBe('text_too_long');
    expect(code([1, 2])).toBe('invalid_request');
    expect(code(null)).toBe('invalid_request');
  });
  it('gives the field path and a message in both languages', () => {
    try {
      check({ text: 'x', author: { role: 'staff' }, setting: 'home' });
    } catch (e) {
      const err = e as SterrenwachtError;
      expect(err.path).toBe('setting');
      expect(err.messageNl).toMatch(/Veld "setting"/);
      expect(err.messageEn).toMatch(/Field "setting"/);
    }
  });
  it('never crashes on random requests (property)', () => {
    const text = fc.string({ unit: fc.constantFrom(...'abcdekn@0123456789 .,!?:;-\'"’ëéß€$|😀\n#ABNLkankerhoerjijdomsterren'.split('')), maxLength: 300 });
    const role = fc.constantFrom('staff', 'pupil', 'parent', 'other', 'x');
    fc.assert(
      fc.property(fc.record({ text, author: fc.record({ role }), setting: fc.constantFrom('lesson', 'work', 'private'), thread: fc.array(text, { maxLength: 3 }) }), (req) => {
        try {
          const r = check(req, { people });
          for (const f of r.findings) if (f.span) expect(f.span[0] >= 0 && f.span[1] <= req.text.length && f.span[0] <= f.span[1]).toBe(true);
          expect(['allowed', 'revise', 'consult', 'blocked']).toContain(r.verdict);
        } catch (e) {
          expect(e).toBeInstanceOf(SterrenwachtError);
        }
      }),
      { numRuns: 500 },
    );
  });
  it('never crashes on arbitrary JSON values (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        try {
          check(v);
        } catch (e) {
          expect(e).toBeInstanceOf(SterrenwachtError);
        }
      }),
      { numRuns: 500 },
    );
  });
});
