/**
 * The harm side of the structural Dutch reading (decency, A7), by word class and clause
 * structure (data: `lexicon/reading.json` `harmPlace`, `everyone`, `harmGiven`):
 *
 * - harm to a PLACE of a group or of the school (`readPlaceHarm`): a place that belongs to a
 *   group by what it is ("moskee", "azc"), by a group word glued on ("homobar"), by a demonym or
 *   identity adjective ("die Poolse winkel"), by an owner ("het huis van Mees", "je huis"), or the
 *   school; destroyed by a verb (by stem: "afbranden", "opgeblazen", "slopen"), an idiom ("in de
 *   fik", "in brand"), or a projectile thrown at it ("een bom op …"); with an intent (a first
 *   person in the clause, a wish or modal in the sentence, "iemand", a call to join in), in any
 *   order, as a wish, a modal, a passive. A report (past tense without a modal) or a negation lets
 *   it pass, and so does the place behind a preposition ("ballonnen opblazen in de moskee").
 * - everyone as a target (`everyoneTargets`): "iedereen", "de hele klas", "wie dit leest", and a
 *   kind noun after a possessive ("jouw soort") — read as a person or group by the other readings.
 * - harm given or received (`readHarmGiven`): a verb of giving with a harm noun and a recipient
 *   ("iemand die X een kogel geeft", "een dreun verkopen") under an intent; a weapon received in
 *   a body part in the present ("dan krijg je een mes in je rug").
 * - abusive compounds (`abusiveCompound`): a curse or a group word glued before a slur or an
 *   insult ("kankermongool", "moslimhoer", "jodenlijers"), not before another head ("homomonument").
 *
 * Every reading visits its own trigger tokens and looks at their clause or sentence once, so the
 * cost stays linear in the text.
 */
import type { TextAnalysis } from '../analysis.js';
import type { Target } from '../detectors/context.js';
import data from '../lexicon/reading.json' with { type: 'json' };
import decency from '../lexicon/decency.json' with { type: 'json' };
import { fm, type StructuralHit } from './structure.js';
import { oncePerAnalysis } from './memo.js';
import { stemIndex, wordSet as W } from './word-sets.js';
import { ACCIDENT, threatBitsOf } from './threat.js';

const P = data.harmPlace;
const GROUP_PLACE = W(P.groupPlace);
const PLACE_HEAD = W(P.placeHead);
const IDENTITY_ADJ = W(P.identityAdjective);
const DESTROY_STEM = stemIndex(P.destroyStem);
const DAMAGE_STEM = stemIndex(P.damageStem);
/** Idioms of fire and destruction by their key word (the last word that is no function word) and its place in the phrase. */
const IDIOM = new Map<string, { words: string[]; at: number }[]>();
for (const phrase of P.idiom) {
  const words = phrase.split(' ');
  let at = words.length - 1;
  while (at > 0 && /^(in|de|aan|met|gelijk)$/.test(words[at]!)) at--;
  const list = IDIOM.get(words[at]!) ?? [];
  list.push({ words, at });
  IDIOM.set(words[at]!, list);
}
const PROJECTILE = W(P.projectile);
/** A destruction foretold ("nog eens", "geloof me maar"): phrases keyed by their first word. */
const PROPHECY = new Map<string, string[][]>();
for (const p of P.prophecy) PROPHECY.set(p[0]!, [...(PROPHECY.get(p[0]!) ?? []), p]);
function prophecyAt(forms: readonly string[], j: number): boolean {
  const list = PROPHECY.get(forms[j]!);
  return list !== undefined && list.some((p) => p.every((w, i) => forms[j + i] === w));
}
/** Words that point back at a place named in the clause before ("gooi ik er een molotov doorheen"). */
const POINT_BACK = W(P.pointBack);
/** Single-word group nouns of the decency list: the first part of a compound that names a group's place or a slur on it. */
const GROUP_WORDS = W([...decency.categories.groupNoun, ...data.demonyms].filter((w) => !w.includes(' ')).map((w) => w.replace(/[^a-z]/g, '')));
/** Heads that make a glued word abuse: slurs and insults of the decency list, "lijer(s)". */
const ABUSE_HEAD = W([...decency.categories.slurStrong, ...decency.categories.insultNoun].filter((w) => !w.includes(' ') && !w.includes('*') && w.length >= 4).map((w) => w.replace(/[^a-z]/g, '')).concat(['lijer', 'lijers']));
const CURSE_PREFIX = data.insultPrefix;

const NEGATOR = W(['niet', 'geen', 'nooit', 'niemand', 'niets', 'niks', 'nergens']);
const FIRST = W(['ik', 'we', 'wij', 'ikke']);
const PREP = W(['met', 'door', 'op', 'in', 'aan', 'naar', 'tegen', 'voor', 'van', 'bij', 'onder', 'over', 'uit', 'om', 'tot', 'zonder', 'na', 'tijdens', 'achter', 'naast', 'tussen', 'rond', 'langs']);
const DET = W(['de', 'het', 'een', 'die', 'deze', 'dat', 'dit', 'zon', 'jullie', 'hun', 'haar', 'zijn', 'je', 'jouw', 'onze', 'ons', 'mijn', 'al', 'alle', 'elke', 'iedere']);
/** Modals and wishes that make an act wished or demanded (not the plain future of a third party). */
const INTENT = W(['moet', 'moeten', 'moest', 'moesten', 'zou', 'zouden', 'mag', 'mogen', 'hoort', 'horen', 'hoop', 'hopen', 'wens', 'wensen', 'verdient', 'verdienen', 'moge', 'iemand', 'tijd', 'laten', 'laat', 'zullen', 'zal']);
/** Past auxiliaries and past forms that make a clause a report. */
const PAST = W(['werd', 'werden', 'was', 'waren', 'brandde', 'brandden', 'ontplofte', 'ontploften', 'sloopten', 'sloopte', 'vernielden', 'vernielde', 'stak', 'staken', 'gooide', 'gooiden', 'bliezen', 'blies', 'leerden', 'leerde']);
const POSSESSIVE = W(['je', 'jouw', 'zijn', 'haar', 'hun', 'jullie', 'z', 'zn', 'uw']);

export interface HarmContext {
  /** Each token's word as written (lower case). */
  forms: readonly string[];
  targets: readonly (Target | undefined)[];
  clauseSpan(k: number): [number, number];
}

/**
 * The tokens the harm readings start from, found in one pass per analysis with one lookup per
 * word form (the bits of a form are computed once and cached): each reading visits only its own.
 */
