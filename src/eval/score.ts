/**
 * Scoring a case file (the format of shared/spec/examples.jsonl): each case has a
 * request and the expected verdict, rules that must be among the non-info
 * findings, and rules that must not be. Cases with a `functionality` are also
 * scored per functionality (the Multilingual HateCheck sets).
 */
import { check, type CheckOptions } from '../check/engine.js';

export interface Case {
  id: string;
  functionality?: string;
  request: unknown;
  expect: { verdict: string; rules: string[]; notRules?: string[] };
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

export function scoreCase(c: Case, options: CheckOptions = {}): CaseOutcome {
  const text = String((c.request as { text?: unknown })?.text ?? '');
  let got: string;
  let ok = false;
  let verdictOk = false;
  try {
    const r = check(c.request, options);
    const rules = new Set(r.findings.filter((f) => f.severity !== 'info').map((f) => f.rule));
    verdictOk = r.verdict === c.expect.verdict;
    const missing = c.expect.rules.filter((x) => !rules.has(x));
    const extra = (c.expect.notRules ?? []).filter((x) => rules.has(x));
    ok = verdictOk && missing.length === 0 && extra.length === 0;
    got = `${r.verdict} [${[...rules].sort().join(', ')}]${extra.length ? ` forbidden ${extra.join(', ')}` : ''}`;
  } catch (e) {
    got = `error: ${(e as Error).message}`;
  }
  const out: CaseOutcome = { id: c.id, ok, verdictOk, expected: `${c.expect.verdict} [${c.expect.rules.join(', ')}]`, got, text };
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
