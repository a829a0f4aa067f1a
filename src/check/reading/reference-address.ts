/**
 * Insults said to someone as an address (#9, form): a second-person pronoun ("jij", "jullie")
 * directly before a noun phrase that names the addressee as an animal or a judging noun —
 * "Yusuf, jij stomme ezel", "ga weg jij vieze rat", "jullie luie varkens", "jij garnalenbrein".
 *
 * The structure: the pronoun, then judging adjectives (any inflected "-e" adjective the word
 * classes judge, or a listed negative one), then the head: an animal (`reading.json` `animal`), a
 * judging noun, or an animal compound whose head is a word for the mind or the face
 * (`addressInsult.mindHeads`: "kippenbrein", "apenkop"). Without an adjective the pronoun must open
 * its clause or follow a name, an interjection or an imperative's particle — "heb jij katten?" and
 * "jij mag de koe tekenen" are a pronoun as subject, not an address; "jullie" only with the noun ending
 * its clause ("jullie honden blaffen" is a possessive). Not in a negated clause and not
 * after a copula ("jij bent een echte leeuw" is read by the copula reading, praise included).
 *
 * Cost: one pass over the tokens; the compound test runs only on a noun right after the pronoun.
 */
import type { TextAnalysis } from '../analysis.js';
import readingData from '../lexicon/reading.json' with { type: 'json' };
import { squeeze, wordSet } from '../text/normalize.js';
import { wordInfo } from './words.js';
import humiliationData from '../lexicon/humiliation.json' with { type: 'json' };

const SECOND = wordSet(['jij', 'jullie']);
const JIJ = 'jij';
const MIND_HEADS = wordSet(readingData.addressInsult.mindHeads);
/** Words before the pronoun after which it is an address, not an inverted subject. */
const OPENERS = wordSet(['he', 'hey', 'hee', 'hoi', 'ey', 'yo', 'ja', 'nee', 'kijk', 'hallo', 'weg', 'op', 'nou', 'man', 'joh', 'zeg', 'ach', 'ah', 'oh', 'o']);
const COPULA_LIKE = wordSet(['bent', 'ben', 'is', 'zijn', 'was', 'waren', 'blijft', 'lijkt', 'wordt', 'word']);
const NEGATORS = wordSet(['niet', 'geen', 'nooit', 'niks', 'niets']);

export interface AddressInsult {
  /** The pronoun. */
  pronoun: number;
  /** The head noun. */
  head: number;
}

/** An animal compound that names a mind or a face: "kippenbrein", "garnalenbrein", "apenkop". */
function animalMindCompound(form: string): boolean {
  if (form.length < 7) return false;
  for (let cut = 3; cut <= form.length - 3; cut++) {
    if (!MIND_HEADS.has(form.slice(cut))) continue;
    const mod = form.slice(0, cut);
    for (const m of [mod, mod.replace(/(en|s|e)$/, '')]) if (m.length >= 3 && wordInfo(m, m).animal) return true;
  }
  return false;
}

const VERMIN = humiliationData.classes.verminCompound;
/** Adjectives of filth, disease and vermin ("schurftige", "slijmerige"): judging in an address. */
const FILTH = wordSet(humiliationData.classes.dirt.words.filter((w) => w.endsWith('e')));
const VERMIN_MODIFIERS = wordSet(VERMIN.modifiers);
const VERMIN_HEADS = wordSet(VERMIN.heads);
const VERMIN_NOT = wordSet(VERMIN.notInsult);
const verminMemo = new Map<string, boolean>();
/**
 * A compound that names a person by vermin, a disease or filth (`humiliation.json`
 * `verminCompound`): "luizenbaal", "vlooienzak", "pestbuil", "schurftkop", "etterbak". A modifier
 * of the class (with its linking "-en"/"-s"), then a head for a person, a body or a container;
 * "luizenkam" and "vlooienmarkt" have a head of things, "pestkop" is the word for a bully. At most
 * one split per letter of the word, memoised per form.
 */
