/**
 * Implicit derogation, read by structure (decency, A7): what is said of a group without a
 * judging word.
 *
 * - a place or role the group is confined to or sent back to: a group subject with "horen"
 *   ("Vrouwen horen thuis achter het fornuis", "Meisjes horen in de keuken") or a modal with
 *   "terug" ("X moeten terug naar hun land", "X moeten terug de kast in"), no negation;
 * - gratitude demanded of a group: "X mogen (nog) blij zijn dat …", "mogen dankbaar zijn";
 * - a group that is good only when gone: "(De enige) goede X is een X die vertrekt / weg is /
 *   dood is": the same group on both sides of the copula, a relative clause of absence.
 *
 * The word classes (places that confine, gratitude, absence) are data in
 * `lexicon/reading.json` (`implicit`). Each reading starts from one trigger word and looks at
 * its clause only, so the cost stays linear in the text.
 */
import type { TextAnalysis } from '../analysis.js';
import type { Target } from '../detectors/context.js';
import data from '../lexicon/reading.json' with { type: 'json' };
import type { StructuralHit } from './structure.js';
import { stemIndex, wordSet as W } from './word-sets.js';

const PLACE = W([...data.implicit.confinementPlace, ...data.implicit.homelandPlace]);
const PLACE_PREP = W(data.implicit.confinementPrep);
const GRATITUDE = W(data.implicit.gratitude);
const ABSENCE = W(data.implicit.absence);
const GENDERED = W(data.implicit.genderedPeople);
const CONFINE_ADVERB = W(data.implicit.confinementAdverb);
const HOREN = W(['horen', 'hoort', 'hoorden', 'hoorde']);
const MODAL_BACK = W(['moeten', 'moet', 'moesten', 'moest', 'horen', 'hoort', 'zouden', 'zou']);
const MOGEN = W(['mogen', 'mag', 'mochten', 'mocht']);
const NEGATORS = W(['niet', 'geen', 'nooit', 'niemand', 'niets', 'niks', 'nergens', 'hoeven', 'hoeft', 'hoefden']);
const INCLUSIVE = W(['ook', 'erbij', 'evengoed', 'evenzeer']);
const COPULA = W(['is', 'zijn', 'was', 'waren', 'blijft', 'blijven']);
/** The words the readings start from: 1 belonging or return, 2 "mogen", 3 a copula. One lookup per token. */
const USEFUL = W(data.implicit.usefulness);
const TRIGGER = new Map<string, number>([...[...HOREN, 'terug'].map((w) => [w, 1] as const), ...[...MOGEN].map((w) => [w, 2] as const), ...[...COPULA].map((w) => [w, 3] as const), ...['alleen', 'enkel', 'slechts', 'uitsluitend'].map((w) => [w, 4] as const)]);
const REASON = W(data.implicit.insinuationReason);
const CONSEQUENCE = W(data.implicit.insinuationConsequence);
const EXPECTATION = W(data.implicit.insinuationExpectation);
const SUSPICION = W(data.implicit.suspicionFrame);
const SUSPICION_STEM = stemIndex(data.implicit.suspicionStem);
const CONCESSIVE_DEGREE = W(data.implicit.concessiveDegree);
const TRAIT = W(data.stereotype.trait);
const MEMBER_COPULA = W(['is', 'ben', 'bent', 'zijn', 'was']);
const GENDERED_ONE = W(data.implicit.genderedPerson);
const THIRD_PRONOUN = W(['hij', 'ze', 'zij', 'die']);
const EXPEL = W(data.implicit.expulsionWord);
const EXPEL_STEM = stemIndex(data.implicit.expulsionStem);
const EXPEL_MODAL = W(data.implicit.expulsionModal);
const EXISTENCE = W(data.existence.words);
const PRESENCE = W(data.implicit.presenceVerb);
const OPINION = W(data.implicit.opinionVerb);
const CRITIQUE = W(data.implicit.critique);
const PERMIT = W(['mogen', 'mag', 'mochten', 'mocht']);
const BELONG = W(data.stereotype.belongVerb);
const DESTRUCTION_STEM = stemIndex(data.implicit.destructionStem);
const WISH = W(data.implicit.wishWord);
const POSITIVE_DET = W(['goede', 'brave', 'enige', 'beste', 'fijne', 'leuke', 'aardige', 'ideale', 'perfecte']);

