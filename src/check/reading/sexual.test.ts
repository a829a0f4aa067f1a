/**
 * The Dutch sexual-content reading, in sentences whose words no list holds as written
 * (diminutives, other verb forms) or in combinations no list holds as a phrase.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../analysis.js';
import { DE_STERREN } from '../../protocol/school.js';
import { detectDecency } from '../detectors/decency.js';
import { readSexualContent } from './sexual.js';

const roster = [{ id: 'k3', name: 'Yara Hendriks', role: 'pupil' as const }, { id: 'm1', name: 'Anouk Mulder', role: 'staff' as const }];
const read = (text: string): number => readSexualContent(analyse(text, roster, DE_STERREN)).length;
const sexual = (text: string): boolean => detectDecency(analyse(text, roster, DE_STERREN)).some((h) => h.kind === 'sexual');

describe('solicitation', () => {
  it('a request or offer verb with a picture of undress or a sexual body part', () => {
    expect(read('Stuur me vanavond een fotootje in je badpakje.')).toBeGreaterThan(0);
    expect(read('Zal ik je een plaatje van mijn plassertje appen?')).toBeGreaterThan(0);
    expect(read('Laat je eens zien zonder kleren?')).toBe(0);
    expect(read('Maak een selfie zonder kleren en deel hem met mij.')).toBeGreaterThan(0);
  });
  it('a warning against it, or a picture of something else, is no solicitation', () => {
    expect(read('Stuur nooit een fotootje in je badpakje naar een onbekende.')).toBe(0);
    expect(read('Stuur je me een fotootje van je nieuwe fiets?')).toBe(0);
    expect(read('Stuur me een foto van je benen in het gips.')).toBe(0);
    expect(read('Stuur me een fotootje van je blote tenen in het zwembad.')).toBe(0);
  });
});

describe('in English', () => {
  it('reads the same structures', () => {
    expect(read('Show me your nipples.')).toBeGreaterThan(0);
    expect(read('Yara looks so hot in that picture.')).toBeGreaterThan(0);
    expect(read('Yara has such a nice voice.')).toBe(0);
    expect(read('We had sex education with juf Anouk.')).toBe(0);
  });
});

describe('remarks about a person', () => {
  it('a sexual evaluation of a body part or of the person', () => {
    expect(read('Yara heeft lekkere tepeltjes.')).toBeGreaterThan(0);
    expect(read('Juf Anouk is echt hitsig.')).toBeGreaterThan(0);
    expect(read('Gaat Yara vanavond met jou naar bed?')).toBeGreaterThan(0);
    expect(read('Yara gaat om negen uur met haar knuffel naar bed.')).toBe(0);
  });
  it('the same words of a thing are praise', () => {
    expect(read('Wat een sexy scooter heeft juf Anouk!')).toBe(0);
    expect(read('Yara heeft een lekkere taart gebakken.')).toBe(0);
  });
});

describe('secrecy', () => {
  it('a secret around undress is grooming', () => {
    expect(sexual('Dit is ons geheim. Stuur me een fotootje in je badpakje.')).toBe(true);
  });
  it('a secret around a present is not', () => {
    expect(sexual('Het cadeau voor juf Anouk is ons geheim, niet verder vertellen!')).toBe(false);
  });
});

describe('education', () => {
  it('a lesson about the body or about safety online is innocent', () => {
    expect(sexual('Bij natuuronderwijs tekenden we de geslachtsdelen van een bloem.')).toBe(false);
    expect(sexual('Vandaag leerden we: als iemand om een blote foto vraagt, meld het.')).toBe(false);
  });
});

describe('sexual content in a pupil’s own post (fifth stop)', () => {
  it('reads a sexual compound with its excitement, size before a body word, the author’s own body offered, a proposal', () => {
    expect(sexual('Gisteren een pornosite ontdekt, zo hitsig.')).toBe(true);
    expect(sexual('Yara heeft mini tietjes lol')).toBe(true);
    expect(sexual('Wie wil er mijn piemeltje zien?')).toBe(true);
    expect(sexual('Wie wil er straks met me rampetampen?')).toBe(true);
  });
  it('lets the same frames of things, kissing, and a warning in a lesson pass', () => {
    expect(sexual('Wie wil er mijn nieuwe scooter zien?')).toBe(false);
    expect(sexual('Wie wil er met me zoenen op het schoolfeest?')).toBe(false);
    expect(sexual('Bram heeft een kleine hamster gekregen.')).toBe(false);
    expect(sexual('De meester legde uit wat je doet als iemand je een pornosite laat zien.')).toBe(false);
  });
});

describe('remarks about a body without an evaluation word (bodyRemark)', () => {
  it('reads a person’s body word with lust, a wish to touch it, arousal, ranking and innuendo', () => {
    expect(read('die billen van Yara in haar turnpakje 🥵')).toBeGreaterThan(0);
    expect(read('Yara haar tietjes groeien, ik wil ze wel eens knijpen')).toBeGreaterThan(0);
    expect(read('de meester had een erectie tijdens het zwemmen lol')).toBeGreaterThan(0);
    expect(read('Wie heeft de dikste kont van groep 7?')).toBeGreaterThan(0);
    expect(read('Die meisjes van groep 6 worden al aardig vrouwelijk, je weet wel wat ik bedoel.')).toBeGreaterThan(0);
    expect(read('doe je zwembroek eens omlaag, we willen kijken')).toBeGreaterThan(0);
  });
  it('lets an injury, one’s own body, a stiff neck and a lesson pass', () => {
    expect(read('Yara is op haar billen gevallen bij het turnen, au')).toBe(0);
    expect(read('mijn kont doet zeer van het fietsen 😂')).toBe(0);
    expect(read('Daan had een stijve nek na het slapen')).toBe(0);
    expect(read('Bij biologie ging het over borsten en de puberteit 🔥')).toBe(0);
  });
});