export function verminCompound(form: string): boolean {
  if (form.length < 6) return false;
  let r = verminMemo.get(form);
  if (r !== undefined) return r;
  r = false;
  // (the word classes are squeezed as the text is: "vlooien" is held as "vloien")
  const w = squeeze(form.replace(/-/g, ''));
  if (!VERMIN_NOT.has(w)) {
    for (let cut = 3; cut <= w.length - 3 && !r; cut++) {
      if (!VERMIN_HEADS.has(w.slice(cut))) continue;
      const mod = w.slice(0, cut);
      r = VERMIN_MODIFIERS.has(mod) || (mod.endsWith('s') && VERMIN_MODIFIERS.has(mod.slice(0, -1)));
    }
  }
  if (verminMemo.size > 10_000) verminMemo.clear();
  verminMemo.set(form, r);
  return r;
}

/** Address insults of a text, in token order. */
export function readAddressInsults(a: TextAnalysis): AddressInsult[] {
  const tokens = a.tokens;
  const n = tokens.length;
  const out: AddressInsult[] = [];
  const nameEnds = new Set<number>();
  for (const m of a.names) nameEnds.add(m.last);
  for (let k = 0; k + 1 < n; k++) {
    // a name right before a compound of vermin or of the mind that ends its clause: "Bram luizenbaal, …"
    if (nameEnds.has(k) && tokens[k + 1]!.clause === tokens[k]!.clause && (k + 2 >= n || tokens[k + 2]!.clause !== tokens[k]!.clause)) {
      const form = a.wordInfos[k + 1]!.form;
      if ((k === 0 || tokens[k - 1]!.clause !== tokens[k]!.clause) && (verminCompound(form) || animalMindCompound(form))) {
        out.push({ pronoun: k, head: k + 1 });
        continue;
      }
    }
    if (!SECOND.has(tokens[k]!.norm)) continue;
    const clause = tokens[k]!.clause;
    let j = k + 1;
    let adjectives = 0;
    while (j < n && tokens[j]!.clause === clause && j - k <= 3) {
      const w = a.wordInfos[j]!;
      const f = tokens[j]!.norm;
      if ((w.judge && /e$/.test(f)) || a.has(j, 'negEval') || a.has(j, 'profanityAdj') || FILTH.has(f)) {
        adjectives++;
        j++;
        continue;
      }
      break;
    }
    if (j >= n || tokens[j]!.clause !== clause) continue;
    const head = a.wordInfos[j]!;
    const isHead = head.animal || (head.judgeNoun && !head.needsAdjective) || a.has(j, 'insultNoun') || animalMindCompound(head.form) || verminCompound(head.form);
    if (!isHead) continue;
    // "jullie" is also a possessive ("jullie honden blaffen"): an address only when the noun ends its clause
    if (tokens[k]!.norm !== JIJ && j + 1 < n && tokens[j + 1]!.clause === clause) continue;
    // a bare noun: the pronoun opens its clause, or follows a name, an interjection or "weg"/"op"
    if (adjectives === 0) {
      const prev = k - 1;
      const opens = prev < 0 || tokens[prev]!.clause !== clause || OPENERS.has(tokens[prev]!.norm) || a.names.some((m) => m.last === prev);
      if (!opens) continue;
    }
    // not after a copula or a negation in the clause before the pronoun ("ben jij een ezel?" has an article anyway)
    let blocked = false;
    for (let i = k - 1; i >= 0 && tokens[i]!.clause === clause; i--) if (COPULA_LIKE.has(tokens[i]!.norm) || NEGATORS.has(tokens[i]!.norm)) blocked = true;
    if (blocked || a.isQuestion(tokens[k]!.sentence) && adjectives === 0) continue;
    out.push({ pronoun: k, head: j });
  }
  return out;
}

const EPITHET_DET = wordSet(['die', 'dat', 'deze', 'dit', 'zulke', 'zulk', 'zon']);
/** Demonstratives that point at one present referent (not "zulke"/"zo'n", which generalise). */
const DEICTIC = wordSet(['die', 'dat', 'deze', 'dit']);
const PREPOSITIONS = wordSet(['in', 'op', 'bij', 'onder', 'naast', 'achter', 'voor', 'uit', 'met', 'van', 'aan', 'over', 'tegen', 'naar']);

