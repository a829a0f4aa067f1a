/**
 * Bullying of one person (bullying.ts), in words of our own that no case file holds: a person
 * target and the structure (a self-reference with a harm verb, a wish with being gone, a
 * belonging with damage under a menace, a shaming matter with spreading, "niemand" with company)
 * carry the reading; the look-alikes (care, reports, games, warnings, one's own things) pass.
 */
import { describe, expect, it } from 'vitest';
import { decencyOf } from './probe.js';
import { analyse } from '../analysis.js';
import { DE_STERREN } from '../../protocol/school.js';
import type { Person } from '../types.js';
import { readBullying } from './bullying.js';

const people: Person[] = [
  { id: 'p1', name: 'Noor Jansen', role: 'pupil' },
  { id: 'p2', name: 'Daan Smit', role: 'pupil' },
  { id: 's1', name: 'Ilse Bakker', role: 'staff' },
];
const read = (text: string): string[] => readBullying(analyse(text, people, DE_STERREN)).map((h) => h.kind);
const { kinds: decency } = decencyOf(people);

describe('urging self-harm or being gone for good', () => {
  it('reads a self-reference with a harm verb, split or whole, and a jump from a height', () => {
    expect(read('Daan, verdrink jezelf in de vijver.')).toContain('violence');
    expect(read('hang jezelf toch gewoon op')).toContain('violence');
    expect(read('Waarom gooi je jezelf niet van het balkon, Noor?')).toContain('violence');
  });
  it('reads a wish or everyone relieved, with the person no longer there', () => {
    expect(read('Ik wens dat Noor nooit geboren was.')).toContain('violence');
    expect(read('Iedereen zou opgelucht zijn als Daan voorgoed vertrekt.')).toContain('violence');
    expect(read('niemand zou het merken als jij er niet meer was')).toContain('violence');
  });
  it('lets care, one’s own feelings, idioms and plain news pass', () => {
    expect(read('Verwond jezelf niet aan die schaar, Daan!')).toEqual([]);
    expect(read('Ik hoop dat Noor snel weer beter is.')).toEqual([]);
    expect(read('Daan vertrekt na de zomer naar Groningen.')).toEqual([]);
    expect(decency('Ik lach me dood om de grappen van Daan.')).toEqual([]);
  });
});

describe('threats by consequence', () => {
  it('reads the person’s things or family with damage under a menace or a condition of telling', () => {
    expect(read('Straks ligt je rugzak in de vijver, Daan.')).toContain('threat');
    expect(read('Als je klikt bij juf Ilse, is je scooter morgen gesloopt.')).toContain('threat');
    expect(read('Er overkomt je broertje nog wat als je dit verklapt.')).toContain('threat');
    expect(read('Wij weten welke deur van jouw huis is, Noor.')).toContain('threat');
  });
  it('lets real warnings, help and one’s own things pass', () => {
    expect(read('Pas op, de vijver is diep, Daan!')).toEqual([]);
    expect(read('Mijn scooter is morgen weer gemaakt.')).toEqual([]);
    expect(read('Je rugzak is kapot, zal ik helpen hem te naaien, Noor?')).toEqual([]);
    expect(decency('Ik weet waar je woont, dus ik breng morgen je taart langs, Noor!')).toEqual([]);
  });
});

describe('humiliation, rumours and mocking', () => {
  it('reads shame with spreading or an audience, a secret recording, mocking for poverty with laughter', () => {
    expect(read('Ik deel dat filmpje van Daan in zijn ondergoed met de hele groep.')).toContain('insult');
    expect(read('Iedereen gaat horen dat Noor nog een luier draagt.')).toContain('insult');
    expect(read('Noor haar jas komt zeker van de kringloopwinkel 🤣')).toContain('insult');
  });
  it('lets reports, consent, self-mockery and praise pass', () => {
    expect(read('Juf, er wordt een foto van Daan in de kleedkamer gedeeld.')).toEqual([]);
    expect(read('We delen alleen foto’s van Noor met toestemming van haar ouders.')).toEqual([]);
    expect(read('Haha ik heb een tweedehands fiets en hij is super!')).toEqual([]);
    expect(decency('Ik ben echt zo’n kluns haha.')).toEqual([]);
  });
});

describe('exclusion', () => {
  it('reads "niemand" with company, belonging denied, sent away, a group made without the person', () => {
    expect(read('Niemand gaat met Daan in de pauze voetballen.')).toContain('exclusion');
    expect(read('Noor hoort niet bij onze vriendengroep.')).toContain('exclusion');
    expect(read('Hoepel op uit onze club, Daan.')).toContain('exclusion');
    expect(read('We maken een clubje zonder Noor.')).toContain('exclusion');
  });
  it('lets games, protecting rules, questions and welcomes pass', () => {
    expect(read('Daan, je bent af, nu ben jij de tikker!')).toEqual([]);
    expect(read('Niemand mag Noor uitlachen.')).toEqual([]);
    expect(read('Wie wil er naast Daan zitten?')).toEqual([]);
    expect(read('Noor hoort er gewoon bij, welkom!')).toEqual([]);
  });
});

describe('a recording spread to be laughed at (reading6b)', () => {
  it('reads a compound of a recording spread with ridicule, not a negated laugh', () => {
    expect(read('Noor, ik app jouw zwemfilmpje naar de hele klas en dan lacht iedereen je uit.')).toContain('insult');
    expect(read('Ik app het zwemfilmpje van Noor naar de juf, niemand lachte haar uit.')).not.toContain('insult');
  });
});

describe('the author likened to an animal (#9, reading7c)', () => {
  it('withdraws an animal said of oneself, keeps it said of someone else', () => {
    expect(decency('ik ben soms echt een luie slak')).toEqual([]);
    expect(decency('daan is echt een luie slak')).not.toEqual([]);
    expect(decency('ik vind jou een luie slak')).not.toEqual([]);
  });
});
