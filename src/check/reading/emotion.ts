/**
 * Strong negative emotion of the author at a group (decency, A7), by word class and clause
 * structure (data: `lexicon/reading.json` `emotion`):
 *
 * - the group causes it: "X maken me kotsziek", "X staan me (zo) tegen" (a separable verb with its
 *   particle later in the clause);
 * - the author feels it from the group: "van X word ik pissig", "ik word woest van al die X";
 * - a conditional perception: "als ik een X zie, word ik er doodziek van";
 * - a fronted group resumed by a pronoun: "X, ik heb er een hekel aan", "X, daar krijg ik jeuk van";
 * - a disgust interjection beside a group in a verbless fragment: "Bah, X.", "X en hun …, bah".
 *
 * An emotion adjective is read by its lemma, also glued onto an intensifying prefix ("kotsziek",
 * "doodziek"). A negation in the clause of the emotion lets it pass; emotion about an event or a
 * thing has no group to be aimed at ("van die busreis word ik misselijk").
 */
import type { TextAnalysis } from '../analysis.js';
import type { Target } from '../detectors/context.js';
import data from '../lexicon/reading.json' with { type: 'json' };
import type { StructuralHit } from './structure.js';
import { B_CAUSE, B_COND, B_INTERJ, B_RESUMP, B_VAN, harmTriggers, type HarmContext } from './harm.js';
import { wordSet as W } from './word-sets.js';

const E = data.emotion;
const ADJ = W(E.adjective);
const PREFIX = E.prefix;
const NOUN = W([...E.noun, ...data.aversion.words]);
const SEPARABLE: ReadonlyMap<string, string> = new Map(E.separable.map(([v, p]) => [v!, p!]));
const INTERJECTION = W(E.interjection);
const PERCEIVE = W(E.perceive);
const RESUMPTIVE = W(E.resumptive);
const NEGATOR = W(['niet', 'geen', 'nooit', 'niemand', 'niets', 'niks', 'nergens']);
const FIRST = W(['ik', 'we', 'wij', 'me', 'mij', 'ikke']);
const DET = W(['de', 'het', 'een', 'die', 'deze', 'dat', 'dit', 'zon', 'al', 'alle', 'zulke', 'van']);
const FILLER = W(['zo', 'echt', 'heel', 'erg', 'gewoon', 'al', 'altijd', 'zon', 'ontzettend', 'vreselijk', 'enorm', 'mateloos', 'helemaal', 'compleet', 'toch', 'nou', 'wel', 'ook', 'super', 'mega', 'hartstikke', 'gruwelijk', 'ontzettende', 'gruwelijke', 'vreselijke', 'enorme', 'grote', 'een']);
const PREP = W(['over', 'met', 'door', 'op', 'in', 'aan', 'naar', 'tegen', 'voor', 'bij', 'onder', 'uit', 'om', 'zonder', 'tussen', 'naast']);
const CONDITIONAL = W(['als', 'wanneer', 'zodra', 'telkens', 'elke', 'iedere']);
const CAUSE = W(['maken', 'maakt', 'maakten', 'maakte', 'worden', 'word', 'wordt']);

/** An emotion adjective by its form: listed (with "-e"), or glued onto an intensifying prefix ("kotsziek"); cached per word. */
const adjCache = new Map<string, boolean>();
export function emotionAdjective(w: string): boolean {
  if (w.length < 4) return false;
  let r = adjCache.get(w);
  if (r === undefined) {
    const base = w.endsWith('e') && ADJ.has(w.slice(0, -1)) ? w.slice(0, -1) : w;
    r = ADJ.has(base);
    for (const p of PREFIX) if (!r && base.length > p.length + 3 && base.startsWith(p) && ADJ.has(base.slice(p.length))) r = true;
    if (adjCache.size > 10_000) adjCache.clear();
    adjCache.set(w, r);
  }
  return r;
}

function groupAt(c: HarmContext, j: number): Target | undefined {
  const t = c.targets[j];
  return t && t.kind === 'group' ? t : undefined;
}

/** A group within three words after k, over determiners and fillers ("van al die X"). */
function groupAfter(a: TextAnalysis, c: HarmContext, k: number): Target | undefined {
  for (let j = k + 1; j <= k + 4 && j < c.forms.length && a.tokens[j]!.sentence === a.tokens[k]!.sentence; j++) {
    const t = groupAt(c, j);
    if (t) return t;
    if (!DET.has(c.forms[j]!) && !FILLER.has(c.forms[j]!) && !/e$/.test(c.forms[j]!)) return undefined;
  }
  return undefined;
}

