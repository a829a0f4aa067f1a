/**
 * Words with lemma and word class for the structural Dutch reading (decency, A7).
 *
 * Every token gets, once, a `WordInfo`: its lemma (inflection undone: "domste" → "dom",
 * "waardeloze" → "waardeloos", "kakkerlakken" → "kakkerlak", "walgelijkers" → "walgelijk"),
 * its degree (comparative, superlative), its polarity and the classes the reading needs:
 * an evaluative word that judges people, a state that does not ("moe", "ziek", "streng"),
 * an animal or thing (for comparisons and metaphors), a harm verb form (finite, infinitive,
 * participle, separable particle), a body part, a demonym or profession, sexual words.
 *
 * Sources: our own lemma lists (`lexicon/reading.json`, CC BY 4.0) and, for the polarity of
 * other evaluative words, the Pattern-derived Dutch polarity lexicon shipped in npm
 * `@nlpjs/lang-nl` (MIT, © AXA Group Operations Spain S.A.), looked up through that
 * package's Snowball stemmer and read from the installed package (not copied).
 *
 * Lookups are cached per word form, so the cost per token is constant after warm-up.
 */
import { createRequire } from 'node:module';
import data from '../lexicon/reading.json' with { type: 'json' };
import { isExactDutchWord, isProperDutchWord } from '../lexicon/dictionary.js';
import { spellingOf } from '../text/spellings.js';

export interface WordInfo {
  /** The word as written where it is plain letters (lower case, unsqueezed), else its normalised form. */
  form: string;
  lemma: string;
  /** 1 comparative ("dommer"), 2 superlative ("domste", "meest"). */
  degree: 0 | 1 | 2;
  /** Polarity from the lexicon, −1…1 (0 when unknown). */
  polarity: number;
  /** A word that judges people negatively ("achterbaks", "walgelijk"). */
  judge: boolean;
  /** Judges a group, but of a single person it is a state ("ziek", "gek"). */
  groupOnly: boolean;
  /** A noun that judges people ("profiteur"); `needsAdjective`: only with a judging adjective ("een vreselijk mens"). */
  judgeNoun: boolean;
  needsAdjective: boolean;
  /** A state or a mild remark, never a judgement ("moe", "verdrietig", "streng"). */
  state: boolean;
  positive: boolean;
  animal: boolean;
  thing: boolean;
  harm?: HarmForm;
  bodyPart: boolean;
  harmNoun: boolean;
  demonym: boolean;
  profession: boolean;
  sexualBody: boolean;
  sexualAct: boolean;
  rights: boolean;
  /** A glued insult: a curse or profanity before a person word ("kuttenkop", "tyfusjoch"). */
  insultCompound: boolean;
  /** The form is a word of the Dutch word list as written (dictionary.ts `isExactDutchWord`): "appen", not only its normal form "apen". */
  dutchWord: boolean;
}

export interface HarmForm {
  lemma: string;
  form: 'inf' | 'fin' | 'part';
  /** The separable particle this form still needs later in the clause ("sla … in", "maak … af"). */
  particle?: string;
  intransitive: boolean;
  weak: boolean;
  /** Harms only with a body part as its object ("haren uittrekken", not "je jas uittrekken"). */
  bodyOnly: boolean;
}

const set = (xs: readonly string[]): ReadonlySet<string> => new Set(xs);
const JUDGE = set(data.judgement);
const GROUP_ONLY = set(data.groupOnly);
const JUDGE_NOUN = set(data.judgementNoun);
const NEEDS_ADJ = set(data.judgementNounNeedsAdjective);
const STATE = set(data.state);
const ANIMAL = set(data.animal);
/** Animals matched only as whole words (English: "pig" must not be the tail of "grappig"). */
const ANIMAL_EXACT = set(data.animalExact);
const THING = set(data.thing);
const BODY = set(data.harmBodyPart);
const HARM_NOUN = set(data.harmNoun.filter((w) => !w.includes(' ')));
const DEMONYMS = set(data.demonyms);
/** Colour adjectives made nouns ("zwarten", "blanken"): the adjective with the plural "-en". */
const IDENTITY_NOUN = set(data.identityAdjective.map((x) => `${x}en`));
const PROFESSION = set([...data.profession, ...data.peopleNoun]);
const SEX_BODY = set(data.sexualBody);
const SEX_ACT = set(data.sexualAct.filter((w) => !w.includes(' ')));
const RIGHTS = set(data.rights.filter((w) => !w.includes(' ')));
export const WISH = set(data.wish);
export const COMPARISON_VERB = set(data.comparisonVerb);
export const SUPERLATIVE_HEAD = set(data.superlativeHead);
export const NEGATIVE_ACTIVITY = set(data.negativeActivity);
export const VEHICLE = set(data.vehicle);
export const SENSE_CONTEXT = { place: set(data.senseContext.personPlace), prep: set(data.senseContext.personPrep) };
/** Senses of ambiguous slurs by word form (a Map: a word such as "constructor" is no key). */
export const SENSES: ReadonlyMap<string, { innocent: string; innocentCues: string[]; slurCues: string[]; defaultPerson?: boolean }> = new Map(Object.entries(data.senses));

