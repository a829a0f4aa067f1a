/**
 * Small readings of the context around a word, shared by the detectors:
 * who a sentence is about (targets), negation, and counter-speech.
 */
import type { NameMatch, SchoolNameMatch, TextAnalysis } from '../analysis.js';
import { categoryId } from '../lexicon/index.js';
import { isExactDutchWord } from '../lexicon/dictionary.js';
import { oncePerAnalysis } from '../reading/memo.js';

const C = {
  group: categoryId('groupNoun'),
  slur: categoryId('slurStrong'),
  slurAmb: categoryId('slurAmbiguous'),
  second: categoryId('pronounSecond'),
  objThird: categoryId('pronounObjectThird'),
  subjThird: categoryId('pronounSubjectThird'),
  person: categoryId('personNoun'),
  negator: categoryId('negator'),
  intensifier: categoryId('intensifier'),
};

export type TargetKind = 'group' | 'person' | 'second' | 'third' | 'name' | 'school';

export interface Target {
  token: number;
  kind: TargetKind;
  personId?: string;
}

/** What kind of target (if any) a token is. Names need a capital unless the text has none. */
export function targetAt(a: TextAnalysis, k: number, authorId?: string): Target | undefined {
  if (a.has(k, C.group)) return { token: k, kind: 'group' };
  if (a.has(k, C.slur) && !a.has(k, C.slurAmb)) return { token: k, kind: 'group' };
  const name = nameAt(a, k, authorId);
  if (name) return { token: k, kind: 'name', personId: name };
  if (a.has(k, C.second)) return { token: k, kind: 'second' };
  if (a.has(k, C.objThird) || a.has(k, C.subjThird)) return { token: k, kind: 'third' };
  if (a.has(k, C.person)) return { token: k, kind: 'person' };
  return undefined;
}

/**
 * Indexes of one analysis, built once on first use (the analysis is immutable): the
 * name matches covering each token, the name and school-name matches of each sentence.
 * Detectors ask about every hit's token and sentence; without these every question
 * would walk every match of the text, quadratic in its length.
 */
interface Indexes {
  namesAtToken: (readonly NameMatch[])[];
  namesBySentence: Map<number, NameMatch[]>;
  schoolBySentence: Map<number, SchoolNameMatch[]>;
  /** Is there a report verb or rejection outside quotation marks anywhere in the text? */
  unquotedReportOrReject: boolean;
  /** Is the text written without capitals, but for words shouted in capitals ("we maken een groepsapp ZONDER thijmen")? Read on first use. */
  lowerCase?: boolean;
}
const NONE: readonly never[] = [];

const indexes = oncePerAnalysis((a): Indexes => {
  const namesAtToken: NameMatch[][] = [];
  const namesBySentence = new Map<number, NameMatch[]>();
  for (const m of a.names) {
    for (let k = m.first; k <= m.last; k++) (namesAtToken[k] ??= []).push(m);
    const s = a.tokens[m.first]!.sentence;
    const l = namesBySentence.get(s);
    if (l) l.push(m);
    else namesBySentence.set(s, [m]);
  }
  const schoolBySentence = new Map<number, SchoolNameMatch[]>();
  for (const m of a.schoolNames) {
    const s = a.tokens[m.first]!.sentence;
    const l = schoolBySentence.get(s);
    if (l) l.push(m);
    else schoolBySentence.set(s, [m]);
  }
  const quotedOut = (p: { first: number }): boolean => !a.tokens[p.first]!.quoted;
  const unquotedReportOrReject = a.matches('rejectCue').some(quotedOut) || a.matches('reportVerb').some(quotedOut);
  return { namesAtToken, namesBySentence, schoolBySentence, unquotedReportOrReject };
});

/** The text's casing says nothing of names: no capitals, or only shouted words (read once, when a name is written in lower case). */
function lowerCase(a: TextAnalysis): boolean {
  const x = indexes(a);
  return (x.lowerCase ??= !a.hasUpper || onlyShouted(a.source));
}

