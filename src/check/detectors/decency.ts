/**
 * Decency (A7): does a draft bully, insult, hurt, stalk, threaten, defame or
 * otherwise harm a person, a group or the school?
 *
 * What it catches, sentence by sentence:
 * - slurs (always), and ambiguous slurs in an insulting frame ("typisch voor een pot");
 * - disease curses ("k@nkerlijer", "krijg de tyfus", "kkr"), blocked when aimed at
 *   someone, otherwise a request to rewrite;
 * - insults aimed at a person or group ("jij bent een sukkel", "meester X is een nietsnut");
 * - negative judgements of a person or group: "X zijn (zo) walgelijk / afval / niets waard",
 *   "vieze X", "typisch voor een X om zo dom te zijn", "X zoals jij zijn ...";
 * - hatred ("ik haat / verafschuw / walg van X", "je maakt me ziek");
 * - violence and threats ("ik wil alle X doden", "we moeten X ophangen", "ik sla je in
 *   elkaar", "ik weet waar je woont", "dan zal ze het weten");
 * - denial of rights and worth ("mensenrechten niet voor X", "levens van X niets waard");
 * - defamation: accusing a named person of crimes or abuse ("meester R. heeft een kind geslagen");
 * - social exclusion ("niemand moet met hem praten", "wie wil met X spelen? niemand haha");
 * - curses at the school ("kankerschool"), words that insult only when said to someone
 *   ("jij bent een autist"), judgements of a group named in the sentence before ("… een
 *   moslim. Wat een beest was dat.").
 *
 * What it deliberately lets pass:
 * - negation ("X zijn geen dieven", "er is geen haat voor X", "het tegenovergestelde van dom");
 * - counter-speech and quotation ("stop met X walgelijk noemen", "iemand schreef '...',
 *   zulke reacties verwijderen wij");
 * - hate aimed at things ("ik haat maandagen", "mijn koptelefoon is uitschot", "we moeten de
 *   foto's ophangen");
 * - innocent homonyms of slurs ("een pot pindakaas", "de pot met kwasten"), words that fold
 *   into listed ones ("appen", "best", "kleren"), things as objects ("foto's geschoten"),
 *   intensifiers ("idioot veel", "dikke vriendjes"), judging an idea ("een walgelijke gedachte");
 * - neutral or positive mentions of groups ("homo's zijn net zo welkom").
 *
 * Spelling tricks are undone by normalisation (leet, spaces, repeats) and by the
 * fuzzy corrector (one letter dropped, added or swapped).
 */
import type { TextAnalysis } from '../analysis.js';
import { negatedBefore, negatedInClause, isCounterSpeech, schoolNamesInSentence, targetAt, targetsIn, firstPersonInSentence, type Target } from './context.js';
import { curseCompound, ABSTRACT, AMBIGUOUS_FOLLOW, AMBIGUOUS_FRAME, ARTICLE, CURSE_VERB, DEMONSTRATIVE, HEALTH_NEAR, MEDICAL_HEAD, POINTS_BACK_OBJECT, SITUATION_OBJECT, THREAT_AUX, hasCatIn, PARTICIPLE, PLACE, previousGroup, sameSentence, schoolTargetOf, skipIntensifiers, subjectTarget, thingIsObject } from './decency-reading.js';
import { isExactDutchWord } from '../lexicon/dictionary.js';
import { fm, innocentSense, judgedReport, personSense, readStructure, targetsOf, thingBefore } from '../reading/structure.js';
import { wordInfo } from '../reading/words.js';
import { readOtherLanguage } from '../reading/english-hook.js';
import { readBullyingInto } from '../reading/bullying.js';
import { abusiveCompound, B_ABUSE, harmTriggers, playedIn } from '../reading/harm.js';
import { curseAtNoOne } from '../reading/thing.js';
import { vocativeAt } from '../reading/threat.js';
import { animalOfAnimal, readAddressInsults, readBinominal, readEpithets } from '../reading/reference-address.js';
import { slurOfSelf } from '../reading/reference-self.js';
import { readNoneGood } from '../reading/reference-none.js';
import { slangIntensifier } from '../reading/reference-slang.js';
import { rolePlayed } from '../reading/reference-role.js';
import readingData from '../lexicon/reading.json' with { type: 'json' };
import { readLearned } from '../learned/hook.js';
import { readRhetoricalQuestions } from '../reading/question-rhetoric.js';
import { readMockPraise } from '../reading/mock-praise.js';
import { readKeepOut } from '../reading/exclusion-keepout.js';
import { readVeiledThreats } from '../reading/threat-veiled.js';
import { readAversion } from '../reading/aversion.js';

/** Disease words that curse only glued onto another word (`reading.json` `curseCompoundOnly`). */
const CURSE_COMPOUND_ONLY: ReadonlySet<string> = new Set(readingData.curseCompoundOnly.words);

export type DecencyKind =
  | 'slur'
  | 'curse'
  | 'profanity'
  | 'insult'
  | 'derogation'
  | 'hate'
  | 'violence'
  | 'threat'
  | 'defamation'
  | 'exclusion'
  | 'dehumanisation'
  | 'sexual';

export interface DecencyHit {
  kind: DecencyKind;
  first: number;
  last: number;
  /** Blocking harm, or only coarse language worth rewriting. */
  severity: 'block' | 'revise';
  certain: boolean;
  target?: Target;
}

/** Threat phrases that are vague on their own: a finding, but marked uncertain. */
const SOFT = new Set(['wacht maar tot', 'wacht maar af', 'je zal zien', 'pas maar op', 'kijk maar uit', 'gaat het mis', 'dan gaat het mis', 'je hebt geluk dat', 'kantoor uit', 'komt er wat van']);