// ---- polarity (Pattern lexicon in @nlpjs/lang-nl) ---------------------------

interface Stemmer {
  stem(w: string): string;
}
let polarityTable: Record<string, number> | undefined;
let stemmer: Stemmer | undefined;
function polarityOf(w: string): number | undefined {
  if (!polarityTable) {
    try {
      const require = createRequire(import.meta.url);
      polarityTable = require('@nlpjs/lang-nl/src/sentiment/pattern_nl.json') as Record<string, number>;
      const { StemmerNl } = require('@nlpjs/lang-nl') as { StemmerNl: new () => Stemmer };
      stemmer = new StemmerNl();
    } catch {
      // without the package the reading keeps its own lists only
      polarityTable = {};
    }
  }
  if (!stemmer) return undefined;
  const s = stemmer.stem(w);
  // short stems are often nouns that share a stem with an adjective ("boer", "bos", "val")
  if (s.length < 5) return undefined;
  return polarityTable[s];
}

// ---- lemmas -----------------------------------------------------------------

const VOWEL = /[aeiou]/;
function variants(b: string): string[] {
  const out = [b];
  const n = b.length;
  if (n >= 3 && b[n - 1] === b[n - 2] && !VOWEL.test(b[n - 1]!)) out.push(b.slice(0, -1));
  const last = b[n - 1]!;
  const fricative = last === 'z' ? `${b.slice(0, -1)}s` : last === 'v' ? `${b.slice(0, -1)}f` : undefined;
  const bases = fricative ? [b, fricative] : [b];
  if (fricative) out.push(fricative);
  for (const x of bases) {
    const m = x.length;
    // open syllable: "lag" → "laag", "onbekwam" → "onbekwaam", "waardelos" → "waardeloos"
    if (m >= 2 && !VOWEL.test(x[m - 1]!) && VOWEL.test(x[m - 2]!) && (m === 2 || !VOWEL.test(x[m - 3]!)) && x[m - 2] !== 'i' && !x.endsWith('el')) out.push(`${x.slice(0, m - 1)}${x[m - 2]}${x[m - 1]}`);
  }
  return out;
}

/** Candidate lemmas with their degree, most literal first. */
export function lemmaCandidates(w: string): [string, 0 | 1 | 2][] {
  const out: [string, 0 | 1 | 2][] = [[w, 0]];
  const add = (suffix: string, degree: 0 | 1 | 2): void => {
    if (!w.endsWith(suffix) || w.length - suffix.length < 2) return;
    for (const v of variants(w.slice(0, -suffix.length))) out.push([v, degree]);
  };
  // "allerergste", "allerdomste": the superlative with "aller-", read first
  if (w.startsWith('aller') && w.length >= 9 && /st(e|en)?$/.test(w)) for (const [c, d] of lemmaCandidates(w.slice(5))) if (d === 2) out.push([c, 2]);
  // a superlative made a noun: "de smerigsten", "de domsten"
  add('sten', 2);
  add('ste', 2);
  add('st', 2);
  // a stem ending in s takes only "-t(e)": "vieste", "viest" ← "vies"; "boost" ← "boos"
  if (/s(te|t)$/.test(w) && w.length >= 5) for (const v of variants(w.slice(0, w.endsWith('te') ? -2 : -1))) out.push([v, 2]);
  add('ere', 1);
  add('ers', 1);
  add('er', 1);
  add('en', 0);
  add('e', 0);
  add('s', 0);
  if (w.endsWith('ies')) out.push([w.slice(0, -1), 0]);
  return out;
}

// ---- harm verb forms ----------------------------------------------------------

