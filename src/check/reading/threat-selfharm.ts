/**
 * Self-harm urged and death wished on someone (decency, A7; #9, reading7a), by structure and word class
 * (`lexicon/reading.json` `selfHarm`):
 *
 * - an imperative of a self-harm act addressed to someone: the verb opening its clause (or after a name, "toch",
 *   "maar", "gewoon"), with what makes the act harm — a height after "van/uit/af" ("spring toch van het dak"), a
 *   vehicle after "voor/onder", a substance or pills in a dose ("slik maar een handvol pillen", "drink bleek"), a
 *   body part cut ("snij in je polsen"), oneself hanged ("hang jezelf op"); a riddance in the sentence ("dan zijn
 *   we van je af", "niemand komt je redden") lets a jump from anything or pills without a dose count;
 * - a wish that someone lies dead or falls ill to death: a wish word ("hopelijk", "ik hoop", "mag van mij", "wat mij
 *   betreft") and a state of death ("onder de grond liggen", "dood neervallen", "doodziek", "nooit meer wakker")
 *   with someone else as its subject (a name, a person, "je").
 *
 * Advice with a reason or condition ("als je hoofdpijn hebt", "na het eten"), a report ("de juf zei: …"), a
 * get-well wish, a negation, a question pass. One pass over the words as a gate; each sentence once.
 */
import type { TextAnalysis } from '../analysis.js';
import type { Target } from '../detectors/context.js';
import data from '../lexicon/reading.json' with { type: 'json' };
import type { StructuralHit } from './structure.js';
import type { ThreatContext } from './threat.js';
import { wordSet as W } from './word-sets.js';
import { harmFormOf } from './words.js';

const H = data.selfHarm;
const JUMP = W(H.jumpVerb);
const HEIGHT = W(H.height);
const VEHICLE = W(H.vehicle);
const TAKE = W(H.takeVerb);
const SUBSTANCE = W(H.substance);
const PILLS = W(H.pills);
const DOSE = W(H.dose);
const CUT = W(H.cutVerb);
const CUT_PART = W(H.cutPart);
const HANG = W(H.hangVerb);
const BENIGN = W(H.benign);
const WISH = W(H.wishWord);
const GET_WELL = W(H.getWell);
const NEGATOR = W(['niet', 'geen', 'nooit', 'niemand', 'niets', 'niks']);
const FIRST = W(['ik', 'we', 'wij', 'me', 'mij', 'mezelf', 'mijzelf', 'ons']);
const REPORT = W(['zei', 'zegt', 'zeggen', 'zeiden', 'vertelde', 'riep', 'schreef', 'las', 'adviseerde', 'zeg']);
const OPENER = W(['toch', 'maar', 'gewoon', 'nou', 'even', 'eens', 'lekker', 'ga', 'jij']);
const CONDITION = W(['als', 'wanneer', 'zodra', 'indien', 'tegen', 'bij', 'na', 'voor']);
/** What the act needs (a height, vehicle, substance, pills, a body part to cut, "jezelf"), and the words that open a state of death. */
const OBJECT = W([...H.height, ...H.vehicle, ...H.substance, ...H.pills, ...H.cutPart, 'jezelf']);
const DEATH_KEY = W([...H.deathState.map((p) => p[0]!), 'dood', 'creperen', 'crepeer', 'creperen', 'sterven', 'sterf', 'sterft', 'doodvallen', 'doodgaan', 'verrekken', 'verrek', 'verrekt']);

const G_OBJECT = 1, G_VERB = 2, G_WISH = 4, G_DEATH = 8;
/** The gate's class bits of a word form: an act's object or verb, a wish, a word of death. */
const GATE_BITS = new Map<string, number>();
const gate = (ws: Iterable<string>, b: number): void => {
  for (const w of ws) GATE_BITS.set(w, (GATE_BITS.get(w) ?? 0) | b);
};
gate(OBJECT, G_OBJECT);
gate([...JUMP, ...TAKE, ...CUT, ...HANG], G_VERB);
gate(WISH, G_WISH);
gate(DEATH_KEY, G_DEATH);

