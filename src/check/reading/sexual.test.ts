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
  it.each([
    'Stuur me vanavond een fotootje in je badpakje.',
    'Zal ik je een plaatje van mijn plassertje appen?',
    'Maak een selfie zonder kleren en deel hem met mij.',
  ])('a request or offer verb with a picture of undress or a sexual body part: %s', (text) => expect(read(text)).toBeGreaterThan(0));
  it.each([
    'Laat je eens zien zonder kleren?',
  ])('a request or offer verb with a picture of undress or a sexual body part: %s', (text) => expect(read(text)).toBe(0));
  it.each([
    'Stuur nooit een fotootje in je badpakje naar een onbekende.',
    'Stuur je me een fotootje van je nieuwe fiets?',
    'Stuur me een foto van je benen in het gips.',
    'Stuur me een fotootje van je blote tenen in het zwembad.',
  ])('a warning against it, or a picture of something else, is no solicitation: %s', (text) => expect(read(text)).toBe(0));
});

describe('in English', () => {
  it.each([
    'Show me your nipples.',
    'Yara looks so hot in that picture.',
  ])('reads the same structures: %s', (text) => expect(read(text)).toBeGreaterThan(0));
  it.each([
    'Yara has such a nice voice.',
    'We had sex education with juf Anouk.',
  ])('reads the same structures: %s', (text) => expect(read(text)).toBe(0));
});

describe('remarks about a person', () => {
  it.each([
    'Yara heeft lekkere tepeltjes.',
    'Juf Anouk is echt hitsig.',
    'Gaat Yara vanavond met jou naar bed?',
  ])('a sexual evaluation of a body part or of the person: %s', (text) => expect(read(text)).toBeGreaterThan(0));
  it.each([
    'Yara gaat om negen uur met haar knuffel naar bed.',
  ])('a sexual evaluation of a body part or of the person: %s', (text) => expect(read(text)).toBe(0));
  it.each([
    'Wat een sexy scooter heeft juf Anouk!',
    'Yara heeft een lekkere taart gebakken.',
  ])('the same words of a thing are praise: %s', (text) => expect(read(text)).toBe(0));
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
  it.each([
    'Bij natuuronderwijs tekenden we de geslachtsdelen van een bloem.',
    'Vandaag leerden we: als iemand om een blote foto vraagt, meld het.',
  ])('a lesson about the body or about safety online is innocent: %s', (text) => expect(sexual(text)).toBe(false));
});

describe('sexual content in a pupil’s own post (fifth stop)', () => {
  it.each([
    'Gisteren een pornosite ontdekt, zo hitsig.',
    'Yara heeft mini tietjes lol',
    'Wie wil er mijn piemeltje zien?',
    'Wie wil er straks met me rampetampen?',
  ])('reads a sexual compound with its excitement, size before a body word, the author’s own body offered, a proposal: %s', (text) => expect(sexual(text)).toBe(true));
  it.each([
    'Wie wil er mijn nieuwe scooter zien?',
    'Wie wil er met me zoenen op het schoolfeest?',
    'Bram heeft een kleine hamster gekregen.',
    'De meester legde uit wat je doet als iemand je een pornosite laat zien.',
  ])('lets the same frames of things, kissing, and a warning in a lesson pass: %s', (text) => expect(sexual(text)).toBe(false));
});

describe('remarks about a body without an evaluation word (bodyRemark)', () => {
  it.each([
    'die billen van Yara in haar turnpakje 🥵',
    'Yara haar tietjes groeien, ik wil ze wel eens knijpen',
    'de meester had een erectie tijdens het zwemmen lol',
    'Wie heeft de dikste kont van groep 7?',
    'Die meisjes van groep 6 worden al aardig vrouwelijk, je weet wel wat ik bedoel.',
    'doe je zwembroek eens omlaag, we willen kijken',
  ])('reads a person’s body word with lust, a wish to touch it, arousal, ranking and innuendo: %s', (text) => expect(read(text)).toBeGreaterThan(0));
  it.each([
    'Yara is op haar billen gevallen bij het turnen, au',
    'mijn kont doet zeer van het fietsen 😂',
    'Daan had een stijve nek na het slapen',
    'Bij biologie ging het over borsten en de puberteit 🔥',
  ])('lets an injury, one’s own body, a stiff neck and a lesson pass: %s', (text) => expect(read(text)).toBe(0));
});
