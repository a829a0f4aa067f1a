/**
 * Menace by ultimatum (decency, A7; #9, reading7a): the author says what they will do to someone if something
 * happens, without a verb of harm. Read by structure from word classes (`lexicon/reading.json` `ultimatum`):
 *
 * - the act: the author turning up at someone's door ("sta ik bij u op de stoep", "sta ik bij jou voor de deur"),
 *   fetching or seeking someone at home ("halen we je thuis op", "zoek ik u thuis op"), settling it with fists
 *   ("regelen we het met de vuisten") or a weapon to do it with ("met een honkbalknuppel als het moet");
 * - the frame that makes it an ultimatum: a condition in the sentence or the one before ("als …", "wie …",
 *   "kom je niet, dan …", "nog één keer"), a benign purpose denied ("En dan niet om koffie te drinken") or a
 *   menace tag ("let maar op", "dat beloof ik u");
 * - a first person as the one who acts, a person, group or the school to aim at.
 *
 * A stated purpose ("om de cadeautjes te brengen", "graag even praten"), a negated act, a question pass.
 * And a warning to someone addressed not to be alone ("Ik zou vanavond maar niet alleen naar de parkeerplaats
 * lopen, meneer X"; "ik zou maar goed achter je kijken") without a reason given ("het gaat stormen").
 * One pass over the words as a gate, then each sentence with a trigger once: linear in the text.
 */
import type { TextAnalysis } from '../analysis.js';
import type { Target } from '../detectors/context.js';
import data from '../lexicon/reading.json' with { type: 'json' };
import bullying from '../lexicon/bullying.json' with { type: 'json' };
import type { StructuralHit } from './structure.js';
import type { ThreatContext } from './threat.js';
import { wordSet as W } from './word-sets.js';
import { WEAPON } from './words.js';

const U = data.ultimatum;
const PRESENCE = W(U.presenceVerb);
const FETCH = W(U.fetchVerb);
const HOME = W(U.home);
const SETTLE = W(U.settleVerb);
const FIST = W(U.fist);
const CONDITION = W(U.conditionWord);
const DENIED = W(U.deniedPurpose);
const BENIGN = W(U.benignPurpose);
const ALONE = W(U.adviceAlone);
const REASON = W(U.reasonWord);
const FIRST = W(['ik', 'we', 'wij', 'ikke']);
/** The negator word class (`lexicon/bullying.json` `negator`), the whole class. */
const NEGATOR = W(bullying.classes.negator.words);
const OBJECT = W(['u', 'jou', 'je', 'jullie', 'hem', 'haar', 'hen', 'ze']);
/** The words a sentence needs one of before it is read: the act's rarer words (a door, home, fetching, settling, fists, a weapon, being alone). */
const GATE = W([...U.fetchVerb, ...U.home, ...U.settleVerb, ...U.adviceAlone, ...U.fist, ...WEAPON, 'stoep', 'deur']);

/** One lookup per word for the gate: bit 1 a word of an act, bit 2 a first person. */
const GATE_BITS = new Map<string, number>();
for (const w of GATE) GATE_BITS.set(w, 1);
for (const w of FIRST) GATE_BITS.set(w, (GATE_BITS.get(w) ?? 0) | 2);

function phraseList(list: readonly (readonly string[])[]): Map<string, string[][]> {
  const m = new Map<string, string[][]>();
  for (const p of list) m.set(p[0]!, [...(m.get(p[0]!) ?? []), [...p]]);
  return m;
}
const DOORSTEP = phraseList(U.doorstep);
const REPEAT = phraseList(U.repeat);
const TAG = phraseList(U.tag);
function at(forms: readonly string[], j: number, m: Map<string, string[][]>, last: number): boolean {
  const list = m.get(forms[j]!);
  return list !== undefined && list.some((p) => j + p.length - 1 <= last && p.every((w, i) => forms[j + i] === w));
}

/**
 * Is there a condition in [f, l]: a conditional word, "wie" opening the sentence, or an inverted verb opening a
 * clause before "dan" ("kom je niet dan …", "zeg je het tegen de meester, dan …")?
 */
