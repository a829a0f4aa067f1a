/**
 * Threats and harm read by structure (decency, A7), the readings of the sixth round (#9, reading6a):
 * harm told as a consequence, menace without a harm verb, urging someone to disappear, harm to a
 * person's things. Each reading starts from its own trigger words (one pass per analysis, cached
 * bits per word form) and looks at the sentence of a trigger once, so the cost stays linear.
 */
import type { TextAnalysis } from '../analysis.js';

/** A name after a comma that ends its sentence: addressed, not spoken of ("…, Jesse."). */
export function vocativeAt(a: TextAnalysis, j: number): boolean {
  const t = a.tokens[j]!;
  const prev = a.tokens[j - 1];
  if (!prev || prev.sentence !== t.sentence || !a.source.slice(prev.end, t.start).includes(',')) return false;
  let e = j;
  while (e + 1 < a.tokens.length && a.tokens[e + 1]!.sentence === t.sentence && a.tokens[e + 1]!.start - a.tokens[e]!.end <= 1 && !/[,;:]/.test(a.source.slice(a.tokens[e]!.end, a.tokens[e + 1]!.start)) && e - j < 2) e++;
  const next = a.tokens[e + 1];
  return !next || next.sentence !== t.sentence;
}
import type { Target } from '../detectors/context.js';
import data from '../lexicon/reading.json' with { type: 'json' };
import { fm, type StructuralHit } from './structure.js';
import { oncePerAnalysis } from './memo.js';
import { harmTriggers } from './harm.js';
import { wordSet as W } from './word-sets.js';
import { WEAPON, harmFormOf } from './words.js';

const D = data.threat;
const RECEIVE = W(D.receiveVerb);
/** Receiving as deserved: "X verdient een pak slaag" is a wish by itself. */
const RECEIVE_WISH = W(['verdient', 'verdienen', 'verdien']);
const BLOW = W(D.blowNoun);
const GIVER_FIRST = W(D.giverFirst);
const CONDITION = W(D.condition);
const NEAR = W(D.nearFuture);
const ORDINAL = W(D.ordinal);
const GENERIC = W(D.generic);
const WAIT = W(D.waitVerb);
const VISIT = W(D.visitWord);
const COME = W(D.comeVerb);
const KNOW = W(D.knowVerb);
const WHEREABOUTS = W(D.whereabouts);
const CARRY = W(D.carryWord);
const CONSEQUENCE = W(D.consequenceVerb);
const WARN = W(D.warnVerb);
const EXIST = W(D.existVerb);
const GONE = W(D.goneVerb);
const JUMP = W(D.selfHarmAct.jump);
const HEIGHT = W(D.selfHarmAct.height);
const VEHICLE = W(D.selfHarmAct.vehicle);
const BENIGN = W(D.benign);
const REPORT = W(D.reportVerb);
const FIRST = W(['ik', 'we', 'wij', 'ikke']);
const PROJECTILE = W(D.projectile);
const POSSESSIVE = W(['je', 'jouw', 'zijn', 'zn', 'haar', 'hun', 'jullie', 'z', 'der', 'dr']);
const POSSESSION = D.possessionHead;
const DAMAGED = W(D.damagedState);
const DAMAGE_VERB = W(D.damageVerb);
/** Mishaps that bring a blow of their own ("als je van de schommel valt, krijg je een klap"). */
export const ACCIDENT = W(D.accident);
/** A thing a person owns, by its head ("autobanden", "fietsband", "voordeur"). */
function possessionAt(w: string): boolean {
  if (w.length < 3) return false;
  for (const h of POSSESSION) if (w.endsWith(h)) return true;
  return false;
}
const NEGATOR = W(['niet', 'geen', 'nooit', 'niemand', 'niets', 'niks', 'nergens']);
const PREP = W(['met', 'door', 'op', 'in', 'aan', 'naar', 'tegen', 'voor', 'van', 'bij', 'onder', 'over', 'uit', 'om', 'tot', 'zonder', 'na', 'tijdens', 'achter', 'naast', 'tussen', 'rond', 'langs']);