function negatedIn(c: HarmContext, f: number, l: number): boolean {
  for (let j = f; j <= l; j++) if (NEGATOR.has(c.forms[j]!)) return true;
  return false;
}

/** The stomach turning in [lo, hi], or −1. */
function stomachIn(c: HarmContext, lo: number, hi: number): number {
  for (let j = lo; j <= hi; j++) if (stomachTurns(c, j, lo, hi)) return j;
  return -1;
}

/** An emotion adjective in [lo, hi] other than at skip, or −1. */
function emotionFrom(c: HarmContext, lo: number, hi: number, skip: number): number {
  for (let j = lo; j <= hi; j++) if (j !== skip && emotionAdjective(c.forms[j]!)) return j;
  return -1;
}

/** Does the clause [f, l] hold an emotion word (an adjective, a noun of aversion, a hate verb)? Its index, or −1. */
function emotionIn(a: TextAnalysis, c: HarmContext, f: number, l: number): number {
  for (let j = f; j <= l; j++) {
    const w = c.forms[j]!;
    if (emotionAdjective(w) || NOUN.has(w) || a.has(j, 'hateVerb') || stomachTurns(c, j, f, l)) return j;
  }
  return -1;
}

const STOMACH = W(E.stomach.noun);
const TURN = W(E.stomach.verb);
/** "mijn maag draait (zich) om", "gaat mijn maag draaien": the stomach at j and a verb of turning in [f, l]. */
function stomachTurns(c: HarmContext, j: number, f: number, l: number): boolean {
  if (!STOMACH.has(c.forms[j]!)) return false;
  for (let i = Math.max(f, j - 3); i <= Math.min(l, j + 5); i++) if (i !== j && TURN.has(c.forms[i]!)) return true;
  return false;
}
/** A first person, or "mijn" before the stomach ("mijn maag draait om"), in [f, l]. */
function firstIn(c: HarmContext, f: number, l: number): boolean {
  for (let j = f; j <= l; j++) if (FIRST.has(c.forms[j]!) || (c.forms[j] === 'mijn' && STOMACH.has(c.forms[j + 1] ?? ''))) return true;
  return false;
}
/** Emoji between two words (a set-off like a comma: "polen in onze straat 🤢🤢 ik word er …"). */
const SET_OFF = /[,;:\u{1F300}-\u{1FAFF}\u{2600}-\u{27BF}]/u;

const ABILITY = W(['kan', 'kon', 'kun']);
const AVERSE_VERB = W(E.averseVerb);
const OBJECT_PRONOUN = W(['ze', 'hen', 'hun', 'die']);
const STOP = /[.?!:;]/;
/**
 * 6. A group named on its own (a fragment or a question set off by a full stop, "?" or ":") and,
 * after it, the author's aversion: "Moslims. Ik kan ze niet eens aankijken", "Hindoes? Ik kan ze
 * echt niet uitstaan" (a negated verb of bearing with "ze" for the group), or a verbless noun of
 * aversion ("Wat ik van X vind? Walging."). Linear: one pass, a bounded look back per trigger.
 */
function readSetOffAversion(a: TextAnalysis, c: HarmContext, push: (t: Target, first: number, last: number) => void): void {
  const { forms } = c;
  const n = forms.length;
  const setOffGroup = (k: number): Target | undefined => {
    for (let j = k - 1; j >= Math.max(0, k - 10); j--) {
      const g = groupAt(c, j);
      if (!g || j + 1 >= n) continue;
      // the group's noun phrase ends at a stop within two words ("Moslims.", "homo's?", "die X uit groep 8.")
      for (let e = j; e <= Math.min(k - 1, j + 3); e++) if (STOP.test(a.source.slice(a.tokens[e]!.end, a.tokens[e + 1]!.start))) return g;
      return undefined;
    }
    return undefined;
  };
  for (let k = 1; k < n; k++) {
    const w = forms[k]!;
    if (ABILITY.has(w) && FIRST.has(forms[k - 1]!) && OBJECT_PRONOUN.has(forms[k + 1] ?? '')) {
      let neg = false;
      let verb = -1;
      for (let j = k + 2; j <= Math.min(n - 1, k + 6) && verb < 0; j++) {
        if (NEGATOR.has(forms[j]!)) neg = true;
        else if (neg && AVERSE_VERB.has(forms[j]!)) verb = j;
        else if (!FILLER.has(forms[j]!) && forms[j] !== 'eens' && forms[j] !== 'meer') break;
      }
      const g = verb >= 0 ? setOffGroup(k - 1) : undefined;
      if (g) push(g, k - 1, verb);
    } else if (NOUN.has(w) && /^(walging|afkeer|weerzin|haat|hekel|gruwel)$/.test(w)) {
      // a verbless noun of aversion in its own clause ("Walging, gewoon walging.", "pure afkeer.")
      const [f, l] = c.clauseSpan(k);
      if (l - f > 3) continue;
      const g = setOffGroup(f);
      if (g && firstIn(c, Math.max(0, g.token - 5), g.token)) push(g, k, k);
    }
  }
}

