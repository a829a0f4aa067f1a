/**
 * The spelling readings of the analysis (analysis.ts, text/normalize.ts; #9, form): a word in three
 * or four spaced pieces, glued phrases, a slur glued before a noun, curse abbreviations, leet at the
 * edges and "!" for "l", an "-e" plural, "zo'n". Words of our own, none from the case files.
 */
import { describe, expect, it } from 'vitest';
import { decencyOf } from './reading/probe.js';
import { analyse } from './analysis.js';
import { DE_STERREN } from '../protocol/school.js';

const people = [{ id: 'k1', name: 'Ruben Dekker', role: 'pupil' as const }];
const norms = (t: string): string[] => analyse(t, people, DE_STERREN).tokens.map((x) => x.norm);
const { blocked } = decencyOf(people);

describe('a word in three or four spaced pieces', () => {
  it('joins pieces into a word of the lists or a judging word', () => {
    expect(norms('wat een ach ter lijk kind')).toContain('achterlijk');
    expect(norms('wat een wal ge lij ke jongen')).toContain('walgelijke');
    expect(blocked('jij bent een i di oot ruben')).toBe(true);
  });
  it('leaves runs of short real words and innocent pieces apart', () => {
    expect(norms('ik ga er nu op af')).toEqual(['ik', 'ga', 'er', 'nu', 'op', 'af']);
    expect(norms('het was een top dag')).toEqual(['het', 'was', 'en', 'top', 'dag']);
  });
  it("keeps a spaced \"'s\" with the spaced letters", () => {
    expect(norms("t r a n s 'en")).not.toContain('transs');
    expect(norms("j o o d 's")).toEqual(['jods']);
  });
});

describe('glued words', () => {
  it('splits a glued phrase of list words when a threat phrase spans its parts', () => {
    expect(norms('iksteekje')).toEqual(['ik', 'stek', 'je']);
    expect(blocked('ikpakjenog ruben')).toBe(true);
  });
  it('does not split a glued phrase without one', () => {
    expect(norms('ikbenthuis')).toEqual(['ikbenthuis']);
  });
  it('reads each part by its own spelling', () => {
    const a = analyse('allepolenzijnratten', people, DE_STERREN);
    expect(a.tokens.map((t) => t.raw)).toEqual(['alle', 'polen', 'zijn', 'ratten']);
  });
  it('reads a strong slur glued before a noun as the slur', () => {
    expect(norms('die negervriendjes')).toEqual(['die', 'neger', 'vriendjes']);
    expect(norms('de negeren')).toEqual(['de', 'negeren']);
  });
  it('reads a curse abbreviation glued onto a list word', () => {
    expect(norms('jij kkjood')).toEqual(['jij', 'kanker', 'jod']);
    expect(norms('kkleuren')).toEqual(['kleuren']);
  });
});

describe('letters for letters', () => {
  it('reads a money sign at the start and "!" or "1" for an "l"', () => {
    expect(norms('$chorem')).toEqual(['schorem']);
    expect(norms('ik s!oop je')).toContain('slop');
  });
  it('leaves prices and exclamations alone', () => {
    expect(norms('€5 of $10!')).toEqual(['5', 'of', '10']);
    expect(norms('kom!')).toEqual(['kom']);
  });
  it('reads a two-letter function word with a digit', () => {
    expect(norms('ik sla je 1n elkaar')).toContain('in');
    expect(norms('de 2e groep')).toContain('2e');
  });
  it('reads a plural with its final n dropped', () => {
    expect(norms('die marokkane')).toContain('marokanen');
    expect(norms('de mooie')).toEqual(['de', 'moie']);
  });
});

describe('a typo of a list word', () => {
  it('is corrected when the word is no real word, not when a short stem takes a longer ending', () => {
    expect(norms('wat een idoot')).toContain('idiot');
    expect(norms('ik sla mijn armen om je heen')).toContain('armen');
  });
});

describe('zo\'n', () => {
  it('is no "zoon"', () => {
    const a = analyse("zo'n eikel", people, DE_STERREN);
    expect(a.phrases.some((p) => p.term === 'zoon')).toBe(false);
    expect(analyse('mijn zoon', people, DE_STERREN).phrases.some((p) => p.term === 'zoon')).toBe(true);
  });
});