export interface ImplicitContext {
  /** Each token's word as written (lower case). */
  forms: readonly string[];
  targets: readonly (Target | undefined)[];
  clauseSpan(k: number): [number, number];
}

/** A subject the readings accept: a group, or a plural gendered person noun ("meisjes", "jongens"). */
function groupLike(c: ImplicitContext, t: Target | undefined): t is Target {
  if (!t) return false;
  return t.kind === 'group' || (t.kind === 'person' && GENDERED.has(c.forms[t.token]!));
}

const EXCLUSIVE_AFTER = W(data.stereotype.exclusiveAfterNegator);
const EXCLUSIVE_BEFORE = W(data.stereotype.exclusiveBeforeNegator);
/** "… en verder nergens", "… en nergens anders" after k in its sentence: the last token before "en", or -1. */
function exclusiveEnd(c: ImplicitContext, k: number, l: number): number {
  const n = c.forms.length;
  for (let j = k + 2; j < n && j <= l + 4; j++) {
    if (c.forms[j] !== 'en') continue;
    const a = c.forms[j + 1] ?? '';
    const b = c.forms[j + 2] ?? '';
    if ((EXCLUSIVE_BEFORE.has(a) && /^(nergens|niks|niets)$/.test(b)) || (/^(nergens|niks|niets)$/.test(a) && EXCLUSIVE_AFTER.has(b))) return j - 1;
  }
  return -1;
}

function negatedIn(c: ImplicitContext, f: number, l: number): boolean {
  for (let j = f; j <= l; j++) if (NEGATORS.has(c.forms[j]!)) return true;
  return false;
}

/** The group subject of the verb at k: in its clause, at most three words before or after it. */
function subjectOf(c: ImplicitContext, k: number, f: number, l: number): Target | undefined {
  for (let j = k - 1; j >= f && j >= k - 3; j--) if (groupLike(c, c.targets[j])) return c.targets[j];
  for (let j = k + 1; j <= l && j <= k + 2; j++) if (groupLike(c, c.targets[j])) return c.targets[j];
  return undefined;
}

/** A word of the suspicion frame: a precaution ("op slot", "portemonnee") or a crime or danger ("jatten", "gestolen", "gevaarlijks"). */
function suspicious(w: string): boolean {
  if (SUSPICION.has(w)) return true;
  return SUSPICION_STEM(w);
}

/** A group, or one person named by a gendered noun ("een meisje"), a member the insinuation speaks of. */
function memberLike(c: ImplicitContext, t: Target | undefined): t is Target {
  if (!t) return false;
  return t.kind === 'group' || (t.kind === 'person' && (GENDERED.has(c.forms[t.token]!) || GENDERED_ONE.has(c.forms[t.token]!)));
}

export interface SentenceContext extends ImplicitContext {
  /** The sentence index of each token. */
  sentence: readonly number[];
  /** Is the token at k an adjective of origin or identity ("Turks", "Pools", "joods")? */
  member?: (k: number) => boolean;
}

/**
 * 5. Insinuation about a group without a judging word, per sentence (one pass over its tokens):
 * - a consequence or precaution drawn from someone's group: the group on the reason side of a
 *   connective ("omdat/sinds/want …" holds the group; before "dus/daarom/dan/tijd om"), and a
 *   suspicion frame (a precaution, a crime, a danger) on the other side: "Hij is Marokkaan, dus
 *   ik zet mijn fiets op slot", "Sinds er Polen wonen, hou ik mijn portemonnee vast";
 * - an expected offence: an expectation marker ("weer", "natuurlijk", "vast") and a group
 *   member as the agent of a crime in a relative clause ("weer een X die … gejat heeft");
 * - a concessive "voor een X is/kan hij best …": the member's group as the low standard.
 * Any negation in the sentence lets it pass ("omdat hij Pools is, hoeft hij niet op te passen").
 */
