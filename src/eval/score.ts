/**
 * Scoring a case file (the format of shared/spec/examples.jsonl): each case has a
 * request and the expected verdict, rules that must be among the non-info
 * findings, and rules that must not be. Cases with a `functionality` are also
 * scored per functionality (the Multilingual HateCheck sets).
 */
import { check, type CheckOptions } from '../check/engine.js';
import { applyFindingEdits } from '../check/apply-edits.js';
import { SterrenwachtError } from '../errors.js';
import type { CheckResult, Finding } from '../check/types.js';

/** What one finding of the result must look like (our own case files). */
export interface FindingExpectation {
  rule: string;
  /** Exactly these people ids ([] = none). */
  people?: string[];
  messageIncludes?: string[];
  messageExcludes?: string[];
  fixIncludes?: string[];
  fixExcludes?: string[];
  hasEdits?: boolean;
}

export interface Case {
  id: string;
  functionality?: string;
  request: unknown;
  expect: {
    verdict?: string;
    rules?: string[];
    notRules?: string[];
    /** The request is invalid: the error code expected. */
    error?: string;
    schoolRelated?: boolean;
    /** Each must be met by some finding with that rule. */
    findings?: FindingExpectation[];
    /** Words no message or fix may contain (names the draft does not identify). */
    omit?: string[];
    /** Applying every finding's edits and checking again clears the findings that had edits. */
    editsClear?: boolean;
    /** The draft after applying every edit. */
    edited?: string;
    editedEndsWith?: string;
    editedExcludes?: string[];
  };
}

export interface CaseOutcome {
  id: string;
  functionality?: string;
  ok: boolean;
  verdictOk: boolean;
  expected: string;
  got: string;
  text: string;
}

function findingProblem(f: Finding, x: FindingExpectation): string | undefined {
  if (x.people !== undefined) {
    const have = [...(f.people ?? [])].sort().join(',');
    if (have !== [...x.people].sort().join(',')) return `people [${have}] ≠ [${x.people.join(',')}]`;
  }
  const message = `${f.message}`;
  const fix = `${f.fix ?? ''}`;
  for (const w of x.messageIncludes ?? []) if (!message.includes(w)) return `message lacks "${w}"`;
  for (const w of x.messageExcludes ?? []) if (message.includes(w)) return `message has "${w}"`;
  for (const w of x.fixIncludes ?? []) if (!fix.includes(w)) return `fix lacks "${w}"`;
  for (const w of x.fixExcludes ?? []) if (fix.includes(w)) return `fix has "${w}"`;
  if (x.hasEdits === true && !(f.edits && f.edits.length > 0)) return 'no edits';
  if (x.hasEdits === false && f.edits && f.edits.length > 0) return 'unexpected edits';
  return undefined;
}

/** The further expectations of our own case files; a list of what is wrong. */
function detailProblems(c: Case, r: CheckResult, options: CheckOptions): string[] {
  const problems: string[] = [];
  const e = c.expect;
  if (e.schoolRelated !== undefined && r.schoolRelated !== e.schoolRelated) problems.push(`schoolRelated ${r.schoolRelated}`);
  for (const x of e.findings ?? []) {
    const candidates = r.findings.filter((f) => f.rule === x.rule);
    if (candidates.length === 0) {
      problems.push(`no ${x.rule} finding`);
      continue;
    }
    const why = candidates.map((f) => findingProblem(f, x));
    if (!why.includes(undefined)) problems.push(`${x.rule}: ${why[0]}`);
  }
  for (const w of e.omit ?? []) {
    if (r.findings.some((f) => `${f.message} ${f.fix ?? ''}`.includes(w))) problems.push(`names "${w}"`);
  }
  const request = c.request as { text?: string };
  if (e.editsClear || e.edited !== undefined || e.editedEndsWith !== undefined || e.editedExcludes) {
    const original = request.text ?? '';
    const edited = applyFindingEdits(original, r.findings);
    if (e.edited !== undefined && edited !== e.edited) problems.push(`edited ${JSON.stringify(edited)}`);
    if (e.editedEndsWith !== undefined && !edited.endsWith(e.editedEndsWith)) problems.push(`edited ${JSON.stringify(edited)}`);
    for (const w of e.editedExcludes ?? []) if (edited.includes(w)) problems.push(`edited has "${w}": ${JSON.stringify(edited)}`);
    if (e.editsClear) {
      const withEdits = r.findings.filter((f) => f.edits && f.edits.length > 0);
      if (withEdits.length === 0) problems.push('no finding has edits');
      const again = check({ ...(c.request as object), text: edited }, options);
      const left = withEdits.filter((f) => again.findings.some((g) => g.rule === f.rule && g.kind === f.kind));
      if (left.length) problems.push(`after edits still ${left.map((f) => `${f.rule}/${f.kind}`).join(', ')}: ${JSON.stringify(edited)}`);
    }
  }
  return problems;
}

export function scoreCase(c: Case, options: CheckOptions = {}): CaseOutcome {
  const text = String((c.request as { text?: unknown })?.text ?? '');
  let got: string;
  let ok = false;
  let verdictOk = false;
  const rulesWanted = c.expect.rules ?? [];
  try {
    const r = check(c.request, options);
    const rules = new Set(r.findings.filter((f) => f.severity !== 'info').map((f) => f.rule));
    verdictOk = c.expect.error === undefined && r.verdict === c.expect.verdict;
    const missing = rulesWanted.filter((x) => !rules.has(x));
    const extra = (c.expect.notRules ?? []).filter((x) => rules.has(x));
    const problems = verdictOk ? detailProblems(c, r, options) : [];
    ok = verdictOk && missing.length === 0 && extra.length === 0 && problems.length === 0;
    got = `${r.verdict} [${[...rules].sort().join(', ')}]${extra.length ? ` forbidden ${extra.join(', ')}` : ''}${problems.length ? ` — ${problems.join('; ')}` : ''}`;
  } catch (e) {
    const code = e instanceof SterrenwachtError ? e.code : undefined;
    verdictOk = ok = c.expect.error !== undefined && code === c.expect.error;
    got = `error ${code ?? ''}: ${(e as Error).message}`;
  }
  const expected = c.expect.error !== undefined ? `error ${c.expect.error}` : `${c.expect.verdict} [${rulesWanted.join(', ')}]`;
  const out: CaseOutcome = { id: c.id, ok, verdictOk, expected, got, text };
  if (c.functionality !== undefined) out.functionality = c.functionality;
  return out;
}

export interface Summary {
  total: number;
  right: number;
  byFunctionality: Map<string, { total: number; right: number }>;
  failures: CaseOutcome[];
}

export function summarise(outcomes: CaseOutcome[]): Summary {
  const byFunctionality = new Map<string, { total: number; right: number }>();
  for (const o of outcomes) {
    if (o.functionality === undefined) continue;
    const f = byFunctionality.get(o.functionality) ?? { total: 0, right: 0 };
    f.total++;
    if (o.ok) f.right++;
    byFunctionality.set(o.functionality, f);
  }
  return { total: outcomes.length, right: outcomes.filter((o) => o.ok).length, byFunctionality, failures: outcomes.filter((o) => !o.ok) };
}
