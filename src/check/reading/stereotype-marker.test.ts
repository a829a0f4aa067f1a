/**
 * Insinuation and dehumanising comparison of a group (stereotype-marker.ts, dehuman.ts), in words
 * of our own that no case file holds: a member of a group with "typisch", or an insinuation marker
 * and a stock charge; a group likened to machines, plants, parasites or refuse. Look-alikes (a
 * thing described, a group without a charge, a critique, what a group makes) pass.
 */
import { describe, expect, it } from 'vitest';
import { decencyOf } from './probe.js';
import { analyse } from '../analysis.js';
import { DE_STERREN } from '../../protocol/school.js';
import { readStockCharge } from './stereotype-marker.js';
import { readDehumanising } from './dehuman.js';

const charge = (text: string): number => readStockCharge(analyse(text, [], DE_STERREN)).length;
const dehuman = (text: string): number => readDehumanising(analyse(text, [], DE_STERREN)).length;
const { kinds: decency } = decencyOf();

describe('a member of a group with an insinuation', () => {
  it.each([
    'typisch zo’n Pool, weer met de auto op de stoep',
    'Meiden en techniek, typisch hoor',
  ])('reads "typisch" beside a member, or as a clause of its own: %s', (text) => expect(charge(text)).toBe(1));
  it.each([
    'Uiteraard heeft die Bulgaar zijn boeken weer niet betaald.',
    'Er staan opeens drie Albanezen bij het fietsenhok en nu is mijn bel weg. Toevallig?',
    'Nu er moslimgezinnen in de straat wonen, is het er onveilig geworden. Verder zeg ik niks.',
    'sinds die Polen hier werken is alles een puinhoop 🙄',
  ])('reads a marker with a stock charge in the sentence or the next: %s', (text) => expect(charge(text)).toBe(1));
  it.each([
    'typisch Hollandse pannenkoeken, heerlijk',
    'Natuurlijk komen de Syriërs weer naar het schoolfeest, gezellig!',
    'Zeggen dat Polen altijd stelen is gewoon een vooroordeel 🙄',
  ])('lets a thing described, a group without a charge and a critique pass: %s', (text) => expect(charge(text)).toBe(0));
});

describe('a group likened to something not human', () => {
  it.each([
    'Die asielzoekers zijn net bacteriën, ze verspreiden zich overal.',
    'gehandicapten zijn gewoon meubelstukken',
    'Roma zijn onkruid dat je moet wieden.',
  ])('reads a copula or a comparison with a machine, a plant, a parasite or refuse: %s', (text) => expect(dehuman(text)).toBe(1));
  it.each([
    'Autisten zijn geen robots, ze hebben net zoveel gevoel.',
    'De Japanners zijn robots aan het bouwen voor in de zorg.',
    'In mijn werkstuk staat dat de nazi’s Joden ongedierte noemden.',
  ])('lets a denial, what people make and a lesson pass: %s', (text) => expect(dehuman(text)).toBe(0));
  it('blocks through the detector', () => {
    expect(decency('gehandicapten zijn gewoon meubelstukken')).toContain('dehumanisation');
  });
});
