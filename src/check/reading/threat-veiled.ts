/**
 * Veiled threats against one person (#9, decency A7 "bedreigen"): a consequence for the person at a
 * place or a time where they are exposed, read by structure from word classes
 * (`lexicon/veiled.json`). A PERSON (a roster name, "jij/je", a teacher) or their family ("je
 * broertje", "jouw zusje") in a sentence with a MENACE and an EXPOSURE:
 *
 * - menace: mock regret over a condition ("zou jammer zijn als …", "zonde als …"); a warning to look
 *   around or behind ("kijk maar goed om je heen", "kijk achter je"); knowing the person's times or
 *   route ("we weten hoe laat jij …", "ik weet welke route je loopt"); a menacing emoji (a devil, a
 *   knife, an hourglass);
 * - exposure: being alone ("alleen", "in je eentje"), a place of the way home or out of sight ("naar
 *   huis", "in de kleedkamer", "over het plein", "bij het fietsenhok"), a time of it ("straks", "na
 *   school", "vanavond"); for knowing, also in the next sentence ("… en dat je altijd alleen bent").
 *
 * A fixed countdown idiom said to the person is a threat on its own ("tel je dagen maar", "je
 * dagen zijn geteld").
 *
 * What lets a sentence pass: no person; care or company ("zullen we met haar meelopen", "zet hem
 * in de stalling", "pas op in het verkeer"); a warning about a place without exposure ("kijk achter
 * je als je de fiets uit het rek haalt"); knowing the times of a thing ("hoe laat de bus vertrekt").
 * Quotation, counter-speech and games are left to the detector's `push`.
 *
 * Cost: one memoised class lookup per token; a sentence is read only when it holds a menace class
 * or the text a menacing emoji (the cheap trigger), then a fixed number of scans of it.
 */
import type { TextAnalysis } from '../analysis.js';
import type { Target } from '../detectors/context.js';
import data from '../lexicon/veiled.json' with { type: 'json' };
import { fm, targetsOf, type StructuralHit } from './structure.js';
import { classMask } from './word-sets.js';

const K = {
  alone: 1,
  place: 2,
  time: 4,
  look: 8,
  where: 16,
  regret: 32,
  know: 64,
  what: 128,
  family: 256,
  care: 512,
} as const;
const D = data.classes;
const classOf = classMask([
  [D.alone, K.alone],
  [D.exposedPlace, K.place],
  [D.exposedTime, K.time],
  [D.lookAround, K.look],
  [D.lookWhere, K.where],
  [D.regret, K.regret],
  [D.know, K.know],
  [D.knowWhat, K.what],
  [D.family, K.family],
  [D.care, K.care],
]);
const EMOJI: readonly string[] = D.menaceEmoji.emoji;
const IDIOMS: readonly (readonly string[])[] = D.countdown.idioms;
const IDIOM_FIRST: ReadonlySet<string> = new Set(IDIOMS.map((w) => w[0]!));
const FIRST: ReadonlySet<string> = new Set(['ik', 'we', 'wij']);
const POSSESSIVE: ReadonlySet<string> = new Set(['je', 'jouw', 'jullie', 'zijn', 'haar', 'z', 'zn', 'der', 'dr']);
const EXPOSURE = K.alone | K.place | K.time;
const MENACE = K.look | K.regret | K.know;

export interface VeiledThreatHit extends Omit<StructuralHit, 'kind'> {
  kind: 'threat';
}

