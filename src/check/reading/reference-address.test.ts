/** Insults said to someone as an address (reading/reference-address.ts), in words of our own. */
import { describe, expect, it } from 'vitest';
import { decencyOf } from './probe.js';
import { analyse } from '../analysis.js';
import { DE_STERREN } from '../../protocol/school.js';
import { animalOfAnimal, readAddressInsults, readBinominal, readEpithets, verminCompound } from './reference-address.js';
import { targetsOf } from './structure.js';

const people = [{ id: 'k1', name: 'Ruben Dekker', role: 'pupil' as const }];
const address = (t: string): number => readAddressInsults(analyse(t, people, DE_STERREN)).length;
const { blocked } = decencyOf(people);

describe('an address insult', () => {
  it.each([
    'Ruben jij vette walrus',
    'ga weg jij smerige kalkoen',
  ])('reads "jij" + judging adjectives + an animal or a judging noun: %s', (text) => expect(address(text)).toBe(1));
  it.each([
    'hou op jij domme hyena',
  ])('reads "jij" + judging adjectives + an animal or a judging noun: %s', (text) => expect(blocked(text)).toBe(true));
  it.each([
    'jij slak, schiet eens op',
    'jij vogelbrein snapt het niet',
  ])('reads a bare animal or an animal compound of the mind after an opening "jij": %s', (text) => expect(address(text)).toBe(1));
  it.each([
    'wil jij de geit voeren?',
    'mogen jullie katten ook mee?',
    'jullie honden blaffen hard',
    'volgens mij ben jij geen domme gans',
    'ik en jij koe melken bij opa',
  ])('lets a subject pronoun, a possessive "jullie", a copula and a negation pass: %s', (text) => expect(address(text)).toBe(0));
});

describe('an epithet pointing back', () => {
  const epithets = (t: string): number => {
    const a = analyse(t, people, DE_STERREN);
    return readEpithets(a, targetsOf(a, undefined)).length;
  };
  it.each([
    'de jongens van de overkant kwamen kijken. zulke zuiplappen wil niemand',
    'kijk dat vogelbrein weer, Ruben snapt er niks van',
    'Ruben liep weg. die smerige kalkoen',
  ])('reads a demonstrative + judging noun or animal compound of the mind standing for someone named: %s', (text) => expect(epithets(text)).toBe(1));
  it.each([
    'Ruben heeft een hond. die vieze hond blaft de hele nacht',
    'Ruben zag die vieze rat in de schuur',
    'zulke zuiplappen',
  ])('lets an animal named before, a preposition and no antecedent pass: %s', (text) => expect(epithets(text)).toBe(0));
});

describe('the binominal "een N1 van een N2"', () => {
  const bin = (t: string): number => {
    const a = analyse(t, people, DE_STERREN);
    return readBinominal(a, targetsOf(a, undefined)).length;
  };
  it.each([
    'wat een smerige hyena van een Turk',
    'die luilak van een buurjongen',
  ])('says N1 of a person or group N2: %s', (text) => expect(bin(text)).toBe(1));
  it.each([
    'we kregen een kat van een buurvrouw',
    'een schat van een meid',
  ])('lets an owned animal and a praising noun pass: %s', (text) => expect(bin(text)).toBe(0));
});

describe('vermin compounds, deictic epithets, exclamatives, an animal said of an animal (#9, reading7c)', () => {
  it.each([
    'maden-zak',
    'wormenkop',
  ])('reads a compound of vermin, disease or filth with a person head as an insult: %s', (text) => expect(verminCompound(text)).toBe(true));
  it.each([
    'jij puistenbek, ga zitten',
    'zo’n snotbal van een Ruben',
  ])('reads a compound of vermin, disease or filth with a person head as an insult: %s', (text) => expect(blocked(text)).toBe(true));
  it.each([
    'luizenshampoo',
    'rattengif',
    'pestkop',
  ])('lets compounds of things and the ordinary word for a bully pass: %s', (text) => expect(verminCompound(text)).toBe(false));
  it.each([
    'heb je de luizenshampoo al gekocht?',
  ])('lets compounds of things and the ordinary word for a bully pass: %s', (text) => expect(blocked(text)).toBe(false));
  it.each([
    'die etterbak naast mij zit weer te kletsen',
    'deze lompe profiteur heeft mijn bal gepakt',
  ])('reads a demonstrative before a judging noun as pointing at someone present: %s', (text) => expect(blocked(text)).toBe(true));
  it.each([
    ['Ruben heeft weer niks gedaan, wat een luie slak', true],
    ['Ruben heeft een hamster, wat een schattig beest', false],
    ['Iemand schreef iets lelijks. Wat een schande, zo praat je niet over kinderen.', false],
  ])('reads "wat een" + a judging adjective + noun after a person in the sentence: %s → %s', (text, want) => expect(blocked(text)).toBe(want));
  it('lets an animal said of an animal or a thing pass', () => {
    const a = analyse('mijn kat is een luie zeekoe', people, DE_STERREN);
    expect(animalOfAnimal(a, 5)).toBe(true);
    expect(blocked('de hond van Ruben is een dikke big')).toBe(false);
    expect(blocked('Ruben is een dikke big')).toBe(true);
  });
});

describe('an address by a name or with an adjective of filth (#9, reading7c)', () => {
  it.each([
    'Ruben madenzak, ga weg',
    'hou je mond jij luizige rat',
  ])('reads a name before a vermin or mind compound that ends its clause, and "jij" + an adjective of disease: %s', (text) => expect(address(text)).toBe(1));
  it.each([
    'Ruben schoenendoos, die moet je meenemen',
    'Ruben vlooienmarkt, kom je ook?',
  ])('lets a name before an ordinary compound and a subject pronoun pass: %s', (text) => expect(address(text)).toBe(0));
});
