/**
 * `npm run eval [-- FILE ...] [--quiet]`: score case files against the check and
 * print "N/M cases right", per-functionality accuracy where cases have one, and
 * every failure with what was expected. Default: ../shared/spec/examples.jsonl.
 * Exit code 1 when a file given explicitly cannot be read.
 */
import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { scoreCase, summarise, type Case } from './score.js';

const args = process.argv.slice(2);
const quiet = args.includes('--quiet');
const files = args.filter((a) => !a.startsWith('--'));
if (files.length === 0) files.push(resolve(process.cwd(), '../shared/spec/examples.jsonl'));

let exit = 0;
for (const file of files) {
  if (!existsSync(file)) {
    console.error(`bestand niet gevonden / file not found: ${file}`);
    exit = 1;
    continue;
  }
  const cases = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Case);
  const s = summarise(cases.map((c) => scoreCase(c)));
  console.log(`${file}: ${s.right}/${s.total} cases right (${((100 * s.right) / Math.max(1, s.total)).toFixed(1)} %)`);
  if (s.byFunctionality.size > 0) {
    for (const [f, v] of [...s.byFunctionality].sort()) console.log(`  ${f.padEnd(22)} ${String(v.right).padStart(3)}/${String(v.total).padEnd(3)} ${((100 * v.right) / v.total).toFixed(1)} %`);
  }
  if (!quiet) for (const f of s.failures) console.log(`FAIL ${f.id}${f.functionality ? ` (${f.functionality})` : ''}: want ${f.expected}, got ${f.got}\n     ${f.text}`);
}
process.exitCode = exit;