export const B_GROUP_PLACE = 1, B_PLACE_HEAD = 2, B_PLACE_PART = 4, B_EVERY = 8, B_GIVE = 16, B_RECEIVE = 32, B_CONFINE = 64, B_CAUSE = 128, B_VAN = 256, B_COND = 512, B_RESUMP = 1024, B_INTERJ = 2048, B_POSS = 4096, B_ABUSE = 8192, B_SCHOOL = 16384;
/** Destruction: a verb by stem (strong, damage), an idiom's key word, a projectile, a verb of a split particle verb. */
const B_DESTROY = 1 << 15, B_DAMAGE = 1 << 16, B_IDIOM = 1 << 17, B_PROJECTILE = 1 << 18, B_SPLIT = 1 << 19;
const B_ANY_DESTRUCTION = B_DESTROY | B_DAMAGE | B_IDIOM | B_PROJECTILE | B_SPLIT;
const B_RESULT = 1 << 20;
const EM = data.emotion;
const STATIC_BITS = new Map<string, number>();
const addBits = (words: readonly string[], bit: number): void => {
  for (const w of words) STATIC_BITS.set(w, (STATIC_BITS.get(w) ?? 0) | bit);
};
const formBits = new Map<string, number>();
function bitsOf(w: string): number {
  let b = formBits.get(w);
  if (b === undefined) {
    b = STATIC_BITS.get(w) ?? 0;
    if (w.length >= 7 && groupCompoundPlace(w)) b |= B_GROUP_PLACE;
    if (w.length >= 6 && diminutivePlace(w)) b |= B_GROUP_PLACE;
    if (w.length >= 7 && abusiveCompound(w)) b |= B_ABUSE;
    if (w.length >= 4 && DESTROY_STEM(w)) b |= B_DESTROY;
    if (w.length >= 4 && DAMAGE_STEM(w)) b |= B_DAMAGE;
    if (IDIOM.has(w)) b |= B_IDIOM;
    if (PROJECTILE.has(w) || (w.length > 4 && w.endsWith('bom'))) b |= B_PROJECTILE;
    if (/^(gooi|gooien|gegooid|sla|slaan|trap|trappen|gooit|slaat|blaas|blaast|blazen|schop|schopt|schoppen|ram|ramt|rammen|fik|fikt|fikken|brand|brandt|branden|plat|af)$/.test(w)) b |= B_SPLIT;
    if (w.length >= 8 && !(b & B_PLACE_HEAD) && headOfCompound(w)) b |= B_PLACE_HEAD;
    // a word of the threat readings' classes is marked by one bit above the harm bits (reading/threat.ts reads its own)
    if (threatBitsOf(w) !== 0) b |= B_THREAT_WORD;
    if (formBits.size > 50_000) formBits.clear();
    formBits.set(w, b);
  }
  return b;
}
/** A word with a class of the threat readings (the value stays a small integer: 22 bits). */
const B_THREAT_WORD = 1 << 21;
export interface HarmTriggers {
  list: number[];
  mask: Uint32Array;
  /** The tokens with a class bit of the threat readings (reading/threat.ts), and their bits. */
  threatList: number[];
  threatMask: Uint16Array;
  /** Is there any word of destruction in the text (the gate of the place reading)? */
  destruction: boolean;
}
/** The harm triggers of an analysis: the words with a class bit of the harm readings, once per analysis. */
export const harmTriggers = oncePerAnalysis((a): HarmTriggers => {
  if (STATIC_BITS.size === 0) initBits();
  const forms = fm(a);
  const n = forms.length;
  const mask = new Uint32Array(n);
  const list: number[] = [];
  const threatMask = new Uint16Array(n);
  const threatList: number[] = [];
  let destruction = false;
  for (const m of a.schoolNames) if (m.first < n) mask[m.first] = mask[m.first]! | B_SCHOOL;
  for (let k = 0; k < n; k++) {
    const both = bitsOf(forms[k]!);
    if (both & B_THREAT_WORD) {
      threatMask[k] = threatBitsOf(forms[k]!);
      threatList.push(k);
    }
    let b = (both & ~B_THREAT_WORD) | mask[k]!;
    if (a.has(k, 'schoolTarget')) b |= B_SCHOOL;
    if (b) {
      mask[k] = b;
      list.push(k);
      if (b & B_ANY_DESTRUCTION) destruction = true;
    }
  }
  return { list, mask, destruction, threatList, threatMask };
});

/** A group's place as a diminutive ("moskeetje", "kerkje", "azcetje"): the word without "-tje/-je/-pje/-etje". */
function diminutivePlace(w: string): boolean {
  if (!w.endsWith('je')) return false;
  for (const end of ['etje', 'tje', 'pje', 'je']) if (w.endsWith(end) && GROUP_PLACE.has(w.slice(0, -end.length))) return true;
  return false;
}
/** A compound whose head is a place of four letters or more ("opvanghuis", "koffiehuis"), for a place named by its group after "voor". */
/** The place heads of four letters or more by their last four letters: a word is tried only against heads it can end with. */
const LONG_HEADS = new Map<string, string[]>();
for (const h of P.placeHead) {
  if (h.length < 4) continue;
  const list = LONG_HEADS.get(h.slice(-4)) ?? [];
  list.push(h);
  LONG_HEADS.set(h.slice(-4), list);
}
function headOfCompound(w: string): boolean {
  const list = LONG_HEADS.get(w.slice(-4));
  if (!list) return false;
  for (const h of list) if (w.length - h.length >= 4 && w.endsWith(h)) return true;
  return false;
}
/** A glued group word before a place head ("homobar", "jodenwinkel", "vluchtelingenhuis"), cached per word. */
const compoundPlaceCache = new Map<string, boolean>();
const PLACE_HEADS = [...P.placeHead, ...P.groupPlace];
function groupCompoundPlace(w: string): boolean {
  if (w.length < 7) return false;
  let r = compoundPlaceCache.get(w);
  if (r === undefined) {
    r = false;
    for (const head of PLACE_HEADS) {
      if (r || w.length - head.length < 3 || !w.endsWith(head)) continue;
      const pre = w.slice(0, w.length - head.length);
      // (or a group's place before a head: "opvanghuis", "moskeegebouw", "azcterrein")
      r = GROUP_WORDS.has(pre) || GROUP_WORDS.has(pre.replace(/s$/, '')) || GROUP_WORDS.has(`${pre}s`) || IDENTITY_ADJ.has(pre) || (GROUP_PLACE.has(pre) && pre.length >= 3);
    }
    if (compoundPlaceCache.size > 10_000) compoundPlaceCache.clear();
    compoundPlaceCache.set(w, r);
  }
  return r;
}

/**
 * The target a place at k stands for: the group whose place it is, the owner, or the school;
 * undefined for a place of no one ("het oude gebouw").
 */
function placeTarget(a: TextAnalysis, c: HarmContext, k: number): Target | undefined {
  const { forms, targets } = c;
  const w = forms[k]!;
  const s = a.tokens[k]!.sentence;
  if (targets[k]?.kind === 'school') return targets[k];
  if (a.schoolNames.some((m) => m.first <= k && m.last >= k)) return { token: k, kind: 'school' };
  if (GROUP_PLACE.has(w) || groupCompoundPlace(w) || diminutivePlace(w)) return { token: k, kind: 'group' };
  // "dat opvanghuis voor vrouwen": a place for a group
  if ((PLACE_HEAD.has(w) || headOfCompound(w)) && forms[k + 1] === 'voor') for (let j = k + 2; j <= k + 3; j++) if (targets[j]?.kind === 'group' && a.tokens[j]!.sentence === s) return targets[j];
  // (a compound head stands for its place: "clubhuis van …", "die Poolse supermarktketen")
  if (!PLACE_HEAD.has(w) && !(w.length >= 8 && headOfCompound(w))) return undefined;
  // split from one written word by the glue reading: "vluchtelingen" + "huis"
  if (k > 0 && a.tokens[k - 1]!.start === a.tokens[k]!.start && targets[k - 1]?.kind === 'group') return targets[k - 1];
  // an identity or demonym adjective before the head: "die Poolse winkel", "dat joodse winkeltje"
  for (let j = k - 1; j >= k - 2 && j >= 0 && a.tokens[j]!.sentence === s; j--) {
    if (IDENTITY_ADJ.has(forms[j]!) || (a.tokens[j]!.capitalised && /(se|sche|aanse|ese)$/.test(forms[j]!) && j > 0 && a.tokens[j - 1]!.sentence === s)) return { token: k, kind: 'group' };
    if (!DET.has(forms[j]!) && !/e$/.test(forms[j]!)) break;
  }
  // a possessive before it: "je huis", "hun winkel"
  if (POSSESSIVE.has(forms[k - 1] ?? '')) return { token: k - 1, kind: forms[k - 1] === 'je' || forms[k - 1] === 'jouw' || forms[k - 1] === 'uw' ? 'second' : 'third' };
  // an owner after "van": "het huis van Mees", "de winkel van die Turken"
  if (forms[k + 1] === 'van') for (let j = k + 2; j <= k + 4 && j < forms.length && a.tokens[j]!.sentence === s; j++) if (targets[j] && !FIRST.has(forms[j]!)) return targets[j];
  return undefined;
}

