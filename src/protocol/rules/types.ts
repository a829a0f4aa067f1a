/**
 * What a rule is: the article it implements and a pure function from the shared
 * reading of a draft to findings. Findings are values, never exceptions.
 */
import type { TextAnalysis } from '../../check/analysis.js';
import type { DecencyHit } from '../../check/detectors/decency.js';
import type { DisclaimerPresence } from '../../check/detectors/disclosure.js';
import type { MissionHit } from '../../check/detectors/mission.js';
import type { PersonalHit } from '../../check/detectors/personal.js';
import type { SchoolScope } from '../../check/detectors/school.js';
import type { GoodNameHit } from '../../check/detectors/goodname.js';
import type { CheckRequest, Finding, Person } from '../../check/types.js';
import type { SchoolProfile } from '../school.js';

export interface ThreadReading {
  index: number;
  decency: DecencyHit[];
  goodName: GoodNameHit[];
}

export interface CheckContext {
  request: CheckRequest & { people: Person[] };
  school: SchoolProfile;
  people: Map<string, Person>;
  isStaff: boolean;
  text: TextAnalysis;
  scope: SchoolScope;
  /** D1/D2: the protocol covers this draft. */
  schoolRelated: boolean;
  /** The draft (or the discussion it joins) gives information or an opinion about the school. */
  aboutSchool: boolean;
  decency: DecencyHit[];
  goodName: GoodNameHit[];
  personal: PersonalHit[];
  mission: MissionHit[];
  disclosure: boolean;
  disclaimer: DisclaimerPresence;
  thread: ThreadReading[];
}

export interface Rule {
  /** The article this rule implements (protocol numbering). */
  readonly article: string;
  /** One line on when it applies. */
  readonly applies: string;
  /** `earlier`: the findings of the rules listed before this one (B3 weighs them). */
  evaluate(ctx: CheckContext, earlier: readonly Finding[]): Finding[];
}

/** Build a finding with Dutch and English text. */
export function finding(
  rule: string,
  severity: Finding['severity'],
  message: [nl: string, en: string],
  extra: Partial<Omit<Finding, 'rule' | 'severity' | 'message' | 'messageEn'>> = {},
): Finding {
  return { rule, severity, message: message[0], messageEn: message[1], ...extra };
}

/** Quote the original words of a span. */
export function quote(ctx: CheckContext, span: [number, number]): string {
  const s = ctx.request.text.slice(span[0], span[1]);
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}
