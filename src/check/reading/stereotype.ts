/**
 * Implicit derogation by stereotype (decency, A7), read by structure: a group named, and in the
 * same clause or the next a frame that the group is made to stand for, without any judging word.
 *
 * - precaution: the group present somewhere ("er zitten X in de bus", "met al die X in de trein",
 *   "X in de straat?", "als er X …") and a precaution in the sentence or the next ("doe je tas
 *   dicht", "fiets op slot", "de politie bellen");
 * - a stock theme (money, drink, bombs, benefits, crime: `theme`) charged to the group: coordinated
 *   with it ("X en geld, …"), with a generalising adverb ("X hebben altijd …geld…", "gaan meteen
 *   van een uitkering leven"), as the purpose of their coming ("komen hier alleen om te zuipen"),
 *   or after "Een X als buurman? Dan …";
 * - control of a domain ascribed to the group ("X willen de wereld overnemen", "hebben de banken in
 *   handen");
 * - a vice noun as predicate of the group ("X zijn een stel zuipers", "vind ik X criminelen");
 * - the group kept away from children, a shop, a job: a keep-away verb, "niet/nooit/weg" and a
 *   protected place or child in the clause ("X moeten niet bij kinderen komen", "kun je beter
 *   niet in je winkel laten").
 *
 * Negation in the clause of the frame, a critique of the stereotype ("racisme", "vooroordeel"), a
 * lesson or a specific person ("mijn Poolse buurman") let it pass. The word classes are data
 * (`reading.json` `stereotype`). One pass per sentence, each token looked up once: linear.
 */
import type { TextAnalysis } from '../analysis.js';
import type { Target } from '../detectors/context.js';
import data from '../lexicon/reading.json' with { type: 'json' };
import type { StructuralHit } from './structure.js';
import type { SentenceContext } from './implicit.js';
import { personBefore, thingBefore } from './structure.js';
import { wordSet as W } from './word-sets.js';

const S = data.stereotype;
const PRECAUTION = W(S.precaution);
const THEME = W(S.theme);
const GENERALISING = W(S.generalising);
const PRESENCE = W(S.presenceVerb);
const PRESENCE_PREP = W(S.presencePrep);
const COMING = W(S.comingVerb);
const PURPOSE = W(S.purpose);
const KEEP_PLACE = W(S.keepAwayPlace);
const KEEP_VERB = W(S.keepAwayVerb);
const KEEP_NEG = W(S.keepAwayNegator);
const CONTROL = W(S.controlVerb);
const DOMAIN = W(S.controlDomain);
const VICE_PERSON = W(S.vicePerson);
const LESSON = W(S.lesson);
const IMPERATIVE_OPEN = W(S.imperativeOpen);
const UNWANTED_VERB = W(S.unwantedVerb);
const UNWANTED_AFTER = W(S.unwantedAfter);
const SEGREGATE_PLACE = W(S.segregatePlace);
const SEGREGATE_VERB = W(S.segregateVerb);
// (the critique words, less "waarom": a question may carry the stereotype)
const CRITIQUE = W(data.implicit.critique.filter((w) => w !== 'waarom'));
const NEGATORS = W(['niet', 'geen', 'nooit', 'niemand', 'niets', 'niks', 'nergens', 'hoeven', 'hoeft']);
const POSSESSIVE = W(['mijn', 'jouw', 'onze', 'ons', 'zijn', 'haar', 'hun', 'jullie', 'je', 'uw']);
const CONDITIONAL = W(['als', 'wanneer', 'zodra', 'sinds', 'waar', 'overal']);
const COPULA_OR_JUDGE = W(['zijn', 'is', 'waren', 'blijven', 'vind', 'vindt', 'vinden', 'noem', 'noemen', 'lijken']);
const INCLUSIVE = W(['ook', 'welkom', 'iedereen', 'gewoon', 'prima']);

/** The tokens of the frame kinds in one sentence. */
interface Frames {
  precaution: number;
  theme: number;
  generalising: boolean;
  coming: number;
  control: number;
  domain: number;
  vice: number;
  keepPlace: number;
  keepVerb: number;
  keepNeg: number;
}