const ULTIMATUM_TAG = W(['let', 'reken', 'wacht', 'zweer', 'beloof']);
const FEST = W(['feest', 'feestje', 'kampvuur', 'vuurkorf', 'barbecue', 'bbq', 'open', 'haard', 'kaars', 'kaarsen', 'lampjes', 'verjaardag']);
/**
 * "Ik steek die hele tent in de fik als mijn kind niet overgaat, let maar op": a building of no one named, pointed at
 * ("die (hele) tent", "dat gebouw"), set on fire by the author in the same clause under an ultimatum (a condition
 * or a menace tag in the sentence); no celebration, no negation outside the condition. The building stands for
 * those in it.
 */
function pointedUnderUltimatum(a: TextAnalysis, c: HarmContext, p: number): Target | undefined {
  const { forms } = c;
  if (!PLACE_HEAD.has(forms[p]!)) return undefined;
  const d1 = forms[p - 1] ?? '';
  if (!/^(die|dat|deze|dit)$/.test(d1) && !(/^(hele|gehele)$/.test(d1) && /^(die|dat|deze|dit)$/.test(forms[p - 2] ?? ''))) return undefined;
  const [sf, sl] = a.sentenceTokens(a.tokens[p]!.sentence);
  let first = false;
  let fire = false;
  let frame = false;
  let inCondition = false;
  for (let j = sf; j <= sl; j++) {
    const w = forms[j]!;
    if (/^(als|wanneer|zodra|tenzij|indien)$/.test(w)) {
      frame = true;
      inCondition = true;
    } else if (j > sf && /[,;]/.test(a.source.slice(a.tokens[j - 1]!.end, a.tokens[j]!.start))) inCondition = false;
    if (ULTIMATUM_TAG.has(w) && forms[j + 1] === 'maar') frame = true;
    if (NEGATOR.has(w) && !inCondition) return undefined;
    if (FEST.has(w)) return undefined;
    if (FIRST.has(w)) first = true;
    if (w === 'fik' || w === 'brand' || w === 'hens' || (w.length >= 4 && DESTROY_STEM(w))) fire = true;
  }
  return first && fire && frame ? { token: p, kind: 'group' } : undefined;
}

/** Is the place at k behind a preposition (over its determiners and adjectives)? */
function behindPreposition(a: TextAnalysis, c: HarmContext, k: number): string {
  for (let j = k - 1; j >= 0 && j >= k - 4 && a.tokens[j]!.sentence === a.tokens[k]!.sentence; j--) {
    const f = c.forms[j]!;
    if (PREP.has(f)) return f;
    if (!DET.has(f) && !/e$/.test(f) && !IDENTITY_ADJ.has(f)) return '';
  }
  return '';
}

/** The tokens of the place's clause, a demonstrative before the place opening no clause of its own. */
function placeSpan(a: TextAnalysis, c: HarmContext, k: number, p: number): [number, number] {
  let [f, l] = c.clauseSpan(k);
  // "ik blaas die moskee op": the demonstrative split the clause; join the clause before and after
  if (f > 0 && f >= k - 3 && /^(die|dat|deze|dit)$/.test(c.forms[f]!) && a.tokens[f - 1]!.sentence === a.tokens[k]!.sentence && a.source.slice(a.tokens[f - 1]!.end, a.tokens[f]!.start).trim() === '') f = c.clauseSpan(f - 1)[0];
  if (l + 1 < c.forms.length && a.tokens[l + 1]!.sentence === a.tokens[k]!.sentence && a.source.slice(a.tokens[l]!.end, a.tokens[l + 1]!.start).trim() === '' && (!/^(en|of|maar|want|omdat|als|dat|die|wie)$/.test(c.forms[l + 1]!) || (p > l && p <= c.clauseSpan(l + 1)[1] && /^(dat|die)$/.test(c.forms[l + 1]!)))) l = c.clauseSpan(l + 1)[1];
  return [f, l];
}

