/**
 * Counter-speech that names the hate in other words (decency, A7): no quotation, but a judging
 * frame over a report of hate. Two structures, read once per sentence:
 *
 * - a judged topic: a subject headed by a noun for what was said, shown or done (`reportNoun`:
 *   "grap", "filmpje", "berichten", also as the head of a compound: "haatberichten"), whose topic
 *   is introduced right after it ("over X", "waarin X …", "van jou over X"), and a main predicate
 *   after it that condemns: a copula with a judging word ("… was racistisch", "… is walgelijk"), a
 *   negated positive ("… is niet grappig") or an emotion of the author ("… maken me boos");
 * - a judged event: an expletive "het"/"dat" with a condemning predicate ("Het is niet normaal",
 *   "Ik vind het erg", "Het maakt me boos") over a complement clause ("dat/als/wanneer …") that
 *   reports an act of abuse done to people (`abuseAct`: "uitschelden", "belachelijk maken").
 *
 * What such a frame covers is the condemning predicate, the head noun and its compound, and the
 * acts of abuse inside the topic (a hit on "belachelijk (gemaakt)", "uitgescholden"); a judgement
 * the author adds inside the topic ("het filmpje over die vieze X") is not covered, nor a clause
 * after the predicate ("…, het zijn ook echt apen"), nor a predicate that praises the hate ("was
 * hilarisch"). Word classes in `reading.json` `counter`.
 */
import type { TextAnalysis } from '../analysis.js';
import data from '../lexicon/reading.json' with { type: 'json' };
import report from '../lexicon/report.json' with { type: 'json' };
import bullying from '../lexicon/bullying.json' with { type: 'json' };
import { fm, infos, targetsOf } from './structure.js';
import { oncePerAnalysis } from './memo.js';
import { wordSet as W } from './word-sets.js';

const C = data.counter;
const REPORT_NOUN = W(C.reportNoun);
const TOPIC_LINK = W(C.topicLink);
const ABUSE_ACT = W(C.abuseAct);
const ABUSE_LIGHT = W(C.abuseLight);
const ABUSE_PARTICLE = W(C.abuseParticle);
/** An act of abuse at j: a verb of the class, or a light verb with its particle or resultative within three words before it. */
function abuseAt(forms: readonly string[], j: number, from: number): boolean {
  const w = forms[j]!;
  if (ABUSE_ACT.has(w)) return true;
  if (!ABUSE_LIGHT.has(w)) return false;
  for (let i = Math.max(from, j - 3); i < j; i++) if (ABUSE_PARTICLE.has(forms[i]!)) return true;
  return false;
}
const JUDGEMENT = W(C.judgement);
const EMOTION = W(C.emotion);
const POSITIVE_DENIED = W(C.positiveDenied);
const NEG = W(['niet', 'geen', 'nooit', 'allesbehalve']);
const DET = W(['de', 'het', 'die', 'dat', 'deze', 'dit', 'jouw', 'je', 'zijn', 'haar', 'hun', 'mijn', 'onze', 'jullie', 'zulke', 'zon', 'al', 'alle', 'een']);
const PREDICATE = W(['is', 'was', 'zijn', 'waren', 'blijft', 'wordt', 'lijkt', 'vind', 'vond', 'vinden', 'vindt', 'maakt', 'maken', 'maakte', 'maakten', 'moet', 'moeten']);
const EXPLETIVE = W(['het', 'dat', 'dit']);
const COMPLEMENT = W(['dat', 'als', 'wanneer', 'hoe', 'dat']);
const ME = W(['me', 'mij', 'ons']);
const STOP = W(['stoppen', 'ophouden', 'weg', 'verboden', 'verwijderd']);
const REMEDY = W(C.remedy);
const ACT_PARTICLE = C.actParticle;
/** Words that may stand inside a coordinated condemnation ("… is laf en gemeen", "… zijn ziek en moeten verwijderd worden", "… is net zo erg als slaan"). */
const COORDINATED = W(['en', 'of', 'als', 'zo', 'net', 'even', 'echt', 'heel', 'ook', 'gewoon', 'moet', 'moeten', 'worden', 'wordt', 'gewoon', 'iemand', 'te', 'totaal', 'super', 'erg']);
const SINGULAR_COPULA = W(['is', 'was', 'blijft', 'lijkt', 'wordt']);
const FIRST_PERSON = W(['ik', 'we', 'wij']);
const MADE = W(['gemaakt', 'gepost', 'gestuurd', 'gezet', 'geplaatst', 'gedeeld', 'verspreid', 'maakte', 'maakten', 'postte', 'postten', 'stuurde', 'stuurden', 'zette', 'zetten', 'deelde', 'deelden', 'begonnen', 'gestart']);

