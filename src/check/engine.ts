/**
 * The check: one draft in, a verdict with findings out (shared/spec/check-contract.md).
 *
 * 1. parse and validate the request (errors are SterrenwachtErrors);
 * 2. read the text once (analysis.ts) and run the detectors over that reading;
 * 3. decide scope (D1/D2), run every rule, settle uncertain detections (B3);
 * 4. the verdict is the most severe finding.
 */
import { DE_STERREN, type SchoolProfile } from '../protocol/school.js';
import { protocolVersion } from '../protocol/version.js';
import { RULES } from '../protocol/rules/index.js';
import type { CheckContext, ThreadReading } from '../protocol/rules/types.js';
import { analyse, type TextAnalysis } from './analysis.js';
import { detectDecency, type DecencyHit } from './detectors/decency.js';
import { detectGoodName, type GoodNameHit } from './detectors/goodname.js';
import { detectMission, type MissionHit } from './detectors/mission.js';
import { detectPersonal, type PersonalHit } from './detectors/personal.js';
import { detectSchool, type SchoolScope } from './detectors/school.js';
import { disclaimerPresence, hasDisclosure, type DisclaimerPresence } from './detectors/disclosure.js';
import { nameAt } from './detectors/context.js';
import { parseCheckRequest } from './request.js';
import { addEdits } from './edits.js';
import { mapPacked } from './reading/word-sets.js';
import type { CheckRequest, CheckResult, Finding, Person, Severity, Verdict } from './types.js';

export interface CheckOptions {
  school?: SchoolProfile;
  /** People used when a request has no `people` of its own (the school's registry). */
  people?: readonly Person[];
  /** The id of the protocol version the draft is judged under (governance: the version in force); default the template's. */
  protocolVersion?: string | undefined;
}

const RANK: Record<Severity, number> = { info: 0, revise: 1, consult: 2, block: 3 };
const VERDICT: Verdict[] = ['allowed', 'revise', 'consult', 'blocked'];

export function verdictOf(findings: readonly Finding[]): Verdict {
  let max = 0;
  for (const f of findings) max = Math.max(max, RANK[f.severity]);
  return VERDICT[max]!;
}

/** Check one request (any JSON value); throws SterrenwachtError for invalid input. */
export function check(input: unknown, options: CheckOptions = {}): CheckResult {
  const request = parseCheckRequest(input, options.people);
  const result = checkRequest(request, options.school ?? DE_STERREN);
  return options.protocolVersion ? { ...result, protocolVersion: options.protocolVersion } : result;
}

const PREFIXES = /^(n\.?b\.?s\.?|o\.?b\.?s\.?|c\.?b\.?s\.?|r\.?k\.?b\.?s\.?|p\.?c\.?b\.?s\.?|i\.?b\.?s\.?|basisschool|school|kbs|jenaplanschool|montessorischool|daltonschool)\s+/i;
const overrideCache = new Map<string, SchoolProfile>();

