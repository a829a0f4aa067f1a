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
  it('reads fire, explosion and demolition of a group place or the school, in any order, as a wish or modal', () => {
    expect(read('Wij gaan dat Koerdische buurthuis vernielen.')).toContain('threat');
    expect(read('Ik steek dat Koerdische buurthuis in de hens.')).toContain('threat');
    expect(read('Die gebedshuizen mogen van mij allemaal de lucht in.')).toContain('violence');
    expect(read('Iemand zou die islamschool eens moeten platbranden.')).toContain('violence');
    expect(read('Zullen we de etalage van die Turkse slagerij ingooien?')).toContain('threat');
    expect(read('Een brandbom door de ruiten van die asielopvang, dat moet gebeuren.')).toContain('violence');
    expect(read('De Sterren hoort in puin te liggen.')).toContain('violence');
  });
  it('lets reports, places as a setting, places of no one and negations pass', () => {
    expect(read('Vorige week is de kapel in het dorp afgebrand.')).toEqual([]);
    expect(read('In 1943 werd het gebedshuis opgeblazen, vertelde de gids ons.')).toEqual([]);
    expect(read('We steken in de kapel kaarsjes aan voor opa.')).toEqual([]);
    expect(read('We blazen de luchtbedden op bij het kamp.')).toEqual([]);
    expect(read('Ik steek het oude gebouw in de fik in Minecraft.')).toEqual([]);
    expect(read('Ik zou die kapel nooit in brand steken.')).toEqual([]);
  });
});

describe('everyone and kinds of people as targets', () => {
  it('reads threats and insults at everyone, the whole group, whoever reads, and "jouw soort"', () => {
    expect(read('Morgen steek ik iedereen in de aula neer.')).toContain('threat');
    expect(read('De hele groep is echt gestoord.')).toContain('insult');
    expect(decency('Wie dit leest is een oen.')).not.toEqual([]);
    expect(decency('Jullie soort hoort hier niet.')).not.toEqual([]);
  });
  it('lets welcomes, invitations, games and hyperbole pass', () => {
    expect(decency('Iedereen is welkom bij de open dag!')).toEqual([]);
    expect(decency('Ik wil iedereen uit groep 6 uitnodigen.')).toEqual([]);
    expect(decency('Iedereen ging dood van verveling bij die film.')).toEqual([]);
    expect(decency('Ik ga dood van het lachen om Mees.')).toEqual([]);
    expect(decency('Jouw soort muziek vind ik gaaf.')).toEqual([]);
  });
});

describe('harm given or received', () => {
  it('reads a harm noun given under an intent, blows received with a time or condition, a weapon in a body part', () => {
    expect(read('Iemand moet die Koerden eens een opdonder verkopen.')).toContain('violence');
    expect(read('Vanmiddag krijg jij een hengst, Fleur.')).toContain('threat');
    expect(read('Als je dat nog eens zegt, krijg je een dolk in je buik.')).toContain('threat');
    expect(read('Jij bent de laatste die ik in elkaar trap.')).toContain('threat');
  });
  it('lets a past event, a generic statement and a gift pass', () => {
    expect(read('Fleur kreeg gisteren een hengst van een paard.')).toEqual([]);
    expect(read('Bij hockey krijg je soms een klap, Fleur.')).toEqual([]);
    expect(read('Straks krijg jij een cadeau, Fleur.')).toEqual([]);
    expect(read('Jij bent de laatste die ik vandaag bel.')).toEqual([]);
  });
});

describe('confinement, instruments of beating, pushing', () => {
  it('reads them wished on people', () => {
    expect(read('Die Koerden moet je in een veewagen stoppen.')).toContain('violence');
    expect(read('Koerden moeten weer met de karwats.')).toContain('violence');
    expect(read('Ik flikker Mees van het balkon.')).toContain('threat');
    expect(read('Koerden horen in een getto.')).toContain('derogation');
  });
  it('lets animals, things and tools pass', () => {
    expect(read('De kippen moeten we in het hok stoppen.')).toEqual([]);
    expect(read('Blinden moeten met een stok lopen.')).toEqual([]);
    expect(read('Ik flikker de tas van het balkon.')).toEqual([]);
    expect(read('Inbrekers horen in de gevangenis.')).toEqual([]);
  });
});