export function readEmotion(a: TextAnalysis, c: HarmContext, hits: StructuralHit[]): void {
  const { forms } = c;
  const n = forms.length;
  const push = (t: Target, first: number, last: number): void => {
    hits.push({ kind: 'hate', first: Math.min(first, t.token), last: Math.max(last, t.token), target: t, core: { first, last } });
  };
  readSetOffAversion(a, c, push);
  const T = harmTriggers(a);
  for (const k of T.list) {
    if (!(T.mask[k]! & (B_CAUSE | B_VAN | B_COND | B_RESUMP | B_INTERJ))) continue;
    const w = forms[k]!;
    const s = a.tokens[k]!.sentence;
    // 1. the group as the cause: "X maken me kotsziek", "X staan me zo tegen"
    if ((CAUSE.has(w) || SEPARABLE.has(w)) && (forms[k + 1] === 'me' || forms[k + 1] === 'mij')) {
      const [f, l] = c.clauseSpan(k);
      let subj: Target | undefined;
      // the subject, not the object of a preposition ("Die haatberichten over X maken me boos")
      for (let j = k - 1; j >= f && j >= k - 3 && !subj; j--) if (!PREP.has(forms[j - 1] ?? '') && !(DET.has(forms[j - 1] ?? '') && PREP.has(forms[j - 2] ?? ''))) subj = groupAt(c, j);
      if (!subj || negatedIn(c, f, l)) continue;
      const particle = SEPARABLE.get(w);
      let found = -1;
      for (let j = k + 2; j <= l && j <= k + 5; j++) if (particle ? forms[j] === particle && (j === l || forms[j + 1] === 'bah') : emotionAdjective(forms[j]!)) found = j;
      if (found >= 0) push(subj, k, found);
      continue;
    }
    // 2. felt from the group: "van (al) die X word ik pissig", "ik word woest van X"
    if (w === 'van' || w === 'bij') {
      const g = groupAfter(a, c, k);
      if (!g) continue;
      const [f, l] = c.clauseSpan(k);
      const [gf, gl] = c.clauseSpan(g.token);
      // the clause of "van" and the group, else the clause right after it ("van X, daar word ik …")
      let lo = Math.min(f, gf);
      let hi = Math.max(l, gl);
      let emo = emotionFrom(c, lo, hi, g.token);
      if (emo < 0) emo = stomachIn(c, lo, hi);
      if (emo < 0 && hi + 1 < n && a.tokens[hi + 1]!.sentence === s) {
        [lo, hi] = c.clauseSpan(hi + 1);
        emo = emotionFrom(c, lo, hi, g.token);
        if (emo < 0) emo = stomachIn(c, lo, hi);
      }
      const first = firstIn(c, Math.min(lo, f), hi);
      if (first && emo >= 0 && !negatedIn(c, lo, hi)) push(g, Math.min(k, emo), Math.max(k, emo));
      continue;
    }
    // 3. a conditional perception: "als ik een X zie, word ik er doodziek van"
    if (CONDITIONAL.has(w) && (k === 0 || a.tokens[k - 1]!.sentence !== s || a.tokens[k - 1]!.clause !== a.tokens[k]!.clause)) {
      const [, l] = c.clauseSpan(k);
      let first = false;
      let seen = -1;
      let g: Target | undefined;
      for (let j = k + 1; j <= l && seen < 0; j++) {
        if (FIRST.has(forms[j]!)) first = true;
        if (PERCEIVE.has(forms[j]!)) seen = j;
        g ??= groupAt(c, j);
      }
      if (!first || seen < 0 || !g || seen + 1 >= n || a.tokens[seen + 1]!.sentence !== s) continue;
      // the main clause after the perception verb ("…, word ik er ziek van"; also without a comma)
      const mf = seen + 1;
      const ml = c.clauseSpan(mf)[1];
      const emo = emotionIn(a, c, mf, ml);
      if (emo >= 0 && !negatedIn(c, mf, ml)) push(g, k, emo);
      continue;
    }
    // 4. a fronted group resumed by a pronoun: "X, ik heb er een hekel aan", "X, daar krijg ik jeuk van"
    if (RESUMPTIVE.has(w) && k > 0) {
      let [f, l] = c.clauseSpan(k);
      const [sf] = a.sentenceTokens(s);
      // a set-off the clause index did not take (emoji: "polen in onze straat 🤢🤢 ik word er …"): the clause opens after it
      const f0 = f;
      if (f === sf || !SET_OFF.test(a.source.slice(a.tokens[f - 1]!.end, a.tokens[f]!.start))) for (let j = k; j > Math.max(f0, sf) && f === f0; j--) if (SET_OFF.test(a.source.slice(a.tokens[j - 1]!.end, a.tokens[j]!.start))) f = j;
      if (f === 0 || a.tokens[f - 1]!.sentence !== s) continue;
      // the sentence opens with the group, set off by a comma or emoji ("Marokkanen, …", "Polen in onze straat 🤢 …")
      if (!SET_OFF.test(a.source.slice(a.tokens[f - 1]!.end, a.tokens[f]!.start))) continue;
      if (l < k) l = c.clauseSpan(k)[1];
      let g: Target | undefined;
      let gAt = -1;
      for (let j = sf; j < f && j <= sf + 2 && !g; j++) {
        g = groupAt(c, j);
        if (g) gAt = j;
      }
      // the group as a noun phrase, or with a relative clause of its own ("homo's die zoenen op tv 🤮 …")
      if (!g || !(nounPhrase(a, c, sf, f - 1) || (forms[gAt + 1] === 'die' && gAt + 2 < f))) continue;
      const first = firstIn(c, f, l);
      const emo = emotionIn(a, c, f, l);
      // "ik kan ze niet uitstaan / luchten / verdragen": the negation is the aversion
      let denied = false;
      for (let j = emo; emo >= 0 && j <= Math.min(l, emo + 2); j++) if (a.has(j, 'hateVerb') && /^(uitstaan|luchten|verdragen|velen|hebben|zien)$/.test(forms[j]!)) denied = true;
      if (first && emo >= 0 && (denied || !negatedIn(c, f, l))) push(g, Math.min(k, emo), Math.max(k, emo));
      continue;
    }
    // 5. a disgust interjection beside a group in a verbless fragment: "Bah, X.", "Gadver, X. …", "X en hun …, bah"
    if (INTERJECTION.has(w) && w !== 'walgelijk') {
      for (const s2 of [s, s - 1, s + 1]) {
        if (s2 < 0 || s2 >= a.sentenceCount) continue;
        const [sf, sl] = a.sentenceTokens(s2);
        const g = fragmentGroup(a, c, sf, sl, k);
        if (g) {
          push(g, k, k);
          break;
        }
      }
    }
  }
}

