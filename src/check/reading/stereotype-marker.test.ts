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
  it('reads "typisch" beside a member, or as a clause of its own', () => {
    expect(charge('typisch zo’n Pool, weer met de auto op de stoep')).toBe(1);
    expect(charge('Meiden en techniek, typisch hoor')).toBe(1);
  });
  it('reads a marker with a stock charge in the sentence or the next', () => {
    expect(charge('Uiteraard heeft die Bulgaar zijn boeken weer niet betaald.')).toBe(1);
    expect(charge('Er staan opeens drie Albanezen bij het fietsenhok en nu is mijn bel weg. Toevallig?')).toBe(1);
    expect(charge('Nu er moslimgezinnen in de straat wonen, is het er onveilig geworden. Verder zeg ik niks.')).toBe(1);
    expect(charge('sinds die Polen hier werken is alles een puinhoop 🙄')).toBe(1);
  });
  it('lets a thing described, a group without a charge and a critique pass', () => {
    expect(charge('typisch Hollandse pannenkoeken, heerlijk')).toBe(0);
    expect(charge('Natuurlijk komen de Syriërs weer naar het schoolfeest, gezellig!')).toBe(0);
    expect(charge('Zeggen dat Polen altijd stelen is gewoon een vooroordeel 🙄')).toBe(0);
  });
});

describe('a group likened to something not human', () => {
  it('reads a copula or a comparison with a machine, a plant, a parasite or refuse', () => {
    expect(dehuman('Die asielzoekers zijn net bacteriën, ze verspreiden zich overal.')).toBe(1);
    expect(dehuman('gehandicapten zijn gewoon meubelstukken')).toBe(1);
    expect(dehuman('Roma zijn onkruid dat je moet wieden.')).toBe(1);
  });
  it('lets a denial, what people make and a lesson pass', () => {
    expect(dehuman('Autisten zijn geen robots, ze hebben net zoveel gevoel.')).toBe(0);
    expect(dehuman('De Japanners zijn robots aan het bouwen voor in de zorg.')).toBe(0);
    expect(dehuman('In mijn werkstuk staat dat de nazi’s Joden ongedierte noemden.')).toBe(0);
  });
  it('blocks through the detector', () => {
    expect(decency('gehandicapten zijn gewoon meubelstukken')).toContain('dehumanisation');
  });
});
