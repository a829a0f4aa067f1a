/**
 * The structural Dutch reading of the decency detector (A7): what a clause says of a
 * target, read from its words' classes (`words.ts`) rather than from listed phrases.
 *
 * - predicate: a target and a copula with a judging word on the other side, in main
 *   order ("Marokkanen zijn achterbaks"), inverted ("De slechtste mensen ter wereld zijn
 *   Turken") and verb-final ("… dat vrouwen dom zijn"); superlatives ("het laagste soort
 *   mensen"); "vinden" with object and predicate ("ik vind homo's vies");
 * - attributive: a judging adjective before the target ("stomme Rotterdammers", "dat luie
 *   Antilliaanse volk");
 * - dehumanisation: a target likened to an animal or a thing, by a copula ("zijn
 *   gebruiksvoorwerpen") or a comparison ("gedragen zich als beesten", "net apen");
 * - negation scoped to what it governs: a negator between the target and the judging
 *   word negates it ("zijn niet gevaarlijk", "niet minder waard" passes), an intensifying
 *   negation does not ("niets dan tuig", "niet meer dan vee"); a negated positive denies
 *   worth or rights ("zijn geen echte mannen", "hebben geen recht om te bestaan");
 *   "niemand is zo dom als een vrouw" judges the compared target;
 * - harm: a harm verb in any form (finite, inverted after a fronted clause, verb-final,
 *   separable with its particle later, participle with a modal) with an intent (first
 *   person, a wish or a modal) and a human victim as object, possessor of a body part
 *   ("breek ik zijn benen") or, for verbs like "creperen", as subject;
 * - sexual remarks about a person ("lekkere tieten", "stuur me een naaktfoto");
 * - reported speech and counter-speech: a hit inside what someone else said, wrote or
 *   called ("Mensen die zeggen dat …", "werd uitgescholden voor …", "'…' stond in de app")
 *   while the text judges that report ("hebben het mis", "maakt me verdrietig", "gemeld").
 *
 * Every reading looks at one clause or sentence around a token it meets once: the word
 * classes are computed once per analysis, so the reading is linear in the text.
 */
import type { TextAnalysis } from '../analysis.js';
import { categoryId } from '../lexicon/index.js';
import { ownConclusion, targetAt, type Target } from '../detectors/context.js';
import data from '../lexicon/reading.json' with { type: 'json' };
import decencyData from '../lexicon/decency.json' with { type: 'json' };
import bullying from '../lexicon/bullying.json' with { type: 'json' };
import { isDutchWord } from '../lexicon/dictionary.js';
import { squeeze } from '../text/normalize.js';
import { readExpulsion, readImplicit, readInsinuation, readOpinionExclusion, readSchoolHarm } from './implicit.js';
import { readStereotype } from './stereotype.js';
import { condemnedDoers, eventJudged, historicalReport, judgedTopic, nobodyBelieves } from './counter.js';
import { educationalSentence } from './sexual.js';
import { wordInfo, harmFormOf, HARM_PARTICLES, lemmaCandidates, NEGATIVE_ACTIVITY, VEHICLE, JUDGING_EXTRA, WEAPON, HARM_NOUNS, demonymAdjective, COMPARISON_VERB, SUPERLATIVE_HEAD, WISH, SENSES, SENSE_CONTEXT, type WordInfo } from './words.js';
import { oncePerAnalysis, perAnalysis } from './memo.js';
import { everyoneTargets, readConfine, readHarmGiven, readPlaceHarm, readPossessiveJudged, readResultIdiom } from './harm.js';
import { readEmotion } from './emotion.js';
import { readBlowsReceived, readEscalation, readMenace, readUrgedGone, vocativeAt } from './threat.js';
import { readUltimatum } from './threat-ultimatum.js';
import { readSelfHarmUrged } from './threat-selfharm.js';
import { readForcedRemoval } from './violence-manner.js';
import { mapPacked, wordSet as W } from './word-sets.js';

export type StructuralKind = 'insult' | 'derogation' | 'dehumanisation' | 'violence' | 'threat' | 'sexual' | 'hate';

export interface StructuralHit {
  kind: StructuralKind;
  first: number;
  last: number;
  target: Target;
  /** The words that carry the harm (for the counter-speech test). */
  core: { first: number; last: number };
}

const COPULA = W(['are', 're', 'youre', 'am', 'is', 'zijn', 'ben', 'bent', 'was', 'waren', 'blijft', 'blijven', 'lijkt', 'lijken', 'blijkt', 'blijken', 'wordt', 'worden', 'werd', 'werden', 'zijt', 'vind', 'vindt', 'vinden', 'noem', 'noemt']);
/** The negator word class (`lexicon/bullying.json` `negator`) and the denials the structural reading adds (`reading.json` `denial`). */
const NEGATOR = W([...bullying.classes.negator.words, ...data.denial.words]);
const INTENSIFY_AFTER = W(['dan', 'anders', 'meer']);
const ADVERB = W(['so', 'really', 'very', 'zo', 'echt', 'heel', 'erg', 'gewoon', 'allemaal', 'altijd', 'nou', 'toch', 'ook', 'wel', 'nog', 'best', 'zeer', 'super', 'mega', 'te', 'werkelijk', 'ontzettend', 'vreselijk', 'enorm', 'hartstikke', 'echt', 'totaal', 'compleet', 'helemaal', 'hopeloos', 'van', 'nature', 'stuk', 'voor', 'eigenlijk', 'ook', 'alleen', 'maar', 'gewoonweg', 'nogal', 'vaak', 'meestal', 'dus', 'wel', 'eens', 'elke', 'dag', 'persoonlijk']);
const DET = W(['a', 'an', 'the', 'such', 'de', 'het', 'een', 'die', 'deze', 'dat', 'dit', 'zon', 'zulke', 'zulk', 'mijn', 'jouw', 'je', 'zijn', 'haar', 'onze', 'ons', 'hun', 'alle', 'elke', 'ieder', 'iedere', 'sommige', 'veel', 'meeste']);
const PREP = W(['met', 'door', 'op', 'in', 'aan', 'naar', 'tegen', 'voor', 'van', 'bij', 'onder', 'over', 'uit', 'om', 'tot', 'zonder', 'na', 'tijdens', 'vanwege', 'achter', 'naast', 'tussen']);
const COMPARE = W(['als', 'zoals', 'net']);
const FIRST = W(['ik', 'we', 'wij', 'ikke']);
/** What a negation denies of one person when it denies their humanity (data: reading.json `humanity`). */
const HUMANITY = W(data.humanity.words);
/** Existing and living, denied to someone (data: reading.json `existence`). */
const EXISTENCE = W(data.existence.words);
/** Mental capacities, denied to a group with "kunnen niet" (data: reading.json `capacity`). */
const CAPACITY = W(data.capacity.words);
/** Faculties a negated "hebben" denies to a group (data: reading.json `faculty`). */
const FACULTY = W(data.faculty.words);

const SECOND_OBJ = W(['you', 'je', 'jou', 'jullie', 'u']);
const THIRD_OBJ = W(['hem', 'haar', 'ze', 'hen', 'hun', 'die']);
const POSSESSIVE = W(['zijn', 'haar', 'je', 'jouw', 'hun', 'z', 'zn']);
const ABSTRACT = W(['idee', 'ideeen', 'gedachte', 'plan', 'grap', 'opmerking', 'mening', 'vraag', 'antwoord', 'gedrag', 'woorden', 'toets', 'weer', 'eten', 'film', 'boek', 'les', 'dag', 'week', 'wedstrijd', 'cijfer', 'uitslag', 'accent', 'taal', 'humor', 'smaak', 'geur', 'kleur', 'werk', 'school', 'huiswerk', 'verhaal', 'nieuws', 'situatie', 'nacht', 'ochtend', 'middag', 'avond', 'spel', 'resultaat']);
const REPORT = W(['zei', 'zeiden', 'zegt', 'zeggen', 'gezegd', 'schreef', 'schreven', 'schrijft', 'geschreven', 'noemde', 'noemden', 'noemt', 'noemen', 'genoemd', 'beweert', 'beweren', 'beweerde', 'riep', 'riepen', 'roept', 'roepen', 'geroepen', 'stond', 'staat', 'postte', 'tweette', 'uitgescholden', 'scholden', 'schold', 'schelden', 'scheldt', 'uitschelden', 'gescholden', 'uitspraak', 'bericht']);
const JUDGING = W(['mis', 'fout', 'onzin', 'onwaar', 'klopt', 'kloppen', 'gemeld', 'melden', 'meld', 'verteld', 'aangesproken', 'aanspreken', 'verwijderd', 'verwijderen', 'weg', 'af', 'verdrietig', 'boos', 'erg', 'schrok', 'geschrokken', 'pikken', 'accepteren', 'tolereren', 'pesten', 'discriminatie', 'racisme', 'ouderwets', 'gemeen', 'kwetsend', 'schandalig', 'onacceptabel', 'verkeerd', 'niet', 'nooit', 'bespreken', 'onterecht', 'vooroordeel', 'vooroordelen', ...JUDGING_EXTRA]);

/** Each token's word as written (lower case, unsqueezed) where it is plain letters, else its normalised form; once per analysis. */
export const fm: (a: TextAnalysis) => string[] = oncePerAnalysis((a) => mapPacked(infos(a), (w) => w.form));

/** The form of token k, '' outside the text. */
let lastA: TextAnalysis | undefined;
let lastForms: string[] = [];
function F(a: TextAnalysis, k: number): string {
  if (a !== lastA) {
    lastForms = fm(a);
    lastA = a;
  }
  return k >= 0 && k < lastForms.length ? lastForms[k]! : '';
}

/** Word classes of every token (read once by the analysis). */
export function infos(a: TextAnalysis): WordInfo[] {
  return a.wordInfos as WordInfo[];
}

/** A target at k (the shared reading, which also holds the word-class targets: demonyms, professions). */
function targetOf(a: TextAnalysis, k: number, authorId: string | undefined): Target | undefined {
  if (k < 0 || k >= a.tokens.length) return undefined;
  const t = targetAt(a, k, authorId);
  if (t) return t;
  // the school and its bodies ("de directie", "deze school")
  if (a.has(k, 'schoolTarget')) return { token: k, kind: 'school' };
  return undefined;
}

/**
 * The target of every token, once per analysis: only tokens that can be one (a listed group,
 * person or pronoun, the school, a roster name) are asked, so the cost stays linear.
 */
let targetCats: number[] | undefined;
export const targetsOf: (a: TextAnalysis, authorId: string | undefined) => (Target | undefined)[] = perAnalysis((a, authorId) => {
  const n = a.tokens.length;
  const cats = (targetCats ??= ['groupNoun', 'slurStrong', 'pronounSecond', 'pronounObjectThird', 'pronounSubjectThird', 'personNoun', 'schoolTarget'].map(categoryId));
  const named = new Uint8Array(n);
  for (const m of a.names) for (let k = m.first; k <= m.last && k < n; k++) named[k] = 1;
  const targets: (Target | undefined)[] = new Array(n);
  for (let k = 0; k < n; k++) {
    if (named[k] || hasAnyCat(a, k, cats)) targets[k] = targetOf(a, k, authorId);
    // an ambiguous slur in its innocent sense names no one ("onze hond is een teef")
    if (targets[k] && !named[k] && SENSES.has(F(a, k)) && innocentSense(a, k)) targets[k] = undefined;
  }
  // a compound whose head is a person noun ("buurjongen", "stiefvader", "klasgenote"): a person
  for (let k = 0; k < n; k++) if (!targets[k] && !named[k] && a.tokens[k]!.norm.length >= 8 && personCompound(a.tokens[k]!.norm)) targets[k] = { token: k, kind: 'person' };
  // everyone and kinds of people the lists do not hold ("iedereen", "de hele klas", "jouw soort"): reading/harm.ts
  everyoneTargets(a, fm(a), targets);
  resolvePronouns(a, targets);
  return targets;
});

/** Person heads of five letters or more (`reading.json` thingTarget.personHead, minus insults), by their last three letters. */
let personHeadsByEnd: Map<string, string[]> | undefined;
const personCompoundCache = new Map<string, boolean>();
/**
 * Is the word a compound of a modifier of three letters or more and a person noun ("buurjongen",
 * "buurmeisje", "stiefvader")? The head must be a plain person noun (no insult, animal or slur of
 * the head list) and the modifier a word of its own. Cached per word; a lookup by the last three letters.
 */
function personCompound(w: string): boolean {
  let r = personCompoundCache.get(w);
  if (r !== undefined) return r;
  if (!personHeadsByEnd) {
    personHeadsByEnd = new Map();
    for (const h0 of data.thingTarget.personHead) {
      const h = squeeze(h0);
      const info = wordInfo(h, h);
      if (h.length < 5 || info.animal || info.judgeNoun || info.judge || SLURS_IN_HEADS.has(h)) continue;
      const end = h.slice(-3);
      const list = personHeadsByEnd.get(end);
      if (list) list.push(h);
      else personHeadsByEnd.set(end, [h]);
    }
  }
  r = false;
  for (const h of personHeadsByEnd.get(w.slice(-3)) ?? []) {
    if (w.length - h.length < 3 || !w.endsWith(h)) continue;
    const mod = w.slice(0, w.length - h.length);
    if (isDutchWord(mod) || isDutchWord(mod.replace(/s$/, ''))) r = true;
  }
  if (personCompoundCache.size >= 10_000) personCompoundCache.clear();
  personCompoundCache.set(w, r);
  return r;
}
/** Heads of the list that are slurs, insults or groups themselves: no person compound (those have readings of their own). */
const SLURS_IN_HEADS = W([...decencyData.categories.slurStrong, ...decencyData.categories.insultNoun, ...decencyData.categories.groupNoun].filter((x) => !x.includes(' ')));

/** Does token k belong to one of the categories (a loop, not a closure per token)? */
function hasAnyCat(a: TextAnalysis, k: number, cats: readonly number[]): boolean {
  for (let i = 0; i < cats.length; i++) if (a.has(k, cats[i]!)) return true;
  return false;
}

/** Finite plural verbs after a subject pronoun ("ze zijn"), and the ending of a plural noun (a plural antecedent is no singular one). */
const PLURAL_VERB = new Set(['zijn', 'waren', 'hebben', 'hadden', 'kunnen', 'konden', 'moeten', 'moesten', 'willen', 'wilden', 'mogen', 'mochten', 'zullen', 'zouden', 'gaan', 'gingen', 'doen', 'deden', 'worden', 'werden', 'blijven', 'bleven'].map(squeeze));
const PLURAL_NOUN_END = /(en|s)$/;
/** The subjects after which a relative "die" is its clause's object, and how far back its antecedent may be. */
const RELATIVE_SUBJECT = W(['ik', 'we', 'wij']);
const RELATIVE_REACH = 8;
/** Pronouns that may stand for a group named just before: "ze", "zij", "hen", and "die" as a pronoun (before a verb). */
const GROUP_PRONOUN = W(['ze', 'zij', 'hen']);
const PRONOUN_VERB = W(data.pronounReference.verbs);
/**
 * Pronoun reference, in one pass: a pronoun opening a clause ("ze", "zij", "hen", "die" before a
 * verb) stands for the group named in the clause or sentence before it when the nearest target
 * back is that group ("Ken je die Polen? Ze …", "Die Surinamers uit de flat, die zijn …", "Er
 * lopen Roma op straat. Die moet je …"); it is then read as the group. A "ze" after a sentence
 * that names things and no one ("Heb je de nieuwe tafels gezien? Ze zijn lelijk") stands for the
 * things: no target. The last target seen and the last things-only sentence are carried along,
 * so the cost is linear.
 */