export function readVeiledThreats(a: TextAnalysis, authorId?: string): VeiledThreatHit[] {
  const hits: VeiledThreatHit[] = [];
  const tokens = a.tokens;
  const n = tokens.length;
  if (n === 0) return hits;
  const forms = fm(a);
  let any = 0;
  for (let k = 0; k < n; k++) any |= classOf(forms[k]!);
  let idiom = false;
  for (let k = 0; k < n && !idiom; k++) if (IDIOM_FIRST.has(forms[k]!)) idiom = true;
  if (!(any & EXPOSURE) && !idiom) return hits;
  // (the source is searched for the emoji only when a word of exposure is there)
  const emoji = (any & EXPOSURE) !== 0 && EMOJI.some((e) => a.source.includes(e));
  if (!(any & MENACE) && !emoji && !idiom) return hits;
  const targets = targetsOf(a, authorId);
  const F = (k: number): string => (k >= 0 && k < n ? forms[k]! : '');
  const is = (k: number, bit: number): boolean => k >= 0 && k < n && (classOf(forms[k]!) & bit) !== 0;
  const person = (k: number): Target | undefined => {
    const t = targets[k];
    if (t && t.token === k && (t.kind === 'name' || t.kind === 'second')) return t;
    if (t && t.token === k && t.kind === 'person' && /^(juf|meester|mevrouw|meneer)$/.test(F(k))) return t;
    // the person's family: "je broertje", "jouw kleine zusje"
    if (is(k, K.family) && (POSSESSIVE.has(F(k - 1)) || POSSESSIVE.has(F(k - 2)))) return { token: k, kind: 'second' };
    return undefined;
  };
  const personIn = (f: number, l: number): Target | undefined => {
    for (let k = f; k <= l; k++) {
      const t = person(k);
      if (t) return t;
    }
    return undefined;
  };
  // (after a comma too: "Fenna, kijk …")
  const clauseStart = (k: number): boolean => k === 0 || tokens[k - 1]!.clause !== tokens[k]!.clause || tokens[k - 1]!.sentence !== tokens[k]!.sentence || /^(dan|maar|en)$/.test(F(k - 1)) || a.source.slice(tokens[k - 1]!.end, tokens[k]!.start).includes(',');

  for (let s = 0; s < a.sentenceCount; s++) {
    const [f, l] = a.sentenceTokens(s);
    const who = personIn(f, l);
    if (!who) continue;
    let care = false;
    for (let k = f; k <= l; k++) if (is(k, K.care)) care = true;
    if (care) continue;
    // a countdown idiom said to the person
    for (let k = f; k <= l && idiom; k++) {
      if (!IDIOM_FIRST.has(F(k))) continue;
      const w = IDIOMS.find((x) => x.every((word, i) => F(k + i) === word));
      if (w) {
        hits.push({ kind: 'threat', first: Math.min(k, who.token), last: Math.max(k + w.length - 1, who.token), target: who, core: { first: k, last: k + w.length - 1 } });
        break;
      }
    }
    if (hits.length > 0 && hits[hits.length - 1]!.target === who) continue;
    let menace = -1;
    let used = -1;
    for (let k = f; k <= l && menace < 0; k++) {
      // "kijk maar goed om je heen", "kijk dan wel goed achter je"
      if (is(k, K.look) && clauseStart(k)) {
        for (let j = k + 1; j <= Math.min(l, k + 7); j++) if (is(j, K.where)) {
          menace = k;
          used = j;
          break;
        }
      }
      // "zou jammer zijn als …", "zonde als …"
      if (is(k, K.regret) && menace < 0) {
        for (let j = k + 1; j <= Math.min(l, k + 3); j++) if (F(j) === 'als' || F(j) === 'wanneer') menace = k;
      }
      // "we weten hoe laat jij …", "ik weet welke route je loopt"
      if (is(k, K.know) && menace < 0 && (FIRST.has(F(k - 1)) || FIRST.has(F(k + 1)))) {
        let what = -1;
        for (let j = k + 1; j <= Math.min(l, k + 4); j++) if (is(j, K.what)) what = j;
        if (what >= 0) for (let j = what + 1; j <= Math.min(l, what + 5); j++) if (person(j)?.kind === 'second' || person(j)?.kind === 'name' || (is(j, K.family) && person(j))) menace = k;
      }
    }
    if (menace < 0 && !emoji) continue;
    // the exposure: alone, a place or a time of the way home (in this sentence; for knowing, also the next)
    let exposed = -1;
    const to = menace >= 0 && is(menace, K.know) && s + 1 < a.sentenceCount ? a.sentenceTokens(s + 1)[1] : l;
    for (let k = f; k <= to && exposed < 0; k++) if (k !== used && k !== menace && is(k, EXPOSURE)) exposed = k;
    if (exposed < 0) continue;
    const core = menace >= 0 ? menace : exposed;
    hits.push({ kind: 'threat', first: Math.min(core, exposed, who.token), last: Math.max(core, exposed, who.token), target: who, core: { first: Math.min(core, exposed), last: Math.max(core, exposed) } });
  }
  return hits;
}
