/**
 * Exclusion of one person organised by a group (#9, person level; decency, A7 "pesten,
 * buitensluiten"), read by structure from word classes (`lexicon/exclusion.json`):
 *
 * 1. a vote over a person: a poll marker in the text ("poll:", "stemmen", "wie is er voor", a
 *    thumbs-up scale) and, in a sentence, a named person with their removal ("moet Noah uit het
 *    team?", "dat Lotte niet meer in de app zit") — kind `exclusion`; or a question "wie is de …"
 *    with a negative superlative ("de stomste", "de irritantste") and a person named in the text
 *    as the answer — kind `insult`;
 * 2. ostracism: a verb of ignoring or shutting out ("negeren", "doodzwijgen", "buitensluiten"), or
 *    an idiom with "laten" ("links laten liggen", "laten wegrotten"), with a person in its clause and
 *    a group acting ("we", "iedereen", "met z'n allen"); a split "nodigt … uit" under "niemand" or a
 *    negation with a person;
 * 3. the exclusion enforced: a condition of siding with a named person ("wie hem terugzet", "als
 *    iemand met haar praat") with an expulsion as its consequence ("ligt er zelf ook uit", "hoort er
 *    ook niet meer bij").
 *
 * What lets a sentence pass: no person (a poll over food, a rule of a game: "wie de bal over het
 * hek schiet, ligt eruit"), a negation of the ostracism ("we sluiten niemand buiten"), a participle
 * (a report: "ik werd genegeerd"), a vote without a removal or a negative superlative.
 *
 * Cost: one memoised class lookup per token; a sentence is read only when it holds a class of
 * the reading (the cheap trigger), with a bounded look around each trigger word.
 */
import type { TextAnalysis } from '../analysis.js';
import type { Target } from '../detectors/context.js';
import data from '../lexicon/exclusion.json' with { type: 'json' };
import bullying from '../lexicon/bullying.json' with { type: 'json' };
import { fm, infos, personBefore, targetsOf, type StructuralHit } from './structure.js';
import { classMask } from './word-sets.js';

const K = {
  vote: 1,
  removal: 2,
  ostracise: 4,
  collective: 8,
  invite: 16,
  sideWith: 32,
  expelVerb: 64,
  expelOut: 128,
  inGroup: 256,
} as const;
const D = data.classes;
const classOf = classMask([
  [D.vote, K.vote],
  [D.removal, K.removal],
  [D.ostracise, K.ostracise],
  [D.collective, K.collective],
  [D.invitePrefix, K.invite],
  [D.sideWith, K.sideWith],
  [{ words: D.expelled.verbs }, K.expelVerb],
  [{ words: D.expelled.out }, K.expelOut],
  [bullying.classes.inGroup, K.inGroup],
]);
const VOTE_EMOJI: ReadonlySet<string> = new Set(D.voteEmoji.words);
const IDIOMS: readonly (readonly [string, string])[] = D.ostracisePhrase.pairs.map((p) => [p[0]!, p[1]!] as const);
const IDIOM_WORDS: ReadonlySet<string> = new Set(IDIOMS.map((p) => p[0]));
const ONE_PERSON: ReadonlySet<string> = new Set(bullying.classes.onePerson.words);
/** The negator word class (`bullying.json` `negator`) without "nergens", as this reading has always read it. */
const NEGATOR: ReadonlySet<string> = new Set(bullying.classes.negator.words.filter((w) => w !== 'nergens'));
const TRIGGER = K.vote | K.ostracise | K.invite | K.sideWith;

let scratch = new Int32Array(256);

