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
  it('reads a judging word said of a group in any order', () => {
    expect(read('Canadezen zijn bekrompen.')).toContain('derogation');
    expect(read('Ik weet zeker dat Canadezen bekrompen zijn.')).toContain('derogation');
    expect(read('De kleinzieligste mensen van Europa zijn Canadezen.')).toContain('derogation');
    expect(read('Wat een kleinzielige Canadezen.')).toContain('derogation');
  });
  it('reads a likeness to animals or things as dehumanisation', () => {
    expect(read('Canadezen krioelen als luizen door de stad.')).toContain('dehumanisation');
    expect(read('Canadezen zijn gewoon wegwerpvoorwerpen.')).toContain('dehumanisation');
  });
  it('does not judge states, skills or things', () => {
    expect(read('Meester Jan was vermoeid na het schoolkamp.')).toEqual([]);
    expect(read('Canadezen zijn slecht in voetbal.')).toEqual([]);
    expect(read('Wij vonden de soep bekrompen van smaak.')).toEqual([]);
  });
});

describe('negation by scope', () => {
  it('a negator governing the judging word negates it, an intensifying one does not', () => {
    expect(read('Canadezen zijn helemaal niet bekrompen.')).toEqual([]);
    expect(read('Canadezen zijn niets anders dan luizen.')).toContain('dehumanisation');
    expect(read('Canadezen zijn niet minder verstandig dan anderen.')).toEqual([]);
  });
  it('a negated right or worth denies it', () => {
    expect(read('Canadezen verdienen het niet om te ademen.')).toContain('dehumanisation');
  });
});

describe('harm', () => {
  it('finds intent and victim in inverted and verb-final order and with a separable verb', () => {
    expect(read('Als ik hem morgen zie, wurg ik hem.')).toContain('threat');
    expect(read('Ik zweer dat ik die Canadees afransel.')).toContain('threat');
    expect(read('Zodra de bel gaat, ransel ik hem af.')).toContain('threat');
    expect(read('Iemand zou die Canadezen moeten wurgen.')).toContain('violence');
  });
  it('lets reports of events and things pass', () => {
    expect(read('In het verhaal werd de draak gewurgd.')).toEqual([]);
    expect(read('Ik sla de bladzijde om.')).toEqual([]);
  });
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
  it('resolves a hidden letter, digits at the edge and glued words', () => {
    const norms = (t: string): string[] => analyse(t, [], DE_STERREN).tokens.map((x) => x.norm);
    expect(norms('v*ies')).toEqual(['vies']);
    expect(norms('3ikel')).toEqual(['eikel']);
    expect(norms('ikhaatjoden')).toEqual(['ik', 'hat', 'joden']);
  });
});

/** The readings added in the second session, each in words no list holds as a phrase. */
describe('exclusive focus', () => {
  it('"niets dan / niets behalve / alleen maar" over a negative word judges the group, with any verb', () => {
    expect(read('Canadezen veroorzaken alleen maar narigheid.')).toContain('derogation');
    expect(read('Van Canadezen krijg je niets behalve ellende.')).toContain('derogation');
    expect(read('Canadezen doen niks anders dan jatten.')).toContain('derogation');
  });
  it('a positive or neutral focus, or a negated focus, says nothing bad', () => {
    expect(read('Canadezen brengen alleen maar plezier.')).toEqual([]);
    expect(read('Canadezen zijn ook alleen maar mensen.')).toEqual([]);
    expect(read('Mijn broertje doet niets anders dan tekenen.')).toEqual([]);
  });
});

describe('hatred in another word order', () => {
  it('the object before the verb: verb-final and fronted', () => {
    expect(read('Omdat ik Canadezen verafschuw, ga ik niet mee.')).toContain('hate');
  });
  it('not when someone else is the subject, nor negated', () => {
    expect(read('Ik vind het erg dat mensen Canadezen verafschuwen.')).not.toContain('hate');
    expect(read('Dat ik Canadezen niet haat, weet je.')).not.toContain('hate');
  });
});

describe('groups no list holds, named by what is said of them', () => {
  it('an insult said of a plural person noun', () => {
    expect(read('Alle grensrechters zijn sukkels.')).toContain('derogation');
    expect(read('Die wielrenners zijn luiaards.')).toContain('derogation');
  });
  it('not a thing, and not without an insult', () => {
    expect(read('Die schriften zijn sukkels.')).toEqual([]);
    expect(read('Alle grensrechters zijn aanwezig.')).toEqual([]);
  });
});