export function detectDecency(a: TextAnalysis, authorId?: string): DecencyHit[] {
  const hits: DecencyHit[] = [];
  const tokens = a.tokens;
  /** Record a hit unless its core words are reported in order to reject them. */
  const push = (h: DecencyHit, core: { first: number; last: number } = h): void => {
    if (isCounterSpeech(a, core.first, core.last) || judgedReport(a, core.first, core.last)) return;
    // harm played in a game ("In Fortnite blaas ik iedereen op", "ik schiet je af bij trefbal")
    if ((h.kind === 'threat' || h.kind === 'violence') && playedIn(a, fm(a), Math.min(h.first, core.first), Math.max(h.last, core.last))) return;
    // an ambiguous slur in its innocent sense ("de Mongolen op de steppe", "een aap in de dierentuin")
    if (core.first === core.last && innocentSense(a, core.first)) return;
    // a judging word as an intensifier of praise: "ziek goed", "gestoord hoe mooi" (reading/reference-slang.ts)
    if (core.first === core.last && (h.kind === 'insult' || h.kind === 'derogation') && slangIntensifier(a, core.first)) return;
    // a judging word of a role played on a stage, with praise: "ze speelt de heks … super eng, bravo!" (reading/reference-role.ts)
    if (h.kind === 'insult' && !a.has(core.last, 'insultNoun') && !a.has(core.last, 'slurStrong') && rolePlayed(a, tokens[core.first]!.sentence)) return;
    // an animal said of an animal: "onze hond is een luie zeekoe" (reading/reference-address.ts)
    if ((h.kind === 'dehumanisation' || h.kind === 'insult') && animalOfAnimalIn(Math.min(h.first, core.first), Math.max(h.last, core.last) + 1)) return;
    // the trigger speaks about a quotation that holds the target ("haat zoals 'X zijn ...'")
    if (h.target && tokens[h.target.token]!.quoted !== tokens[core.first]!.quoted) return;
    hits.push(h);
  };
  /** An animal word in [from, to] (at most a few words) said of an animal or a thing, not of a person. */
  const animalOfAnimalIn = (from: number, to: number): boolean => {
    for (let k = from; k <= to && k <= from + 8 && k < tokens.length; k++) if (animalOfAnimal(a, k)) return true;
    return false;
  };
  const anyTargetInSentence = (k: number, exclude: number, excludeTo = exclude): Target | undefined => {
    const [f, l] = a.sentenceTokens(tokens[k]!.sentence);
    // a "ze" that stands for the things of the sentence before is no one (reading/structure.ts resolvePronouns)
    const resolved = targetsOf(a, authorId);
    return targetsIn(a, f, l, authorId).find((t) => (t.token < exclude || t.token > excludeTo) && !(t.kind === 'third' && resolved[t.token] === undefined)) ?? extendedTarget(f, l, exclude, excludeTo);
  };
  /** Everyone and kinds of people the lists do not hold ("iedereen", "jouw soort"; reading/harm.ts everyoneTargets). */
  const extendedTarget = (f: number, l: number, exclude: number, excludeTo = exclude): Target | undefined => {
    const resolved = targetsOf(a, authorId);
    for (let j = f; j <= l; j++) if ((j < exclude || j > excludeTo) && resolved[j] && (resolved[j]!.kind === 'person' || resolved[j]!.kind === 'group') && !targetAt(a, j, authorId) && !a.has(j, 'schoolTarget')) return resolved[j];
    return undefined;
  };

  // 1. slurs
  for (const p of a.matches('slurStrong')) {
    const ambiguous = a.has(p.first, 'slurAmbiguous') && p.first === p.last;
    if (negatedBefore(a, p.first, 2)) continue;
    if (ambiguous) {
      const prev = tokens[p.first - 1];
      const next = tokens[p.last + 1];
      const framed = prev !== undefined && sameSentence(a, p.first, p.first - 1) && AMBIGUOUS_FRAME.has(prev.norm);
      const endsClause = next === undefined || next.clause !== tokens[p.last]!.clause || AMBIGUOUS_FOLLOW.has(next.norm);
      if (!(framed && endsClause) && !personSense(a, p.first)) continue;
    }
    // said of oneself, reclaimed: "als trotse X loop ik mee", "wij X van groep 8" (reading/reference-self.ts)
    if (slurOfSelf(a, p.first, p.last)) continue;
    push({ kind: 'slur', first: p.first, last: p.last, severity: 'block', certain: true, target: anyTargetInSentence(p.first, p.first, p.last) });
  }

  // 2. disease curses
  for (const p of a.matches('curseStem')) {
    const tok = tokens[p.first]!;
    const stem = p.term.replace(/\*$/, '');
    const compound = tok.norm.length > stem.length + 1 && tok.norm.startsWith(stem.replace(/([a-z])\1/g, '$1'));
    // "KWF Kankerbestrijding", "kankeronderzoek", "pokkenvaccin": medicine, not a curse
    if (compound && MEDICAL_HEAD.test(tok.norm.slice(stem.replace(/([a-z])\1/g, '$1').length))) continue;
    // "aids" alone is the disease (biology, health); glued onto a word ("aidsleraar") a curse
    // split from one written word by the glue reading ("aids" + "virus"): the same test on the head
    const head = tokens[p.first + 1]?.start === tok.start ? tokens[p.first + 1] : undefined;
    if (head && MEDICAL_HEAD.test(head.norm)) continue;
    if (!compound && !head && CURSE_COMPOUND_ONLY.has(stem)) continue;
    if (!compound) {
      const [f, l] = a.sentenceTokens(tok.sentence);
      let health = false;
      let curseVerb = false;
      for (let j = f; j <= l; j++) {
        if (j === p.first) continue;
        if (HEALTH_NEAR.has(tokens[j]!.norm) && Math.abs(j - p.first) <= 3) health = true;
        if (CURSE_VERB.has(tokens[j]!.norm)) curseVerb = true;
      }
      if (health && !curseVerb) continue; // "zijn moeder heeft kanker": health, see A2
      // "kleren" is not "klere-", "pokken" not "pokke-": another real word, unless it is wished on someone
      const raw = a.source.slice(tok.start, tok.end).toLowerCase();
      const wished = tokens.slice(f, l + 1).some((t) => /^kr(ij|e)g/.test(t.norm)) || tokens[p.last + 1]?.norm === 'op';
      if (!wished && raw !== stem && isExactDutchWord(raw)) continue;
    }
    // aimed at someone, or at the school ("kankerschool", "wat een tyfus school")
    const target = anyTargetInSentence(p.first, p.first) ?? schoolTargetOf(a, p.first, p.last);
    // glued onto a slur or an insult ("kankermongool", "teringmongolen") the curse is abuse of whoever it names
    const abuse = abusiveCompound(wordInfo(tok.raw, tok.norm).form);
    // aimed at no one: an exclamation ("Tering, wat is het koud") or glued onto a thing ("kankerweer"; reading/thing.ts)
    if (!target && !abuse && curseAtNoOne(a, p.first, stem.replace(/([a-z])\1/g, '$1').length)) continue;
    push({ kind: abuse ? 'insult' : 'curse', first: p.first, last: p.last, severity: target || abuse ? 'block' : 'revise', certain: true, target });
  }

  // 2a. a group word glued onto a slur or an insult ("moslimhoer", "jodenlijers"): abuse, like a slur
  const HT = harmTriggers(a);
  for (const k of HT.list) {
    if (!(HT.mask[k]! & B_ABUSE) || a.has(k, 'curseStem') || a.has(k, 'slurStrong') || negatedBefore(a, k, 2)) continue;
    push({ kind: 'insult', first: k, last: k, severity: 'block', certain: true, target: anyTargetInSentence(k, k) });
  }

  // 3. insults aimed at a person
  for (const p of a.matches('insultNoun')) {
    // a vocative clause of its own is not negated by the clause before it ("Ik kan jullie niet uitstaan, profiteurs")
    const [vf, vl] = a.sentenceTokens(tokens[p.first]!.sentence);
    const ownClause = tokens[p.first - 1] !== undefined && tokens[p.first - 1]!.clause !== tokens[p.first]!.clause && vocativeClause(a, p.first, vf, vl);
    if (!ownClause && (negatedBefore(a, p.first, 2) || negatedInClause(a, p.first, p.first, p.last))) continue;
    // "idioot veel huiswerk", "debiel goed": the word as an intensifier
    if (a.matches('negEvalException', tokens[p.first]!.sentence).some((e) => e.first <= p.first && e.last >= p.first)) continue;
    const [f, l] = a.sentenceTokens(tokens[p.first]!.sentence);
    // or the school and its people ("De Sterren is een kutschool vol idioten"), not the object of a
    // preposition ("een plek voor iedereen, ook voor sukkels zoals ik")
    const prepBefore = p.first > 0 && /^(vo?or|met|tegen|naar|bij|over|van|zoals|als)$/.test(tokens[p.first - 1]!.norm);
    const target = anyTargetInSentence(p.first, p.first, p.last) ?? previousGroup(a, p.first, authorId) ?? (prepBefore ? undefined : schoolTargetOf(a, p.first, p.last)) ?? schoolPeople(a, p.first);
    const vocative = l - f <= 2 || vocativeClause(a, p.first, f, l);
    // "De kat van mijn oma is een luilak": said of an animal or a thing that a person owns
    if (ownedThingSubject(a, f, p.first)) continue;
    const typical = a.matches('typicalFrame', tokens[p.first]!.sentence).length > 0;
    if (!target && !vocative && !typical) continue;
    push({ kind: 'insult', first: p.first, last: p.last, severity: 'block', certain: true, target });
  }

  // 3a. words that insult only when said to someone: "jij bent echt een autist"
  for (const p of a.matches('insultSecond')) {
    if (negatedBefore(a, p.first, 2) || negatedInClause(a, p.first, p.first, p.last)) continue;
    const clause = tokens[p.first]!.clause;
    const [f, l] = a.sentenceTokens(tokens[p.first]!.sentence);
    const you = targetsIn(a, f, l, authorId).find((t) => t.kind === 'second' && tokens[t.token]!.clause === clause);
    // the noun with an article ("een autist"), not a description ("jij bent autist en dat is oké")
    if (!you || a.isQuestion(tokens[p.first]!.sentence) || !ARTICLE.has(tokens[p.first - 1]?.norm ?? '')) continue;
    push({ kind: 'insult', first: Math.min(you.token, p.first), last: p.last, severity: 'block', certain: true, target: you }, p);
  }

  // 3b. an animal or a judging noun said to someone as a vocative, with a judging adjective or a collective: "Hou je mond, vuile kakkerlak"
  for (let k = 1; k < tokens.length; k++) {
    if (!(a.has(k - 1, 'negEval') || a.has(k - 1, 'profanityAdj') || /^(stelletje|stel|vuile|vieze|smerige|stomme)$/.test(tokens[k - 1]!.norm))) continue;
    const w = wordInfo(tokens[k]!.raw, tokens[k]!.norm);
    if (!(w.animal || (w.judgeNoun && !w.needsAdjective && !a.has(k, 'insultNoun')))) continue;
    const [f, l] = a.sentenceTokens(tokens[k]!.sentence);
    if (a.has(k - 2, 'determiner') && tokens[k - 2]!.norm === 'een') continue;
    if (!vocativeClause(a, k, f, l) || negatedInClause(a, k, k, k)) continue;
    push({ kind: 'insult', first: k - 1, last: k, severity: 'block', certain: true, target: anyTargetInSentence(k, k - 1, k) });
  }

  // 3b'. an animal or a judging noun after an addressing "jij"/"jullie": "jij stomme ezel", "jij garnalenbrein" (reading/reference-address.ts)
  for (const h of readAddressInsults(a)) {
    if (negatedInClause(a, h.head, h.head, h.head)) continue;
    push({ kind: 'insult', first: h.pronoun, last: h.head, severity: 'block', certain: true, target: targetAt(a, h.pronoun, authorId) ?? { token: h.pronoun, kind: 'second' } }, { first: h.head, last: h.head });
  }

  // 3b''. readings that take the resolved targets (reading/reference-none.ts, reading/reference-address.ts)
  const resolved = targetsOf(a, authorId);
  // a whole group denied every good: "er is geen enkele X die deugt"
  for (const h of readNoneGood(a, resolved)) {
    push({ kind: 'derogation', first: h.quantifier, last: h.good, severity: 'block', certain: true, target: targetAt(a, h.group, authorId) ?? { token: h.group, kind: 'group' } }, { first: h.quantifier, last: h.good });
  }
  // "zo'n vieze rat van een Turk": N1 said of N2
  for (const h of readBinominal(a, resolved)) {
    push({ kind: 'insult', first: h.head, last: h.target, severity: 'block', certain: true, target: targetAt(a, h.target, authorId) ?? resolved[h.target] }, { first: h.head, last: h.head });
  }
  // an epithet pointing at someone named in the sentence or the one before: "… Niemand wil zulke zielepoten zien"
  // (a negated clause keeps it: the epithet describes its referent whatever the clause says of it)
  for (const h of readEpithets(a, resolved)) {
    // (an epithet that stands for itself, "die sukkel moet weg", names the one it points at)
    const self = h.antecedent === h.head ? { token: h.head, kind: 'person' as const } : undefined;
    push({ kind: 'insult', first: h.det, last: h.head, severity: 'block', certain: true, target: targetAt(a, h.antecedent, authorId) ?? resolved[h.antecedent] ?? self }, { first: h.head, last: h.head });
  }

  // 3c. a judging noun alone after a comma at the end of a sentence, said to the reader: "…, viespeuken."
  for (let s = 0; s < a.sentenceCount; s++) {
    const [f, l] = a.sentenceTokens(s);
    if (l - f < 2 || a.has(l, 'insultNoun') || a.has(l, 'determiner')) continue;
    if (!a.source.slice(tokens[l - 1]!.end, tokens[l]!.start).includes(',')) continue;
    const w = wordInfo(tokens[l]!.raw, tokens[l]!.norm);
    if (!w.judgeNoun || w.needsAdjective || a.isQuestion(s)) continue;
    push({ kind: 'insult', first: l, last: l, severity: 'block', certain: true, target: anyTargetInSentence(l, l) });
  }

  // 4. negative judgements of a person or group
  const judged = new Set<number>();
  for (const cat of ['negEval', 'dehumanNoun', 'worthless', 'profanityAdj']) {
    for (const p of a.matches(cat)) {
      if (judged.has(p.first)) continue;
      if (cat !== 'worthless' && (negatedBefore(a, p.first, 2) || negatedInClause(a, p.first, p.first, p.last))) continue;
      // a negated negative: "niet minder waard", "zeker niet minder waard dan"
      if (cat === 'worthless' && /^minder/.test(p.term) && negatedBefore(a, p.first, 2)) continue;
      if (a.matches('negEvalException', tokens[p.first]!.sentence).some((e) => e.first <= p.first && e.last >= p.first)) continue;
      // "als iemand Canadezen pest": right after its subject, without an article, the word is a verb ("pesten")
      if (cat === 'dehumanNoun' && p.first === p.last && p.first > 0 && sameSentence(a, p.first, p.first - 1) && targetAt(a, p.first - 1, authorId) && !a.has(p.first - 1, 'determiner')) continue;
      // "hij is geen mens die snel opgeeft", "geen mens om …": a kind of person restricted by what follows, not humanity denied
      if (cat === 'dehumanNoun' && /^geen /.test(p.term) && /^(die|dat|om|van|voor)$/.test(tokens[p.last + 1]?.norm ?? '') && sameSentence(a, p.last, p.last + 1)) continue;
      const head = skipIntensifiers(a, p.last, 1, 2);
      if (cat === 'negEval' && head < tokens.length && sameSentence(a, p.last, head) && ABSTRACT.has(tokens[head]!.norm)) continue;
      let target = cat === 'profanityAdj' ? undefined : subjectTarget(a, p.first, p.last, authorId);
      // attributive: "vieze vrouwen", "verdomde X"
      if (!target && (cat === 'negEval' || cat === 'profanityAdj')) {
        const nx = skipIntensifiers(a, p.last, 1, 2);
        const t = nx < tokens.length && sameSentence(a, p.last, nx) ? targetAt(a, nx, authorId) : undefined;
        if (t && (t.kind === 'group' || t.kind === 'person' || t.kind === 'name')) target = t;
      }
      // "Typisch voor een X om zo dom te zijn", "X met enige macht zijn een bedreiging"
      if (!target && cat !== 'profanityAdj' && a.matches('typicalFrame', tokens[p.first]!.sentence).length > 0) {
        const [f] = a.sentenceTokens(tokens[p.first]!.sentence);
        target = targetsIn(a, f, p.first - 1, authorId).find((t) => t.kind !== 'third');
      }
      // "Ik ontmoette een moslim. Wat een vies beest was dat."
      if (!target && cat !== 'profanityAdj') target = previousGroup(a, p.first, authorId);
      // "testen op X voordat we ze op dieren testen"
      if (!target && cat === 'dehumanNoun') {
        const [f, l] = a.sentenceTokens(tokens[p.first]!.sentence);
        if (hasCatIn(a, 'comparison', f, l)) target = targetsIn(a, f, l, authorId).find((t) => t.kind === 'group');
      }
      if (!target) continue;
      // "ik haat spruitjes, ze zijn walgelijk": "ze" stands for people only after people
      if (target.kind === 'third' && (thingBefore(a, target.token, authorId) || targetsOf(a, authorId)[target.token] === undefined)) continue;
      judged.add(p.first);
      push({ kind: cat === 'dehumanNoun' || cat === 'worthless' ? 'dehumanisation' : target.kind === 'group' ? 'derogation' : 'insult', first: p.first, last: p.last, severity: 'block', certain: true, target });
    }
  }

  // 5. hatred
  for (const p of a.matches('hateVerb')) {
    // "niets erger dan X", "kan X niet uitstaan", "liever dood dan ...": the negation is the hatred
    const comparative = /minder|erger|meer dan|liever|uitstaan|luchten|verdragen/.test(p.term);
    if (!comparative && (negatedBefore(a, p.first, 3) || negatedInClause(a, p.first, p.first, p.last))) continue;
    const s = tokens[p.first]!.sentence;
    const [, l] = a.sentenceTokens(s);
    let target: Target | undefined;
    const next = tokens[p.last + 1];
    // "ik haat het als mensen …", "ik walg van dit soort dingen": the object is a situation
    if (next !== undefined && next.sentence === s && SITUATION_OBJECT.has(next.norm)) continue;
    const objectMe = /maak|maken| me$/.test(p.term) || (next !== undefined && next.sentence === s && (next.norm === 'me' || next.norm === 'mij'));
    if (comparative && !objectMe) {
      // the target may sit in a following clause ("liever dood dan dat ik met een X uitga")
      for (let j = p.last + 1; j <= l && !target; j++) target = targetAt(a, j, authorId);
      if (!target) for (let j = p.first - 1; j >= a.sentenceTokens(s)[0] && !target; j--) target = targetAt(a, j, authorId);
      // "mijn oma kan … niet verdragen": someone else's endurance, with no first person, is no hatred of the author's
      if (/uitstaan|luchten|verdragen/.test(p.term) && !tokens.some((t) => t.clause === tokens[p.first]!.clause && /^(ik|we|wij)$/.test(t.norm))) continue;
      // "kan de hitte in Marokko niet verdragen": a place in a prepositional phrase is not what is endured
      if (target && target.token < p.first && /^(in|uit|naar|op|bij)$/.test(tokens[target.token - 1]?.norm ?? '') && !a.has(target.token - 1, 'determiner')) continue;
    } else if (objectMe) {
      // the subject is the target: "je maakt me ziek", "X zoals jij walgen me"
      for (let j = p.first - 1; j >= Math.max(0, p.first - 4) && !target; j--) {
        const t = sameSentence(a, p.first, j) ? targetAt(a, j, authorId) : undefined;
        if (t && t.kind !== 'second') target = t;
        else if (t && j === p.first - 1) target = t;
      }
    } else if (next !== undefined && next.sentence === s && POINTS_BACK_OBJECT.has(next.norm)) {
      // "behalve als ze homo zijn, dan walg ik ervan": the object points back in the sentence
      for (let j = p.first - 1; j >= a.sentenceTokens(s)[0] && !target; j--) {
        const t = targetAt(a, j, authorId);
        if (t?.kind === 'group') target = t;
      }
    } else {
      const clause = tokens[p.last]!.clause;
      // "gehad met die zwarte mensen": a demonstrative right after is not a relative clause
      // ("ik veracht al die X": "al" before the demonstrative)
      const dem = next !== undefined && next.norm === 'al' && next.sentence === s ? tokens[p.last + 2] : next;
      const demonstrative = dem !== undefined && DEMONSTRATIVE.has(dem.norm) ? dem.clause : clause;
      for (let j = p.last + 1; j <= Math.min(l, p.last + 9) && !target && (tokens[j]!.clause === clause || tokens[j]!.clause === demonstrative); j++) target = targetAt(a, j, authorId);
    }
    // "ik haat deze kankerschool": a curse glued onto the school
    if (!target && !objectMe) for (let j = p.last + 1; j <= Math.min(l, p.last + 3) && !target; j++) if (curseCompound(a, j)) target = schoolTargetOf(a, j, j);
    if (!target) continue;
    // "ik haat vrouwen niet"
    const after = tokens[target.token + 1];
    if (after && after.sentence === s && a.has(target.token + 1, 'negator')) continue;
    push({ kind: 'hate', first: Math.min(p.first, target.token), last: Math.max(p.last, target.token), severity: 'block', certain: true, target }, p);
  }

  // 6. violence against people
  const wish = (k: number): boolean => a.matches('deathWish', tokens[k]!.sentence).length > 0 || firstPersonInSentence(a, k);
  for (const p of a.matches('violence')) {
    if (negatedBefore(a, p.first, 4) || negatedInClause(a, p.first, p.first, p.last)) continue;
    if (thingIsObject(a, p.first, p.last)) continue;
    // "mijn vader vermoordt me als …": the author as the object of someone else's verb is no one else harmed
    if (/^(me|mij|ons)$/.test(fm(a)[p.last + 1] ?? '') && !/^(ik|we|wij)$/.test(tokens[p.first - 1]?.norm ?? '') && !/^(ik|we|wij)$/.test(fm(a)[p.last + 2] ?? '')) continue;
    // "aan het timmeren slaan": to start doing something
    if (tokens[p.last + 1]?.norm === 'an' && tokens[p.last + 2]?.norm === 'het') continue;
    // a past participle without a wish, a modal or a first person reports events ("in de oorlog vermoord")
    // ("ik vermoord …" is the present tense, not a participle)
    if (p.first === p.last && PARTICIPLE.test(tokens[p.first]!.norm) && !/^(ik|we|wij)$/.test(tokens[p.first - 1]?.norm ?? '') && !['deathWish', 'strongWish', 'violenceModal'].some((c) => a.matches(c, tokens[p.first]!.sentence).length > 0)) continue;
    const strongWish = a.matches('strongWish', tokens[p.first]!.sentence).length > 0;
    const ambiguous = p.first === p.last ? a.has(p.first, 'violenceAmbiguous') : a.matches('violenceAmbiguous', tokens[p.first]!.sentence).some((v) => v.first === p.first && v.last === p.last);
    let target: Target | undefined;
    if (ambiguous && strongWish) {
      // a name addressed after a comma at the sentence's end is no victim ("… ophangen aan de kapstok, Jesse")
      target = targetsIn(a, ...a.sentenceTokens(tokens[p.first]!.sentence), authorId).find((t) => (t.kind !== 'second' || firstPersonInSentence(a, p.first)) && !vocativeAt(a, t.token));
    } else if (ambiguous) {
      if (!wish(p.first)) continue;
      for (let j = p.first - 1; j >= Math.max(0, p.first - 3) && sameSentence(a, p.first, j); j--) {
        const t = targetAt(a, j, authorId);
        if (t && t.kind !== 'second') {
          target = t;
          break;
        }
        if (a.has(j, 'determiner') && !t) break;
      }
      // "ik ga alle moslims in deze stad afmaken": the victim further back in the clause
      if (!target && firstPersonInSentence(a, p.first)) {
        const clause = tokens[p.first]!.clause;
        for (let j = p.first - 1; j >= 0 && sameSentence(a, p.first, j) && tokens[j]!.clause === clause && !target; j--) {
          const t = targetAt(a, j, authorId);
          if (t && (t.kind === 'group' || t.kind === 'name')) target = t;
        }
      }
      // "ik sla Levi", "ik schop hem": the victim right after a first-person verb
      if (!target && firstPersonInSentence(a, p.first)) {
        for (let j = p.last + 1; j <= p.last + 2 && sameSentence(a, p.first, j) && !target; j++) {
          if (a.has(j, 'determiner')) break;
          const t = targetAt(a, j, authorId);
          if (t && (t.kind === 'name' || t.kind === 'third')) target = t;
        }
      }
      // "ik ga je (zo hard) slaan", "ik zal je steken": a first-person threat at "je"
      if (!target && firstPersonInSentence(a, p.first)) {
        const [f0] = a.sentenceTokens(tokens[p.first]!.sentence);
        for (let j = p.first - 1; j >= Math.max(f0, p.first - 5) && !target; j--) {
          const t = targetAt(a, j, authorId);
          if (t?.kind === 'second' && j > f0 && THREAT_AUX.has(tokens[j - 1]!.norm)) target = t;
        }
      }
    } else {
      target = anyTargetInSentence(p.first, p.first, p.last);
      // "hij"/"ze" in another clause may be a thing ("ik wil die bank doden, hij is kapot")
      if (target && target.kind === 'third' && tokens[target.token]!.clause !== tokens[p.first]!.clause) {
        const [f0, l0] = a.sentenceTokens(tokens[p.first]!.sentence);
        target = targetsIn(a, f0, l0, authorId).find((t) => t.kind !== 'third' || tokens[t.token]!.clause === tokens[p.first]!.clause);
      }
      // a lone "je" as subject ("als je ...") needs a first-person threatener
      if (target && target.kind === 'second' && !firstPersonInSentence(a, p.first)) {
        const others = targetsIn(a, ...a.sentenceTokens(tokens[p.first]!.sentence), authorId).filter((t) => t.kind !== 'second');
        target = others[0];
      }
    }
    if (!target) continue;
    // "Bram en ik slaan …": a co-subject of the first person is no victim
    if ((tokens[target.token + 1]?.norm === 'en' && /^(ik|wij|we)$/.test(tokens[target.token + 2]?.norm ?? '')) || (tokens[target.token - 1]?.norm === 'en' && /^(ik|wij|we)$/.test(tokens[target.token - 2]?.norm ?? ''))) continue;
    const accusation = a.matches('accusation', tokens[p.first]!.sentence).length > 0;
    push({ kind: accusation ? 'defamation' : 'violence', first: Math.min(p.first, target.token), last: Math.max(p.last, target.token), severity: 'block', certain: true, target }, p);
  }

  // 7. threats
  for (const p of a.matches('threatPhrase')) {
    if (negatedBefore(a, p.first, 2)) continue;
    // "ik ga dood van het lachen": a death by a cause is hyperbole (reading.json `deathHyperbole`)
    if (/^(ga|gaan|ging|gingen|gaat) dood/.test(p.term) && hyperbole(a, p.last)) continue;
    // "in de film kreeg de boef een pak slaag": blows received or given in the past, told by no first person, are a report
    if (pastBlow(a, p.first)) continue;
    const soft = SOFT.has(p.term);
    push({ kind: 'threat', first: p.first, last: p.last, severity: 'block', certain: !soft, target: anyTargetInSentence(p.first, p.first, p.last) });
  }
  // separable: "sla ik je in elkaar", "ik maak hem af"
  for (const v of a.matches('separableThreatVerb')) {
    const s = tokens[v.first]!.sentence;
    const [f, l] = a.sentenceTokens(s);
    if (!firstPersonInSentence(a, v.first)) continue;
    let obj: Target | undefined;
    let particle = -1;
    for (let j = v.last + 1; j <= Math.min(l, v.last + 6); j++) {
      const t = targetAt(a, j, authorId);
      if (!obj && t) obj = t;
      else if (obj && a.has(j, 'separableThreatParticle')) {
        particle = j;
        break;
      }
    }
    if (obj && particle >= 0 && !negatedBefore(a, v.first, 3)) {
      push({ kind: 'threat', first: Math.max(f, v.first), last: particle, severity: 'block', certain: true, target: obj }, v);
    }
  }

  // 8. denial of rights, worth and trust; negated positives ("X verdienen geen respect")
  for (const cat of ['denyRights', 'distrust', 'negPos']) {
    for (const p of a.matches(cat)) {
      const s = tokens[p.first]!.sentence;
      const [f, l] = a.sentenceTokens(s);
      if (cat === 'denyRights' && !hasCatIn(a, 'negator', f, l)) continue;
      const target = targetsIn(a, f, l, authorId).find((t) => t.kind === 'group' || (cat !== 'negPos' && t.kind !== 'second')) ?? extendedTarget(f, l, -1);
      if (!target) continue;
      // "X horen niet op onze school" without insults is a view against the mission (C2),
      // for others a judgement call; "X horen niet thuis in een beschaafd land" is derogation,
      // and so is telling someone to get lost ("die X van groep 8 moet oprotten")
      const schoolContext = cat === 'negPos' && a.matches('schoolContextWord', s).length > 0 && a.has(p.first, 'belonging');
      push({ kind: cat === 'negPos' ? 'derogation' : 'dehumanisation', first: p.first, last: p.last, severity: 'block', certain: !schoolContext, target });
    }
  }

  // 8a. a group denied a positive quality: "geen enkele X kan ooit een waardevol lid zijn",
  //     "X zijn niet slim", "X zijn geen echte mensen"
  for (const p of a.matches('posEval')) {
    const s = tokens[p.first]!.sentence;
    const [f, l] = a.sentenceTokens(s);
    const clause = tokens[p.first]!.clause;
    const target = targetsIn(a, f, l, authorId).find((t) => t.kind === 'group' && tokens[t.token]!.clause === clause);
    if (!target) continue;
    let negator = -1;
    for (let j = f; j <= l; j++) if (tokens[j]!.clause === clause && a.has(j, 'negator') && !(a.isQuestion(s) && tokens[j]!.norm === 'niet')) negator = j;
    if (negator < 0) continue;
    // the negator must govern the quality or the group ("geen enkele X", "niet slim"), not a comparison ("niet minder slim")
    const governs = (negator < p.first && p.first - negator <= 4) || (negator < target.token && target.token - negator <= 2);
    if (!governs || tokens.slice(negator, p.first).some((t) => t.norm === 'minder' || t.norm === 'even' || t.norm === 'net')) continue;
    // "geen slechte mensen": the negation denies the negative word before the noun, not its humanity
    let negativeBetween = false;
    // (also a word that judges a group only: "geen zieke mensen")
    for (let j = negator + 1; j < p.first; j++) if (a.has(j, 'negEval') || wordInfo(tokens[j]!.raw, tokens[j]!.norm).judge || wordInfo(tokens[j]!.raw, tokens[j]!.norm).groupOnly) negativeBetween = true;
    if (negativeBetween) continue;
    push({ kind: 'dehumanisation', first: Math.min(target.token, negator), last: p.last, severity: 'block', certain: true, target }, p);
  }

  // 8b. anger at a group ("X vullen me met woede"), vermin verbs ("zwermen X infesteren"),
  //     "te veel X in dit land"
  for (const cat of ['angerEmotion', 'dehumanVerb', 'tooMany']) {
    for (const p of a.matches(cat)) {
      const s = tokens[p.first]!.sentence;
      const [f, l] = a.sentenceTokens(s);
      if (negatedInClause(a, p.first, p.first, p.last)) continue;
      // "daar word ik kwaad om", "ik ben daar boos over": the emotion is about what happened, pointed back at
      if (cat === 'angerEmotion' && emotionAboutEvent(a, p.first)) continue;
      if (cat === 'angerEmotion' && !firstPersonInSentence(a, p.first) && !targetsIn(a, f, l).some((t) => t.kind === 'second')) {
        if (!tokens.slice(f, l + 1).some((t) => t.norm === 'me' || t.norm === 'mij')) continue;
      }
      let target = targetsIn(a, f, l, authorId).find((t) => t.kind === 'group');
      // "te veel p0tten in dit land": an ambiguous slur counted in a country or town is people, not jars
      if (!target && cat === 'tooMany' && tokens.slice(f, l + 1).some((t) => PLACE.has(t.norm))) {
        const slur = a.matches('slurAmbiguous', s).find((m) => m.first > p.last && m.first - p.last <= 2 && /^(in|hier|op|rond)$/.test(tokens[m.last + 1]?.norm ?? ''));
        if (slur) target = { token: slur.first, kind: 'group' };
      }
      if (!target) continue;
      push({ kind: cat === 'angerEmotion' ? 'hate' : cat === 'dehumanVerb' ? 'dehumanisation' : 'derogation', first: Math.min(p.first, target.token), last: Math.max(p.last, target.token), severity: 'block', certain: true, target }, p);
    }
  }

  // 9. defamation without violence words ("X steelt geld", "X is een pedo")
  for (const p of a.matches('accusation')) {
    if (hits.some((h) => h.kind === 'defamation' && h.first <= p.last && h.last >= p.first)) continue;
    if (negatedBefore(a, p.first, 2)) continue;
    // "een klap van de deur": the one who did it is a thing, no one accused
    if (p.term.endsWith(' van')) {
      const j = a.has(p.last + 1, 'determiner') ? p.last + 2 : p.last + 1;
      if (j < tokens.length && !targetAt(a, j, authorId) && !targetsOf(a, authorId)[j]) continue;
    }
    const target = anyTargetInSentence(p.first, p.first, p.last);
    if (!target || target.kind === 'group') continue;
    push({ kind: 'defamation', first: p.first, last: p.last, severity: 'block', certain: target.kind === 'name' || target.kind === 'person', target });
  }

  // 10. social exclusion of a child ("niemand moet met hem praten")
  for (const p of a.matches('exclusionBully')) {
    // "we mogen niemand buitensluiten"
    if (negatedBefore(a, p.first, 3)) continue;
    const target = anyTargetInSentence(p.first, -1);
    if (!target) continue;
    push({ kind: 'exclusion', first: p.first, last: p.last, severity: 'block', certain: true, target });
  }

  // 10a. the mocking question and its answer: "wie wil er met Fleur spelen? niemand haha"
  for (let s = 1; s < a.sentenceCount; s++) {
    const [f, l] = a.sentenceTokens(s);
    // the answer is a bare "niemand" (with laughter), not "niemand heeft zich nog opgegeven"
    if (tokens[f]!.norm !== 'niemand' || l - f > 2 || !a.isQuestion(s - 1)) continue;
    const [qf, ql] = a.sentenceTokens(s - 1);
    if (!tokens.slice(qf, ql + 1).some((t) => t.norm === 'wie')) continue;
    const target = targetsIn(a, qf, ql, authorId).find((t) => t.kind === 'name' || t.kind === 'third' || t.kind === 'second');
    if (!target || !tokens.slice(qf, target.token).some((t) => t.norm === 'met' || t.norm === 'naast' || t.norm === 'bij')) continue;
    push({ kind: 'exclusion', first: target.token, last: Math.min(l, f), severity: 'block', certain: true, target });
  }

  // 11. the structural reading: what a clause says of a target, by word class (reading/structure.ts)
  for (const h of readStructure(a, authorId)) push({ kind: h.kind, first: h.first, last: h.last, severity: 'block', certain: true, target: h.target }, h.core);
  // 11'. rhetorical questions that presuppose a burden: "wanneer vertrekken die X eindelijk?", "hoe lang moeten we X nog slikken?" (reading/question-rhetoric.ts)
  for (const h of readRhetoricalQuestions(a, authorId)) push({ kind: h.kind, first: h.first, last: h.last, severity: 'block', certain: true, target: h.target }, h.core);
  // 11''. mock praise: praise of a person beside a put-down of them, without a concession (reading/mock-praise.ts)
  for (const h of readMockPraise(a, authorId)) push({ kind: h.kind, first: h.first, last: h.last, severity: 'block', certain: true, target: h.target }, h.core);
  // 11'''. a person kept out: nobody lets them in, removed from a group, treated as air (reading/exclusion-keepout.ts)
  for (const h of readKeepOut(a, authorId)) push({ kind: h.kind, first: h.first, last: h.last, severity: 'block', certain: true, target: h.target }, h.core);
  // 11''''. a veiled threat: a menace with a place or time where the person is exposed (reading/threat-veiled.ts)
  for (const h of readVeiledThreats(a, authorId)) push({ kind: h.kind, first: h.first, last: h.last, severity: 'block', certain: true, target: h.target }, h.core);
  // 11'''''. aversion to a group said by the author: "ik verdraag ze niet", "die kan ik niet uitstaan" (reading/aversion.ts)
  for (const h of readAversion(a, authorId)) push({ kind: h.kind, first: h.first, last: h.last, severity: 'block', certain: true, target: h.target }, h.core);
  // 11a. bullying of one person without an insult word: self-harm urged, threats by consequence, humiliation, exclusion;
  //     and its look-alikes withdrawn: kind forecasts, insults said of oneself (reading/bullying.ts)
  readBullyingInto(a, authorId, hits, push);
  // 12. English sentences, and Dutch sexual content (reading/english-hook.ts)
  readOtherLanguage(a, authorId, hits, push);
  // 13. the learned reading, when nothing above blocks (learned/hook.ts)
  readLearned(a, authorId, hits, push);

  return dedupe(hits);
}

