/**
 * Implicit derogation by stereotype (stereotype.ts), in sentences of our own that no case file
 * holds: a group and a frame (precaution, stock theme, control, vice noun, kept away) in one
 * clause or the next carry the reading, not the words.
 */
import { describe, expect, it } from 'vitest';
import { decencyOf } from './probe.js';

const { kinds: decency } = decencyOf();

describe('a group present and a precaution', () => {
  it.each([
    'Hou je rugzak vast, er staan Canadezen bij de ingang.',
    'Met al die Noren op de camping zet ik de tent op slot.',
    'Vlamingen op het plein? Dan sluit ik mijn kluisje af.',
  ])('reads presence ("er staan", "met al die", a bare place, "als er") with a precaution: %s', (text) => expect(decency(text)).toContain('derogation'));
  it.each([
    'Er staan Canadezen bij de ingang, ze delen folders uit.',
    'Hou je rugzak vast in de drukte bij de ingang.',
    'De Noorse juf zei dat we de kluisjes op slot moeten doen.',
  ])('lets a group without the frame, the frame without a group, and a negated precaution pass: %s', (text) => expect(decency(text)).toEqual([]));
});

describe('a stock theme charged to a group', () => {
  it.each([
    'Vlamingen en drank, je kent het wel.',
    'Noren zitten natuurlijk weer aan de wodka.',
    'Canadezen komen hier enkel om te profiteren.',
  ])('reads the theme coordinated, with a generalising adverb, or as the purpose of coming: %s', (text) => expect(decency(text)).toContain('derogation'));
  it.each([
    'Onze Noorse buurvrouw bracht een fles wijn mee.',
    'In de geschiedenisles ging het over geld en Vlamingen in de middeleeuwen.',
    'Canadezen komen hier om te schaatsen.',
  ])('not of one person one knows, a lesson, or a neutral purpose: %s', (text) => expect(decency(text)).toEqual([]));
});

describe('control ascribed, vice nouns, and a group kept away', () => {
  it.each([
    'Volgens mij hebben de Vlamingen de media in handen.',
    'Noren zijn een stel zakkenrollers.',
    'Laat Canadezen nooit in de buurt van je kindjes komen.',
  ])('reads control of a domain, a vice noun as predicate and keeping away from children or a shop: %s', (text) => expect(decency(text)).toContain('derogation'));
  it.each([
    'Noren zijn geen zakkenrollers.',
    'Canadezen mogen ook gewoon in de speeltuin komen.',
    'Laat kindjes nooit alleen bij het water komen.',
  ])('lets a negated vice, inclusion and a neutral keep-away pass: %s', (text) => expect(decency(text)).toEqual([]));
});

describe('a group nobody wants, a group seated apart', () => {
  it.each([
    'Niemand wil die Noren hier hebben.',
    'Zet die Vlamingen maar achterin de zaal.',
  ])('reads "niemand wil X (hier)" and a group sent to the back or apart: %s', (text) => expect(decency(text)).toContain('derogation'));
  it.each([
    'Niemand wil die Noorse jongen kwijt, hij is top.',
    'De Vlaamse gasten zaten achterin de zaal te lachen.',
  ])('lets a wish about them and a seat without a command pass: %s', (text) => expect(decency(text)).toEqual([]));
});

describe('one pupil nobody likes or wants', () => {
  const roster = [{ id: 'k9', name: 'Lotte de Wit', role: 'pupil' as const }];
  const { kinds: named } = decencyOf(roster);
  it.each([
    'Lotte moet maar verhuizen, niemand mag haar.',
    'Niemand op school wil Lotte erbij, echt niet.',
  ])('reads "niemand mag X" and "niemand wil X hier": %s', (text) => expect(named(text)).not.toEqual([]));
  it.each([
    'Niemand mag Lotte duwen, dat is de afspraak.',
    'Niemand wil Lotte missen op het kamp.',
  ])('lets a rule and a wish about her pass: %s', (text) => expect(named(text)).toEqual([]));
});

describe('a pronoun nobody wants', () => {
  it('is a thing after a thing', () => {
    expect(decency('Die oude skelter? Niemand wil hem hebben.')).toEqual([]);
  });
});
