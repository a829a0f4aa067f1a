/**
 * Group-level meaning without a judging word (decency, A7), read by structure and word class
 * (`reading.json` `groupMeaning`), on top of the members of a group that `membersOf`
 * (stereotype-marker.ts) finds:
 *
 * - more members: people from a place of a group ("die lui uit de noorderwijk", "kinderen uit het
 *   azc"), a compound with such a place ("woonwagenkids"), a quoted label ("sinds 'die mensen' …",
 *   "zoveel 'nieuwkomers'"), disabled pupils ("kinderen in een rolstoel", "met een beperking");
 * - insinuation: a member, a stock charge in the sentence or a neighbour (loss, a precaution,
 *   benefits, a level, trouble) and a cue — reticence ("ik zeg niks hoor"), a coded reference ("je
 *   weet wel wie ik bedoel", "iedereen weet over wie ik het heb", "je weet hoe het gaat"), a
 *   disclaimer before "maar" ("ik wil niet discrimineren maar"), a foretold loss ("straks mis je …"),
 *   a tie of time ("sinds/nu X hier zitten …"), "hoe meer … hoe meer", a quoted label, an emoji;
 * - coded terms (a phrase list: they are fixed words): "omvolking", "remigratie", "ons eigen volk
 *   (weer) eerst", "een nette witte school" with a nostalgia or priority word;
 * - essentialism: a trait in "hun bloed / de genen / hun aard" of a group named in the sentence or
 *   the one before, not of the author's own people, not with praise;
 * - mock praise: praise with "voor iemand/een …" and a member or someone from a place of a group
 *   ("knap dat jij kan lezen, voor iemand uit een azc");
 * - taught the basics: a member "(moet/laat) eerst maar eens leren wat werken is";
 * - deserved harm: a member and "verdiend" over what happened to them ("… hebben verdiend wat er
 *   met ze gebeurd is"), not negated;
 * - burden and segregation: a member holding the class up ("houden de klas op", "een last voor"),
 *   or put apart ("stop ze in een aparte instelling", "zet ze maar in een apart lokaal");
 * - breeding said of people ("ze fokken als konijnen") with a member or a cue near;
 * - an insult animal right after an identity or colour adjective ("die zwarte apen"), not among animals;
 * - a rhetorical question of exclusion ("wie wil er nou naast een moslim zitten?").
 *
 * A lesson or a critique in the span (`pass`, and the insinuation pass class but for a disclaimer
 * before "maar") lets it pass; so does a negator right before the charge. Cost: one class lookup
 * per token (memoised per form); nothing more unless a class of the reading is in the text; then a
 * fixed number of passes per sentence.
 */
import type { TextAnalysis } from '../analysis.js';
import data from '../lexicon/reading.json' with { type: 'json' };
import bullying from '../lexicon/bullying.json' with { type: 'json' };
import { fm, infos, targetsOf, type StructuralHit, type StructuralKind } from './structure.js';
import { INSINUATION as IM, insinuationClasses, membersOf } from './stereotype-marker.js';
import { classMask, wordSet as W } from './word-sets.js';