/** Verbs of working or being somewhere, for the people of a place ("werken er op de Sterren", "lopen er rond bij …"). */
const PRESENCE_VERB = new Set(['werken', 'werkt', 'zitten', 'zit', 'lopen', 'loopt', 'rondlopen', 'staan', 'staat', 'zijn', 'is', 'rond', 'wonen', 'heersen', 'regeren', 'geven', 'lesgeven']);
/** A past verb of receiving or giving in the clause before k, and no first person in the sentence ("kreeg de boef een pak slaag"). */
function pastBlow(a: TextAnalysis, k: number): boolean {
  const tokens = a.tokens;
  const forms = fm(a);
  let past = false;
  for (let j = k - 1; j >= 0 && j >= k - 5 && tokens[j]!.clause === tokens[k]!.clause; j--) if (/^(kreeg|kregen|gekregen|gaf|gaven|gegeven|verkocht)$/.test(forms[j]!)) past = true;
  return past && !firstPersonInSentence(a, k);
}

/** The sentence opens with an animal or a thing, then "van" + its owner, and a copula before k: the subject is not a person. */
function ownedThingSubject(a: TextAnalysis, f: number, k: number): boolean {
  const tokens = a.tokens;
  let j = f;
  if (j < k && a.has(j, 'determiner')) j++;
  if (j + 1 >= k) return false;
  const w = wordInfo(tokens[j]!.raw, tokens[j]!.norm);
  if (!(w.animal || w.thing) || tokens[j + 1]!.norm !== 'van') return false;
  for (let i = j + 2; i < k; i++) if (a.has(i, 'copula')) return true;
  return false;
}