export function readPlaceHarm(a: TextAnalysis, c: HarmContext, hits: StructuralHit[]): void {
  const { forms } = c;
  const n = forms.length;
  const T = harmTriggers(a);
  if (!T.destruction) return;
  for (const k of T.list) {
    const bits = T.mask[k]!;
    // a place word, a part of a building, the school
    if (!(bits & (B_GROUP_PLACE | B_PLACE_HEAD | B_PLACE_PART | B_SCHOOL))) continue;
    // "de ramen van …", "de ramen in van …" (the particle of "ingooien" before the owner)
    const vanAt = forms[k + 1] === 'van' ? k + 1 : /^(in|kapot|stuk)$/.test(forms[k + 1] ?? '') && forms[k + 2] === 'van' ? k + 2 : -1;
    const part = (bits & B_PLACE_PART) !== 0 && vanAt > 0;
    if (!part && !(bits & (B_GROUP_PLACE | B_PLACE_HEAD | B_SCHOOL | B_PLACE_PART))) continue;
    // "de ramen van die moskee": the part stands for the place after it
    let p = k;
    let partOfSchool = false;
    if (part) {
      p = -1;
      for (let j = vanAt + 1; j <= vanAt + 4 && j < n && a.tokens[j]!.sentence === a.tokens[k]!.sentence; j++) if (placeTarget(a, c, j)) p = j;
      // "de ruit van meester Joost": the part of a person's home stands for the person
      if (p < 0) for (let j = vanAt + 1; j <= vanAt + 3 && j < n && a.tokens[j]!.sentence === a.tokens[k]!.sentence && p < 0; j++) if (c.targets[j] && /^(name|person)$/.test(c.targets[j]!.kind)) p = j;
      if (p < 0) continue;
    }
    // "Als de Sterren …, kom ik langs om de ramen in te gooien": a part without an owner, the school named in the sentence
    if (!part && bits & B_PLACE_PART && !(bits & (B_GROUP_PLACE | B_PLACE_HEAD | B_SCHOOL)) && DET.has(forms[k - 1] ?? '') && !POSSESSIVE.has(forms[k - 1] ?? '')) {
      const [sf, sl] = a.sentenceTokens(a.tokens[k]!.sentence);
      for (let j = sf; j <= sl && p === k; j++) if (T.mask[j]! & B_SCHOOL) p = j;
      if (p === k) continue;
      partOfSchool = true;
    }
    const target = placeTarget(a, c, p) ?? (part && c.targets[p] && /^(name|person)$/.test(c.targets[p]!.kind) ? c.targets[p] : undefined) ?? pointedUnderUltimatum(a, c, p);
    if (!target) continue;
    if (partOfSchool) p = k;
    const span = placeSpan(a, c, k, p);
    const f = span[0];
    let l = span[1];
    // "Die Turkse bakker …, iemand moet daar eens …": the next clause points back at the fronted place with "daar"
    if (f === a.sentenceTokens(a.tokens[k]!.sentence)[0] && l + 1 < n && a.tokens[l + 1]!.sentence === a.tokens[k]!.sentence) {
      const [nf, nl] = c.clauseSpan(l + 1);
      for (let j = nf; j <= Math.min(nl, nf + 4); j++) if (forms[j] === 'daar') l = nl;
    }
    const s = a.tokens[k]!.sentence!;
    let prep = part || partOfSchool ? behindPreposition(a, c, k) : behindPreposition(a, c, p);
    // "om de ramen in te gooien", "om die moskee in brand te steken": "om … te" is a purpose, not a setting
    let purpose = false;
    for (let j = k + 1; j <= l && prep === 'om'; j++) if (forms[j] === 'te') purpose = true;
    if (purpose) prep = '';
    // the destruction in the clause: a verb by stem, an idiom ("in de fik"), a projectile at the place
    let strong = -1;
    let weak = -1;
    let projectile = false;
    let negated = false;
    let firstPerson = false;
    let past = false;
    let inward = false;
    let inCondition = false;
    for (let j = f; j <= l; j++) {
      const fj = forms[j]!;
      if (j === k || j === p) continue;
      // "naar binnen gooien": thrown into the place
      if (fj === 'binnen' && forms[j - 1] === 'naar') inward = true;
      // a destruction verb with its particle written apart: "plat gebrand", "af gefikt", "plat gegooid"
      if ((fj === 'plat' || fj === 'af') && j + 1 <= l && DESTROY_STEM(fj + forms[j + 1]!)) strong = j;
      // (a negation in a condition the sentence splitter left in the clause is the condition's: "… als mijn kind niet overgaat")
      if (/^(als|wanneer|zodra|tenzij|indien)$/.test(fj) && j > k) inCondition = true;
      if (NEGATOR.has(fj) && !inCondition && !(forms[j + 1] === 'gewoon' || forms[j + 1] === 'eens')) negated = true;
      if (FIRST.has(fj)) firstPerson = true;
      if (PAST.has(fj)) past = true;
      const bj = T.mask[j]!;
      if (!(bj & B_ANY_DESTRUCTION)) continue;
      const idioms = bj & B_IDIOM ? IDIOM.get(fj) : undefined;
      if (idioms && idioms.some((x) => x.words.every((word, i) => forms[j - x.at + i] === word))) strong = j;
      if (bj & B_PROJECTILE) projectile = true;
      if (bj & B_DESTROY) strong = j;
      if (bj & B_DAMAGE) weak = j;
      // "ramen ingooien", "de ruiten inslaan", split: "gooi … in", "sla … in"
      if ((part || partOfSchool) && bj & B_SPLIT && !/^blaa?s|^blazen/.test(fj)) for (let i = j + 1; i <= l; i++) if (forms[i] === 'in' || forms[i] === 'kapot') weak = j;
      // "om de ramen in te gooien": the particle before "te"
      if ((part || partOfSchool) && bj & B_SPLIT && forms[j - 1] === 'te' && /^(in|kapot|stuk)$/.test(forms[j - 2] ?? '')) weak = j;
      // "blaas … op": opblazen split
      if (bj & B_SPLIT && /^(blaas|blaast|blazen)$/.test(fj) && forms[l] === 'op' && l > j) strong = j;
      // "fik … af", "brand … plat": split verbs of fire
      if (bj & B_SPLIT && /^(fik|fikt|fikken|brand|brandt|branden)$/.test(fj)) for (let i = j + 1; i <= l; i++) if (forms[i] === 'af' || forms[i] === 'plat') strong = j;
    }
    // "… kom ik langs om de ramen in te gooien": the purpose clause has the subject of the clause before
    if (!firstPerson && forms[f] === 'om' && f > 0 && a.tokens[f - 1]!.sentence === a.tokens[k]!.sentence) {
      const [pf] = c.clauseSpan(f - 1);
      for (let j = pf; j < f; j++) if (FIRST.has(forms[j]!)) firstPerson = true;
    }
    // "Als ze die tempel bouwen, gooi ik er een molotov doorheen": a projectile thrown in the next clause of the
    // sentence, at the place by a word pointing back, by a first person
    // (or in the same clause when no comma split them); a part of the place stands for it ("…, we proppen vuurwerk in de brievenbus")
    let thrownAfter = false;
    if (!(projectile && prep)) {
      const next = l + 1 < n && a.tokens[l + 1]!.sentence === a.tokens[k]!.sentence;
      const nl = next ? c.clauseSpan(l + 1)[1] : l;
      let pj = false;
      let back = false;
      let fp = false;
      for (let j = p + 1; j <= nl; j++) {
        const fj = forms[j]!;
        if (T.mask[j]! & B_PROJECTILE) pj = true;
        if (POINT_BACK.has(fj) || (pj && T.mask[j]! & B_PLACE_PART && !POSSESSIVE.has(forms[j - 1] ?? ''))) back = true;
        if (FIRST.has(fj)) fp = true;
        if (j > l && NEGATOR.has(fj)) negated = true;
      }
      if (pj && back && fp) {
        thrownAfter = true;
        firstPerson = true;
        l = nl;
      }
    }
    // a projectile thrown at the place: "een bom op de Sterren gooien", "een brandbom op die moskee"
    const thrown = thrownAfter || projectile && (prep === 'op' || prep === 'in' || prep === 'door' || prep === 'naar' || prep === 'tegen' || (inward && (prep === '' || prep === 'bij')));
    if (strong < 0 && weak < 0 && !thrown) continue;
    // the place as object or subject, not the setting of something else ("ballonnen opblazen in de moskee")
    if (prep && !thrown && !(part && !prep)) continue;
    if (negated) continue;
    // intent: a first person in the clause, a wish or modal in the sentence, a call to join in
    let wish = false;
    let call = false;
    const [sf, sl] = a.sentenceTokens(s);
    for (let j = sf; j <= sl; j++) {
      const fj = forms[j]!;
      if (INTENT.has(fj) || ((fj === 'kan' || fj === 'kunnen') && forms[j + 1] === 'beter')) wish = true;
      // a destruction foretold: "wordt nog eens platgebrand", "gaat eraan, geloof me maar"
      if (!past && prophecyAt(forms, j)) wish = true;
      if (fj === 'mee' && (forms[sf] === 'wie' || forms.slice(j - 3, j).includes('wie'))) call = true;
      if (fj === 'doet' && forms[j + 1] === 'mee') call = true;
    }
    const firstInSentence = !firstPerson && /^(we|wij)$/.test(forms[sf + 1] ?? '') && a.isQuestion(s);
    if (!(firstPerson || wish || call || firstInSentence)) continue;
    // a report: a past auxiliary or past form without a wish or modal ("werd in brand gestoken")
    if (past && !wish) continue;
    // damage needs a first person or a strong wish: "de gemeente gaat het azc slopen" is news
    if (strong < 0 && !thrown && !firstPerson && !wish && !call) continue;
    const core = strong >= 0 ? strong : weak >= 0 ? weak : p;
    hits.push({ kind: firstPerson ? 'threat' : 'violence', first: Math.min(k, core), last: Math.max(p, core), target, core: { first: Math.min(k, core), last: Math.max(p, core) } });
  }
}