const PARTICLES = ['overhoop', 'af', 'neer', 'dood', 'kapot', 'op', 'in', 'uit', 'plat', 'om', 'toe', 'aan', 'over', 'dicht'];
const STRONG: Record<string, string[]> = {
  slaan: ['sla', 'slaat', 'sloeg', 'sloegen', 'geslagen'],
  steken: ['steek', 'steekt', 'stak', 'staken', 'gestoken'],
  breken: ['breek', 'breekt', 'brak', 'braken', 'gebroken'],
  schieten: ['schiet', 'schoot', 'schoten', 'geschoten'],
  verdrinken: ['verdrink', 'verdrinkt', 'verdronk', 'verdronken'],
  sterven: ['sterf', 'sterft', 'stierf', 'stierven', 'gestorven'],
  krijgen: ['krijg', 'krijgt', 'kreeg', 'kregen', 'gekregen'],
  hangen: ['hang', 'hangt', 'hing', 'hingen', 'gehangen'],
  vallen: ['val', 'valt', 'viel', 'vielen', 'gevallen'],
  rijden: ['rijd', 'rijdt', 'reed', 'reden', 'gereden'],
  blazen: ['blaas', 'blaast', 'blies', 'bliezen', 'geblazen'],
  branden: ['brand', 'brandt', 'brandde', 'brandden', 'gebrand'],
  maken: ['maak', 'maakt', 'maakte', 'maakten', 'gemaakt'],
  gaan: ['ga', 'gaat', 'ging', 'gingen', 'gegaan'],
  stikken: ['stik', 'stikt', 'stikte', 'gestikt'],
  vreten: ['vreet', 'vrat', 'gevreten'],
  leggen: ['leg', 'legt', 'legde', 'gelegd'],
  sluiten: ['sluit', 'sloot', 'sloten', 'gesloten'],
};
const INSEPARABLE = /^(be|ge|ver|ont|her|er)/;

function weakForms(inf: string): string[] {
  // "trappen" → trap, trapt, trapte(n), getrapt; "stenigen" → stenig, stenigt, stenigde(n), gestenigd
  let stem = inf.endsWith('en') ? inf.slice(0, -2) : inf.endsWith('n') ? inf.slice(0, -1) : inf;
  const v = variants(stem);
  // a schwa after a double consonant keeps its short stem: "timmeren" → "timmer", not "timmeer" ("executeren" → "executeer")
  const schwa = /([^aeiou])\1e[rln]$/.test(stem);
  stem = v.length > 1 && v[1]!.length < stem.length ? v[1]! : schwa ? stem : v.find((x) => x.length > stem.length) ?? stem;
  if (stem.endsWith('z')) stem = `${stem.slice(0, -1)}s`;
  if (stem.endsWith('v')) stem = `${stem.slice(0, -1)}f`;
  const voiceless = /[tkfschp]$/.test(stem) || stem.endsWith('x');
  const past = voiceless ? 'te' : 'de';
  const part = INSEPARABLE.test(inf) ? stem : `ge${stem}`;
  const pEnd = stem.endsWith('t') || stem.endsWith('d') ? '' : voiceless ? 't' : 'd';
  return [stem, stem.endsWith('t') ? stem : `${stem}t`, `${stem}${past}`, `${stem}${past}n`, `${part}${pEnd}`];
}