function resolvePronouns(a: TextAnalysis, targets: (Target | undefined)[]): void {
  const tokens = a.tokens;
  const n = tokens.length;
  let last: Target | undefined;
  let lastAt = -1;
  let lastGroupAt = -1;
  // per sentence: does it name a plural thing after a determiner, and a person-like target other than "je"?
  let thingSentence = -1;
  let sentenceThing = false;
  let sentencePerson = false;
  for (let k = 0; k < n; k++) {
    const t = tokens[k]!;
    if (k > 0 && t.sentence !== tokens[k - 1]!.sentence) {
      thingSentence = sentenceThing && !sentencePerson ? tokens[k - 1]!.sentence : -1;
      sentenceThing = false;
      sentencePerson = false;
    }
    const w = t.norm;
    const opens = k > 0 && t.clause !== tokens[k - 1]!.clause;
    const pronoun = opens && (GROUP_PRONOUN.has(w) || (w === 'die' && PRONOUN_VERB.has(tokens[k + 1]?.norm ?? '')));
    if (pronoun) {
      // the antecedent: in the clause before or the sentence before, nothing between
      const near = last && lastAt >= 0 && (tokens[lastAt]!.sentence === t.sentence || tokens[lastAt]!.sentence === t.sentence - 1);
      if (near && last!.kind === 'group') {
        targets[k] = { token: k, kind: 'group' };
        continue;
      }
      // a plural verb after the pronoun ("ze zijn", "ze kunnen") passes over a singular person named
      // since ("Vrouwen moeten geen directeur worden, ze zijn …") to the group before it
      const plural = PLURAL_VERB.has(tokens[k + 1]?.norm ?? '');
      if (plural && lastGroupAt >= 0 && (tokens[lastGroupAt]!.sentence === t.sentence || tokens[lastGroupAt]!.sentence === t.sentence - 1) && last && last.kind !== 'group' && !PLURAL_NOUN_END.test(tokens[lastAt]!.norm)) {
        targets[k] = { token: k, kind: 'group' };
        continue;
      }
      if (w === 'ze' && thingSentence === t.sentence - 1 && (!last || lastAt < 0 || tokens[lastAt]!.sentence < t.sentence - 1 || last.kind === 'second')) {
        targets[k] = undefined;
        continue;
      }
    }
    // a relative "die" with a first person as its subject ("een jongen uit groep 6 die ik … wil slaan",
    // "die Afghanen, die we … moeten"): the object of its clause, standing for the person or group
    // named just before it in the sentence (at most RELATIVE_REACH tokens back)
    if (w === 'die' && opens && !targets[k] && last && lastAt >= 0 && k - lastAt <= RELATIVE_REACH && tokens[lastAt]!.sentence === t.sentence && RELATIVE_SUBJECT.has(tokens[k + 1]?.norm ?? '')) {
      targets[k] = last.personId !== undefined ? { token: k, kind: last.kind, personId: last.personId } : { token: k, kind: last.kind };
      continue;
    }
    const tk = targets[k];
    if (tk) {
      if (tk.kind !== 'second') sentencePerson = true;
      // "je" names the reader, not what "ze" may stand for
      if (tk.kind !== 'second') {
        last = tk;
        lastAt = k;
        if (tk.kind === 'group') lastGroupAt = k;
      }
    } else if ((k > 0 && DET.has(tokens[k - 1]!.norm)) || (k > 1 && DET.has(tokens[k - 2]!.norm) && !targets[k - 1])) {
      if (w.length >= 4 && /(en|s)$/.test(w) && !GROUP_PRONOUN.has(w)) sentenceThing = true;
    }
  }
}

/** A demonym adjective at k ("Marokkaanse", "Poolse"): before a noun it names a group. */
export function demonymAdjectiveAt(a: TextAnalysis, k: number): boolean {
  return k > 0 && demonymAdjective(a.tokens[k]!);
}

/**
 * The clause index of the reading, built once per analysis: the shared clauses, except that a
 * demonstrative "die"/"dat" before a noun does not open a relative clause ("ik schop die
 * vluchteling …"; the shared reading splits at every "die"). With each clause's first and last
 * token, and per sentence the words the readings ask about, so no reading rescans a sentence.
 */
const PASSIVE_AUX = new Set(['worden', 'wordt', 'werd', 'werden']);
const DEMONSTRATIVES = new Set(['die', 'dat', 'deze', 'dit']);
interface Index {
  clause: Int32Array;
  clauseFirst: number[];
  clauseLast: number[];
  /** Per sentence: a first person, a wish or modal, a strong modal, "wie … mee", "zorg". */
  firstPerson: Uint8Array;
  wish: Uint8Array;
  strong: Uint8Array;
  call: Uint8Array;
  zorg: Uint8Array;
  passive: Int32Array;
}
let lastIndexA: TextAnalysis | undefined;
let lastIndex: Index | undefined;
function index(a: TextAnalysis): Index {
  if (a === lastIndexA && lastIndex) return lastIndex;
  const x = indexOnce(a);
  lastIndexA = a;
  lastIndex = x;
  return x;
}
const indexOnce = oncePerAnalysis((a): Index => {
  const tokens = a.tokens;
  const n = tokens.length;
  const clause = new Int32Array(n);
  const clauseFirst: number[] = [];
  const clauseLast: number[] = [];
  let id = -1;
  for (let k = 0; k < n; k++) {
    const t = tokens[k]!;
    const prev = tokens[k - 1];
    let boundary = k === 0 || prev!.sentence !== t.sentence || prev!.clause !== t.clause;
    if (boundary && k > 0 && prev!.sentence === t.sentence && DEMONSTRATIVES.has(F(a, k))) {
      const gap = a.source.slice(prev!.end, t.start);
      // a demonstrative before a target or an intensifier, or right after a preposition ("in die wijk"), is a determiner
      // (not "dat"/"dit" before a plural: "ik denk dat vrouwen …" opens a clause)
      const plural = (F(a, k) === 'dat' || F(a, k) === 'dit') && ((/(en|s)$/.test(F(a, k + 1)) && F(a, k + 1).length >= 4 && F(a, k + 1) !== 'mens') || /^(ik|jij|je|hij|zij|ze|wij|we|jullie|u|men|iemand|niemand)$/.test(F(a, k + 1)));
      if (/^\s+$/.test(gap) && !plural && (targetAt(a, k + 1) !== undefined || a.has(k + 1, 'intensifier') || PREP.has(F(a, k - 1)))) boundary = false;
    }
    // "alleen maar", "laat die X maar verrekken", "ga maar eens": "maar" as a particle opens no clause
    if (boundary && k > 0 && prev!.sentence === t.sentence && F(a, k) === 'maar' && maarParticle(a, k)) boundary = false;
    if (boundary) {
      id++;
      clauseFirst.push(k);
      clauseLast.push(k);
    }
    clause[k] = id;
    clauseLast[id] = k;
  }
  const S = a.sentenceCount;
  const firstPerson = new Uint8Array(S);
  const wish = new Uint8Array(S);
  const strong = new Uint8Array(S);
  const call = new Uint8Array(S);
  const zorg = new Uint8Array(S);
  const passive = new Int32Array(n);
  const mee = new Uint8Array(S);
  let lastPassive = -1;
  for (let k = 0; k < n; k++) {
    const s = tokens[k]!.sentence;
    const f = F(a, k);
    if (FIRST.has(f)) firstPerson[s] = 1;
    if (WISH.has(f) || f === 'iemand' || f === 'laten') wish[s] = 1;
    if (STRONG_MODAL.has(f)) strong[s] = 1;
    // a norm stated as a duty: "X hoort men af te ranselen", "hoor je … te slaan" (not the tag "leuk hoor")
    if (NORMATIVE.has(f) || ((f === 'hoor' || f === 'dien') && /^(je|jij|ik|ze|men|we)$/.test(F(a, k + 1)))) wish[s] = strong[s] = 1;
    if (f === 'mee') mee[s] = 1;
    if (f === 'zorg' || f === 'zorgen') zorg[s] = 1;
    if (PASSIVE_AUX.has(f)) lastPassive = k;
    passive[k] = lastPassive;
  }
  // "wie gaat er mee om …", "wie helpt me (om) … te slaan?": a call to join in (a sentence opening with "wie")
  for (let k = 0; k < n; k++) {
    const s = tokens[k]!.sentence;
    if ((k === 0 || tokens[k - 1]!.sentence !== s) && F(a, k) === 'wie' && (mee[s] || F(a, k + 1) === 'helpt' || F(a, k + 1) === 'help')) call[s] = 1;
  }
  return { clause, clauseFirst, clauseLast, firstPerson, wish, strong, call, zorg, passive };
});

/**
 * The subject of a copula that no list holds, taken as a group when what is said of it is an
 * insult for people ("sukkels", "idioten", "luiaards"): the head noun of the clause before the
 * copula, a plural that is no thing, idea or pronoun. Only with an insult: "Die boeken zijn
 * rommel" says nothing of people.
 */
const PERSON_PLURAL = /^.{2,}(ers|aars|aren|eurs|isten|anten|enten|iers|lingen|sters|ici|fans|supporters|anen|ezen|ieten|ianen|ouders|moeders|vaders|jongens|meiden|meisjes|kinderen|mensen|lui|logen|leden|monen)$/;
function unlistedGroupSubject(a: TextAnalysis, info: WordInfo[], f: number, c: number, l: number): Target | undefined {
  let insult = false;
  for (let k = c + 1; k <= Math.min(l, c + 4); k++) {
    const w = info[k]!;
    if (a.has(k, 'insultNoun') || (w.judgeNoun && !w.needsAdjective && /(aard|aards|s|en)$/.test(F(a, k)) && !/^(last|gevaar|bedreiging|schande|ramp|kwaad|kostenpost|probleem)/.test(w.lemma))) {
      insult = !NEGATOR.has(F(a, k - 1)) && !NEGATOR.has(F(a, k - 2));
      break;
    }
    // a judging adjective before a plural person noun: "zijn hersenloze fanatiekelingen", "gestoorde sekteleden"
    if (w.judge && k < l && PERSON_PLURAL.test(F(a, k + 1))) {
      insult = !NEGATOR.has(F(a, k - 1)) && !NEGATOR.has(F(a, k - 2));
      break;
    }
    if (!(DET.has(F(a, k)) || ADVERB.has(F(a, k)) || info[k]!.judge)) break;
  }
  if (!insult) return undefined;
  for (let j = f; j < c; j++) {
    const fj = F(a, j);
    if (DET.has(fj) || ADVERB.has(fj) || info[j]!.judge || fj === 'alle') continue;
    const w = info[j]!;
    if (PREP.has(fj) || w.thing || w.animal || ABSTRACT.has(fj) || a.has(j, 'thingObject') || /^(het|dat|dit|er|wat|wie|ze|zij|die|deze|jullie|we|wij|ik|jij|u)$/.test(fj)) return undefined;
    // a plural person noun by its suffix: agent "-ers", "-aars", "-eurs", "-isten", "-lingen", "-sters",
    // "-ianen"; "fans", "supporters" ("scheidsrechters", "brugklassers", "Ajax-fans"); not "schriften"
    if (PERSON_PLURAL.test(fj)) return { token: j, kind: 'group' };
    return undefined;
  }
  return undefined;
}

/**
 * The tokens the second session's readings start from, found in one pass per analysis (one word
 * lookup per token) instead of a pass per reading: each reading visits only its own triggers.
 */
const T_FOCUS = 1, T_HOREN = 2, T_ZONDER = 4, T_PRESENCE = 8, T_ONDER = 16, T_PAK = 32, T_GEWEEST = 64, T_TREK = 128, T_MET = 256, T_SEX = 512, T_HATE = 1024, T_VAN = 2048, T_TRUST = 4096, T_KAN = 8192, T_HABIT = 16384, T_INJURY = 32768;
const TRIGGER_WORDS = new Map<string, number>();
/** A word on several lists keeps every bit. */
for (const [w, bit] of [
  ...['niets', 'niks', 'nooit', 'nergens', 'niemand', 'allerminst', 'geeneens', 'tegenovergestelde', 'tegendeel', 'slechts', 'uitsluitend', 'enkel', 'alleen'].map((w) => [w, T_FOCUS] as const),
  ...['horen', 'hoort', 'hoor', 'hoorden', 'hoorde'].map((w) => [w, T_HOREN] as const),
  ['zonder', T_ZONDER],
  ...['voordat', 'sinds', 'sindsdien', 'toen', 'nu'].map((w) => [w, T_PRESENCE] as const),
  ['onder', T_ONDER],
  ...['pak', 'pakt', 'pakken'].map((w) => [w, T_PAK] as const),
  ['geweest', T_GEWEEST],
  ...['trek', 'trekt', 'trekken', 'trok', 'trokken', 'aftrekken', 'aftrekt', 'aftrek'].map((w) => [w, T_TREK] as const),
  ['met', T_MET],
  ['van', T_VAN],
  ['aan', T_VAN],
  ...(data.aversion.words as string[]).map((w) => [w, T_VAN] as const),
  ...['kan', 'kunnen', 'kunt'].map((w) => [w, T_KAN] as const),
  ...[...NEGATIVE_ACTIVITY].map((w) => [w, T_HABIT] as const),
  ...(data.injuryPlace.words as string[]).map((w) => [w, T_INJURY] as const),
  ...['vertrouw', 'vertrouwt', 'vertrouwen', 'vertrouwde', 'vertrouwden'].map((w) => [w, T_TRUST] as const),
] as [string, number][]) TRIGGER_WORDS.set(w, (TRIGGER_WORDS.get(w) ?? 0) | bit);
interface Triggers {
  list: number[];
  mask: Uint16Array;
}
const triggers = oncePerAnalysis((a): Triggers => {
  const n = a.tokens.length;
  const info = infos(a);
  const mask = new Uint16Array(n);
  const list: number[] = [];
  for (let k = 0; k < n; k++) {
    let m = TRIGGER_WORDS.get(F(a, k)) ?? 0;
    const w = info[k]!;
    if (w.sexualAct || w.sexualBody) m |= T_SEX;
    if (a.has(k, 'hateVerb')) m |= T_HATE;
    if (m) {
      mask[k] = m;
      list.push(k);
    }
  }
  return { list, mask };
});

/** "maar" as a modal or focus particle, not a conjunction: after "alleen"/"enkel", or before a clause-final verb or "eens"/"even". */
function maarParticle(a: TextAnalysis, k: number): boolean {
  const before = F(a, k - 1);
  if (before === 'alleen' || before === 'enkel') return true;
  const next = a.tokens[k + 1];
  if (!next || next.sentence !== a.tokens[k]!.sentence) return false;
  if (/^(eens|even|weer|raak|door|toe|op|terug)$/.test(F(a, k + 1))) return true;
  // "maar verrekken." : one word left before the sentence or clause ends, and it is a verb form
  const after = a.tokens[k + 2];
  const last = !after || after.sentence !== next.sentence || after.clause !== next.clause;
  return last && /(en|t)$/.test(F(a, k + 1)) && F(a, k + 1).length >= 5;
}

/** The clause of token k in the reading's clause index (a demonstrative "die"/"dat" before a noun opens no clause). */
export function clauseOf(a: TextAnalysis, k: number): number {
  return index(a).clause[k]!;
}

function sameClause(a: TextAnalysis, i: number, j: number): boolean {
  if (j < 0 || j >= a.tokens.length || i < 0 || i >= a.tokens.length) return false;
  const c = index(a).clause;
  return c[i] === c[j];
}
function clauseSpan(a: TextAnalysis, k: number): [number, number] {
  const x = index(a);
  const c = x.clause[k]!;
  return [x.clauseFirst[c]!, x.clauseLast[c]!];
}

/** Is the word at k governed by a negation between `from` and k (exclusive)? Intensifying negations ("niets dan") do not count; nor "niet minder". */
function negatedBetween(a: TextAnalysis, from: number, k: number): boolean {
  for (let j = k - 1; j >= from && j >= 0 && j >= k - 10; j--) {
    const n = F(a, j);
    if (!NEGATOR.has(n)) continue;
    const next = F(a, j + 1);
    if (INTENSIFY_AFTER.has(next) || (next === 'anders' && F(a, j + 2) === 'dan')) continue;
    if (next === 'alleen') continue;
    // "zijn X niet gewoon gierig?", "is hij nou niet achterlijk?": the "niet" of a polar question asks for agreement, it denies nothing
    if (n === 'niet' && polarQuestionAt(a, j)) continue;
    return true;
  }
  return false;
}

/** Finite verbs that open a polar question ("Zijn …?", "Is …?", "Kan …?"). */
const POLAR_VERB = W(['zijn', 'is', 'ben', 'bent', 'was', 'waren', 'wordt', 'worden', 'werd', 'werden', 'blijft', 'blijven', 'lijkt', 'lijken', 'heeft', 'hebben', 'had', 'hadden', 'kan', 'kunnen', 'kon', 'konden', 'moet', 'moeten', 'zou', 'zouden', 'doet', 'doen', 'deed', 'deden', 'stinkt', 'stinken', 'ruikt', 'ruiken']);
/** k sits in a question that opens with a finite verb: a polar question, read as a rhetorical assertion when it holds "niet". */
function polarQuestionAt(a: TextAnalysis, k: number): boolean {
  const s = a.tokens[k]!.sentence;
  if (!a.isQuestion(s)) return false;
  const [f] = a.sentenceTokens(s);
  return POLAR_VERB.has(F(a, f));
}

/** Is there a negator anywhere in the clause [f, l]? */
function clauseNegated(a: TextAnalysis, f: number, l: number): boolean {
  for (let j = f; j <= l; j++) if (NEGATOR.has(F(a, j))) return true;
  return false;
}

/** The negator that governs k (within the window of negatedBetween), or ''. */
function governingNegator(a: TextAnalysis, from: number, k: number): string {
  for (let j = k - 1; j >= from && j >= 0 && j >= k - 10; j--) if (NEGATOR.has(F(a, j))) return F(a, j);
  return '';
}