export function readInsinuation(c: SentenceContext, hits: StructuralHit[]): void {
  const { forms, targets, sentence } = c;
  const n = forms.length;
  for (let s0 = 0; s0 < n; ) {
    let s1 = s0;
    while (s1 + 1 < n && sentence[s1 + 1] === sentence[s0]) s1++;
    let neg = false;
    let reason = -1;
    let consequence = -1;
    let expect = false;
    let concessive: Target | undefined;
    let concessiveAt = -1;
    const groupAt: number[] = [];
    const frameAt: number[] = [];
    for (let j = s0; j <= s1; j++) {
      const w = forms[j]!;
      if (NEGATORS.has(w)) neg = true;
      if (memberLike(c, targets[j]) && targets[j]!.token === j) groupAt.push(j);
      if (REASON.has(w) && reason < 0) reason = j;
      if (CONSEQUENCE.has(w) && consequence < 0 && j > s0 && (w !== 'tijd' || forms[j + 1] === 'om')) consequence = j;
      if (EXPECTATION.has(w)) expect = true;
      if (suspicious(w) || (TRAIT.has(w) && consequence >= 0)) frameAt.push(j);
      // "hij is Turks, dus …": a membership adjective predicated of someone is the group on the reason side
      if (MEMBER_COPULA.has(forms[j - 1] ?? '') && c.member?.(j) && j > s0 + 1) groupAt.push(j);
      // "voor een X" opening the sentence or a clause, a pronoun for the same person after it
      if (w === 'voor' && forms[j + 1] === 'een' && memberLike(c, targets[j + 2]) && (j === s0 || c.clauseSpan(j)[0] === j)) {
        concessive = targets[j + 2];
        concessiveAt = j;
      }
    }
    const next = s1 + 1;
    if (!neg && groupAt.length > 0) {
      let hit: StructuralHit | undefined;
      if (frameAt.length > 0 && (reason >= 0 || consequence >= 0)) {
        for (const g of groupAt) {
          for (const f of frameAt) {
            let ok = false;
            if (consequence >= 0 && g < consequence && f > consequence) ok = true;
            if (reason >= 0) {
              const [, rl] = c.clauseSpan(reason);
              const inReason = (x: number): boolean => x >= reason && x <= rl;
              if (inReason(g) && !inReason(f)) ok = true;
            }
            if (ok) {
              const t = targets[g] ?? { token: g, kind: 'group' as const };
              hit = { kind: 'derogation', first: Math.min(g, f), last: Math.max(g, f), target: t, core: { first: Math.min(g, f), last: Math.max(g, f) } };
              break;
            }
          }
          if (hit) break;
        }
      }
      if (!hit && expect) {
        for (const g of groupAt) {
          if (forms[g + 1] !== 'die') continue;
          const [, rl] = c.clauseSpan(g + 1);
          const f = frameAt.find((x) => x > g + 1 && x <= rl);
          if (f !== undefined) hit = { kind: 'derogation', first: g, last: f, target: targets[g] ?? { token: g, kind: 'group' }, core: { first: g, last: f } };
          break;
        }
      }
      if (!hit && concessive) {
        const k = concessiveAt + 3;
        // "Voor een meisje kan ze best …", "Voor een Turk is hij eigenlijk heel …"
        let pron = -1;
        let degree = -1;
        for (let j = k; j <= Math.min(s1, k + 3); j++) if (THIRD_PRONOUN.has(forms[j]!) && pron < 0) pron = j;
        if (pron >= 0) for (let j = pron + 1; j <= Math.min(s1, pron + 3); j++) if (CONCESSIVE_DEGREE.has(forms[j]!) && degree < 0) degree = j;
        if (pron >= 0 && degree >= 0 && degree < s1) hit = { kind: 'derogation', first: concessiveAt, last: degree, target: concessive, core: { first: concessiveAt, last: degree } };
      }
      if (hit) hits.push(hit);
    }
    s0 = next;
  }
}

function expelling(w: string): boolean {
  if (EXPEL.has(w)) return true;
  return w.length >= 5 && EXPEL_STEM(w);
}

/**
 * 6. Expulsion, confinement or eradication wished on a group, in a modal, passive or causative
 * clause, any word order: a group (or a pronoun that stands for one) in the clause, a modal,
 * "laten" or a passive auxiliary, and a verb of the class by its stem, so its inflected and
 * participle forms count ("moeten verjaagd worden", "zou iemand moeten wegjagen", "laat ze
 * deporteren", "mogen worden weggestopt"), or "weg"/"eruit" ("moeten allemaal weg"); no
 * negation. And existence denied to a group: a negated "geboren/bestaan" under "mogen/moeten"
 * ("X hadden nooit geboren mogen worden"). One pass; each clause is read once.
 */