export interface Epithet {
  /** The demonstrative. */
  det: number;
  /** The head noun. */
  head: number;
  /** The person or group it stands for. */
  antecedent: number;
}

/**
 * An epithet that points at someone named in the sentence or the one before (#9, reference):
 * "De kinderen uit de speciale klas gaan mee. Niemand wil zulke zielepoten zien", "kijk dat
 * kippenbrein weer, Jesse snapt er niks van", "Ken je de Polen hiernaast? Zulke zuiplappen …". A
 * demonstrative or "zulke"/"zo'n", then judging adjectives, then a judging noun, an animal compound
 * of the mind, or an animal with a judging adjective before it; the antecedent is the nearest person
 * or group target (`targets`, the shared reading) back in the sentence or the one before, or forward
 * in the same sentence. Not after a preposition, not before one (an animal "in de wei"), not an
 * animal after an animal was named ("Lotte heeft een hond. Die vieze hond blaft"). A negated clause
 * keeps it: the epithet describes its referent whatever the clause says. One pass over the tokens.
 */
export function readEpithets(a: TextAnalysis, targets: readonly ({ kind: string } | undefined)[]): Epithet[] {
  const tokens = a.tokens;
  const n = tokens.length;
  const out: Epithet[] = [];
  let lastTarget = -1;
  // an animal named before ("een hond … die vieze hond") is what an animal epithet points at
  let lastAnimal = -1;
  for (let k = 0; k + 1 < n; k++) {
    if (a.wordInfos[k]!.animal && !EPITHET_DET.has(tokens[k - 1]?.norm ?? '')) lastAnimal = k;
    const tk = targets[k];
    if (tk && tk.kind !== 'second' && tk.kind !== 'school' && tk.kind !== 'third') lastTarget = k;
    // an exclamative "wat een" is a demonstrative too ("…, wat een luie koe")
    const exclamative = tokens[k]!.norm === 'en' && tokens[k - 1]?.norm === 'wat' && tokens[k - 1]!.clause === tokens[k]!.clause;
    if (!EPITHET_DET.has(tokens[k]!.norm) && !exclamative) continue;
    if (!exclamative && k > 0 && tokens[k - 1]!.clause === tokens[k]!.clause && (PREPOSITIONS.has(tokens[k - 1]!.norm) || NEGATORS.has(tokens[k - 1]!.norm))) continue;
    const clause = tokens[k]!.clause;
    let j = k + 1;
    let adjectives = 0;
    while (j < n && j - k <= 3 && tokens[j]!.clause === clause) {
      const w = a.wordInfos[j]!;
      // (an uninflected judging adjective before a neuter noun that needs one: "wat een onbenullig mens")
      const neuter = j + 1 < n && a.wordInfos[j + 1]!.needsAdjective;
      // a judging noun that is also a judging word ("idioot") is the head when no noun follows it
      const after = j + 1 < n && tokens[j + 1]!.clause === clause ? a.wordInfos[j + 1]! : undefined;
      if (w.judgeNoun && !w.needsAdjective && !(after && (after.judgeNoun || after.animal || after.thing))) break;
      if ((w.judge && (/e$/.test(tokens[j]!.norm) || neuter)) || a.has(j, 'negEval') || a.has(j, 'profanityAdj')) {
        adjectives++;
        j++;
        continue;
      }
      break;
    }
    if (j >= n || tokens[j]!.clause !== clause || targets[j]) continue;
    const head = a.wordInfos[j]!;
    const vermin = verminCompound(head.form);
    const judging = (head.judgeNoun && (!head.needsAdjective || adjectives > 0)) || animalMindCompound(head.form) || vermin;
    const noun = judging || (head.animal && adjectives > 0 && lastAnimal < 0);
    if (!noun) continue;
    // an animal before a preposition is a place ("die vieze koe in de wei"); a judging noun keeps its
    // affiliation ("die idioot van groep 8", "die sukkel naast me")
    if (!judging && j + 1 < n && tokens[j + 1]!.clause === clause && PREPOSITIONS.has(tokens[j + 1]!.norm)) continue;
    // the antecedent: back in this sentence or the one before, else forward in this sentence
    let ante = lastTarget >= 0 && lastTarget < k && tokens[lastTarget]!.sentence >= tokens[k]!.sentence - 1 ? lastTarget : -1;
    if (ante < 0) {
      for (let i = j + 1; i < n && tokens[i]!.sentence === tokens[k]!.sentence; i++) {
        const ti = targets[i];
        if (ti && ti.kind !== 'second' && ti.kind !== 'school') {
          ante = i;
          break;
        }
      }
    }
    // an exclamative names someone said before in its own sentence ("Juf X laat ons tekenen, wat een luie koe"),
    // with a judging word on its noun ("wat een schande" judges an act)
    if (exclamative && (adjectives === 0 || ante < 0 || tokens[ante]!.sentence !== tokens[k]!.sentence || ante > k)) continue;
    // no one named: a demonstrative before a judging noun points at someone present ("die sukkel moet weg",
    // "deze stomme eikel heeft …"); the epithet stands for itself
    if (ante < 0 && judging && !exclamative && DEICTIC.has(tokens[k]!.norm) && !head.animal) ante = j;
    if (ante >= 0) out.push({ det: k, head: j, antecedent: ante });
  }
  return out;
}