const E = data.everyone;
const ALL = W(E.all);
const WHOLE_HEAD = W(E.wholeHead);
const KIND_NOUN = W(E.kindNoun);
const KIND_FOLLOW = W(E.kindFollow);
/**
 * Targets the lists do not hold, for the structural readings: "iedereen" (a person: what is said
 * of everyone is said of each), "de hele klas/groep" (the people of it), "wie dit leest" (the free
 * relative opening a sentence that is not a question), a kind noun after a possessive ("jouw
 * soort", "hun soort mensen": a group). Filled into `targets` where no target stands.
 */
export function everyoneTargets(a: TextAnalysis, forms: readonly string[], targets: (Target | undefined)[]): void {
  const n = forms.length;
  const T = harmTriggers(a);
  for (const k of T.list) {
    if (!(T.mask[k]! & B_EVERY) || targets[k]) continue;
    const w = forms[k]!;
    const s = a.tokens[k]!.sentence;
    if (ALL.has(w) && !/^(voor|met|bij|zoals|als)$/.test(forms[k - 1] ?? '')) targets[k] = { token: k, kind: 'person' };
    else if (WHOLE_HEAD.has(w) && forms[k - 1] === 'hele' && /^(de|het|die|deze|jullie|onze)$/.test(forms[k - 2] ?? '') && !PREP.has(forms[k - 3] ?? '')) targets[k] = { token: k, kind: 'person' };
    else if (w === 'allemaal' && forms[k - 1] === 'jullie') targets[k] = { token: k, kind: 'second' };
    else if (w === 'wie' && (k === 0 || a.tokens[k - 1]!.sentence !== s) && !a.isQuestion(s) && /^(dit|dat|deze|het)$/.test(forms[k + 1] ?? '')) targets[k] = { token: k, kind: 'person' };
    else if (KIND_NOUN.has(w) && /^(jouw|jullie|hun|zijn|haar|je)$/.test(forms[k - 1] ?? '')) {
      const next = k + 1 < n && a.tokens[k + 1]!.sentence === s ? forms[k + 1]! : '';
      // "jouw soort humor": the kind of a thing; "jouw soort (mensen)", "jouw soort hoort …": people
      if (next === '' || KIND_FOLLOW.has(next) || a.tokens[k + 1]!.clause !== a.tokens[k]!.clause) {
        targets[k] = { token: k, kind: 'group' };
        // "hun soort mensen": the people noun is the group too
        if (/^(mensen|volk|types|lui|figuren)$/.test(next)) targets[k + 1] = { token: k + 1, kind: 'group' };
      }
    }
  }
}

const G = data.harmGiven;
const GIVE = W(G.giveVerb);
const HARM_GIVEN = W(G.harmNoun);
const WEAPON = W(G.weapon);
const RECEIVE = W(G.receiveVerb);
const BODY = W([...data.harmBodyPart, ...G.bodyPart]);
const FRAME = W(G.frame);
const GENERIC = W(G.generic);
const WISH_GIVE = W(['moet', 'moeten', 'zou', 'zouden', 'mag', 'mogen', 'hoop', 'hopen', 'wens', 'iemand', 'tijd', 'verdient', 'verdienen', 'ga', 'gaan', 'zal', 'zullen', 'wil', 'willen', 'kom', 'komen']);

export function readHarmGiven(a: TextAnalysis, c: HarmContext, hits: StructuralHit[]): void {
  const { forms, targets } = c;
  const T = harmTriggers(a);
  for (const k of T.list) {
    if (!(T.mask[k]! & (B_GIVE | B_RECEIVE))) continue;
    const w = forms[k]!;
    const give = GIVE.has(w);
    const receive = RECEIVE.has(w);
    if (!give && !receive) continue;
    const [f, l] = c.clauseSpan(k);
    const s = a.tokens[k]!.sentence!;
    let harm = -1;
    let weapon = -1;
    let negated = false;
    let recipient: Target | undefined;
    for (let j = f; j <= l; j++) {
      const fj = forms[j]!;
      if (NEGATOR.has(fj)) negated = true;
      if (HARM_GIVEN.has(fj) && !(fj === 'pak' && forms[j + 1] !== 'slaag' && forms[j + 1] !== 'rammel' && forms[j + 1] !== 'op')) harm = j;
      if (WEAPON.has(fj) && /^(een|de)$/.test(forms[j - 1] ?? '')) weapon = j;
    }
    if (negated) continue;
    if (give) {
      if (harm < 0) continue;
      // the recipient: a target in the clause, not the first person, not behind a preposition
      for (let j = f; j <= l && !recipient; j++) {
        const t = targets[j];
        if (!t || FIRST.has(forms[j]!) || /^(me|mij|ons)$/.test(forms[j]!) || PREP.has(forms[j - 1] ?? '') || t.kind === 'school') continue;
        if (t.kind === 'third' && !/^(hem|haar|ze|hen|hun|die)$/.test(forms[j]!)) continue;
        recipient = t;
      }
      const [sf, sl] = a.sentenceTokens(s);
      // "… een klap voor hun kop geven": the owner of the body part hit
      for (let j = f; j + 1 <= l && !recipient; j++) if (/^(voor|op|tegen|in)$/.test(forms[j - 1] ?? '') && /^(hun|zijn|haar|je|jouw)$/.test(forms[j]!) && BODY.has(forms[j + 1]!)) recipient = { token: j, kind: /^(je|jouw)$/.test(forms[j]!) ? 'second' : 'third' };
      // "Vrouwen die …, zou ik … geven": the antecedent of a relative clause that opens the sentence
      // ("de turken uit groep 7, die ik … een dreun zou verkopen": the nearest target before the relative "die")
      if (!recipient && forms[f] === 'die' && f > sf) for (let j = f - 1; j >= sf && j >= f - 6 && !recipient; j--) if (targets[j] && targets[j]!.kind !== 'school' && !FIRST.has(forms[j]!)) recipient = targets[j];
      // "iemand die X een kogel geeft": the relative clause after "iemand" shares the intent of the sentence
      let intent = false;
      let first = false;
      for (let j = sf; j <= sl; j++) {
        if (WISH_GIVE.has(forms[j]!)) intent = true;
        if (FIRST.has(forms[j]!)) first = true;
      }
      if (!recipient || !(intent || first)) continue;
      // a past gift is a report ("hij gaf hem een klap")
      if (/^(gaf|gaven|verkocht|gegeven)$/.test(w) && !intent) continue;
      hits.push({ kind: first ? 'threat' : 'violence', first: Math.min(recipient.token, k, harm), last: Math.max(recipient.token, k, harm), target: recipient, core: { first: Math.min(k, harm), last: Math.max(k, harm) } });
      continue;
    }
    // blows received in the present with a time or a condition, by someone addressed or named: "straks krijg je een
    // dreun", "morgen krijgt Bram klappen", "als je … uitlacht krijg je een knal" (not a generic "bij boksen krijg je soms …")
    if (harm >= 0 && weapon < 0) {
      const [sf, sl] = a.sentenceTokens(s);
      let frame = false;
      let generic = false;
      for (let j = sf; j <= sl; j++) {
        const fj = forms[j]!;
        if (FRAME.has(fj) || ((fj === 'als' || fj === 'wanneer') && /^(je|jij|u)$/.test(forms[j + 1] ?? ''))) frame = true;
        if (GENERIC.has(fj) || ACCIDENT.has(fj)) generic = true;
      }
      for (let j = f; j <= l && !recipient; j++) if (targets[j] && (targets[j]!.kind === 'second' || targets[j]!.kind === 'name') && !PREP.has(forms[j - 1] ?? '') && j < harm) recipient = targets[j];
      if (!recipient || !frame || generic || a.isQuestion(s)) continue;
      // "een klap van de deur": a cause that is no one
      if (forms[harm + 1] === 'van' && !targets[harm + 2] && !targets[harm + 3] && !/^(me|mij|ons)$/.test(forms[harm + 2] ?? '')) continue;
      hits.push({ kind: 'threat', first: Math.min(recipient.token, k), last: Math.max(recipient.token, harm), target: recipient, core: { first: k, last: harm } });
      continue;
    }
    // a weapon received in a body part, in the present: "dan krijg je een mes in je rug", "krijg jij een kogel door je kop"
    if (weapon < 0) continue;
    let body = -1;
    for (let j = weapon + 1; j <= Math.min(l, weapon + 4); j++) if (BODY.has(forms[j]!) && POSSESSIVE.has(forms[j - 1]!) && /^(in|door|tussen|op|tegen)$/.test(forms[j - 2]!)) body = j;
    if (body < 0) continue;
    for (let j = f; j <= l && !recipient; j++) if (targets[j] && (targets[j]!.kind === 'second' || targets[j]!.kind === 'name') && !PREP.has(forms[j - 1] ?? '')) recipient = targets[j];
    if (!recipient || a.isQuestion(s)) continue;
    hits.push({ kind: 'threat', first: Math.min(recipient.token, k), last: body, target: recipient, core: { first: k, last: body } });
  }
}

