/**
 * The structural reading, one test per reading, in words that no list of the project holds
 * as a phrase: the lemmatiser, the Pattern polarity and the clause structure carry them.
 */
import { describe, expect, it } from 'vitest';
import { decencyOf } from './probe.js';
import { analyse } from '../analysis.js';
import { DE_STERREN } from '../../protocol/school.js';
import { innocentSense, judgedReport, readStructure } from './structure.js';
import { lemmaCandidates, wordInfo } from './words.js';

const read = (text: string): string[] => readStructure(analyse(text, [], DE_STERREN)).map((h) => h.kind);
const roster = [{ id: 'k4', name: 'Bram Visser', role: 'pupil' as const }, { id: 'k1', name: 'Fleur van Dijk', role: 'pupil' as const }];
const readNamed = (text: string): string[] => readStructure(analyse(text, roster, DE_STERREN)).map((h) => h.kind);
const { kinds: decency } = decencyOf();

describe('words', () => {
  it('undoes inflection and finds the degree', () => {
    expect(wordInfo('kleinzieligste', 'kleinzieligste')).toMatchObject({ judge: true, degree: 2 });
    expect(wordInfo('onbekwame', 'onbekwame').lemma).toBe('onbekwaam');
    expect(lemmaCandidates('sprinkhanen').map(([l]) => l)).toContain('sprinkhaan');
    expect(wordInfo('sprinkhanen', 'sprinkhanen').animal).toBe(true);
    expect(wordInfo('gebruiksvoorwerpen', 'gebruiksvoorwerpen').thing).toBe(true);
  });
  it('tells a state from a judgement', () => {
    expect(wordInfo('vermoeid', 'vermoeid')).toMatchObject({ state: true, judge: false });
    expect(wordInfo('bekrompen', 'bekrompen').judge).toBe(true);
  });
  it('generates the forms of a harm verb, split ones with their particle', () => {
    expect(wordInfo('wurgde', 'wurgde').harm?.lemma).toBe('wurgen');
    expect(wordInfo('afgeranseld', 'afgeranseld').harm).toMatchObject({ lemma: 'afranselen', form: 'part' });
    expect(wordInfo('kapotgeslagen', 'kapotgeslagen').harm?.form).toBe('part');
  });
});

describe('predicate, attributive, comparison', () => {
  it.each([
    'Canadezen zijn bekrompen.',
    'Ik weet zeker dat Canadezen bekrompen zijn.',
    'De kleinzieligste mensen van Europa zijn Canadezen.',
    'Wat een kleinzielige Canadezen.',
  ])('reads a judging word said of a group in any order: %s', (text) => expect(read(text)).toContain('derogation'));
  it.each([
    'Canadezen krioelen als luizen door de stad.',
    'Canadezen zijn gewoon wegwerpvoorwerpen.',
  ])('reads a likeness to animals or things as dehumanisation: %s', (text) => expect(read(text)).toContain('dehumanisation'));
  it.each([
    'Meester Jan was vermoeid na het schoolkamp.',
    'Canadezen zijn slecht in voetbal.',
    'Wij vonden de soep bekrompen van smaak.',
  ])('does not judge states, skills or things: %s', (text) => expect(read(text)).toEqual([]));
});

describe('negation by scope', () => {
  it.each([
    'Canadezen zijn helemaal niet bekrompen.',
    'Canadezen zijn niet minder verstandig dan anderen.',
  ])('a negator governing the judging word negates it, an intensifying one does not: %s', (text) => expect(read(text)).toEqual([]));
  it.each([
    'Canadezen zijn niets anders dan luizen.',
  ])('a negator governing the judging word negates it, an intensifying one does not: %s', (text) => expect(read(text)).toContain('dehumanisation'));
  it('a negated right or worth denies it', () => {
    expect(read('Canadezen verdienen het niet om te ademen.')).toContain('dehumanisation');
  });
});