/** Every capital of the text stands in a word written all in capitals (two letters or more): shouting, not the writer's casing of names. */
function onlyShouted(text: string): boolean {
  for (const m of text.matchAll(/\p{L}*\p{Lu}\p{L}*/gu)) if (m[0].length < 2 || m[0] !== m[0].toUpperCase()) return false;
  return true;
}

/** The roster-name matches that start in a sentence, in text order. */
export function namesInSentence(a: TextAnalysis, sentence: number): readonly NameMatch[] {
  return indexes(a).namesBySentence.get(sentence) ?? NONE;
}

/** The school-name matches that start in a sentence. */
export function schoolNamesInSentence(a: TextAnalysis, sentence: number): readonly SchoolNameMatch[] {
  return indexes(a).schoolBySentence.get(sentence) ?? NONE;
}

/** The roster person a token names (not the author), honouring capitalisation. */
export function nameAt(a: TextAnalysis, k: number, authorId?: string): string | undefined {
  for (const m of indexes(a).namesAtToken[k] ?? NONE) {
    if (authorId !== undefined && m.person.id === authorId) continue;
    if (m.kind === 'full') return m.person.id;
    const tok = a.tokens[m.first]!;
    if (tok.capitalised) return m.person.id;
    // a text without capitals (or with only words shouted in capitals): a first name counts ("fleur", "sem"); a surname only when it is
    // not an ordinary word too ("naar de bakker", "een vos", "de visser")
    if (lowerCase(a) && (m.kind === 'first' || !isExactDutchWord(a.source.slice(tok.start, tok.end).toLowerCase()))) return m.person.id;
  }
  return undefined;
}

/** Targets in token range [from, to]. */
export function targetsIn(a: TextAnalysis, from: number, to: number, authorId?: string): Target[] {
  const out: Target[] = [];
  for (let k = Math.max(0, from); k <= to && k < a.tokens.length; k++) {
    const t = targetAt(a, k, authorId);
    if (t) out.push(t);
  }
  return out;
}

/**
 * Is the word at `k` negated: a negator within `window` words before it, not
 * counting intensifiers ("niet zo dom", "geen echte dieven", "het tegenovergestelde van dom").
 */
/**
 * Is the token at k in the question of its sentence: the sentence ends with a question mark and no
 * comma stands between k and its end ("Ik vind X niet vies, waarom zou ik?": the statement before
 * the comma is no question, its "niet" negates).
 */
function inQuestion(a: TextAnalysis, k: number): boolean {
  const t = a.tokens[k]!;
  if (!a.isQuestion(t.sentence)) return false;
  const [, l] = a.sentenceTokens(t.sentence);
  const end = a.tokens[l]!.end;
  for (let i = t.end; i < end; i++) if (a.source.charCodeAt(i) === 44) return false;
  return true;
}

export function negatedBefore(a: TextAnalysis, k: number, window = 2): boolean {
  const sentence = a.tokens[k]!.sentence;
  const question = inQuestion(a, k);
  let seen = 0;
  for (let j = k - 1; j >= 0 && seen < window; j--) {
    if (a.tokens[j]!.sentence !== sentence) break;
    // "zijn alle X niet gewoon walgelijk?": a rhetorical "niet" does not negate
    if (a.has(j, C.negator) && !(question && a.tokens[j]!.norm === 'niet')) return true;
    if (a.has(j, C.intensifier) || a.tokens[j]!.norm === 'van') continue;
    seen++;
  }
  return false;
}

/**
 * Counter-speech and quotation: the words are reported in order to reject them
 * ("iemand schreef 'je bent een loser', dat vind ik niet oké"; "stop met X walgelijk
 * noemen"; "ik verloor alle respect toen je zei dat ..."; "het is niet waar dat ...").
 * True when the sentence reports speech and rejects it, denies what follows, or the hit is
 * quoted and the text rejects or reports it.
 */
