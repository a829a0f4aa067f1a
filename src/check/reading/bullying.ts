/**
 * Bullying of one person without an insult word (decency, A7: "pesten, beledigen, kwetsen,
 * stalken, bedreigen, belasteren"), read by structure: a PERSON target in the sentence (a roster
 * name, "jij/je/jou/jezelf", "die jongen/dat meisje", a teacher by title, or the addressee of an
 * imperative) and what the sentence does to that person, from word classes
 * (`lexicon/bullying.json`):
 *
 * 1. urging self-harm or being gone for good (kind `violence`): a self-reference with a harm verb,
 *    read in any order and split ("ga jezelf iets aandoen", "doe jezelf wat aan"); a suicide word
 *    said to someone; jumping from a height as an urging (imperative, modal, "waarom … niet");
 *    a wish or a counterfactual ("hoop dat", "zou beter", "had … maar") or the relief of everyone
 *    ("de hele klas zou feest vieren") with the person's existence negated ("niet meer bestaan",
 *    "nooit geboren"), their death, or their disappearance for good;
 * 2. threats by consequence (kind `threat`): the person's belongings, home or family with damage
 *    ("je fiets kapot", "je jas in de sloot", "er gebeurt iets met je broertje", "je leven niet
 *    zeker") under a time or future marker, a condition of telling ("als je het doorvertelt",
 *    "zeg het … en …") or a defiant warning ("let maar op"); a warning or "aan de beurt" with a
 *    time; knowing where the person's family or belongings are;
 * 3. humiliation and rumours (kind `insult`): something shaming (a changing room, nakedness, bodily
 *    matters, crying, family trouble) about the person with spreading a recording or an audience
 *    told ("iedereen moet weten dat …"); a recording of the person spread in secret or with
 *    laughter; mocking the person for poverty, shabbiness or smell with laughter or sarcasm
 *    ("zeker te arm", "van de Action zeker 😂");
 * 4. exclusion (kind `exclusion`): "niemand" with a verb of company and the person; belonging
 *    denied ("je hoort er niet bij"); sent away from the in-group ("blijf weg van onze groep");
 *    permission or presence denied in a group, app or party ("mag niet meer in onze app", "jij
 *    komt niet op mijn feestje"); "geen plek voor jou hier"; "zoek maar andere vrienden".
 *
 * What lets a sentence pass: no person target; care and help ("bel de kindertelefoon"); a report
 * of bullying ("wordt steeds uitgelachen", "gemeld"); a game ("je bent af"); a protecting rule
 * ("niemand mag Fleur pesten"); a positive judgement in the sentence; negation of the verb;
 * consent ("met toestemming"); questions for exclusion. Quotation and counter-speech are left to
 * the detector's `push`.
 *
 * Cost: one lookup per token gives its classes (memoised per written form); each sentence is read
 * once when it holds a person target and a class hit; every rule scans that sentence a fixed
 * number of times, so the reading stays linear in the text.
 */
import type { TextAnalysis } from '../analysis.js';
import type { Target } from '../detectors/context.js';
import type { DecencyHit } from '../detectors/decency.js';
import data from '../lexicon/bullying.json' with { type: 'json' };
import { fm, infos, personBefore, targetsOf, thingBefore, type StructuralHit } from './structure.js';
import type { WordInfo } from './words.js';
import { looksTrait, readHumiliation } from './humiliation.js';
import { readExclusionVotes } from './exclusion-vote.js';
import { readStockCharge } from './stereotype-marker.js';
import { readDehumanising } from './dehuman.js';
import { readGroupMeaning } from './group-insinuation.js';

export type BullyingKind = 'violence' | 'threat' | 'insult' | 'exclusion';
export interface BullyingHit extends Omit<StructuralHit, 'kind'> {
  kind: BullyingKind;
}

type ClassName = keyof typeof data.classes;
const NAMES = Object.keys(data.classes).filter((k) => k !== 'selfHarmSeparable') as ClassName[];
const ID = new Map<string, number>(NAMES.map((n, i) => [n, i]));
const id = (n: ClassName): number => ID.get(n)!;

const C_POSITIVE = ID.get('positive')!;
const C = {
  self: id('self'),
  selfHarm: id('selfHarm'),
  suicide: id('suicide'),
  jump: id('jump'),
  height: id('height'),
  existence: id('existence'),
  death: id('death'),
  gone: id('gone'),
  permanence: id('permanence'),
  wish: id('wish'),
  relief: id('relief'),
  everyone: id('everyone'),
  care: id('care'),
  possession: id('possession'),
  possessive: id('possessive'),
  damage: id('damage'),
  time: id('time'),
  tell: id('tell'),
  warn: id('warn'),
  turn: id('turn'),
  spread: id('spread'),
  media: id('media'),
  shame: id('shame'),
  audience: id('audience'),
  know: id('know'),
  contempt: id('contempt'),
  laughter: id('laughter'),
  sarcasm: id('sarcasm'),
  company: id('company'),
  companyPrep: id('companyPrep'),
  belong: id('belong'),
  away: id('away'),
  awayVerb: id('awayVerb'),
  inGroup: id('inGroup'),
  permitVerb: id('permitVerb'),
  commandVerb: id('commandVerb'),
  joinWord: id('joinWord'),
  noPlace: id('noPlace'),
  friends: id('friends'),
  game: id('game'),
  protect: id('protect'),
  reported: id('reported'),
  secret: id('secret'),
  consent: id('consent'),
  positive: id('positive'),
  wh: id('wh'),
  inTrouble: id('inTrouble'),
  onePerson: id('onePerson'),
  forecast: id('forecast'),
  unmissed: id('unmissed'),
  affection: id('affection'),
  mockRegret: id('mockRegret'),
  cessation: id('cessation'),
  invite: id('invite'),
  wantVerb: id('wantVerb'),
  questionTag: id('questionTag'),
  reason: id('reason'),
  negator: id('negator'),
  accident: id('accident'),
  adultTitle: id('adultTitle'),
  mediaMade: id('mediaMade'),
  benignLink: id('benignLink'),
  benign: id('benign'),
};

/** The classes of a written form, as two 32-bit masks (classes 0–31, 32–63). */
const WORDS = new Map<string, [number, number]>();
const STEMS: { stem: string; cls: number }[] = [];
const addBit = (m: [number, number], c: number): void => {
  if (c < 32) m[0] |= 1 << c;
  else m[1] |= 1 << (c - 32);
};
for (const name of NAMES) {
  const c = ID.get(name)!;
  const cls = data.classes[name] as { words?: string[]; stems?: string[] };
  for (const w of cls.words ?? []) {
    const m = WORDS.get(w) ?? [0, 0];
    addBit(m, c);
    WORDS.set(w, m);
  }
  for (const s of cls.stems ?? []) STEMS.push({ stem: s, cls: c });
}
/** Stems by their first two letters: a word is tested against the few stems it could start with. */
const STEM_HEAD = new Map<string, { stem: string; cls: number }[]>();
for (const s of STEMS) {
  const h = s.stem.slice(0, 2);
  const l = STEM_HEAD.get(h);
  if (l) l.push(s);
  else STEM_HEAD.set(h, [s]);
}
const SEPARABLE: readonly (readonly [string, string])[] = data.classes.selfHarmSeparable.pairs.map((p) => [p[0]!, p[1]!] as const);
const SEPARABLE_VERB = new Set(SEPARABLE.map((p) => p[0]));
const EMOJI: ReadonlySet<string> = new Set(data.classes.laughterEmoji.words);