/** A group in a clause of the sentence [sf, sl] that holds no verb: only determiners, adjectives, "en"/"met", possessives and a noun after them. */
function fragmentGroup(a: TextAnalysis, c: HarmContext, sf: number, sl: number, skip: number): Target | undefined {
  const { forms } = c;
  let j = sf;
  while (j <= sl) {
    const [f, l0] = c.clauseSpan(j);
    const l = Math.min(l0, sl);
    let g: Target | undefined;
    let ok = true;
    for (let i = f; i <= l && ok; i++) {
      if (i === skip) continue;
      const w = forms[i]!;
      const t = groupAt(c, i);
      if (t) {
        g ??= t;
        continue;
      }
      if (DET.has(w) || /^(en|met|hun|zijn|haar|jullie|hier|daar|zo|echt|allemaal)$/.test(w) || INTERJECTION.has(w) || /e$/.test(w)) continue;
      // a noun after a possessive or an adjective ("hun smerige gewoontes")
      if (i > f && (/^(hun|zijn|haar|jullie)$/.test(forms[i - 1]!) || /e$/.test(forms[i - 1]!)) && !a.has(i, 'copula')) continue;
      ok = false;
    }
    if (ok && g) return g;
    j = l0 + 1;
  }
  return undefined;
}

/** Is [f, l] a noun phrase without a verb: targets, determiners, adjectives, prepositions, and a noun right after one of them ("Polen in onze straat", "Vrouwen met een hoofddoek")? */
function nounPhrase(a: TextAnalysis, c: HarmContext, f: number, l: number): boolean {
  const { forms } = c;
  const opener = (j: number): boolean => DET.has(forms[j]!) || PREP.has(forms[j]!) || /^(onze|ons|hun|jullie|mijn|zijn|haar|van)$/.test(forms[j]!) || /e$/.test(forms[j]!);
  for (let j = f; j <= l; j++) {
    if (c.targets[j] || opener(j)) continue;
    if (j > f && opener(j - 1)) continue;
    return false;
  }
  return true;
}