export function readStructure(a: TextAnalysis, authorId?: string): StructuralHit[] {
  const tokens = a.tokens;
  const n = tokens.length;
  if (n === 0) return [];
  const info = infos(a);
  const hits: StructuralHit[] = [];
  const targets = targetsOf(a, authorId);
  // nothing to read without anyone to say it of
  let anyTarget = false;
  // (a possessive before a body part stands for a person: "ik trap zijn hoofd in elkaar")
  for (let k = 0; k < n && !anyTarget; k++) if (targets[k] || (info[k]!.bodyPart && k > 0 && POSSESSIVE.has(F(a, k - 1)))) anyTarget = true;
  // (an unlisted plural subject needs a judging word: an insult noun, or a judging adjective before a plural person noun)
  if (!anyTarget && a.matches('insultNoun').length === 0 && a.matches('slurStrong').length === 0 && !info.some((w, k) => (w.judgeNoun && !w.needsAdjective) || (w.judge && k + 1 < n && PERSON_PLURAL.test(F(a, k + 1))))) {
    // an invitation to a sexual act needs no one named
    if (info.some((w) => w.sexualAct)) readSexual(a, info, targets, hits);
    // a place of a group stands for the group ("ik blaas die moskee op"; reading/harm.ts)
    const context = { forms: fm(a), targets, clauseSpan: (k: number): [number, number] => clauseSpan(a, k) };
    readPlaceHarm(a, context, hits);
    // "Wie mijn fiets aanraakt, krijgt een opdonder": the free relative is the one threatened (reading/threat.ts)
    readBlowsReceived(a, context, hits);
    readMenace(a, context, hits);
    return hits;
  }
  const isThird = (t: Target | undefined): boolean => t?.kind === 'third';
  // a third-person pronoun stands for a person only when a person or group came before it
  const lastPersonBefore: number[] = new Array(n);
  let lastP = -1;
  for (let k = 0; k < n; k++) {
    lastPersonBefore[k] = lastP;
    const t = targets[k];
    if (t && t.kind !== 'third' && t.kind !== 'second') lastP = k;
  }
  const usable = (t: Target | undefined, k: number): t is Target => {
    if (!t) return false;
    if (isThird(t)) return lastPersonBefore[k]! >= 0 && tokens[k]!.sentence - tokens[lastPersonBefore[k]!]!.sentence <= 1;
    return true;
  };
  const judging = (k: number, subject: Target | undefined): boolean => {
    const w = info[k]!;
    // "ziek", "gek": of a group a judgement ("X zijn ziek"), of a person a state; not with a cause ("ziek van de reis")
    if (w.groupOnly && subject?.kind === 'group') return !PREP.has(F(a, k + 1)) || F(a, k + 1) === 'in';
    if (w.state) return false;
    if (w.judge) {
      // "slecht in rekenen", "een dom idee": a skill or a thing judged
      const next = F(a, k + 1);
      if (next && sameClause(a, k, k + 1) && (next === 'in' || ABSTRACT.has(next) || info[k + 1]!.thing)) return false;
      // "eng goed", "idioot veel": an intensifier before a positive or a quantity
      if (next && (info[k + 1]!.positive || /^(goed|veel|leuk|mooi|grappig|lekker|snel|hard|slim|sterk|knap)$/.test(next))) return false;
      return true;
    }
    return false;
  };

  // clause-by-clause readings around each copula
  let anyInsultNoun = false;
  for (let k = 0; k < n && !anyInsultNoun; k++) if (info[k]!.judgeNoun && !info[k]!.needsAdjective) anyInsultNoun = true;
  if (!anyInsultNoun) anyInsultNoun = a.matches('insultNoun').length > 0;
  // (a judging adjective before a plural person noun insults too: "zijn hersenloze fanatiekelingen")
  for (let k = 0; k + 1 < n && !anyInsultNoun; k++) if (info[k]!.judge && PERSON_PLURAL.test(F(a, k + 1))) anyInsultNoun = true;
  for (let c = 0; c < n; c++) {
    const cn = F(a, c);
    if (!COPULA.has(cn)) continue;
    const isVind = cn.startsWith('vind') || cn.startsWith('noem');
    // the clause of the copula
    const [f, l] = clauseSpan(a, c);
    // subject: a target in the clause (before the copula, else right after it: inversion)
    let subj: Target | undefined;
    let side: 'before' | 'after' = 'before';
    for (let j = c - 1; j >= f; j--) {
      const t = targets[j];
      // not the one whose view it is ("volgens mijn vader zijn X …"), nor a possessor after "van" ("de kat van mijn oma is …")
      const afterVan = (F(a, j - 1) === 'van' || (DET.has(F(a, j - 1)) && F(a, j - 2) === 'van')) && F(a, j - 1) !== F(a, j - 2);
      const vanAt = F(a, j - 1) === 'van' ? j - 1 : j - 2;
      const possessor = afterVan && vanAt - 1 >= f && !targets[vanAt - 1] && !/^(sommige|veel|alle|meeste|paar|enkele|twee|drie|velen|een|geen|niemand|ieder|iedereen|elk|elke|ook|soort|type|stelletje)$/.test(F(a, vanAt - 1));
      // a possessive determiner is no subject ("De kinderen en hun vieze laarzen moeten buiten blijven")
      const determiner = /^(hun|jouw|zijn|haar)$/.test(F(a, j)) && j + 1 < c && !targets[j + 1] && !COPULA.has(F(a, j + 1));
      if (usable(t, j) && F(a, j - 1) !== 'volgens' && F(a, j - 2) !== 'volgens' && !possessor && !determiner) {
        subj = t;
        break;
      }
    }
    // "… Polen, en het zijn echte X": a presentational "het"/"dat" with a plural copula stands for the group before it
    if (!subj && c > f && /^(het|dat|dit)$/.test(F(a, c - 1)) && /^(zijn|waren)$/.test(cn)) {
      const s = a.tokens[c]!.sentence;
      for (let j = c - 2; j >= 0 && s - a.tokens[j]!.sentence <= 1 && !subj; j--) if (targets[j]?.kind === 'group') subj = { token: c - 1, kind: 'group' };
    }
    if (!subj || isVind) {
      for (let j = c + 1; j <= Math.min(l, c + 4); j++) {
        if (PREP.has(F(a, j))) break;
        const t = targets[j];
        if (usable(t, j) && (t.kind !== 'second' || isVind || j === c + 1)) {
          subj = t;
          side = 'after';
          break;
        }
      }
    }
    // inverted with a generic head before the copula: "De kleinzieligste mensen van Europa zijn Canadezen"
    if (subj && side === 'before' && subj.kind === 'person' && /^(mensen|mens|personen|persoon|types|figuren|wezens)$/.test(F(a, subj.token))) {
      const after = [c + 1, c + 2].map((j) => (j <= l ? targets[j] : undefined)).find((t) => t && t.kind === 'group');
      if (after) {
        subj = after;
        side = 'after';
      }
    }
    // a subject glued to its copula: "you're" (one token "youre")
    if (!subj && targets[c] && targets[c]!.kind === 'second') subj = targets[c];
    // right dislocation: "Apen zijn het, die Marokkanen."
    if (!subj && F(a, c + 1) === 'het' && l === c + 1) {
      for (let j = l + 1; j <= Math.min(n - 1, l + 3) && a.tokens[j]!.sentence === a.tokens[c]!.sentence; j++) {
        const t = targets[j];
        if (t && t.kind === 'group') {
          subj = t;
          side = 'after';
          break;
        }
      }
    }
    // "Wat een stelletje luilakken zijn het." after a sentence naming a group: the pronoun points back at it
    if (!subj && c + 1 === l && /^(het|ze|dat)$/.test(F(a, c + 1)) && F(a, f) === 'wat') {
      const s = a.tokens[c]!.sentence;
      for (let j = f - 1; j >= 0 && s - a.tokens[j]!.sentence <= 1 && !subj; j--) if (targets[j]?.kind === 'group') subj = { token: c + 1, kind: 'group' };
      if (subj) side = 'after';
    }
    // a group the lists do not hold, named by an insult said of it: "Alle scheidsrechters zijn
    // sukkels", "De brugklassers van hiernaast zijn idioten" (a plural person noun as subject)
    if (!subj && !isVind && anyInsultNoun) subj = unlistedGroupSubject(a, info, f, c, l);
    if (!subj) continue;
    if (subj.kind === 'second' && FIRST.has(F(a, c - 1))) continue;
    // "Mees zijn hond is …": a plural "zijn" right after one named person is the possessive, not the copula
    if (cn === 'zijn' && side === 'before' && subj.kind === 'name' && subj.token === c - 1 && !/^(en|of)$/.test(F(a, c - 2)) && !/^(en|of)$/.test(F(a, c - 3))) continue;
    // "Vrouwen kakkerlakken noemen is verschrikkelijk": the subject is the act of saying, not the group
    let act = false;
    for (let j = Math.min(subj.token, c) + 1; j < Math.max(subj.token, c); j++) if (REPORT.has(F(a, j)) || /^(pesten|haten|uitschelden|discrimineren|beledigen)$/.test(F(a, j))) act = true;
    if (act) continue;
    // predicate words: after the copula (main order), or between subject and copula (verb-final)
    // a subordinate clause has its copula last but for what is extraposed ("dat vrouwen minder slim zijn dan mannen")
    const verbFinal = side === 'before' && (c === l || (SUBORDINATOR.has(F(a, f)) && subj.token > f && c > subj.token + 1));
    const from = side === 'after' ? subj.token + 1 : verbFinal ? subj.token + 1 : c + 1;
    const to = side === 'after' ? l : verbFinal ? c - 1 : l;
    // inverted order with the predicate first: "De slechtste mensen ter wereld zijn Turken"
    // and with "vinden" the predicate fronted before the verb and its first-person subject: "Echt waardeloos vind ik X"
    const pre = side === 'after' && (!isVind || (FIRST.has(F(a, c + 1)) && c > f && !clauseNegated(a, f, l))) ? [f, c - 1] : undefined;
    const scan = (lo: number, hi: number, negFrom: number): void => {
      let preposition = false;
      for (let k = lo; k <= hi; k++) {
        const norm = F(a, k);
        if (PREP.has(norm) && norm !== 'van' && norm !== 'voor') preposition = true;
        if (k === subj!.token) continue;
        const w = info[k]!;
        const negated = negatedBetween(a, negFrom, k);
        // "minder slim", "minder waard": a comparison that lowers
        const lowered = F(a, k) === 'minder' && (info[k + 1]?.positive || a.has(k + 1, 'posEval') || info[k + 1]?.rights);
        // verb-final, an inflected adjective before a noun that is no person, animal or insult is attributive to that
        // noun, not the predicate ("De kinderen en hun vieze laarzen moeten buiten blijven")
        if (verbFinal && /e$/.test(F(a, k)) && k + 1 <= hi && !targets[k + 1] && !info[k + 1]!.judge && !info[k + 1]!.judgeNoun && !info[k + 1]!.animal && !info[k + 1]!.thing && !ADVERB.has(F(a, k + 1)) && !DET.has(F(a, k + 1)) && !a.has(k + 1, 'insultNoun')) continue;
        if ((judging(k, subj) || lowered) && !preposition && subj!.kind !== 'school') {
          if (!negated) hits.push({ kind: subj!.kind === 'group' ? 'derogation' : 'insult', first: Math.min(subj!.token, k), last: Math.max(subj!.token, k), target: subj!, core: { first: k, last: k } });
          return;
        }
        // "een vreselijk mens", "een stelletje oplichters": a judging noun
        if (((w.judgeNoun && !w.needsAdjective) || w.insultCompound) && !preposition && !negated && !a.has(k, 'groupNoun')) {
          hits.push({ kind: subj!.kind === 'group' ? 'derogation' : 'insult', first: Math.min(subj!.token, k), last: Math.max(subj!.token, k), target: subj!, core: { first: k, last: k } });
          return;
        }
        // superlative of a low degree: "het laagste soort mensen", "het ergste wat …"
        if (w.degree === 2 && /^(laag|erg|slecht|min|zwak)$/.test(w.lemma) && SUPERLATIVE_HEAD.has(F(a, k + 1)) && !negated && subj!.kind !== 'school') {
          hits.push({ kind: 'derogation', first: Math.min(subj!.token, k), last: Math.max(subj!.token, k), target: subj!, core: { first: k, last: k } });
          return;
        }
        // "zijn (net / gewoon) apen", "zijn gebruiksvoorwerpen", "niet meer dan vee"
        if ((w.animal || w.thing) && !preposition && !negated && !isVind && !/^(aan|op|met|bij|naar|voor|tegen|over|in)$/.test(F(a, k + 1)) && subj!.kind !== 'school') {
          hits.push({ kind: 'dehumanisation', first: Math.min(subj!.token, k), last: Math.max(subj!.token, k), target: subj!, core: { first: k, last: k } });
          return;
        }
        // a negated positive: "zijn geen echte mannen", "is geen volwaardig mens", "niet geschikt", "nooit te vertrouwen", "het leven niet waard";
        // "nergens goed voor", "tot niets nuttig": a positive denied by "nergens"/"niets" denies all use
        const denied = negated && (w.rights || a.has(k, 'posEval') || (w.positive || w.lemma === 'goed') && /^(nergens|niets|niks)$/.test(governingNegator(a, negFrom, k)));
        if (subj!.kind === 'group' && denied && !/^(minder|even|net|alleen)$/.test(F(a, k - 1)) && !hasPassive(a, lo, hi)) {
          hits.push({ kind: 'dehumanisation', first: Math.min(subj!.token, k), last: Math.max(subj!.token, k), target: subj!, core: { first: k, last: k } });
          return;
        }
        // "zijn niet in staat om …": an ability denied to a group
        if (subj!.kind === 'group' && norm === 'staat' && F(a, k - 1) === 'in' && negatedBetween(a, negFrom, k - 1)) {
          hits.push({ kind: 'derogation', first: Math.min(subj!.token, k), last: Math.max(subj!.token, k), target: subj!, core: { first: k - 1, last: k } });
          return;
        }
        // of one person, belonging denied by origin: "jij bent geen echte Nederlander", "wordt nooit een echte Hollander"
        if (subj!.kind !== 'group' && subj!.kind !== 'school' && negated && (w.demonym || a.has(k, 'groupNoun') || targets[k]?.kind === 'group') && /^(echte|echt|volwaardige|ware)$/.test(F(a, k - 1)) && !FIRST.has(F(a, subj!.token))) {
          hits.push({ kind: 'derogation', first: Math.min(subj!.token, k), last: Math.max(subj!.token, k), target: subj!, core: { first: k - 1, last: k } });
          return;
        }
        // of one person, denying their humanity: "Mees is niet eens een echt mens", "jij bent geen mens" (not "geen mens die …", "geen mens om …")
        if (subj!.kind !== 'group' && subj!.kind !== 'school' && negated && HUMANITY.has(w.lemma) && !/^(die|dat|van|om|voor)$/.test(F(a, k + 1)) && !FIRST.has(F(a, subj!.token))) {
          hits.push({ kind: 'dehumanisation', first: Math.min(subj!.token, k), last: Math.max(subj!.token, k), target: subj!, core: { first: k, last: k } });
          return;
        }
        if (NEGATOR.has(norm) || ADVERB.has(norm) || DET.has(norm) || COMPARE.has(norm) || w.judge || w.degree > 0 || a.has(k, 'intensifier')) continue;
        // the predicate noun or adjective has passed
        if (k > lo + 5) return;
      }
    };
    // "Geen enkel kind is dom": a negation of the subject negates the predication
    // "Niet alle X zijn …", "lang niet elke X is …": only part of the group
    const subjNegated = NEGATOR.has(F(a, subj.token - 1)) || NEGATOR.has(F(a, subj.token - 2)) && /^(enkel|enkele|alle|elke|iedere|ieder|al)$/.test(F(a, subj.token - 1));
    // "het idee dat X … zijn": a complement of an idea, a claim or a prejudice is not asserted
    let complementOfIdea = false;
    for (let j = Math.min(subj.token, c); j >= Math.max(0, f - 1); j--) if (F(a, j) === 'dat' && /^(idee|gedachte|bewering|mythe|fabel|vooroordeel|leugen|onzin|stelling|uitspraak|mening|opvatting)$/.test(F(a, j - 1))) complementOfIdea = true;
    // "worden" with a participle or "te" is a passive, not a copula
    const passive = /^(worden|wordt|werd|werden)$/.test(cn) && (F(a, c - 1) === 'te' || /^ge\w+[dt]$/.test(F(a, c - 1)) || /^ge\w+[dt]$/.test(F(a, c + 1)));
    if (subjNegated || complementOfIdea || passive) continue;
    scan(from, to, Math.min(from, c));
    if (pre && pre[0]! <= pre[1]!) scan(pre[0]!, pre[1]!, pre[0]!);
  }

  // attributive: "stomme Rotterdammers", "die onbeschofte conciërge", "dat luie Antilliaanse volk"
  for (let k = 0; k + 1 < n; k++) {
    const w = info[k]!;
    if (!(w.judge && !w.state) || NEGATOR.has(F(a, k - 1))) continue;
    if (!/e$/.test(F(a, k)) && !(k === 0 || DET.has(F(a, k - 1)))) continue;
    for (let j = k + 1; j <= Math.min(n - 1, k + 3) && sameClause(a, k, j); j++) {
      const t = targets[j];
      if (t && (t.kind === 'group' || t.kind === 'person' || t.kind === 'name')) {
        hits.push({ kind: t.kind === 'group' ? 'derogation' : 'insult', first: k, last: j, target: t, core: { first: k, last: j } });
        break;
      }
      if (!(info[j]!.judge || demonymAdjectiveAt(a, j) || ADVERB.has(F(a, j)))) break;
    }
  }

  // comparisons: "gedragen zich als beesten", "leven als ratten", "stinkt als een varken"
  for (let k = 0; k < n; k++) {
    if (!COMPARE.has(F(a, k))) continue;
    let j = k + 1;
    if (F(a, j) === 'als') j++;
    // determiners, adverbs and attributive adjectives before the head: "als hongerige wolven"
    while (j < n && sameClause(a, k, j) && (DET.has(F(a, j)) || ADVERB.has(F(a, j)) || info[j]!.judge || (/e$/.test(F(a, j)) && j + 1 < n && sameClause(a, j, j + 1) && info[j + 1]!.animal))) j++;
    if (j >= n || !sameClause(a, k, j) || !info[j]!.animal) continue;
    let verb = false;
    let subj: Target | undefined;
    for (let i = k - 1; i >= 0 && i >= k - 12 && sameClause(a, k, i); i--) {
      const fi = F(a, i);
      if (COPULA.has(fi) || COMPARISON_VERB.has(fi) || COMPARISON_VERB.has(`${fi.replace(/(en|t)$/, '')}en`) || COMPARISON_VERB.has(`${fi}en`) || fi === 'zich') verb = true;
      const t = targets[i];
      if (!subj && usable(t, i) && t.kind !== 'school') subj = t;
    }
    if (verb && subj && !negatedBetween(a, subj.token + 1, k)) hits.push({ kind: 'dehumanisation', first: subj.token, last: j, target: subj, core: { first: k, last: j } });
  }

  // "niemand is zo dom als een vrouw"; "niets maakt me zo kwaad als moslims" (an emotion of the author, any verb)
  const T = triggers(a);
  for (const k of T.list) {
    if (!(T.mask[k]! & T_FOCUS) || k + 4 >= n || !/^(niemand|niets|niks)$/.test(F(a, k))) continue;
    let zo = -1;
    for (let j = k + 1; j <= k + 3 && sameClause(a, k, j); j++) if (F(a, j) === 'zo') zo = j;
    if (zo < 0 || zo + 2 >= n) continue;
    const judged = COPULA.has(F(a, k + 1)) && zo === k + 2 && info[zo + 1]!.judge;
    const felt = !judged && (F(a, k + 2) === 'me' || F(a, k + 2) === 'mij') && (AVERSION.has(F(a, zo + 1)) || a.has(zo + 1, 'angerEmotion'));
    if (!judged && !felt) continue;
    for (let j = zo + 2; j < n && j <= zo + 5 && sameClause(a, k, j); j++) {
      const t = targets[j];
      if (t && t.kind !== 'third') {
        hits.push({ kind: felt ? 'hate' : t.kind === 'group' ? 'derogation' : 'insult', first: k, last: j, target: t, core: { first: k, last: j } });
        break;
      }
    }
  }
  // "X kunnen (helemaal) niet nadenken": a mental capacity denied to a group (data: reading.json `capacity`)
  for (const k of T.list) {
    if (!(T.mask[k]! & T_KAN) || k < 1 || F(a, k) === 'kunt') continue;
    // verb-final in a subordinate clause: "dat X (gewoon) niet kunnen nadenken"
    if (k + 1 < n && CAPACITY.has(F(a, k + 1)) && NEGATOR.has(F(a, k - 1)) && F(a, k - 1) === 'niet') {
      const [f] = clauseSpan(a, k);
      let subj: Target | undefined;
      for (let j = k - 2; j >= f && j >= k - 4 && !subj; j--) if (targets[j]?.kind === 'group') subj = targets[j];
      if (subj && SUBORDINATOR.has(F(a, f)) && !/^(veel|sommige|enkele|paar|weinig|meeste|nieuwe)$/.test(F(a, subj.token - 1)) && !/^(nog|even|vandaag|morgen|nu)$/.test(F(a, k - 2))) {
        hits.push({ kind: 'derogation', first: subj.token, last: k + 1, target: subj, core: { first: k - 1, last: k + 1 } });
        continue;
      }
    }
    if (k + 2 >= n) continue;
    const subj = targets[k - 1];
    // the whole group, not some of it ("veel vluchtelingen kunnen nog niet …")
    if (!subj || subj.kind !== 'group' || /^(veel|sommige|enkele|paar|weinig|meeste|nieuwe)$/.test(F(a, subj.token - 1))) continue;
    const [, l] = clauseSpan(a, k);
    let neg = -1;
    for (let j = k + 1; j <= Math.min(l, k + 4); j++) {
      if (NEGATOR.has(F(a, j)) && neg < 0) neg = j;
      if (neg >= 0 && CAPACITY.has(F(a, j)) && !/^(nog|meer|even|vandaag|morgen|nu)$/.test(F(a, neg + 1)) && !/^(nog|even|vandaag|morgen|nu)$/.test(F(a, neg - 1))) {
        hits.push({ kind: 'derogation', first: subj.token, last: j, target: subj, core: { first: neg, last: j } });
        break;
      }
    }
  }

  // negation scoped to the verb of rights and worth: "verdienen het niet om hier te wonen",
  // "hebben geen recht om te bestaan", "horen geen stemrecht te hebben", "hebben hier niets te zoeken";
  // and an intensifying negation that asserts: "brengen niets anders dan ellende"
  for (let j = 0; j < n; j++) {
    if (!NEGATOR.has(F(a, j))) continue;
    let subj: Target | undefined;
    let one: Target | undefined;
    let verb = false;
    let modal = false;
    let firstSubject = false;
    for (let i = j - 1; i >= 0 && sameClause(a, j, i); i--) {
      const fi = F(a, i);
      if (/^(verdien|verdient|verdienen|heb|hebt|heeft|hebben|hoort|horen|mag|mogen|krijgen|krijgt|brengen|brengt|doen|doet|zijn|is|kennen|kent|tonen|toont)$/.test(fi)) verb = true;
      if (/^(zou|zouden|mag|mogen|moet|moeten|hoort|horen|verdien|verdient|verdienen)$/.test(fi)) modal = true;
      if (FIRST.has(fi)) firstSubject = true;
      const t = targets[i];
      if (!subj && t && t.kind === 'group') subj = t;
      // one person as the subject (not the object of a preposition: "zonder jou zou ik niet kunnen leven")
      // ("iemand als hij": a pronoun compared to a person stands for one without anyone before)
      const likened = F(a, i - 1) === 'als' && /^(iemand|mensen|types|figuren|lui|personen)$/.test(F(a, i - 2));
      if (!one && t && t.kind !== 'group' && t.kind !== 'school' && (usable(t, i) || likened) && (!PREP.has(F(a, i - 1)) || F(a, i - 1) === 'als')) one = t;
    }
    // "Zo iemand als jij zou niet mogen bestaan", "jij verdient het niet om te leven": existence denied to one person
    if (!subj && one && !firstSubject) {
      if (/^(mogen|mag|verdien|verdient|horen|hoort)$/.test(F(a, j + 1)) || modal) {
        for (let k = j + 1; k <= Math.min(n - 1, j + 6) && sameClause(a, j, k); k++) {
          if (!EXISTENCE.has(F(a, k))) continue;
          if (!hasPassive(a, j, k)) hits.push({ kind: 'dehumanisation', first: Math.min(one.token, j), last: k, target: one, core: { first: j, last: k } });
          break;
        }
      }
      continue;
    }
    if (!subj || !verb) continue;
    const next = F(a, j + 1);
    const intensifying = INTENSIFY_AFTER.has(next) || (next === 'anders' && F(a, j + 2) === 'dan');
    for (let k = j + 1; k <= Math.min(n - 1, j + 7) && sameClause(a, j, k); k++) {
      const w = info[k]!;
      if (intensifying) {
        if (w.judge || w.judgeNoun || w.animal || w.thing || w.polarity <= -0.4 || a.has(k, 'insultNoun') || a.has(k, 'dehumanNoun') || a.has(k, 'accusation')) {
          hits.push({ kind: 'derogation', first: subj.token, last: k, target: subj, core: { first: j, last: k } });
          break;
        }
        continue;
      }
      if (/^(minder|even|net|alleen|zo)$/.test(F(a, j + 1))) break;
      // "X hebben geen verstand / geen fatsoen": a faculty denied to a group
      // ("X kennen geen fatsoen", "tonen nooit respect": a verb of having, knowing or showing)
      if (FACULTY.has(F(a, k)) && k <= j + 2 && /^(heb|hebt|heeft|hebben|bezitten|bezit|kennen|kent|tonen|toont)$/.test(F(a, j - 1) === 'echt' || F(a, j - 1) === 'gewoon' ? F(a, j - 2) : F(a, j - 1))) {
        hits.push({ kind: 'derogation', first: subj.token, last: k, target: subj, core: { first: j, last: k } });
        break;
      }
      // "hebben nooit iets goeds gedaan", "brengen niets positiefs": a partitive positive denied
      if (/^(iets|niets|niks|weinig)$/.test(F(a, k - 1)) && F(a, k).endsWith('s') && F(a, k).length >= 5) {
        const base = wordInfo(F(a, k).slice(0, -1), F(a, k).slice(0, -1));
        if (base.positive || /^(goeds|positiefs|zinnigs)$/.test(F(a, k))) {
          hits.push({ kind: 'derogation', first: subj.token, last: k, target: subj, core: { first: j, last: k } });
          break;
        }
      }
      if ((w.rights && !/^(mens|mensen|man|mannen|vrouw|vrouwen)$/.test(F(a, k))) || F(a, k) === 'zoeken' || F(a, k) === 'respect') {
        if (hasPassive(a, j, k)) break;
        hits.push({ kind: 'dehumanisation', first: subj.token, last: k, target: subj, core: { first: j, last: k } });
        break;
      }
    }
  }

  readExclusiveFocus(a, info, targets, hits);
  const implicitContext = { forms: fm(a), targets, clauseSpan: (k: number): [number, number] => clauseSpan(a, k), sentence: mapPacked(a.tokens, (t) => t.sentence), member: (k: number): boolean => memberAdjective(a, k) };
  readImplicit(a, implicitContext, hits);
  // these four need a group or a person (insinuation, expulsion, opinion) or the school as a target
  let people = false;
  let school = false;
  let named = false;
  for (const t of targets) {
    if (t?.kind === 'group' || t?.kind === 'person') people = true;
    else if (t?.kind === 'school') school = true;
    else if (t?.kind === 'name') named = true;
  }
  if (people) {
    readInsinuation(implicitContext, hits);
    readExpulsion(implicitContext, hits);
    readOpinionExclusion(implicitContext, hits);
  }
  // (the stereotype reading also reads one named person nobody wants: "niemand mag Fleur")
  if (people || named) readStereotype(a, implicitContext, hits);
  if (school) readSchoolHarm(implicitContext, hits);
  readHateOrder(a, targets, hits);
  readBelonging(a, targets, hits);
  readAversion(a, targets, hits);
  readHabit(a, targets, hits);
  readDistrust(a, targets, hits);
  readBetterWithout(a, info, targets, hits);
  readPresenceBlamed(a, targets, hits);
  readHarm(a, info, targets, usable, hits);
  // the harm side in reading/harm.ts and reading/emotion.ts: places of a group or the school, harm given or received, emotion at a group
  readPlaceHarm(a, implicitContext, hits);
  readHarmGiven(a, implicitContext, hits);
  readConfine(a, implicitContext, hits);
  readResultIdiom(a, implicitContext, hits);
  // threats and harm of the sixth round (reading/threat.ts): blows received as a consequence, menace, urging to disappear
  readBlowsReceived(a, implicitContext, hits);
  readMenace(a, implicitContext, hits);
  readUltimatum(a, implicitContext, hits);
  readSelfHarmUrged(a, implicitContext, hits);
  readForcedRemoval(a, implicitContext, hits);
  readUrgedGone(a, implicitContext, hits);
  readEscalation(a, implicitContext, hits);
  readEmotion(a, implicitContext, hits);
  readPossessiveJudged(a, implicitContext, (k) => (info[k]!.judge && !info[k]!.state) || info[k]!.groupOnly, hits);
  readSexual(a, info, targets, hits);
  return hits;
}


