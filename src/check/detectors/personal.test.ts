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
  it.each([
    ['Mail naar lotte.degraaf@hotmail.com', ['email']],
    ['Lotte woont op de Kastanjelaan 12, 8011 AB Zwolle', ['address', 'postcode']],
  ])('finds e-mail addresses, addresses, postcodes: %s → %s', (text, want) => expect(kinds(text).map((k) => k.kind)).toEqual(want));
  it.each([
    'Mail naar info@desterren.example',
  ])('finds e-mail addresses, addresses, postcodes: %s', (text) => expect(kinds(text)).toEqual([]));
  it.each([
    ['123456782', true],
    ['123456789', false],
  ])('checks BSN with the elfproef: %s → %s', (text, want) => expect(elfproef(text)).toBe(want));
  it.each([
    ['NL91 ABNA 0417 1643 00', true],
    ['NL91 ABNA 0417 1643 01', false],
  ])('checks IBAN with mod 97: %s → %s', (text, want) => expect(ibanValid(text)).toBe(want));
  it('finds a BSN and an IBAN of a person, not an order number', () => {
    expect(kinds('BSN van Lotte: 123456782').map((k) => k.kind)).toEqual(['bsn']);
    expect(kinds('Ordernummer 123456789 is verzonden')).toEqual([]);
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
  it.each([
    'Lotte is geboren op 12-03-2016',
  ])('finds a date of birth only with a birth word: %s', (text) => expect(kinds(text).map((k) => k.kind)).toEqual(['birthdate']));
  it.each([
    'Het concert is op 12-03-2026 in de gymzaal',
  ])('finds a date of birth only with a birth word: %s', (text) => expect(kinds(text)).toEqual([]));
  it.each([
    ['Lotte heeft ADHD en slikt medicijnen', ['health']],
    ['Juf Anouk is overspannen thuis', ['health']],
    ['Lotte de Graaf blijft zitten, haar rapport was slecht', ['results']],
    ['De ouders van Lotte gaan scheiden', ['family']],
    ['Er is een klacht ingediend tegen de Sterren', ['internal']],
  ])('ties health, results, family and internal matters to a person: %s → %s', (text, want) => expect(kinds(text).map((k) => k.kind)).toEqual(want));
  it.each([
    'Ik heb zelf ADHD en dat is soms lastig',
    'De uitslag van de eindtoets komt in april',
  ])('lets general and own information pass: %s', (text) => expect(kinds(text)).toEqual([]));
  it.each([
    'Mijn nummer is 06-11112222',
  ])('lets general and own information pass, the author’s own number marked as own: %s', (text) => expect(kinds(text).map((k) => k.own)).toEqual([true]));
});