describe('harm', () => {
  it.each([
    ['Als ik hem morgen zie, wurg ik hem.', 'threat'],
    ['Ik zweer dat ik die Canadees afransel.', 'threat'],
    ['Zodra de bel gaat, ransel ik hem af.', 'threat'],
    ['Iemand zou die Canadezen moeten wurgen.', 'violence'],
  ])('finds intent and victim in inverted and verb-final order and with a separable verb: %s → %s', (text, want) => expect(read(text)).toContain(want));
  it.each([
    'In het verhaal werd de draak gewurgd.',
    'Ik sla de bladzijde om.',
  ])('lets reports of events and things pass: %s', (text) => expect(read(text)).toEqual([]));
});

describe('reported speech and counter-speech', () => {
  it('a report that the text judges is not the author speaking', () => {
    const a = analyse('Mijn buurman beweert dat Canadezen bekrompen zijn; dat is onterecht.', [], DE_STERREN);
    const k = a.tokens.findIndex((t) => t.norm === 'bekrompen');
    expect(judgedReport(a, k, k)).toBe(true);
    expect(decency('Mijn buurman beweert dat Canadezen bekrompen zijn; dat is onterecht.')).toEqual([]);
  });
  it('a report that the author agrees with stays', () => {
    expect(decency('Mijn buurman beweert dat Canadezen bekrompen zijn, en hij heeft gelijk.')).not.toEqual([]);
  });
});

describe('word sense', () => {
  it('selects the innocent sense by its context', () => {
    const a = analyse('De Mongolen trokken met hun paarden over de steppe.', [], DE_STERREN);
    expect(innocentSense(a, a.tokens.findIndex((t) => t.raw === 'Mongolen'))).toBe(true);
    const b = analyse('Jij bent een vuile mongool.', [], DE_STERREN);
    expect(innocentSense(b, b.tokens.findIndex((t) => t.raw === 'mongool'))).toBe(false);
  });
});

describe('normalisation in the analysis', () => {
  const norms = (t: string): string[] => analyse(t, [], DE_STERREN).tokens.map((x) => x.norm);
  it.each([
    ['v*ies', ['vies']],
    ['3ikel', ['eikel']],
    ['ikhaatjoden', ['ik', 'hat', 'joden']],
  ])('resolves a hidden letter, digits at the edge and glued words: %s → %s', (text, want) => expect(norms(text)).toEqual(want));
});

/** The readings added in the second session, each in words no list holds as a phrase. */
describe('exclusive focus', () => {
  it.each([
    'Canadezen veroorzaken alleen maar narigheid.',
    'Van Canadezen krijg je niets behalve ellende.',
    'Canadezen doen niks anders dan jatten.',
  ])('"niets dan / niets behalve / alleen maar" over a negative word judges the group, with any verb: %s', (text) => expect(read(text)).toContain('derogation'));
  it.each([
    'Canadezen brengen alleen maar plezier.',
    'Canadezen zijn ook alleen maar mensen.',
    'Mijn broertje doet niets anders dan tekenen.',
  ])('a positive or neutral focus, or a negated focus, says nothing bad: %s', (text) => expect(read(text)).toEqual([]));
});

describe('hatred in another word order', () => {
  it('the object before the verb: verb-final and fronted', () => {
    expect(read('Omdat ik Canadezen verafschuw, ga ik niet mee.')).toContain('hate');
  });
  it.each([
    'Ik vind het erg dat mensen Canadezen verafschuwen.',
    'Dat ik Canadezen niet haat, weet je.',
  ])('not when someone else is the subject, nor negated: %s', (text) => expect(read(text)).not.toContain('hate'));
});

describe('groups no list holds, named by what is said of them', () => {
  it.each([
    'Alle grensrechters zijn sukkels.',
    'Die wielrenners zijn luiaards.',
  ])('an insult said of a plural person noun: %s', (text) => expect(read(text)).toContain('derogation'));
  it.each([
    'Die schriften zijn sukkels.',
    'Alle grensrechters zijn aanwezig.',
  ])('not a thing, and not without an insult: %s', (text) => expect(read(text)).toEqual([]));
});

