/**
 * A slur the author says of themselves (#9, reclaimed use): the word names the first person, not
 * someone else — "als trotse X loop ik mee", "wij X van groep 8 hebben …", "ik ben een trotse X",
 * "wij zijn X en trots". Read by structure, for any slur of the lists:
 *
 * - predicate of a first-person copula: "ik ben", "wij/we zijn", inverted "ben ik", with only
 *   determiners and adjectives between;
 * - apposition after a first-person plural subject: "wij X", "we X" (the slur right after the
 *   pronoun, adjectives allowed between);
 * - "als" + the slur opening a clause whose subject is a first person ("als trotse X loop ik …").
 *
 * Not when a second or third person is in the slur's clause before it ("jij bent een X", "ik vind
 * hem een X"), not with a judging adjective on the slur ("ik ben een vieze X" is self-abuse, read
 * elsewhere), not in a question. Constant work per slur: a look at the few words around it.
 */
import type { TextAnalysis } from '../analysis.js';
import { wordSet } from '../text/normalize.js';

const FIRST_SINGULAR = wordSet(['ik']);
const FIRST_PLURAL = wordSet(['wij', 'we']);
const COPULA_FIRST = wordSet(['ben', 'zijn', 'was', 'waren', 'blijf', 'blijven', 'word', 'worden']);
const DET = wordSet(['een', 'de', 'echte', 'echt', 'trotse', 'trots', 'gewoon', 'ook', 'nou', 'eenmaal', 'maar', 'allemaal', 'alle', 'een', 'blije', 'vrolijke', 'stoere', 'hele', 'ouwe', 'oude', 'jonge']);
const OTHER_PERSON = wordSet(['jij', 'je', 'jou', 'u', 'hij', 'zij', 'ze', 'hem', 'haar', 'hen', 'hun', 'jullie', 'die', 'dat']);

/** Is the slur at first..last said of the author (a first person) by the clause's structure? */
export function slurOfSelf(a: TextAnalysis, first: number, last: number): boolean {
  const tokens = a.tokens;
  const clause = tokens[first]!.clause;
  if (a.isQuestion(tokens[first]!.sentence)) return false;
  // walk back over determiners and adjectives that do not judge
  let j = first - 1;
  while (j >= 0 && tokens[j]!.clause === clause && DET.has(tokens[j]!.norm)) j--;
  if (j >= 0 && (a.has(j, 'negEval') || a.has(j, 'profanityAdj'))) return false;
  const before = j >= 0 && tokens[j]!.clause === clause ? tokens[j]!.norm : '';
  // "wij X", "we X"
  if (FIRST_PLURAL.has(before)) return true;
  // "ik ben (een) X", "wij zijn X", "ben ik een X"
  if (COPULA_FIRST.has(before)) {
    const subj = tokens[j - 1]?.norm ?? '';
    const inverted = tokens[j + 1]?.norm ?? '';
    if ((j - 1 >= 0 && tokens[j - 1]!.clause === clause && (FIRST_SINGULAR.has(subj) || FIRST_PLURAL.has(subj))) || FIRST_SINGULAR.has(inverted) || FIRST_PLURAL.has(inverted)) {
      for (let i = j - 2; i >= 0 && tokens[i]!.clause === clause; i--) if (OTHER_PERSON.has(tokens[i]!.norm)) return false;
      return true;
    }
    return false;
  }
  // "als (trotse) X loop ik …": the subject of the clause is a first person, no other person before the verb
  if (before === 'als') {
    for (let i = last + 1; i < tokens.length && i <= last + 4 && tokens[i]!.sentence === tokens[first]!.sentence; i++) {
      const w = tokens[i]!.norm;
      if (FIRST_SINGULAR.has(w) || FIRST_PLURAL.has(w)) return true;
      if (OTHER_PERSON.has(w)) return false;
    }
  }
  return false;
}
