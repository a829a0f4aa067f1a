/**
 * Bullying of one person (bullying.ts), in words of our own that no case file holds: a person
 * target and the structure (a self-reference with a harm verb, a wish with being gone, a
 * belonging with damage under a menace, a shaming matter with spreading, "niemand" with company)
 * carry the reading; the look-alikes (care, reports, games, warnings, one's own things) pass.
 */
import { describe, expect, it } from 'vitest';
import { decencyOf } from './probe.js';
import { analyse } from '../analysis.js';
import { DE_STERREN } from '../../protocol/school.js';
import type { Person } from '../types.js';
import { readBullying } from './bullying.js';

const people: Person[] = [
  { id: 'p1', name: 'Noor Jansen', role: 'pupil' },
  { id: 'p2', name: 'Daan Smit', role: 'pupil' },
  { id: 's1', name: 'Ilse Bakker', role: 'staff' },
];
const read = (text: string): string[] => readBullying(analyse(text, people, DE_STERREN)).map((h) => h.kind);
const { kinds: decency } = decencyOf(people);

describe('urging self-harm or being gone for good', () => {
  it.each([
    'Daan, verdrink jezelf in de vijver.',
    'hang jezelf toch gewoon op',
    'Waarom gooi je jezelf niet van het balkon, Noor?',
  ])('reads a self-reference with a harm verb, split or whole, and a jump from a height: %s', (text) => expect(read(text)).toContain('violence'));
  it.each([
    'Ik wens dat Noor nooit geboren was.',
    'Iedereen zou opgelucht zijn als Daan voorgoed vertrekt.',
    'niemand zou het merken als jij er niet meer was',
  ])('reads a wish or everyone relieved, with the person no longer there: %s', (text) => expect(read(text)).toContain('violence'));
  it.each([
    'Verwond jezelf niet aan die schaar, Daan!',
    'Ik hoop dat Noor snel weer beter is.',
    'Daan vertrekt na de zomer naar Groningen.',
  ])('lets care, one’s own feelings, idioms and plain news pass: %s', (text) => expect(read(text)).toEqual([]));
  it.each([
    'Ik lach me dood om de grappen van Daan.',
  ])('lets care, one’s own feelings, idioms and plain news pass: %s', (text) => expect(decency(text)).toEqual([]));
});

describe('threats by consequence', () => {
  it.each([
    'Straks ligt je rugzak in de vijver, Daan.',
    'Als je klikt bij juf Ilse, is je scooter morgen gesloopt.',
    'Er overkomt je broertje nog wat als je dit verklapt.',
    'Wij weten welke deur van jouw huis is, Noor.',
  ])('reads the person’s things or family with damage under a menace or a condition of telling: %s', (text) => expect(read(text)).toContain('threat'));
  it.each([
    'Pas op, de vijver is diep, Daan!',
    'Mijn scooter is morgen weer gemaakt.',
    'Je rugzak is kapot, zal ik helpen hem te naaien, Noor?',
  ])('lets real warnings, help and one’s own things pass: %s', (text) => expect(read(text)).toEqual([]));
  it.each([
    'Ik weet waar je woont, dus ik breng morgen je taart langs, Noor!',
  ])('lets real warnings, help and one’s own things pass: %s', (text) => expect(decency(text)).toEqual([]));
});

describe('humiliation, rumours and mocking', () => {
  it.each([
    'Ik deel dat filmpje van Daan in zijn ondergoed met de hele groep.',
    'Iedereen gaat horen dat Noor nog een luier draagt.',
    'Noor haar jas komt zeker van de kringloopwinkel 🤣',
  ])('reads shame with spreading or an audience, a secret recording, mocking for poverty with laughter: %s', (text) => expect(read(text)).toContain('insult'));
  it.each([
    'Juf, er wordt een foto van Daan in de kleedkamer gedeeld.',
    'We delen alleen foto’s van Noor met toestemming van haar ouders.',
    'Haha ik heb een tweedehands fiets en hij is super!',
  ])('lets reports, consent, self-mockery and praise pass: %s', (text) => expect(read(text)).toEqual([]));
  it.each([
    'Ik ben echt zo’n kluns haha.',
  ])('lets reports, consent, self-mockery and praise pass: %s', (text) => expect(decency(text)).toEqual([]));
});

describe('exclusion', () => {
  it.each([
    'Niemand gaat met Daan in de pauze voetballen.',
    'Noor hoort niet bij onze vriendengroep.',
    'Hoepel op uit onze club, Daan.',
    'We maken een clubje zonder Noor.',
  ])('reads "niemand" with company, belonging denied, sent away, a group made without the person: %s', (text) => expect(read(text)).toContain('exclusion'));
  it.each([
    'Daan, je bent af, nu ben jij de tikker!',
    'Niemand mag Noor uitlachen.',
    'Wie wil er naast Daan zitten?',
    'Noor hoort er gewoon bij, welkom!',
  ])('lets games, protecting rules, questions and welcomes pass: %s', (text) => expect(read(text)).toEqual([]));
});

describe('a recording spread to be laughed at (reading6b)', () => {
  it.each([
    'Noor, ik app jouw zwemfilmpje naar de hele klas en dan lacht iedereen je uit.',
  ])('reads a compound of a recording spread with ridicule, not a negated laugh: %s', (text) => expect(read(text)).toContain('insult'));
  it.each([
    'Ik app het zwemfilmpje van Noor naar de juf, niemand lachte haar uit.',
  ])('reads a compound of a recording spread with ridicule, not a negated laugh: %s', (text) => expect(read(text)).not.toContain('insult'));
});

describe('the author likened to an animal (#9, reading7c)', () => {
  it.each([
    'ik ben soms echt een luie slak',
  ])('withdraws an animal said of oneself, keeps it said of someone else: %s', (text) => expect(decency(text)).toEqual([]));
  it.each([
    'daan is echt een luie slak',
    'ik vind jou een luie slak',
  ])('withdraws an animal said of oneself, keeps it said of someone else: %s', (text) => expect(decency(text)).not.toEqual([]));
});