describe('belonging denied and a group better gone', () => {
  it.each([
    'Naar mijn gevoel horen Canadezen hier niet.',
    'Zonder Canadezen zou het dorp rustiger zijn.',
  ])('"horen" with a negation and a place in any order; "zonder X" with a better comparative: %s', (text) => expect(read(text)).toContain('derogation'));
  it.each([
    'Sinds die Canadezen hier wonen, is de buurt smeriger.',
    'Het park was rustiger voordat de Canadezen kwamen.',
  ])("a group's arrival blamed for a worse comparative, or its absence before for a better one: %s", (text) => expect(read(text)).toContain('derogation'));
  it.each([
    'Sinds de Canadezen hier wonen, is de buurt gezelliger.',
  ])("a group's arrival blamed for a worse comparative, or its absence before for a better one: %s", (text) => expect(read(text)).toEqual([]));
  it.each([
    'Canadezen horen niet te schreeuwen in de bibliotheek.',
    'Zonder Canadezen was het feest niet doorgegaan.',
  ])('not a norm with "te", not without a comparative: %s', (text) => expect(read(text)).toEqual([]));
});

describe('sexual requests and idioms of harm', () => {
  it.each([
    'Fleur, laat je billen eens zien.',
    'Bram trok zich gisteren af in de kleedkamer.',
  ])('a body part shown on request, the reflexive separable verb, an invitation: %s', (text) => expect(readNamed(text)).toContain('sexual'));
  it.each([
    'Wie wil er neuken na de les?',
  ])('a body part shown on request, the reflexive separable verb, an invitation: %s', (text) => expect(read(text)).toContain('sexual'));
  it.each([
    'Bram kan goed aftrekken en optellen.',
  ])('not subtraction, not a sex education lesson: %s', (text) => expect(readNamed(text)).toEqual([]));
  it.each([
    'We kregen voorlichting over seks en verliefdheid.',
  ])('not subtraction, not a sex education lesson: %s', (text) => expect(read(text)).toEqual([]));
  it.each([
    'Ik hoop dat Bram onder een tractor komt.',
  ])('any vehicle in the wished idiom, "er geweest" with a future, "iemand even pakken": %s', (text) => expect(readNamed(text)).toContain('violence'));
  it.each([
    'Straks ben jij er geweest.',
    'Na de gym pakken we die Canadees wel even.',
  ])('any vehicle in the wished idiom, "er geweest" with a future, "iemand even pakken": %s', (text) => expect(read(text)).toContain('threat'));
  it.each([
    'Na de gym pakken we even de ballen op.',
    'Gisteren ben ik er geweest, het was mooi.',
  ])('any vehicle in the wished idiom, "er geweest" with a future, "iemand even pakken": %s', (text) => expect(read(text)).toEqual([]));
});

describe('word sense by context and counter-speech by structure', () => {
  it.each([
    'Die nicht uit groep 6 doet weer raar.',
  ])('an ambiguous slur placed among people is a slur; the dog sense of "teef" is not: %s', (text) => expect(decency(text)).toContain('slur'));
  it.each([
    'Onze teef kreeg vier pups in haar mand.',
  ])('an ambiguous slur placed among people is a slur; the dog sense of "teef" is not: %s', (text) => expect(decency(text)).toEqual([]));
  it.each([
    'De blanken in die wijk zijn allemaal hebberig.',
  ])('a colour adjective made a noun names people, except beside a board game: %s', (text) => expect(read(text)).toContain('derogation'));
  it.each([
    'Na de derde zet waren de blanken aan de beurt op het dambord.',
  ])('a colour adjective made a noun names people, except beside a board game: %s', (text) => expect(read(text)).toEqual([]));
  it.each([
    'Dat Canadezen bekrompen zijn, is klinkklare onzin.',
  ])('a "dat"-clause that its sentence calls false is not asserted: %s', (text) => expect(decency(text)).toEqual([]));
  it.each([
    'Dat Canadezen bekrompen zijn, weet iedereen.',
  ])('a "dat"-clause that its sentence calls false is not asserted: %s', (text) => expect(decency(text)).not.toEqual([]));
  it.each([
    'You are a dirty rat.',
  ])('English: the second person, copulas and animals: %s', (text) => expect(read(text)).toContain('dehumanisation'));
  it.each([
    'What a grappig filmpje.',
  ])('English: the second person, copulas and animals: %s', (text) => expect(read(text)).toEqual([]));
});

