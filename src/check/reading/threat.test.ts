/**
 * The threat readings of the sixth round (reading/threat.ts and the harm parts of structure.ts and
 * harm.ts), in sentences of our own that no case file holds: each reading with what it catches and
 * the look-alikes it lets pass.
 */
import { describe, expect, it } from 'vitest';
import { decencyOf } from './probe.js';
import { analyse } from '../analysis.js';
import { DE_STERREN } from '../../protocol/school.js';
import type { Person } from '../types.js';
import { readStructure } from './structure.js';

const people: Person[] = [
  { id: 'k1', name: 'Fleur van Dijk', role: 'pupil' },
  { id: 'k2', name: 'Mees de Boer', role: 'pupil' },
  { id: 'm1', name: 'Anouk Mulder', role: 'staff' },
];
const read = (text: string): string[] => readStructure(analyse(text, people, DE_STERREN)).map((h) => h.kind);
const { blocked } = decencyOf(people);

describe('harm verbs by structure: particles written apart, norms, fronted objects, addressees', () => {
  it.each([
    ['Zulke types behoort men op te knopen.', 'violence'],
    ['Die Bulgaren dien je gewoon neer te knallen.', 'violence'],
    ['Mees zouden ze eens flink af mogen tuigen.', 'violence'],
    ['Die leraar maak ik morgen kapot.', 'threat'],
  ])('reads a separable harm verb with its particle before it, over "te" and modals, and norms as modals: %s → %s', (text, want) => expect(read(text)).toContain(want));
  it.each([
    'Roemenen die hier komen bedelen schop ik persoonlijk in elkaar.',
    'Kinderen die mij uitlachen, tuig ik eigenhandig af.',
  ])('reads an object fronted with its relative clause before an inverted first-person verb: %s', (text) => expect(read(text)).toContain('threat'));
  it.each([
    'We moeten de vlaggen nog ophangen aan de mast, Mees.',
    'Mijn vader vermoordt me als ik weer te laat thuis ben.',
  ])('lets things, addressees after a comma, nouns after a preposition and the author as object pass: %s', (text) => expect(blocked(text)).toBe(false));
  it.each([
    'De opdrachten die nog openstaan maak ik vanavond af.',
    'Bij brand op school lopen we rustig naar buiten.',
  ])('lets things, addressees after a comma, nouns after a preposition and the author as object pass: %s', (text) => expect(read(text)).toEqual([]));
});

describe('blows received as a consequence', () => {
  it.each([
    'Juf Anouk krijgt een mep als ze mij weer laat nablijven.',
    'Die Polen krijgen vanavond van ons een flinke afranseling.',
    'Fleur is de volgende die een dreun krijgt.',
    'Wie mijn fiets aanraakt, krijgt een opdonder.',
  ])('reads a blow received with a condition, a near future, the first person as giver, "de volgende die", "wie …": %s', (text) => expect(read(text)).toContain('threat'));
  it.each([
    'Bij karate krijg je vaak een trap, dat is normaal.',
    'Als je van de schommel valt, krijg je een flinke klap.',
    'Mees krijgt geen klap, hij krijgt een compliment.',
    'Mijn zusje kreeg een klap van de kastdeur.',
  ])('lets generic, past, thing-given, negated and pronoun-only blows pass: %s', (text) => expect(read(text)).toEqual([]));
  it.each([
    'In het boek kreeg de dief een pak slaag van de boer.',
  ])('lets generic, past, thing-given, negated and pronoun-only blows pass: %s', (text) => expect(blocked(text)).toBe(false));
});

describe('menace without a harm verb', () => {
  it.each([
    'Na de musical wachten we Mees op achter het podium, dan merkt hij het wel.',
    'Fleur moet maar uitkijken, ik weet waar haar fiets staat.',
    'Ik neem vrijdag een knuppel mee naar school. Dan zien ze het wel.',
    'Juf Anouk gaat ervan lusten als ze mij weer straf geeft.',
  ])('reads an ambush, a visit, "kom alleen", knowing where, a weapon taken along, with a consequence or warning: %s', (text) => expect(read(text)).toContain('threat'));
  it.each([
    'Kijk maar uit Mees, straks is je scooter kapot.',
  ])('reads an ambush, a visit, "kom alleen", knowing where, a weapon taken along, with a consequence or warning: %s', (text) => expect(blocked(text)).toBe(true));
  it.each([
    'Zaterdag wachten we Fleur op bij het station met ballonnen!',
    'Pas op Mees, de trap is glad.',
    'We komen zondag langs om Fleur te feliciteren.',
    'Je moet uitkijken met de schaar, Fleur.',
  ])('lets an ambush without a consequence, a warning without an ambush and a celebration pass: %s', (text) => expect(read(text)).toEqual([]));
});

describe('urging someone to disappear', () => {
  it.each([
    'Waarom adem jij eigenlijk nog, Mees?',
    'Fleur, donder op en kom nooit meer terug.',
    'Mees kan beter gewoon ophoepelen.',
    'Kun je niet gewoon van het dak springen?',
  ])('reads "waarom besta jij nog", leaving with permanence, "X kan beter verdwijnen", a proposed jump: %s', (text) => expect(read(text)).toContain('violence'));
  it.each([
    'Waarom bestaat dat spel eigenlijk nog?',
    'Fleur, verdwijn niet zonder te zeggen waar je heen gaat.',
    'Kun je niet gewoon even van het muurtje springen?',
  ])('lets things, negated commands and low jumps pass: %s', (text) => expect(read(text)).toEqual([]));
});

