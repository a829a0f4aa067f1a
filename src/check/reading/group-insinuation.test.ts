/**
 * Group-level meaning without a judging word (group-insinuation.ts and the counter-speech,
 * report, emotion and negation readings of the seventh session), in sentences of our own that no
 * case file holds: each reading blocks its structure and lets its look-alike pass.
 */
import { describe, expect, it } from 'vitest';
import { decencyOf } from './probe.js';

const { blocked } = decencyOf([{ id: 'p1', name: 'Sem de Vries', role: 'pupil' }]);

describe('insinuation: a member, a stock charge and a cue', () => {
  it.each([
    'Sinds die Albanese gezinnen hier in de straat wonen, zijn de tuinstoelen steeds kwijt.',
    'Let goed op je spullen als er Roemenen op het schoolplein rondlopen 😏',
  ])('blocks a charge tied to a group by time, a precaution with an emoji: %s', (text) => expect(blocked(text)).toBe(true));
  it.each([
    'Sinds de Albanese gezinnen hier wonen, hebben we een gezellig straatfeest.',
    'In de les bespraken we waarom het een vooroordeel is dat Roemenen stelen.',
  ])('lets the same group pass without a charge, and a lesson about the prejudice: %s', (text) => expect(blocked(text)).toBe(false));
});

describe('coded terms, essentialism, mock praise', () => {
  it.each([
    'Remigratie is de enige oplossing voor onze wijk.',
    'Die Bosniërs zoeken altijd ruzie, het zit in hun genen',
    'Wat heb jij netjes geschreven, voor iemand uit een woonwagenkamp',
  ])('blocks a coded term, a trait in the genes, praise "voor iemand uit een woonwagenkamp": %s', (text) => expect(blocked(text)).toBe(true));
  it.each([
    'Bij maatschappijleer hebben we geleerd dat remigratie een term van extreemrechts is.',
    'Bij ons zit voetbal in het bloed, zegt mijn opa',
    'Netjes geschreven voor iemand van zes!',
  ])('lets a lesson about the term, the author’s own people and an age pass: %s', (text) => expect(blocked(text)).toBe(false));
});

describe('burden, segregation, deserved harm', () => {
  it.each([
    'Leerlingen met autisme remmen onze klas af',
    'Gehandicapten? Stop ze maar in een tehuis.',
    'De Koerden hebben verdiend wat hun is aangedaan',
  ])('blocks disabled pupils said to slow the class, put away, a group said to have deserved harm: %s', (text) => expect(blocked(text)).toBe(true));
  it.each([
    'Leerlingen met autisme krijgen bij ons extra hulp',
    'De Koerden hebben niet verdiend wat hun in de oorlog is aangedaan',
  ])('lets help for them and a denied deserving pass: %s', (text) => expect(blocked(text)).toBe(false));
});

describe('questions, diseases, animals, a resumptive judgement', () => {
  it.each([
    'Wie wil er nou met een Marokkaan samenwerken?',
    'Is er niemand die die Bulgaren eens de wijk uit schopt?',
    'Die Roemenen zijn een pest voor het dorp',
    'moeten die bruine ratten echt bij ons in de klas?',
    'Ik wil niet dat mijn zoon bij Poolse kinderen in de klas zit, die zijn gewoon te brutaal',
  ])('blocks rhetorical exclusion, a call in a question, a disease, an insult animal, "…, die zijn te brutaal": %s', (text) => expect(blocked(text)).toBe(true));
  it.each([
    'Wie wil er naast Sem zitten?',
    'Is er niemand die die Bulgaren uit groep 6 kent?',
    'Die Roemenen zijn geen pest, het zijn gewoon buren',
    'in de dierentuin zagen we bruine ratten',
    'Mijn zoon zit bij Poolse kinderen in de klas, die zijn echt gezellig',
  ])('lets a named pupil, an acquaintance question, a denial, animals among animals and praise pass: %s', (text) => expect(blocked(text)).toBe(false));
});

describe('counter-speech and negation (counter.ts, structure.ts)', () => {
  it.each([
    'Kinderen met een handicap nadoen is laag en gemeen',
    'Juf, iemand heeft een lijst gestuurd van wie het stomst is. Dat vind ik echt gemeen.',
    'Polen zijn niet lui, dat is een fabeltje',
    'Lang niet alle Roemenen zijn zakkenrollers, dat is een cliché',
    'Moslims zijn geen terroristen en wie dat beweert is dom',
  ])('lets a condemned act, a poll made by someone else and judged, a claim labelled false and the sayer judged pass: %s', (text) => expect(blocked(text)).toBe(false));
  it.each([
    'Polen zijn lui, dat is geen fabeltje',
    'Roemenen zijn vies en wie iets anders zegt liegt',
  ])('keeps a claim whose label is denied, and hate next to other sayers: %s', (text) => expect(blocked(text)).toBe(true));
});

describe('aversion and denied faculties or belonging', () => {
  it.each([
    'Roemenen. Ik kan ze echt niet verdragen',
    'Albanezen kennen geen manieren',
    'Jij wordt nooit een echte Hollander',
  ])('blocks aversion after a group set off, a faculty denied with "kennen", "nooit een echte Hollander": %s', (text) => expect(blocked(text)).toBe(true));
  it('lets belonging affirmed pass', () => {
    expect(blocked('Jij bent een echte Hollander geworden!')).toBe(false);
  });
});