export function readExpulsion(c: ImplicitContext, hits: StructuralHit[]): void {
  const { forms, targets } = c;
  const n = forms.length;
  let done = -1;
  for (let k = 0; k < n; k++) {
    const w = forms[k]!;
    const expel = expelling(w);
    const exist = !expel && EXISTENCE.has(w);
    if (!expel && !exist) continue;
    const [f, l] = c.clauseSpan(k);
    if (f <= done) continue;
    let group: Target | undefined;
    let modal = false;
    let negated = false;
    for (let j = f; j <= l; j++) {
      const t = targets[j];
      if (!group && t && t.kind === 'group') group = t;
      if (EXPEL_MODAL.has(forms[j]!)) modal = true;
      if (NEGATORS.has(forms[j]!)) negated = true;
    }
    if (!group || !modal) continue;
    if (expel && negated) continue;
    if (exist && (!negated || !/^(mogen|mag|moeten|moest|mochten)$/.test(forms.slice(f, l + 1).find((x) => /^(mogen|mag|moeten|moest|mochten)$/.test(x)) ?? ''))) continue;
    done = l;
    hits.push({ kind: exist ? 'dehumanisation' : 'violence', first: Math.min(group.token, k), last: Math.max(group.token, k), target: group, core: { first: Math.min(group.token, k), last: Math.max(group.token, k) } });
  }
}

/**
 * 7. Presence denied to a group, read through an opinion frame as if asserted: a first person's
 * "vind/denk (dat)" before a clause with a group, a negated "mogen" and a verb of presence or
 * taking part ("Ik vind dat X niet bij ons in het zwembad mogen komen", "persoonlijk denk ik dat
 * X hier niet mogen wonen"); no critique of the exclusion in the sentence ("niet eerlijk",
 * "waarom"). And the thought of a group's presence the author cannot bear: "er niet aan denken
 * dat/als" with a group and a verb of presence after it ("ik moet er niet aan denken dat er X naast
 * ons komen wonen"). One pass per sentence.
 */
export function readOpinionExclusion(c: SentenceContext, hits: StructuralHit[]): void {
  const { forms, targets, sentence } = c;
  const n = forms.length;
  for (let s0 = 0; s0 < n; ) {
    let s1 = s0;
    while (s1 + 1 < n && sentence[s1 + 1] === sentence[s0]) s1++;
    let opinion = -1;
    let thought = -1;
    let critique = false;
    let negations = 0;
    for (let j = s0; j <= s1; j++) {
      const w = forms[j]!;
      // ("eerlijk gezegd" is a manner of speaking, no critique)
      if (CRITIQUE.has(w) && !(w === 'eerlijk' && forms[j + 1] === 'gezegd')) critique = true;
      if (NEGATORS.has(w)) negations++;
      if (opinion < 0 && OPINION.has(w) && (forms[j - 1] === 'ik' || forms[j + 1] === 'ik' || forms[j - 1] === 'we' || forms[j + 1] === 'we' || forms[j - 1] === 'wij')) opinion = j;
      // "er/daar niet aan denken dat …"
      if (thought < 0 && /^(denken|denk)$/.test(w) && forms[j - 1] === 'aan' && forms.slice(Math.max(s0, j - 4), j).includes('niet') && /^(dat|als)$/.test(forms[j + 1] ?? '')) thought = j;
    }
    if (!critique && (opinion >= 0 || thought >= 0)) {
      const from = thought >= 0 ? thought + 1 : opinion + 1;
      let group: Target | undefined;
      let permit = false;
      let presence = -1;
      let belong = -1;
      for (let j = from; j <= s1; j++) {
        const t = targets[j];
        if (!group && t && t.kind === 'group') group = t;
        if (PERMIT.has(forms[j]!)) permit = true;
        if (group && PRESENCE.has(forms[j]!) && j > group.token) presence = j;
        // "dat X hier niet thuishoren", "dat X hier niet welkom zijn": belonging denied needs no "mogen"
        if (group && BELONG.has(forms[j]!) && j > group.token) belong = j;
      }
      if (belong >= 0 && thought < 0 && negations === 1) {
        hits.push({ kind: 'derogation', first: Math.min(opinion, group!.token), last: belong, target: group!, core: { first: group!.token, last: belong } });
        s0 = s1 + 1;
        continue;
      }
      // the opinion: a negated permission (one negation: "niet mogen komen"); the thought: presence, no negation
      const excluded = thought < 0 && permit && negations === 1;
      const unbearable = thought >= 0 && negations === 1;
      if (group && presence >= 0 && (excluded || unbearable)) {
        const first = Math.min(thought >= 0 ? thought : opinion, group.token);
        hits.push({ kind: unbearable ? 'hate' : 'derogation', first, last: presence, target: group, core: { first: unbearable ? thought : group.token, last: presence } });
      }
    }
    s0 = s1 + 1;
  }
}

