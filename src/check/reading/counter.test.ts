/**
 * Counter-speech in other words (counter.ts), in sentences of our own: a judging frame over a
 * report of hate (a report noun with its topic, an expletive over an act of abuse) is allowed;
 * praise of the hate, and hate the author adds, are not.
 */
import { describe, expect, it } from 'vitest';
import { decencyOf } from './probe.js';

const { kinds: decency } = decencyOf();

describe('a report noun with its topic, judged', () => {
  it.each([
    'Die meme over moslima’s was gewoon seksistisch.',
    'Het filmpje waarin Noren worden uitgelachen is walgelijk.',
    'Die scheldberichten over Vlamingen maken me verdrietig.',
  ])('lets the judgement of a joke, a clip or messages about a group pass: %s', (text) => expect(decency(text)).toEqual([]));
  it.each([
    'Het filmpje over die vieze Noren is walgelijk.',
    'Die grap over Vlamingen was top, het zijn ook echt ratten.',
  ])('keeps praise of the hate and a judgement the author adds: %s', (text) => expect(decency(text)).not.toEqual([]));
});

describe('an expletive judgement over an act of abuse', () => {
  it.each([
    'Het is niet oké dat ze in de kantine Canadezen uitschelden.',
    'Ik vind het gemeen dat jongens Noren belachelijk maken.',
  ])('lets "het is niet oké dat …" over an act of abuse pass: %s', (text) => expect(decency(text)).toEqual([]));
  it('keeps an expletive judgement over a group’s mere presence', () => {
    expect(decency('Het is niet normaal dat Vlamingen hier mogen wonen.')).not.toEqual([]);
  });
});

describe('reports of hate that are no abuse (historicalReport, eventJudged, nobodyBelieves, condemnedDoers)', () => {
  it.each([
    'Bij de les over de kolonie leerden we dat Papoea’s werden uitgebuit en vernederd.',
    'Op het journaal zeiden ze dat er stenen door de ramen van het azc zijn gegooid, de daders zijn gepakt.',
  ])('lets a lesson, the news or a witness tell in the past or a passive what was done: %s', (text) => expect(decency(text)).toEqual([]));
  it.each([
    'Die meester is een gestoorde zak, daarom leren we niks in de les.',
    'Die nieuwe juf is een verwaand mens, dat zagen we bij de les weer.',
  ])('reads a judging adjective shaped like a participle as a judgement, not as an act reported from a lesson: %s', (text) => expect(decency(text)).not.toEqual([]));
  it('keeps a report the author turns into a wish, or with laughter', () => {
    expect(decency('Bij geschiedenis leerden we dat zigeuners werden opgesloten, dat zou nu ook moeten.')).not.toEqual([]);
  });
  it.each([
    'Op het plein riepen ze Mongool naar Daan, ik vind dat echt triest.',
    'Niemand op deze school denkt dat Somaliërs dom zijn.',
  ])('lets a judgement of what was just told, and nobody believing it, pass: %s', (text) => expect(decency(text)).toEqual([]));
  it.each([
    'Ik walg van de jongens die de moskee met verf hebben beklad.',
  ])('lets the doers of abuse be condemned, and keeps harm wished outside the condemned clause: %s', (text) => expect(decency(text)).toEqual([]));
  it.each([
    'Ik walg van de jongens die de moskee hebben beklad, maar ik hoop dat die moskee afbrandt.',
  ])('lets the doers of abuse be condemned, and keeps harm wished outside the condemned clause: %s', (text) => expect(decency(text)).not.toEqual([]));
});