/** A generic group at j: a group target (not one person under a possessive: "mijn Poolse buurman"). */
function genericGroup(c: SentenceContext, j: number): Target | undefined {
  const t = c.targets[j];
  if (!t || t.token !== j) return undefined;
  if (t.kind !== 'group') return undefined;
  // "mijn Poolse buurman", "onze Turkse buren": the author's own acquaintances, not the group
  if (POSSESSIVE.has(c.forms[j - 1] ?? '') || (POSSESSIVE.has(c.forms[j - 2] ?? '') && /e$/.test(c.forms[j - 1]!))) return undefined;
  return t;
}

/** Is the group at g present somewhere: "er zitten X", "met (al) die X", "X in de straat", "als (er) X …". */
function present(c: SentenceContext, g: number): boolean {
  const { forms } = c;
  const [f, l] = c.clauseSpan(g);
  // "met al die X", "met die X"
  for (let i = g - 1; i >= Math.max(f, g - 3); i--) if (forms[i] === 'met') return true;
  // "X in de straat?": a place right after the group; "de X zijn weer in het dorp"
  if (PRESENCE_PREP.has(forms[g + 1] ?? '') && g + 1 <= l) return true;
  for (let i = g + 1; i <= Math.min(l, g + 2); i++) if (PRESENCE.has(forms[i]!) && (PRESENCE_PREP.has(forms[i + 1] ?? '') || PRESENCE_PREP.has(forms[i + 2] ?? ''))) return true;
  let er = false;
  let verb = false;
  let conditional = false;
  for (let i = f; i <= l; i++) {
    const w = forms[i]!;
    if (w === 'er' || w === 'daar' || w === 'hier') er = true;
    if (PRESENCE.has(w)) verb = true;
    if (CONDITIONAL.has(w) && i < g) conditional = true;
  }
  return verb && (er || conditional);
}

/** A compound whose head is a vice noun ("sektegekken", "bijstandsprofiteurs"): two letters or more before a listed tail. */
function viceHead(w: string): boolean {
  if (w.length < 7) return false;
  for (const v of VICE_LIST) if (w.length >= v.length + 2 && w.endsWith(v)) return true;
  return false;
}

/** Every class of the reading in one map: a token costs one lookup. */
const P = { precaution: 1, theme: 2, generalising: 4, coming: 8, control: 16, domain: 32, vice: 64, keepPlace: 128, keepVerb: 256, keepNeg: 512, blocked: 1024 } as const;
const CLASS = new Map<string, number>();
const classes: [ReadonlySet<string>, number][] = [[PRECAUTION, P.precaution], [THEME, P.theme], [GENERALISING, P.generalising], [COMING, P.coming], [CONTROL, P.control], [DOMAIN, P.domain], [VICE_PERSON, P.vice], [KEEP_PLACE, P.keepPlace], [KEEP_VERB, P.keepVerb], [KEEP_NEG, P.keepNeg], [CRITIQUE, P.blocked], [LESSON, P.blocked]];
for (const [set, bit] of classes) for (const w of set) CLASS.set(w, (CLASS.get(w) ?? 0) | bit);
// (words that open the readings below the frames: the gate must not skip their sentences)
for (const w of ['niemand', 'achter', ...S.segregatePlace]) CLASS.set(w, (CLASS.get(w) ?? 0) | 2048);
const VICE_LIST = [...VICE_PERSON].filter((v) => v.length >= 5);

function scan(c: SentenceContext, s0: number, s1: number, from: number): Frames {
  const fr: Frames = { precaution: -1, theme: -1, generalising: false, coming: -1, control: -1, domain: -1, vice: -1, keepPlace: -1, keepVerb: -1, keepNeg: -1 };
  for (let j = s0; j <= s1; j++) {
    const bits = CLASS.get(c.forms[j]!) ?? 0;
    if (bits === 0) continue;
    if (bits & P.precaution && fr.precaution < 0) fr.precaution = j;
    if (bits & P.theme && fr.theme < 0) fr.theme = j;
    if (bits & P.generalising) fr.generalising = true;
    if (bits & P.coming && fr.coming < 0) fr.coming = j;
    if (bits & P.control && fr.control < 0) fr.control = j;
    if (bits & P.domain && fr.domain < 0) fr.domain = j;
    if (bits & P.vice && fr.vice < 0) fr.vice = j;
    if (bits & P.keepPlace && fr.keepPlace < 0) fr.keepPlace = j;
    if (bits & P.keepVerb && fr.keepVerb < 0) fr.keepVerb = j;
    if (bits & P.keepNeg && fr.keepNeg < 0) fr.keepNeg = j;
  }
  // a vice noun as the head of a compound, after the group only
  if (fr.vice < 0 && from >= 0) for (let j = from + 1; j <= s1 && fr.vice < 0; j++) if (viceHead(c.forms[j]!)) fr.vice = j;
  return fr;
}