/** A report noun at w: listed, or the head of a compound ("haatvideo's", "scheldpoll"). */
const reportHeadMemo = new Map<string, boolean>();
function reportHead(w: string): boolean {
  if (REPORT_NOUN.has(w)) return true;
  if (w.length < 7) return false;
  let r = reportHeadMemo.get(w);
  if (r === undefined) {
    r = false;
    for (let i = 3; i + 4 <= w.length && !r; i++) if (REPORT_NOUN.has(w.slice(i))) r = true;
    if (reportHeadMemo.size > 5000) reportHeadMemo.clear();
    reportHeadMemo.set(w, r);
  }
  return r;
}

/** An act of abuse as an infinitive: listed, or a separable verb of the class written as one word ("achterstellen", "wegpesten"). */
function actInfinitive(forms: readonly string[], j: number): boolean {
  const w = forms[j]!;
  if (ABUSE_ACT.has(w)) return true;
  if (!w.endsWith('en') || w.length < 8) return false;
  for (const p of ACT_PARTICLE) if (w.startsWith(p) && w.length - p.length >= 5) return true;
  return false;
}

/** A condemnation continued by coordination to the end of its clause: the last word it covers. */
function coordinatedEnd(a: TextAnalysis, forms: readonly string[], last: number, end: number): number {
  const info = infos(a);
  let e = last;
  for (let j = last + 1; j <= end; j++) {
    const w = forms[j]!;
    if (COORDINATED.has(w) || REMEDY.has(w) || JUDGEMENT.has(w) || info[j]!.judge || info[j]!.groupOnly || ABUSE_ACT.has(w) || info[j]!.harm) e = j;
    else break;
  }
  return e;
}

interface Frame {
  /** The condemning predicate: [from, to]. */
  judged: [number, number];
  /** The topic or the complement: acts of abuse inside it are covered. */
  topic: [number, number];
  /** The head noun's word (with its compound parts): a hit on it is covered. */
  head: [number, number];
  /** Every hit inside the topic is covered (what someone else made, judged by the author). */
  all?: boolean;
}

/**
 * A report noun made by someone else ("iemand heeft een poll gemaakt over …", "ze stuurden een
 * lijstje van …"; no first person in its clause) and judged right after it, by a demonstrative
 * with a condemning predicate in the same sentence after a comma or in the next sentence ("dat
 * vind ik gemeen", "dat is niet leuk"): the span of that judgement, or undefined.
 */
function madeAndJudged(a: TextAnalysis, forms: readonly string[], f: number, k: number, link: number, l: number): [number, number] | undefined {
  const tokens = a.tokens;
  let made = false;
  for (let j = f; j <= l && tokens[j]!.clause <= tokens[k]!.clause + 1; j++) {
    if (tokens[j]!.clause !== tokens[k]!.clause) continue;
    if (FIRST_PERSON.has(forms[j]!)) return undefined;
    if (MADE.has(forms[j]!)) made = true;
  }
  if (!made) return undefined;
  const s = tokens[k]!.sentence;
  const last = s + 1 < a.sentenceCount ? a.sentenceTokens(s + 1)[1] : l;
  for (let j = link + 1; j <= last; j++) {
    if (!DEMONSTRATIVE.has(forms[j]!)) continue;
    // the demonstrative opens its clause or sentence (after a comma, or as the next sentence's first word)
    const opens = (tokens[j]!.sentence === s + 1 && j === a.sentenceTokens(s + 1)[0]) || (tokens[j]!.sentence === s && /[,.;:!?]/.test(a.source.slice(tokens[j - 1]!.end, tokens[j]!.start)));
    if (!opens || !PREDICATE.has(forms[j + 1] ?? '')) continue;
    const e = condemns(a, forms, j + 1, Math.min(last, j + 6));
    if (e >= 0) return [j, e];
  }
  return undefined;
}

/** The frames of each sentence, found once per analysis (by sentence, on first ask). */
const framesMemo = oncePerAnalysis((): (Frame[] | undefined)[] => []);