/** The readings of the third session (#9), each in words of our own that no list holds as a phrase. */
describe('humanity and existence denied to one person', () => {
  it.each([
    'Bram is gewoon geen echt menselijk wezen.',
    'Fleur verdient het niet om geboren te zijn.',
  ])('a negated humanity noun said of one person, existence denied with a modal: %s', (text) => expect(readNamed(text)).toContain('dehumanisation'));
  it.each([
    'Types als jij zouden niet mogen ademen.',
  ])('a negated humanity noun said of one person, existence denied with a modal: %s', (text) => expect(read(text)).toContain('dehumanisation'));
  it.each([
    'Bram is geen mens om lang stil te zitten.',
  ])('not a kind of person restricted by what follows, not the author, not after "zonder": %s', (text) => expect(readNamed(text)).toEqual([]));
  it.each([
    'Zonder jou zou ik niet kunnen ademen.',
    'Ik ben geen ochtendmens.',
  ])('not a kind of person restricted by what follows, not the author, not after "zonder": %s', (text) => expect(read(text)).toEqual([]));
});

describe('negation and order', () => {
  it.each([
    ['Canadezen zijn werkelijk nergens nuttig voor.', 'dehumanisation'],
    ['Ik geloof dat Canadezen minder verstandig zijn dan wij.', 'derogation'],
  ])('"nergens/niets" over a positive denies all worth; a verb-final predicate before an extraposed "dan": %s → %s', (text, want) => expect(read(text)).toContain(want));
  it.each([
    'Ik geloof dat Canadezen niet minder verstandig zijn dan wij.',
  ])('"nergens/niets" over a positive denies all worth; a verb-final predicate before an extraposed "dan": %s', (text) => expect(read(text)).toEqual([]));
  it.each([
    'Ontzettend bekrompen vind ik Canadezen.',
  ])('a predicate fronted before "vind ik": %s', (text) => expect(read(text)).toContain('derogation'));
  it.each([
    'Ontzettend gezellig vind ik Canadezen.',
  ])('a predicate fronted before "vind ik": %s', (text) => expect(read(text)).toEqual([]));
  it('superlatives made nouns and of stems in -s', () => {
    expect(lemmaCandidates('bekrompensten').map(([l]) => l)).toContain('bekrompen');
    expect(wordInfo('boosste', 'boosste')).toMatchObject({ lemma: 'boos', degree: 2 });
  });
});

describe('harm to a body part', () => {
  it.each([
    'Morgen ram ik zijn schedel in elkaar.',
    'Ik ruk zijn nagels eruit.',
  ])('a possessive before a body part is a victim for a first person with a result particle: %s', (text) => expect(read(text)).toContain('threat'));
  it.each([
    'Ik ruk de stekker eruit.',
    'Na de gymles trek ik mijn sokken uit.',
  ])('a verb that harms only a body part lets other objects pass: %s', (text) => expect(read(text)).toEqual([]));
});

describe('questions both ways and reports judged by a coordinated clause', () => {
  it.each([
    'Waarom zijn Canadezen toch zo bekrompen?',
  ])('a question that presupposes the judgement stays; one about why others claim it does not: %s', (text) => expect(decency(text)).not.toEqual([]));
  it.each([
    'Hoe komt het dat sommigen denken dat Canadezen bekrompen zijn?',
    'Waarom beweert mijn oom dat Canadezen bekrompen zijn?',
  ])('a question that presupposes the judgement stays; one about why others claim it does not: %s', (text) => expect(decency(text)).toEqual([]));
  it.each([
    'Een jongen schold mijn neef uit voor bekrompen Canadees en daar baalde ik van.',
    "'Canadezen zijn bekrompen' riep iemand. Wat een schande.",
  ])('a report judged in a clause coordinated after it: %s', (text) => expect(decency(text)).toEqual([]));
  it('an ambiguous slur in its innocent sense is no target', () => {
    expect(read('Onze hond is een teef die net pups heeft.')).toEqual([]);
  });
});

