/**
 * Group-level meaning without a judging word (group-insinuation.ts and the counter-speech,
 * report, emotion and negation readings of the seventh session), in sentences of our own that no
 * case file holds: each reading blocks its structure and lets its look-alike pass.
 */
import { describe, expect, it } from 'vitest';
import { decencyOf } from './probe.js';

const { blocked } = decencyOf([{ id: 'p1', name: 'Sem de Vries', role: 'pupil' }]);

describe('insinuation: a member, a stock charge and a cue', () => {
  it('blocks a charge tied to a group by time, a precaution with an emoji', () => {
    expect(blocked('Sinds die Albanese gezinnen hier in de straat wonen, zijn de tuinstoelen steeds kwijt.')).toBe(true);
    expect(blocked('Let goed op je spullen als er Roemenen op het schoolplein rondlopen 😏')).toBe(true);
  });
  it('lets the same group pass without a charge, and a lesson about the prejudice', () => {
    expect(blocked('Sinds de Albanese gezinnen hier wonen, hebben we een gezellig straatfeest.')).toBe(false);
    expect(blocked('In de les bespraken we waarom het een vooroordeel is dat Roemenen stelen.')).toBe(false);
  });
});

describe('coded terms, essentialism, mock praise', () => {
  it('blocks a coded term, a trait in the genes, praise "voor iemand uit een woonwagenkamp"', () => {
    expect(blocked('Remigratie is de enige oplossing voor onze wijk.')).toBe(true);
    expect(blocked('Die Bosniërs zoeken altijd ruzie, het zit in hun genen')).toBe(true);
    expect(blocked('Wat heb jij netjes geschreven, voor iemand uit een woonwagenkamp')).toBe(true);
  });
  it('lets a lesson about the term, the author’s own people and an age pass', () => {
    expect(blocked('Bij maatschappijleer hebben we geleerd dat remigratie een term van extreemrechts is.')).toBe(false);
    expect(blocked('Bij ons zit voetbal in het bloed, zegt mijn opa')).toBe(false);
    expect(blocked('Netjes geschreven voor iemand van zes!')).toBe(false);
  });
});

describe('burden, segregation, deserved harm', () => {
  it('blocks disabled pupils said to slow the class, put away, a group said to have deserved harm', () => {
    expect(blocked('Leerlingen met autisme remmen onze klas af')).toBe(true);
    expect(blocked('Gehandicapten? Stop ze maar in een tehuis.')).toBe(true);
    expect(blocked('De Koerden hebben verdiend wat hun is aangedaan')).toBe(true);
  });
  it('lets help for them and a denied deserving pass', () => {
    expect(blocked('Leerlingen met autisme krijgen bij ons extra hulp')).toBe(false);
    expect(blocked('De Koerden hebben niet verdiend wat hun in de oorlog is aangedaan')).toBe(false);
  });
});

describe('questions, diseases, animals, a resumptive judgement', () => {
  it('blocks rhetorical exclusion, a call in a question, a disease, an insult animal, "…, die zijn te brutaal"', () => {
    expect(blocked('Wie wil er nou met een Marokkaan samenwerken?')).toBe(true);
    expect(blocked('Is er niemand die die Bulgaren eens de wijk uit schopt?')).toBe(true);
    expect(blocked('Die Roemenen zijn een pest voor het dorp')).toBe(true);
    expect(blocked('moeten die bruine ratten echt bij ons in de klas?')).toBe(true);
    expect(blocked('Ik wil niet dat mijn zoon bij Poolse kinderen in de klas zit, die zijn gewoon te brutaal')).toBe(true);
  });
  it('lets a named pupil, an acquaintance question, a denial, animals among animals and praise pass', () => {
    expect(blocked('Wie wil er naast Sem zitten?')).toBe(false);
    expect(blocked('Is er niemand die die Bulgaren uit groep 6 kent?')).toBe(false);
    expect(blocked('Die Roemenen zijn geen pest, het zijn gewoon buren')).toBe(false);
    expect(blocked('in de dierentuin zagen we bruine ratten')).toBe(false);
    expect(blocked('Mijn zoon zit bij Poolse kinderen in de klas, die zijn echt gezellig')).toBe(false);
  });
});

describe('counter-speech and negation (counter.ts, structure.ts)', () => {
  it('lets a condemned act, a poll made by someone else and judged, a claim labelled false and the sayer judged pass', () => {
    expect(blocked('Kinderen met een handicap nadoen is laag en gemeen')).toBe(false);
    expect(blocked('Juf, iemand heeft een lijst gestuurd van wie het stomst is. Dat vind ik echt gemeen.')).toBe(false);
    expect(blocked('Polen zijn niet lui, dat is een fabeltje')).toBe(false);
    expect(blocked('Lang niet alle Roemenen zijn zakkenrollers, dat is een cliché')).toBe(false);
    expect(blocked('Moslims zijn geen terroristen en wie dat beweert is dom')).toBe(false);
  });
  it('keeps a claim whose label is denied, and hate next to other sayers', () => {
    expect(blocked('Polen zijn lui, dat is geen fabeltje')).toBe(true);
    expect(blocked('Roemenen zijn vies en wie iets anders zegt liegt')).toBe(true);
  });
});

describe('aversion and denied faculties or belonging', () => {
  it('blocks aversion after a group set off, a faculty denied with "kennen", "nooit een echte Hollander"', () => {
    expect(blocked('Roemenen. Ik kan ze echt niet verdragen')).toBe(true);
    expect(blocked('Albanezen kennen geen manieren')).toBe(true);
    expect(blocked('Jij wordt nooit een echte Hollander')).toBe(true);
  });
  it('lets belonging affirmed pass', () => {
    expect(blocked('Jij bent een echte Hollander geworden!')).toBe(false);
  });
});