describe('belonging denied and a group better gone', () => {
  it('"horen" with a negation and a place in any order; "zonder X" with a better comparative', () => {
    expect(read('Naar mijn gevoel horen Canadezen hier niet.')).toContain('derogation');
    expect(read('Zonder Canadezen zou het dorp rustiger zijn.')).toContain('derogation');
  });
  it("a group's arrival blamed for a worse comparative, or its absence before for a better one", () => {
    expect(read('Sinds die Canadezen hier wonen, is de buurt smeriger.')).toContain('derogation');
    expect(read('Het park was rustiger voordat de Canadezen kwamen.')).toContain('derogation');
    expect(read('Sinds de Canadezen hier wonen, is de buurt gezelliger.')).toEqual([]);
  });
  it('not a norm with "te", not without a comparative', () => {
    expect(read('Canadezen horen niet te schreeuwen in de bibliotheek.')).toEqual([]);
    expect(read('Zonder Canadezen was het feest niet doorgegaan.')).toEqual([]);
  });
});

describe('sexual requests and idioms of harm', () => {
  it('a body part shown on request, the reflexive separable verb, an invitation', () => {
    expect(readNamed('Fleur, laat je billen eens zien.')).toContain('sexual');
    expect(readNamed('Bram trok zich gisteren af in de kleedkamer.')).toContain('sexual');
    expect(read('Wie wil er neuken na de les?')).toContain('sexual');
  });
  it('not subtraction, not a sex education lesson', () => {
    expect(readNamed('Bram kan goed aftrekken en optellen.')).toEqual([]);
    expect(read('We kregen voorlichting over seks en verliefdheid.')).toEqual([]);
  });
  it('any vehicle in the wished idiom, "er geweest" with a future, "iemand even pakken"', () => {
    expect(readNamed('Ik hoop dat Bram onder een tractor komt.')).toContain('violence');
    expect(read('Straks ben jij er geweest.')).toContain('threat');
    expect(read('Na de gym pakken we die Canadees wel even.')).toContain('threat');
    expect(read('Na de gym pakken we even de ballen op.')).toEqual([]);
    expect(read('Gisteren ben ik er geweest, het was mooi.')).toEqual([]);
  });
});

describe('word sense by context and counter-speech by structure', () => {
  it('an ambiguous slur placed among people is a slur; the dog sense of "teef" is not', () => {
    expect(decency('Die nicht uit groep 6 doet weer raar.')).toContain('slur');
    expect(decency('Onze teef kreeg vier pups in haar mand.')).toEqual([]);
  });
  it('a colour adjective made a noun names people, except beside a board game', () => {
    expect(read('De blanken in die wijk zijn allemaal hebberig.')).toContain('derogation');
    expect(read('Na de derde zet waren de blanken aan de beurt op het dambord.')).toEqual([]);
  });
  it('a "dat"-clause that its sentence calls false is not asserted', () => {
    expect(decency('Dat Canadezen bekrompen zijn, is klinkklare onzin.')).toEqual([]);
    expect(decency('Dat Canadezen bekrompen zijn, weet iedereen.')).not.toEqual([]);
  });
  it('English: the second person, copulas and animals', () => {
    expect(read('You are a dirty rat.')).toContain('dehumanisation');
    expect(read('What a grappig filmpje.')).toEqual([]);
  });
});

/** The readings of the third session (#9), each in words of our own that no list holds as a phrase. */
describe('humanity and existence denied to one person', () => {
  it('a negated humanity noun said of one person, existence denied with a modal', () => {
    expect(readNamed('Bram is gewoon geen echt menselijk wezen.')).toContain('dehumanisation');
    expect(read('Types als jij zouden niet mogen ademen.')).toContain('dehumanisation');
    expect(readNamed('Fleur verdient het niet om geboren te zijn.')).toContain('dehumanisation');
  });
  it('not a kind of person restricted by what follows, not the author, not after "zonder"', () => {
    expect(readNamed('Bram is geen mens om lang stil te zitten.')).toEqual([]);
    expect(read('Zonder jou zou ik niet kunnen ademen.')).toEqual([]);
    expect(read('Ik ben geen ochtendmens.')).toEqual([]);
  });
});