const G = data.groupMeaning;
const B = {
  charge: 1,
  cue: 2,
  coded: 4,
  essence: 8,
  praise: 16,
  deserved: 32,
  burden: 64,
  segregate: 128,
  breed: 256,
  insultAnimal: 512,
  animalContext: 1024,
  pass: 2048,
  personHead: 4096,
  groupPlace: 8192,
  disability: 16384,
  disabilityNoun: 32768,
  knowVerb: 65536,
  disclaimer: 131072,
  ownPeople: 262144,
  white: 524288,
  memberNoun: 1048576,
  disease: 2097152,
  questionOpen: 4194304,
  groupSite: 8388608,
} as const;
const groupClass = classMask([
  [G.charge, B.charge],
  [G.cue, B.cue],
  [G.codedTerm, B.coded],
  [G.essence, B.essence],
  [G.praise, B.praise],
  [G.deservedEvent, B.deserved],
  [G.burden, B.burden],
  [G.segregate, B.segregate],
  [G.breed, B.breed],
  [G.insultAnimal, B.insultAnimal],
  [G.animalContext, B.animalContext],
  [G.pass, B.pass],
  [{ words: G.memberExtra.personHead }, B.personHead],
  [{ words: G.memberExtra.memberNoun }, B.memberNoun],
  [{ words: G.memberExtra.groupPlace }, B.groupPlace],
  [{ words: G.disability.after }, B.disability],
  [{ words: G.disability.nouns }, B.disabilityNoun],
  [{ words: G.cue.knowVerb }, B.knowVerb],
  [{ words: G.cue.disclaimer }, B.disclaimer],
  [{ words: G.codedTerm.ownPeople }, B.ownPeople],
  [{ words: G.codedTerm.white }, B.white],
  [{ stems: G.nonHumanExtra.stems }, B.disease],
  [{ words: G.cue.questionOpen }, B.questionOpen],
  [{ words: G.memberExtra.groupSite }, B.groupSite],
]);
/** Classes whose reading needs no cue word. */
const STRONG = B.coded | B.essence | B.deserved | B.breed | B.insultAnimal | B.disability | B.disabilityNoun | B.ownPeople | B.memberNoun | B.disease | B.white;
const CUE_OPEN = W(['sinds', 'straks', 'zeg']);
const CODED_STRICT = W(['wie', 'welk', 'welke', 'over']);
const SURROGATE = /[\uD83C-\uD83E]/;
const CODED_OBJECT = W(G.cue.codedObject);
const ESSENCE_VERB = W(G.essence.verbs);
const PRIORITY = W(G.codedTerm.priority);
const WHITE_PLACE = W(G.codedTerm.whitePlace);
const SEGREGATE_VERB = W(G.segregate.verbs);
const GROUP_PLACES = G.memberExtra.groupPlace;
/** The negator word class (`lexicon/bullying.json` `negator`) without "niemand", as this reading has always read it (it reads "niemand die" in a question on its own). */
const NEG = W(bullying.classes.negator.words.filter((w) => w !== 'niemand'));
const FIRST_OWN = W(['ons', 'onze', 'mijn', 'wij', 'we', 'ik', 'mn']);
const PLURAL_PRONOUN = W(['ze', 'zij', 'hun', 'hen', 'die']);
const PERSON_SUBJECT = W(['ze', 'zij', 'die']);
const CUE_EMOJI = ['😏', '🙄', '🤔', '😒', '😉', '🤨'];
const PRESENCE = W(['zitten', 'zit', 'zaten', 'wonen', 'woont', 'komen', 'kwamen', 'zijn', 'er', 'hier', 'lopen', 'rondlopen']);

let buf = new Int32Array(256);