describe('aversion, distrust, denied ability and a partitive positive', () => {
  it.each([
    'Ik krijg spontaan kippenvel van Canadezen.',
    'Van die Canadezen krijg ik hoofdpijn.',
  ])('bodily aversion of the author at a group, in either order: %s', (text) => expect(read(text)).toContain('hate'));
  it.each([
    'Ik krijg kippenvel van die griezelfilm.',
    'Ik krijg helemaal geen hoofdpijn van Canadezen.',
  ])('bodily aversion of the author at a group, in either order: %s', (text) => expect(read(text)).toEqual([]));
  it.each([
    'Canadezen? Die vertrouw ik voor geen cent.',
  ])('distrust of a group, a pronoun pointing back at it; not of one person: %s', (text) => expect(read(text)).toContain('derogation'));
  it.each([
    'Bram vertrouw ik niet helemaal.',
  ])('distrust of a group, a pronoun pointing back at it; not of one person: %s', (text) => expect(readNamed(text)).toEqual([]));
  it.each([
    'Canadezen zijn gewoon niet in staat tot samenwerken.',
    'Canadezen hebben nog nooit iets nuttigs bedacht.',
  ])('an ability or any good denied to a group: %s', (text) => expect(read(text)).toContain('derogation'));
  it.each([
    'Canadezen hebben nooit iets slechts gedaan.',
  ])('an ability or any good denied to a group: %s', (text) => expect(read(text)).toEqual([]));
  it.each([
    'Ik zorg er persoonlijk voor dat jij nooit meer rustig kunt slapen.',
    'Ik zorg ervoor dat jij nooit meer rustig kunt.',
  ])('a disabling outcome brought about, verb-final; not a generic "je": %s', (text) => expect(read(text)).toContain('threat'));
  it.each([
    'Zorg ervoor dat je nooit meer zonder helm kunt fietsen.',
  ])('a disabling outcome brought about, verb-final; not a generic "je": %s', (text) => expect(read(text)).toEqual([]));
  it('a negated negative before a humanity noun denies the negative', () => {
    expect(decency('Canadezen zijn beslist geen gemene mensen.')).toEqual([]);
  });
});

describe('an emotion compared, a capacity denied, confinement wished', () => {
  it.each([
    'Niks maakt me zo woedend als Canadezen.',
  ])('"niets maakt me zo X als" over a group is hatred; over a thing it says nothing: %s', (text) => expect(read(text)).toContain('hate'));
  it.each([
    'Niks maakt me zo woedend als een lege batterij.',
  ])('"niets maakt me zo X als" over a group is hatred; over a thing it says nothing: %s', (text) => expect(read(text)).toEqual([]));
  it.each([
    'Canadezen kunnen gewoon niet redeneren.',
  ])('a mental capacity denied to a whole group; not to some of it, not "nog niet": %s', (text) => expect(read(text)).toContain('derogation'));
  it.each([
    'Sommige Canadezen kunnen niet redeneren als ze moe zijn.',
    'Canadezen kunnen nog niet beslissen over de datum.',
  ])('a mental capacity denied to a whole group; not to some of it, not "nog niet": %s', (text) => expect(read(text)).toEqual([]));
  it.each([
    'Canadezen zouden allemaal gedeporteerd moeten worden.',
  ])('confinement of a group wished in the passive with a modal: %s', (text) => expect(read(text)).toContain('violence'));
  it.each([
    'De kippen moeten vannacht opgesloten worden.',
  ])('confinement of a group wished in the passive with a modal: %s', (text) => expect(read(text)).toEqual([]));
  it('anger about an event pointed at by "er … van" is not anger at the group in it', () => {
    expect(decency('Ik word er verdrietig en kwaad van als iemand Canadezen pest.')).toEqual([]);
  });
});

