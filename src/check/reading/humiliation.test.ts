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
  it('reads a poverty topic of a person with a stance or a comparison', () => {
    expect(read('ruben zijn jas komt vast uit de kringloopwinkel 😂')).toBe(1);
    expect(read('Sanne loopt erbij als een bedelaar met die versleten schoenen')).toBe(1);
    expect(read('die familie van ruben heeft nooit geld, sneu hoor')).toBe(1);
  });
  it('reads a part of the looks owned by the person, or a trait said of them, with a stance', () => {
    expect(read('sanne haar wenkbrauwen zijn zo dik dat het net rupsen zijn')).toBe(1);
    expect(read('ruben is zo bleek als een lijk, gadverdamme')).toBe(1);
    expect(read('kijk die pukkelige kin van sanne, ranzig')).toBe(1);
  });
  it('lets care, praise, one’s own things and a denied trait pass', () => {
    expect(read('ruben heeft gaten in zijn broek, ik kan hem wel een oude lenen')).toBe(0);
    expect(read('Sanne heeft een nieuwe beugel, die staat haar heel mooi')).toBe(0);
    expect(read('mijn jas komt van de kringloop, lekker duurzaam haha')).toBe(0);
    expect(read('sanne is helemaal niet dik, doe normaal')).toBe(0);
  });
});

describe('a rumour spread', () => {
  it('reads an embarrassing matter about a person with a call to pass it on', () => {
    expect(read('vertel het aan de hele klas: ruben heeft schurft')).toBe(1);
    expect(read('Sanne heeft nog een speen in bed. Delen met iedereen!')).toBe(1);
  });
  it('lets news without a person, and a call without an embarrassing matter, pass', () => {
    expect(read('stuur het door: ruben heeft de voetbalwedstrijd gewonnen')).toBe(0);
    expect(read('In groep 6 zijn neten gevonden, zet het in de app voor de ouders.')).toBe(0);
  });
});

describe('sent back or likened', () => {
  it('reads a person sent back to a homeland and a person likened with laughter', () => {
    expect(read('sanne ga toch terug naar je eigen landje')).toBe(1);
    expect(read('ruben met dat kapsel lijk je wel een wc-borstel lol')).toBe(1);
    // a praise word under a negation is no care
    expect(read('sanne als je het hier niet gezellig vindt, ga dan terug naar je moederland')).toBe(1);
  });
  it('lets a visit home and a kind likeness pass', () => {
    expect(read('ruben gaat in de meivakantie terug naar zijn land, wat leuk voor hem')).toBe(0);
    expect(read('sanne lijkt op haar moeder')).toBe(0);
  });
});

describe('through the detector', () => {
  it('blocks the mockery as an insult and keeps reassurance apart from exclusion', () => {
    expect(decency('ruben zijn jas komt vast uit de kringloopwinkel 😂')).toContain('insult');
    expect(decency('niemand vindt jou raar sanne')).toEqual([]);
    expect(decency('niemand vindt jou leuk ruben')).toContain('exclusion');
  });
});

describe('a person’s smell, judged looks and clothes (#9, reading7c)', () => {
  it('reads a person as subject or owner of a stench, or smelled of dirt or an animal', () => {
    expect(read('ruben walmt als een vuilniswagen')).toBe(1);
    expect(read('de okselgeur van sanne, niet te harden')).toBe(1);
    expect(read('sanne ruikt naar een beschimmelde boterham')).toBe(1);
    expect(read('er komt een stank uit de voeten van ruben')).toBe(1);
  });
  it('lets a thing, a pleasant smell, a negation and one’s own smell pass', () => {
    expect(read('de gang stinkt naar verf vandaag')).toBe(0);
    expect(read('sanne ruikt heerlijk naar kokos')).toBe(0);
    expect(read('ruben stinkt helemaal niet, doe normaal')).toBe(0);
    expect(read('ik stink na het hardlopen, ik ga douchen')).toBe(0);
  });
  it('reads a part of the looks or the clothes of a person judged by filth or ugliness', () => {
    expect(read('wat draagt ruben een afzichtelijke jas')).toBe(1);
    expect(read('die ranzige schoenen van sanne')).toBe(1);
    expect(read('met die oren van ruben kan je de zender ontvangen 😂')).toBe(1);
  });
  it('lets praise slang, a trait alone and one’s own clothes pass', () => {
    expect(read('wat een vette schoenen heeft ruben')).toBe(0);
    expect(read('mijn lelijke kersttrui is mijn favoriet')).toBe(0);
    expect(read('sanne heeft een nieuwe jas, lekker warm')).toBe(0);
  });
  it('reads contempt for a denied possession with a poverty word', () => {
    expect(read('ze hebben bij sanne niet eens een tv, die schooiers')).toBe(1);
    expect(read('ruben gaf een euro aan die bedelaar bij de kerk')).toBe(0);
  });
});

describe('a rumour made up or spread by the author (#9, reading7c)', () => {
  it('reads a misdeed charged to a person with a call or the author’s intent to spread it', () => {
    expect(read('volgens mij blowt de broer van ruben, stuur het door')).toBe(1);
    expect(read('ik verzin dat sanne jat uit de kantine')).toBe(1);
    expect(read('we vertellen gewoon dat ruben gelogen heeft haha')).toBe(1);
  });
  it('lets a victim of a theft, a call without a misdeed and a negated charge pass', () => {
    expect(read('de fiets van sanne is gestolen, deel dit zodat we hem terugvinden')).toBe(0);
    expect(read('ik vertel de juf dat ruben jarig is, deel het maar')).toBe(0);
    expect(read('ruben steelt niet, verspreid geen onzin')).toBe(0);
  });
});