function phraseList(list: readonly (readonly string[])[]): Map<string, string[][]> {
  const m = new Map<string, string[][]>();
  for (const p of list) m.set(p[0]!, [...(m.get(p[0]!) ?? []), [...p]]);
  return m;
}
const RIDDANCE = phraseList(H.riddance);
const DEATH = phraseList(H.deathState);
/** The last index of a phrase of m starting at j within l, or -1. */
function phraseEnd(forms: readonly string[], j: number, m: Map<string, string[][]>, l: number): number {
  const list = m.get(forms[j]!);
  if (!list) return -1;
  for (const p of list) if (j + p.length - 1 <= l && p.every((w, i) => forms[j + i] === w)) return j + p.length - 1;
  return -1;
}

/** The one addressed or wished on in [f, l]: a name, a person, "je/jij/jou/u"; not the first person, not the author's own. */
function someoneIn(c: ThreatContext, f: number, l: number): Target | undefined {
  for (let j = f; j <= l; j++) {
    const t = c.targets[j];
    if (!t || t.kind === 'school' || t.kind === 'group' || FIRST.has(c.forms[j]!)) continue;
    if (/^(mijn|mn|onze|ons)$/.test(c.forms[j - 1] ?? '')) continue;
    if (t.kind === 'third' && !/^(hij|zij|ze|die)$/.test(c.forms[j]!)) continue;
    return t;
  }
  return undefined;
}