/** A condemning predicate from p (a copula or "maken"): its last word, or -1. */
function condemns(a: TextAnalysis, forms: readonly string[], p: number, end: number): number {
  const info = infos(a);
  let neg = false;
  const w0 = forms[p]!;
  const emotive = /^(maakt|maken|maakte|maakten)$/.test(w0);
  for (let j = p + 1; j <= Math.min(end, p + 5); j++) {
    const w = forms[j]!;
    if (NEG.has(w)) neg = true;
    if (emotive) {
      if (ME.has(w)) continue;
      if (EMOTION.has(w) && ME.has(forms[j - 1] ?? '')) return j;
      if (EMOTION.has(w) && ME.has(forms[j - 2] ?? '')) return j;
      continue;
    }
    if (/^(moet|moeten)$/.test(w0)) {
      if (STOP.has(w) || REMEDY.has(w)) return j;
      continue;
    }
    if (neg && POSITIVE_DENIED.has(w)) return j;
    if (!neg && (JUDGEMENT.has(w) || info[j]!.judge || info[j]!.groupOnly)) return j;
    if (!neg && EMOTION.has(w) && ME.has(forms[j - 1] ?? '')) return j;
  }
  return -1;
}

function framesOf(a: TextAnalysis, s: number): Frame[] | undefined {
  const all = framesMemo(a);
  if (s in all) return all[s];
  const forms = fm(a);
  const tokens = a.tokens;
  const [f, l] = a.sentenceTokens(s);
  const frames: Frame[] = [];
  // the end of the first clause after a comma ("…, doe dat niet meer" is the reporter's own)
  for (let k = f; k <= l; k++) {
    const w = forms[k]!;
    // a judged topic: DET … NOUN LINK … PREDICATE JUDGEMENT
    // (the link right after the noun, or after its participle: "een poll gemaakt over wie …")
    const link = TOPIC_LINK.has(forms[k + 1] ?? '') ? k + 1 : MADE.has(forms[k + 1] ?? '') && TOPIC_LINK.has(forms[k + 2] ?? '') ? k + 2 : -1;
    if (link > 0 && link <= l && reportHead(w)) {
      // the noun's start: a determiner before it (or before a compound modifier split off the same word)
      let h0 = k;
      while (h0 > f && tokens[h0 - 1]!.start === tokens[k]!.start) h0--;
      let d = h0 - 1;
      if (d >= f && !DET.has(forms[d]!) && infos(a)[d]!.polarity === 0 && d - 1 >= f && DET.has(forms[d - 1]!)) d--;
      if (d < f || !DET.has(forms[d]!)) continue;
      // the main predicate: the last copula or "maken" of the sentence before a comma, after the topic
      let p = -1;
      let end = l;
      for (let j = link + 1; j <= l; j++) {
        if (/[,.;:!?]/.test(a.source.slice(tokens[j - 1]!.end, tokens[j]!.start))) {
          end = j - 1;
          break;
        }
      }
      // (every condemning predicate after the topic: "… zijn echt ziek en moeten verwijderd worden")
      let found = false;
      for (let j = link + 1; j <= end; j++) {
        if (!PREDICATE.has(forms[j]!)) continue;
        p = j;
        const last = condemns(a, forms, p, end);
        if (last < 0) continue;
        frames.push({ judged: [p, coordinatedEnd(a, forms, last, end)], topic: [link, p - 1], head: [h0, k] });
        found = true;
      }
      if (!found) {
        // made by someone else and judged after it: "iemand heeft een poll gemaakt over wie de lelijkste is. dat vind ik gemeen"
        const judged = madeAndJudged(a, forms, f, k, link, l);
        if (judged) frames.push({ judged, topic: [link, judged[0] - 1], head: [h0, k], all: true });
      }
    }
    // an act of abuse as the subject of a singular copula, condemned: "X uitlachen is laf en gemeen", "vrouwen achterstellen is ouderwets"
    // (the act's infinitive ends the subject, or a prepositional phrase follows it: "Meisjes buitensluiten bij voetbal is …")
    let act = -1;
    if (SINGULAR_COPULA.has(w)) for (let j = k - 1; j >= Math.max(f, k - 4) && tokens[j]!.clause === tokens[k]!.clause && act < 0; j--) if (actInfinitive(forms, j)) act = j;
    if (act >= 0) {
      let end = l;
      for (let j = k + 1; j <= l; j++) {
        if (/[,.;:!?]/.test(a.source.slice(tokens[j - 1]!.end, tokens[j]!.start))) {
          end = j - 1;
          break;
        }
      }
      const last = condemns(a, forms, k, end);
      if (last >= 0) {
        let c0 = act;
        while (c0 > f && tokens[c0 - 1]!.clause === tokens[k]!.clause && !a.source.slice(tokens[c0 - 1]!.end, tokens[c0]!.start).includes(',')) c0--;
        frames.push({ judged: [k, coordinatedEnd(a, forms, last, end)], topic: [c0, k - 1], head: [act, act] });
      }
    }
    // a judged event: "het/dat" + predicate + condemnation + "dat/als …" with an act of abuse
    if (EXPLETIVE.has(w) && k + 1 <= l) {
      let p = -1;
      for (let j = k - 1; j <= k + 2 && j <= l; j++) if (j >= f && PREDICATE.has(forms[j]!)) p = j;
      if (p < 0) continue;
      const last = condemns(a, forms, Math.max(p, k), l);
      if (last < 0) continue;
      let comp = -1;
      for (let j = last + 1; j <= Math.min(l, last + 3); j++) if (COMPLEMENT.has(forms[j]!)) comp = j;
      if (comp < 0) continue;
      let act = false;
      for (let j = comp + 1; j <= l; j++) if (abuseAt(forms, j, comp + 1)) act = true;
      if (!act) continue;
      frames.push({ judged: [Math.min(p, k), last], topic: [comp + 1, l], head: [comp, comp] });
    }
  }
  all[s] = frames.length > 0 ? frames : undefined;
  return all[s];
}