describe('escalation and places', () => {
  it.each([
    'Ik trap eerst je step kapot en dan jou.',
    'Eerst sloop ik je tas, daarna hem.',
  ])('reads harm going on from things to the person: %s', (text) => expect(read(text)).toContain('threat'));
  it.each([
    'Ik maak eerst mijn werk af en daarna jou een kaartje.',
  ])('reads harm going on from things to the person: %s', (text) => expect(read(text)).toEqual([]));
  it.each([
    ['Die Syrische kapsalon moet iemand plat branden.', 'violence'],
    ['Wij trappen morgen de deur in van dat homocafe.', 'threat'],
    ['Iemand moet een brandbom naar binnen gooien bij die moskee.', 'violence'],
    ['Ik gooi een steen door de ruit van Mees.', 'threat'],
  ])('reads places destroyed by split verbs, thrown in, a part with its owner after a particle: %s → %s', (text, want) => expect(read(text)).toContain(want));
  it.each([
    'We gooien de frisbee naar binnen bij de kantine.',
  ])('reads places destroyed by split verbs, thrown in, a part with its owner after a particle: %s', (text) => expect(read(text)).toEqual([]));
  it.each([
    ['We hebben ze afgemaakt, 5-0 tegen De Regenboog!', false],
    ['Morgen maken we ze in bij het korfbal.', false],
    ['Bij het korfbal sla ik je in elkaar.', true],
  ])('lets sport banter with a score or a verb of defeat pass: %s → %s', (text, want) => expect(blocked(text)).toBe(want));
});

describe('bodily aversion at a group, and the school insulted through its people', () => {
  it.each([
    'Bij al die Somaliërs in de wijk draait mijn maag om.',
    'Van die Roemenen op de markt keert mijn maag zich om.',
    'lesbiennes die hand in hand lopen 🤮 ik word er kotsmisselijk van',
  ])('reads the stomach turning from or at a group, and a group set off by emoji before a resumptive "er": %s', (text) => expect(read(text)).toContain('hate'));
  it.each([
    'Van die draaimolen draait mijn maag om.',
    'Slakken die over de stoep kruipen 🤢 ik word er misselijk van',
  ])('lets the stomach turn at things and events, and emoji before a thing pass: %s', (text) => expect(read(text)).toEqual([]));
  it.each([
    ['Wat een stel idioten zitten er op de Sterren.', true],
    ['Wat een lieve meesters werken er op de Sterren.', false],
    ['Er lopen geen sukkels rond op de Sterren.', false],
  ])('reads an insult before the school with a verb of working or presence between: %s → %s', (text, want) => expect(blocked(text)).toBe(want));
});

describe('the third and fourth rounds: idioms of menace, blows deserved, owners, one by one', () => {
  it.each([
    'Als Mees dit doorvertelt, gebeurt er iets met hem.',
    'Die invallers verdienen een flinke optater.',
    'Mannen met een tulband zou ik een mep tegen hun hoofd geven.',
    'Straks pakken we die Albanezen een voor een.',
  ])('reads strong idioms of menace, blows deserved or expected, a blow to the owner of a body part, "een voor een": %s', (text) => expect(read(text)).toContain('threat'));
  it.each([
    'Ik ga morgen de ballonnen van het feest van Fleur ophangen.',
    'Ik geef Fleur een zoen op haar wang.',
    'We pakken de stoelen een voor een uit de kast.',
  ])('lets a thing after "van", a kiss and things taken one by one pass: %s', (text) => expect(read(text)).toEqual([]));
});

describe('reports of harm done, idioms with "te", relatives', () => {
  it.each([
    'Wie gaat er mee om die Koerden een lesje te leren?',
  ])('reads a threat idiom with "te" before its infinitive and a recipient before a relative "die ik …": %s', (text) => expect(blocked(text)).toBe(true));
  it.each([
    'De Bulgaren uit de flat, die ik allemaal een mep zou geven, wonen hier al lang.',
  ])('reads a threat idiom with "te" before its infinitive and a recipient before a relative "die ik …": %s', (text) => expect(read(text)).toContain('threat'));
  it.each([
    ['Ik zag dat de jas van Mees gisteren in de sloot was gegooid.', false],
    ['De fiets van Mees werd vannacht vernield, de politie is ingeschakeld.', false],
    ['Als je het doorvertelt, ligt je jas morgen in de sloot, Mees.', true],
  ])('lets a report of a thing damaged in the past pass: %s → %s', (text, want) => expect(blocked(text)).toBe(want));
});

describe('"ben je dood" as a consequence, tags of menace, reports of words', () => {
  it.each([
    'Als je me verraadt ben je dood, Fleur.',
    'Fleur kom straks maar alleen naar het fietsenhok, dan hebben we het erover, begrijp je.',
  ])('reads death told as a consequence or with a time, and "kom … alleen" with a menacing tag: %s', (text) => expect(read(text)).toContain('threat'));
  it.each([
    'In dat spel ben je dood als je het water raakt.',
  ])("lets a game's death, a thing that dies and someone else's reported words pass: %s", (text) => expect(blocked(text)).toBe(false));
  it.each([
    'Als de accu leeg is, is hij dood.',
    'Als je dat doet ben je dood, zei de meester lachend over het huiswerk.',
  ])("lets a game's death, a thing that dies and someone else's reported words pass: %s", (text) => expect(read(text)).toEqual([]));
});