function negatedClause(c: SentenceContext, k: number): boolean {
  const [f, l] = c.clauseSpan(k);
  for (let j = f; j <= l; j++) if (NEGATORS.has(c.forms[j]!)) return true;
  return false;
}

export function readStereotype(a: TextAnalysis, c: SentenceContext, hits: StructuralHit[]): void {
  const { forms, sentence } = c;
  const n = forms.length;
  let prevGroup: number = -1;
  let prevQuestion = false;
  let prevEnd = -1;
  /** A group in the sentence before (for a pronoun pointing back at it). */
  let groupBefore = false;
  for (let s0 = 0; s0 < n; ) {
    let s1 = s0;
    while (s1 + 1 < n && sentence[s1 + 1] === sentence[s0]) s1++;
    let group = -1;
    let blocked = false;
    let any = false;
    for (let j = s0; j <= s1; j++) {
      const bits = CLASS.get(forms[j]!);
      if (bits !== undefined) {
        any = true;
        if (bits & P.blocked) blocked = true;
      }
      if (group < 0 && c.targets[j] !== undefined && genericGroup(c, j)) group = j;
    }
    // nothing to read: no group here and no question with one before, or no word of any frame
    if (!any && group < 0) {
      prevGroup = -1;
      groupBefore = false;
      prevQuestion = a.isQuestion(sentence[s0]!);
      s0 = s1 + 1;
      continue;
    }
    const question = a.isQuestion(sentence[s0]!);
    const push = (g: number, k: number): void => {
      const t = c.targets[g]!;
      const first = Math.min(g, k);
      const last = Math.max(g, k);
      hits.push({ kind: 'derogation', first, last, target: t, core: { first: Math.min(k, last), last: Math.max(k, first) } });
    };
    if (!blocked) {
      const fr = scan(c, s0, s1, group);
      let done = false;
      if (group >= 0) {
        const g = group;
        const t = c.targets[g]!;
        // precaution: the group present, a precaution in the sentence (not negated)
        if (fr.precaution >= 0 && present(c, g) && !negatedClause(c, fr.precaution)) {
          push(g, fr.precaution);
          done = true;
        }
        // "X en geld", "geld en X": the theme coordinated with the group
        if (!done && fr.theme >= 0 && Math.abs(fr.theme - g) === 2 && forms[Math.min(fr.theme, g) + 1] === 'en' && !negatedClause(c, fr.theme)) {
          push(g, fr.theme);
          done = true;
        }
        // a generalising adverb and the theme; or a generic singular after an opening imperative ("Geef een X een krat bier en …")
        const generic = forms[g - 1] === 'een' && g - 2 === s0 && IMPERATIVE_OPEN.has(forms[s0]!);
        if (!done && fr.theme >= 0 && (fr.generalising || generic) && !negatedClause(c, fr.theme)) {
          push(g, fr.theme);
          done = true;
        }
        // "komen hier (alleen) om te zuipen", "zijn hier voor ons geld gekomen"
        if (!done && fr.theme >= 0 && fr.coming >= 0 && !negatedClause(c, fr.theme)) {
          let purpose = false;
          for (let j = Math.min(fr.coming, fr.theme) - 3; j <= Math.max(fr.coming, fr.theme); j++) if (j >= s0 && PURPOSE.has(forms[j]!)) purpose = true;
          if (purpose) {
            push(g, fr.theme);
            done = true;
          }
        }
        // control of a domain: "X willen de wereld overnemen", "hebben alle banken in handen"
        if (!done && fr.control >= 0 && fr.domain >= 0 && fr.control > g && !negatedClause(c, fr.control)) {
          const [f, l] = c.clauseSpan(fr.control);
          if (fr.domain >= f && fr.domain <= l && (forms[fr.control] !== 'nemen' && forms[fr.control] !== 'neemt' || forms.slice(fr.control, l + 1).includes('over')) && (!/^(kopen|koopt)$/.test(forms[fr.control]!) || forms.slice(fr.control, l + 1).includes('op'))) {
            push(g, fr.control);
            done = true;
          }
        }
        // a vice noun said of the group: "X zijn een stel zuipers", "vind ik X criminelen"
        if (!done && fr.vice > g && !negatedClause(c, fr.vice)) {
          const [f] = c.clauseSpan(fr.vice);
          let copula = false;
          for (let j = Math.max(f, s0); j < fr.vice; j++) if (COPULA_OR_JUDGE.has(forms[j]!)) copula = true;
          if (copula && c.clauseSpan(g)[0] <= fr.vice && c.clauseSpan(g)[1] >= fr.vice) {
            push(g, fr.vice);
            done = true;
          }
        }
        // kept away from children, a shop, a job: a keep-away verb, a negation or "weg", a protected place
        if (!done && fr.keepPlace >= 0 && fr.keepVerb >= 0 && fr.keepNeg >= 0) {
          // (the clause marks are coarse here: "laat die X maar niet …" opens two; a window of the sentence instead)
          const inClause = (x: number): boolean => Math.abs(x - fr.keepPlace) <= 8;
          let inclusive = false;
          for (let j = s0; j <= s1; j++) if (INCLUSIVE.has(forms[j]!)) inclusive = true;
          if (!inclusive && fr.keepPlace !== g && inClause(fr.keepVerb) && inClause(fr.keepNeg) && inClause(g)) {
            push(g, fr.keepPlace);
            done = true;
          }
        }
        void t;
      }
      // nobody wants the group: "niemand wil die X hier (hebben)", "niemand zit op ze te wachten"
      for (let i = s0; i <= s1 && !done; i++) {
        if (forms[i] !== 'niemand') continue;
        let verb = -1;
        let who = -1;
        for (let j = i + 1; j <= Math.min(s1, i + 5); j++) {
          if (forms[j] === 'dat') break;
          if (UNWANTED_VERB.has(forms[j]!) && verb < 0) verb = j;
          const t = c.targets[j];
          // a group (or a pronoun for one), or one person: "niemand mag haar", "niemand wil Fleur hier"
          // (a pronoun only for a person or group before it, not for a thing: "die fiets? niemand wil hem")
          if (who < 0 && t && (t.kind === 'group' || t.kind === 'name' || (t.kind === 'third' && (group >= 0 || groupBefore || personBefore(a, j)) && !thingBefore(a, j)))) who = j;
        }
        if (verb < 0 || who < 0) continue;
        // another verb after it makes it a wish about them ("niemand wil die jongen missen")
        const end = Math.max(verb, who) + 1;
        // (a comma closes the clause: "niemand mag Mees, hij …")
        if (end <= s1 && !UNWANTED_AFTER.has(forms[end]!) && !a.source.slice(a.tokens[end - 1]!.end, a.tokens[end]!.start).includes(',')) continue;
        hits.push({ kind: 'derogation', first: Math.min(i, who), last: Math.max(verb, who), target: c.targets[who]!, core: { first: i, last: Math.max(verb, who) } });
        done = true;
      }
      // a group seated apart: "zet die X maar achteraan", "laat de X maar apart zitten", "moeten achter in de kantine zitten"
      if (!done && group >= 0) {
        let place = -1;
        let verb = false;
        for (let j = s0; j <= s1; j++) {
          if (place < 0 && Math.abs(j - group) <= 6 && (SEGREGATE_PLACE.has(forms[j]!) || (forms[j] === 'achter' && forms[j + 1] === 'in'))) place = j;
          if (SEGREGATE_VERB.has(forms[j]!)) verb = true;
        }
        if (place >= 0 && verb && !negatedClause(c, place)) {
          push(group, place);
          done = true;
        }
      }
      // "Albanezen in de straat? Dan sluit ik de schuur af." / "Een X als buurman? Dan weet je wel …bommen…"
      if (!done && prevGroup >= 0 && prevQuestion && forms[s0] === 'dan') {
        const k = fr.precaution >= 0 ? fr.precaution : fr.theme;
        if (k >= 0 && !negatedClause(c, k)) {
          hits.push({ kind: 'derogation', first: prevGroup, last: k, target: c.targets[prevGroup]!, core: { first: s0, last: k } });
          done = true;
        }
      }
    }
    groupBefore = group >= 0;
    // the question before this sentence, with the group in a presence or role frame ("een X als buurman")
    prevGroup = -1;
    if (!blocked && question && group >= 0 && s1 - s0 <= 6) prevGroup = group;
    prevQuestion = question;
    prevEnd = s1;
    s0 = s1 + 1;
  }
  void prevEnd;
}