/** Is the hit's core [first, last] covered by a judging frame over a report of hate? */
export function judgedTopic(a: TextAnalysis, first: number, last: number): boolean {
  const frames = framesOf(a, a.tokens[first]!.sentence);
  if (!frames) return false;
  const forms = fm(a);
  for (const fr of frames) {
    const inside = (r: [number, number]): boolean => first >= r[0] && last <= r[1];
    if (inside(fr.judged) || inside(fr.head)) return true;
    if (fr.all && inside(fr.topic)) return true;
    if (inside(fr.topic)) {
      // an act of abuse inside the topic: the core is the act ("uitgescholden") or its resultative ("belachelijk … gemaakt")
      for (let j = first; j <= Math.min(fr.topic[1], last + 3); j++) if (abuseAt(forms, j, fr.topic[0])) return true;
    }
  }
  return false;
}

/*
 * Reports of hate that are no abuse, read from the clause of the hit (`lexicon/report.json`):
 *
 * - a history lesson, the news or a witness (`historicalReport`): a source of the sentence or the one before
 *   ("bij geschiedenis", "de juf vertelde", "in de krant stond", "bij nieuwsbegrip lazen we", "in de
 *   middeleeuwen") and a hit whose clause tells what was done in the past or as a passive: a past
 *   auxiliary ("werden … verkocht", "waren bang"), or a present one with a participle ("zijn geklad",
 *   "is beklad"); not with a first person or the author's intent in the clause, nor a wish or a modal
 *   in the sentence ("… werden vergast, dat zou weer moeten"), nor laughter ("… kreeg een stijve haha");
 * - a judgement of what was just told (`eventJudged`): the hit is an adjective predicated of a
 *   demonstrative that points back at an earlier clause of the sentence ("…, ik vind dat zielig",
 *   "…, dat is echt gemeen"), in a clause without anyone named;
 * - nobody believes it (`nobodyBelieves`): "niemand (hier / in onze klas) vindt/denkt/zegt (dat) …"
 *   before the hit, with its complement.
 */

const SOURCE = W(report.source_frame.words);
const PAST_STRICT = W(['werd', 'werden', 'was', 'waren', 'had', 'hadden', 'moesten', 'mochten', 'kregen', 'kreeg']);
const PAST = W(report.past.words);
const INTENT = W(report.present_intent.words);
const INTENT_SENTENCE = W(report.present_intent.words.filter((w) => !/^(ik|we|wij|mijn|onze)$/.test(w)));
const DEMONSTRATIVE = W(report.demonstrative.words);
/** Laughter: the author enjoys what the sentence tells ("… kreeg een stijve haha"), no report. */
const LAUGHTER = W(bullying.classes.laughter.words);
const LAUGHTER_EMOJI: ReadonlySet<string> = new Set(bullying.classes.laughterEmoji.words);
const OPINION = W(['vindt', 'vind', 'vond', 'vonden', 'vinden', 'denkt', 'denk', 'dacht', 'gelooft', 'zegt', 'zei', 'beweert']);
const COPULA_JUDGE = W(['is', 'was', 'vind', 'vindt', 'vond', 'lijkt', 'blijft']);
const CLAUSE_END_PARTICLE = W(['hoor', 'joh', 'gewoon', 'zeg', 'echt', 'man', 'toch', 'he', 'hè']);