const FIRST = new Set(['ik', 'we', 'wij', 'ikke']);
const DETERMINER = new Set(['de', 'het', 'een', 'mijn', 'onze', 'ons', 'deze', 'dit']);
const WISH_VERB = new Set(['had', 'hadden', 'was', 'waren', 'kon', 'konden', 'ging', 'gingen', 'deed', 'deden', 'zou', 'zouden', 'bleef', 'bleven']);
const CONDITION = new Set(['als', 'zodra', 'wanneer', 'voordat', 'indien', 'wie']);
const HAPPEN = /^(gebeurt|gebeuren|gebeurde|gebeurden|overkomt|overkomen|overkwam)$/;
const GO = new Set(['gaat', 'gaan', 'ging', 'gingen', 'ga']);
const PERSON_KINDS = new Set(['name', 'second', 'third', 'person']);
/** The head of a compound that is a recording ("dansfilmpje", "gymfotos", "pyjamavideo"). */
const MEDIA_HEAD = /(filmpjes?|fotos?|videos?|opnames?|selfies?)$/;

/** Memo of the classes of each written form (bounded: cleared when large). */
const memo = new Map<string, [number, number]>();
function classesOf(form: string): [number, number] {
  let m = memo.get(form);
  if (m) return m;
  const exact = WORDS.get(form);
  m = exact ? [exact[0], exact[1]] : [0, 0];
  if (form.length >= 4) for (const s of STEM_HEAD.get(form.slice(0, 2)) ?? []) if (form.startsWith(s.stem)) addBit(m, s.cls);
  // a compound of a recording: "dansfilmpje", "gymfotos"
  if (form.length >= 8 && MEDIA_HEAD.test(form)) addBit(m, C.media);
  if (memo.size > 20000) memo.clear();
  memo.set(form, m);
  return m;
}

let scratchLo = new Int32Array(512);
let scratchHi = new Int32Array(512);

/** The classes of a word, keyed by its shared word-class record (one per written word, `words.ts`). */
const byWord = new WeakMap<WordInfo, [number, number]>();
function classesOfWord(w: WordInfo): [number, number] {
  let m = byWord.get(w);
  if (!m) byWord.set(w, (m = classesOf(w.form)));
  return m;
}

/** A comparative of a positive word ("beter", "leuker", "fijner"): better off. */
function betterForm(w: string): boolean {
  if (w === 'beter') return true;
  if (w.length < 5 || !w.endsWith('er')) return false;
  const base = WORDS.get(w.slice(0, -2));
  return base !== undefined && (C_POSITIVE < 32 ? (base[0] >> C_POSITIVE) & 1 : (base[1] >> (C_POSITIVE - 32)) & 1) === 1;
}

/** A participle ("gespeeld", "gepraat"): a report of what happened, not a rule laid down. */
const participle = (w: string): boolean => w.length >= 6 && w.startsWith('ge') && /[dt]$/.test(w);