/**
 * 8. Destruction wished on the school: a wish ("hoop", "wens", "moge", "zou moeten") in the
 * sentence, the school (or its building) in the clause of a verb of destruction, read by stem so
 * that any form counts ("ik hoop dat die hele school afbrandt", "moge dat gebouw instorten");
 * no negation. One pass per sentence.
 */
export function readSchoolHarm(c: SentenceContext, hits: StructuralHit[]): void {
  const { forms, targets, sentence } = c;
  const n = forms.length;
  for (let s0 = 0; s0 < n; ) {
    let s1 = s0;
    while (s1 + 1 < n && sentence[s1 + 1] === sentence[s0]) s1++;
    let wish = false;
    let negated = false;
    let school: Target | undefined;
    let destroy = -1;
    for (let j = s0; j <= s1; j++) {
      const w = forms[j]!;
      if (WISH.has(w)) wish = true;
      if (NEGATORS.has(w)) negated = true;
      if (!school && targets[j]?.kind === 'school') school = targets[j];
      if (destroy < 0 && w.length >= 5 && DESTRUCTION_STEM(w)) destroy = j;
    }
    if (wish && !negated && school && destroy >= 0 && c.clauseSpan(destroy)[0] <= school.token && c.clauseSpan(destroy)[1] >= school.token) {
      hits.push({ kind: 'violence', first: Math.min(school.token, destroy), last: Math.max(school.token, destroy), target: school, core: { first: Math.min(school.token, destroy), last: Math.max(school.token, destroy) } });
    }
    s0 = s1 + 1;
  }
}

