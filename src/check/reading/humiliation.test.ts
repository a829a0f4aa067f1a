/**
 * Humiliation without a listed insult (humiliation.ts), in words of our own that no case file
 * holds: a person, a topic tied to them (poverty, looks, an embarrassing matter, a homeland) and
 * what makes it mockery (a stance, a comparison, a call to spread) carry the reading; care, help,
 * praise, reports and a thing or the author's own pass.
 */
import { describe, expect, it } from 'vitest';
import { decencyOf } from './probe.js';
import { analyse } from '../analysis.js';
import { DE_STERREN } from '../../protocol/school.js';
import type { Person } from '../types.js';
import { readHumiliation } from './humiliation.js';

const people: Person[] = [
  { id: 'p1', name: 'Sanne Vos', role: 'pupil' },
  { id: 'p2', name: 'Ruben Meijer', role: 'pupil' },
];
const read = (text: string): number => readHumiliation(analyse(text, people, DE_STERREN)).length;
const { kinds: decency } = decencyOf(people);

describe('mocking poverty or looks', () => {
  it.each([
    'ruben zijn jas komt vast uit de kringloopwinkel 😂',
    'Sanne loopt erbij als een bedelaar met die versleten schoenen',
    'die familie van ruben heeft nooit geld, sneu hoor',
  ])('reads a poverty topic of a person with a stance or a comparison: %s', (text) => expect(read(text)).toBe(1));
  it.each([
    'sanne haar wenkbrauwen zijn zo dik dat het net rupsen zijn',
    'ruben is zo bleek als een lijk, gadverdamme',
    'kijk die pukkelige kin van sanne, ranzig',
  ])('reads a part of the looks owned by the person, or a trait said of them, with a stance: %s', (text) => expect(read(text)).toBe(1));
  it.each([
    'ruben heeft gaten in zijn broek, ik kan hem wel een oude lenen',
    'Sanne heeft een nieuwe beugel, die staat haar heel mooi',
    'mijn jas komt van de kringloop, lekker duurzaam haha',
    'sanne is helemaal niet dik, doe normaal',
  ])('lets care, praise, one’s own things and a denied trait pass: %s', (text) => expect(read(text)).toBe(0));
});

describe('a rumour spread', () => {
  it.each([
    'vertel het aan de hele klas: ruben heeft schurft',
    'Sanne heeft nog een speen in bed. Delen met iedereen!',
  ])('reads an embarrassing matter about a person with a call to pass it on: %s', (text) => expect(read(text)).toBe(1));
  it.each([
    'stuur het door: ruben heeft de voetbalwedstrijd gewonnen',
    'In groep 6 zijn neten gevonden, zet het in de app voor de ouders.',
  ])('lets news without a person, and a call without an embarrassing matter, pass: %s', (text) => expect(read(text)).toBe(0));
});

describe('sent back or likened', () => {
  it.each([
    'sanne ga toch terug naar je eigen landje',
    'ruben met dat kapsel lijk je wel een wc-borstel lol',
    // a praise word under a negation is no care
    'sanne als je het hier niet gezellig vindt, ga dan terug naar je moederland',
  ])('reads a person sent back to a homeland and a person likened with laughter: %s', (text) => expect(read(text)).toBe(1));
  it.each([
    'ruben gaat in de meivakantie terug naar zijn land, wat leuk voor hem',
    'sanne lijkt op haar moeder',
  ])('lets a visit home and a kind likeness pass: %s', (text) => expect(read(text)).toBe(0));
});

describe('through the detector', () => {
  it.each([
    ['ruben zijn jas komt vast uit de kringloopwinkel 😂', 'insult'],
    ['niemand vindt jou leuk ruben', 'exclusion'],
  ])('blocks the mockery as an insult and keeps reassurance apart from exclusion: %s → %s', (text, want) => expect(decency(text)).toContain(want));
  it.each([
    'niemand vindt jou raar sanne',
  ])('blocks the mockery as an insult and keeps reassurance apart from exclusion: %s', (text) => expect(decency(text)).toEqual([]));
});

describe('a person’s smell, judged looks and clothes (#9, reading7c)', () => {
  it.each([
    'ruben walmt als een vuilniswagen',
    'de okselgeur van sanne, niet te harden',
    'sanne ruikt naar een beschimmelde boterham',
    'er komt een stank uit de voeten van ruben',
  ])('reads a person as subject or owner of a stench, or smelled of dirt or an animal: %s', (text) => expect(read(text)).toBe(1));
  it.each([
    'de gang stinkt naar verf vandaag',
    'sanne ruikt heerlijk naar kokos',
    'ruben stinkt helemaal niet, doe normaal',
    'ik stink na het hardlopen, ik ga douchen',
  ])('lets a thing, a pleasant smell, a negation and one’s own smell pass: %s', (text) => expect(read(text)).toBe(0));
  it.each([
    'wat draagt ruben een afzichtelijke jas',
    'die ranzige schoenen van sanne',
    'met die oren van ruben kan je de zender ontvangen 😂',
  ])('reads a part of the looks or the clothes of a person judged by filth or ugliness: %s', (text) => expect(read(text)).toBe(1));
  it.each([
    'wat een vette schoenen heeft ruben',
    'mijn lelijke kersttrui is mijn favoriet',
    'sanne heeft een nieuwe jas, lekker warm',
  ])('lets praise slang, a trait alone and one’s own clothes pass: %s', (text) => expect(read(text)).toBe(0));
  it.each([
    ['ze hebben bij sanne niet eens een tv, die schooiers', 1],
    ['ruben gaf een euro aan die bedelaar bij de kerk', 0],
  ])('reads contempt for a denied possession with a poverty word: %s → %s', (text, want) => expect(read(text)).toBe(want));
});

describe('a rumour made up or spread by the author (#9, reading7c)', () => {
  it.each([
    'volgens mij blowt de broer van ruben, stuur het door',
    'ik verzin dat sanne jat uit de kantine',
    'we vertellen gewoon dat ruben gelogen heeft haha',
  ])('reads a misdeed charged to a person with a call or the author’s intent to spread it: %s', (text) => expect(read(text)).toBe(1));
  it.each([
    'de fiets van sanne is gestolen, deel dit zodat we hem terugvinden',
    'ik vertel de juf dat ruben jarig is, deel het maar',
    'ruben steelt niet, verspreid geen onzin',
  ])('lets a victim of a theft, a call without a misdeed and a negated charge pass: %s', (text) => expect(read(text)).toBe(0));
});