function conditioned(c: ThreatContext, f: number, l: number): boolean {
  const { forms } = c;
  for (let j = f; j <= l; j++) {
    const w = forms[j]!;
    if ((CONDITION.has(w) && (w !== 'wie' || j === f)) || at(forms, j, REPEAT, l)) return true;
    if (/^(je|jij|u)$/.test(w) && j > f && (forms[j + 1] === 'niet' || c.clauseSpan(j - 1)[0] === j - 1 || c.targets[j - 2]?.kind === 'name')) for (let i = j + 2; i <= l; i++) if (forms[i] === 'dan') return true;
  }
  return false;
}

/** A target to aim at in sentence s: a person, name, addressee, group or the school (not the first person). */
function aimIn(a: TextAnalysis, c: ThreatContext, s: number): Target | undefined {
  const [sf, sl] = a.sentenceTokens(s);
  let best: Target | undefined;
  for (let j = sf; j <= sl; j++) {
    const t = c.targets[j];
    if (!t || FIRST.has(c.forms[j]!) || /^(me|mij|ons|onze|mijn|mn)$/.test(c.forms[j]!)) continue;
    // "mijn zoon", "mijn dochter": the author's own child is no one aimed at
    if (/^(mijn|mn|onze|ons)$/.test(c.forms[j - 1] ?? '')) continue;
    if (!best || t.kind === 'second' || t.kind === 'name') best = t;
    if (t.kind === 'name' || t.kind === 'second') break;
  }
  return best;
}

