/**
 * The harm side of the reading (reading/harm.ts, reading/emotion.ts, the harm parts of structure.ts
 * and detectors/decency.ts), in sentences of our own that no case file holds: places of a group
 * or the school, everyone as a target, harm given or received, confinement, pushing, emotion at a
 * group, possessive judgements, abusive compounds, vocatives, proposals in questions. Each reading
 * with what it catches and the look-alikes it lets pass.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../analysis.js';
import { DE_STERREN } from '../../protocol/school.js';
import { detectDecency } from '../detectors/decency.js';
import type { Person } from '../types.js';
import { readStructure } from './structure.js';
import { abusiveCompound } from './harm.js';
import { emotionAdjective } from './emotion.js';

const people: Person[] = [
  { id: 'k1', name: 'Fleur van Dijk', role: 'pupil' },
  { id: 'k2', name: 'Mees de Boer', role: 'pupil' },
];
const read = (text: string): string[] => readStructure(analyse(text, people, DE_STERREN)).map((h) => h.kind);
const decency = (text: string): string[] => detectDecency(analyse(text, people, DE_STERREN)).filter((h) => h.severity === 'block').map((h) => h.kind);

describe('harm to a place of a group or of the school', () => {
  it.each([
    ['Wij gaan dat Koerdische buurthuis vernielen.', 'threat'],
    ['Ik steek dat Koerdische buurthuis in de hens.', 'threat'],
    ['Die gebedshuizen mogen van mij allemaal de lucht in.', 'violence'],
    ['Iemand zou die islamschool eens moeten platbranden.', 'violence'],
    ['Zullen we de etalage van die Turkse slagerij ingooien?', 'threat'],
    ['Een brandbom door de ruiten van die asielopvang, dat moet gebeuren.', 'violence'],
    ['De Sterren hoort in puin te liggen.', 'violence'],
  ])('reads fire, explosion and demolition of a group place or the school, in any order, as a wish or modal: %s → %s', (text, want) => expect(read(text)).toContain(want));
  it.each([
    'Vorige week is de kapel in het dorp afgebrand.',
    'In 1943 werd het gebedshuis opgeblazen, vertelde de gids ons.',
    'We steken in de kapel kaarsjes aan voor opa.',
    'We blazen de luchtbedden op bij het kamp.',
    'Ik steek het oude gebouw in de fik in Minecraft.',
    'Ik zou die kapel nooit in brand steken.',
  ])('lets reports, places as a setting, places of no one and negations pass: %s', (text) => expect(read(text)).toEqual([]));
});

describe('everyone and kinds of people as targets', () => {
  it.each([
    ['Morgen steek ik iedereen in de aula neer.', 'threat'],
    ['De hele groep is echt gestoord.', 'insult'],
  ])('reads threats and insults at everyone, the whole group, whoever reads, and "jouw soort": %s → %s', (text, want) => expect(read(text)).toContain(want));
  it.each([
    'Wie dit leest is een oen.',
    'Jullie soort hoort hier niet.',
  ])('reads threats and insults at everyone, the whole group, whoever reads, and "jouw soort": %s', (text) => expect(decency(text)).not.toEqual([]));
  it.each([
    'Iedereen is welkom bij de open dag!',
    'Ik wil iedereen uit groep 6 uitnodigen.',
    'Iedereen ging dood van verveling bij die film.',
    'Ik ga dood van het lachen om Mees.',
    'Jouw soort muziek vind ik gaaf.',
  ])('lets welcomes, invitations, games and hyperbole pass: %s', (text) => expect(decency(text)).toEqual([]));
});

describe('harm given or received', () => {
  it.each([
    ['Iemand moet die Koerden eens een opdonder verkopen.', 'violence'],
    ['Vanmiddag krijg jij een hengst, Fleur.', 'threat'],
    ['Als je dat nog eens zegt, krijg je een dolk in je buik.', 'threat'],
    ['Jij bent de laatste die ik in elkaar trap.', 'threat'],
  ])('reads a harm noun given under an intent, blows received with a time or condition, a weapon in a body part: %s → %s', (text, want) => expect(read(text)).toContain(want));
  it.each([
    'Fleur kreeg gisteren een hengst van een paard.',
    'Bij hockey krijg je soms een klap, Fleur.',
    'Straks krijg jij een cadeau, Fleur.',
    'Jij bent de laatste die ik vandaag bel.',
  ])('lets a past event, a generic statement and a gift pass: %s', (text) => expect(read(text)).toEqual([]));
});

describe('confinement, instruments of beating, pushing', () => {
  it.each([
    ['Die Koerden moet je in een veewagen stoppen.', 'violence'],
    ['Koerden moeten weer met de karwats.', 'violence'],
    ['Ik flikker Mees van het balkon.', 'threat'],
    ['Koerden horen in een getto.', 'derogation'],
  ])('reads them wished on people: %s → %s', (text, want) => expect(read(text)).toContain(want));
  it.each([
    'De kippen moeten we in het hok stoppen.',
    'Blinden moeten met een stok lopen.',
    'Ik flikker de tas van het balkon.',
    'Inbrekers horen in de gevangenis.',
  ])('lets animals, things and tools pass: %s', (text) => expect(read(text)).toEqual([]));
});

describe('emotion at a group', () => {
  it.each([
    ['kotsziek', true],
    ['pleurischagrijnig', true],
    ['zonnig', false],
  ])('reads an emotion adjective by class and compound, a separable verb, a conditional perception, a fronted group: %s → %s', (text, want) => expect(emotionAdjective(text)).toBe(want));
  it.each([
    'Koerden maken me stapelgek.',
    'Die Koerden stonden me vreselijk tegen.',
    'Wanneer ik een Koerd hoor, word ik er laaiend van.',
    'Koerden, ik krijg er rillingen van.',
    'Getver, Koerden.',
  ])('reads an emotion adjective by class and compound, a separable verb, a conditional perception, a fronted group: %s', (text) => expect(read(text)).toContain('hate'));
  it.each([
    'Van dat lange wachten word ik pissig.',
    'Als ik mijn rapport zie, word ik er chagrijnig van.',
    'Getver, het regent.',
    'De Koerden wonnen gisteren, ik word er gek van!',
  ])('lets emotion about events, things and weather pass: %s', (text) => expect(read(text)).toEqual([]));
});

describe('possessive judgements and abusive compounds', () => {
  it.each([
    'Koerden en hun smerige praatjes.',
  ])('reads a group judged through what it owns, and slurs or insults glued to a curse or a group: %s', (text) => expect(read(text)).toContain('derogation'));
  it.each([
    'teringidioot',
    'moslimidioten',
  ])('reads a group judged through what it owns, and slurs or insults glued to a curse or a group: %s', (text) => expect(abusiveCompound(text)).toBe(true));
  it.each([
    'Rot toch op, Koerdenlijers.',
  ])('reads a group judged through what it owns, and slurs or insults glued to a curse or a group: %s', (text) => expect(decency(text)).not.toEqual([]));
  it.each([
    'Koerden en hun heerlijke thee.',
    'De leerlingen en hun vieze gymschoenen moeten naar buiten.',
  ])('lets praise, things of a role group and other compounds pass: %s', (text) => expect(read(text)).toEqual([]));
  it.each([
    'moslimfeest',
    'homomonument',
  ])('lets praise, things of a role group and other compounds pass: %s', (text) => expect(abusiveCompound(text)).toBe(false));
});

describe('vocatives, questions proposing harm, the school and its people', () => {
  it.each([
    'Kom hier, stelletje vuile profiteurs.',
    'Bij de Sterren zitten alleen maar sukkels.',
    'Ik kan jullie niet uitstaan, profiteurs.',
  ])('reads an insult said as a vocative, a proposal with "niet gewoon", the school named by its people: %s', (text) => expect(decency(text)).not.toEqual([]));
  it.each([
    'Zullen we Mees na de gym niet gewoon afranselen?',
  ])('reads an insult said as a vocative, a proposal with "niet gewoon", the school named by its people: %s', (text) => expect(read(text)).toContain('threat'));
  it.each([
    'Oen die ik ben, ik vergat mijn tas.',
    'Bij de Sterren zitten alleen maar aardige kinderen.',
    'We hebben gewonnen, kampioenen!',
    'Fleur zijn konijn is lief en heel groot.',
  ])('lets a self-description, a real question and praise pass: %s', (text) => expect(decency(text)).toEqual([]));
  it.each([
    'Zullen we Mees na de gym niet gewoon helpen?',
  ])('lets a self-description, a real question and praise pass: %s', (text) => expect(read(text)).toEqual([]));
});

describe('threats by a result idiom', () => {
  it.each([
    'Morgen prik ik jou lek, Fleur.',
    'Ik maak gehakt van jou.',
    'Die Koerden meppen we tot moes.',
  ])('reads a person left in the state of the idiom under an intent: %s', (text) => expect(read(text)).toContain('threat'));
  it.each([
    'Ik prik de luchtbedden lek.',
    'Ik prik je fietsband lek per ongeluk.',
    'Papa maakt gehakt van je favoriete vlees, Fleur.',
  ])('lets things and a possessor of a thing pass: %s', (text) => expect(read(text)).toEqual([]));
});

describe('harm played in a game', () => {
  it.each([
    'In Minecraft blaas ik jullie allemaal op.',
    'Bij paintball schiet ik Mees neer.',
  ])('lets harm inside a game pass: %s', (text) => expect(decency(text)).toEqual([]));
  it.each([
    'Na het potje Minecraft sla ik Mees in elkaar.',
    'Bij het voetbal sla ik je in elkaar.',
  ])('keeps a real threat beside a game word, and in a ball game: %s', (text) => expect(decency(text)).not.toEqual([]));
});