/**
 * Exclusive focus asserts what it focuses: "niets dan / niets anders dan / niets behalve /
 * niets meer dan …", "alleen maar …", "slechts …", "uitsluitend …" over a negative word says of
 * the group that it is nothing but that ("Koerden brengen alleen maar narigheid", "Van X krijg
 * je niets behalve ziektes"). The group is the subject or a complement of the clause, or of the
 * clause before when the focus opens its own ("…, alleen maar haat"). Any verb: the focus, not
 * the verb, carries the judgement.
 */
/**
 * Hatred in the orders the phrase reading does not see: a verb-final subordinate clause with
 * its object before the verb ("omdat ik Somaliërs verafschuw", "dat ik Joden haat") and a
 * fronted object in a main clause ("Marokkanen haat ik"). The first person is the subject,
 * the target the object; a negation in the clause before the verb cancels it.
 */
const SUBORDINATOR = W(['dat', 'omdat', 'als', 'wanneer', 'zodat', 'hoewel', 'terwijl', 'doordat', 'aangezien', 'zodra', 'sinds', 'nadat', 'voordat', 'tenzij', 'of']);
function readHateOrder(a: TextAnalysis, targets: (Target | undefined)[], hits: StructuralHit[]): void {
  const T = triggers(a);
  for (const k of T.list) {
    if (!(T.mask[k]! & T_HATE) || k < 1 || a.has(k - 1, 'hateVerb')) continue;
    const [f, l] = clauseSpan(a, k);
    let victim: Target | undefined;
    if (k === l || F(a, k + 1) === 'ik' && k + 1 === l) {
      // verb-final: "(om)dat ik X haat" — a first person, then the object, then the verb
      // the first person is the subject of the subordinate clause: right after its conjunction
      let first = -1;
      let sub = -1;
      for (let j = f; j < k; j++) if (SUBORDINATOR.has(F(a, j))) sub = j;
      if (sub >= 0 && FIRST.has(F(a, sub + 1))) first = sub + 1;
      if (first >= 0) for (let j = k - 1; j > first && !victim; j--) if (targets[j] && targets[j]!.kind !== 'third' && targets[j]!.kind !== 'school') victim = targets[j];
      // fronted: "Marokkanen haat ik", "Die X verafschuw ik echt"
      if (!victim && F(a, k + 1) === 'ik') for (let j = k - 1; j >= f && !victim; j--) if (targets[j] && targets[j]!.kind !== 'school') victim = targets[j];
    }
    if (!victim) continue;
    let negated = false;
    for (let j = f; j <= l; j++) if (NEGATOR.has(F(a, j))) negated = true;
    if (negated) continue;
    hits.push({ kind: 'hate', first: Math.min(victim.token, k), last: k, target: victim, core: { first: k, last: k } });
  }
}

/**
 * Belonging denied, in any order: "horen" with a negation and a place in one clause, the group
 * before or after the verb ("Naar mijn idee horen Koerden niet in dit land", "Volgens mij horen
 * vluchtelingen hier niet", "X horen hier niet thuis"). Not a norm with "te" ("horen niet te
 * rennen"), not the school as the place (that is a view against the mission, read elsewhere).
 */
const CONFINEMENT = W(data.implicit.confinementPlace);
const BELONG_PLACE = W(['hier', 'thuis', 'in', 'bij', 'land', 'nederland', 'europa', 'buurt', 'wijk', 'stad', 'dorp', 'straat', 'samenleving', 'maatschappij']);
function readBelonging(a: TextAnalysis, targets: (Target | undefined)[], hits: StructuralHit[]): void {
  const T = triggers(a);
  for (const k of T.list) {
    if (!(T.mask[k]! & T_HOREN)) continue;
    const [f, l] = clauseSpan(a, k);
    let subj: Target | undefined;
    let neg = -1;
    let place = false;
    let school = false;
    for (let j = f; j <= l; j++) {
      const fj = F(a, j);
      if (fj === 'te' || fj === 'erbij' || fj === 'bij' && j === l) return;
      if (NEGATOR.has(fj) && neg < 0) neg = j;
      if (BELONG_PLACE.has(fj) && j > k) place = true;
      if (a.has(j, 'schoolTarget') || /^(school|klas|groep)$/.test(fj)) school = true;
      const t = targets[j];
      if (!subj && t && t.kind === 'group' && Math.abs(j - k) <= 3) subj = t;
    }
    if (!subj || neg < 0 || !place || school) continue;
    // "X horen niet in een kooi": denying a confinement is no exclusion
    let confined = false;
    for (let j = k + 1; j <= l && !confined; j++) if (CONFINEMENT.has(F(a, j))) confined = true;
    if (confined) continue;
    // the negation governs the verb: after it ("horen … niet"), not in a subject ("niet alle X")
    if (neg < k && !(F(a, neg) === 'niet' && neg === k + 1)) continue;
    hits.push({ kind: 'derogation', first: Math.min(subj.token, k), last: Math.max(neg, subj.token), target: subj, core: { first: k, last: neg } });
  }
}