/** A participle: "opgepakt", "verkocht", "geklad", "beklad", "vervolgd". */
function participle(w: string): boolean {
  if (w.length < 5 || !/(d|t|en)$/.test(w)) return false;
  return /^(ge|be|ver|ont|her)/.test(w) || /^(op|af|uit|weg|in|aan|mis|neer|door|om)ge/.test(w);
}

function clauseOf(a: TextAnalysis, k: number): [number, number] {
  const t = a.tokens;
  let f = k;
  let l = k;
  while (f > 0 && t[f - 1]!.clause === t[k]!.clause) f--;
  while (l + 1 < t.length && t[l + 1]!.clause === t[k]!.clause) l++;
  return [f, l];
}

const CONDEMN = W(report.condemnation.words);
const DOERS = W(report.doers.words);
const DAMAGE_ACT = W(report.damageAct.words);
const SURROGATE = /[\uD800-\uDBFF]/;
/** Per sentence, once per analysis: 1 = it holds a source of a lesson or the news, 2 = the author's intent, a wish or laughter, 4 = "niemand", 8 = a word of condemnation. */
const reportSentences = oncePerAnalysis((a): Uint8Array => {
  const forms = fm(a);
  const tokens = a.tokens;
  const out = new Uint8Array(a.sentenceCount);
  for (let k = 0; k < tokens.length; k++) {
    const w = forms[k]!;
    if (SOURCE.has(w)) out[tokens[k]!.sentence]! |= 1;
    if (INTENT_SENTENCE.has(w) || LAUGHTER.has(w)) out[tokens[k]!.sentence]! |= 2;
    if (w === 'niemand') out[tokens[k]!.sentence]! |= 4;
    if (CONDEMN.has(w)) out[tokens[k]!.sentence]! |= 8;
  }
  // laughing emoji (only where the source holds a surrogate pair at all)
  if (SURROGATE.test(a.source)) {
    for (let k = 0; k < tokens.length; k++) {
      const to = k + 1 < tokens.length ? tokens[k + 1]!.start : a.source.length;
      for (let i = tokens[k]!.end; i < to - 1; i++) if (LAUGHTER_EMOJI.has(a.source.slice(i, i + 2))) out[tokens[k]!.sentence]! |= 2;
    }
  }
  return out;
});

export function historicalReport(a: TextAnalysis, first: number): boolean {
  const forms = fm(a);
  const s = a.tokens[first]!.sentence;
  const flags = reportSentences(a);
  if (!(flags[s]! & 1) && !(s > 0 && flags[s - 1]! & 1)) return false;
  if (flags[s]! & 2) return false;
  const [cf, cl] = clauseOf(a, first);
  let strict = false;
  let aux = false;
  let part = false;
  const targets = targetsOf(a, undefined);
  const info = infos(a);
  for (let j = cf; j <= cl; j++) {
    const w = forms[j]!;
    if (INTENT.has(w)) return false;
    // a named agent is an accusation, not a report of the past ("… gepest wordt door Sem")
    if (w === 'door' && (targets[j + 1]?.kind === 'name' || targets[j + 2]?.kind === 'name')) return false;
    if (PAST_STRICT.has(w)) strict = true;
    else if (PAST.has(w)) aux = true;
    // a judging adjective shaped like a participle ("verwaand", "gestoord") tells no act: "X is een verwaand wijf" is no report
    if (participle(w) && !info[j]!.judge && !info[j]!.judgeNoun) part = true;
  }
  return strict || (aux && part);
}