export function readUltimatum(a: TextAnalysis, c: ThreatContext, hits: StructuralHit[]): void {
  const { forms } = c;
  const n = forms.length;
  // a first person and one word of an act in the text, else nothing to read
  let bits = 0;
  for (let k = 0; k < n && bits !== 3; k++) bits |= GATE_BITS.get(forms[k]!) ?? 0;
  if (bits !== 3) return;
  const S = a.sentenceCount;
  for (let s = 0; s < S; s++) {
    const [sf, sl] = a.sentenceTokens(s);
    let trigger = false;
    for (let j = sf; j <= sl && !trigger; j++) if (GATE.has(forms[j]!)) trigger = true;
    if (!trigger || a.isQuestion(s)) continue;
    let first = false;
    let act = -1;
    let weapon = -1;
    let fist = false;
    let settle = -1;
    let benign = false;
    let tag = false;
    let advice = -1;
    let fetch = -1;
    let reason = false;
    for (let j = sf; j <= sl; j++) {
      const w = forms[j]!;
      if (FIRST.has(w)) first = true;
      if (REASON.has(w)) reason = true;
      if (at(forms, j, TAG, sl)) tag = true;
      // a purpose stated: "om de cadeautjes te brengen", "graag even praten"
      if (BENIGN.has(w) && !NEGATOR.has(forms[j - 1] ?? '') && !NEGATOR.has(forms[j - 2] ?? '') && !NEGATOR.has(forms[j - 3] ?? '')) benign = true;
      if (w === 'graag') benign = true;
      // "sta ik bij u op de stoep", "ben ik bij jou aan de deur": present at someone's door
      if (PRESENCE.has(w) && (FIRST.has(forms[j + 1]!) || FIRST.has(forms[j - 1] ?? ''))) {
        for (let i = j + 1; i <= Math.min(sl, j + 7); i++) {
          if (at(forms, i, DOORSTEP, sl) && (forms[i - 1] === 'bij' || OBJECT.has(forms[i - 1]!) || c.targets[i - 1] || /^(je|jouw|uw)$/.test(forms[i + 1]!))) act = j;
          if (forms[i] === 'bij' && OBJECT.has(forms[i + 1] ?? '') && (at(forms, i + 2, DOORSTEP, sl) || forms[i + 2] === 'thuis' || forms[i + 2] === 'op' || forms[i + 2] === 'voor')) act = j;
        }
      }
      // "halen we je thuis op", "komen we je van huis halen", "zoek ik u thuis op"
      if (FETCH.has(w)) {
        let obj = false;
        let home = false;
        for (let i = Math.max(sf, j - 6); i <= Math.min(sl, j + 6); i++) {
          if (OBJECT.has(forms[i]!) || c.targets[i]?.kind === 'name') obj = true;
          if (HOME.has(forms[i]!)) home = true;
        }
        if (obj && home) fetch = j;
      }
      if (SETTLE.has(w)) settle = j;
      if (FIST.has(w) && /^(met|de|mijn|onze|zijn)$/.test(forms[j - 1] ?? '')) fist = true;
      // "met een honkbalknuppel", "desnoods met mijn mes"
      if (WEAPON.has(w) && (forms[j - 1] === 'met' || forms[j - 2] === 'met')) weapon = j;
      // "ik zou maar niet alleen …", "ik zou maar goed achter je kijken"
      if (w === 'zou' && (forms[j - 1] === 'ik' || forms[j + 1] === 'ik')) {
        for (let i = j + 1; i <= Math.min(sl, j + 4); i++) if (forms[i] === 'maar') for (let m = i + 1; m <= Math.min(sl, i + 5); m++) if (ALONE.has(forms[m]!)) advice = m;
      }
    }
    if (fetch >= 0 && first && act < 0) act = fetch;
    if (settle >= 0 && fist && first) act = settle;
    if (weapon >= 0 && first && act < 0) act = weapon;
    if (act >= 0) {
      // the frame: a condition here or in the sentence before, a denied purpose here or after, a menace tag
      // (fists to settle it need no frame: "dan regelen we het daar met de vuisten")
      let frame = tag || act === settle || conditioned(c, sf, sl) || (s > 0 && conditioned(c, ...a.sentenceTokens(s - 1)));
      const deniedIn = (f: number, l: number): boolean => {
        for (let j = f; j <= l; j++) if (NEGATOR.has(forms[j]!) && /^(om|voor)$/.test(forms[j + 1] ?? '')) for (let i = j + 2; i <= Math.min(l, j + 5); i++) if (DENIED.has(forms[i]!)) return true;
        return false;
      };
      const denied = deniedIn(sf, sl) || (s + 1 < S && deniedIn(...a.sentenceTokens(s + 1)));
      if (denied) frame = true;
      // the act negated in its own clause ("ik kom niet bij u aan de deur"), not a negation of the condition or purpose
      // (a negation before "dan" is the condition's: "kom je niet, dan halen we je thuis op")
      let [cf] = c.clauseSpan(act);
      const cl = c.clauseSpan(act)[1];
      for (let j = act - 1; j > cf; j--) if (forms[j] === 'dan') {
        cf = j;
        break;
      }
      let negated = false;
      for (let j = cf; j <= cl; j++) if (NEGATOR.has(forms[j]!) && !/^(om|voor)$/.test(forms[j + 1] ?? '')) negated = true;
      if (frame && (!benign || denied) && !negated) {
        const target = aimIn(a, c, s) ?? (s > 0 ? aimIn(a, c, s - 1) : undefined);
        if (target) hits.push({ kind: 'threat', first: Math.min(act, target.token), last: Math.max(act, target.token), target, core: { first: act, last: act } });
        continue;
      }
    }
    if (advice >= 0 && !reason && !(s + 1 < S && reasonIn(forms, ...a.sentenceTokens(s + 1)))) {
      // the one warned: addressed in the sentence or the one before ("…, meneer Terpstra.", "Noor ik zou …")
      let who: Target | undefined;
      for (let j = sf; j <= sl && !who; j++) if (c.targets[j] && (c.targets[j]!.kind === 'name' || (c.targets[j]!.kind === 'second' && forms[j] === 'u'))) who = c.targets[j];
      if (!who && s > 0) {
        const [pf, pl] = a.sentenceTokens(s - 1);
        for (let j = pf; j <= pl && !who; j++) if (c.targets[j] && (c.targets[j]!.kind === 'name' || c.targets[j]!.kind === 'second')) who = c.targets[j];
      }
      if (who) hits.push({ kind: 'threat', first: Math.min(advice, who.token), last: Math.max(advice, who.token), target: who, core: { first: advice, last: advice } });
    }
  }
}
function reasonIn(forms: readonly string[], f: number, l: number): boolean {
  for (let j = f; j <= l; j++) if (REASON.has(forms[j]!)) return true;
  return false;
}