/** Words a phrase may hold between two of its words ("pas maar op", "ga gewoon weg", "reken daar maar op"). */
const SKIPPABLE = W(['maar', 'daar', 'hier', 'jij', 'je', 'gewoon', 'toch', 'nou', 'dan', 'eens', 'even', 'nu', 'snel', 'ze', 'zij', 'hij', 'hem', 'jullie', 'die', 'jou', 'morgen', 'straks', 'vandaag', 'echt']);
/** Does k open a clause, or follow a full stop or comma the sentence splitter did not take ("… jesse. kom alleen.")? */
function opens(a: TextAnalysis, k: number, f: number): boolean {
  if (k === f) return true;
  if (k === 0) return false;
  const src = a.source;
  for (let i = a.tokens[k - 1]!.end; i < a.tokens[k]!.start; i++) {
    const ch = src.charCodeAt(i);
    // . ! ? , ; :
    if (ch === 46 || ch === 33 || ch === 63 || ch === 44 || ch === 59 || ch === 58) return true;
  }
  return false;
}
/** Phrases keyed by their first word. */
type Phrases = Map<string, string[][]>;
function phrases(list: readonly (readonly string[])[]): Phrases {
  const m: Phrases = new Map();
  for (const p of list) {
    const l = m.get(p[0]!) ?? [];
    l.push([...p]);
    m.set(p[0]!, l);
  }
  return m;
}
const WARN_IMPERATIVE = phrases(D.warnImperative);
const STRONG_PHRASE = phrases(D.strongMenaceIdiom);
const WISH_CUE = W(D.wishCue);
const INJURY_PLACE = W(data.injuryPlace.words);
const TAG = phrases(D.menaceTag);
const IDIOM = phrases(D.menaceIdiom);
const AWAY = phrases(D.awayImperative);
const PERMANENCE = phrases(D.permanence);
/** Does a phrase of the map start at k, its words in order with at most one word between two of them ("pas maar op", "reken daar maar op")? */
function phraseAt(forms: readonly string[], k: number, m: Phrases, limit: number): number {
  const list = m.get(forms[k]!);
  if (!list) return -1;
  for (const p of list) {
    let j = k;
    let ok = true;
    for (let i = 1; i < p.length && ok; i++) {
      if (forms[j + 1] === p[i]) j++;
      else if (j + 2 <= limit && forms[j + 2] === p[i] && SKIPPABLE.has(forms[j + 1]!)) j += 2;
      else ok = false;
    }
    if (ok && j <= limit) return j;
  }
  return -1;
}

const B_RECEIVE = 1, B_WAIT = 2, B_VISIT = 4, B_ALONE = 8, B_KNOW = 16, B_WEAPON = 32, B_DAN = 64, B_WARN = 128, B_PHRASE = 256, B_EXIST = 512, B_GONE = 1024, B_JUMP = 2048;
const B_DAMAGED = 4096, B_THEN = 8192;
/** A word that opens a command to leave ("rot op", "verdwijn"); a menacing idiom found in the trigger pass, or an injury place. */
const B_AWAY = 16384, B_HIT = 32768;
/** What a menace needs at least one of (the rest only completes it): an ambush, a damaged thing, an idiom or injury found. */
const B_MENACE_GATE = B_WAIT | B_VISIT | B_ALONE | B_KNOW | B_WEAPON | B_DAMAGED | B_HIT;
const STATIC = new Map<string, number>();
const add = (ws: Iterable<string>, b: number): void => {
  for (const w of ws) STATIC.set(w, (STATIC.get(w) ?? 0) | b);
};
add(RECEIVE, B_RECEIVE);
add(WAIT, B_WAIT);
add(VISIT, B_VISIT);
add(['kom'], B_ALONE);
add(KNOW, B_KNOW);
add(WEAPON, B_WEAPON);
add(['dan', 'anders'], B_DAN);
add(data.injuryPlace.words, B_WARN | B_HIT);
add([...WARN, ...WARN_IMPERATIVE.keys()], B_WARN);
add([...TAG.keys(), ...IDIOM.keys(), ...STRONG_PHRASE.keys()], B_PHRASE);
add(AWAY.keys(), B_AWAY);
add(EXIST, B_EXIST);
add(GONE, B_GONE);
add([...JUMP, 'onder'], B_JUMP);
add(DAMAGED, B_DAMAGED);
add(D.thenWord, B_THEN);

interface Triggers {
  list: number[];
  mask: Uint16Array;
  any: number;
}
/** A form's class bits of the threat readings (0 when none): read in the harm readings' one cached lookup per form. */
export function threatBitsOf(w: string): number {
  return STATIC.get(w) ?? 0;
}
/** The trigger words of the threat readings, from the harm readings' trigger pass (one lookup per form), once per analysis. */
const threatTriggers = oncePerAnalysis((a): Triggers => {
  const forms = fm(a);
  const H = harmTriggers(a);
  const mask = H.threatMask;
  const list: number[] = [];
  let any = 0;
  for (const k of H.threatList) {
    let b = mask[k]!;
    // "kom (maar) alleen": "kom" is a trigger only with "alleen" right after it
    if (b & B_ALONE && forms[k + 1] !== 'alleen' && forms[k + 2] !== 'alleen' && forms[k + 3] !== 'alleen') b &= ~B_ALONE;
    if (b & B_PHRASE) {
      const last = forms.length - 1;
      // a menacing idiom is a trigger of the menace reading only where its whole phrase stands
      if (phraseAt(forms, k, IDIOM, last) >= 0 || phraseAt(forms, k, STRONG_PHRASE, last) >= 0) b |= B_HIT;
      // a common first word ("je", "er", "ik") is kept only where one of its phrases stands
      else if (phraseAt(forms, k, TAG, last) < 0) b &= ~B_PHRASE;
    }
    mask[k] = b;
    if (b === 0) continue;
    list.push(k);
    any |= b;
  }
  return { list, mask, any };
});