/** A curse or a group word glued before a slur or an insult ("kankermongool", "moslimhoer", "jodenlijers"); cached per word. */
const abuseCache = new Map<string, boolean>();
/** The abuse heads by their last two letters, so a new word is tried only against heads it can end with. */
const ABUSE_BY_END = new Map<string, string[]>();
for (const h of ABUSE_HEAD) {
  const key = h.slice(-2);
  const list = ABUSE_BY_END.get(key) ?? [];
  list.push(h);
  ABUSE_BY_END.set(key, list);
}
export function abusiveCompound(w: string): boolean {
  if (w.length < 7) return false;
  let r = abuseCache.get(w);
  if (r === undefined) {
    r = false;
    // a plural or link ending after the head: "-en", "-s"
    for (const end of [w, w.replace(/(en|s)$/, '')]) {
      for (const head of ABUSE_BY_END.get(end.slice(-2)) ?? []) {
        if (r || end.length - head.length < 3 || !end.endsWith(head)) continue;
        const pre = end.slice(0, end.length - head.length);
        // a curse or a group word before it: "kanker-", "moslim-", "joden-", "homo-"
        r = CURSE_PREFIX.includes(pre) || GROUP_WORDS.has(pre) || GROUP_WORDS.has(pre.replace(/s$/, '')) || GROUP_WORDS.has(`${pre}s`);
      }
    }
    if (abuseCache.size > 10_000) abuseCache.clear();
    abuseCache.set(w, r);
  }
  return r;
}

/**
 * A group judged through what it owns: "X en hun smerige gewoontes", "X met hun stinkende busjes",
 * "jullie X en jullie zieke ideeën" — the group, "en"/"met", a possessive that points back at it, a
 * judging adjective before the owned noun. A group of an identity (not a role or an age: "de
 * kinderen en hun vieze laarzen" is about boots); no negation before the adjective.
 */
export function readPossessiveJudged(a: TextAnalysis, c: HarmContext, judge: (k: number) => boolean, hits: StructuralHit[]): void {
  const { forms, targets } = c;
  const n = forms.length;
  const T = harmTriggers(a);
  for (const k of T.list) {
    if (!(T.mask[k]! & B_POSS) || k < 1 || k + 2 >= n) continue;
    if (!/^(hun|jullie|zijn|haar)$/.test(forms[k]!) || !/^(en|met)$/.test(forms[k - 1]!)) continue;
    const g = targets[k - 2];
    if (!g || g.kind !== 'group' || a.has(k - 2, 'personNoun') || a.tokens[k - 2]!.sentence !== a.tokens[k]!.sentence) continue;
    let adj = -1;
    for (let j = k + 1; j <= k + 3 && j < n && a.tokens[j]!.sentence === a.tokens[k]!.sentence; j++) {
      if (NEGATOR.has(forms[j]!)) break;
      if (judge(j) && /e$/.test(forms[j]!)) {
        adj = j;
        break;
      }
    }
    if (adj < 0 || adj + 1 >= n || targets[adj + 1]) continue;
    hits.push({ kind: 'derogation', first: g.token, last: adj + 1, target: g, core: { first: adj, last: adj + 1 } });
  }
}

const C = data.confine;
const PUT_STEM = stemIndex(C.putStem);
const CONFINE_PLACE = W(C.place);
const IMPLEMENT = W(C.implement);
const PUSH = W(C.pushVerb);
const HEIGHT = W(C.height);
const PUSH_PREP = W(C.pushPrep);
const MODAL = W(['moet', 'moeten', 'zou', 'zouden', 'mag', 'mogen', 'hoort', 'horen', 'moesten', 'moest', 'verdienen', 'verdient', 'kun', 'kunnen', 'kan']);

/** An intent in the sentence of k: a first person, a modal or wish, "iemand", a sentence-initial imperative (the verb first). */
function intentOf(a: TextAnalysis, c: HarmContext, k: number, verbs: (w: string) => boolean): { intent: boolean; first: boolean } {
  const [sf, sl] = a.sentenceTokens(a.tokens[k]!.sentence);
  let intent = false;
  let first = false;
  for (let j = sf; j <= sl; j++) {
    const fj = c.forms[j]!;
    if (INTENT.has(fj) || MODAL.has(fj) || fj === 'wil' || fj === 'willen' || fj === 'ga' || fj === 'gaan') intent = true;
    if (FIRST.has(fj)) first = true;
  }
  if (verbs(c.forms[sf]!)) intent = true;
  return { intent, first };
}

/** The victim in [f, l]: a person, group or name, an addressed or object pronoun; not the first person nor behind a preposition. */
function victimIn(c: HarmContext, f: number, l: number, skip: number): Target | undefined {
  for (let j = f; j <= l; j++) {
    const t = c.targets[j];
    if (!t || j === skip || FIRST.has(c.forms[j]!) || t.kind === 'school' || PREP.has(c.forms[j - 1] ?? '')) continue;
    if (t.kind === 'third' && !/^(hem|haar|ze|hen|die)$/.test(c.forms[j]!)) continue;
    if (t.kind === 'second' && !/^(je|jou|jullie)$/.test(c.forms[j]!)) continue;
    return t;
  }
  return undefined;
}

/**
 * Confinement, instruments of beating and pushing, wished on people:
 * - a group or person put in a place of confinement under an intent ("Al die X moet je in een kamp zetten",
 *   "Stop die X in een container", "moeten in kampen gestopt worden");
 * - a group with a modal and "met (de)" + an instrument of beating, with or without a verb ("X moeten met de zweep");
 * - someone pushed or thrown from a height or before a vehicle ("ik duw Mees van de trap", "had iemand X maar voor de
 *   trein geduwd", "ik gooi je uit het raam").
 * Not of animals or things (no target), not negated, not a report without intent.
 */