describe('negation and order', () => {
  it('"nergens/niets" over a positive denies all worth; a verb-final predicate before an extraposed "dan"', () => {
    expect(read('Canadezen zijn werkelijk nergens nuttig voor.')).toContain('dehumanisation');
    expect(read('Ik geloof dat Canadezen minder verstandig zijn dan wij.')).toContain('derogation');
    expect(read('Ik geloof dat Canadezen niet minder verstandig zijn dan wij.')).toEqual([]);
  });
  it('a predicate fronted before "vind ik"', () => {
    expect(read('Ontzettend bekrompen vind ik Canadezen.')).toContain('derogation');
    expect(read('Ontzettend gezellig vind ik Canadezen.')).toEqual([]);
  });
  it('superlatives made nouns and of stems in -s', () => {
    expect(lemmaCandidates('bekrompensten').map(([l]) => l)).toContain('bekrompen');
    expect(wordInfo('boosste', 'boosste')).toMatchObject({ lemma: 'boos', degree: 2 });
  });
});

describe('harm to a body part', () => {
  it('a possessive before a body part is a victim for a first person with a result particle', () => {
    expect(read('Morgen ram ik zijn schedel in elkaar.')).toContain('threat');
    expect(read('Ik ruk zijn nagels eruit.')).toContain('threat');
  });
  it('a verb that harms only a body part lets other objects pass', () => {
    expect(read('Ik ruk de stekker eruit.')).toEqual([]);
    expect(read('Na de gymles trek ik mijn sokken uit.')).toEqual([]);
  });
});

describe('questions both ways and reports judged by a coordinated clause', () => {
  it('a question that presupposes the judgement stays; one about why others claim it does not', () => {
    expect(decency('Waarom zijn Canadezen toch zo bekrompen?')).not.toEqual([]);
    expect(decency('Hoe komt het dat sommigen denken dat Canadezen bekrompen zijn?')).toEqual([]);
    expect(decency('Waarom beweert mijn oom dat Canadezen bekrompen zijn?')).toEqual([]);
  });
  it('a report judged in a clause coordinated after it', () => {
    expect(decency('Een jongen schold mijn neef uit voor bekrompen Canadees en daar baalde ik van.')).toEqual([]);
    expect(decency("'Canadezen zijn bekrompen' riep iemand. Wat een schande.")).toEqual([]);
  });
  it('an ambiguous slur in its innocent sense is no target', () => {
    expect(read('Onze hond is een teef die net pups heeft.')).toEqual([]);
  });
});

describe('aversion, distrust, denied ability and a partitive positive', () => {
  it('bodily aversion of the author at a group, in either order', () => {
    expect(read('Ik krijg spontaan kippenvel van Canadezen.')).toContain('hate');
    expect(read('Van die Canadezen krijg ik hoofdpijn.')).toContain('hate');
    expect(read('Ik krijg kippenvel van die griezelfilm.')).toEqual([]);
    expect(read('Ik krijg helemaal geen hoofdpijn van Canadezen.')).toEqual([]);
  });
  it('distrust of a group, a pronoun pointing back at it; not of one person', () => {
    expect(read('Canadezen? Die vertrouw ik voor geen cent.')).toContain('derogation');
    expect(readNamed('Bram vertrouw ik niet helemaal.')).toEqual([]);
  });
  it('an ability or any good denied to a group', () => {
    expect(read('Canadezen zijn gewoon niet in staat tot samenwerken.')).toContain('derogation');
    expect(read('Canadezen hebben nog nooit iets nuttigs bedacht.')).toContain('derogation');
    expect(read('Canadezen hebben nooit iets slechts gedaan.')).toEqual([]);
  });
  it('a disabling outcome brought about, verb-final; not a generic "je"', () => {
    expect(read('Ik zorg er persoonlijk voor dat jij nooit meer rustig kunt slapen.')).toContain('threat');
    expect(read('Ik zorg ervoor dat jij nooit meer rustig kunt.')).toContain('threat');
    expect(read('Zorg ervoor dat je nooit meer zonder helm kunt fietsen.')).toEqual([]);
  });
  it('a negated negative before a humanity noun denies the negative', () => {
    expect(decency('Canadezen zijn beslist geen gemene mensen.')).toEqual([]);
  });
});