export function eventJudged(a: TextAnalysis, first: number, last: number): boolean {
  const forms = fm(a);
  const info = infos(a);
  const [cf, cl] = clauseOf(a, first);
  const [f] = a.sentenceTokens(a.tokens[first]!.sentence);
  if (cf <= f) return false;
  // an adjective, not a judging noun ("dat is tuig"), closing its clause; a judging word at all ("het is tijd voor remigratie" judges no event)
  if (info[first]!.judgeNoun || info[last]!.judgeNoun) return false;
  if (!(info[last]!.judge || info[last]!.state || info[last]!.groupOnly || info[last]!.polarity < 0)) return false;
  for (let j = last + 1; j <= cl; j++) if (!CLAUSE_END_PARTICLE.has(forms[j]!)) return false;
  // a verbless judgement ("…, heel zielig", "…, echt vreselijk") after a clause that reports the past from a lesson or the news
  let verbless = true;
  for (let j = cf; j < first && verbless; j++) if (!CLAUSE_END_PARTICLE.has(forms[j]!) && !/^(heel|erg|zo|best|super|wel|nogal|echt|toch|ontzettend|vreselijk|gewoon)$/.test(forms[j]!)) verbless = false;
  if (verbless && historicalReport(a, cf - 1)) return true;
  // "dat is (echt) gemeen", "ik vind dat (zo) zielig", "dat vind ik gemeen"
  let demonstrative = -1;
  for (let j = cf; j < first; j++) {
    if (!DEMONSTRATIVE.has(forms[j]!)) continue;
    const before = forms[j - 1] ?? '';
    const after = forms[j + 1] ?? '';
    // (a clause may open at the demonstrative: "ik vind | dat zielig")
    if ((j === cf && COPULA_JUDGE.has(after)) || (COPULA_JUDGE.has(before) && j > f && a.tokens[j - 1]!.sentence === a.tokens[j]!.sentence && (j - 1 >= cf || j === cf))) demonstrative = j;
  }
  if (demonstrative < 0) return false;
  const targets = targetsOf(a, undefined);
  for (let j = cf; j <= cl; j++) if (targets[j] && targets[j]!.kind !== 'third' && j !== demonstrative) return false;
  return true;
}

export function nobodyBelieves(a: TextAnalysis, first: number): boolean {
  if (!(reportSentences(a)[a.tokens[first]!.sentence]! & 4)) return false;
  const forms = fm(a);
  const [f] = a.sentenceTokens(a.tokens[first]!.sentence);
  for (let j = f; j < first; j++) {
    if (forms[j] !== 'niemand') continue;
    // (its complement: "niemand vindt dat …"; not "niemand zou het erg vinden als …")
    // or its object and predicate: "niemand vindt jou lelijk" (not "niemand zou het erg vinden als jij …")
    for (let v = j + 1; v <= Math.min(first, j + 5); v++) if (OPINION.has(forms[v]!) && (forms[v + 1] === 'dat' || (first > v && first <= v + 2 && !/^(als|dat|wanneer|of|het)$/.test(forms[v + 1]!)))) return true;
  }
  return false;
}


/**
 * The doers condemned: a first person's shame, anger or disgust at people ("ik schaam me voor de
 * mensen die …", "ik ben boos op de jongens die …") whose relative clause tells an act of abuse or
 * damage; a hit within the frame (the feeling up to the end of the relative clause) is the
 * author's condemnation, not hate ("… die de muur van de moskee hebben beklad"). A relative clause
 * without such an act ("… die nog moslims binnenlaten") is no condemnation of abuse.
 */
export function condemnedDoers(a: TextAnalysis, first: number, last: number): boolean {
  if (!(reportSentences(a)[a.tokens[first]!.sentence]! & 8)) return false;
  const forms = fm(a);
  const tokens = a.tokens;
  const [f, l] = a.sentenceTokens(tokens[first]!.sentence);
  for (let e = f; e <= Math.min(first, l); e++) {
    if (!CONDEMN.has(forms[e]!)) continue;
    // a first person feels it
    let me = false;
    for (let j = Math.max(f, e - 3); j <= Math.min(l, e + 2); j++) if (/^(ik|we|wij|me|mij)$/.test(forms[j]!)) me = true;
    if (!me) continue;
    // "voor/van/op/over (de/die) <doers> die …"
    for (let p = e + 1; p <= Math.min(l, e + 4); p++) {
      if (!/^(voor|van|op|over|aan)$/.test(forms[p]!)) continue;
      const d = /^(de|die|deze|al|alle|dat|het)$/.test(forms[p + 1] ?? '') ? p + 2 : p + 1;
      if (d > l || !DOERS.has(forms[d]!) || forms[d + 1] !== 'die') continue;
      let end = d + 1;
      let act = false;
      while (end + 1 <= l && tokens[end + 1]!.clause === tokens[d + 1]!.clause) end++;
      for (let j = d + 2; j <= end; j++) if (DAMAGE_ACT.has(forms[j]!) || abuseAt(forms, j, d + 2)) act = true;
      if (act && first >= e && last <= end) return true;
    }
  }
  return false;
}