describe('emotion at a group', () => {
  it('reads an emotion adjective by class and compound, a separable verb, a conditional perception, a fronted group', () => {
    expect(emotionAdjective('kotsziek')).toBe(true);
    expect(emotionAdjective('pleurischagrijnig')).toBe(true);
    expect(emotionAdjective('zonnig')).toBe(false);
    expect(read('Koerden maken me stapelgek.')).toContain('hate');
    expect(read('Die Koerden stonden me vreselijk tegen.')).toContain('hate');
    expect(read('Wanneer ik een Koerd hoor, word ik er laaiend van.')).toContain('hate');
    expect(read('Koerden, ik krijg er rillingen van.')).toContain('hate');
    expect(read('Getver, Koerden.')).toContain('hate');
  });
  it('lets emotion about events, things and weather pass', () => {
    expect(read('Van dat lange wachten word ik pissig.')).toEqual([]);
    expect(read('Als ik mijn rapport zie, word ik er chagrijnig van.')).toEqual([]);
    expect(read('Getver, het regent.')).toEqual([]);
    expect(read('De Koerden wonnen gisteren, ik word er gek van!')).toEqual([]);
  });
});

describe('possessive judgements and abusive compounds', () => {
  it('reads a group judged through what it owns, and slurs or insults glued to a curse or a group', () => {
    expect(read('Koerden en hun smerige praatjes.')).toContain('derogation');
    expect(abusiveCompound('teringidioot')).toBe(true);
    expect(abusiveCompound('moslimidioten')).toBe(true);
    expect(decency('Rot toch op, Koerdenlijers.')).not.toEqual([]);
  });
  it('lets praise, things of a role group and other compounds pass', () => {
    expect(read('Koerden en hun heerlijke thee.')).toEqual([]);
    expect(read('De leerlingen en hun vieze gymschoenen moeten naar buiten.')).toEqual([]);
    expect(abusiveCompound('moslimfeest')).toBe(false);
    expect(abusiveCompound('homomonument')).toBe(false);
  });
});

describe('vocatives, questions proposing harm, the school and its people', () => {
  it('reads an insult said as a vocative, a proposal with "niet gewoon", the school named by its people', () => {
    expect(decency('Kom hier, stelletje vuile profiteurs.')).not.toEqual([]);
    expect(read('Zullen we Mees na de gym niet gewoon afranselen?')).toContain('threat');
    expect(decency('Bij de Sterren zitten alleen maar sukkels.')).not.toEqual([]);
    expect(decency('Ik kan jullie niet uitstaan, profiteurs.')).not.toEqual([]);
  });
  it('lets a self-description, a real question and praise pass', () => {
    expect(decency('Oen die ik ben, ik vergat mijn tas.')).toEqual([]);
    expect(read('Zullen we Mees na de gym niet gewoon helpen?')).toEqual([]);
    expect(decency('Bij de Sterren zitten alleen maar aardige kinderen.')).toEqual([]);
    expect(decency('We hebben gewonnen, kampioenen!')).toEqual([]);
    expect(decency('Fleur zijn konijn is lief en heel groot.')).toEqual([]);
  });
});

describe('threats by a result idiom', () => {
  it('reads a person left in the state of the idiom under an intent', () => {
    expect(read('Morgen prik ik jou lek, Fleur.')).toContain('threat');
    expect(read('Ik maak gehakt van jou.')).toContain('threat');
    expect(read('Die Koerden meppen we tot moes.')).toContain('threat');
  });
  it('lets things and a possessor of a thing pass', () => {
    expect(read('Ik prik de luchtbedden lek.')).toEqual([]);
    expect(read('Ik prik je fietsband lek per ongeluk.')).toEqual([]);
    expect(read('Papa maakt gehakt van je favoriete vlees, Fleur.')).toEqual([]);
  });
});

describe('harm played in a game', () => {
  it('lets harm inside a game pass', () => {
    expect(decency('In Minecraft blaas ik jullie allemaal op.')).toEqual([]);
    expect(decency('Bij paintball schiet ik Mees neer.')).toEqual([]);
  });
  it('keeps a real threat beside a game word, and in a ball game', () => {
    expect(decency('Na het potje Minecraft sla ik Mees in elkaar.')).not.toEqual([]);
    expect(decency('Bij het voetbal sla ik je in elkaar.')).not.toEqual([]);
  });
});