/**
 * Bodily aversion of the author at a group (data: reading.json `aversion`): "ik krijg de kriebels
 * van X", "van X word ik misselijk", "X geven me de rillingen" is read elsewhere. A first person in
 * the clause, "van" with the group right after it, an aversion word in the clause; no negation.
 */
const AVERSION = W(data.aversion.words);
function readAversion(a: TextAnalysis, targets: (Target | undefined)[], hits: StructuralHit[]): void {
  const T = triggers(a);
  for (const k of T.list) {
    if (!(T.mask[k]! & T_VAN)) continue;
    // "X geven me de kriebels", "X bezorgen mij hoofdpijn": the group as subject, the author as the one who feels it
    if (F(a, k) !== 'van' && F(a, k) !== 'aan') {
      const [f, l] = clauseSpan(a, k);
      let verb = false;
      let me = false;
      let negated = false;
      for (let j = f; j <= l; j++) {
        const fj = F(a, j);
        if (/^(geven|geeft|bezorgen|bezorgt|maken|maakt)$/.test(fj) && j < k) verb = true;
        if ((fj === 'me' || fj === 'mij') && j < k) me = true;
        if (NEGATOR.has(fj)) negated = true;
      }
      const subj = targets[f]?.kind === 'group' ? targets[f] : DET.has(F(a, f)) && targets[f + 1]?.kind === 'group' ? targets[f + 1] : undefined;
      if (verb && me && !negated && subj) hits.push({ kind: 'hate', first: subj.token, last: k, target: subj, core: { first: subj.token, last: k } });
      continue;
    }
    let group: Target | undefined;
    for (let j = k + 1; j <= k + 3 && !group && sameClause(a, k, j); j++) {
      const t = targets[j];
      if (t && t.kind === 'group') group = t;
      else if (!DET.has(F(a, j)) && !ADVERB.has(F(a, j)) && F(a, j) !== 'al') break;
    }
    if (!group) continue;
    const [f, l0] = clauseSpan(a, k);
    // a conditional clause ("als ik aan X denk, …"): the feeling is in the main clause after it
    const l = /^(als|wanneer|zodra|telkens)$/.test(F(a, f)) && l0 + 1 < a.tokens.length && a.tokens[l0 + 1]!.sentence === a.tokens[l0]!.sentence ? clauseSpan(a, l0 + 1)[1] : l0;
    let first = false;
    let aversion = -1;
    let negated = false;
    for (let j = f; j <= l; j++) {
      const fj = F(a, j);
      if (FIRST.has(fj) || fj === 'me' || fj === 'mij') first = true;
      // also a compound with an aversion word as its head ("bloedhekel", "pleurishekel")
      if ((AVERSION.has(fj) || (fj.length >= 8 && AVERSION.has(compoundTail(fj)))) && Math.abs(j - k) <= 7) aversion = j;
      if (NEGATOR.has(fj)) negated = true;
    }
    if (!first || aversion < 0 || negated) continue;
    hits.push({ kind: 'hate', first: Math.min(aversion, k), last: Math.max(aversion, group.token), target: group, core: { first: Math.min(aversion, k), last: Math.max(aversion, k) } });
  }
}

/**
 * Distrust of a whole group: "vertrouwen" with a negation in its clause and a group (or a pronoun
 * pointing back at one) as its object: "ik vertrouw ze voor geen meter", "Koerden vertrouw ik niet".
 * Not of one person ("ik vertrouw hem niet" is no hatred of a group).
 */
function readDistrust(a: TextAnalysis, targets: (Target | undefined)[], hits: StructuralHit[]): void {
  const T = triggers(a);
  for (const k of T.list) {
    if (!(T.mask[k]! & T_TRUST)) continue;
    const [f, l] = clauseSpan(a, k);
    let negated = false;
    let group: Target | undefined;
    for (let j = f; j <= l; j++) {
      const fj = F(a, j);
      if (NEGATOR.has(fj)) negated = true;
      const t = targets[j];
      if (!group && t && j !== k && (t.kind === 'group' || (t.kind === 'third' && /^(ze|hen|hun|die)$/.test(fj) && groupBefore(a, targets, j)))) group = t;
      // a resumptive "die"/"ze" opening the clause, pointing back at a group ("Canadezen? Die vertrouw ik niet.")
      if (!group && !t && j === f && /^(die|ze|deze)$/.test(fj) && groupBefore(a, targets, j)) group = { token: j, kind: 'third' };
    }
    // "vertrouwen" as a noun ("het vertrouwen in X"), or the group as the one who distrusts ("X vertrouwen niemand")
    // a generic "je"/"men" before the group is the one who distrusts ("je moet een Pool nooit vertrouwen")
    let generic = false;
    for (let j = f; group && j < group.token && !generic; j++) generic = F(a, j) === 'je' || F(a, j) === 'men';
    if (!negated || !group || (F(a, k) === 'vertrouwen' && DET.has(F(a, k - 1))) || (group.token < k && F(a, k + 1) !== 'ik' && F(a, k + 1) !== 'we' && !generic)) continue;
    hits.push({ kind: 'derogation', first: Math.min(group.token, k), last: Math.max(group.token, k), target: group, core: { first: k, last: k } });
  }
}

/** The head of a compound among the aversion words: the longest tail of five letters or more that is one. */
function compoundTail(w: string): string {
  for (let i = 3; i <= w.length - 5; i++) if (AVERSION.has(w.slice(i))) return w.slice(i);
  return '';
}

/**
 * A habit charged to a whole group: a plural group subject with a bare verb of a negative activity
 * (data: reading.json `negativeActivity`) in the present: "Roemenen stelen allemaal", "… dat Koerden
 * altijd liegen". Bare: nothing but adverbs after it (an argument makes it an event: "vechten tegen",
 * "profiteren van"); not some of the group, not negated, not in the past.
 */
const HABIT_ADVERB = W(['altijd', 'allemaal', 'steeds', 'vaak', 'veel', 'gewoon', 'toch', 'maar', 'graag', 'echt', 'de', 'hele', 'dag', 'constant', 'alleen']);
function readHabit(a: TextAnalysis, targets: (Target | undefined)[], hits: StructuralHit[]): void {
  const T = triggers(a);
  for (const k of T.list) {
    if (!(T.mask[k]! & T_HABIT) || k < 1) continue;
    const [f, l] = clauseSpan(a, k);
    let subj: Target | undefined;
    for (let j = k - 1; j >= f && j >= k - 3 && !subj; j--) if (targets[j]?.kind === 'group') subj = targets[j];
    if (!subj || /^(sommige|enkele|veel|paar|twee|drie|vier|een|die|deze)$/.test(F(a, subj.token - 1))) continue;
    // the group is the subject: the first words of its clause ("dat sommige mensen moslims haten" has another)
    let first = true;
    for (let j = SUBORDINATOR.has(F(a, f)) ? f + 1 : f; j < subj.token && first; j++) if (!DET.has(F(a, j)) && !ADVERB.has(F(a, j)) && F(a, j) !== 'al') first = false;
    if (!first) continue;
    let bare = true;
    for (let j = k + 1; j <= l && bare; j++) if (!HABIT_ADVERB.has(F(a, j))) bare = false;
    if (!bare || clauseNegated(a, f, l) || a.tokens[k]!.quoted) continue;
    hits.push({ kind: 'derogation', first: subj.token, last: k, target: subj, core: { first: k, last: k } });
  }
}

/** A group in this sentence before j, or in the one before (for a pronoun pointing back at it). */
function groupBefore(a: TextAnalysis, targets: (Target | undefined)[], j: number): boolean {
  const s = a.tokens[j]!.sentence;
  for (let i = j - 1; i >= 0 && i >= j - 20 && s - a.tokens[i]!.sentence <= 1; i--) if (targets[i]?.kind === 'group') return true;
  return false;
}

/**
 * A group whose absence improves things: "zonder X" with a comparative of a positive word in
 * the sentence ("Zonder Marokkanen zou onze stad fijner zijn", "beter af zonder moslims").
 */
const BETTER = W(['fijn', 'veilig', 'mooi', 'schoon', 'rustig', 'prettig', 'gezellig', 'leuk', 'gezond', 'rijk', 'goed']);
function readBetterWithout(a: TextAnalysis, info: WordInfo[], targets: (Target | undefined)[], hits: StructuralHit[]): void {
  const n = a.tokens.length;
  const T = triggers(a);
  for (const k of T.list) {
    if (!(T.mask[k]! & T_ZONDER) || k + 1 >= n) continue;
    let t: Target | undefined;
    for (let j = k + 1; j <= k + 3 && j < n && !t; j++) if (targets[j]?.kind === 'group') t = targets[j];
    if (!t) continue;
    const [f, l] = a.sentenceTokens(a.tokens[k]!.sentence);
    for (let j = f; j <= l; j++) {
      const fj = F(a, j);
      const better = fj === 'beter' || (/er$/.test(fj) && lemmaCandidates(fj).some(([c, d]) => d === 1 && (BETTER.has(c) || (wordInfo(c, c).polarity >= 0.3 && !wordInfo(c, c).judge))));
      if (better && !NEGATOR.has(F(a, j - 1)) && !NEGATOR.has(F(a, j - 2))) {
        hits.push({ kind: 'derogation', first: Math.min(k, j), last: Math.max(t.token, j), target: t, core: { first: k, last: t.token } });
        break;
      }
    }
  }
}

/**
 * Praise by absence, the mirror of readBetterWithout: "zonder X" with a comparative of a negative
 * word in the sentence ("De wereld zou slechter af zijn zonder mensen zoals jij"). Read by the
 * learned reading (learned/hook.ts), which sees the words of the frame but not its sign.
 */
export function absencePraised(a: TextAnalysis, first: number, last: number): boolean {
  let without = false;
  let worse = false;
  for (let j = first; j <= last; j++) {
    const fj = F(a, j);
    if (fj === 'zonder') without = true;
    else if (comparativeSign(fj) < 0 && !NEGATOR.has(F(a, j - 1))) worse = true;
  }
  return without && worse;
}

/** A comparative of a word of this sign ("veiliger", "schoner" +1; "onveiliger", "viezer", "slechter" −1), else 0. */
function comparativeSign(fj: string): number {
  if (fj === 'beter') return 1;
  if (fj === 'slechter' || fj === 'erger') return -1;
  if (!/er$/.test(fj)) return 0;
  for (const [c, d] of lemmaCandidates(fj)) {
    if (d !== 1) continue;
    const w = wordInfo(c, c);
    if (BETTER.has(c) || (w.polarity >= 0.3 && !w.judge)) return 1;
    if (w.judge || w.polarity <= -0.3 || (c.startsWith('on') && BETTER.has(c.slice(2)))) return -1;
  }
  return 0;
}

/**
 * A group's presence blamed for a change: "Sinds de X hier wonen, is het dorp onveiliger
 * geworden", "Het zwembad was schoner voordat die X kwamen". A clause opened by "sinds"/"nu"/
 * "toen" (their arrival, a worse comparative) or "voordat" (before they came, a better one)
 * holds the group; the comparative is in the sentence.
 */
const PRESENCE_VERB = W(['wonen', 'woont', 'kwamen', 'kwam', 'komen', 'komt', 'zijn', 'is', 'zitten', 'zit', 'kwamen', 'wonen', 'werken', 'verschenen', 'arriveerden', 'binnenkwamen']);
function readPresenceBlamed(a: TextAnalysis, targets: (Target | undefined)[], hits: StructuralHit[]): void {
  const T = triggers(a);
  for (const k of T.list) {
    if (!(T.mask[k]! & T_PRESENCE)) continue;
    const fk = F(a, k);
    const want = fk === 'voordat' ? 1 : fk === 'sinds' || fk === 'sindsdien' || fk === 'toen' || fk === 'nu' ? -1 : 0;
    if (!want) continue;
    const [, cl] = clauseSpan(a, k);
    let t: Target | undefined;
    let verb = false;
    for (let j = k + 1; j <= cl; j++) {
      if (!t && targets[j]?.kind === 'group') t = targets[j];
      if (PRESENCE_VERB.has(F(a, j))) verb = true;
    }
    if (!t || !verb) continue;
    const [f, l] = a.sentenceTokens(a.tokens[k]!.sentence);
    for (let j = f; j <= l; j++) {
      if (j > k && j <= cl) continue;
      if (comparativeSign(F(a, j)) === want && !NEGATOR.has(F(a, j - 1)) && !NEGATOR.has(F(a, j - 2))) {
        hits.push({ kind: 'derogation', first: Math.min(k, j), last: Math.max(t.token, j), target: t, core: { first: k, last: t.token } });
        break;
      }
    }
  }
}

/** Person and kind nouns that judge only with an adjective ("alleen maar mensen" says nothing bad). */
const NEUTRAL_HEAD = W(['mens', 'mensen', 'figuur', 'type', 'wezen', 'soort', 'volk', 'persoon', 'stelletje', 'bende']);
const FOCUS_ONLY = W(['slechts', 'uitsluitend', 'enkel', 'alleen']);
const FOCUS_EXCEPT = W(['dan', 'behalve', 'buiten']);
function readExclusiveFocus(a: TextAnalysis, info: WordInfo[], targets: (Target | undefined)[], hits: StructuralHit[]): void {
  const n = a.tokens.length;
  const T = triggers(a);
  for (const j of T.list) {
    if (!(T.mask[j]! & T_FOCUS)) continue;
    const fj = F(a, j);
    let start = -1;
    if (NEGATOR.has(fj) && fj !== 'niet' && fj !== 'geen') {
      // "niets dan", "niets anders dan", "niets meer dan", "niets (op) behalve"
      for (let k = j + 1; k <= j + 3 && k < n && sameClause(a, j, k); k++) {
        const fk = F(a, k);
        if (FOCUS_EXCEPT.has(fk)) {
          start = k + 1;
          break;
        }
        if (fk !== 'anders' && fk !== 'meer' && fk !== 'op' && fk !== 'uit') break;
      }
    } else if (FOCUS_ONLY.has(fj) && (fj !== 'alleen' || F(a, j + 1) === 'maar')) {
      start = fj === 'alleen' || F(a, j + 1) === 'maar' ? j + 2 : j + 1;
    }
    if (start < 0 || start >= n) continue;
    // the group: in the clause before the focus, or in the clause before it when the focus opens its clause
    const [cf] = clauseSpan(a, j);
    let lo = cf;
    if (cf === j || (cf === j - 1 && /^(en|maar|ja)$/.test(F(a, cf)))) lo = cf > 0 && a.tokens[cf - 1]!.sentence === a.tokens[j]!.sentence ? clauseSpan(a, cf - 1)[0] : cf;
    let subj: Target | undefined;
    for (let i = j - 1; i >= lo && !subj; i--) {
      const t = targets[i];
      if (t && (t.kind === 'group' || t.kind === 'name' || t.kind === 'person')) subj = t;
    }
    if (!subj) continue;
    // "niet alleen maar …" negates the focus
    if (NEGATOR.has(F(a, j - 1))) continue;
    for (let k = start; k <= Math.min(n - 1, start + 3) && sameClause(a, start, k); k++) {
      const w = info[k]!;
      if (w.positive || a.has(k, 'posEval')) break;
      if (w.judge || (w.judgeNoun && !(w.needsAdjective && NEUTRAL_HEAD.has(w.lemma))) || w.animal || w.thing || w.polarity <= -0.4 || w.insultCompound || a.has(k, 'insultNoun') || a.has(k, 'dehumanNoun') || a.has(k, 'accusation') || a.has(k, 'hateVerb') || NEGATIVE_ACTIVITY.has(F(a, k))) {
        hits.push({ kind: subj.kind === 'group' ? 'derogation' : 'insult', first: Math.min(subj.token, j), last: k, target: subj, core: { first: j, last: k } });
        break;
      }
      if (!(ADVERB.has(F(a, k)) || DET.has(F(a, k)) || w.degree > 0)) break;
    }
  }
}

const NORMATIVE = W(data.harmNormative.words);
const STRONG_MODAL = W(['moge', 'iemand', 'moet', 'moeten', 'zou', 'zouden', 'verdient', 'verdienen', 'mag', 'mogen', 'hoop', 'hopen', 'wens', 'wil', 'willen']);
function strongModal(a: TextAnalysis, f: number): boolean {
  return index(a).strong[a.tokens[f]!.sentence] === 1;
}

function hasPassive(a: TextAnalysis, lo: number, hi: number): boolean {
  return hi >= 0 && index(a).passive[hi]! >= lo;
}

