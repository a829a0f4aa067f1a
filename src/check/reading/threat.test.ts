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
  it('reads a separable harm verb with its particle before it, over "te" and modals, and norms as modals', () => {
    expect(read('Zulke types behoort men op te knopen.')).toContain('violence');
    expect(read('Die Bulgaren dien je gewoon neer te knallen.')).toContain('violence');
    expect(read('Mees zouden ze eens flink af mogen tuigen.')).toContain('violence');
    expect(read('Die leraar maak ik morgen kapot.')).toContain('threat');
  });
  it('reads an object fronted with its relative clause before an inverted first-person verb', () => {
    expect(read('Roemenen die hier komen bedelen schop ik persoonlijk in elkaar.')).toContain('threat');
    expect(read('Kinderen die mij uitlachen, tuig ik eigenhandig af.')).toContain('threat');
  });
  it('lets things, addressees after a comma, nouns after a preposition and the author as object pass', () => {
    expect(blocked('We moeten de vlaggen nog ophangen aan de mast, Mees.')).toBe(false);
    expect(read('De opdrachten die nog openstaan maak ik vanavond af.')).toEqual([]);
    expect(read('Bij brand op school lopen we rustig naar buiten.')).toEqual([]);
    expect(blocked('Mijn vader vermoordt me als ik weer te laat thuis ben.')).toBe(false);
  });
});

describe('blows received as a consequence', () => {
  it('reads a blow received with a condition, a near future, the first person as giver, "de volgende die", "wie …"', () => {
    expect(read('Juf Anouk krijgt een mep als ze mij weer laat nablijven.')).toContain('threat');
    expect(read('Die Polen krijgen vanavond van ons een flinke afranseling.')).toContain('threat');
    expect(read('Fleur is de volgende die een dreun krijgt.')).toContain('threat');
    expect(read('Wie mijn fiets aanraakt, krijgt een opdonder.')).toContain('threat');
  });
  it('lets generic, past, thing-given, negated and pronoun-only blows pass', () => {
    expect(read('Bij karate krijg je vaak een trap, dat is normaal.')).toEqual([]);
    expect(read('Als je van de schommel valt, krijg je een flinke klap.')).toEqual([]);
    expect(read('Mees krijgt geen klap, hij krijgt een compliment.')).toEqual([]);
    expect(read('Mijn zusje kreeg een klap van de kastdeur.')).toEqual([]);
    expect(blocked('In het boek kreeg de dief een pak slaag van de boer.')).toBe(false);
  });
});

describe('menace without a harm verb', () => {
  it('reads an ambush, a visit, "kom alleen", knowing where, a weapon taken along, with a consequence or warning', () => {
    expect(read('Na de musical wachten we Mees op achter het podium, dan merkt hij het wel.')).toContain('threat');
    expect(read('Fleur moet maar uitkijken, ik weet waar haar fiets staat.')).toContain('threat');
    expect(read('Ik neem vrijdag een knuppel mee naar school. Dan zien ze het wel.')).toContain('threat');
    expect(read('Juf Anouk gaat ervan lusten als ze mij weer straf geeft.')).toContain('threat');
    expect(blocked('Kijk maar uit Mees, straks is je scooter kapot.')).toBe(true);
  });
  it('lets an ambush without a consequence, a warning without an ambush and a celebration pass', () => {
    expect(read('Zaterdag wachten we Fleur op bij het station met ballonnen!')).toEqual([]);
    expect(read('Pas op Mees, de trap is glad.')).toEqual([]);
    expect(read('We komen zondag langs om Fleur te feliciteren.')).toEqual([]);
    expect(read('Je moet uitkijken met de schaar, Fleur.')).toEqual([]);
  });
});

describe('urging someone to disappear', () => {
  it('reads "waarom besta jij nog", leaving with permanence, "X kan beter verdwijnen", a proposed jump', () => {
    expect(read('Waarom adem jij eigenlijk nog, Mees?')).toContain('violence');
    expect(read('Fleur, donder op en kom nooit meer terug.')).toContain('violence');
    expect(read('Mees kan beter gewoon ophoepelen.')).toContain('violence');
    expect(read('Kun je niet gewoon van het dak springen?')).toContain('violence');
  });
  it('lets things, negated commands and low jumps pass', () => {
    expect(read('Waarom bestaat dat spel eigenlijk nog?')).toEqual([]);
    expect(read('Fleur, verdwijn niet zonder te zeggen waar je heen gaat.')).toEqual([]);
    expect(read('Kun je niet gewoon even van het muurtje springen?')).toEqual([]);
  });
});

