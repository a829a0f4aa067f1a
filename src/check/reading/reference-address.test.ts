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
  it('reads "jij" + judging adjectives + an animal or a judging noun', () => {
    expect(address('Ruben jij vette walrus')).toBe(1);
    expect(address('ga weg jij smerige kalkoen')).toBe(1);
    expect(blocked('hou op jij domme hyena')).toBe(true);
  });
  it('reads a bare animal or an animal compound of the mind after an opening "jij"', () => {
    expect(address('jij slak, schiet eens op')).toBe(1);
    expect(address('jij vogelbrein snapt het niet')).toBe(1);
  });
  it('lets a subject pronoun, a possessive "jullie", a copula and a negation pass', () => {
    expect(address('wil jij de geit voeren?')).toBe(0);
    expect(address('mogen jullie katten ook mee?')).toBe(0);
    expect(address('jullie honden blaffen hard')).toBe(0);
    expect(address('volgens mij ben jij geen domme gans')).toBe(0);
    expect(address('ik en jij koe melken bij opa')).toBe(0);
  });
});

describe('an epithet pointing back', () => {
  const epithets = (t: string): number => {
    const a = analyse(t, people, DE_STERREN);
    return readEpithets(a, targetsOf(a, undefined)).length;
  };
  it('reads a demonstrative + judging noun or animal compound of the mind standing for someone named', () => {
    expect(epithets('de jongens van de overkant kwamen kijken. zulke zuiplappen wil niemand')).toBe(1);
    expect(epithets('kijk dat vogelbrein weer, Ruben snapt er niks van')).toBe(1);
    expect(epithets('Ruben liep weg. die smerige kalkoen')).toBe(1);
  });
  it('lets an animal named before, a preposition and no antecedent pass', () => {
    expect(epithets('Ruben heeft een hond. die vieze hond blaft de hele nacht')).toBe(0);
    expect(epithets('Ruben zag die vieze rat in de schuur')).toBe(0);
    expect(epithets('zulke zuiplappen')).toBe(0);
  });
});

describe('the binominal "een N1 van een N2"', () => {
  const bin = (t: string): number => {
    const a = analyse(t, people, DE_STERREN);
    return readBinominal(a, targetsOf(a, undefined)).length;
  };
  it('says N1 of a person or group N2', () => {
    expect(bin('wat een smerige hyena van een Turk')).toBe(1);
    expect(bin('die luilak van een buurjongen')).toBe(1);
  });
  it('lets an owned animal and a praising noun pass', () => {
    expect(bin('we kregen een kat van een buurvrouw')).toBe(0);
    expect(bin('een schat van een meid')).toBe(0);
  });
});

describe('vermin compounds, deictic epithets, exclamatives, an animal said of an animal (#9, reading7c)', () => {
  it('reads a compound of vermin, disease or filth with a person head as an insult', () => {
    expect(verminCompound('maden-zak')).toBe(true);
    expect(verminCompound('wormenkop')).toBe(true);
    expect(blocked('jij puistenbek, ga zitten')).toBe(true);
    expect(blocked('zo’n snotbal van een Ruben')).toBe(true);
  });
  it('lets compounds of things and the ordinary word for a bully pass', () => {
    expect(verminCompound('luizenshampoo')).toBe(false);
    expect(verminCompound('rattengif')).toBe(false);
    expect(verminCompound('pestkop')).toBe(false);
    expect(blocked('heb je de luizenshampoo al gekocht?')).toBe(false);
  });
  it('reads a demonstrative before a judging noun as pointing at someone present', () => {
    expect(blocked('die etterbak naast mij zit weer te kletsen')).toBe(true);
    expect(blocked('deze lompe profiteur heeft mijn bal gepakt')).toBe(true);
  });
  it('reads "wat een" + a judging adjective + noun after a person in the sentence', () => {
    expect(blocked('Ruben heeft weer niks gedaan, wat een luie slak')).toBe(true);
    expect(blocked('Ruben heeft een hamster, wat een schattig beest')).toBe(false);
    expect(blocked('Iemand schreef iets lelijks. Wat een schande, zo praat je niet over kinderen.')).toBe(false);
  });
  it('lets an animal said of an animal or a thing pass', () => {
    const a = analyse('mijn kat is een luie zeekoe', people, DE_STERREN);
    expect(animalOfAnimal(a, 5)).toBe(true);
    expect(blocked('de hond van Ruben is een dikke big')).toBe(false);
    expect(blocked('Ruben is een dikke big')).toBe(true);
  });
});

describe('an address by a name or with an adjective of filth (#9, reading7c)', () => {
  it('reads a name before a vermin or mind compound that ends its clause, and "jij" + an adjective of disease', () => {
    expect(address('Ruben madenzak, ga weg')).toBe(1);
    expect(address('hou je mond jij luizige rat')).toBe(1);
  });
  it('lets a name before an ordinary compound and a subject pronoun pass', () => {
    expect(address('Ruben schoenendoos, die moet je meenemen')).toBe(0);
    expect(address('Ruben vlooienmarkt, kom je ook?')).toBe(0);
  });
});