/** Words that may stand between a separable verb and its particle written before it: "af te ranselen", "af moeten tuigen". */
const PARTICLE_GAP = W(['te', 'moeten', 'moet', 'zou', 'zouden', 'willen', 'wil', 'kunnen', 'kan', 'gaan', 'ga', 'laten', 'komen', 'worden', 'mogen', 'mag', 'eens', 'even', 'flink', 'gewoon']);
/** The particle of a separable harm verb written apart before it (verb-final), or -1. */
function particleBefore(a: TextAnalysis, k: number, f: number, particle: string): number {
  for (let j = k - 1; j >= f && j >= k - 4; j--) {
    const w = F(a, j);
    if (w === particle || otherParticle(a, j, k)) return j;
    if (!PARTICLE_GAP.has(w)) return -1;
  }
  return -1;
}
/** Is the word at j another particle of the harm verb at k ("maak … kapot" beside "maak … af": "kapotmaak" is a harm form)? */
function otherParticle(a: TextAnalysis, j: number, k: number): boolean {
  const w = F(a, j);
  return HARM_PARTICLES.has(w) && harmFormOf(w + F(a, k)) !== undefined;
}
/** Is there a body part in [f, l)? */
function bodyIn(info: WordInfo[], f: number, l: number): boolean {
  for (let j = f; j < l; j++) if (info[j]!.bodyPart) return true;
  return false;
}
/**
 * The object fronted before the harm clause with its relative clause: the clause of the verb (or the one before it)
 * opens with "die" and a target precedes it from the sentence's start ("Joden die …, maak ik kapot").
 */
function frontedObject(a: TextAnalysis, targets: (Target | undefined)[], sf: number, f: number, k: number): Target | undefined {
  let rel = F(a, f) === 'die' && f > sf && f < k ? f : -1;
  if (rel < 0 && f === k && f > sf) {
    const [pf] = clauseSpan(a, f - 1);
    if (F(a, pf) === 'die' && pf > sf) rel = pf;
  }
  if (rel < 0 || rel - sf > 6) return undefined;
  for (let j = rel - 1; j >= sf; j--) {
    const t = targets[j];
    if (t && !FIRST.has(F(a, j)) && t.kind !== 'school' && !PREP.has(F(a, j - 1))) return t;
  }
  return undefined;
}

/** "door mij", "door ons" in [f, l] with a present passive: the first person as the agent ("worden door mij … geranseld"). */
function agentFirst(a: TextAnalysis, f: number, l: number): boolean {
  let by = false;
  let present = false;
  for (let j = f; j <= l; j++) {
    if (F(a, j) === 'door' && /^(mij|ons|me)$/.test(F(a, j + 1))) by = true;
    if (/^(worden|wordt|word)$/.test(F(a, j))) present = true;
  }
  return by && present;
}
const GENERIC_AUX = W(['moet', 'moest', 'kan', 'kunt', 'kon', 'mag', 'mocht', 'hoeft', 'zal', 'zult', 'wil', 'wilt', 'zou', 'gaat', 'ga', 'kunnen']);
/** A noun phrase opened by an article or demonstrative in [from, to) (the object of a verb at to). */
function objectBetween(a: TextAnalysis, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (/^(een|de|het|die|deze|dat|dit|alle|al)$/.test(F(a, j))) return true;
  return false;
}
/** "haar" as hair, not "her": after a possessive ("al je haar", "zijn haar"). */
function hairAt(a: TextAnalysis, j: number): boolean {
  return F(a, j) === 'haar' && /^(je|jouw|zijn|zn|hun|uw|dr|der)$/.test(F(a, j - 1));
}
/** Harm verbs with an intent and a human victim, in any word order. */
function readHarm(a: TextAnalysis, info: WordInfo[], targets: (Target | undefined)[], usable: (t: Target | undefined, k: number) => boolean, hits: StructuralHit[]): void {
  const tokens = a.tokens;
  const n = tokens.length;
  for (let k = 0; k < n; k++) {
    const h = info[k]!.harm;
    if (!h) continue;
    const s = tokens[k]!.sentence;
    const [sf] = a.sentenceTokens(s);
    // the clause of the verb
    const [f, l] = clauseSpan(a, k);
    // a separable verb needs its particle later in the clause ("sla … in", "maak … af")
    let end = l;
    if (h.particle) {
      let p = -1;
      // the particle, also with "er" glued on ("trek … eruit")
      for (let j = k + 1; j <= l; j++) if (F(a, j) === h.particle || (F(a, j).length === h.particle.length + 2 && F(a, j) === `er${h.particle}`) || otherParticle(a, j, k)) p = j;
      // verb-final, the particle written apart before the verb, over "te" and modals: "af te ranselen", "af moeten tuigen", "neer knallen"
      if (p < 0) p = particleBefore(a, k, f, h.particle);
      if (p < 0) continue;
      end = Math.max(p, k);
    }
    // intent: a first person, a wish or a modal in the sentence; a call to join in ("wie gaat er mee om … te slaan?")
    const ix = index(a);
    const call = ix.call[s] === 1;
    const intent = call || ix.wish[s] === 1;
    // (the agent of a passive: "worden door mij persoonlijk de wijk uit geranseld")
    const agent = agentFirst(a, f, l);
    const firstPerson = call || ix.firstPerson[s] === 1 || agent;
    if (!intent && !firstPerson) continue;
    // "mijn moeder vermoordt me als …": the author as the object is no one else harmed
    if (/^(me|mij|ons)$/.test(F(a, k + 1)) && !FIRST.has(F(a, k - 1)) && !FIRST.has(F(a, k + 2))) continue;
    // "bij brand", "na de brand": a form after a preposition is a noun, not the verb
    if (/^(bij|na|tijdens|zonder|vanwege|tussen|naast|van|met)$/.test(F(a, k - 1)) && !h.particle) continue;
    // "op de trap", "met een klap": a form after a preposition and an article is a noun too
    if (F(a, k - 1) === 'de' && PREP.has(F(a, k - 2)) && !h.particle) continue;
    // "aan het timmeren slaan": to start doing something
    if (F(a, k + 1) === 'aan' && F(a, k + 2) === 'het' && /en$/.test(F(a, k + 3))) continue;
    // "ik sla mijn armen om …": one's own body is no victim
    if ([k + 1, k + 2, k + 3].some((j) => F(a, j) === 'mijn' && info[j + 1]?.bodyPart)) continue;
    // past events: a participle without a modal or wish is a report ("werd geslagen")
    if (h.form === 'part' && !intent && !agent) continue;
    // negation of the act ("ik zou hem nooit slaan")
    let negated = false;
    // ("Kunnen we X niet gewoon opsluiten?", "Waarom schieten we X niet gewoon neer?": a question that proposes the act)
    const proposal = a.isQuestion(s) && (/^(kunnen|kun|moeten|zullen|waarom|kan|moet|zal)$/.test(F(a, sf)) || F(a, sf + 1) === 'we');
    for (let j = f; j < k; j++) if (NEGATOR.has(F(a, j)) && !(F(a, j + 1) === 'meer' && F(a, j + 2) === 'iemand') && !(proposal && F(a, j) === 'niet' && /^(gewoon|eens|even|allemaal|meteen)$/.test(F(a, j + 1)))) negated = true;
    if (negated) continue;
    // "ik ga dood van het lachen", "iedereen ging dood van verveling": a death of the subject by a cause is hyperbole,
    // and an intransitive verb with the first person as subject harms no one else
    if (h.intransitive && (FIRST.has(F(a, k - 1)) || FIRST.has(F(a, k + 1)) || FIRST.has(F(a, k - 2)) && !a.isQuestion(s))) continue;
    if (h.intransitive && (F(a, end + 1) === 'van' || F(a, k + 1) === 'van') && (HYPERBOLE_CAUSE.has(F(a, end + 2)) || HYPERBOLE_CAUSE.has(F(a, end + 3)) || HYPERBOLE_CAUSE.has(F(a, k + 2)) || HYPERBOLE_CAUSE.has(F(a, k + 3)))) continue;
    if (a.has(k, 'thingObject') || thingNear(a, info, k, f, end)) continue;
    // "haar haren uittrekken": a verb that harms only a body part needs one in its clause
    if (h.bodyOnly) {
      let body = false;
      for (let j = f; j <= end && !body; j++) if ((info[j]!.bodyPart || hairAt(a, j)) && j !== k) body = true;
      if (!body) continue;
    }
    // the victim: a target in the clause other than the first person (object, possessor of a body part, or the subject of "creperen")
    let victim: Target | undefined;
    for (let j = f; j <= end && !victim; j++) {
      if (j === k) continue;
      const t = targets[j];
      const nj = F(a, j);
      if (!t) continue;
      // a name addressed after a comma at the end of the sentence ("… ophangen aan de kapstok, Jesse") is no object
      if (vocativeAt(a, j)) continue;
      // "na school", "op school": the school after a preposition is a time or place, not a victim;
      // nor is a person after a preposition the object ("we steken kaarsjes aan voor opa")
      if (t.kind === 'school' && (PREP.has(F(a, j - 1)) || (DET.has(F(a, j - 1)) && PREP.has(F(a, j - 2))))) continue;
      if (/^(voor|met|bij|naar|zonder|samen|namens)$/.test(F(a, j - 1)) || (DET.has(F(a, j - 1)) && /^(voor|met|bij|naar|zonder|namens)$/.test(F(a, j - 2)))) continue;
      // the owner of a thing after "van" ("het feest van juf Hanneke"), not the object
      if ((F(a, j - 1) === 'van' || (F(a, j - 2) === 'van' && /^(juf|meester|de|het)$/.test(F(a, j - 1)))) && j - 3 >= f && !targets[j - 2] && !targets[j - 3] && !(info[j - 2]?.harm || info[j - 3]?.harm) && !bodyIn(info, f, j)) continue;
      // an object pronoun of a harm verb is a person ("ik wurg hem"), whatever came before
      if (!usable(t, j) && !(t.kind === 'third' && THIRD_OBJ.has(nj))) continue;
      // "je moet een leger zombies uitroeien": a generic "je" beside a modal, an object after it, is the subject
      if (nj === 'je' && !h.intransitive && (GENERIC_AUX.has(F(a, j + 1)) || GENERIC_AUX.has(F(a, j - 1))) && objectBetween(a, j + 1, k)) continue;
      if (t.kind === 'second' && !SECOND_OBJ.has(nj) && !h.intransitive && !(j > 0 && FIRST.has(F(a, j - 1)))) {
        // "als je …": a subject "je" is only a victim after a first-person verb
        if (!firstPerson) continue;
      }
      if (t.kind === 'third' && !THIRD_OBJ.has(nj) && !h.intransitive && !bodyAfter(a, info, j, end)) continue;
      // "Bram en ik slaan …": a co-subject of the first person is no victim
      if ((F(a, j + 1) === 'en' && FIRST.has(F(a, j + 2))) || (F(a, j - 1) === 'en' && FIRST.has(F(a, j - 2)))) continue;
      victim = t;
    }
    // coordinated verbs share their object: "… Mees op te wachten en te slaan"
    if (!victim && /^(en|of)$/.test(F(a, f)) && f > 0 && a.tokens[f - 1]!.sentence === tokens[k]!.sentence) {
      const [pf, pl] = clauseSpan(a, f - 1);
      for (let j = pf; j <= pl && !victim; j++) {
        const t = targets[j];
        if (t && !FIRST.has(F(a, j)) && (t.kind === 'name' || t.kind === 'group' || t.kind === 'person' || THIRD_OBJ.has(F(a, j)) || SECOND_OBJ.has(F(a, j)))) victim = t;
      }
    }
    // a possessive and a body part: "breek ik zijn benen", "sla ik je kop in"
    if (!victim) {
      for (let j = f; j < end; j++) {
        // without anyone before, a first person doing it with a result particle still harms a person ("Ik trap zijn hoofd in elkaar")
        const result = firstPerson && (h.particle !== undefined || a.has(end, 'separableThreatParticle') || a.has(Math.min(l, end + 1), 'separableThreatParticle'));
        if (POSSESSIVE.has(F(a, j)) && (info[j + 1]?.bodyPart || hairAt(a, j + 1)) && (lastPersonBeforeOk(a, targets, j) || result)) {
          victim = { token: j, kind: F(a, j) === 'je' || F(a, j) === 'jouw' ? 'second' : 'third' };
          break;
        }
      }
    }
    // "Wie Fleur helpt, die sla ik …": the resumptive "die" of a "wie"-clause
    if (!victim && F(a, f) === 'die' && F(a, sf) === 'wie' && f > sf) victim = { token: f, kind: 'third' };
    // "Jij bent de volgende die ik in elkaar trap", "Mees is de eerste die ik …", "iedereen die ik zie …": the relative "die"
    // with a first person as subject stands for its antecedent, a target or the subject of the copula before it
    if (!victim && F(a, f) === 'die' && FIRST.has(F(a, f + 1)) && f > sf) victim = relativeAntecedent(a, targets, sf, f);
    // "Surinamers die hier komen sla ik in elkaar", "Joden die …, maak ik kapot": an object fronted with its relative clause,
    // the verb inverted before a first person
    if (!victim && FIRST.has(F(a, k + 1))) victim = frontedObject(a, targets, sf, f, k);
    if (!victim) continue;
    // a weak verb ("slaan", "steken") without a first person needs a strong wish or modal
    if (h.weak && !firstPerson && !strongModal(a, sf)) continue;
    hits.push({ kind: firstPerson ? 'threat' : 'violence', first: Math.min(victim.token, k), last: Math.max(victim.token, end), target: victim, core: { first: k, last: end } });
  }
  // "onder een bus/trein/vrachtwagen komen" wished on someone: a vehicle idiom with any vehicle
  const T = triggers(a);
  for (const k of T.list) {
    if (!(T.mask[k]! & T_ONDER) || k + 2 >= n) continue;
    if (F(a, k) !== 'onder' || !/^(een|de|die)$/.test(F(a, k + 1)) || !VEHICLE.has(F(a, k + 2))) continue;
    const [f, l] = clauseSpan(a, k);
    let come = false;
    for (let j = k + 3; j <= Math.min(l, k + 5); j++) if (/^(komt|komen|kwam|kwamen|komen|belandt|lopen|loopt|valt|vallen)$/.test(F(a, j))) come = true;
    if (!come || index(a).wish[tokens[k]!.sentence] !== 1) continue;
    let victim: Target | undefined;
    for (let j = f; j < k && !victim; j++) if (targets[j] && !FIRST.has(F(a, j)) && targets[j]!.kind !== 'school') victim = targets[j];
    let negated = false;
    for (let j = f; j < k; j++) if (NEGATOR.has(F(a, j))) negated = true;
    if (victim && !negated) hits.push({ kind: 'violence', first: victim.token, last: k + 2, target: victim, core: { first: k, last: k + 2 } });
  }
  // "we pakken die X wel even", "die pak ik even": "iemand (even) pakken" is to beat someone up;
  // not with a particle ("even oppakken", "meepakken") or a thing
  for (const k of T.list) {
    if (!(T.mask[k]! & T_PAK) || index(a).firstPerson[tokens[k]!.sentence] !== 1) continue;
    const [f, l] = clauseSpan(a, k);
    let even = false;
    let particle = false;
    let victim: Target | undefined;
    for (let j = f; j <= l; j++) {
      const fj = F(a, j);
      // "we pakken die X even", "pakken we ze een voor een": to beat up, one after the other
      if (fj === 'even' || ((fj === 'een' || fj === 'één') && F(a, j + 1) === 'voor' && /^(een|één)$/.test(F(a, j + 2)))) even = true;
      if (/^(op|mee|in|uit|vast|aan|terug|over|af|beet)$/.test(fj) || a.has(j, 'thingObject') || NEGATOR.has(fj)) particle = true;
      const t = targets[j];
      if (!victim && t && j !== k && !FIRST.has(fj) && t.kind !== 'school' && (t.kind !== 'third' || THIRD_OBJ.has(fj))) victim = t;
    }
    if (even && !particle && victim && !a.isQuestion(tokens[k]!.sentence)) hits.push({ kind: 'threat', first: Math.min(victim.token, k), last: Math.max(victim.token, k), target: victim, core: { first: k, last: k } });
  }
  // "straks lig jij in het ziekenhuis", "morgen beland je in je graf": a near future, someone else lying where the
  // injured or dead lie (data: reading.json `injuryPlace`)
  const TI = triggers(a);
  for (const k of TI.list) {
    if (!(TI.mask[k]! & T_INJURY) || k < 1) continue;
    const [f] = clauseSpan(a, k);
    let when = false;
    let lie = false;
    let victim: Target | undefined;
    let negated = false;
    for (let j = f; j < k; j++) {
      const fj = F(a, j);
      if (/^(dan|morgen|straks|vanavond|zometeen|binnenkort|overmorgen)$/.test(fj)) when = true;
      if (/^(lig|ligt|liggen|beland|belandt|belanden|eindig|eindigt|kom|komt)$/.test(fj)) lie = true;
      if (NEGATOR.has(fj)) negated = true;
      const t = targets[j];
      if (!victim && t && t.kind === 'second') victim = t;
    }
    // advice about a danger: "pas op met die ladder, anders lig je …", "doe voorzichtig"
    const [asf, asl] = a.sentenceTokens(tokens[k]!.sentence);
    for (let j = asf; j < asl; j++) if (/^(op|uit|voorzichtig)$/.test(F(a, j)) && /^(pas|kijk|let|wees|doe)$/.test(F(a, j - 1)) && /^(met|voor|bij|op)$/.test(F(a, j + 1))) when = false;
    // a reason after the place is news, not a threat ("… in het ziekenhuis voor je operatie")
    const [, cl] = clauseSpan(a, k);
    for (let j = k + 1; j <= cl; j++) if (/^(voor|vanwege|met|om|omdat|door|na)$/.test(F(a, j))) when = false;
    if (when && lie && victim && !negated && !a.isQuestion(tokens[k]!.sentence)) hits.push({ kind: 'threat', first: victim.token, last: k, target: victim, core: { first: f, last: k } });
  }
  // "morgen ben je er geweest", "dan is Bram er geweest": the idiom with a future or a condition, said of someone else
  for (const k of T.list) {
    if (!(T.mask[k]! & T_GEWEEST) || k < 1 || F(a, k - 1) !== 'er') continue;
    const s = tokens[k]!.sentence;
    if (a.isQuestion(s)) continue;
    const [f] = clauseSpan(a, k);
    let victim: Target | undefined;
    let when = false;
    let negated = false;
    for (let j = f; j < k; j++) {
      const fj = F(a, j);
      if (/^(dan|morgen|straks|vanavond|zometeen|binnenkort|nu|vandaag|overmorgen)$/.test(fj)) when = true;
      if (NEGATOR.has(fj)) negated = true;
      if (!victim && targets[j] && !FIRST.has(fj) && targets[j]!.kind !== 'school' && targets[j]!.kind !== 'group') victim = targets[j];
    }
    if (victim && when && !negated) hits.push({ kind: 'threat', first: Math.min(victim.token, k - 1), last: k, target: victim, core: { first: k - 1, last: k } });
  }
  // "… dan weet ik hem te vinden", "ik weet je wel te vinden": the fixed idiom in any order
  for (let k = 0; k + 2 < n; k++) {
    if (F(a, k) !== 'vinden' || F(a, k - 1) !== 'te') continue;
    for (let j = k - 2; j >= Math.max(0, k - 6) && sameClause(a, k, j); j--) {
      if (/^(weet|weten|wist)$/.test(F(a, j))) {
        const victim = [j + 1, j + 2, j + 3].map((x) => targets[x]).find((t) => t && t.token < k);
        if (victim) hits.push({ kind: 'threat', first: j, last: k, target: victim, core: { first: j, last: k } });
        break;
      }
    }
  }
  // "ik sta je op te wachten met een mes": a first person, a victim and a weapon in one clause;
  // "morgen krijgt Bram klappen van me": a victim receiving blows from the first person
  for (let k = 1; k < n; k++) {
    const f = F(a, k);
    const weapon = WEAPON.has(f) && (F(a, k - 1) === 'met' || F(a, k - 2) === 'met');
    const blows = HARM_NOUNS.has(f) && /^(krijg|krijgt|krijgen|kreeg)$/.test(F(a, k - 1) + '') || (HARM_NOUNS.has(f) && [k - 2, k - 3].some((j) => /^(krijg|krijgt|krijgen)$/.test(F(a, j))));
    if (!weapon && !blows) continue;
    const s = a.tokens[k]!.sentence;
    if (index(a).firstPerson[s] !== 1 && !(blows && /^(me|mij)$/.test(F(a, k + 2)))) continue;
    const [cf, cl] = clauseSpan(a, k);
    let victim: Target | undefined;
    for (let j = cf; j <= cl && !victim; j++) {
      const t = targets[j];
      if (t && j !== k && !FIRST.has(F(a, j)) && (t.kind !== 'third' || THIRD_OBJ.has(F(a, j)) || blows)) victim = t;
    }
    if (blows && !/^(me|mij)$/.test(F(a, k + 2)) && F(a, k + 1) !== 'van') victim = undefined;
    if (victim) hits.push({ kind: 'threat', first: Math.min(victim.token, k), last: Math.max(victim.token, k), target: victim, core: { first: k, last: k } });
  }
  // "ik zorg ervoor dat Bram niet meer kan lopen": a first person bringing about a disabling outcome
  for (let k = 2; k + 1 < n; k++) {
    if (!/^(kan|kunnen|kunt)$/.test(F(a, k)) || F(a, k - 1) !== 'meer' || !NEGATOR.has(F(a, k - 2))) continue;
    if (!/^(lopen|praten|zitten|zien|ademen|eten|lachen|bewegen|staan|leven)$/.test(F(a, k + 1))) continue;
    const [sf] = a.sentenceTokens(tokens[k]!.sentence);
    if (index(a).zorg[tokens[k]!.sentence] !== 1) continue;
    const fp = index(a).firstPerson[tokens[k]!.sentence] === 1;
    let victim: Target | undefined;
    for (let j = k - 1; j >= sf && j >= k - 8 && !victim; j--) if (targets[j] && targets[j]!.kind !== 'second') victim = targets[j];
    if (fp && victim) hits.push({ kind: 'threat', first: victim.token, last: k + 1, target: victim, core: { first: k - 2, last: k + 1 } });
  }
  // verb-final: "ik zorg ervoor dat jij nooit meer veilig over straat kunt": a negated "meer", an ability or
  // safety word and the modal last in the "dat"-clause, the victim its subject (a stressed "jij", not a generic "je")
  const TK = triggers(a);
  for (const k of TK.list) {
    if (!(TK.mask[k]! & T_KAN) || k < 3) continue;
    const s = tokens[k]!.sentence;
    const ix = index(a);
    if (ix.zorg[s] !== 1 || ix.firstPerson[s] !== 1) continue;
    const [cf, cl] = clauseSpan(a, k);
    // the modal last, or before a last infinitive ("… kunt slapen")
    if (!(k === cl || (k + 1 === cl && F(a, cl).endsWith('en'))) || F(a, cf) !== 'dat') continue;
    let neg = -1;
    let able = false;
    for (let j = cf + 1; j <= cl; j++) {
      if (F(a, j) === 'meer' && NEGATOR.has(F(a, j - 1))) neg = j;
      if (neg >= 0 && j > neg && /^(veilig|rustig|lopen|praten|zitten|zien|ademen|eten|lachen|bewegen|staan|leven|slapen)$/.test(F(a, j))) able = true;
    }
    const victim = targets[cf + 1];
    if (neg < 0 || !able || !victim || FIRST.has(F(a, cf + 1)) || (victim.kind === 'second' && F(a, cf + 1) === 'je')) continue;
    hits.push({ kind: 'threat', first: victim.token, last: k, target: victim, core: { first: neg - 1, last: k } });
  }
  void usable;
}