/** "daar/dat/hier … om/over/van" or "daarom/daarover" in the clause of an emotion: its object is an event, not a group. */
function emotionAboutEvent(a: TextAnalysis, k: number): boolean {
  const tokens = a.tokens;
  const clause = tokens[k]!.clause;
  let pointer = false;
  let prep = false;
  for (let j = k - 4; j <= k + 3; j++) {
    if (j < 0 || j >= tokens.length || tokens[j]!.clause !== clause) continue;
    const w = tokens[j]!.norm;
    if (/^(dar|hier|er)(om|over|van)$/.test(w)) return true;
    if (w === 'dar' || w === 'hier' || (w === 'er' && j < k)) pointer = true;
    if (j > k && /^(om|over|van)$/.test(w)) prep = true;
  }
  return pointer && prep;
}

const PRIORITY: DecencyKind[] = ['threat', 'violence', 'defamation', 'slur', 'hate', 'dehumanisation', 'sexual', 'curse', 'insult', 'derogation', 'exclusion', 'profanity'];

/** One hit per place: overlapping hits keep the most serious kind. */
function dedupe(hits: DecencyHit[]): DecencyHit[] {
  // a blocking hit outweighs a request to rewrite at the same place ("Iedereen … is een kankerlijer": the insult, not the curse),
  // and of one kind a certain hit a vague one ("Pas maar op …, morgen ben jij aan de beurt": the menace, not the soft phrase alone)
  const sorted = [...hits].sort((x, y) => (y.severity === 'block' ? 1 : 0) - (x.severity === 'block' ? 1 : 0) || PRIORITY.indexOf(x.kind) - PRIORITY.indexOf(y.kind) || (y.certain ? 1 : 0) - (x.certain ? 1 : 0));
  const kept: DecencyHit[] = [];
  for (const h of sorted) if (!kept.some((k) => h.first <= k.last && h.last >= k.first)) kept.push(h);
  return kept.sort((x, y) => x.first - y.first);
}

