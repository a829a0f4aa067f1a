/**
 * Counter-speech in other words (counter.ts), in sentences of our own: a judging frame over a
 * report of hate (a report noun with its topic, an expletive over an act of abuse) is allowed;
 * praise of the hate, and hate the author adds, are not.
 */
import { describe, expect, it } from 'vitest';
import { decencyOf } from './probe.js';

const { kinds: decency } = decencyOf();

describe('a report noun with its topic, judged', () => {
  it('lets the judgement of a joke, a clip or messages about a group pass', () => {
    expect(decency('Die meme over moslima’s was gewoon seksistisch.')).toEqual([]);
    expect(decency('Het filmpje waarin Noren worden uitgelachen is walgelijk.')).toEqual([]);
    expect(decency('Die scheldberichten over Vlamingen maken me verdrietig.')).toEqual([]);
  });
  it('keeps praise of the hate and a judgement the author adds', () => {
    expect(decency('Het filmpje over die vieze Noren is walgelijk.')).not.toEqual([]);
    expect(decency('Die grap over Vlamingen was top, het zijn ook echt ratten.')).not.toEqual([]);
  });
});

describe('an expletive judgement over an act of abuse', () => {
  it('lets "het is niet oké dat …" over an act of abuse pass', () => {
    expect(decency('Het is niet oké dat ze in de kantine Canadezen uitschelden.')).toEqual([]);
    expect(decency('Ik vind het gemeen dat jongens Noren belachelijk maken.')).toEqual([]);
  });
  it('keeps an expletive judgement over a group’s mere presence', () => {
    expect(decency('Het is niet normaal dat Vlamingen hier mogen wonen.')).not.toEqual([]);
  });
});

describe('reports of hate that are no abuse (historicalReport, eventJudged, nobodyBelieves, condemnedDoers)', () => {
  it('lets a lesson, the news or a witness tell in the past or a passive what was done', () => {
    expect(decency('Bij de les over de kolonie leerden we dat Papoea’s werden uitgebuit en vernederd.')).toEqual([]);
    expect(decency('Op het journaal zeiden ze dat er stenen door de ramen van het azc zijn gegooid, de daders zijn gepakt.')).toEqual([]);
  });
  it('reads a judging adjective shaped like a participle as a judgement, not as an act reported from a lesson', () => {
    expect(decency('Die meester is een gestoorde zak, daarom leren we niks in de les.')).not.toEqual([]);
    expect(decency('Die nieuwe juf is een verwaand mens, dat zagen we bij de les weer.')).not.toEqual([]);
  });
  it('keeps a report the author turns into a wish, or with laughter', () => {
    expect(decency('Bij geschiedenis leerden we dat zigeuners werden opgesloten, dat zou nu ook moeten.')).not.toEqual([]);
  });
  it('lets a judgement of what was just told, and nobody believing it, pass', () => {
    expect(decency('Op het plein riepen ze Mongool naar Daan, ik vind dat echt triest.')).toEqual([]);
    expect(decency('Niemand op deze school denkt dat Somaliërs dom zijn.')).toEqual([]);
  });
  it('lets the doers of abuse be condemned, and keeps harm wished outside the condemned clause', () => {
    expect(decency('Ik walg van de jongens die de moskee met verf hebben beklad.')).toEqual([]);
    expect(decency('Ik walg van de jongens die de moskee hebben beklad, maar ik hoop dat die moskee afbrandt.')).not.toEqual([]);
  });
});