export function readExclusionVotes(a: TextAnalysis, authorId?: string): (StructuralHit & { kind: 'insult' } | Omit<StructuralHit, 'kind'> & { kind: 'exclusion' })[] {
  const hits: (StructuralHit & { kind: 'insult' } | Omit<StructuralHit, 'kind'> & { kind: 'exclusion' })[] = [];
  const tokens = a.tokens;
  const n = tokens.length;
  if (n === 0) return hits;
  const forms = fm(a);
  if (scratch.length < n) scratch = new Int32Array(n * 2);
  const cls = scratch;
  let any = 0;
  let asked = false;
  for (let k = 0; k < n; k++) {
    cls[k] = classOf(forms[k]!);
    if (IDIOM_WORDS.has(forms[k]!)) cls[k]! |= K.ostracise;
    any |= cls[k]!;
    if (!asked && forms[k] === 'wie' && a.isQuestion(tokens[k]!.sentence)) asked = true;
  }
  // the emoji of a poll count only with a question asked of everyone ("wie …?"): the text is scanned for them only then
  const emojiVote = asked && !(any & K.vote) && voteEmoji(a.source);
  if (!(any & TRIGGER) && !emojiVote) return hits;
  const info = infos(a);
  const targets = targetsOf(a, authorId);
  const F = (k: number): string => (k >= 0 && k < n ? forms[k]! : '');
  const is = (k: number, bit: number): boolean => k >= 0 && k < n && (cls[k]! & bit) !== 0;
  const sameClause = (i: number, j: number): boolean => i >= 0 && j >= 0 && i < n && j < n && tokens[i]!.clause === tokens[j]!.clause;
  const person = (k: number): Target | undefined => {
    const t = targets[k];
    if (!t || t.token !== k) return undefined;
    if (t.kind === 'name') return t;
    if (t.kind === 'person') return ONE_PERSON.has(F(k)) ? t : undefined;
    if (t.kind === 'third') return /^(hem|haar|hij|zij|ze|ie)$/.test(F(k)) && personBefore(a, k, authorId) ? t : undefined;
    return undefined;
  };
  // a poll word, or the emoji of a poll with a question asked of everyone ("wie …?")
  let voting = (any & K.vote) !== 0 || emojiVote;
  // "wie is er voor …": the question of a vote
  for (let k = 0; k + 3 < n && !voting; k++) if (forms[k] === 'wie' && forms[k + 1] === 'is' && forms[k + 2] === 'er' && forms[k + 3] === 'voor') voting = true;

  for (let s = 0; s < a.sentenceCount; s++) {
    const [f, l] = a.sentenceTokens(s);
    let mask = 0;
    for (let k = f; k <= l; k++) mask |= cls[k]!;
    const before = hits.length;
    if (voting) readVote(s, f, l);
    if (hits.length === before && mask & (K.ostracise | K.invite)) readOstracism(f, l);
    if (hits.length === before && mask & K.sideWith && mask & K.expelVerb) readEnforced(f, l);
  }
  return hits;

  function negatedBefore(f: number, k: number, window = 4): boolean {
    for (let j = k - 1; j >= f && j >= k - window && sameClause(j, k); j--) if (NEGATOR.has(F(j))) return true;
    return false;
  }

  /** A group right after k, over an article or possessive: "uit de app", "uit het voetbalteam". */
  function groupAfter(k: number): boolean {
    let j = k + 1;
    if (/^(de|het|onze|ons|jullie|die|dat|deze)$/.test(F(j))) j++;
    if (is(j, K.inGroup)) return true;
    const w = F(j);
    return w.length > 5 && /(team|groep|app|club|klas|clubje|groepje)$/.test(w);
  }

  /** A vote over a named person's removal, or over who is the worst with a person as the answer. */
  function readVote(s: number, f: number, l: number): void {
    for (let k = f; k <= l; k++) {
      const p = person(k);
      if (!p) continue;
      // removal: "moet Noah eruit", "Noah uit de app", "dat Lotte niet meer in de groep zit"
      for (let j = Math.max(f, k - 3); j <= Math.min(l, k + 6); j++) {
        if (j === k) continue;
        // ("uit" only before the group it removes from: "uit het (voetbal)team", not "ziet er slim uit")
        const out = is(j, K.removal) && (F(j) !== 'uit' || groupAfter(j));
        const noLonger = F(j) === 'meer' && F(j - 1) === 'niet' && j > k && (is(j + 1, K.inGroup) || F(j + 1) === 'in' || F(j + 1) === 'bij' || F(j + 1).startsWith('mee'));
        if ((out && j > k) || noLonger || (out && F(j - 1) === 'moet')) {
          hits.push({ kind: 'exclusion', first: Math.min(j, k), last: Math.max(j, k), target: p, core: { first: Math.min(j, k), last: Math.max(j, k) } });
          return;
        }
      }
    }
    // "wie is de stomste van de klas? ik stem op Bram": a negative superlative asked, a person as the answer
    if (!a.isQuestion(s)) return;
    // "wie" opening a clause of the question ("stemronde: wie is …")
    let w = -1;
    for (let k = f; k <= l && w < 0; k++) if (F(k) === 'wie' && (k === f || !sameClause(k - 1, k))) w = k;
    if (w < 0) return;
    let worst = -1;
    for (let k = w + 1; k <= l && k <= w + 4; k++) if (info[k]!.degree === 2 && (info[k]!.judge || info[k]!.polarity < 0) && !info[k]!.positive) worst = k;
    if (worst < 0) return;
    const to = s + 1 < a.sentenceCount ? a.sentenceTokens(s + 1)[1] : l;
    for (let k = l + 1; k <= to; k++) {
      const p = person(k);
      if (p) {
        hits.push({ kind: 'insult', first: worst, last: k, target: p, core: { first: worst, last: worst } });
        return;
      }
    }
  }

  /** A group ignoring or shutting out a person, or "niemand nodigt X uit". */
  function readOstracism(f: number, l: number): void {
    for (let k = f; k <= l; k++) {
      if (!is(k, K.ostracise | K.invite)) continue;
      // the idioms need their second word and "laten" in the clause: "laat hem links liggen"
      if (IDIOM_WORDS.has(F(k))) {
        const pair = IDIOMS.find((p) => p[0] === F(k))!;
        let second = false;
        let laten = false;
        for (let j = Math.max(f, k - 6); j <= Math.min(l, k + 3); j++) {
          if (!sameClause(j, k)) continue;
          if (F(j) === pair[1] && j !== k) second = true;
          if (/^(laten|laat|laten|liet|lieten)$/.test(F(j))) laten = true;
        }
        if (!second || !laten) continue;
      }
      const invite = is(k, K.invite);
      if (invite) {
        // the particle later in the clause: "nodigt … uit"
        let particle = false;
        for (let j = k + 1; j <= Math.min(l, k + 6) && sameClause(j, k); j++) if (F(j) === 'uit') particle = true;
        if (!particle) continue;
      }
      let p: Target | undefined;
      let group = false;
      let negated = false;
      for (let j = Math.max(f, k - 6); j <= Math.min(l, k + 5); j++) {
        if (!sameClause(j, k) && !(j < k && F(j) === 'allen' && F(j - 1) === 'zn')) continue;
        if (!p && j !== k) p = person(j);
        if (is(j, K.collective) || (F(j) === 'zn' && F(j + 1) === 'allen')) group = true;
        if (j < k && NEGATOR.has(F(j)) && F(j) !== 'niemand') negated = true;
      }
      if (!p) continue;
      if (invite) {
        // "niemand nodigt X uit", "we nodigen X niet uit"
        let nobody = false;
        for (let j = Math.max(f, k - 3); j <= Math.min(l, k + 6) && !nobody; j++) if (sameClause(j, k) && (F(j) === 'niemand' || (F(j) === 'niet' && j > k))) nobody = true;
        if (!nobody) continue;
      } else {
        if (!group || negated || negatedBefore(f, k) || F(k + 1) === 'niet' || F(k + 1) === 'niemand') continue;
        // "niemand negeert …" is no call to ignore
        let nobody = false;
        for (let j = Math.max(f, k - 4); j < k; j++) if (F(j) === 'niemand') nobody = true;
        if (nobody) continue;
      }
      hits.push({ kind: 'exclusion', first: Math.min(k, p.token), last: Math.max(k, p.token), target: p, core: { first: k, last: k } });
      return;
    }
  }

  /** "wie hem terugzet, vliegt er zelf ook uit", "als iemand met haar praat, hoort die er ook niet meer bij". */
  function readEnforced(f: number, l: number): void {
    for (let k = f; k <= l; k++) {
      if (!(F(k) === 'wie' || (F(k) === 'iemand' && F(k - 1) === 'als'))) continue;
      let side = -1;
      let p: Target | undefined;
      for (let j = k + 1; j <= Math.min(l, k + 6) && sameClause(j, k); j++) {
        if (is(j, K.sideWith)) side = j;
        p ??= person(j);
      }
      if (side < 0 || !p) continue;
      // the consequence after the condition: a verb of the class and an "out" word with "er/eruit" or "niet (meer)"
      for (let v = side + 1; v <= l; v++) {
        if (!is(v, K.expelVerb)) continue;
        let er = false;
        let not = false;
        for (let j = v + 1; j <= Math.min(l, v + 6); j++) {
          if (F(j) === 'er' || F(j) === 'eruit') er = true;
          if (F(j) === 'niet') not = true;
          if (is(j, K.expelOut) && (er || F(j) === 'eruit') && (F(j) !== 'bij' && F(j) !== 'mee' && F(j) !== 'erbij' ? true : not)) {
            hits.push({ kind: 'exclusion', first: k, last: j, target: p, core: { first: side, last: j } });
            return;
          }
        }
      }
    }
  }
}

/** A thumbs or raised-hand emoji in the text: the chars scanned, a string built only at a surrogate pair. */
function voteEmoji(src: string): boolean {
  for (let i = 0; i < src.length - 1; i++) {
    const c = src.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff) continue;
    if (VOTE_EMOJI.has(src.slice(i, i + 2))) return true;
    i++;
  }
  return false;
}