/**
 * An insult said to someone as a vocative clause of its own: the insult noun's clause holds only
 * determiners, adjectives, intensifiers and a collective ("stelletje"), beside another clause of the
 * sentence ("Ga weg, stelletje mislukte sukkels", "Rot op, vieze sukkel"); not before a relative
 * "die" ("Sukkel die ik ben, …").
 */
function vocativeClause(a: TextAnalysis, k: number, f: number, l: number): boolean {
  const tokens = a.tokens;
  const clause = tokens[k]!.clause;
  let cf = k;
  let cl = k;
  while (cf > f && tokens[cf - 1]!.clause === clause) cf--;
  while (cl < l && tokens[cl + 1]!.clause === clause) cl++;
  if (cf === f && cl === l) return false;
  if (cf !== f && cl !== l) return false;
  if (cl < l && /^(die|dat|wat)$/.test(tokens[cl + 1]!.norm)) return false;
  for (let j = cf; j <= cl; j++) {
    if (j === k) continue;
    const w = wordInfo(tokens[j]!.raw, tokens[j]!.norm);
    if (a.has(j, 'determiner') || a.has(j, 'intensifier') || a.has(j, 'insultNoun') || /^(stelletje|stel|bende|zootje|vuile|vieze|smerige|stomme|jij|jullie|zon)$/.test(w.form) || w.judge || /e$/.test(w.form)) continue;
    return false;
  }
  return true;
}