/** A request may name another school (`school: {name, aliases}`): derive its profile. */
function schoolFor(request: CheckRequest, base: SchoolProfile): SchoolProfile {
  if (!request.school) return base;
  const key = JSON.stringify(request.school);
  let s = overrideCache.get(key);
  if (!s) {
    const name = request.school.name;
    const shortName = name.replace(PREFIXES, '').trim() || name;
    const fill = (t: string): string => t.split(base.name).join(name);
    s = {
      ...base,
      name,
      shortName,
      aliases: request.school.aliases,
      hashtags: [shortName.replace(/\s+/g, '')],
      shortNameIsCommonPhrase: /^(de|het|'t)\s/i.test(shortName),
      disclosure: { nl: fill(base.disclosure.nl), en: fill(base.disclosure.en) },
      disclaimer: { nl: fill(base.disclaimer.nl), en: fill(base.disclaimer.en) },
      mission: { nl: fill(base.mission.nl), en: fill(base.mission.en) },
    };
    if (overrideCache.size > 1000) overrideCache.clear();
    overrideCache.set(key, s);
  }
  return s;
}

const peopleMaps = new WeakMap<readonly Person[], Map<string, Person>>();
function peopleMap(people: readonly Person[]): Map<string, Person> {
  let m = peopleMaps.get(people);
  if (!m) {
    m = new Map(people.map((p) => [p.id, p]));
    peopleMaps.set(people, m);
  }
  return m;
}

/**
 * What the rules read of one draft. A class with prototype getters (rather than an object
 * literal with getters and closures per check): the detectors that only some rules need run
 * on first use, and a check leaves no closures behind for the collector to trace.
 */
class Context implements CheckContext {
  readonly decency: DecencyHit[];
  readonly personal: PersonalHit[];
  private goodName_?: GoodNameHit[];
  private mission_?: MissionHit[];
  private disclosure_?: boolean;
  private disclaimer_?: DisclaimerPresence;

  constructor(
    readonly request: CheckRequest & { people: Person[] },
    readonly school: SchoolProfile,
    readonly people: Map<string, Person>,
    readonly isStaff: boolean,
    readonly text: TextAnalysis,
    readonly scope: SchoolScope,
    readonly schoolRelated: boolean,
    readonly aboutSchool: boolean,
    readonly thread: ThreadReading[],
    private readonly authorId: string | undefined,
  ) {
    this.decency = detectDecency(text, authorId);
    this.personal = detectPersonal(text, school, authorId);
  }

  get goodName(): GoodNameHit[] {
    return (this.goodName_ ??= detectGoodName(this.text, this.scope));
  }

  get mission(): MissionHit[] {
    return (this.mission_ ??= detectMission(this.text, this.authorId));
  }

  get disclosure(): boolean {
    return (this.disclosure_ ??= hasDisclosure(this.text, this.scope));
  }

  get disclaimer(): DisclaimerPresence {
    return (this.disclaimer_ ??= disclaimerPresence(this.request.text));
  }
}

export function checkRequest(request: CheckRequest & { people: Person[] }, baseSchool: SchoolProfile): CheckResult {
  const school = schoolFor(request, baseSchool);
  const people = peopleMap(request.people);
  const authorId = request.author.id;
  const isStaff = request.author.role === 'staff';
  const text = analyse(request.text, request.people, school);
  const scope = detectSchool(text, school.shortNameIsCommonPhrase);

  // thread: read only for staff (B1 scope, B2); nobody else is judged on it
  const thread: ThreadReading[] = [];
  let threadAboutSchool = false;
  if (isStaff) {
    request.thread.forEach((message, index) => {
      const t = analyse(message, request.people, school);
      const ts = detectSchool(t, school.shortNameIsCommonPhrase);
      if (ts.mentions.length > 0 || ts.lifeWords.length > 0) threadAboutSchool = true;
      thread.push({ index, decency: detectDecency(t), goodName: detectGoodName(t, ts) });
    });
  }

  const namesOther = text.names.some((m) => nameAt(text, m.first, authorId) !== undefined);
  const mediaPeople = request.media.some((m) => m.depicts.some((id) => id !== authorId) || m.faces.some((f) => f.person !== undefined && f.person !== authorId));
  const aboutSchool = scope.mentions.length > 0 || scope.lifeWords.length > 0 || threadAboutSchool;
  const schoolRelated = aboutSchool || namesOther || mediaPeople || request.setting !== 'private' || request.connect !== undefined || request.account === 'school';

  const ctx = new Context(request, school, people, isStaff, text, scope, schoolRelated, aboutSchool, thread, authorId);
  let findings: Finding[] = [];
  for (const rule of RULES) findings.push(...rule.evaluate(ctx, findings));

  if (!schoolRelated) {
    // D2: outside the protocol's scope; what the detectors saw is shown as advice only
    findings = mapPacked(findings, (f) => (f.rule === 'D2' ? f : { ...f, severity: 'info' as const }));
  } else {
    // an unsettled detection: staff consult (B3 above), others are asked to revise
    findings = mapPacked(findings, (f) => (f.uncertain && f.severity !== 'info' ? { ...f, severity: isStaff ? ('info' as const) : ('revise' as const) } : f));
  }
  // the fixes that are a change of text, as edits a user interface applies in one click
  findings = addEdits(request.text, findings, school);
  return { verdict: verdictOf(findings), findings, schoolRelated, protocolVersion: protocolVersion(school) };
}

/**
 * Load what the check builds or reads lazily (the word-list automaton, the Dutch word
 * lists) now, so the first real draft is as fast as the rest. The service calls it
 * once after it starts listening.
 */
export function warmUp(): void {
  check({ text: 'Wlag van de Sterren? Ik haaat appen, 06-12345678.', author: { role: 'staff' }, setting: 'work' });
}