/** The harm verb form of a written word (a particle glued on: "kapotmaak", "neerknallen"), or undefined. */
export function harmFormOf(w: string): HarmForm | undefined {
  return harmTable().get(w);
}
/** The particles of separable harm verbs ("af", "neer", "kapot"). */
export const HARM_PARTICLES: ReadonlySet<string> = new Set(PARTICLES);
let harmForms: Map<string, HarmForm> | undefined;
function harmTable(): Map<string, HarmForm> {
  if (harmForms) return harmForms;
  const m = new Map<string, HarmForm>();
  const intrans = set(data.harmIntransitive);
  const bodyOnly = set(data.harmBodyOnly.words);
  const weak = set(data.harmWeak);
  const put = (form: string, h: HarmForm): void => {
    if (!m.has(form)) m.set(form, h);
  };
  // verbs without a particle first: a bare "schiet" is "schieten", not the split "neerschieten"
  const hasParticle = (w: string): boolean => PARTICLES.some((p) => w.startsWith(p) && w.length > p.length + 3 && !INSEPARABLE.test(w));
  const ordered = [...data.harm.filter((w) => !hasParticle(w)), ...data.harm.filter(hasParticle)];
  for (const lemma0 of ordered) {
    if (lemma0.includes(' ')) continue;
    const particle = PARTICLES.find((p) => lemma0.startsWith(p) && lemma0.length > p.length + 3 && !INSEPARABLE.test(lemma0));
    const base = particle ? lemma0.slice(particle.length) : lemma0;
    const forms = STRONG[base] ?? weakForms(base);
    const info = { lemma: lemma0, intransitive: intrans.has(lemma0), weak: weak.has(lemma0), bodyOnly: bodyOnly.has(lemma0) };
    put(lemma0, { ...info, form: 'inf' });
    for (const f of forms) {
      const isPart = f.startsWith('ge') || (INSEPARABLE.test(base) && f === forms[forms.length - 1]);
      if (particle) {
        // glued in a verb-final clause or a participle ("afmaakt", "afgemaakt"); split in a main clause ("maak … af")
        put(`${particle}${f}`, { ...info, form: isPart ? 'part' : 'fin' });
        if (!isPart && !m.has(f)) put(f, { ...info, form: 'fin', particle });
      } else {
        put(f, { ...info, form: isPart ? 'part' : 'fin' });
      }
    }
    if (particle) put(`${particle}te${base}`, { ...info, form: 'inf' });
    // the bare infinitive of a particle verb, its particle written apart before it ("af te ranselen", "neer knallen")
    if (particle && !m.has(base)) put(base, { ...info, form: 'inf', particle });
  }
  harmForms = m;
  return m;
}

// ---- word info ------------------------------------------------------------------

function squeezeLetters(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) if (s[i] !== s[i - 1]) out += s[i];
  return out;
}

/** Lower case, accents stripped, letters only (not squeezed: "dommer" keeps its "mm"). */
export function plainWord(raw: string): string {
  // (kept with the spelling's other readings: text/spellings.ts)
  const s = spellingOf(raw);
  return (s.plain ??= raw
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z]/g, ''));
}

const cache = new Map<string, WordInfo>();

/** Per spelling: the first normalised form seen with it and its classes (one probe), other forms beside it (rare). */
interface ByRaw {
  norm: string;
  info: WordInfo;
  others: Map<string, WordInfo> | undefined;
}
export function wordInfo(raw: string, norm: string): WordInfo {
  // (kept with the spelling's other readings: text/spellings.ts)
  const s = spellingOf(raw);
  const entry = s.info as ByRaw | undefined;
  if (entry !== undefined) {
    if (entry.norm === norm) return entry.info;
    const hit = entry.others?.get(norm);
    if (hit) return hit;
  }
  const r = wordInfoUncached(raw, norm);
  if (!entry) s.info = { norm, info: r, others: undefined } satisfies ByRaw;
  else {
    const others = (entry.others ??= new Map());
    // (a spelling read with many normal forms: bounded as the map of spellings is)
    if (others.size >= 1000) others.clear();
    others.set(norm, r);
  }
  return r;
}

function wordInfoUncached(raw: string, norm: string): WordInfo {
  const p = plainWord(raw);
  // an obfuscated word ("walgel1jk") is read by its normalised form
  const w = p.length >= norm.length && squeezeLetters(p) === norm ? p : norm;
  let info = cache.get(w);
  if (!info) {
    info = compute(w);
    if (cache.size >= 100_000) cache.clear();
    cache.set(w, info);
  }
  return info;
}

