/**
 * Implicit derogation by stereotype (stereotype.ts), in sentences of our own that no case file
 * holds: a group and a frame (precaution, stock theme, control, vice noun, kept away) in one
 * clause or the next carry the reading, not the words.
 */
import { describe, expect, it } from 'vitest';
import { decencyOf } from './probe.js';
import { analyse } from '../analysis.js';
import { DE_STERREN } from '../../protocol/school.js';
import { detectDecency } from '../detectors/decency.js';

const { kinds: decency } = decencyOf();

describe('a group present and a precaution', () => {
  it('reads presence ("er staan", "met al die", a bare place, "als er") with a precaution', () => {
    expect(decency('Hou je rugzak vast, er staan Canadezen bij de ingang.')).toContain('derogation');
    expect(decency('Met al die Noren op de camping zet ik de tent op slot.')).toContain('derogation');
    expect(decency('Vlamingen op het plein? Dan sluit ik mijn kluisje af.')).toContain('derogation');
  });
  it('lets a group without the frame, the frame without a group, and a negated precaution pass', () => {
    expect(decency('Er staan Canadezen bij de ingang, ze delen folders uit.')).toEqual([]);
    expect(decency('Hou je rugzak vast in de drukte bij de ingang.')).toEqual([]);
    expect(decency('De Noorse juf zei dat we de kluisjes op slot moeten doen.')).toEqual([]);
  });
});

describe('a stock theme charged to a group', () => {
  it('reads the theme coordinated, with a generalising adverb, or as the purpose of coming', () => {
    expect(decency('Vlamingen en drank, je kent het wel.')).toContain('derogation');
    expect(decency('Noren zitten natuurlijk weer aan de wodka.')).toContain('derogation');
    expect(decency('Canadezen komen hier enkel om te profiteren.')).toContain('derogation');
  });
  it('not of one person one knows, a lesson, or a neutral purpose', () => {
    expect(decency('Onze Noorse buurvrouw bracht een fles wijn mee.')).toEqual([]);
    expect(decency('In de geschiedenisles ging het over geld en Vlamingen in de middeleeuwen.')).toEqual([]);
    expect(decency('Canadezen komen hier om te schaatsen.')).toEqual([]);
  });
});

describe('control ascribed, vice nouns, and a group kept away', () => {
  it('reads control of a domain, a vice noun as predicate and keeping away from children or a shop', () => {
    expect(decency('Volgens mij hebben de Vlamingen de media in handen.')).toContain('derogation');
    expect(decency('Noren zijn een stel zakkenrollers.')).toContain('derogation');
    expect(decency('Laat Canadezen nooit in de buurt van je kindjes komen.')).toContain('derogation');
  });
  it('lets a negated vice, inclusion and a neutral keep-away pass', () => {
    expect(decency('Noren zijn geen zakkenrollers.')).toEqual([]);
    expect(decency('Canadezen mogen ook gewoon in de speeltuin komen.')).toEqual([]);
    expect(decency('Laat kindjes nooit alleen bij het water komen.')).toEqual([]);
  });
});

describe('a group nobody wants, a group seated apart', () => {
  it('reads "niemand wil X (hier)" and a group sent to the back or apart', () => {
    expect(decency('Niemand wil die Noren hier hebben.')).toContain('derogation');
    expect(decency('Zet die Vlamingen maar achterin de zaal.')).toContain('derogation');
  });
  it('lets a wish about them and a seat without a command pass', () => {
    expect(decency('Niemand wil die Noorse jongen kwijt, hij is top.')).toEqual([]);
    expect(decency('De Vlaamse gasten zaten achterin de zaal te lachen.')).toEqual([]);
  });
});

describe('one pupil nobody likes or wants', () => {
  const roster = [{ id: 'k9', name: 'Lotte de Wit', role: 'pupil' as const }];
  const named = (text: string): string[] => detectDecency(analyse(text, roster, DE_STERREN)).map((h) => h.kind);
  it('reads "niemand mag X" and "niemand wil X hier"', () => {
    expect(named('Lotte moet maar verhuizen, niemand mag haar.')).not.toEqual([]);
    expect(named('Niemand op school wil Lotte erbij, echt niet.')).not.toEqual([]);
  });
  it('lets a rule and a wish about her pass', () => {
    expect(named('Niemand mag Lotte duwen, dat is de afspraak.')).toEqual([]);
    expect(named('Niemand wil Lotte missen op het kamp.')).toEqual([]);
  });
});

describe('a pronoun nobody wants', () => {
  it('is a thing after a thing', () => {
    expect(decency('Die oude skelter? Niemand wil hem hebben.')).toEqual([]);
  });
});