export function readConfine(a: TextAnalysis, c: HarmContext, hits: StructuralHit[]): void {
  const { forms } = c;
  const T = harmTriggers(a);
  for (const k of T.list) {
    if (!(T.mask[k]! & B_CONFINE) || k < 1) continue;
    const w = forms[k]!;
    const inside = CONFINE_PREP.has(forms[k - 1]!) || (/^(een|de|het)$/.test(forms[k - 1]!) && CONFINE_PREP.has(forms[k - 2]!));
    // (a vehicle driven into water: "in een bus stoppen en die bus de noordzee in rijden")
    const place = inside && (CONFINE_PLACE.has(w) || (VEHICLE_WORD.has(w) && drownedIn(a, forms, k)));
    // "voor die X zou er een kamp moeten komen": a place of confinement made for a group under a modal
    if (!place && CONFINE_PLACE.has(w) && madeFor(a, c, k, hits)) continue;
    const implement = IMPLEMENT.has(w) && (forms[k - 1] === 'met' || (/^(een|de|het)$/.test(forms[k - 1]!) && forms[k - 2] === 'met'));
    const height = HEIGHT.has(w) && k > 1 && /^(de|het|een|die)$/.test(forms[k - 1]!) && PUSH_PREP.has(forms[k - 2]!);
    if (!place && !implement && !height) continue;
    const [f, l] = c.clauseSpan(k);
    // a negation after a place of confinement belongs to a coordinated clause ("horen achter tralies en niet op ons plein")
    if (negatedIn(forms, f, place ? k : l)) continue;
    if (place) {
      let put = -1;
      for (let j = f; j <= l; j++) if (j !== k && forms[j]!.length >= 3 && PUT_STEM(forms[j]!)) put = j;
      // without a verb of putting, a group said to belong there: "Zijn soort mensen hoort in de gevangenis"
      // (a group of an identity, not a role: "criminelen horen in de gevangenis" is no hate of a group)
      if (put < 0) {
        let modal = -1;
        for (let j = f; j < k; j++) if (/^(hoort|horen|hoor|moet|moeten)$/.test(forms[j]!)) modal = j;
        let group: Target | undefined;
        for (let j = f; j < modal && !group; j++) if (c.targets[j]?.kind === 'group' && !a.has(j, 'personNoun')) group = c.targets[j];
        if (modal >= 0 && group) hits.push({ kind: 'derogation', first: group.token, last: k, target: group, core: { first: modal, last: k } });
        continue;
      }
      const victim = victimIn(c, f, k - 1, put);
      if (!victim) continue;
      const { intent, first } = intentOf(a, c, k, PUT_STEM);
      if (!intent) continue;
      hits.push({ kind: first ? 'threat' : 'violence', first: Math.min(victim.token, put), last: Math.max(k, put), target: victim, core: { first: Math.min(put, k), last: Math.max(put, k) } });
    } else if (implement) {
      // the group as subject with a modal before "met": "X moeten (gewoon weer) met de zweep"
      let modal = -1;
      for (let j = f; j < k; j++) if (MODAL.has(forms[j]!)) modal = j;
      if (modal < 0) continue;
      let victim: Target | undefined;
      for (let j = f; j < modal && !victim; j++) if (c.targets[j]?.kind === 'group' && !a.has(j, 'personNoun')) victim = c.targets[j];
      if (!victim) continue;
      hits.push({ kind: 'violence', first: victim.token, last: k, target: victim, core: { first: modal, last: k } });
    } else {
      let push = -1;
      for (let j = f; j <= l; j++) if (PUSH.has(forms[j]!)) push = j;
      if (push < 0) continue;
      // "Had iemand X maar voor de trein geduwd": the wish particle "maar" split the clause
      const from = forms[f] === 'maar' && f > 0 && a.tokens[f - 1]!.sentence === a.tokens[k]!.sentence ? c.clauseSpan(f - 1)[0] : f;
      const victim = victimIn(c, from, k - 2, push);
      if (!victim) continue;
      const { intent, first } = intentOf(a, c, k, () => false);
      const firstInClause = (() => {
        for (let j = f; j <= l; j++) if (FIRST.has(forms[j]!)) return true;
        return false;
      })();
      if (!intent && !firstInClause) continue;
      if (!firstInClause && /^(ge)/.test(forms[push]!) && !intent) continue;
      hits.push({ kind: first ? 'threat' : 'violence', first: Math.min(victim.token, push), last: Math.max(k, push), target: victim, core: { first: Math.min(push, k), last: Math.max(push, k) } });
    }
  }
}

const CONFINE_PREP = W(['in', 'achter']);
const VEHICLE_WORD = W(data.vehicle);
const DROWN = W(C.drownPlace);
/** Does the sentence of k send something into water or an abyss ("de noordzee in", "in de gracht")? */
function drownedIn(a: TextAnalysis, forms: readonly string[], k: number): boolean {
  const [sf, sl] = a.sentenceTokens(a.tokens[k]!.sentence);
  for (let j = sf; j <= sl; j++) if (DROWN.has(forms[j]!) && (forms[j + 1] === 'in' || (forms[j - 1] === 'de' && forms[j - 2] === 'in'))) return true;
  return false;
}
const MADE = W(C.madeVerb);
/**
 * A place of confinement made for a group under a modal: "Voor dat soort X zou er een kamp moeten komen", "er moet
 * een kamp gebouwd worden voor X". The group after "voor" in the sentence; no negation; not a place for a role
 * ("voor criminelen"). Pushes the hit and answers whether it did.
 */
/** A group by identity, not by role: no person noun ("criminelen"), or one after a demonym or identity adjective ("Antilliaanse ouders"). */
function identityGroup(a: TextAnalysis, c: HarmContext, i: number): boolean {
  if (!a.has(i, 'personNoun')) return true;
  const prev = c.forms[i - 1] ?? '';
  return IDENTITY_ADJ.has(prev) || (i > 0 && a.tokens[i - 1]!.capitalised && /(se|sche)$/.test(prev));
}
function madeFor(a: TextAnalysis, c: HarmContext, k: number, hits: StructuralHit[]): boolean {
  const { forms } = c;
  const [sf, sl] = a.sentenceTokens(a.tokens[k]!.sentence);
  let made = -1;
  let modal = -1;
  let group: Target | undefined;
  for (let j = sf; j <= sl; j++) {
    const fj = forms[j]!;
    if (NEGATOR.has(fj)) return false;
    if (MADE.has(fj)) made = j;
    if (MODAL.has(fj) || INTENT.has(fj)) modal = j;
    if (!group && fj === 'voor') for (let i = j + 1; i <= Math.min(sl, j + 4) && !group; i++) if (c.targets[i]?.kind === 'group' && identityGroup(a, c, i)) group = c.targets[i];
  }
  if (made < 0 || modal < 0 || !group) return false;
  hits.push({ kind: 'violence', first: Math.min(group.token, k), last: Math.max(group.token, k, made), target: group, core: { first: Math.min(k, made), last: Math.max(k, made) } });
  return true;
}

function negatedIn(forms: readonly string[], f: number, l: number): boolean {
  for (let j = f; j <= l; j++) if (NEGATOR.has(forms[j]!) && !(forms[j + 1] === 'gewoon' || forms[j + 1] === 'eens')) return true;
  return false;
}

function initBits(): void {
  addBits(P.groupPlace, B_GROUP_PLACE);
  addBits(P.placeHead, B_PLACE_HEAD);
  addBits(P.placePart, B_PLACE_PART);
  addBits([...E.all, ...E.wholeHead, ...E.kindNoun, 'allemaal', 'wie'], B_EVERY);
  addBits(G.giveVerb, B_GIVE);
  addBits(G.receiveVerb, B_RECEIVE);
  addBits([...C.place, ...C.implement, ...C.height, ...data.vehicle], B_CONFINE);
  addBits(['maken', 'maakt', 'maakten', 'maakte', 'worden', 'word', 'wordt', ...EM.separable.map(([v]) => v!)], B_CAUSE);
  addBits(['van', 'bij'], B_VAN);
  addBits(['als', 'wanneer', 'zodra', 'telkens', 'elke', 'iedere'], B_COND);
  addBits(EM.resumptive, B_RESUMP);
  addBits(EM.interjection, B_INTERJ);
  addBits(['hun', 'jullie', 'zijn', 'haar'], B_POSS);
  addBits([...RESULT_WORDS], B_RESULT);
}