function compute(w: string): WordInfo {
  const cands = lemmaCandidates(w);
  let lemma = w;
  let degree: 0 | 1 | 2 = 0;
  let judge = false;
  let groupOnly = false;
  let state = false;
  let polarity = 0;
  let judgeNoun = false;
  let needsAdjective = false;
  let thing = false;
  let bodyPart = false;
  let demonym = DEMONYMS.has(w);
  let animal = ANIMAL_EXACT.has(w);
  let profession = PROFESSION.has(w);
  for (const [c, d] of cands) {
    if (GROUP_ONLY.has(c)) {
      groupOnly = true;
      state = STATE.has(c);
      lemma = c;
      degree = d;
      break;
    }
    if (STATE.has(c) && !judge) {
      state = true;
      lemma = c;
      degree = d;
      break;
    }
    if (JUDGE.has(c) || GROUP_ONLY.has(c)) {
      judge = JUDGE.has(c);
      groupOnly = !judge;
      lemma = c;
      degree = d;
      break;
    }
  }
  let rights = RIGHTS.has(w);
  for (const [c, d] of cands) {
    if (d === 2 && lemma === w) {
      lemma = c;
      degree = 2;
    }
    if (d !== 0) continue;
    if (RIGHTS.has(c)) rights = true;
    if (JUDGE_NOUN.has(c)) {
      judgeNoun = true;
      needsAdjective = NEEDS_ADJ.has(c);
    }
    if (ANIMAL.has(c) || ANIMAL.has(compoundHead(c, ANIMAL))) animal = true;
    if (THING.has(c) || THING.has(compoundHead(c, THING))) thing = true;
    if (BODY.has(c)) bodyPart = true;
    if (DEMONYMS.has(c)) demonym = true;
    if (PROFESSION.has(c)) profession = true;
  }
  // a person noun derived from a judging adjective: "luiaard(s)" ← "lui", "gierigaard" ← "gierig"
  if (!judgeNoun) {
    const m = /^(.{2,})aards?$/.exec(w);
    if (m && (JUDGE.has(m[1]!) || (polarityOf(m[1]!) ?? 0) <= -0.5 || (polarityOf(`${m[1]!}en`) ?? 0) <= -0.5)) judgeNoun = true;
  }
  // a listed noun knows its sense: its stem's polarity may be another word's ("geweld" is not "geweldig")
  if (!judge && !state && !groupOnly && !judgeNoun) {
    for (const [c, d] of cands) {
      const pol = polarityOf(c);
      if (pol === undefined) continue;
      polarity = pol;
      // a superlative already read ("allerergste" → "erg") keeps its lemma and degree
      if (degree !== 2 || lemma === w) {
        lemma = c;
        degree = d;
      }
      break;
    }
    if (polarity <= -0.6) judge = true;
  }
  const positive = polarity >= 0.5;
  return {
    form: w,
    lemma,
    degree,
    polarity,
    judge,
    groupOnly,
    judgeNoun,
    needsAdjective,
    state,
    positive,
    animal,
    thing,
    harm: harmTable().get(w),
    bodyPart,
    harmNoun: HARM_NOUN.has(w),
    demonym,
    profession,
    sexualBody: SEX_BODY.has(w),
    sexualAct: SEX_ACT.has(w) || /^naakt/.test(w),
    rights,
    insultCompound: insultCompound(w),
    dutchWord: isExactDutchWord(w),
  };
}

const INSULT_PREFIX = data.insultPrefix;
const INSULT_HEAD = set(data.insultHead);
function insultCompound(w: string): boolean {
  for (const p of INSULT_PREFIX) {
    if (!w.startsWith(p) || w.length < p.length + 3) continue;
    const head = w.slice(p.length);
    const bare = head.replace(/^(en|e|s)/, '');
    // a curse before a person word or a judging noun ("klotevent", "rotzooi", "tyfustuig")
    if (INSULT_HEAD.has(head) || INSULT_HEAD.has(bare) || JUDGE_NOUN.has(head) || JUDGE_NOUN.has(bare)) return true;
  }
  return false;
}
export const JUDGING_EXTRA = data.judging;
export const WEAPON = set(data.weapon);
export const HARM_NOUNS = set(data.harmNoun.filter((w) => !w.includes(' ')));

/** The head of a compound that is on a list ("gebruiksvoorwerp" → "voorwerp", "straathond" → "hond"). */
function compoundHead(w: string, list: ReadonlySet<string>): string {
  for (let i = 3; i <= w.length - 3; i++) {
    const tail = w.slice(i);
    if (list.has(tail)) return tail;
  }
  return '';
}

interface TokenLike {
  raw: string;
  norm: string;
  capitalised: boolean;
  sentence: number;
}

const demonymCache = new Map<string, boolean>();
/** A capitalised plural with a demonym ending that is no common Dutch word ("Amsterdammers", "Ghanezen", "Syriërs"). */
export function capitalisedDemonym(tok: TokenLike): boolean {
  if (!tok.capitalised) return false;
  let r = demonymCache.get(tok.raw);
  if (r === undefined) {
    const lower = plainWord(tok.raw);
    const singulars = demonymSingulars(lower);
    // the singular is a capitalised word of the dictionary ("Canadees", "Marokkaan"), or at least no common word
    r = /(ers|anen|ezen|iers|enen|aren|anders|olen|urken|ianen)$/.test(lower) && lower.length >= 6 && !isExactDutchWord(lower) && (singulars.some((x) => isProperDutchWord(x)) || !singulars.some((x) => isExactDutchWord(x)));
    if (demonymCache.size > 10_000) demonymCache.clear();
    demonymCache.set(tok.raw, r);
  }
  return r;
}