export function readBullying(a: TextAnalysis, authorId?: string): BullyingHit[] {
  const tokens = a.tokens;
  const n = tokens.length;
  const hits: BullyingHit[] = [];
  if (n === 0) return hits;
  const forms = fm(a);
  const info = infos(a);
  // (scratch buffers reused across calls: the reading is synchronous and never re-entered)
  if (scratchLo.length < n) {
    scratchLo = new Int32Array(n * 2);
    scratchHi = new Int32Array(n * 2);
  }
  const lo = scratchLo;
  const hi = scratchHi;
  let anyClass = false;
  for (let k = 0; k < n; k++) {
    const m = classesOfWord(info[k]!);
    lo[k] = m[0];
    hi[k] = m[1];
    if (m[0] | m[1]) anyClass = true;
  }
  if (!anyClass) return hits;
  const targets = targetsOf(a, authorId);
  const is = (k: number, c: number): boolean => k >= 0 && k < n && (c < 32 ? (lo[k]! >> c) & 1 : (hi[k]! >> (c - 32)) & 1) === 1;
  const F = (k: number): string => (k >= 0 && k < n ? forms[k]! : '');
  const person = (k: number): Target | undefined => {
    const t = targets[k];
    if (!t || !PERSON_KINDS.has(t.kind) || t.token !== k) return undefined;
    // one person: "die jongen", "de juf", not "leerlingen" or "kinderen" (a group, read elsewhere)
    if (t.kind === 'person' && !is(k, C.onePerson)) return undefined;
    if (t.kind === 'third' && (F(k) === 'hen' || F(k) === 'hun')) return undefined;
    // "Die oude skelter? Niemand wil hem hebben.": a pronoun for a thing is no one
    if (t.kind === 'third' && (!(personBefore(a, k, authorId) || dislocated(k)) || thingBefore(a, k, authorId))) return undefined;
    return t;
  };
  /** "Ze zou …, die Yara": the person named after the clause, right-dislocated. */
  const dislocated = (k: number): boolean => {
    const [, l] = a.sentenceTokens(tokens[k]!.sentence);
    for (let j = k + 1; j < l; j++) if (F(j) === 'die' && tokens[j - 1]!.clause !== tokens[j]!.clause && targets[j + 1]?.kind === 'name') return true;
    return false;
  };
  /** The person's own thing or family: "je fiets", "jouw huis", "de jas van Mees". */
  const ownedAt = (p: number): boolean => (is(p - 1, C.possessive) && !FIRST.has(F(p - 2))) || (F(p + 1) === 'van' && person(p + 2) !== undefined);
  const clauseStart = (k: number): boolean => k === 0 || tokens[k - 1]!.clause !== tokens[k]!.clause || tokens[k - 1]!.sentence !== tokens[k]!.sentence;

  // what the sentence before said, read again by the next: the person's family or things named as
  // known ("je zusje zit toch in groep 3?"), a shaming recording of the person ("die opname van Bram die huilt")
  let carryOwned: Target | undefined;
  let carryShame: Target | undefined;
  for (let s = 0; s < a.sentenceCount; s++) {
    const [f, l] = a.sentenceTokens(s);
    if (l < f) continue;
    const prevOwned = carryOwned;
    const prevShame = carryShame;
    carryOwned = undefined;
    carryShame = undefined;
    // the cheap trigger: a person target (or an imperative's addressee) and a class hit
    let who: Target | undefined;
    let imperative = -1;
    // the classes of the whole sentence (one mask), its negation, "niemand", "zonder", "toch"
    let sLo = 0;
    let sHi = 0;
    let negated = false;
    let nobodyAt = -1;
    let without = false;
    let toch = false;
    let seek = false;
    let along = false;
    let still = false;
    let defiant = false;
    for (let k = f; k <= l; k++) {
      if (!who) who = person(k);
      sLo |= lo[k]!;
      sHi |= hi[k]!;
      const w = F(k);
      if (is(k, C.negator)) {
        negated = true;
        if (w === 'niemand' && nobodyAt < 0) nobodyAt = k;
      }
      if (w === 'zonder') without = true;
      else if (w === 'toch') toch = true;
      else if (w === 'zoek') seek = true;
      else if (w === 'mee') along = true;
      else if (w === 'nog') still = true;
      // a warning with "maar" ("let maar op", "ik zou maar uitkijken")
      if (!defiant && is(k, C.warn) && (F(k + 1) === 'maar' || F(k - 1) === 'maar' || F(k - 2) === 'maar')) defiant = true;
      // an imperative opening a clause speaks to "you" ("ga …", "blijf weg …", "spring …")
      if (imperative < 0 && (clauseStart(k) || F(k - 1) === 'en') && (is(k, C.jump) || is(k, C.awayVerb) || is(k, C.warn) || SEPARABLE_VERB.has(F(k)) || is(k, C.cessation) || F(k) === 'zoek' || F(k) === 'pleeg') && !FIRST.has(F(k + 1))) imperative = k;
      if (!who && is(k, C.self)) who = { token: k, kind: 'second' };
    }
    const hit = (sLo | sHi) !== 0;
    const U = (c: number): boolean => (c < 32 ? (sLo >> c) & 1 : (sHi >> (c - 32)) & 1) === 1;
    if (hit && U(C.possession) && (toch || a.isQuestion(s))) {
      for (let k = f; k <= l && !carryOwned; k++) if (is(k, C.possession) && ownedAt(k)) carryOwned = { token: k, kind: 'second' };
    }
    // (a recording, or a question or laughter about it: "weet je wat Bram in zijn broek deed?")
    if (hit && U(C.shame) && who && (U(C.media) || U(C.laughter) || a.isQuestion(s))) carryShame = who;
    if (!hit || (!who && imperative < 0 && !prevOwned && !prevShame)) continue;
    // each reading runs only when the sentence holds the classes it starts from
    const selfHarmCue = U(C.self) || U(C.suicide) || (U(C.jump) && U(C.height));
    const goneCue = (who !== undefined || imperative >= 0) && (U(C.cessation) || U(C.existence) || U(C.death) || U(C.gone) || U(C.unmissed) || without || U(C.relief)) && (U(C.cessation) || U(C.wish) || U(C.relief) || U(C.unmissed) || U(C.permanence) || without);
    const threatCue = (U(C.possession) && (U(C.damage) || U(C.mockRegret) || U(C.wh))) || defiant || (U(C.turn) && (U(C.tell) || still || U(C.time))) || (U(C.tell) && U(C.damage)) || (prevOwned !== undefined && (U(C.damage) || U(C.mockRegret) || defiant));
    const humiliationCue = (U(C.shame) && (U(C.spread) || U(C.know) || U(C.media))) || (U(C.spread) && U(C.media)) || U(C.contempt) || (prevShame !== undefined && (U(C.spread) || U(C.know)));
    const exclusionCue = nobodyAt >= 0 || (U(C.awayVerb) && U(C.away)) || (negated && (U(C.belong) || U(C.permitVerb) || U(C.commandVerb) || U(C.wantVerb) || U(C.noPlace) || U(C.invite) || along)) || (U(C.inGroup) && without) || (seek && U(C.friends));
    if (!selfHarmCue && !goneCue && !threatCue && !humiliationCue && !exclusionCue) continue;
    {
      const addressee: Target = who ?? (imperative >= 0 ? { token: imperative, kind: 'second' } : (prevOwned ?? prevShame)!);
      const any = (c: number, from = f, to = l): number => {
        for (let j = Math.max(f, from); j <= Math.min(l, to); j++) if (is(j, c)) return j;
        return -1;
      };
      const negatedNear = (k: number, before: number, after = 0): boolean => {
        for (let j = Math.max(f, k - before); j <= Math.min(l, k + after); j++) if (j !== k && is(j, C.negator)) return true;
        return false;
      };
      // "…, duidelijk?", "…, oké?": a statement with a question tag
      const tagged = l - 1 > f && tokens[l - 1]!.clause !== tokens[l]!.clause && is(l, C.questionTag);
      const question = a.isQuestion(s) && !tagged;
      // "waarom … niet …?" after a vocative too ("mees waarom verdwijn je niet …?")
      const rhetorical = question && (F(f) === 'waarom' || F(f + 1) === 'waarom');
      // a report to an adult: "Juf, …", "…, meester"; or words that name the bullying ("wordt uitgelachen")
      const vocative = (is(f, C.adultTitle) && f < l && tokens[f + 1]!.clause !== tokens[f]!.clause) || (is(l, C.adultTitle) && l > f && tokens[l - 1]!.clause !== tokens[l]!.clause);
      const anyReported = (): boolean => vocative || any(C.reported) >= 0;
      const positive = (): boolean => {
        for (let j = f; j <= l; j++) if (is(j, C.positive) || (info[j]!.positive && !targets[j])) return true;
        return false;
      };
      const push = (kind: BullyingKind, core: number, coreLast = core, target: Target = addressee): void => {
        const first = Math.min(core, coreLast, target.token);
        const last = Math.max(core, coreLast, target.token);
        hits.push({ kind, first, last, target, core: { first: Math.min(core, coreLast), last: Math.max(core, coreLast) } });
      };
      const before = hits.length;
      /** "ik hoop niet dat …", "ik wil niet dat …": the wish itself negated (not "niemand zou …"). */
      const wishNegated = (w: number): boolean => [F(w - 1), F(w + 1), F(w + 2)].some((x) => x === 'niet' || x === 'geen' || x === 'nooit');
      /** A verb of happening with "iets/wat" before it in its sentence (or right after): its index, or -1. */
      function happening(from: number): number {
        for (let d = from; d <= l; d++) {
          if (!HAPPEN.test(F(d))) continue;
          for (let j = Math.max(f, d - 6); j <= Math.min(l, d + 4); j++) if ((F(j) === 'iets' || F(j) === 'wat') && tokens[j]!.clause === tokens[d]!.clause) return d;
        }
        return -1;
      }

      if (anyReported()) continue;
      // ---- 1. urging self-harm, suicide, being gone for good
      if ((selfHarmCue || goneCue) && any(C.care) < 0) {
        if (selfHarmCue) readSelfHarm();
        if (hits.length === before && goneCue) readGoneWish();
      }
      // ---- 2. threats by consequence
      if (hits.length === before && threatCue) readThreat();
      // ---- 3. humiliation and rumours, mocking
      if (hits.length === before && humiliationCue && any(C.consent) < 0) readHumiliation();
      // ---- 4. exclusion
      if (hits.length === before && exclusionCue && any(C.game) < 0 && any(C.protect) < 0) readExclusion();

      function readSelfHarm(): void {
        const self = any(C.self);
        if (self >= 0) {
          // "ga jezelf iets aandoen", "maak jezelf van kant", "doe jezelf wat aan"
          let harm = -1;
          for (let j = f; j <= l && harm < 0; j++) if (j !== self && is(j, C.selfHarm)) harm = j;
          if (harm < 0) {
            for (let v = f; v <= l && harm < 0; v++) {
              if (!SEPARABLE_VERB.has(F(v))) continue;
              for (const [verb, particle] of SEPARABLE) if (verb === F(v)) for (let j = v + 1; j <= l && harm < 0; j++) if (F(j) === particle) harm = j;
            }
          }
          if (harm < 0) harm = any(C.suicide);
          // "doe jezelf niets aan": the negation governs the act (a rhetorical "waarom … niet" urges)
          // ("snij jezelf niet": a negation right after, in the clause, governs it too)
          const last = Math.max(self, harm);
          let negAfter = false;
          for (let j = last + 1; j <= Math.min(l, last + 2); j++) if (is(j, C.negator) && tokens[j]!.clause === tokens[last]!.clause) negAfter = true;
          if (harm >= 0 && (rhetorical || (!negAfter && !negatedNear(last, last - Math.min(self, harm) + 3)))) return push('violence', Math.min(self, harm), last);
        }
        // "pleeg zelfmoord", "kys", "waarom doe je geen zelfmoord"
        const suicide = any(C.suicide);
        if (suicide >= 0 && (who?.kind === 'second' || imperative >= 0) && (rhetorical || !negatedNear(suicide, 3))) return push('violence', suicide);
        // "spring van een flat", "waarom spring je niet gewoon van de brug af?", "je moet voor de trein springen"
        const jump = any(C.jump);
        const height = any(C.height);
        if (jump >= 0 && height >= 0 && (who || imperative >= 0)) {
          const urged = rhetorical || imperative >= 0 || any(C.wish) >= 0;
          if (urged && (rhetorical || !negatedNear(jump, 2))) push('violence', Math.min(jump, height), Math.max(jump, height));
        }
      }

      function readGoneWish(): void {
        // "stop gewoon met leven": ceasing to live, said as an imperative
        for (let c = f; c <= l; c++) {
          if (!is(c, C.cessation) || !(clauseStart(c) || F(c - 1) === 'en') || FIRST.has(F(c + 1))) continue;
          for (let k = c + 1; k <= Math.min(l, c + 4); k++) if (F(k - 1) === 'met' && is(k, C.existence)) return push('violence', c, k);
        }
        if (!who) return;
        // "verdwijn voorgoed", "doe de wereld een plezier en verdwijn": gone for good as an imperative
        const permanent = any(C.permanence) >= 0;
        for (let k = f; k <= l; k++) if (is(k, C.gone) && permanent && (rhetorical || ((clauseStart(k) || F(k - 1) === 'en' || F(k - 1) === 'dan') && !FIRST.has(F(k + 1)) && !negatedNear(k, 2)))) return push('violence', k);
        // "de klas zou leuker zijn zonder Yara": better off without the person
        for (let k = f; k < l; k++) {
          if (F(k) !== 'zonder' || !person(k + 1) || negatedNear(k, 4)) continue;
          for (let j = f; j <= l; j++) if (betterForm(F(j)) && F(j - 1) !== 'minder' && F(j - 1) !== 'niet' && any(C.wish) >= 0) return push('exclusion', j, k + 1, person(k + 1)!);
        }
        // a wish, a counterfactual, or everyone's relief
        let wish = -1;
        for (let j = f; j <= l && wish < 0; j++) {
          if (!is(j, C.wish)) continue;
          // "had jij maar …", "was hij maar …": the wish particle after a verb or its subject; elsewhere the conjunction
          if (F(j) === 'maar' && !WISH_VERB.has(F(j - 1)) && !(person(j - 1) && WISH_VERB.has(F(j - 2)))) continue;
          wish = j;
        }
        // everyone glad ("de hele klas zou feest vieren"), or no one sorry ("niemand zou het erg vinden")
        const nobody = forms.indexOf('niemand', f);
        const relief = (any(C.relief) >= 0 && any(C.everyone) >= 0 && !(nobody >= 0 && nobody <= l)) || (nobody >= 0 && nobody <= l && any(C.unmissed) >= 0);
        if (wish < 0 && !relief) return;
        // the person, not a thing, is the one gone: the nearest nominal before the word
        const personSubject = (k: number): boolean => {
          for (let j = k - 1; j >= f && j >= k - 8; j--) {
            // "zonder mijn oma zou ik niet kunnen leven": the author is the subject
            if (FIRST.has(F(j))) return false;
            if (person(j)) return true;
            if (DETERMINER.has(F(j))) return false;
          }
          for (let j = k + 1; j <= Math.min(l, k + 2); j++) if (person(j)?.kind === 'second') return true;
          return false;
        };
        for (let k = f; k <= l; k++) {
          // "niet meer bestaan", "nooit geboren", "niet meer wakker worden"
          // ("ophouden met bestaan": ceasing is the negation)
          const ceased = F(k - 1) === 'met' && (is(k - 2, C.cessation) || is(k - 3, C.cessation));
          if (is(k, C.existence) && (negatedNear(k, 3) || ceased) && personSubject(k)) return push('violence', k);
          // "als jij er niet meer was": being there, negated
          if (/^(was|is|ben|bent|waren|zijn|zou)$/.test(F(k)) && forms.slice(Math.max(f, k - 6), k).includes('er') && negatedNear(k, 3) && personSubject(k)) return push('violence', k);
          // "dood", "sterft": not negated ("ik hoop niet dat je doodgaat")
          if (is(k, C.death) && !negatedNear(k, 4) && !(wish >= 0 && wishNegated(wish)) && personSubject(k)) return push('violence', k);
          // "voorgoed verdwijnen", "verdwijnen en nooit meer terugkomen"
          if (is(k, C.gone) && any(C.permanence) >= 0 && personSubject(k)) return push('violence', k);
        }
        // "niemand zal je missen"
        const miss = any(C.unmissed);
        // (a future, not "niemand wil X missen": no one wants to be without them)
        if (miss >= 0 && /^mis/.test(F(miss)) && nobody >= 0 && nobody <= l && any(C.wantVerb) < 0) push('exclusion', miss);
      }

      function readThreat(): void {
        // a defiant warning closing its clause ("let maar op", "pas maar op", "kijk maar uit", "wacht maar")
        // or a warning given as advice: "ik zou maar (goed) uitkijken/opletten (als ik jou was)"
        const closes = (k: number): boolean => k === l || tokens[k + 1]!.clause !== tokens[k]!.clause || F(k + 1) === 'als';
        let warning = -1;
        for (let j = f; j <= l && warning < 0; j++) {
          if (!is(j, C.warn)) continue;
          // ("pas maar (goed) op (hem)": the particle, or a pronoun after it, closes the clause)
          const p = F(j + 2) === 'goed' ? j + 3 : j + 2;
          const after = F(j + 1) === 'maar' && (F(j) === 'wacht' || (p <= l && /^(op|uit)$/.test(F(p)) && (closes(p) || (p + 1 <= l && /^(hem|haar|hen|ze)$/.test(F(p + 1)) && closes(p + 1)))));
          const advice = (F(j - 1) === 'maar' || (F(j - 2) === 'maar' && F(j - 1) === 'goed')) && /^(uitkijken|opletten|oppassen)$/.test(F(j)) && closes(j);
          if (after || advice) warning = j;
        }
        // a condition of telling: "als je het doorvertelt", "zeg het tegen X en …"
        let tell = -1;
        // an ultimatum: "nog één woord (tegen de juf) en …", "nog 1 keer en …"
        for (let j = f; j + 2 <= l && tell < 0; j++) {
          // (or opening the sentence: "Eén woord tegen de meester en …")
          if (j === f && /^(een|één|1)$/.test(F(j)) && /^(woord|kik)$/.test(F(j + 1))) {
            const and = forms.indexOf('en', j + 2);
            if (and >= 0 && and <= l) tell = j;
            continue;
          }
          if (F(j) !== 'nog' || !/^(een|één|1)$/.test(F(j + 1)) || !/^(woord|keer|x|kik|geintje)$/.test(F(j + 2))) continue;
          const and = forms.indexOf('en', j + 3);
          if ((and >= 0 && and <= l) || forms.slice(f, j).some((w) => CONDITION.has(w))) tell = j;
        }
        for (let j = f; j <= l && tell < 0; j++) {
          if (!is(j, C.tell) || F(j) === 'tegen') continue;
          let cond = clauseStart(j);
          for (let i = j - 1; i >= f && i >= j - 8 && !cond; i--) if (CONDITION.has(F(i))) cond = true;
          if (cond) tell = j;
        }
        let time = -1;
        for (let j = f; j <= l && time < 0; j++) if (is(j, C.time) && j !== warning) time = j;
        const menace = warning >= 0 || tell >= 0 || time >= 0;
        // "je fiets is kapot, zal ik je helpen?": help offered is no threat
        const help = any(C.benign);
        if ((help >= 0 && !negatedNear(help, 2, 1)) || positive()) return;
        // "ik weet waar je broertje op school zit", "wij weten hoe laat jouw zusje uit school komt": knowing where someone's family or things are
        for (let j = f; j < l; j++) {
          if (!(F(j) === 'weet' || F(j) === 'weten') || !(FIRST.has(F(j - 1)) || FIRST.has(F(j + 1))) || (!is(j + 1, C.wh) && !is(j + 2, C.wh) && !is(j + 3, C.wh))) continue;
          for (let p = j + 1; p <= Math.min(l, j + 7); p++) if (is(p, C.possession) && is(p - 1, C.possessive)) return push('threat', j, p);
        }
        // mock regret over the person's things: "… zou toch zonde zijn van die lak", "zou jammer zijn als …"
        const regret = any(C.mockRegret);
        const owner = prevOwned ?? ((): Target | undefined => {
          for (let p = f; p <= l; p++) if (is(p, C.possession) && ownedAt(p)) return { token: p, kind: 'second' };
          return undefined;
        })();
        if (regret >= 0 && owner && forms.slice(f, l + 1).includes('zou') && (forms.slice(f, l + 1).includes('toch') || happening(f) >= 0 || (prevOwned !== undefined && any(C.accident) >= 0)) && !negatedNear(regret, 2)) return push('threat', regret, regret, owner);
        // the sentence before named the person's family or things as known: "Je zusje zit toch in groep 3? Ik zou maar opletten."
        if (prevOwned && (warning >= 0 || (happening(f) >= 0 && /^(zou|zouden|als)$/.test(F(f))))) return push('threat', warning >= 0 ? warning : happening(f), warning >= 0 ? warning : happening(f), prevOwned);
        if (!menace) return;
        // a report of what was done: a past auxiliary and a participle ("… was in de prullenbak gegooid", "werd vernield"), no future
        let pastAux = false;
        let participle = false;
        let future = false;
        for (let j = f; j <= l; j++) {
          const w = F(j);
          if (/^(was|werd|werden|waren)$/.test(w)) pastAux = true;
          if (/^(ge|ver|be|ont)[a-z]{3,}(d|t|en)$/.test(w)) participle = true;
          if (/^(straks|morgen|zometeen|binnenkort|zal|zul|zult|zullen|gaat|ga|gaan)$/.test(w)) future = true;
        }
        if (pastAux && participle && !future) return;
        // the person's belongings, home or family: "je fiets", "jouw huis", "de jas van Mees"
        for (let p = f; p <= l; p++) {
          if (!is(p, C.possession)) continue;
          if (!ownedAt(p)) continue;
          for (let d = f; d <= l; d++) {
            if (d === p || !is(d, C.damage)) continue;
            const w = F(d);
            // "niet (meer) zeker/veilig" is the damage; "niet kapot" is none
            const safety = w === 'zeker' || w === 'veilig';
            if (safety ? !negatedNear(d, 3) : negatedNear(d, 2)) continue;
            // "er gebeurt iets met …", "wat er met je spullen gebeurt": the happening needs "iets/wat"
            if (HAPPEN.test(w) && happening(d) !== d) continue;
            // a conditional of telling, a warning, or a time marker, and the damage is not the time word itself
            if (warning >= 0 || tell >= 0 || (time >= 0 && time !== d)) return push('threat', Math.min(p, d), Math.max(p, d));
          }
        }
        // "wie klikt, heeft morgen een lekke band": telling, then damage, whoever's it is
        if (tell >= 0 && who) {
          for (let d = tell + 1; d <= l; d++) if (is(d, C.damage) && !HAPPEN.test(F(d)) && F(d) !== 'zeker' && F(d) !== 'veilig' && !negatedNear(d, 2) && (time >= 0 || tell < d)) return push('threat', tell, d, who);
        }
        // a warning or "aan de beurt / de volgende / je zult het merken" with a time: "pas maar op, na school zul je het merken"
        if (who) {
          const turn = any(C.turn);
          const turnOk = turn >= 0 && !(F(turn) === 'beurt' && /^(om|voor)$/.test(F(turn + 1))) && !(F(turn) === 'volgende' && turn < l && tokens[turn + 1]!.clause === tokens[turn]!.clause && !person(turn + 1));
          if (warning >= 0 && (turnOk || (time >= 0 && time !== warning))) return push('threat', warning, turnOk ? turn : time, who);
          // ("daarna ben je de sjaak": an idiom of being the one who pays, like "aan de beurt")
          if (turnOk && (F(turn) === 'beurt' || is(turn, C.inTrouble)) && time >= 0 && time < turn) return push('threat', time, turn, who);
          // "je gaat het nog voelen als je dit doorvertelt", "dat zul je merken als je klikt"
          if (turnOk && F(turn) !== 'beurt' && F(turn) !== 'volgende' && (tell >= 0 || forms.slice(f, turn).includes('nog')) && !negatedNear(turn, 3)) return push('threat', turn, tell >= 0 ? tell : turn, who);
        }
      }

      function readHumiliation(): void {
        if (!who && !prevShame) return;
        const negSpread = (k: number): boolean => negatedNear(k, 3);
        const shame = any(C.shame);
        const media = any(C.media);
        let spread = -1;
        // (a spreading verb, or "gaat rond"; not someone else's act reported: "iemand heeft … gezet")
        for (let j = f; j <= l && spread < 0; j++) if ((is(j, C.spread) || (F(j) === 'rond' && (GO.has(F(j - 1)) || GO.has(F(j - 2)) || GO.has(F(j - 3))))) && !negSpread(j)) spread = j;
        if (spread >= 0 && forms.slice(f, spread).includes('iemand')) spread = -1;
        // "die opname van Bram die huilt? ik zet hem vanavond op tiktok": the recording of the sentence before
        if (prevShame && spread >= 0 && (any(C.audience) >= 0 || media >= 0)) return push('insult', spread, spread, prevShame);
        // "… ? Morgen weet de hele school het": an audience made to know what the sentence before said
        if (prevShame) for (let j = f; j <= l; j++) if (is(j, C.know) && !negSpread(j) && any(C.audience, j - 3, j + 4) >= 0 && /^(het|dat|dit)$/.test(F(any(C.audience, j - 3, j + 4) + 1) || F(j + 1))) return push('insult', j, j, prevShame);
        if (!who) return;
        // a shaming recording made in secret: "stiekem een foto van Yara gemaakt in de wc"
        if (shame >= 0 && media >= 0 && any(C.mediaMade) >= 0 && any(C.secret) >= 0) return push('insult', Math.min(media, shame), Math.max(media, shame));
        // an audience told or made to know: "iedereen moet weten dat …", "ik ga iedereen vertellen dat …", "wist je dat …"
        let exposure = -1;
        for (let j = f; j <= l && exposure < 0; j++) {
          if (!is(j, C.know) || negSpread(j)) continue;
          const audience = any(C.audience, j - 4, j + 3) >= 0 || (F(j) === 'wist' && F(j + 1) === 'je');
          if (audience && (F(j + 1) === 'dat' || F(j + 2) === 'dat' || F(j + 3) === 'dat')) exposure = j;
        }
        if (shame >= 0 && ((spread >= 0 && media >= 0) || exposure >= 0 || (spread >= 0 && any(C.audience) >= 0))) {
          // the shaming matter is about the person: they stand in the sentence outside the author's own words
          const core = exposure >= 0 ? exposure : spread;
          return push('insult', Math.min(core, shame), Math.max(core, shame));
        }
        // a recording of the person spread in secret or with laughter, or to be laughed at ("… en dan lacht iedereen je uit")
        const laughing = laughter() || ridicule();
        if (spread >= 0 && media >= 0 && (any(C.secret) >= 0 || laughing) && !positive()) return push('insult', Math.min(spread, media), Math.max(spread, media));
        // mocking for poverty, shabbiness or smell: laughter or sarcasm ("zeker te arm", "van de Action zeker")
        let contempt = any(C.contempt);
        // "geen geld": money is contempt only when lacking
        if (contempt >= 0 && F(contempt) === 'geld') contempt = negatedNear(contempt, 2) ? contempt : -1;
        else if (contempt >= 0 && negatedNear(contempt, 2)) return;
        if (contempt < 0 || positive()) return;
        let sarcasm = false;
        for (let j = f; j <= l && !sarcasm; j++) if (is(j, C.sarcasm) && (j === l || F(j + 1) === 'te' || tokens[j + 1]!.clause !== tokens[j]!.clause)) sarcasm = true;
        if (laughing || sarcasm || F(contempt - 1) === 'te') push('insult', contempt);
      }

      /** "(iedereen) lacht je uit", "lachen ze hem uit": laughing at someone, its particle later in the clause; not "lachte niemand uit". */
      function ridicule(): boolean {
        for (let j = f; j <= l; j++) {
          if (!/^(lacht|lachen|lachte|lachten)$/.test(F(j)) || negatedNear(j, 2, 3)) continue;
          for (let u = j + 1; u <= Math.min(l, j + 5) && tokens[u]!.clause === tokens[j]!.clause; u++) if (F(u) === 'uit') return true;
        }
        return false;
      }

      function laughter(): boolean {
        if (any(C.laughter) >= 0) return true;
        // emoji are not tokens: read the sentence's own stretch of the source
        const from = tokens[f]!.start;
        const to = l + 1 < n ? tokens[l + 1]!.start : a.source.length;
        for (const ch of a.source.slice(from, to)) if (EMOJI.has(ch)) return true;
        return false;
      }

      /** A judging word or a trait of looks among the three words after k ("vindt jou dik", "vindt je raar"). */
      function judgedAfter(k: number): boolean {
        for (let j = k + 1; j <= Math.min(l, k + 3); j++) if (!targets[j] && (info[j]!.judge || info[j]!.groupOnly || info[j]!.polarity < 0 || looksTrait(info[j]!))) return true;
        return false;
      }

      function readExclusion(): void {
        if (question) return;
        // "niemand wil naast Fleur zitten", "met dat meisje speelt toch niemand", "niemand vindt je leuk"
        const nobody = forms.indexOf('niemand', f);
        // ("niemand wil Lotte missen", "… hij is zo gezellig": affection, praise)
        // (a positive word as the predicate of "vindt + the person" is what nobody finds: "niemand vindt je leuk")
        let praise = false;
        for (let j = f; j <= l && !praise; j++) if (is(j, C.positive) && !(/^(vindt|vind|vinden|vond)$/.test(F(j - 2)) && person(j - 1)) && !(/^(vindt|vind|vinden|vond)$/.test(F(j - 3)) && person(j - 2))) praise = true;
        if (nobody >= 0 && nobody <= l && any(C.affection) < 0 && !praise) {
          for (let c = f; c <= l; c++) {
            if (c === nobody || !is(c, C.company) || participle(F(c))) continue;
            // "niemand vindt jou dik": a judgement denied is reassurance, not exclusion ("niemand vindt je leuk" is)
            if (/^(vindt|vind|vinden|vond)$/.test(F(c)) && judgedAfter(c)) continue;
            for (let t = Math.max(f, c - 4); t <= Math.min(l, c + 4); t++) {
              const p = person(t);
              if (p && t !== nobody && (is(t - 1, C.companyPrep) || Math.abs(t - c) <= 2 || is(t - 2, C.companyPrep))) return push('exclusion', Math.min(nobody, c), Math.max(nobody, c), p);
            }
          }
        }
        for (let k = f; k <= l; k++) {
          // "je hoort er niet bij", "jij hoort hier niet thuis", "Fleur hoort niet in ons team"
          if (is(k, C.belong) && F(k) !== 'thuis' && !FIRST.has(F(k - 1)) && !FIRST.has(F(k + 1)) && negatedNear(k, 2, 3) && who) {
            const place = any(C.joinWord, k + 1, k + 5) >= 0 || any(C.inGroup, k + 1, k + 6) >= 0 || F(k + 1) === 'erbij' || F(k + 1) === 'hier' || F(k - 1) === 'hier' || any(C.belong, k + 1, k + 5) >= 0;
            const norm = forms.slice(k + 1, l + 1).includes('te');
            if (place && !norm) return push('exclusion', k);
          }
          // "blijf weg van onze groep", "rot op uit ons groepje", "ga weg bij ons"
          if (is(k, C.awayVerb) && (clauseStart(k) || person(k + 1)?.kind === 'second') && !negatedNear(k, 2, 2)) {
            const away = any(C.away, k + 1, k + 3);
            if (away >= 0) {
              for (let g = away + 1; g <= Math.min(l, away + 5); g++) {
                if (F(g) === 'ons' || (F(g) === 'onze' && (is(g + 1, C.inGroup) || F(g + 1) === 'buurt')) || (is(g, C.inGroup) && /^(onze|ons|de|het)$/.test(F(g - 1)) && F(g - 1) !== 'de')) return push('exclusion', k, g);
              }
            }
          }
          // "Bram mag niet meer in onze app", "jij komt niet op mijn feestje", "jij doet niet mee"
          const permit = is(k, C.permitVerb);
          // (the command said to "jij", or as an imperative: "kom maar niet meer bij ons spelen")
          const command = is(k, C.commandVerb) && (person(k - 1)?.kind === 'second' || person(k + 1)?.kind === 'second' || (clauseStart(k) && !FIRST.has(F(k + 1))));
          // ("wij willen jou niet in ons team": the author's wish, of the person)
          const want = is(k, C.wantVerb) && (FIRST.has(F(k - 1)) || FIRST.has(F(k + 1))) && person(k + 1) !== undefined;
          // (a reason given is a rule explained: "mag niet mee naar buiten omdat …")
          if ((permit || command || want) && (who || clauseStart(k)) && negatedNear(k, 1, 3) && any(C.reason) < 0) {
            for (let g = k + 1; g <= Math.min(l, k + 6); g++) {
              const joining = /^(meedoen|meespelen|mee|meegaan|meekomen|erbij)$/.test(F(g)) && F(g + 1) !== 'naar';
              const group = is(g, C.inGroup) && !(F(g) === 'spel') && (is(g - 1, C.joinWord) || /^(onze|ons|mijn|m'n|ons)$/.test(F(g - 1)));
              if (joining || group) return push('exclusion', k, g);
            }
          }
          // "voor jou is hier geen plek", "er is geen plaats voor je in onze groep"
          if (is(k, C.noPlace) && F(k - 1) === 'geen') {
            let forPerson = forms.slice(f, k).some((w, i) => w === 'voor' && person(f + i + 1) !== undefined);
            // "geen plek voor jou", "geen plek voor zo iemand als jij"
            for (let v = k + 1; v <= Math.min(l, k + 2) && !forPerson; v++) if (F(v) === 'voor') for (let t = v + 1; t <= Math.min(l, v + 5); t++) if (person(t)) forPerson = true;
            const here = forms.slice(f, l + 1).some((w) => w === 'hier') || any(C.inGroup) >= 0;
            if (forPerson && here) return push('exclusion', k - 1, k);
          }
          // "Yara wordt niet uitgenodigd, dat hebben we met de hele klas besloten": not invited, by the group
          if (is(k, C.invite) && negatedNear(k, 3) && who && forms.slice(f, l + 1).some((w) => w === 'we' || w === 'wij' || w === 'ons' || w === 'iedereen' || w === 'klas')) return push('exclusion', k);
          // "zoek maar andere vrienden"
          if (F(k) === 'zoek' && clauseStart(k)) {
            for (let g = k + 1; g <= Math.min(l, k + 3); g++) if (/^(andere|nieuwe)$/.test(F(g)) && is(g + 1, C.friends)) return push('exclusion', k, g + 1);
          }
          // "een nieuwe groepsapp gemaakt zonder Mees", "ons clubje zonder jou": the group made without the person
          if (is(k, C.inGroup) && F(k) !== 'ons' && F(k) !== 'onze') {
            for (let z = k + 1; z <= Math.min(l, k + 4); z++) if (F(z) === 'zonder' && person(z + 1) && !negatedNear(z, 3)) return push('exclusion', k, z + 1, person(z + 1)!);
          }
          // "als Yara meedoet, doe ik niet mee": a boycott on the person's joining
          if (CONDITION.has(F(k)) && F(k) !== 'wie') {
            let joined = -1;
            for (let j = k + 1; j <= Math.min(l, k + 5) && joined < 0; j++) if (person(j)) for (let g = j + 1; g <= Math.min(l, j + 4); g++) if (/^(meedoet|meespeelt|meegaat|meekomt|erbij|komt|mee)$/.test(F(g))) joined = g;
            if (joined >= 0) {
              for (let g = joined + 1; g <= l; g++) if (FIRST.has(F(g)) && negatedNear(g, 2, 3) && (forms.indexOf('mee', g) >= 0 && forms.indexOf('mee', g) <= l)) return push('exclusion', k, g);
            }
          }
        }
      }
    }
  }
  return hits;
}

const FIRST_COPULA = new Set(['ben', 'was', 'zijn', 'waren', 'voel']);

/**
 * The detector's hook (decency.ts, once after its own readings): withdraws the look-alikes of
 * bullying that other readings took for it, then adds this reading's hits through the
 * detector's `push` (so its tests of counter-speech and quotation apply):
 * - a forecast taken for a threat ("ik weet waar je woont", "je zult het merken") whose sentence
 *   goes on to a kind purpose or a positive judgement ("…, dus ik breng je tas even langs",
 *   "…: groep 8 is super leuk!"), with no harm word of its own;
 * - an insult the author says of themselves ("ik ben zo'n sukkel haha", "wat ben ik een oen"):
 *   a first-person copula before the insult word in its clause, and no one else named in it.
 */
export function readBullyingInto(a: TextAnalysis, authorId: string | undefined, hits: DecencyHit[], push: (h: DecencyHit, core?: { first: number; last: number }) => void): void {
  const tokens = a.tokens;
  const forms = fm(a);
  const info = infos(a);
  let tgs: (Target | undefined)[] | undefined;
  const targets = (): (Target | undefined)[] => (tgs ??= targetsOf(a, authorId));
  const cls = (k: number): [number, number] => (k >= 0 && k < tokens.length ? classesOfWord(info[k]!) : [0, 0]);
  const isC = (k: number, c: number): boolean => k >= 0 && k < tokens.length && (c < 32 ? (cls(k)[0] >> c) & 1 : (cls(k)[1] >> (c - 32)) & 1) === 1;
  /** A harm verb that harms on its own ("slaan"), not a weak one that needs its frame ("gaat"). */
  const strongHarm = (k: number): boolean => info[k]!.harm !== undefined && !info[k]!.harm!.weak;
  for (let i = hits.length - 1; i >= 0; i--) {
    const h = hits[i]!;
    if (h.kind === 'threat' && benignForecast(h)) hits.splice(i, 1);
    else if (h.kind === 'violence' && deathNotWished(h)) hits.splice(i, 1);
    else if ((h.kind === 'insult' || (h.kind === 'dehumanisation' && animalIn(h))) && selfSaid(h)) hits.splice(i, 1);
  }
  for (const h of readBullying(a, authorId)) push({ kind: h.kind, first: h.first, last: h.last, severity: 'block', certain: true, target: h.target }, h.core);
  // mockery of poverty or looks, rumours spread (reading/humiliation.ts)
  for (const h of readHumiliation(a, authorId)) push({ kind: 'insult', first: h.first, last: h.last, severity: 'block', certain: true, target: h.target }, h.core);
  // a vote over a pupil's exclusion, ostracism by a group, an exclusion enforced (reading/exclusion-vote.ts)
  for (const h of readExclusionVotes(a, authorId)) push({ kind: h.kind, first: h.first, last: h.last, severity: 'block', certain: true, target: h.target }, h.core);
  // a group by insinuation (a marker and a stock charge) or likened to something not human (reading/stereotype-marker.ts, reading/dehuman.ts)
  for (const h of readStockCharge(a, authorId)) push({ kind: 'derogation', first: h.first, last: h.last, severity: 'block', certain: true, target: h.target }, h.core);
  for (const h of readDehumanising(a, authorId)) push({ kind: 'dehumanisation', first: h.first, last: h.last, severity: 'block', certain: true, target: h.target }, h.core);
  // group-level meaning without a judging word: insinuation cues, coded terms, essentialism, mock praise, burden (reading/group-insinuation.ts)
  for (const h of readGroupMeaning(a, authorId)) push({ kind: h.kind === 'dehumanisation' ? 'dehumanisation' : 'derogation', first: h.first, last: h.last, severity: 'block', certain: true, target: h.target }, h.core);

  /** An animal word in the hit: the author likening themselves to one ("ik ben echt een luie zeekoe") mocks only themselves. */
  function animalIn(h: DecencyHit): boolean {
    for (let k = h.first; k <= h.last + 1 && k < tokens.length; k++) if (info[k]!.animal) return true;
    return false;
  }

  function benignForecast(h: DecencyHit): boolean {
    let forecast = false;
    for (let k = h.first; k <= h.last; k++) {
      if (isC(k, C.forecast)) forecast = true;
      if (strongHarm(k) || a.has(k, 'violence') || isC(k, C.damage)) return false;
    }
    if (!forecast) return false;
    const [f, l] = a.sentenceTokens(tokens[h.first]!.sentence);
    let kind = false;
    for (let k = f; k <= l; k++) {
      if (k >= h.first && k <= h.last) continue;
      // any harm or damage in the sentence keeps the threat
      if (strongHarm(k) || a.has(k, 'violence') || isC(k, C.damage) || info[k]!.judge || a.has(k, 'negEval')) return false;
      if (k > h.last && (isC(k, C.benign) || isC(k, C.positive) || (info[k]!.positive && !targets()[k]))) kind = true;
    }
    // a positive judgement after a pause, or a kind act after "dus/om/zodat/want"
    if (!kind) return false;
    for (let k = h.last + 1; k <= l; k++) if (isC(k, C.benignLink) || tokens[k]!.clause !== tokens[h.last]!.clause) return true;
    return false;
  }

  /**
   * "dood" or "verdwijnt" read as violence where no one wishes it: the intensifying idiom of the
   * author ("ik schrok me dood", "lach me dood", "dood van het lachen"), or a departure the author
   * will miss ("Bram verdwijnt morgen naar Spanje, ik ga hem missen").
   */
  function deathNotWished(h: DecencyHit): boolean {
    let core = -1;
    for (let k = h.first; k <= h.last; k++) if (isC(k, C.death) || isC(k, C.gone)) core = k;
    if (core < 0) return false;
    for (let k = h.first; k <= h.last; k++) if (k !== core && (strongHarm(k) || isC(k, C.selfHarm))) return false;
    const [f, l] = a.sentenceTokens(tokens[core]!.sentence);
    for (let k = f; k <= l; k++) if (/^(hoop|hoopt|wens|wenst|wil|wou|moet|moeten|zou|mag)$/.test(forms[k]!)) return false;
    const w = forms[core]!;
    const reflexive = /^(me|mij|mezelf|ons|zich)$/.test(forms[core - 1] ?? '') && tokens[core - 1]!.sentence === tokens[core]!.sentence;
    const ofSomething = w === 'dood' && forms[core + 1] === 'van' && /^(het|de)$/.test(forms[core + 2] ?? '');
    if (w === 'dood' && (reflexive || ofSomething)) return true;
    // missed by the author: "ik ga hem missen", "ik mis je nu al"
    for (let k = f; k <= l; k++) if (isC(k, C.affection) && k !== core && !['niet', 'geen', 'niemand', 'nooit'].includes(forms[k - 1] ?? '') && !['niet', 'niemand'].includes(forms[k + 1] ?? '') && forms.slice(Math.max(f, k - 3), k + 2).some((x) => x === 'ik' || x === 'we' || x === 'wij')) return true;
    return false;
  }

  function selfSaid(h: DecencyHit): boolean {
    const clause = tokens[h.first]!.clause;
    let copula = -1;
    for (let k = h.first - 1; k >= 0 && k >= h.first - 4 && tokens[k]!.clause === clause; k--) if (FIRST_COPULA.has(forms[k]!)) copula = k;
    if (copula < 0) return false;
    const subject = forms[copula - 1] === 'ik' || forms[copula + 1] === 'ik' || (forms[copula] === 'voel' && forms[copula + 1] === 'me');
    if (!subject) return false;
    // no one else named or addressed in the clause ("ik ben een sukkel, zegt Mees over jou")
    for (let k = 0; k < tokens.length; k++) {
      if (tokens[k]!.clause !== clause) continue;
      const t = targets()[k];
      if (t && t.token === k && k < copula && t.kind !== 'person') return false;
      if (t && t.token === k && k > h.last) return false;
    }
    return h.target === undefined || h.target.token > copula;
  }
}