export function readGroupMeaning(a: TextAnalysis, authorId?: string): StructuralHit[] {
  const hits: StructuralHit[] = [];
  const tokens = a.tokens;
  const n = tokens.length;
  if (n === 0) return hits;
  const forms = fm(a);
  if (buf.length < n) buf = new Int32Array(n * 2);
  const g = buf;
  let any = 0;
  for (let k = 0; k < n; k++) {
    g[k] = groupClass(forms[k]!);
    any |= g[k]!;
  }
  // the cheap trigger: a class of this reading that stands on its own, or a charge with a cue word
  // (the cues read by structure open with "sinds/nu/als/straks/zeg/hoe", a quotation or an emoji)
  if (!(any & STRONG)) {
    let go = false;
    // the weaker classes with what they need beside them: praise with "voor iemand/een", a verb of knowing with
    // "(wel) wie/welk/over", "wie wil/zou …" or "niemand die" in a question, a burden or a place apart
    // (not "eigen/houden/kost/last" alone), a charge with a cue word or a cue that opens a structure
    const question = any & B.questionOpen && a.source.includes('?');
    const charged = (any & (B.charge | B.cue | B.disclaimer)) !== 0;
    for (let k = 0; k < n && !go; k++) {
      const c = g[k]!;
      const w = forms[k]!;
      const w1 = forms[k + 1] ?? '';
      if (c & B.knowVerb) go = CODED_STRICT.has(w1) || (/^(wel|toch|heus|best)$/.test(w1) && CODED_STRICT.has(forms[k + 2] ?? '')) || (w1 === 'hoe' && forms[k + 2] === 'het');
      else if (w === 'voor') go = any & B.praise ? /^(iemand|een|zon|eentje)$/.test(w1) : false;
      else if (w1 === 'wat' && /^(leren|leert|snappen|begrijpen)$/.test(w)) go = true;
      else if (question && c & B.questionOpen) go = w === 'niemand' ? w1 === 'die' : /^(wil|wilt|zou|gaat|durft)$/.test(w1);
      else if (c & (B.burden | B.segregate)) go = !/^(eigen|houden|houdt|kost|kosten|last|remmen|remt)$/.test(w) || (/^(houden|houdt|remmen|remt)$/.test(w) && forms.indexOf(w.startsWith('h') ? 'op' : 'af', k + 1) > k);
      else if (charged) go = (c & (B.cue | B.disclaimer)) !== 0 || tokens[k]!.quoted || CUE_OPEN.has(w) || ((w === 'als' || w === 'nu' || w === 'zodra') && (w1 === 'er' || w1 === 'die')) || (w === 'hoe' && w1 === 'meer');
    }
    if (!go && charged && SURROGATE.test(a.source)) go = true;
    if (!go) return hits;
  }
  const targets = targetsOf(a, authorId);
  const { cls } = insinuationClasses(a);
  // and someone: a group or person target, or a word that names a member
  let someone = false;
  for (let k = 0; k < n && !someone; k++) if (targets[k] || g[k]! & (B.personHead | B.memberNoun | B.disabilityNoun | B.groupSite | B.groupPlace) || cls[k]! & (IM.memberNoun | IM.identity | IM.prefix | IM.personHead)) someone = true;
  if (!someone && !(any & B.coded)) return hits;
  const info = infos(a);
  const listed = membersOf(a, authorId, cls);
  const F = (k: number): string => (k >= 0 && k < n ? forms[k]! : '');
  const has = (k: number, bit: number): boolean => k >= 0 && k < n && (g[k]! & bit) !== 0;

  // the members: listed, or by the extra classes (a reused mask: 1 = member, 2 = quoted label)
  const member = new Uint8Array(n);
  for (let k = 0; k < n; k++) {
    if (listed[k] || has(k, B.memberNoun)) member[k] = 1;
    // a place that stands for its group ("langs het azc", "bij de moskee"): a member for the insinuation only
    else if (has(k, B.groupSite)) member[k] = 3;
    const w = F(k);
    // a quoted label: "'die mensen'", "'nieuwkomers'", "'cultuurverrijkers'"
    if (tokens[k]!.quoted && (has(k, B.personHead) || cls[k]! & IM.memberNoun || listed[k] || targets[k]?.kind === 'group')) member[k] = 2;
    if (member[k]) continue;
    // people from a place of a group: "lui uit de noorderwijk", "kinderen uit het azc"
    if ((has(k, B.personHead) || targets[k]?.kind === 'person' || targets[k]?.kind === 'group') && /^(uit|van)$/.test(F(k + 1))) {
      const p = /^(de|het|een|die|dat)$/.test(F(k + 2)) ? k + 3 : k + 2;
      if (p < n && placeOfGroup(F(p))) member[k] = 1;
    }
    // a compound with such a place: "woonwagenkids", "azckinderen"
    if (!member[k] && w.length >= 7) for (const pl of GROUP_PLACES) if (pl.length >= 3 && w.startsWith(pl) && w.length - pl.length >= 3 && groupClass(w.slice(pl.length)) & B.personHead) member[k] = 1;
    // disabled pupils: "kinderen in een rolstoel", "leerlingen met een beperking"; "autisten", "dove kinderen"
    if (has(k, B.disabilityNoun)) member[k] = 1;
    else if ((has(k, B.personHead) || targets[k]?.kind === 'person') && /^(in|met)$/.test(F(k + 1))) for (let j = k + 2; j <= Math.min(n - 1, k + 4); j++) if (has(j, B.disability)) member[k] = 1;
  }
  const S = a.sentenceCount;
  const span = (s: number): [number, number] => a.sentenceTokens(s);
  // a coded reference ("jullie weten wel wie ik bedoel", "iedereen weet over wie ik het heb") makes a plural
  // pronoun of its sentence or a neighbour the group pointed at ("sinds zij hier zitten …", "ze fokken …")
  if (any & B.knowVerb) {
    for (let k = 0; k + 1 < n; k++) {
      if (!has(k, B.knowVerb) || !(CODED_OBJECT.has(F(k + 1)) || (/^(wel|toch|heus|best)$/.test(F(k + 1)) && CODED_OBJECT.has(F(k + 2))))) continue;
      const s = tokens[k]!.sentence;
      const lo = s > 0 ? span(s - 1)[0] : span(s)[0];
      const hi = s + 1 < S ? span(s + 1)[1] : span(s)[1];
      for (let j = lo; j <= hi; j++) if (/^(ze|zij|hen)$/.test(F(j)) && !member[j]) member[j] = 1;
    }
  }
  const push = (kind: StructuralKind, who: number, core: number): void => {
    // (a quoted label is the group the author points at, not a quotation of someone else: the target stands at the core)
    const at = tokens[who]!.quoted !== tokens[core]!.quoted ? core : who;
    hits.push({ kind, first: Math.min(who, core), last: Math.max(who, core), target: { token: at, kind: 'group' }, core: { first: core, last: core } });
  };

  for (let s = 0; s < S; s++) {
    const [f, l] = span(s);
    if (l < f) continue;
    const from = s > 0 ? span(s - 1)[0] : f;
    const to = s + 1 < S ? span(s + 1)[1] : l;
    // a lesson or critique in the span, but a disclaimer before "maar" ("ik wil niet discrimineren maar …") is a cue
    let passed = false;
    let disclaimer = -1;
    for (let k = from; k <= to && !passed; k++) {
      const dis = (has(k, B.disclaimer) || cls[k]! & IM.pass) && [F(k + 1), F(k + 2), F(k + 3)].includes('maar') && (has(k, B.disclaimer) || NEG.has(F(k - 1)) || NEG.has(F(k - 2)));
      if (dis) {
        if (k >= f && k <= l) disclaimer = k;
        continue;
      }
      if (has(k, B.pass) || cls[k]! & IM.pass) passed = true;
    }
    if (passed) continue;
    // the members of this sentence, and of the one before
    let m = -1;
    let site = -1;
    for (let k = f; k <= l && m < 0; k++) {
      if (member[k] === 3) site = site < 0 ? k : site;
      else if (member[k]) m = k;
    }
    let prev = -1;
    if (s > 0) for (let k = span(s - 1)[0]; k <= span(s - 1)[1] && prev < 0; k++) if (member[k] === 1 || member[k] === 2) prev = k;
    let next = -1;
    if (s + 1 < S) for (let k = span(s + 1)[0]; k <= span(s + 1)[1] && next < 0; k++) if (member[k] === 1 || member[k] === 2) next = k;

    // coded terms: on their own
    let done = false;
    for (let k = f; k <= l && !done; k++) {
      if (has(k, B.coded)) {
        push('derogation', m >= 0 ? m : k, k);
        done = true;
      } else if (has(k, B.ownPeople) && /^(eigen|ons)$/.test(F(k - 1))) {
        // "ons eigen volk weer op de eerste plaats", "eigen volk eerst"
        for (let j = f; j <= l; j++) if (PRIORITY.has(F(j)) && j !== k) done = true;
        if (done) push('derogation', k, k);
      } else if (has(k, B.white) && WHITE_PLACE.has(F(k + 1))) {
        // "vroeger een nette witte school"
        for (let j = from; j <= to; j++) if (PRIORITY.has(F(j)) || F(j) === 'nette' || F(j) === 'net') done = true;
        if (done) push('derogation', k, k);
      }
    }
    if (done) continue;

    const who = m >= 0 ? m : prev >= 0 ? prev : next;
    // an insult animal after an identity or colour adjective of people: "die zwarte apen"
    for (let k = f + 1; k <= l && !done; k++) {
      if (!has(k, B.insultAnimal) || !(member[k - 1] || cls[k - 1]! & IM.identity || cls[k - 1]! & IM.memberNoun)) continue;
      // (among animals, or reported of the author: "in de app noemen ze mij een bruine aap")
      let animals = false;
      for (let j = f; j <= l; j++) if (has(j, B.animalContext) || cls[j]! & IM.reporting || /^(noemen|noemt|noemde|noemden|genoemd|mij|me|uitgescholden|scholden)$/.test(F(j))) animals = true;
      if (animals || NEG.has(F(k - 2)) || NEG.has(F(k - 3))) continue;
      push('dehumanisation', k - 1, k);
      done = true;
    }
    if (done) continue;
    // a rhetorical question of exclusion: "wie wil er nou naast een moslim zitten?"
    if (a.isQuestion(s) && F(f) === 'wie' && /^(wil|wilt|zou|gaat|durft)$/.test(F(f + 1)) && m >= 0 && m <= f + 7 && targets[m]?.kind !== 'name') {
      let prep = false;
      for (let j = f + 2; j < m; j++) if (/^(naast|bij|met|tegen|tegenover)$/.test(F(j))) prep = true;
      if (prep) {
        push('derogation', m, f);
        continue;
      }
    }
    // breeding said of people: "ze fokken als konijnen" (a member or a cue near)
    for (let k = f; k <= l && !done; k++) {
      if (!has(k, B.breed)) continue;
      const subj = PERSON_SUBJECT.has(F(k - 1)) || PERSON_SUBJECT.has(F(k + 1)) || member[k - 1] || member[k - 2];
      let cue = who >= 0;
      for (let j = from; j <= to && !cue; j++) if (has(j, B.charge) && j !== k) cue = true;
      if (subj && cue) {
        push('dehumanisation', who >= 0 ? who : k, k);
        done = true;
      }
    }
    if (done) continue;
    // essentialism without a noun of nature: "dat zit er (gewoon) in bij dat volk / die X"
    for (let k = f; k + 3 <= l && !done; k++) {
      if (!ESSENCE_VERB.has(F(k))) continue;
      let j = k + 1;
      while (j <= Math.min(l, k + 4) && /^(er|het|gewoon|echt|nou|toch|ook|al)$/.test(F(j))) j++;
      if ((F(j) === 'in' || F(j) === 'erin') && F(j + 1) === 'bij') {
        const p = /^(dat|die|de|het|zulke|zon)$/.test(F(j + 2)) ? j + 3 : j + 2;
        if (p <= l && (member[p] === 1 || member[p] === 2 || /^(volk|soort|ras|mensen|lui|types)$/.test(F(p)))) {
          push('derogation', p, k);
          done = true;
        }
      }
    }
    if (done) continue;
    // essentialism: "het zit in hun bloed", "ligt in hun aard", "zit bij die X in de genen"
    for (let k = f + 1; k <= l && !done; k++) {
      if (!has(k, B.essence)) continue;
      const det = /^(hun|het|de|zn|hen)$/.test(F(k - 1)) && F(k - 2) === 'in' ? k - 2 : -1;
      if (det < 0) continue;
      let verb = false;
      let own = false;
      let positive = false;
      for (let j = f; j <= l; j++) {
        if (ESSENCE_VERB.has(F(j))) verb = true;
        if (FIRST_OWN.has(F(j)) || F(j) === 'familie') own = true;
        if (info[j]!.positive && !member[j]) positive = true;
      }
      const group = who >= 0 || (F(k - 1) === 'hun' && prevPlural(s));
      if (verb && !own && !positive && group) {
        push('derogation', who >= 0 ? who : k, k);
        done = true;
      }
    }
    if (done) continue;
    // mock praise: praise with "voor iemand/een …" and a member or someone from a place of a group
    for (let k = f; k <= l && !done; k++) {
      if (F(k) !== 'voor' || !/^(iemand|een|zon|eentje)$/.test(F(k + 1))) continue;
      let praise = false;
      for (let j = f; j <= l; j++) if (has(j, B.praise) && !NEG.has(F(j - 1))) praise = true;
      if (!praise) continue;
      let mem = -1;
      for (let j = k + 1; j <= Math.min(l, k + 5) && mem < 0; j++) if (member[j] === 1 || member[j] === 2) mem = j;
      // "voor iemand uit een azc", "voor een meisje uit Syrië"
      if (mem < 0 && (/^(uit|van)$/.test(F(k + 2)) || /^(uit|van)$/.test(F(k + 3)))) {
        const u = F(k + 2) === 'uit' || F(k + 2) === 'van' ? k + 2 : k + 3;
        const p = /^(de|het|een)$/.test(F(u + 1)) ? u + 2 : u + 1;
        if (p <= l && (placeOfGroup(F(p)) || (tokens[p]!.capitalised && !targets[p]))) mem = p;
      }
      if (mem >= 0) {
        push('derogation', mem, k);
        done = true;
      }
    }
    if (done) continue;
    // a call in a question: "is er (nou) niemand die X (eens) de school uit trapt / het dorp uit jaagt?"
    if (a.isQuestion(s) && m >= 0) {
      let nobody = -1;
      for (let k = f; k <= Math.min(l, f + 4); k++) if (F(k) === 'niemand' && F(k + 1) === 'die') nobody = k;
      if (nobody >= 0 && m > nobody) {
        for (let k = m + 1; k <= l && !done; k++) if (info[k]!.harm || (/^(uit|weg|eruit)$/.test(F(k)) && k === l - 1)) done = true;
        if (done) push('derogation', m, nobody);
      }
    }
    if (done) continue;
    // a group likened to a disease: "X zijn een ziekte (die zich verspreidt)", "X = kanker"
    if (m >= 0) {
      for (let k = m + 1; k <= Math.min(l, m + 5) && !done; k++) {
        if (!has(k, B.disease)) continue;
        let cop = /=/.test(a.source.slice(tokens[m]!.end, tokens[m + 1]!.start));
        let neg = false;
        for (let j = m + 1; j < k; j++) {
          if (/^(zijn|is|waren|lijken|blijven|worden)$/.test(F(j))) cop = true;
          if (NEG.has(F(j))) neg = true;
        }
        if (cop && !neg) {
          push('dehumanisation', m, k);
          done = true;
        }
      }
    }
    if (done) continue;
    // a judging adjective before a member the lists do not hold ("die lelijke transen")
    for (let k = f + 1; k <= l && !done; k++) {
      if (!has(k, B.memberNoun) || !info[k - 1]!.judge || info[k - 1]!.state || NEG.has(F(k - 2))) continue;
      push('derogation', k, k - 1);
      done = true;
    }
    if (done) continue;
    // a resumptive "die/ze" judged after a clause with a member: "… met zwarte kinderen, die zijn gewoon te dom"
    for (let k = f + 1; k + 2 <= l && !done && m >= 0; k++) {
      if (!/^(die|ze)$/.test(F(k)) || tokens[k - 1]!.clause === tokens[k]!.clause || !/^(zijn|waren)$/.test(F(k + 1)) || m >= k) continue;
      for (let j = k + 2; j <= Math.min(l, k + 5); j++) {
        if (NEG.has(F(j))) break;
        if ((info[j]!.judge && !info[j]!.state) || info[j]!.groupOnly) {
          push('derogation', m, j);
          done = true;
          break;
        }
        if (!/^(te|zo|gewoon|echt|heel|erg|ook|allemaal|nou|toch|wel|super|best|veel|nogal)$/.test(F(j))) break;
      }
    }
    if (done) continue;
    if (m < 0 && prev < 0 && next < 0 && site < 0) continue;
    // (the cue readings below also take a member of the sentence before or after, or a place of a group)
    const w0 = m >= 0 ? m : who >= 0 ? who : site;
    if (w0 < 0) continue;
    // taught the basics: "(laat) die X eerst maar eens leren wat werken is"
    for (let k = f; k + 2 <= l && !done; k++) {
      if (!/^(leren|leert|snappen|begrijpen)$/.test(F(k)) || F(k + 1) !== 'wat') continue;
      for (let j = k + 2; j <= Math.min(l, k + 5); j++) if (/^(is|betekent|inhoudt)$/.test(F(j)) && m >= 0) done = true;
      if (done) push('derogation', m, k);
    }
    if (done) continue;
    // deserved harm: "X hebben alles verdiend wat er met ze gebeurd is", "wat X overkwam, hadden ze zelf verdiend"
    for (let k = f; k <= l && !done; k++) {
      if (!/^(verdiend|verdienden|verdienen|verdient)$/.test(F(k)) || m < 0) continue;
      let neg = false;
      for (let j = Math.max(f, k - 4); j < k; j++) if (NEG.has(F(j))) neg = true;
      let event = false;
      for (let j = f; j <= l; j++) if (has(j, B.deserved)) event = true;
      if (!neg && event) {
        push('derogation', m, k);
        done = true;
      }
    }
    if (done) continue;
    // burden: "X houden de hele klas op", "remmen de groep af", "zijn een last voor de klas"
    if (m >= 0) {
      for (let k = f; k <= l && !done; k++) {
        // (the member is the subject before it in its clause: not "ophouden met X … noemen")
        if (!has(k, B.burden) || !disabledOrGroup(m) || m > k || tokens[m]!.clause !== tokens[k]!.clause || F(k + 1) === 'met') continue;
        const w = F(k);
        const split = /^(houden|houdt|remmen|remt)$/.test(w);
        let ok = !split && !/^(kosten|kost|blok)$/.test(w);
        if (split) for (let j = k + 1; j <= l && tokens[j]!.clause === tokens[k]!.clause; j++) if ((w.startsWith('hou') && F(j) === 'op') || (w.startsWith('rem') && F(j) === 'af')) ok = true;
        if (ok && !NEG.has(F(k - 1)) && !NEG.has(F(k + 1))) {
          push('derogation', m, k);
          done = true;
        }
      }
    }
    if (done) continue;
    // segregation: "stop ze (toch) in een aparte instelling", "zet ze maar in een apart lokaal", "moeten naar een speciale school"
    for (let k = f; k <= l && !done; k++) {
      if (!has(k, B.segregate) || SEGREGATE_VERB.has(F(k))) continue;
      let verb = -1;
      for (let j = Math.max(f, k - 6); j < k; j++) if (SEGREGATE_VERB.has(F(j))) verb = j;
      if (verb < 0 || !(member[verb + 1] || PLURAL_PRONOUN.has(F(verb + 1)) || PLURAL_PRONOUN.has(F(verb - 1)) || (m >= 0 && m < verb))) continue;
      // (of the member's own sentence or with "ze/die" for the member before)
      const subject = m >= 0 ? m : prev;
      if (subject < 0 || !disabledOrGroup(subject)) continue;
      if (F(k) === 'eigen' && !/^(school|scholen|klas|klassen|land|wijk)$/.test(F(k + 1))) continue;
      push('derogation', subject, k);
      done = true;
    }
    if (done) continue;

    // insinuation: a cue here, a charge in the span
    let cue = disclaimer;
    for (let k = f; k <= l && cue < 0; k++) {
      if (has(k, B.cue) && !(F(k) === 'weer' && !member[k + 1] && !member[k + 2] && !member[k - 1])) cue = k;
      else if (member[k] === 2) cue = k;
      // reticence: "ik zeg niks (hoor)", "zeg ik niks van"
      else if (F(k) === 'zeg' && (F(k - 1) === 'ik' || F(k + 1) === 'ik') && /^(niks|niets)$/.test(F(k + 1) === 'ik' ? F(k + 2) : F(k + 1))) cue = k;
      // a coded reference: "je weet wel wie/welk soort", "jullie weten wel wie ik bedoel", "je weet hoe het gaat", "weet over wie ik het heb"
      else if (has(k, B.knowVerb) && (CODED_OBJECT.has(F(k + 1)) || (/^(wel|toch|heus|best)$/.test(F(k + 1)) && CODED_OBJECT.has(F(k + 2))))) cue = k;
      // a foretold loss: "straks mis je je telefoon", "straks ben je je fiets kwijt"
      else if (F(k) === 'straks' && /^(je|jij|ben|mis|is|zijn)$/.test(F(k + 1))) cue = k;
      // "hoe meer X, hoe meer Y"
      else if (F(k) === 'hoe' && F(k + 1) === 'meer') {
        for (let j = k + 2; j <= l; j++) if (F(j) === 'hoe' && F(j + 1) === 'meer') cue = k;
      }
      // a tie of time: "sinds/nu (er) X (hier) zitten …"
      else if ((F(k) === 'sinds' || F(k) === 'nu') && m > k && m <= k + 5) {
        for (let j = k + 1; j <= Math.min(l, m + 6); j++) if (PRESENCE.has(F(j)) && j !== m) cue = k;
      }
      // a conditional presence: "als er een X bij de kassa staat, tel ik …", "zodra er X in de bus zitten"
      else if (/^(als|zodra|wanneer)$/.test(F(k)) && F(k + 1) === 'er' && m > k + 1 && m <= k + 4) cue = k;
    }
    if (cue < 0) {
      const end = l + 1 < n ? tokens[l + 1]!.start : a.source.length;
      const text = a.source.slice(tokens[f]!.start, end);
      if (CUE_EMOJI.some((e) => text.includes(e))) cue = l;
    }
    if (cue < 0) continue;
    let charge = -1;
    for (let k = from; k <= to && charge < 0; k++) if ((has(k, B.charge) || cls[k]! & IM.charge) && !member[k] && !NEG.has(F(k - 1)) && F(k) !== F(cue)) charge = k;
    if (charge < 0) continue;
    push('derogation', w0, cue);
  }
  return hits;

  function placeOfGroup(w: string): boolean {
    if (groupClass(w) & B.groupPlace) return true;
    for (const pl of GROUP_PLACES) if (pl.length >= 4 && w.length > pl.length + 2 && w.endsWith(pl)) return true;
    return false;
  }
  function prevPlural(s: number): boolean {
    const lo = s > 0 ? span(s - 1)[0] : span(s)[0];
    for (let j = lo; j <= span(s)[1]; j++) if (/^(kinderen|mensen|lui|families|gezinnen|jongens|meiden)$/.test(F(j)) || targets[j]?.kind === 'group') return true;
    return false;
  }
  function disabledOrGroup(k: number): boolean {
    return member[k] !== 0;
  }
}