describe('a habit charged to a group, beliefs negated, pronouns pointing back', () => {
  it.each([
    'Canadezen zeuren gewoon altijd.',
    'Ik weet dat Canadezen constant bedelen.',
  ])('a bare verb of a negative activity with the group as subject: %s', (text) => expect(read(text)).toContain('derogation'));
  it.each([
    'Canadezen vechten morgen tegen Zweden in de finale.',
    'Drie Canadezen zeuren over het eten.',
  ])('not an event with an argument, not some of the group, not the group as object: %s', (text) => expect(read(text)).toEqual([]));
  it.each([
    'Het is erg dat sommige jongens Canadezen pesten.',
  ])('not an event with an argument, not some of the group, not the group as object: %s', (text) => expect(read(text)).not.toContain('derogation'));
  it.each([
    'Ik heb een pleurishekel aan Canadezen.',
  ])('aversion with "aan" and a compound head: %s', (text) => expect(read(text)).toContain('hate'));
  it.each([
    'Ik heb een pleurishekel aan huiswerk.',
  ])('aversion with "aan" and a compound head: %s', (text) => expect(read(text)).toEqual([]));
  it.each([
    'Ik geloof niet dat Canadezen bekrompen zijn.',
    'Waarom noemen sommige mensen Canadezen bekrompen?',
  ])("the author's negated belief over a complement; others' judgement asked about with 'vinden': %s", (text) => expect(decency(text)).toEqual([]));
  it.each([
    'Ik geloof dat Canadezen bekrompen zijn.',
  ])("the author's negated belief over a complement; others' judgement asked about with 'vinden': %s", (text) => expect(decency(text)).not.toEqual([]));
  it.each([
    'Ken je die Canadezen? Wat een idioten zijn het.',
    'Canadezen zijn de allerslechtste mensen van de wereld.',
  ])('"Wat een … zijn het" after a sentence naming a group; a superlative with "aller-": %s', (text) => expect(read(text)).toContain('derogation'));
});

describe('whose view it is', () => {
  it.each([
    'Volgens mijn oom zijn Canadezen bekrompen, maar dat klopt niet.',
  ])('"volgens mijn oom" reports a view, which the text may reject; "volgens mij" is the author\'s: %s', (text) => expect(decency(text)).toEqual([]));
  it.each([
    'Volgens mij zijn Canadezen bekrompen.',
  ])('"volgens mijn oom" reports a view, which the text may reject; "volgens mij" is the author\'s: %s', (text) => expect(decency(text)).not.toEqual([]));
  it('a presentational "het zijn" stands for the group named before it', () => {
    expect(read('We kregen Canadezen als buren en het zijn echte snobs.')).toContain('derogation');
  });
});

describe('faculties, injury foretold, removed hate, owned things', () => {
  it.each([
    'Canadezen hebben echt geen fatsoen.',
  ])('a faculty denied to a group by a negated "hebben"; not time or money: %s', (text) => expect(read(text)).toContain('derogation'));
  it.each([
    'Canadezen hebben geen tijd vandaag.',
  ])('a faculty denied to a group by a negated "hebben"; not time or money: %s', (text) => expect(read(text)).toEqual([]));
  it.each([
    'Morgen beland jij in een rolstoel.',
  ])('"straks lig jij in het ziekenhuis" threatens; news with a reason does not: %s', (text) => expect(read(text)).toContain('threat'));
  it.each([
    'Morgen lig je in het ziekenhuis voor je operatie.',
  ])('"straks lig jij in het ziekenhuis" threatens; news with a reason does not: %s', (text) => expect(read(text)).toEqual([]));
  it.each([
    "Op de brug stond 'Canadezen zijn bekrompen' maar dat is weggepoetst.",
    'Wie Canadezen bekrompen noemt, begrijpt er niets van.',
  ])('a quoted slogan that the text says was removed; reporters who "snappen er niks van": %s', (text) => expect(decency(text)).toEqual([]));
  it("an insult said of a person's animal is not said of the person", () => {
    expect(decency('De hond van Bram is een luilak.')).toEqual([]);
  });
});

describe('aversion with the group as subject', () => {
  it.each([
    'Canadezen bezorgen me echt kippenvel.',
  ])('"X geven me de rillingen"; not of animals: %s', (text) => expect(read(text)).toContain('hate'));
  it.each([
    'Muizen bezorgen me echt kippenvel.',
  ])('"X geven me de rillingen"; not of animals: %s', (text) => expect(read(text)).toEqual([]));
});
