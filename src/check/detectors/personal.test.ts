import { describe, expect, it } from 'vitest';
import { analyse } from '../analysis.js';
import { DE_STERREN } from '../../protocol/school.js';
import type { Person } from '../types.js';
import { detectPersonal, elfproef, ibanValid, type PersonalKind } from './personal.js';

const people: Person[] = [
  { id: 'a', name: 'Lotte de Graaf', role: 'pupil' },
  { id: 'b', name: 'Anouk Bakker', role: 'staff' },
];
const kinds = (text: string, authorId?: string): { kind: PersonalKind; own: boolean; about: string[] }[] =>
  detectPersonal(analyse(text, people, DE_STERREN), DE_STERREN, authorId).map((h) => ({ kind: h.kind, own: h.own, about: h.about }));

describe('personal information (A2)', () => {
  it.each([
    ['06-12345678'], ['0612345678'], ['06 12 34 56 78'], ['+31 6 12345678'], ['+31612345678'], ['0031 6 1234 5678'], ['020-1234567'], ['010 123 4567'],
  ])('finds the phone number %s of a parent', (n) => {
    expect(kinds(`Bel de vader van Lotte: ${n}`)).toEqual([{ kind: 'phone', own: false, about: ['a'] }]);
  });
  it.each([
    'Bel de school: 0570-612345',
    'Bel de administratie van school op 0570 612 345',
    'Meld het bij de Landelijke Vertrouwensinspecteur: 0900 - 1113111',
  ])('lets the school’s own and public service numbers pass: %s', (text) => expect(kinds(text)).toEqual([]));
  it('finds e-mail addresses, addresses, postcodes', () => {
    expect(kinds('Mail naar lotte.degraaf@hotmail.com').map((k) => k.kind)).toEqual(['email']);
    expect(kinds('Mail naar info@desterren.example')).toEqual([]);
    expect(kinds('Lotte woont op de Kastanjelaan 12, 8011 AB Zwolle').map((k) => k.kind)).toEqual(['address', 'postcode']);
  });
  it('checks BSN with the elfproef and IBAN with mod 97', () => {
    expect(elfproef('123456782')).toBe(true);
    expect(elfproef('123456789')).toBe(false);
    expect(kinds('BSN van Lotte: 123456782').map((k) => k.kind)).toEqual(['bsn']);
    expect(kinds('Ordernummer 123456789 is verzonden')).toEqual([]);
    expect(ibanValid('NL91 ABNA 0417 1643 00')).toBe(true);
    expect(ibanValid('NL91 ABNA 0417 1643 01')).toBe(false);
    expect(kinds('Maak het over naar NL91ABNA0417164300 van Lotte').map((k) => k.kind)).toContain('iban');
  });
  it.each([
    ['Lotte had een 3 voor rekenen.'],
    ['Lotte haalde een 8,5 voor de spellingtoets.'],
    ['Lotte kreeg een 6- voor topografie en moet het overdoen.'],
    ['Gisteren kreeg Lotte een 7 voor haar spreekbeurt.'],
  ])('reads a mark for a subject or a test as a result, with no listed word: %s', (text) => {
    expect(kinds(text)).toEqual([{ kind: 'results', own: false, about: ['a'] }]);
  });
  it.each([
    ['We zoeken een vrijwilliger voor rekenen met groep 3.'],
    ['Er is een 10 voor de inzet van alle kinderen.'],
    ['Lotte had 3 vriendinnen mee voor de spreekbeurt.'],
    ['Ik had vroeger een 3 voor rekenen.'],
  ])('does not read a mark where there is none, or the author’s own: %s', (text) => {
    expect(kinds(text).filter((k) => k.kind === 'results')).toEqual([]);
  });
  it('finds a date of birth only with a birth word', () => {
    expect(kinds('Lotte is geboren op 12-03-2016').map((k) => k.kind)).toEqual(['birthdate']);
    expect(kinds('Het concert is op 12-03-2026 in de gymzaal')).toEqual([]);
  });
  it('ties health, results, family and internal matters to a person', () => {
    expect(kinds('Lotte heeft ADHD en slikt medicijnen').map((k) => k.kind)).toEqual(['health']);
    expect(kinds('Juf Anouk is overspannen thuis').map((k) => k.kind)).toEqual(['health']);
    expect(kinds('Lotte de Graaf blijft zitten, haar rapport was slecht').map((k) => k.kind)).toEqual(['results']);
    expect(kinds('De ouders van Lotte gaan scheiden').map((k) => k.kind)).toEqual(['family']);
    expect(kinds('Er is een klacht ingediend tegen de Sterren').map((k) => k.kind)).toEqual(['internal']);
  });
  it('lets general and own information pass', () => {
    expect(kinds('Ik heb zelf ADHD en dat is soms lastig')).toEqual([]);
    expect(kinds('De uitslag van de eindtoets komt in april')).toEqual([]);
    expect(kinds('Mijn nummer is 06-11112222').map((k) => k.own)).toEqual([true]);
  });
});