/**
 * Does "ze"/"hij"/"die" at k stand for a thing: a thing or a non-person object of hatred came
 * after the last person before it, in this sentence or the one before ("ik haat spruitjes, ze
 * zijn walgelijk")? Built once per analysis.
 */
export function thingBefore(a: TextAnalysis, k: number, authorId?: string): boolean {
  return nearBefore(a, beforeIndexes(a, authorId).thing, k);
}

/** Is there a person or group before token k (same or previous sentence), so that "ze"/"hij" can stand for people? Built once per analysis. */
export function personBefore(a: TextAnalysis, k: number, authorId?: string): boolean {
  return nearBefore(a, beforeIndexes(a, authorId).person, k);
}

/**
 * Per token, the last person or group before it, and the last thing before it since the last
 * person (-1 for none), in one pass; the first caller's author, once per analysis.
 */
const beforeIndexes = oncePerAnalysis((a, authorId): { thing: Int32Array; person: Int32Array } => {
  const thing = new Int32Array(a.tokens.length);
  const person = new Int32Array(a.tokens.length);
  let lastThing = -1;
  let lastPerson = -1;
  const targets = targetsOf(a, authorId);
  for (let j = 0; j < a.tokens.length; j++) {
    thing[j] = lastThing;
    person[j] = lastPerson;
    const t = targets[j];
    if (t && isPersonLike(t)) {
      lastThing = -1;
      lastPerson = j;
    } else if (!t && (a.has(j, 'thingObject') || /(jes|tjes)$/.test(F(a, j)) || (j > 0 && a.has(j - 1, 'hateVerb') && !a.has(j, 'negator') && !a.has(j, 'determiner') && F(a, j).length >= 4))) lastThing = j;
  }
  return { thing, person };
});

/** A target that "ze"/"hij" may stand for: not a pronoun itself, not the school. */
function isPersonLike(t: Target): boolean {
  return t.kind !== 'third' && t.kind !== 'second' && t.kind !== 'school';
}

/** Does the index hold a token before k in k's sentence or the one before? */
function nearBefore(a: TextAnalysis, idx: Int32Array, k: number): boolean {
  const p = idx[k] ?? -1;
  return p >= 0 && a.tokens[k]!.sentence - a.tokens[p]!.sentence <= 1;
}

/** Causes of a hyperbolic death ("dood van het lachen"): data `reading.json` `deathHyperbole`. */
const HYPERBOLE_CAUSE = W(data.deathHyperbole.causes);

/** The target a relative "die" at f stands for: the target right before it, or the subject of a copula whose predicate it follows ("Jij bent de volgende die …"). */
function relativeAntecedent(a: TextAnalysis, targets: (Target | undefined)[], sf: number, f: number): Target | undefined {
  let j = f - 1;
  if (targets[j] && !FIRST.has(F(a, j))) return targets[j];
  // over the predicate noun phrase: "de volgende", "de eerste", "degene"
  while (j > sf && (DET.has(F(a, j)) || /^(volgende|eerste|laatste|enige|degene|diegene|eerstvolgende)$/.test(F(a, j)))) j--;
  if (!COPULA.has(F(a, j)) || F(a, j).startsWith('vind') || F(a, j).startsWith('noem')) return undefined;
  for (let i = j - 1; i >= sf && i >= j - 3; i--) if (targets[i] && !FIRST.has(F(a, i))) return targets[i];
  if (targets[j + 1] && !FIRST.has(F(a, j + 1)) && j + 1 < f) return targets[j + 1];
  return undefined;
}

function lastPersonBeforeOk(a: TextAnalysis, targets: (Target | undefined)[], j: number): boolean {
  const n = F(a, j);
  if (n === 'je' || n === 'jouw') return true;
  for (let i = j - 1; i >= 0 && i >= j - 12 && a.tokens[j]!.sentence - a.tokens[i]!.sentence <= 1; i--) {
    const t = targets[i];
    if (t && t.kind !== 'second') return true;
    // "dat mietje uit groep 8 zijn nek": a person named by an insult
    if (a.has(i, 'insultNoun') || a.has(i, 'slurStrong')) return true;
  }
  return false;
}

function bodyAfter(a: TextAnalysis, info: WordInfo[], j: number, end: number): boolean {
  return j + 1 <= end && !!info[j + 1]?.bodyPart;
}

/** A thing as the object of the harm verb ("ik schiet die bal", "de wekker kapotslaan"). */
function thingNear(a: TextAnalysis, info: WordInfo[], k: number, f: number, end: number): boolean {
  for (let j = Math.max(f, k - 3); j <= Math.min(end, k + 3); j++) {
    if (j === k) continue;
    if (a.has(j, 'thingObject') && !PREP.has(F(a, j - 1)) && !(j > 1 && PREP.has(F(a, j - 2)) && DET.has(F(a, j - 1)))) return true;
  }
  void info;
  return false;
}

/** Sexual remarks about a person: a sexual body word with an evaluation, or a sexual act or request, with a person in the sentence. */
function readSexual(a: TextAnalysis, info: WordInfo[], targets: (Target | undefined)[], hits: StructuralHit[]): void {
  const tokens = a.tokens;
  const T = triggers(a);
  for (const k of T.list) {
    if (!(T.mask[k]! & T_SEX)) continue;
    const w = info[k]!;
    // "aftrekken" is sexual only as the reflexive "zich aftrekken" (read below); else it subtracts
    if (/^aftrek/.test(F(a, k))) continue;
    if (w.sexualBody) {
      const prev = F(a, k - 1);
      if (!/^(lekker|lekkere|geil|geile|sexy|mooie|grote|strakke|dikke|hete)$/.test(prev)) continue;
    }
    const [f, l] = a.sentenceTokens(tokens[k]!.sentence);
    let t: Target | undefined;
    for (let j = f; j <= l && !t; j++) if (j !== k && targets[j] && targets[j]!.kind !== 'school') t = targets[j];
    if (!t) continue;
    // a lesson or a warning ("de juf legde uit dat je het vertelt als iemand je porno laat zien"; reading/sexual.ts)
    if (educationalSentence(a, tokens[k]!.sentence)) continue;
    hits.push({ kind: 'sexual', first: Math.min(t.token, k), last: Math.max(t.token, k), target: t, core: { first: k, last: k } });
  }
  for (const k of T.list) {
    if (!(T.mask[k]! & (T_SEX | T_TREK))) continue;
    const w = info[k]!;
    const fk = F(a, k);
    const trek = !w.sexualBody && !w.sexualAct && fk.length >= 4 && fk.charCodeAt(0) === 116 && /^(trek|trekt|trekken|trok|trokken)$/.test(fk);
    if (!w.sexualBody && !w.sexualAct && !trek) continue;
    const [f, l] = a.sentenceTokens(tokens[k]!.sentence);
    const person = (): Target | undefined => {
      for (let j = f; j <= l; j++) if (j !== k && targets[j] && targets[j]!.kind !== 'school' && targets[j]!.kind !== 'group') return targets[j];
      return undefined;
    };
    // a body part shown on request: "laat je kont eens zien", "stuur een foto van je borsten"
    if (info[k]!.sexualBody && POSSESSIVE.has(F(a, k - 1))) {
      let show = false;
      for (let j = f; j <= l; j++) if (/^(zien|toon|tonen|laat|stuur|sturen|show|laten)$/.test(F(a, j)) && j !== k) show = true;
      const t = person();
      if (show && t) hits.push({ kind: 'sexual', first: Math.min(t.token, k), last: Math.max(t.token, k), target: t, core: { first: k, last: k } });
      continue;
    }
    // the separable "zich aftrekken" with its reflexive ("trekt zich af", "zit zich af te trekken")
    if (/^(trek|trekt|trekken|trok|trokken|aftrekken|aftrekt|aftrek)$/.test(fk)) {
      const [cf, cl] = clauseSpan(a, k);
      let af = false;
      let reflexive = false;
      for (let j = cf; j <= cl; j++) {
        if (F(a, j) === 'af' || F(a, j) === 'aftrekken') af = true;
        if (/^(zich|zichzelf|mezelf|jezelf)$/.test(F(a, j))) reflexive = true;
      }
      const t = person();
      if (af && reflexive && t) hits.push({ kind: 'sexual', first: Math.min(t.token, k), last: Math.max(t.token, k), target: t, core: { first: k, last: k } });
      continue;
    }
    // an invitation to a sexual act, with or without a name: "wie komt er pijpen?", "zullen we neuken?"
    if (info[k]!.sexualAct && !DET.has(F(a, k - 1)) && /en$/.test(fk) && a.isQuestion(tokens[k]!.sentence)) {
      let invite = false;
      for (let j = f; j < k; j++) if (/^(wie|wil|wilt|zullen|kom|komt|zin)$/.test(F(a, j))) invite = true;
      if (invite) hits.push({ kind: 'sexual', first: f, last: k, target: { token: f, kind: 'second' }, core: { first: k, last: k } });
    }
  }
  // "met je/jou/haar/hem naar bed": four words, single spaces between them (no copy of the text)
  const spaced = (j: number): boolean => a.tokens[j]!.start - a.tokens[j - 1]!.end === 1 && a.source.charCodeAt(a.tokens[j - 1]!.end) === 32;
  for (const k of T.list) {
    if (!(T.mask[k]! & T_MET) || k + 3 >= tokens.length) continue;
    if (F(a, k) !== 'met' || !/^(je|jou|haar|hem)$/.test(F(a, k + 1)) || F(a, k + 2) !== 'naar' || F(a, k + 3) !== 'bed') continue;
    if (!spaced(k + 1) || !spaced(k + 2) || !spaced(k + 3)) continue;
    const [f, l] = a.sentenceTokens(tokens[k]!.sentence);
    let t: Target | undefined;
    for (let i = f; i <= l && !t; i++) t = targets[i];
    if (t) hits.push({ kind: 'sexual', first: Math.min(t.token, k), last: Math.max(t.token, k + 3), target: t, core: { first: k, last: k } });
    break;
  }
}

/**
 * Reported speech judged by the text: the hit sits inside what someone else said, wrote,
 * shouted or called (a report verb in its sentence, a quotation, "uitgescholden voor",
 * "genoemd worden"), the reporter is not the author agreeing with it, and the text judges
 * the report (a judging word outside the hit: "hebben het mis", "maakt me verdrietig",
 * "dat vond ik erg", "heb het gemeld", "daar moeten we het over hebben").
 */