export function isCounterSpeech(a: TextAnalysis, first: number, last: number): boolean {
  const tok = a.tokens[first]!;
  const s = tok.sentence;
  // "ik snap niet waarom Bram denkt dat hij slim is, want hij is een debiel": the clause after "want"/"dus" is the author's own
  if (!tok.quoted && ownConclusion(a, first)) return false;
  const outside = (p: { first: number; last: number }): boolean => p.last < first || p.first > last;
  const inSentence = (cat: string): boolean => a.matches(cat, s).some(outside);
  const reported = inSentence('reportVerb');
  // the rejection may follow in the next sentence: "… dat vrouwen minderwaardig waren; dat klopt niet."
  const rejected = inSentence('rejectCue') || (reported && s + 1 < a.sentenceCount && a.matches('rejectCue', s + 1).length > 0 && /^(dat|dit|maar|gelukkig)$/.test(a.tokens[a.sentenceTokens(s + 1)[0]]!.norm));
  if (reported && rejected) return true;
  // "het is niet waar dat X gewelddadig zijn": a denial that governs the clause after it
  if (a.matches('denialFrame', s).some((p) => p.last < first)) return true;
  // "ik zou nooit zeggen dat ...": a negated report
  for (const p of a.matches('reportVerb', s)) if (outside(p) && negatedBefore(a, p.first, 3)) return true;
  if (tok.quoted || a.tokens[last]!.quoted) {
    if (indexes(a).unquotedReportOrReject) return true;
  }
  return false;
}

const CONCLUSIVE = new Set(['dus', 'want', 'daarom', 'daardoor']);
/**
 * The hit at `first` stands in a main clause opened by "dus", "want" or "daarom" after the start of
 * its sentence: the writer's own conclusion or reason, not a part of what the sentence reports or
 * rejects before it ("lotte zei dat ze op meisjes valt, dus ze is …"). The clause must hold its own
 * subject and verb before the hit ("dus ze is", "want hij is"), not "dus dat klopt niet".
 */
export function ownConclusion(a: TextAnalysis, first: number): boolean {
  const t = a.tokens;
  const [f] = a.sentenceTokens(t[first]!.sentence);
  for (let j = first - 1; j > f && j >= first - 6; j--) {
    if (!CONCLUSIVE.has(t[j]!.norm)) continue;
    // a subject pronoun or name right after the conjunction, and a verb before the hit
    const subject = /^(hij|zij|ze|je|jij|die|het|hun|zijn)$/.test(t[j + 1]?.norm ?? '') || a.names.some((m) => m.first === j + 1);
    return subject && j + 2 <= first;
  }
  return false;
}

/** Is token k directly governed by a first-person subject somewhere in its sentence? */
export function firstPersonInSentence(a: TextAnalysis, k: number): boolean {
  const [f, l] = a.sentenceTokens(a.tokens[k]!.sentence);
  for (let j = f; j <= l; j++) {
    const n = a.tokens[j]!.norm;
    if (n === 'ik' || n === 'we' || n === 'wij') return true;
  }
  return false;
}

const NEW_SUBJECT_NEGATOR = new Set(['niemand', 'niets', 'niks']);
const SUBORDINATOR = new Set(['als', 'omdat', 'wanneer', 'want', 'terwijl', 'zodat', 'tenzij', 'zolang', 'indien']);

const HATEFUL_WITH_NEGATOR = ['worthless', 'negPos', 'distrust', 'denyRights', 'm.exclusion', 'threatPhrase'].map(categoryId);

/**
 * Is the clause of token k negated? A negator anywhere in the same clause, except
 * one that belongs to a hateful phrase ("niets waard", "horen niet thuis", "vertrouw
 * nooit"), a rhetorical "niet" in a question ("is het niet typisch voor ...?"), or a
 * "niemand"/"niets" after the hit that is the subject of what follows.
 */
