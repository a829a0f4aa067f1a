/**
 * Removal by force wished on people (decency, A7; #9, reading7a): a verb of removing or chasing away, found by
 * stem (`lexicon/reading.json` `forcedRemoval`), with a manner of force in its clause ("hardhandig", "met
 * geweld", "met harde hand"), a person or group as its object and an intent in the sentence (a modal, a wish,
 * "iemand", a first person): "Iemand moet die X eens hardhandig uit onze school verwijderen", "we jagen ze met
 * geweld de wijk uit". A removal without force, a report without intent, a negation, a thing as the object pass.
 * One pass over the words; the clause of a manner word is read once.
 */
import type { TextAnalysis } from '../analysis.js';
import type { Target } from '../detectors/context.js';
import data from '../lexicon/reading.json' with { type: 'json' };
import type { StructuralHit } from './structure.js';
import type { ThreatContext } from './threat.js';
import { stemIndex, wordSet as W } from './word-sets.js';

const R = data.forcedRemoval;
const MANNER = W(R.manner);
const REMOVE = stemIndex(R.removeStem);
/** A verb of chasing or throwing with its particle of removal written apart ("jagen … de wijk uit", "gooi … eruit"). */
const SPLIT_VERB = W(R.splitVerb);
const SPLIT_PARTICLE = W(R.splitParticle);
const INTENT = W(['moet', 'moeten', 'moest', 'moesten', 'zou', 'zouden', 'mag', 'mogen', 'hoort', 'horen', 'hoop', 'hopen', 'wens', 'verdient', 'verdienen', 'iemand', 'laten', 'laat', 'gaan', 'ga', 'zal', 'zullen', 'wil', 'willen']);
const FIRST = W(['ik', 'we', 'wij']);
const NEGATOR = W(['niet', 'geen', 'nooit', 'niemand', 'niets', 'niks']);
const PREP = W(['met', 'door', 'op', 'in', 'aan', 'naar', 'tegen', 'voor', 'van', 'bij', 'onder', 'over', 'uit', 'om', 'tot', 'zonder', 'na', 'tijdens', 'achter', 'naast']);

export function readForcedRemoval(a: TextAnalysis, c: ThreatContext, hits: StructuralHit[]): void {
  const { forms } = c;
  const n = forms.length;
  for (let k = 0; k < n; k++) {
    const w = forms[k]!;
    // the manner: "hardhandig", "met geweld", "met harde hand"
    if (!MANNER.has(w)) continue;
    if ((w === 'harde' && forms[k + 1] !== 'hand') || ((w === 'geweld' || w === 'vuisten' || w === 'knuppels') && forms[k - 1] !== 'met')) continue;
    const [f, l] = c.clauseSpan(k);
    let verb = -1;
    let negated = false;
    let split = -1;
    let particle = false;
    for (let j = f; j <= l; j++) {
      if (j !== k && forms[j]!.length >= 5 && REMOVE(forms[j]!)) verb = j;
      if (SPLIT_VERB.has(forms[j]!)) split = j;
      if (split >= 0 && j > split && SPLIT_PARTICLE.has(forms[j]!)) particle = true;
      if (NEGATOR.has(forms[j]!)) negated = true;
    }
    if (verb < 0 && particle) verb = split;
    const [sf, sl] = a.sentenceTokens(a.tokens[k]!.sentence);
    // ("Niemand mag die X …": the negator before a demonstrative that split the clause)
    for (let j = sf; j < f; j++) if (NEGATOR.has(forms[j]!)) negated = true;
    if (verb < 0 || negated) continue;
    let intent = false;
    for (let j = sf; j <= sl; j++) if (INTENT.has(forms[j]!) || FIRST.has(forms[j]!)) intent = true;
    if (!intent) continue;
    let victim: Target | undefined;
    for (let j = f; j <= l && !victim; j++) {
      const t = c.targets[j];
      if (!t || t.kind === 'school' || FIRST.has(forms[j]!) || PREP.has(forms[j - 1] ?? '') || forms[j] === 'iemand') continue;
      if (t.kind === 'third' && !/^(hem|haar|ze|hen|die)$/.test(forms[j]!)) continue;
      victim = t;
    }
    if (!victim) continue;
    hits.push({ kind: 'violence', first: Math.min(victim.token, k, verb), last: Math.max(victim.token, k, verb), target: victim, core: { first: Math.min(k, verb), last: Math.max(k, verb) } });
  }
}