export interface ThreatContext {
  forms: readonly string[];
  targets: readonly (Target | undefined)[];
  clauseSpan(k: number): [number, number];
}

function negatedIn(forms: readonly string[], f: number, l: number, skip = -1): boolean {
  for (let j = f; j <= l; j++) if (j !== skip && NEGATOR.has(forms[j]!) && !(forms[j + 1] === 'gewoon' || forms[j + 1] === 'eens' || forms[j + 1] === 'even')) return true;
  return false;
}
/** A person (not the first person, not the school, not behind a preposition) in [f, l], nearest to `near`. */
function personIn(c: ThreatContext, f: number, l: number, near: number): Target | undefined {
  let best: Target | undefined;
  for (let j = f; j <= l; j++) {
    const t = c.targets[j];
    if (!t || t.kind === 'school' || FIRST.has(c.forms[j]!) || /^(me|mij|ons|onze|mijn)$/.test(c.forms[j]!)) continue;
    if (PREP.has(c.forms[j - 1] ?? '') && t.kind !== 'name') continue;
    if (!best || Math.abs(j - near) < Math.abs(best.token - near)) best = t;
  }
  return best;
}

/**
 * Blows received, told as a consequence: a present verb of receiving with a noun of a blow ("klappen",
 * "een pak slaag", "een optater"), its subject a person — in the clause, the antecedent of "de volgende die …",
 * or the free relative "wie …, krijgt" — and what makes it a threat: the first person as the giver ("van mij/ons")
 * or in the sentence ("dat regel ik"), a condition ("als hij …"), a near future ("morgen", "na school"), a
 * defiant tag ("reken maar"). A pronoun ("je", "hij") needs the first person or a tag: "als je valt krijg je een
 * klap" is no threat. Not generic ("bij judo krijg je soms een klap"), not negated, not a question, not a blow from
 * a thing ("een klap van de deur"), not the past (the verbs are present forms only).
 */