export function negatedInClause(a: TextAnalysis, k: number, hitFirst = k, hitLast = k): boolean {
  // a token on its own: the table of every token, made once per analysis (negatedTokens)
  if (hitFirst === k && hitLast === k) return negatedOnce(a)[k] === 1;
  return negatedInSpan(a, k, hitFirst, hitLast);
}

/** negatedInClause by a scan of the sentence, for a hit of any span (`negatedTokens` answers as it for a token on its own). */
export function negatedInSpan(a: TextAnalysis, k: number, hitFirst: number, hitLast: number): boolean {
  const tok = a.tokens[k]!;
  const [f, l] = a.sentenceTokens(tok.sentence);
  const question = inQuestion(a, k);
  for (let j = f; j <= l; j++) {
    if (j >= hitFirst && j <= hitLast) continue;
    if (a.tokens[j]!.clause !== tok.clause || !a.has(j, C.negator)) continue;
    if (question && a.tokens[j]!.norm === 'niet') continue;
    if (HATEFUL_WITH_NEGATOR.some((cat) => a.has(j, cat))) continue;
    // after the hit, "niemand"/"niets" opens a statement of its own ("X is een loser, niemand nodigt hem uit")
    if (j > hitLast && NEW_SUBJECT_NEGATOR.has(a.tokens[j]!.norm)) continue;
    // or a subordinate clause without a comma ("… geslagen worden als ze niet luisteren")
    if (j > hitLast && a.tokens.slice(hitLast + 1, j).some((t) => SUBORDINATOR.has(t.norm))) continue;
    return true;
  }
  return false;
}

/**
 * What `negatedInClause(a, k)` answers, for every token at once: one pass forward (a negator earlier
 * in the clause) and one back (a negator later in the clause, before any subordinate conjunction,
 * "niemand"/"niets" excepted), so that a reading of every token stays linear in the text. In the
 * question part of a sentence "niet" asks rather than negates, as there.
 */
export function negatedTokens(a: TextAnalysis): Uint8Array {
  return negatedOnce(a);
}
const negatedOnce = oncePerAnalysis((a): Uint8Array => {
  const n = a.tokens.length;
  const out = new Uint8Array(n);
  const negator = new Uint8Array(n); // 1: a negator, 2: a negator other than "niet"
  for (let j = 0; j < n; j++) {
    if (!a.has(j, C.negator) || HATEFUL_WITH_NEGATOR.some((cat) => a.has(j, cat))) continue;
    negator[j] = a.tokens[j]!.norm === 'niet' ? 1 : 2;
  }
  // the question part of a sentence: after its last comma
  const asks = new Uint8Array(n);
  for (let s = 0; s < a.sentenceCount; s++) {
    if (!a.isQuestion(s)) continue;
    const [f, l] = a.sentenceTokens(s);
    const end = a.tokens[l]!.end;
    let comma = -1;
    for (let i = a.tokens[f]!.start; i < end; i++) if (a.source.charCodeAt(i) === 44) comma = i;
    for (let k = f; k <= l; k++) if (a.tokens[k]!.end > comma) asks[k] = 1;
  }
  let clause = -1;
  let any = false;
  let notNiet = false;
  for (let k = 0; k < n; k++) {
    const t = a.tokens[k]!;
    if (t.clause !== clause) [clause, any, notNiet] = [t.clause, false, false];
    if (asks[k] ? notNiet : any) out[k] = 1;
    if (negator[k]) [any, notNiet] = [true, notNiet || negator[k] === 2];
  }
  clause = -1;
  any = false;
  notNiet = false;
  for (let k = n - 1; k >= 0; k--) {
    const t = a.tokens[k]!;
    if (t.clause !== clause) [clause, any, notNiet] = [t.clause, false, false];
    if (asks[k] ? notNiet : any) out[k] = 1;
    if (SUBORDINATOR.has(t.norm)) [any, notNiet] = [false, false];
    if (negator[k] && !NEW_SUBJECT_NEGATOR.has(t.norm)) [any, notNiet] = [true, notNiet || negator[k] === 2];
  }
  return out;
});