/** A capitalised demonym adjective ("Antilliaanse", "Poolse") before a head such as "volk" or "jongen". */
export function demonymAdjective(tok: TokenLike): boolean {
  return tok.capitalised && /(aanse|ese|iaanse|se|ische|kse)$/.test(tok.norm);
}

/**
 * Targets that the word lists do not hold, by word class: demonyms (listed or by their
 * form), a demonym adjective with its head ("dat Antilliaanse volk"), professions.
 * Returns the token index and the category it belongs to.
 */
export function classTargets(tokens: readonly TokenLike[], isName: (norm: string) => boolean = () => false, infos?: readonly WordInfo[]): [number, 'groupNoun' | 'personNoun'][] {
  const out: [number, 'groupNoun' | 'personNoun'][] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const w = infos ? infos[k]! : wordInfo(t.raw, t.norm);
    if (isName(t.norm)) continue;
    // a capitalised word after another one is a name ("Jan Peters"), not a demonym
    const inName = k > 0 && tokens[k - 1]!.capitalised && tokens[k - 1]!.sentence === t.sentence && k - 1 > 0 && tokens[k - 2]!.sentence === t.sentence;
    if (w.demonym || (!inName && capitalisedDemonym(t))) out.push([k, 'groupNoun']);
    // people named by a word whose person sense is the default (data: `senses` with `defaultPerson`):
    // a colour adjective made a noun ("de zwarten", "blanken"), "zigeuners"; not beside a cue of the
    // other sense ("de zwarten zijn aan de beurt" in a game of draughts)
    else if (personByDefault(tokens, k, w.form)) out.push([k, 'groupNoun']);
    // a singular demonym after a determiner: "die Canadees", "een Marokkaan"
    else if (t.capitalised && k > 0 && (/^(de|die|een|deze|elke|iedere|zon)$/.test(plainWord(tokens[k - 1]!.raw)) || (k > 1 && /e$/.test(plainWord(tokens[k - 1]!.raw)) && !tokens[k - 1]!.capitalised && /^(de|die|een|deze|elke|iedere|zon)$/.test(plainWord(tokens[k - 2]!.raw)))) && /(aan|ees|ier|een|aar|ander|mer|ner|ter|ler)$/.test(plainWord(t.raw)) && isProperDutchWord(plainWord(t.raw))) out.push([k, 'groupNoun']);
    else if (DEMONYM_ADJECTIVE_HEAD.has(t.norm) && k > 0 && tokens[k - 1]!.sentence === t.sentence && demonymAdjective(tokens[k - 1]!)) out.push([k, 'groupNoun']);
    else if (w.profession) out.push([k, 'personNoun']);
  }
  return out;
}

function personByDefault(tokens: readonly TokenLike[], k: number, p: string): boolean {
  const sense = SENSES.get(p);
  const nominal = sense === undefined && IDENTITY_NOUN.has(p);
  if (!nominal && !sense?.defaultPerson) return false;
  if (!sense) return true;
  const s = tokens[k]!.sentence;
  // the sentence's words, both ways from k (a sentence is bounded, so this stays linear per sense word)
  for (let j = k - 1; j >= 0 && tokens[j]!.sentence === s; j--) if (sense.innocentCues.includes(plainWord(tokens[j]!.raw))) return false;
  for (let j = k + 1; j < tokens.length && tokens[j]!.sentence === s; j++) if (sense.innocentCues.includes(plainWord(tokens[j]!.raw))) return false;
  return true;
}

/** Is `w` a capitalised demonym by its form ("Amsterdammers", "Syriërs", "Ghanezen")? Checked against the dictionary by the caller. */
export function demonymSingulars(w: string): string[] {
  const out: string[] = [];
  if (w.endsWith('s')) out.push(w.slice(0, -1));
  if (w.endsWith('en')) for (const v of variants(w.slice(0, -2))) out.push(v);
  return out;
}
export const DEMONYM_SUFFIX = /(aan|ees|er|ier|een|aar|ander|ool|urk|ook|iaan|ees)$/;
export const DEMONYM_ADJECTIVE_HEAD = set(data.demonymAdjectiveHead);
export const INTENSIFYING_NEGATION = data.intensifyingNegation;