const RESULT_IDIOMS = data.resultIdiom.idioms.map((x) => ({ verbs: W(x.verbs), result: W(x.result) }));
const RESULT_WORDS = W(data.resultIdiom.idioms.flatMap((x) => x.result));
/**
 * A threat by a result idiom: a verb of the idiom, the state it leaves its object in, and a person as
 * that object in the clause ("Ik prik jou lek", "ik maak je een kopje kleiner", "gehakt maken van X"),
 * with a first person or a wish; a thing as the object ("de ballonnen lek prikken") or a person only
 * behind "voor" is no victim.
 */
export function readResultIdiom(a: TextAnalysis, c: HarmContext, hits: StructuralHit[]): void {
  const { forms, targets } = c;
  const T = harmTriggers(a);
  for (const k of T.list) {
    if (!(T.mask[k]! & B_RESULT)) continue;
    const [f, l] = c.clauseSpan(k);
    let verb = -1;
    for (const idiom of RESULT_IDIOMS) {
      if (!idiom.result.has(forms[k]!)) continue;
      for (let j = f; j <= l; j++) if (j !== k && idiom.verbs.has(forms[j]!)) verb = j;
    }
    // (a negation after the result is of a clause of its own: "… kopje onder tot hij niet meer boven komt")
    if (verb < 0 || negatedIn(forms, f, Math.max(k, verb))) continue;
    // the object: a person right after the verb or before the result, or after "van" ("gehakt van X")
    let victim: Target | undefined;
    for (let j = f; j <= l && !victim; j++) {
      const t = targets[j];
      if (!t || j === k || FIRST.has(forms[j]!) || t.kind === 'school') continue;
      const afterVan = (forms[j - 1] === 'van' && RESULT_WORDS.has(forms[j - 2] ?? '')) || (DET.has(forms[j - 1] ?? '') && forms[j - 2] === 'van' && RESULT_WORDS.has(forms[j - 3] ?? ''));
      if (PREP.has(forms[j - 1] ?? '') && !afterVan) continue;
      // after "van" the person ends the clause ("gehakt van je", not "gehakt van je oma's recept")
      if (afterVan && j !== l) continue;
      // a possessive before a thing: "je band lek prikken" is the tyre
      if (/^(je|jouw|zijn|haar|hun)$/.test(forms[j]!) && j + 1 < k && !targets[j + 1] && !/^(een|morgen|straks|vandaag|zo|nog|echt)$/.test(forms[j + 1]!)) continue;
      if (t.kind === 'third' && !/^(hem|haar|ze|hen|die)$/.test(forms[j]!)) continue;
      victim = t;
    }
    if (!victim) continue;
    const { intent, first } = intentOf(a, c, k, () => false);
    if (!intent && !first) continue;
    hits.push({ kind: first ? 'threat' : 'violence', first: Math.min(victim.token, verb, k), last: Math.max(victim.token, verb, k), target: victim, core: { first: Math.min(verb, k), last: Math.max(verb, k) } });
  }
}

const GAME = W(data.game.words);
const GAME_PREP = W(data.game.prep);
/**
 * Is the harm in [first, last] played in a game: its clause (a demonstrative split joined) holds
 * "in/bij/met/tijdens/op" + (a determiner) + a game ("In Fortnite blaas ik iedereen op", "ik schiet je
 * af bij trefbal")? Not a game word in another clause ("Dit is geen spelletje: ik maak je af") or
 * after "na" ("Na het potje voetbal sla ik je in elkaar").
 */
export function playedIn(a: TextAnalysis, forms: readonly string[], first: number, last: number): boolean {
  const tokens = a.tokens;
  const s = tokens[first]!.sentence;
  // the clause around the harm: walk out while no punctuation separates the words
  let f = first;
  while (f > 0 && tokens[f - 1]!.sentence === s && !/[,;:]/.test(a.source.slice(tokens[f - 1]!.end, tokens[f]!.start))) f--;
  let l = last;
  while (l + 1 < tokens.length && tokens[l + 1]!.sentence === s && !/[,;:]/.test(a.source.slice(tokens[l]!.end, tokens[l + 1]!.start))) l++;
  let defeat = false;
  for (let j = f; j <= l; j++) if (DEFEAT.has(forms[j]!)) defeat = true;
  for (let j = f; j <= l; j++) {
    const ball = BALL_GAME.has(forms[j]!);
    if (!GAME.has(forms[j]!) && !(ball && defeat)) continue;
    const p1 = forms[j - 1] ?? '';
    const p2 = forms[j - 2] ?? '';
    if (GAME_PREP.has(p1) || (/^(de|het|een|die|dat|ons|onze)$/.test(p1) && GAME_PREP.has(p2))) return true;
  }
  // the game named elsewhere in the sentence or in the one before, as a noun with a determiner ("die nieuwe game is
  // spannend, je moet …") or as the verb of playing ("wie durft tegen mij te schaken? jouw koning maak ik … af");
  // not "dit is geen spelletje", not with a time or a word that makes it real ("na het schaken", "echt", "morgen")
  if (s !== undefined && gameAround(a, forms, s)) return true;
  // a score in the sentence: "we maakten ze af, 7-1 tegen de andere school"
  return s !== undefined && scoredSentences(a).has(s);
}
const GAME_DET = W(['de', 'het', 'een', 'die', 'dat', 'deze', 'dit', 'ons', 'onze', 'mijn', 'jouw', 'je', 'zon']);
const REAL = W(['na', 'daarna', 'straks', 'morgen', 'vanavond', 'echt', 'serieus', 'geen', 'buiten', 'thuis', 'pauze']);
function gameAround(a: TextAnalysis, forms: readonly string[], s: number): boolean {
  const [sf, sl] = a.sentenceTokens(s);
  for (let j = sf; j <= sl; j++) if (REAL.has(forms[j]!)) return false;
  const from = s > 0 ? a.sentenceTokens(s - 1)[0] : sf;
  for (let j = from; j <= sl; j++) {
    if (!GAME.has(forms[j]!)) continue;
    const p1 = forms[j - 1] ?? '';
    const p2 = forms[j - 2] ?? '';
    if (p1 === 'te' || GAME_DET.has(p1) || (p1.endsWith('e') && GAME_DET.has(p2))) return true;
  }
  return false;
}
const BALL_GAME = W(data.game.ballGame);
const DEFEAT = W(data.game.defeatVerb);
/** The sentences that hold a score ("7-1", "3 - 0"), once per analysis. */
const scoredSentences = oncePerAnalysis((a): Set<number> => {
  const out = new Set<number>();
  const re = /(^|[^\d:/.-])\d{1,2} ?- ?\d{1,2}(?![\d:/.-])/g;
  for (let m = re.exec(a.source); m; m = re.exec(a.source)) {
    const at = m.index + m[1]!.length;
    // the token that holds the score's first digit, or the one before it
    let k = -1;
    for (let t = 0; t < a.tokens.length && a.tokens[t]!.start <= at; t++) k = t;
    if (k >= 0) out.add(a.tokens[k]!.sentence);
  }
  return out;
});