export function readSelfHarmUrged(a: TextAnalysis, c: ThreatContext, hits: StructuralHit[]): void {
  const { forms } = c;
  for (let s = 0; s < a.sentenceCount; s++) {
    const [sf, sl] = a.sentenceTokens(s);
    // a cheap look first (one lookup per word): an act's verb with its object, or a wish with a word of death
    let bits = 0;
    for (let j = sf; j <= sl; j++) {
      const w = forms[j]!;
      bits |= GATE_BITS.get(w) ?? 0;
      if (w.length >= 6 && w.charCodeAt(0) === 100 && w.startsWith('dood')) bits |= G_DEATH;
    }
    if ((bits & (G_OBJECT | G_VERB)) !== (G_OBJECT | G_VERB) && (bits & (G_WISH | G_DEATH)) !== (G_WISH | G_DEATH)) continue;
    if (a.isQuestion(s)) continue;
    let riddance = false;
    let benign = false;
    let report = false;
    let negated = false;
    let wish = -1;
    let death = -1;
    let getWell = false;
    for (let j = sf; j <= sl; j++) {
      const w = forms[j]!;
      if (phraseEnd(forms, j, RIDDANCE, sl) >= 0) riddance = true;
      if (BENIGN.has(w)) benign = true;
      if (REPORT.has(w)) report = true;
      if (NEGATOR.has(w) && phraseEnd(forms, j - 1, RIDDANCE, sl) < 0 && !(w === 'niemand' && phraseEnd(forms, j + 1, RIDDANCE, sl) >= 0) && !(w === 'nooit' && forms[j + 1] === 'meer' && forms[j + 2] === 'wakker')) negated = true;
      if (GET_WELL.has(w)) getWell = true;
      if (WISH.has(w) && wish < 0) wish = j;
      if (death < 0 && phraseEnd(forms, j, DEATH, sl) >= 0) death = j;
      // a verb of dying ("creperen", "doodvallen" split: "val je morgen dood")
      if (death < 0 && wish >= 0 && w.length >= 3) {
        const h = harmFormOf(w);
        if (h?.intransitive && !/^(ik|we|wij)$/.test(forms[j + 1] ?? '') && !/^(ik|we|wij)$/.test(forms[j - 1] ?? '')) {
          let ok = !h.particle;
          for (let i = j + 1; i <= sl && !ok; i++) if (forms[i] === h.particle) ok = true;
          if (ok) death = j;
        }
      }
    }
    if (report) continue;
    // a wish of death on someone else: "hopelijk lig je volgend jaar onder de grond", "X mag van mij dood neervallen"
    if (wish >= 0 && death >= 0 && !getWell && !negated) {
      const who = someoneIn(c, sf, sl);
      // "wat mij betreft": the wish word is "betreft" only after "wat mij"
      const wishOk = forms[wish] !== 'betreft' || (forms[wish - 1] === 'mij' && forms[wish - 2] === 'wat');
      if (who && wishOk) {
        hits.push({ kind: 'violence', first: Math.min(who.token, wish, death), last: Math.max(who.token, death), target: who, core: { first: Math.min(wish, death), last: death } });
        continue;
      }
    }
    if (negated) continue;
    // an imperative of a self-harm act
    for (let k = sf; k <= sl; k++) {
      const w = forms[k]!;
      if (!JUMP.has(w) && !TAKE.has(w) && !CUT.has(w) && !HANG.has(w)) continue;
      const [f, l] = c.clauseSpan(k);
      // the verb first in its clause, after a name or an opening particle ("jesse spring toch …", "ga toch …")
      let first = k === f || k === sf || c.targets[k - 1]?.kind === 'name' || OPENER.has(forms[k - 1] ?? '') && (k - 1 === f || c.targets[k - 2]?.kind === 'name');
      if (!first) continue;
      // "… jij", "je" right after the verb makes it a statement ("spring je …" is a question or inversion)
      if (/^(je|jij|u|ik|we|ze|hij)$/.test(forms[k + 1] ?? '')) first = false;
      if (!first) continue;
      // (to the sentence's end: "maar" opens no clause here, "slik maar een handvol pillen")
      const end = Math.max(l, Math.min(sl, k + 8));
      let harm = -1;
      for (let j = k + 1; j <= end && harm < 0; j++) {
        const fj = forms[j]!;
        const prev = forms[j - 1] === 'het' || forms[j - 1] === 'de' || forms[j - 1] === 'een' || forms[j - 1] === 'die' ? forms[j - 2] ?? '' : forms[j - 1] ?? '';
        if (JUMP.has(w) && HEIGHT.has(fj) && /^(van|uit|af|vanaf|vanof)$/.test(prev)) harm = j;
        if (JUMP.has(w) && VEHICLE.has(fj) && /^(voor|onder)$/.test(prev)) harm = j;
        if (TAKE.has(w) && SUBSTANCE.has(fj)) harm = j;
        if (TAKE.has(w) && PILLS.has(fj)) {
          let dose = riddance;
          for (let i = k + 1; i < j; i++) if (DOSE.has(forms[i]!)) dose = true;
          if (dose) harm = j;
        }
        if (CUT.has(w) && CUT_PART.has(fj)) harm = j;
        if (HANG.has(w) && /^(jezelf|je)$/.test(fj)) for (let i = j + 1; i <= end; i++) if (forms[i] === 'op') harm = j;
        // a riddance makes a jump from anything count ("spring van de brug, niemand mist je")
        if (JUMP.has(w) && riddance && /^(van|uit|af)$/.test(fj) && w !== 'ga' && w !== 'lig') harm = j;
      }
      if (harm < 0) continue;
      // advice: a condition or a benign word in the sentence ("als je hoofdpijn hebt", "na het eten", "het water is lekker")
      let advice = benign && !riddance;
      for (let j = sf; j <= sl && !advice; j++) if (CONDITION.has(forms[j]!) && j !== k && (forms[j] === 'als' || forms[j] === 'wanneer' || forms[j] === 'zodra' || forms[j] === 'indien')) advice = !riddance;
      if (advice) continue;
      const who = someoneIn(c, sf, sl) ?? { token: k, kind: 'second' as const };
      hits.push({ kind: 'violence', first: Math.min(k, who.token), last: Math.max(harm, who.token), target: who, core: { first: k, last: harm } });
      break;
    }
  }
}