export function readBlowsReceived(a: TextAnalysis, c: ThreatContext, hits: StructuralHit[]): void {
  const T = threatTriggers(a);
  if (!(T.any & B_RECEIVE)) return;
  const { forms, targets } = c;
  for (const k of T.list) {
    if (!(T.mask[k]! & B_RECEIVE)) continue;
    const s = a.tokens[k]!.sentence;
    if (a.isQuestion(s)) continue;
    const [sf, sl] = a.sentenceTokens(s);
    const [f, l] = c.clauseSpan(k);
    let blow = -1;
    for (let j = f; j <= l && blow < 0; j++) if (BLOW.has(forms[j]!) && !(forms[j] === 'pak' && !/^(slaag|rammel)$/.test(forms[j + 1] ?? '')) && !(forms[j] === 'tik' && forms[j + 1] === 'op')) blow = j;
    // "krijgt een steen door zijn raam": a projectile through the person's window is harm received too
    for (let j = f; j <= l && blow < 0; j++) if (PROJECTILE.has(forms[j]!) && /^(door|in|tegen|op)$/.test(forms[j + 1] ?? '') && POSSESSIVE.has(forms[j + 2] ?? '') && possessionAt(forms[j + 3] ?? '')) blow = j;
    if (blow < 0 || negatedIn(forms, f, l)) continue;
    // a blow from a thing: "een klap van de deur"
    const van = forms[blow + 1] === 'van' ? blow + 1 : forms[blow + 2] === 'van' ? blow + 2 : -1;
    if (van >= 0 && !GIVER_FIRST.has(forms[van + 1] ?? '') && !targets[van + 1] && !targets[van + 2] && !/^(mijn|onze)$/.test(forms[van + 1] ?? '')) continue;
    let giver = false;
    for (let j = f; j < l; j++) if (forms[j] === 'van' && GIVER_FIRST.has(forms[j + 1]!)) giver = true;
    let recipient: Target | undefined;
    for (let j = f; j <= l && !recipient; j++) {
      const t = targets[j];
      if (!t || j === blow || t.kind === 'school' || FIRST.has(forms[j]!) || GIVER_FIRST.has(forms[j]!) || PREP.has(forms[j - 1] ?? '')) continue;
      if (/^(mijn|onze)$/.test(forms[j - 1] ?? '')) continue;
      recipient = t;
    }
    let ordinal = false;
    // "jij bent de volgende die klappen krijgt": the antecedent of the relative clause
    if (!recipient && forms[f] === 'die' && f > sf) {
      for (let j = f - 1; j >= sf && j >= f - 3; j--) if (ORDINAL.has(forms[j]!)) ordinal = true;
      for (let j = f - 1; j >= sf && !recipient; j--) if (targets[j] && !FIRST.has(forms[j]!) && targets[j]!.kind !== 'school') recipient = targets[j];
    }
    // "Wie mij uitlacht, krijgt een knal": the free relative is the recipient and the condition
    let freeRelative = false;
    if (!recipient && forms[sf] === 'wie' && f > sf) {
      recipient = { token: sf, kind: 'person' };
      freeRelative = true;
    }
    if (!recipient) continue;
    let cond = freeRelative;
    let time = false;
    let first = false;
    let tag = false;
    let generic = false;
    let mine = false;
    let accident = false;
    let wished = false;
    for (let j = sf; j <= sl; j++) {
      const w = forms[j]!;
      if (CONDITION.has(w)) cond = true;
      if (NEAR.has(w) || (w === 'na' && /^(school|de|het)$/.test(forms[j + 1] ?? ''))) time = true;
      if (FIRST.has(w)) first = true;
      if (WISH_CUE.has(w) || RECEIVE_WISH.has(forms[k]!)) wished = true;
      if (w === 'mijn' || w === 'onze' || w === 'mn') mine = true;
      if (GENERIC.has(w)) generic = true;
      if (ACCIDENT.has(w)) accident = true;
      if (TAG.has(w) && phraseAt(forms, j, TAG, sl) >= 0) tag = true;
    }
    if (generic || accident) continue;
    const rw = forms[recipient.token]!;
    const pronoun = (recipient.kind === 'second' && rw !== 'jij') || recipient.kind === 'third';
    // "jij krijgt zo'n beuk dat …": a blow foretold by its size
    let intense = false;
    if (/^(zon|zo'n|zo’n)$/.test(forms[blow - 1] ?? '')) for (let j = blow + 1; j <= sl && !intense; j++) if (forms[j] === 'dat') intense = true;
    const threat = pronoun ? giver || first || ordinal || tag || (cond && mine) : giver || first || cond || time || ordinal || tag || wished || intense;
    if (!threat) continue;
    hits.push({ kind: 'threat', first: Math.min(recipient.token, k, blow), last: Math.max(recipient.token, k, blow), target: recipient, core: { first: Math.min(k, blow), last: Math.max(k, blow) } });
  }
}

/**
 * Menace without a harm verb: lying in wait ("we wachten je op bij het hek", "staan je op te wachten"), a visit
 * ("wij komen vannacht langs"), "kom alleen", knowing where someone is ("ik weet waar haar auto staat", "hoe ze
 * eruit ziet") or a weapon taken along ("ik neem het mes mee") — with, in the sentence or the one before or after,
 * a consequence ("dan zie je wel", "dan leert ze het wel", "dan kun je wat beleven", "anders …"), a warning
 * ("moet uitkijken", "pas maar op") or a defiant tag ("reken maar"). Or a menacing idiom ("ervan lusten",
 * "gedeisd houden") with a condition, a near future or a warning; "aan de beurt", "wat beleven" with a warning.
 * Either alone passes ("we staan je op te wachten met een taart", "pas op, de vloer is nat"), and so do a
 * negated ambush, a question, a celebration in the sentence.
 */
let scratch = new Int32Array(96);
export function readMenace(a: TextAnalysis, c: ThreatContext, hits: StructuralHit[]): void {
  const T = threatTriggers(a);
  if (!(T.any & B_MENACE_GATE)) return;
  const { forms } = c;
  const S = a.sentenceCount;
  // per sentence: the first token of an ambush, a consequence, a warning, a strong or weak idiom (-1 when none)
  // (scratch arrays of the module, grown when a text has more sentences: no allocation per post)
  if (scratch.length < 6 * S) scratch = new Int32Array(Math.max(6 * S, 2 * scratch.length));
  const ambush = scratch.subarray(0, S).fill(-1);
  // which kinds of ambush each sentence holds (bit 1: knowing where someone is, bit 2: a visit)
  const ambushKind = scratch.subarray(S, 2 * S).fill(0);
  const consequence = scratch.subarray(2 * S, 3 * S).fill(-1);
  const warn = scratch.subarray(3 * S, 4 * S).fill(-1);
  const strong = scratch.subarray(4 * S, 5 * S).fill(-1);
  const weak = scratch.subarray(5 * S, 6 * S).fill(-1);
  let anyAmbush = false;
  let anyIdiom = false;
  // two passes: first what a menace needs (an ambush, an idiom, an injury), then, only if one stands, what completes it
  for (let pass = 0; pass < 2; pass++) {
    if (pass === 1) {
      for (let s = 0; s < S; s++) if (ambush[s]! >= 0) anyAmbush = true;
      if (!anyAmbush && !anyIdiom) return;
    }
    for (const k of T.list) {
      const b = T.mask[k]! & (pass === 0 ? B_WAIT | B_VISIT | B_ALONE | B_KNOW | B_WEAPON | B_DAMAGED | B_HIT | B_PHRASE : B_DAN | B_WARN | B_PHRASE);
      if (!b) continue;
      const s = a.tokens[k]!.sentence;
      const [f, l] = c.clauseSpan(k);
      const w = forms[k]!;
      const question = a.isQuestion(s);
      if (b & B_WAIT && !question && !negatedIn(forms, f, l)) {
        // "wacht … op" with "op" a particle (at the end, or before "te" or a place), not "wachten op de bus"
        let op = w.startsWith('op') ? k : -1;
        for (let j = k + 1; j <= l && op < 0; j++) if (forms[j] === 'op' && (j === l || /^(te|bij|na|achter|met|aan|in|om|voor|buiten|morgen|straks|vanavond)$/.test(forms[j + 1]!))) op = j;
        // "staan je op te wachten", "sta op je te wachten"
        for (let j = Math.max(f, k - 3); j < k && op < 0; j++) if (forms[j] === 'op' && (forms[j + 1] === 'te' || (forms[k - 1] === 'te' && j === k - 3))) op = j;
        if (op >= 0 && personIn(c, f, l, k)) ambush[s] = k;
      }
      if (b & B_VISIT && !question && !negatedIn(forms, f, l)) {
        let come = w.endsWith('kom') || w.endsWith('komen') || w.endsWith('komt') || w.startsWith('opzoek');
        let first = false;
        for (let j = f; j <= l; j++) {
          if (COME.has(forms[j]!)) come = true;
          if (FIRST.has(forms[j]!)) first = true;
        }
        if (come && first) {
          ambush[s] = k;
          ambushKind[s] = ambushKind[s]! | 2;
        }
      }
      // "kom alleen", "kom maar alleen" as a command
      let alone = -1;
      // ("kom vanmiddag maar alleen": "maar" may open a clause of the index; read to the sentence's end)
      if (b & B_ALONE) for (let j = k + 1; j <= Math.min(a.sentenceTokens(s)[1], k + 3) && alone < 0; j++) if (forms[j] === 'alleen') alone = j;
      for (let j = k + 1; j < alone; j++) if (!NEAR.has(forms[j]!) && forms[j] !== 'maar') alone = -1;
      if (alone > 0 && (opens(a, k, f) || forms[k - 1] === 'en' || targets0(c, k - 1)) && !question) {
        const after = alone + 1;
        if (after > a.sentenceTokens(s)[1] || !/^(als|maar|met)$/.test(forms[after]!)) ambush[s] = k;
      }
      // "ik weet waar je woont / haar auto staat", "ik weet hoe ze eruit ziet"
      if (b & B_KNOW && !question && (forms[k + 1] === 'waar' || forms[k + 1] === 'hoe' || forms[k + 2] === 'waar')) {
        for (let j = k + 2; j <= l; j++) {
          if (!WHEREABOUTS.has(forms[j]!) || negatedIn(forms, f, k)) continue;
          ambush[s] = k;
          // the one whose whereabouts are known, by name ("ik weet waar meester Joost woont")
          for (let i = k + 1; i < j; i++) if (c.targets[i]?.kind === 'name') ambushKind[s] = ambushKind[s]! | 1;
        }
      }
      // "ik neem morgen het mes van mijn vader mee"
      if (b & B_WEAPON && !question && !negatedIn(forms, f, l)) {
        let carry = false;
        let first = false;
        for (let j = f; j <= l; j++) {
          if (CARRY.has(forms[j]!)) carry = true;
          if (FIRST.has(forms[j]!)) first = true;
        }
        if (carry && first) ambush[s] = k;
      }
      // "straks staan haar autobanden plat", "morgen is je fiets kapot": a person's thing damaged in a near future
      if (b & B_DAMAGED && !question) {
        let when = false;
        let owned = false;
        for (let j = f; j < k; j++) {
          if (NEAR.has(forms[j]!)) when = true;
          if (POSSESSIVE.has(forms[j]!) && possessionAt(forms[j + 1] ?? '')) owned = true;
        }
        if (when && owned && !negatedIn(forms, f, l)) ambush[s] = k;
      }
      // "anders ligt hij morgen in het ziekenhuis": an injury foretold of someone else (not advice to "je")
      if (pass === 0 && INJURY_PLACE.has(w) && !question) {
        let lie = false;
        let when = false;
        let who = false;
        for (let j = f; j < k; j++) {
          if (/^(lig|ligt|liggen|beland|belandt|belanden|eindigt|eindigen)$/.test(forms[j]!)) lie = true;
          if (NEAR.has(forms[j]!) || forms[j] === 'anders') when = true;
          const t = c.targets[j];
          if (t && (t.kind === 'name' || (t.kind === 'third' && /^(hij|zij|ze)$/.test(forms[j]!)))) who = true;
        }
        if (lie && when && who && !negatedIn(forms, f, l)) {
          strong[s] = k;
          anyIdiom = true;
        }
      }
      // "dan zie je wel", "dan leert ze het wel", "dan zullen ze het zien", "anders …"
      if (b & B_DAN && opens(a, k, f) && !question) {
        if (w === 'anders') consequence[s] = k;
        else for (let j = k + 1; j <= l; j++) if (CONSEQUENCE.has(forms[j]!)) for (let i = k + 1; i <= l; i++) if (/^(wel|het|wat|hoe)$/.test(forms[i]!)) consequence[s] = k;
      }
      // "moet goed uitkijken", "pas maar op", "kijk maar uit"
      if (pass === 1 && b & B_WARN && !question) {
        if (WARN.has(w) && !negatedIn(forms, f, l)) {
          for (let j = f; j < k; j++) if (/^(moet|moeten|maar|moest)$/.test(forms[j]!)) warn[s] = k;
        } else if ((opens(a, k, f) || targets0(c, k - 1)) && phraseAt(forms, k, WARN_IMPERATIVE, l) >= 0) warn[s] = k;
      }
      if (b & B_PHRASE) {
        if (pass === 1 && TAG.has(w) && phraseAt(forms, k, TAG, l) >= 0) consequence[s] = k;
        if (pass === 0 && IDIOM.has(w) && phraseAt(forms, k, IDIOM, l) >= 0 && !negatedIn(forms, f, k)) {
          anyIdiom = true;
          weak[s] = k;
        }
        // (a negation before "dan" is the condition's: "kom je niet, dan weet je wat er gebeurt")
        let nf = f;
        for (let j = k - 1; j > f && nf === f; j--) if (forms[j] === 'dan') nf = j;
        if (pass === 0 && STRONG_PHRASE.has(w) && phraseAt(forms, k, STRONG_PHRASE, a.sentenceTokens(s)[1]) >= 0 && !negatedIn(forms, nf, k)) {
          anyIdiom = true;
          strong[s] = k;
        }
      }
    }
  }
  const near = (arr: Int32Array, s: number): number => (arr[s]! >= 0 ? arr[s]! : s > 0 && arr[s - 1]! >= 0 ? arr[s - 1]! : s + 1 < S && arr[s + 1]! >= 0 ? arr[s + 1]! : -1);
  for (let s = 0; s < S; s++) {
    let at = -1;
    let other = -1;
    if (ambush[s]! >= 0) {
      other = Math.max(near(consequence, s), near(warn, s), near(strong, s), near(weak, s));
      // knowing where a named person lives, and a visit in the next sentence: "Ik weet waar X woont. … ga ik daar eens langs"
      if (other < 0 && ambushKind[s]! & 1 && s + 1 < S && ambushKind[s + 1]! & 2) other = ambush[s + 1]!;
      if (other >= 0) at = ambush[s]!;
    }
    if (at < 0 && strong[s]! >= 0) {
      const [sf, sl] = a.sentenceTokens(s);
      let frame = near(warn, s) >= 0 || forms[sf] === 'wie';
      for (let j = sf; j <= sl && !frame; j++) if (CONDITION.has(forms[j]!) || NEAR.has(forms[j]!) || (forms[j] === 'na' && /^(school|de|het|vandaag)$/.test(forms[j + 1] ?? ''))) frame = true;
      // an inverted negated condition: "kom je niet, dan weet je wat er gebeurt"
      let dan = -1;
      for (let j = sl; j > sf && dan < 0; j--) if (forms[j] === 'dan') dan = j;
      for (let j = sf + 1; j + 1 < dan && !frame; j++) if (/^(je|jij|u)$/.test(forms[j]!) && (forms[j + 1] === 'niet' || forms[j + 2] === 'niet' || forms[j + 3] === 'niet')) frame = true;
      if (frame) at = other = strong[s]!;
    }
    if (at < 0 && weak[s]! >= 0 && near(warn, s) >= 0) {
      at = weak[s]!;
      other = near(warn, s);
    }
    if (at < 0) continue;
    const [sf, sl] = a.sentenceTokens(s);
    let benign = false;
    // a celebration, or someone else's words reported ("…, zei de juf lachend")
    for (let j = sf; j <= sl; j++) if (BENIGN.has(forms[j]!) || REPORT.has(forms[j]!)) benign = true;
    if (benign) continue;
    // the person menaced: in the sentence of the ambush or idiom, else in the sentence of the consequence
    // "Wie …, die gaat eraan": the free relative is the one menaced
    let target = personIn(c, sf, sl, at) ?? (forms[sf] === 'wie' ? { token: sf, kind: 'person' as const } : undefined);
    if (!target) {
      const os = a.tokens[other]!.sentence;
      const [of, ol] = a.sentenceTokens(os);
      target = personIn(c, of, ol, other);
    }
    if (!target) continue;
    hits.push({ kind: 'threat', first: Math.min(at, other, target.token), last: Math.max(at, other, target.token), target, core: { first: Math.min(at, other), last: Math.max(at, other) } });
  }
}
/** A name addressed before a command ("Pas op Lotte" has none; "Lotte, pas op": the name before it). */
function targets0(c: ThreatContext, j: number): boolean {
  return j >= 0 && c.targets[j]?.kind === 'name';
}

/**
 * Urging someone to disappear or asking why they exist: "waarom besta/leef jij (eigenlijk) nog"; a command to
 * leave ("rot op", "hoepel op", "verdwijn") with permanence in the sentence ("en kom nooit meer terug", "voor
 * altijd"); "X kan beter (gewoon) verdwijnen"; a proposed self-harm in a question ("kun je niet gewoon van een flat
 * springen / onder een bus lopen?"). Not of things ("waarom bestaat deze regel nog"), not a negated command
 * ("verdwijn niet uit de rij"), not a height that is none ("van de bank springen").
 */
export function readUrgedGone(a: TextAnalysis, c: ThreatContext, hits: StructuralHit[]): void {
  const T = threatTriggers(a);
  if (!(T.any & (B_EXIST | B_AWAY | B_GONE | B_JUMP))) return;
  const { forms, targets } = c;
  const second = (f: number, l: number): Target | undefined => {
    for (let j = f; j <= l; j++) if (targets[j]?.kind === 'second' && /^(jij|je|jou|u)$/.test(forms[j]!)) return targets[j];
    return undefined;
  };
  for (const k of T.list) {
    const b = T.mask[k]!;
    if (!(b & (B_EXIST | B_AWAY | B_GONE | B_JUMP))) continue;
    const s = a.tokens[k]!.sentence;
    const [sf, sl] = a.sentenceTokens(s);
    const [f, l] = c.clauseSpan(k);
    const w = forms[k]!;
    // "waarom besta jij eigenlijk nog"
    if (b & B_EXIST && (forms[f] === 'waarom' || forms[f + 1] === 'waarom') && k <= f + 3) {
      let nog = false;
      for (let j = k + 1; j <= l; j++) if (forms[j] === 'nog') nog = true;
      const who = second(k + 1, Math.min(l, k + 2));
      if (nog && who && !negatedIn(forms, f, l)) hits.push({ kind: 'violence', first: k, last: who.token, target: who, core: { first: f, last: k } });
      continue;
    }
    // a command to leave, with permanence: "rot op en kom nooit meer terug", "ga weg voor altijd"
    if (b & B_AWAY && (opens(a, k, f) || /^(en|gewoon|toch|nou)$/.test(forms[k - 1]!) || targets[k - 1]?.kind === 'name')) {
      const end = phraseAt(forms, k, AWAY, sl);
      let lasting = -1;
      if (end >= 0 && !NEGATOR.has(forms[end + 1] ?? '') && !a.isQuestion(s)) for (let j = end + 1; j <= sl && lasting < 0; j++) if (PERMANENCE.has(forms[j]!)) lasting = phraseAt(forms, j, PERMANENCE, sl);
      if (lasting >= 0) {
        const who = personIn(c, sf, sl, k) ?? { token: k, kind: 'second' as const };
        hits.push({ kind: 'violence', first: Math.min(k, who.token), last: Math.max(lasting, who.token), target: who, core: { first: k, last: lasting } });
        continue;
      }
    }
    // "Amira kan beter gewoon verdwijnen", "jij zou beter dood kunnen gaan"
    if (b & B_GONE) {
      let better = -1;
      for (let j = f; j < k; j++) if (forms[j] === 'beter' && /^(kan|kun|kunt|kunnen|zou|zouden)$/.test(forms[j - 1] ?? '')) better = j;
      if (better < 0 || negatedIn(forms, f, l)) continue;
      let who: Target | undefined;
      for (let j = f; j < better && !who; j++) if (targets[j] && !FIRST.has(forms[j]!) && targets[j]!.kind !== 'school' && targets[j]!.kind !== 'group') who = targets[j];
      if (who) hits.push({ kind: 'violence', first: who.token, last: k, target: who, core: { first: better, last: k } });
      continue;
    }
    // "kun je niet gewoon van een flat springen?", "kan je niet gewoon onder een bus lopen?"
    if (b & B_JUMP && /^(kan|kun|kunt)$/.test(forms[f]!) && /^(je|jij|u)$/.test(forms[f + 1]!) && forms[f + 2] === 'niet' && /^(gewoon|eens|even|effe)$/.test(forms[f + 3]!)) {
      if (w === 'onder') {
        if (!VEHICLE.has(forms[k + 2] ?? '') && !VEHICLE.has(forms[k + 1] ?? '')) continue;
        let go = false;
        for (let j = k + 2; j <= l; j++) if (JUMP.has(forms[j]!)) go = true;
        if (!go) continue;
      } else {
        let height = false;
        for (let j = f; j < k; j++) if (HEIGHT.has(forms[j]!) && /^(van|uit|voor|onder|af)$/.test(forms[j - 1] === 'een' || forms[j - 1] === 'de' || forms[j - 1] === 'het' ? forms[j - 2]! : forms[j - 1]!)) height = true;
        if (!height) continue;
      }
      const who = targets[f + 1] ?? { token: f + 1, kind: 'second' as const };
      hits.push({ kind: 'violence', first: f, last: k, target: who, core: { first: f, last: k } });
    }
  }
}

/**
 * Harm that escalates from a person's things to the person: a first person harms or damages something first
 * ("ik snij eerst je fietsbanden door", "eerst sloop ik je fiets"), then an elliptic conjunct names only the
 * person ("en daarna jou", ", dan hem"): the harm verb applies to them too. Needs "eerst" before, no negation.
 */
export function readEscalation(a: TextAnalysis, c: ThreatContext, hits: StructuralHit[]): void {
  const T = threatTriggers(a);
  if (!(T.any & B_THEN)) return;
  const { forms, targets } = c;
  for (const k of T.list) {
    if (!(T.mask[k]! & B_THEN)) continue;
    // "… en daarna jou", "…, dan hem": the conjunct holds the word and one object
    if (!(forms[k - 1] === 'en' || opens(a, k, -1))) continue;
    const s = a.tokens[k]!.sentence;
    const [sf, sl] = a.sentenceTokens(s);
    let who: Target | undefined;
    let end = k + 1;
    for (; end <= Math.min(sl, k + 2) && !who; end++) {
      const t = targets[end];
      if (t && (t.kind === 'name' || (t.kind === 'second' && /^(jou|jullie)$/.test(forms[end]!)) || (t.kind === 'third' && /^(hem|haar|hen)$/.test(forms[end]!)))) who = t;
      else if (!/^(ook|pas|nog|meteen)$/.test(forms[end]!)) break;
    }
    if (!who || end <= sl && !/[.!?,;]/.test(a.source.slice(a.tokens[end - 1]!.end, a.tokens[end]!.start))) continue;
    let first = false;
    let eerst = false;
    let harm = -1;
    let negated = false;
    for (let j = sf; j < k; j++) {
      const w = forms[j]!;
      if (FIRST.has(w)) first = true;
      if (w === 'eerst') eerst = true;
      if (NEGATOR.has(w)) negated = true;
      if (harm < 0 && w.length >= 3 && (DAMAGED.has(w) || DAMAGE_VERB.has(w))) harm = j;
      // a harm verb; a separable one with its particle or a damaged state before the conjunct ("maak … kapot", not "maak de pizza")
      const h = harm < 0 && w.length >= 3 ? harmFormOf(w) : undefined;
      if (h && !h.particle) harm = j;
      else if (h) for (let i = j + 1; i < k; i++) if (forms[i] === h.particle || DAMAGED.has(forms[i]!)) harm = j;
    }
    if (!first || !eerst || harm < 0 || negated || a.isQuestion(s)) continue;
    hits.push({ kind: 'threat', first: harm, last: who.token, target: who, core: { first: harm, last: who.token } });
  }
}