export function readImplicit(a: TextAnalysis, c: ImplicitContext, hits: StructuralHit[]): void {
  const { forms } = c;
  const n = forms.length;
  for (let k = 0; k < n; k++) {
    const fk = forms[k]!;
    const trigger = TRIGGER.get(fk);
    if (trigger === undefined) continue;
    // 1. a place the group belongs in or is sent back to
    if (trigger === 1) {
      const [f, l0] = c.clauseSpan(k);
      // "… en verder nergens", "… en nergens anders": the exclusive ending asserts the place; read up to it
      const exclusive = exclusiveEnd(c, k, l0);
      const l = exclusive >= 0 ? exclusive : l0;
      if (negatedIn(c, f, l)) continue;
      let inclusive = false;
      let norm = false;
      let stay = -1;
      for (let j = f; j <= l; j++) {
        if (INCLUSIVE.has(forms[j]!) || forms[j] === 'ons' || forms[j] === 'erbij') inclusive = true;
        // "horen te …" is a norm of conduct, read elsewhere
        if (forms[j] === 'te') norm = true;
        // but "horen binnen te blijven": kept indoors, out of sight
        if (forms[j] === 'blijven' && j > k && CONFINE_ADVERB.has(forms[j - 2] ?? '') && forms[j - 1] === 'te') stay = j;
      }
      if (stay >= 0 && fk !== 'terug' && !inclusive) {
        const subj = subjectOf(c, k, f, l);
        if (subj) hits.push({ kind: 'derogation', first: Math.min(subj.token, k), last: stay, target: subj, core: { first: k, last: stay } });
        continue;
      }
      // ("horen terug te gaan" is the return demanded, not a norm of conduct)
      if (inclusive || (norm && fk !== 'terug')) continue;
      if (fk === 'terug') {
        // "X moeten terug (naar …)", "X moeten terug de kast in": a modal before "terug"
        let modal = -1;
        // ("kunnen beter terug": advice to leave)
        for (let j = k - 1; j >= f && j >= k - 4; j--) if (MODAL_BACK.has(forms[j]!) || ((forms[j] === 'kunnen' || forms[j] === 'kan') && forms[j + 1] === 'beter')) modal = j;
        if (modal < 0) continue;
        const subj = subjectOf(c, modal, f, l);
        if (!subj || subj.kind !== 'group') continue;
        hits.push({ kind: 'derogation', first: Math.min(subj.token, k), last: Math.max(subj.token, k), target: subj, core: { first: modal, last: k } });
        continue;
      }
      const subj = subjectOf(c, k, f, l);
      if (!subj) continue;
      // a confining place after a preposition, or "thuis" closing the clause ("X horen thuis")
      let place = -1;
      let prep = false;
      for (let j = k + 1; j <= l; j++) {
        if (PLACE_PREP.has(forms[j]!) && j > k) prep = true;
        if (prep && (PLACE.has(forms[j]!) || (exclusive >= 0 && j === exclusive && j > k + 1))) {
          place = j;
          break;
        }
        if (forms[j] === 'achter' && j < l) {
          place = j + 1;
          break;
        }
      }
      if (place < 0 && forms[k + 1] === 'thuis' && k + 1 === l) place = k + 1;
      if (place < 0) continue;
      hits.push({ kind: 'derogation', first: Math.min(subj.token, k), last: place, target: subj, core: { first: k, last: place } });
      continue;
    }
    // 2. gratitude demanded: "X mogen (nog/wel) blij zijn dat …"
    if (trigger === 2) {
      const [f, l] = c.clauseSpan(k);
      let grateful = -1;
      for (let j = k + 1; j <= Math.min(l, k + 5); j++) if (GRATITUDE.has(forms[j]!)) grateful = j;
      if (grateful < 0) continue;
      // the complement ("dat …", "met …") or the copula after the adjective
      const after = forms[grateful + 1];
      // ("hun handen dichtknijpen dat …": the idiom's verb ends its clause before "dat")
      if (after !== 'zijn' && after !== 'dat' && after !== 'met' && !(grateful === l && forms[l + 1] === 'dat')) continue;
      if (negatedIn(c, f, grateful)) continue;
      const subj = subjectOf(c, k, f, l);
      if (!subj) continue;
      hits.push({ kind: 'derogation', first: Math.min(subj.token, k), last: grateful, target: subj, core: { first: k, last: grateful } });
      continue;
    }
    // 4. useful only in a role: "X zijn alleen goed voor het huishouden", "alleen (maar) nuttig als slaven"
    if (trigger === 4) {
      const [f, l] = c.clauseSpan(k);
      let j = k + 1;
      if (forms[j] === 'maar') j++;
      if (!USEFUL.has(forms[j] ?? '') || j >= l || !/^(voor|als|om|in)$/.test(forms[j + 1] ?? '') || negatedIn(c, f, l)) continue;
      let subj: Target | undefined;
      for (let i = k - 1; i >= f && !subj; i--) if (groupLike(c, c.targets[i])) subj = c.targets[i];
      if (subj) hits.push({ kind: 'derogation', first: subj.token, last: j + 1, target: subj, core: { first: k, last: j + 1 } });
      continue;
    }
    // 3. good only when gone: "(de enige) goede X is een X die vertrekt"
    if (trigger === 3 && k > 0) {
      const left = c.targets[k - 1];
      if (!groupLike(c, left) || !POSITIVE_DET.has(forms[k - 2] ?? '')) continue;
      let right = -1;
      for (let j = k + 1; j <= Math.min(n - 1, k + 3); j++) if (forms[j] === forms[left.token]) right = j;
      if (right < 0 || forms[right + 1] !== 'die') continue;
      const [, rl] = c.clauseSpan(right + 1);
      let gone = -1;
      for (let j = right + 2; j <= rl && gone < 0; j++) if (ABSENCE.has(forms[j]!)) gone = j;
      if (gone < 0 || negatedIn(c, right + 1, rl)) continue;
      hits.push({ kind: 'derogation', first: left.token, last: gone, target: left, core: { first: k - 2, last: gone } });
    }
  }
  void a;
}