/**
 * The people of the school named by an insult: "Bij de Sterren geven alleen maar sukkels les" (the
 * school behind a locative preposition in the clause of the insult), "De Sterren: een school vol
 * idioten, geleid door eikels" (after "vol"/"voor"/"door" in a sentence about the school); not
 * "ook voor sukkels zoals ik".
 */
function schoolPeople(a: TextAnalysis, k: number): Target | undefined {
  const tokens = a.tokens;
  const s = tokens[k]!.sentence;
  const refs = [...a.matches('schoolTarget', s), ...schoolNamesInSentence(a, s)];
  // one clause: no boundary between the school and the insult but a particle "(alleen) maar"
  const oneClause = (m: { first: number; last: number }): boolean => {
    for (let j = m.last + 1; j <= k; j++) if (tokens[j]!.clause !== tokens[j - 1]!.clause && !(tokens[j]!.norm === 'mar' && tokens[j - 1]!.norm === 'alen')) return false;
    return true;
  };
  if (refs.length === 0) return undefined;
  if (/^(zoals|als)$/.test(tokens[k + 1]?.norm ?? '')) return undefined;
  const prev = tokens[k - 1]?.norm ?? '';
  const [f, l] = a.sentenceTokens(s);
  const around = (j: number): string => (j >= f && j <= l ? tokens[j]!.norm : '');
  // after "vol", "voor" or "door" (over "alleen maar"), with the school named in the sentence
  const afterPrep = /^(vol|vor|dor|met)$/.test(prev) || (/^(vol|vor|dor|met)$/.test(around(k - 3)) && around(k - 1) === 'mar');
  if (afterPrep) return { token: refs[0]!.first, kind: 'school' };
  // the school behind a locative preposition in the insult's clause: its people
  for (const m of refs) {
    const before = around(m.first - 1);
    if (oneClause(m) && /^(bij|op|in|van)$/.test(before) && m.first < k && !/^(vo?or|met|tegen|naar|bij|over|van|zoals|als)$/.test(prev)) return { token: m.first, kind: 'school' };
    // the insult first, a verb of working or presence, the school behind a locative: "Wat een stelletje idioten werken er op de Sterren"
    if (m.first > k && m.first - k <= 8 && /^(bij|op|in)$/.test(before) && !/^(vo?or|met|tegen|naar|bij|over|van|zoals|als)$/.test(prev)) {
      let present = false;
      let same = true;
      for (let j = k + 1; j < m.first; j++) {
        if (tokens[j]!.clause !== tokens[k]!.clause) same = false;
        if (PRESENCE_VERB.has(fm(a)[j]!)) present = true;
      }
      if (same && present && !negatedInClause(a, k, k, m.first)) return { token: m.first, kind: 'school' };
    }
  }
  return undefined;
}

const HYPERBOLE_CAUSE: ReadonlySet<string> = new Set(readingData.deathHyperbole.causes);
/** "… dood van het lachen / van verveling": a cause after "van" right after k. */
function hyperbole(a: TextAnalysis, k: number): boolean {
  const t = a.tokens;
  if (t[k + 1]?.norm !== 'van') return false;
  for (let j = k + 2; j <= k + 3 && j < t.length; j++) if (HYPERBOLE_CAUSE.has(wordInfo(t[j]!.raw, t[j]!.norm).form)) return true;
  return false;
}
