/**
 * Mock praise (mock-praise.ts), in words of our own that no case file holds: praise of a person
 * beside a put-down of the same person reads as sarcasm; sincere praise, a concession, a negated
 * remark, praise of a thing, and praise after a remark without irony pass.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../analysis.js';
import { DE_STERREN } from '../../protocol/school.js';
import type { Person } from '../types.js';
import { readMockPraise } from './mock-praise.js';
import { decencyOf } from './probe.js';

const people: Person[] = [
  { id: 'p1', name: 'Fenna Bos', role: 'pupil' },
  { id: 'p2', name: 'Joris Hendriks', role: 'pupil' },
  { id: 's1', name: 'Ilse Jansen', role: 'staff' },
];
const read = (text: string): string[] => readMockPraise(analyse(text, people, DE_STERREN)).map((h) => h.kind);
const { blocked } = decencyOf(people);

describe('praise beside a put-down of the same person', () => {
  it('reads a failure, a poor performance or a judging word after the praise', () => {
    expect(read('Proficiat Joris, weer een onvoldoende voor dictee, wat een prestatie')).toEqual(['insult']);
    expect(read('Hulde aan juf Ilse voor die tenenkrommende voorstelling van gisteren')).toEqual(['insult']);
    expect(read('Fenna, chapeau, de slomste van de hele estafette')).toEqual(['insult']);
  });
  it('reads a weak put-down only with irony: an eye-roll, "ja hoor", praise + "hoor"', () => {
    expect(read('Joris heeft alweer zijn gymtas laten liggen, wat een kanjer 🙃')).toEqual(['insult']);
    expect(read('Knap hoor Fenna, je kunt zelfs je veters strikken')).toEqual(['insult']);
    expect(read('Fenna danst net een olifant in de gang, briljant 🙄')).toEqual(['insult']);
  });
  it('reads a lapse repeated after the praise, not one denied', () => {
    expect(read('Chapeau Joris, voor de zoveelste keer je zwemspullen verloren')).toEqual(['insult']);
    expect(read('Chapeau Joris, je bent geen enkele keer je zwemspullen verloren')).toEqual([]);
  });
  it('blocks the post', () => {
    expect(blocked('Proficiat Joris, weer een onvoldoende voor dictee, wat een prestatie')).toBe(true);
  });
});

describe('sincere praise and its look-alikes', () => {
  it('lets a weak put-down without irony, a concession and a negated remark pass', () => {
    expect(read('Proficiat Joris, eindelijk je A-diploma binnen, wat een doorzetter')).toEqual([]);
    expect(read('Knap gedaan Fenna, maar je werkstuk was wel een beetje saai')).toEqual([]);
    expect(read('Bravo juf Ilse, die les was helemaal niet saai!')).toEqual([]);
  });
  it('lets praise after a remark without irony, praise of a thing and the author’s own pass', () => {
    expect(read('Joris had die trui van de kringloop aan en hij was fantastisch')).toEqual([]);
    expect(read('Wat een geweldige taart, de vorige was veel te droog')).toEqual([]);
    expect(read('Super gedaan Fenna! Mijn vieze laarzen staan nog bij jou')).toEqual([]);
    expect(blocked('Proficiat Joris, eindelijk je A-diploma binnen, wat een doorzetter')).toBe(false);
  });
  it('lets respect lost over what someone said pass: a rejection, not praise', () => {
    expect(read('Ik heb al mijn respect voor jou verloren toen je zei dat jongens zoals ik sukkels zijn')).toEqual([]);
    expect(blocked('Ik verloor alle respect voor jou toen je zei dat meisjes zoals ik dom zijn.')).toBe(false);
  });
});