const reportMemo = oncePerAnalysis(() => new Map<number, boolean>());
export function judgedReport(a: TextAnalysis, first: number, last: number): boolean {
  // a judging frame over a report of hate in other words ("de grap over X was racistisch"; reading/counter.ts)
  if (judgedTopic(a, first, last)) return true;
  // a history lesson or the news telling what was done; a judgement of what was just told; nobody believing it; the doers condemned (reading/counter.ts)
  if (historicalReport(a, first) || eventJudged(a, first, last) || nobodyBelieves(a, first) || condemnedDoers(a, first, last)) return true;
  // hits in one clause share the answer: memoised per clause
  const memo = reportMemo(a);
  const key = index(a).clause[first]! * 2 + (a.tokens[first]!.quoted ? 1 : 0);
  let r = memo.get(key);
  if (r === undefined) {
    r = judgedReportOnce(a, first, last);
    memo.set(key, r);
  }
  return r;
}

/**
 * "staat/stond" reports writing only with where it is written or "er" ("stond in de app", "er
 * staat", "op de muur stond '…'", a quotation); "ze staat altijd alleen" is a person standing.
 */
function standsNotWritten(a: TextAnalysis, j: number): boolean {
  const w = F(a, j);
  if (w !== 'staat' && w !== 'stond') return false;
  const [f, l] = a.sentenceTokens(a.tokens[j]!.sentence);
  for (let i = f; i <= l; i++) if (a.tokens[i]!.quoted) return false;
  for (let i = j - 4; i <= j + 3; i++) if (i !== j && sameClause(a, i, j) && /^(er|in|op|onder|erin|erop|geschreven)$/.test(F(a, i))) return false;
  return true;
}

/** "X zijn ziek en wie iets anders zegt liegt": a verb of saying in a free relative after the hit tells of other sayers, not of the hit. */
function sayerAfter(a: TextAnalysis, j: number, last: number): boolean {
  if (j <= last) return false;
  const [cf] = clauseSpan(a, j);
  return cf > last && F(a, cf) === 'wie' && /^(iets|wat|het)$/.test(F(a, cf + 1)) && /^(anders|tegendeel|omgekeerde)$/.test(F(a, cf + 2));
}

function judgedReportOnce(a: TextAnalysis, first: number, last: number): boolean {
  const tokens = a.tokens;
  const s = tokens[first]!.sentence;
  const [f, l] = a.sentenceTokens(s);
  // a conclusion of the writer's own after "dus"/"want" is not part of the report before it (detectors/context.ts)
  if (!tokens[first]!.quoted && ownConclusion(a, first)) return false;
  let report = -1;
  // ("volgens mijn vader": what someone else holds; "volgens mij" is the author's own)
  for (let j = f; j <= l; j++) if ((j < first || j > last) && ((REPORT.has(F(a, j)) && !standsNotWritten(a, j) && !sayerAfter(a, j, last)) || (F(a, j) === 'horen' && F(a, j - 1) === 'te') || (F(a, j) === 'volgens' && !/^(mij|me|ons)$/.test(F(a, j + 1))))) report = j;
  // "eerlijk gezegd", "kort gezegd": a manner of speaking, not a report
  if (report >= 0 && F(a, report) === 'gezegd' && /^(eerlijk|kort|ronduit|zogezegd|gewoon|simpel)$/.test(F(a, report - 1))) report = -1;
  // "(ze doen) wat hun gezegd wordt": a passive instruction in a relative clause, not a report of the hit
  if (report >= 0 && report > last && /^(wordt|worden|werd|werden)$/.test(F(a, report + 1)) && [F(a, report - 1), F(a, report - 2), F(a, report - 3)].includes('wat')) report = -1;
  const quoted = tokens[first]!.quoted;
  // "Dat vrouwen dom zouden zijn, is pure onzin", "Het is een leugen dat …": a complement clause
  // that the sentence calls false is not asserted
  if (report < 0 && !quoted && complementJudgedFalse(a, first, f, l)) return true;
  // "X zijn niet gierig, dat is een (stom) sprookje", "…. Dat is een vooroordeel": a claim labelled false after it
  if (!quoted && labelledFalse(a, first, s, l)) return true;
  // "… en wie dat zegt is gemeen", "mensen die zoiets roepen zijn dom": the one who says it judged
  if (!quoted && speakerJudged(a, first, f)) return true;
  // a question about why or how others say or think it ("Waarom denken sommige mensen dat X … zijn?",
  // "Hoe kan iemand beweren dat …?"): the complement is asked about, not asserted
  if (!quoted && a.isQuestion(s) && QUESTION_WORD.has(F(a, f)) && questionedClaim(a, f, first)) return true;
  // "Ik denk niet dat X … zijn", "ik geloof niet dat …": the author's negated belief over the complement
  if (!quoted && negatedBelief(a, f, first)) return true;
  if (report < 0 && !quoted) return false;
  // the author asserting it ("ik zeg", "ik vind dat …") is no report
  if (report >= 0 && FIRST.has(F(a, report - 1)) && !quoted && !NEGATOR.has(F(a, report + 1))) return false;
  if (report >= 0 && FIRST.has(F(a, report + 1)) && !quoted) return false;
  // a judging word outside the hit and outside the reported clause, in this sentence or the next
  const reportedClause = tokens[first]!.clause;
  // a coordinated clause after the hit ("… een vuile Turk en daar word ik kwaad om") is the reporter's own
  let coordinated = -1;
  for (let j = last + 1; j <= l && coordinated < 0; j++) if (/^(en|maar)$/.test(F(a, j)) && !targetsOf(a, undefined)[j + 1] && !DET.has(F(a, j + 1))) coordinated = j;
  const lastTok = Math.min(tokens.length - 1, s + 1 < a.sentenceCount ? a.sentenceTokens(s + 1)[1] : l);
  for (let j = f; j <= lastTok; j++) {
    if (j >= first && j <= last) continue;
    const t = tokens[j]!;
    if (t.quoted && quoted) continue;
    // (of a quotation only the quoted words are what was said: "Het bord met '…' is weggehaald")
    if (t.clause === reportedClause && t.sentence === s && !(quoted && !t.quoted) && !(report >= 0 && j > report && j < first) && !(coordinated >= 0 && j > coordinated)) continue;
    if (JUDGING.has(F(a, j))) return true;
    // "is weggehaald", "werd weggepoetst": the hate removed; "snappen er niks van": the reporters judged
    if (/^weg(ge)?[a-z]{3,}[dt]$/.test(F(a, j)) || (/^(snappen|snapt|begrijpen|begrijpt)$/.test(F(a, j)) && /^(niks|niets|geen)$/.test(F(a, j + 2)) && t.clause !== reportedClause)) return true;
    // "… 'moslims moeten dood'. Daar moeten we het over hebben."
    if (t.sentence === s + 1 && F(a, j) === 'over' && /^(daar|dat|dit|hierover|daarover)$/.test(F(a, a.sentenceTokens(s + 1)[0]))) return true;
    const w = wordInfo(t.raw, t.norm);
    // "Wat een schande.": a noun that judges, too
    if (w.judge || w.state || (w.judgeNoun && !w.needsAdjective)) return true;
  }
  return false;
}

const MEMBER_ADJECTIVE = W(data.stereotype.memberAdjective);
/** An adjective of origin, belief or identity ("Turks", "Marokkaans", "Pools", "joods"): listed, or capitalised with the ending of one. */
function memberAdjective(a: TextAnalysis, k: number): boolean {
  const t = a.tokens[k]!;
  return MEMBER_ADJECTIVE.has(F(a, k)) || (t.capitalised && F(a, k).length >= 4 && /(aans|ees|isch|ks|ls|ns|se)$/.test(F(a, k)));
}

const QUESTION_WORD = W(['waarom', 'hoe', 'hoezo', 'wie', 'wat', 'sinds']);
const THOUGHT = W(['denken', 'denkt', 'dacht', 'dachten', 'vinden', 'vindt', 'vonden', 'geloven', 'gelooft', 'geloofde', 'menen', 'meent', 'beweren', 'beweert', 'zeggen', 'zegt', 'roepen', 'roept', 'schrijven', 'schrijft', 'vertellen', 'vertelt']);
/** Before the hit, a verb of saying or thinking whose subject is not the author ("denken sommige mensen dat"), then "dat". */
function questionedClaim(a: TextAnalysis, f: number, first: number): boolean {
  for (let j = f + 1; j < first; j++) {
    if (!THOUGHT.has(F(a, j))) continue;
    let dat = false;
    for (let i = j + 1; i < first; i++) if (F(a, i) === 'dat') dat = true;
    let author = false;
    for (let i = f; i <= j + 2 && i < first; i++) if (FIRST.has(F(a, i)) || F(a, i) === 'je' || F(a, i) === 'jij') author = true;
    // "Waarom vinden sommige mensen X eng?": "vinden"/"noemen" take the judgement without "dat"
    if ((dat || /^(vinden|vindt|vonden|noemen|noemt|noemden)$/.test(F(a, j))) && !author) return true;
  }
  return false;
}

/** Before the hit's "dat"-clause, a first person with a verb of belief and "niet" right after it. */
function negatedBelief(a: TextAnalysis, f: number, first: number): boolean {
  const [cf] = clauseSpan(a, first);
  if (F(a, cf) !== 'dat' || cf <= f) return false;
  for (let j = f; j < cf - 1; j++) {
    if (!/^(denk|geloof|vind|verwacht|meen)$/.test(F(a, j)) || !(FIRST.has(F(a, j - 1)) || FIRST.has(F(a, j + 1)))) continue;
    for (let i = j + 1; i <= j + 3 && i < cf; i++) if (F(a, i) === 'niet') return true;
  }
  return false;
}

/** The words of each sentence, built once per analysis (for the word-sense test). */
const sentenceWords = oncePerAnalysis((a): Set<string>[] => {
  const all: Set<string>[] = [];
  for (let k = 0; k < a.tokens.length; k++) {
    const t = a.tokens[k]!;
    (all[t.sentence] ??= new Set()).add(F(a, k));
  }
  return all;
});
function wordsOfSentence(a: TextAnalysis, s: number): Set<string> {
  return sentenceWords(a)[s] ?? new Set();
}

/**
 * Word sense of an ambiguous slur (data: `senses` in lexicon/reading.json): the innocent
 * sense when its sentence holds a cue of it ("de Mongolen … steppe", "een pot thee", "mijn
 * nicht komt logeren") and no insulting frame stands right before the word ("vuile", "jij bent").
 */
export function innocentSense(a: TextAnalysis, k: number): boolean {
  // "anti-pestplan", "antiracisme": a word against what it names
  if ((F(a, k - 1) === 'anti' && a.tokens[k - 1]!.end + 1 >= a.tokens[k]!.start && a.tokens[k - 1]!.sentence === a.tokens[k]!.sentence) || (F(a, k).startsWith('anti') && F(a, k).length >= 8)) return true;
  // an identity word in a conditional about anyone, without an article: "ook als je homo bent", "of je homo bent"
  if (COND_BE.has(F(a, k + 1)) && COND_WHO.has(F(a, k - 1)) && COND_IF.has(F(a, k - 2)) && !identityJudgedAfter(a, k + 1)) return true;
  // an identity word predicated in a relative clause of people in general: "kinderen die homo zijn", "mensen die moslim zijn"
  if (COND_BE.has(F(a, k + 1)) && F(a, k - 1) === 'die' && GENERIC_PEOPLE.has(F(a, k - 2)) && !identityJudgedAfter(a, k + 1)) return true;
  const sense = SENSES.get(F(a, k));
  if (!sense) return false;
  const words = wordsOfSentence(a, a.tokens[k]!.sentence);
  if (!sense.innocentCues.some((c) => words.has(c))) return false;
  const before = [F(a, k - 1), F(a, k - 2)];
  return !sense.slurCues.some((c) => before.includes(c));
}

const COND_BE = W(['bent', 'is', 'ben', 'zijn', 'was']);
const COND_WHO = W(['je', 'jij', 'iemand', 'hij', 'ze', 'zij']);
const COND_IF = W(['als', 'wanneer', 'of', 'dat']);
const GENERIC_PEOPLE = W(['mensen', 'kinderen', 'leerlingen', 'jongens', 'meisjes', 'mannen', 'vrouwen', 'iemand', 'ouders', 'volwassenen', 'personen', 'collegas', 'leraren', 'voetballers', 'sporters']);
/** After "… bent" of a conditional: a main clause that judges it ("als je homo bent ben je ziek") is no innocent sense. */
function identityJudgedAfter(a: TextAnalysis, k: number): boolean {
  const [, l] = a.sentenceTokens(a.tokens[k]!.sentence);
  for (let j = k + 1; j <= Math.min(l, k + 6); j++) {
    const w = infos(a)[j]!;
    if (w.judge || w.groupOnly || (w.judgeNoun && !w.needsAdjective)) return true;
  }
  return false;
}

/**
 * The person sense of an ambiguous slur (data: `senseContext` in lexicon/reading.json): after a
 * determiner, the word is placed among people by a prepositional phrase in its clause ("die pot
 * naast me in de klas", "die nicht uit de bovenbouw", "de potten van groep 8").
 */
export function personSense(a: TextAnalysis, k: number): boolean {
  if (!/^(de|die|deze|dat|een|zon)$/.test(F(a, k - 1))) return false;
  const p = SENSE_CONTEXT.prep.has(F(a, k + 1)) ? k + 1 : -1;
  if (p < 0) return false;
  for (let j = p + 1; j <= p + 3 && sameClause(a, k, j); j++) if (SENSE_CONTEXT.place.has(F(a, j))) return true;
  return false;
}

const FALSE_CLAIM = W(['onzin', 'leugen', 'leugens', 'nonsens', 'flauwekul', 'kletskoek', 'onwaar', 'vooroordeel', 'vooroordelen', 'fabel', 'mythe', 'onjuist', 'gelogen', 'waanzin', 'klinkklare', ...data.falseClaim.words]);
const LABEL_COPULA = W(['is', 'zijn', 'was', 'klinkt', 'blijft', 'lijkt']);
/**
 * A claim labelled false after it: a clause (after a comma, or the next sentence) opened by a
 * demonstrative and a copula whose predicate is a word of false belief, not negated ("…, dat is
 * een vooroordeel", "…, dat is een stom sprookje"; not "dat is geen vooroordeel maar de waarheid").
 * The hit is before that clause in the sentence, or inside it.
 */
function labelledFalse(a: TextAnalysis, first: number, s: number, l: number): boolean {
  const last = s + 1 < a.sentenceCount ? a.sentenceTokens(s + 1)[1] : l;
  for (let j = first + 1; j <= last; j++) {
    if (!/^(dat|dit|het|wat)$/.test(F(a, j)) || !LABEL_COPULA.has(F(a, j + 1))) continue;
    const opens = a.tokens[j]!.sentence === s + 1 ? j === a.sentenceTokens(s + 1)[0] : /[,.;:!?]/.test(a.source.slice(a.tokens[j - 1]!.end, a.tokens[j]!.start));
    if (!opens) continue;
    for (let i = j + 2; i <= Math.min(last, j + 6) && sameClause(a, j, i); i++) {
      if (NEGATOR.has(F(a, i))) break;
      if (FALSE_CLAIM.has(F(a, i))) return true;
    }
  }
  // inside the label clause itself: "dat is een stom sprookje" (the hit on "stom")
  const [cf, cl] = clauseSpan(a, first);
  if (cf > 0 && /^(dat|dit|het|wat)$/.test(F(a, cf)) && LABEL_COPULA.has(F(a, cf + 1))) {
    for (let i = cf + 2; i <= cl; i++) {
      if (NEGATOR.has(F(a, i))) return false;
      if (FALSE_CLAIM.has(F(a, i))) return true;
    }
  }
  return false;
}

const SAY = W(data.falseClaim.sayVerbs);
/** "wie dat zegt", "mensen die zoiets roepen": before the hit in its sentence, a free or plain relative with a verb of saying and its demonstrative object. */
function speakerJudged(a: TextAnalysis, first: number, f: number): boolean {
  if (a.has(first, 'slurStrong')) return false;
  for (let j = Math.max(f, first - 8); j < first; j++) {
    if (!/^(wie|die)$/.test(F(a, j))) continue;
    let obj = false;
    for (let i = j + 1; i < first && i <= j + 4; i++) {
      if (/^(dat|dit|zoiets|zulke|het|zo|zulks)$/.test(F(a, i))) obj = true;
      if (obj && SAY.has(F(a, i))) return true;
    }
  }
  return false;
}
/** The hit sits in a "dat"-clause and the other clause of its sentence calls it false. */
function complementJudgedFalse(a: TextAnalysis, first: number, f: number, l: number): boolean {
  const [cf, cl] = clauseSpan(a, first);
  if (F(a, cf) !== 'dat') return false;
  for (let j = f; j <= l; j++) {
    if (j >= cf && j <= cl) continue;
    if (FALSE_CLAIM.has(F(a, j)) || (F(a, j) === 'waar' && NEGATOR.has(F(a, j - 1))) || (/^(klopt|kloppen)$/.test(F(a, j)) && (NEGATOR.has(F(a, j + 1)) || NEGATOR.has(F(a, j - 1))))) return true;
  }
  return false;
}