const COPULA_ANIMAL = wordSet(['is', 'zijn', 'was', 'waren', 'lijkt', 'lijken', 'blijft']);
/**
 * An animal said of an animal or a thing, not of a person: the copula of the animal word at k has an
 * animal or a thing right before it as its subject ("onze hond is een luie zeekoe", "Ravi zijn kat is
 * net een dikke big", "de cavia van Ruben is een …"). Constant work: a look back over at most six words of the clause.
 */
export function animalOfAnimal(a: TextAnalysis, k: number): boolean {
  const tokens = a.tokens;
  if (!a.wordInfos[k]?.animal) return false;
  const clause = tokens[k]!.clause;
  for (let j = k - 1; j >= 1 && j >= k - 6 && tokens[j]!.clause === clause; j--) {
    if (!COPULA_ANIMAL.has(tokens[j]!.norm)) continue;
    // the subject's head right before the copula, or before its owner ("de cavia van Ruben is …")
    let s = j - 1;
    if (s >= 2 && tokens[s - 1]!.norm === 'van' && tokens[s - 2]!.clause === clause && a.wordInfos[s - 2]!.animal) s -= 2;
    const subject = a.wordInfos[s]!;
    return tokens[s]!.clause === clause && (subject.animal || subject.thing) && !a.has(s, 'personNoun');
  }
  return false;
}

/**
 * The Dutch binominal "een N1 van een N2" ("zo'n vieze rat van een Turk", "dat kreng van een
 * buurvrouw"): N1 — an animal, a judging noun or an insult — is said of N2, a person or a group.
 * An animal after a bare "een" needs a judging adjective ("een hond van een buurman" is owned).
 * Constant work per "van".
 */
export function readBinominal(a: TextAnalysis, targets: readonly ({ kind: string } | undefined)[]): { head: number; target: number }[] {
  const tokens = a.tokens;
  const out: { head: number; target: number }[] = [];
  for (let k = 1; k + 2 < tokens.length; k++) {
    if (tokens[k]!.norm !== 'van' || tokens[k + 1]!.norm !== 'en') continue;
    const t = targets[k + 2];
    if (!t || t.kind === 'second' || t.kind === 'school' || t.kind === 'third') continue;
    const h = a.wordInfos[k - 1]!;
    if (!(h.animal || (h.judgeNoun && !h.needsAdjective) || a.has(k - 1, 'insultNoun') || verminCompound(h.form))) continue;
    // a determiner (or judging adjectives after one) before N1: "een / zo'n / dat (vieze) N1"
    let j = k - 2;
    while (j >= 0 && (a.wordInfos[j]!.judge || a.has(j, 'negEval'))) j--;
    if (j < 0 || (!EPITHET_DET.has(tokens[j]!.norm) && tokens[j]!.norm !== 'en')) continue;
    // an animal after a bare "een" may be owned ("een hond van een buurman"): only with a judging adjective
    if (h.animal && !h.judgeNoun && tokens[j]!.norm === 'en' && j === k - 2) continue;
    out.push({ head: k - 1, target: k + 2 });
  }
  return out;
}