describe('escalation and places', () => {
  it('reads harm going on from things to the person', () => {
    expect(read('Ik trap eerst je step kapot en dan jou.')).toContain('threat');
    expect(read('Eerst sloop ik je tas, daarna hem.')).toContain('threat');
    expect(read('Ik maak eerst mijn werk af en daarna jou een kaartje.')).toEqual([]);
  });
  it('reads places destroyed by split verbs, thrown in, a part with its owner after a particle', () => {
    expect(read('Die Syrische kapsalon moet iemand plat branden.')).toContain('violence');
    expect(read('Wij trappen morgen de deur in van dat homocafe.')).toContain('threat');
    expect(read('Iemand moet een brandbom naar binnen gooien bij die moskee.')).toContain('violence');
    expect(read('Ik gooi een steen door de ruit van Mees.')).toContain('threat');
    expect(read('We gooien de frisbee naar binnen bij de kantine.')).toEqual([]);
  });
  it('lets sport banter with a score or a verb of defeat pass', () => {
    expect(blocked('We hebben ze afgemaakt, 5-0 tegen De Regenboog!')).toBe(false);
    expect(blocked('Morgen maken we ze in bij het korfbal.')).toBe(false);
    expect(blocked('Bij het korfbal sla ik je in elkaar.')).toBe(true);
  });
});

describe('bodily aversion at a group, and the school insulted through its people', () => {
  it('reads the stomach turning from or at a group, and a group set off by emoji before a resumptive "er"', () => {
    expect(read('Bij al die Somaliërs in de wijk draait mijn maag om.')).toContain('hate');
    expect(read('Van die Roemenen op de markt keert mijn maag zich om.')).toContain('hate');
    expect(read('lesbiennes die hand in hand lopen 🤮 ik word er kotsmisselijk van')).toContain('hate');
  });
  it('lets the stomach turn at things and events, and emoji before a thing pass', () => {
    expect(read('Van die draaimolen draait mijn maag om.')).toEqual([]);
    expect(read('Slakken die over de stoep kruipen 🤢 ik word er misselijk van')).toEqual([]);
  });
  it('reads an insult before the school with a verb of working or presence between', () => {
    expect(blocked('Wat een stel idioten zitten er op de Sterren.')).toBe(true);
    expect(blocked('Wat een lieve meesters werken er op de Sterren.')).toBe(false);
    expect(blocked('Er lopen geen sukkels rond op de Sterren.')).toBe(false);
  });
});

describe('the third and fourth rounds: idioms of menace, blows deserved, owners, one by one', () => {
  it('reads strong idioms of menace, blows deserved or expected, a blow to the owner of a body part, "een voor een"', () => {
    expect(read('Als Mees dit doorvertelt, gebeurt er iets met hem.')).toContain('threat');
    expect(read('Die invallers verdienen een flinke optater.')).toContain('threat');
    expect(read('Mannen met een tulband zou ik een mep tegen hun hoofd geven.')).toContain('threat');
    expect(read('Straks pakken we die Albanezen een voor een.')).toContain('threat');
  });
  it('lets a thing after "van", a kiss and things taken one by one pass', () => {
    expect(read('Ik ga morgen de ballonnen van het feest van Fleur ophangen.')).toEqual([]);
    expect(read('Ik geef Fleur een zoen op haar wang.')).toEqual([]);
    expect(read('We pakken de stoelen een voor een uit de kast.')).toEqual([]);
  });
});

describe('reports of harm done, idioms with "te", relatives', () => {
  it('reads a threat idiom with "te" before its infinitive and a recipient before a relative "die ik …"', () => {
    expect(blocked('Wie gaat er mee om die Koerden een lesje te leren?')).toBe(true);
    expect(read('De Bulgaren uit de flat, die ik allemaal een mep zou geven, wonen hier al lang.')).toContain('threat');
  });
  it('lets a report of a thing damaged in the past pass', () => {
    expect(blocked('Ik zag dat de jas van Mees gisteren in de sloot was gegooid.')).toBe(false);
    expect(blocked('De fiets van Mees werd vannacht vernield, de politie is ingeschakeld.')).toBe(false);
    expect(blocked('Als je het doorvertelt, ligt je jas morgen in de sloot, Mees.')).toBe(true);
  });
});

describe('"ben je dood" as a consequence, tags of menace, reports of words', () => {
  it('reads death told as a consequence or with a time, and "kom … alleen" with a menacing tag', () => {
    expect(read('Als je me verraadt ben je dood, Fleur.')).toContain('threat');
    expect(read('Fleur kom straks maar alleen naar het fietsenhok, dan hebben we het erover, begrijp je.')).toContain('threat');
  });
  it("lets a game's death, a thing that dies and someone else's reported words pass", () => {
    expect(blocked('In dat spel ben je dood als je het water raakt.')).toBe(false);
    expect(read('Als de accu leeg is, is hij dood.')).toEqual([]);
    expect(read('Als je dat doet ben je dood, zei de meester lachend over het huiswerk.')).toEqual([]);
  });
});