describe('an emotion compared, a capacity denied, confinement wished', () => {
  it('"niets maakt me zo X als" over a group is hatred; over a thing it says nothing', () => {
    expect(read('Niks maakt me zo woedend als Canadezen.')).toContain('hate');
    expect(read('Niks maakt me zo woedend als een lege batterij.')).toEqual([]);
  });
  it('a mental capacity denied to a whole group; not to some of it, not "nog niet"', () => {
    expect(read('Canadezen kunnen gewoon niet redeneren.')).toContain('derogation');
    expect(read('Sommige Canadezen kunnen niet redeneren als ze moe zijn.')).toEqual([]);
    expect(read('Canadezen kunnen nog niet beslissen over de datum.')).toEqual([]);
  });
  it('confinement of a group wished in the passive with a modal', () => {
    expect(read('Canadezen zouden allemaal gedeporteerd moeten worden.')).toContain('violence');
    expect(read('De kippen moeten vannacht opgesloten worden.')).toEqual([]);
  });
  it('anger about an event pointed at by "er … van" is not anger at the group in it', () => {
    expect(decency('Ik word er verdrietig en kwaad van als iemand Canadezen pest.')).toEqual([]);
  });
});

describe('a habit charged to a group, beliefs negated, pronouns pointing back', () => {
  it('a bare verb of a negative activity with the group as subject', () => {
    expect(read('Canadezen zeuren gewoon altijd.')).toContain('derogation');
    expect(read('Ik weet dat Canadezen constant bedelen.')).toContain('derogation');
  });
  it('not an event with an argument, not some of the group, not the group as object', () => {
    expect(read('Canadezen vechten morgen tegen Zweden in de finale.')).toEqual([]);
    expect(read('Drie Canadezen zeuren over het eten.')).toEqual([]);
    expect(read('Het is erg dat sommige jongens Canadezen pesten.')).not.toContain('derogation');
  });
  it('aversion with "aan" and a compound head', () => {
    expect(read('Ik heb een pleurishekel aan Canadezen.')).toContain('hate');
    expect(read('Ik heb een pleurishekel aan huiswerk.')).toEqual([]);
  });
  it("the author's negated belief over a complement; others' judgement asked about with 'vinden'", () => {
    expect(decency('Ik geloof niet dat Canadezen bekrompen zijn.')).toEqual([]);
    expect(decency('Ik geloof dat Canadezen bekrompen zijn.')).not.toEqual([]);
    expect(decency('Waarom noemen sommige mensen Canadezen bekrompen?')).toEqual([]);
  });
  it('"Wat een … zijn het" after a sentence naming a group; a superlative with "aller-"', () => {
    expect(read('Ken je die Canadezen? Wat een idioten zijn het.')).toContain('derogation');
    expect(read('Canadezen zijn de allerslechtste mensen van de wereld.')).toContain('derogation');
  });
});

describe('whose view it is', () => {
  it('"volgens mijn oom" reports a view, which the text may reject; "volgens mij" is the author\'s', () => {
    expect(decency('Volgens mijn oom zijn Canadezen bekrompen, maar dat klopt niet.')).toEqual([]);
    expect(decency('Volgens mij zijn Canadezen bekrompen.')).not.toEqual([]);
  });
  it('a presentational "het zijn" stands for the group named before it', () => {
    expect(read('We kregen Canadezen als buren en het zijn echte snobs.')).toContain('derogation');
  });
});

describe('faculties, injury foretold, removed hate, owned things', () => {
  it('a faculty denied to a group by a negated "hebben"; not time or money', () => {
    expect(read('Canadezen hebben echt geen fatsoen.')).toContain('derogation');
    expect(read('Canadezen hebben geen tijd vandaag.')).toEqual([]);
  });
  it('"straks lig jij in het ziekenhuis" threatens; news with a reason does not', () => {
    expect(read('Morgen beland jij in een rolstoel.')).toContain('threat');
    expect(read('Morgen lig je in het ziekenhuis voor je operatie.')).toEqual([]);
  });
  it('a quoted slogan that the text says was removed; reporters who "snappen er niks van"', () => {
    expect(decency("Op de brug stond 'Canadezen zijn bekrompen' maar dat is weggepoetst.")).toEqual([]);
    expect(decency('Wie Canadezen bekrompen noemt, begrijpt er niets van.')).toEqual([]);
  });
  it("an insult said of a person's animal is not said of the person", () => {
    expect(decency('De hond van Bram is een luilak.')).toEqual([]);
  });
});

describe('aversion with the group as subject', () => {
  it('"X geven me de rillingen"; not of animals', () => {
    expect(read('Canadezen bezorgen me echt kippenvel.')).toContain('hate');
    expect(read('Muizen bezorgen me echt kippenvel.')).toEqual([]);
  });
});
