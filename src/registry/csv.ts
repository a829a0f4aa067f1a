/**
 * CSV import of a roster export: all rows or none, in one transaction; every bad
 * row is reported with its line number and the reason.
 *
 * Columns (header row; Dutch or English, any order, ';' or ',' separated):
 * | column | also accepted | meaning |
 * | id | nummer, leerlingnummer, personeelsnummer | optional stable id |
 * | name | naam, volledige naam | full name — or voornaam + tussenvoegsel + achternaam |
 * | role | rol, soort | leerling/pupil, medewerker/staff, ouder/verzorger/parent, anders/other |
 * | group | groep, klas | e.g. "5", "groep 5", "groep-5" |
 * | guardian_of | ouder van, kind, kinderen | ids of the children, separated by '|' |
 * | manager | leidinggevende | id of the leidinggevende (staff) |
 */
import { parse } from 'csv-parse/sync';
import { SterrenwachtError } from '../errors.js';
import type { Db } from '../store/db.js';
import { addPerson, personInputSchema, type PersonInput } from './service.js';

const HEADERS: Record<string, string> = {
  id: 'id', nummer: 'id', leerlingnummer: 'id', personeelsnummer: 'id',
  name: 'name', naam: 'name', 'volledige naam': 'name',
  voornaam: 'first', 'first name': 'first', tussenvoegsel: 'infix', achternaam: 'last', 'last name': 'last',
  role: 'role', rol: 'role', soort: 'role',
  group: 'group', groep: 'group', klas: 'group',
  guardian_of: 'guardianOf', 'ouder van': 'guardianOf', kind: 'guardianOf', kinderen: 'guardianOf',
  manager: 'manager', leidinggevende: 'manager',
};
const ROLES: Record<string, PersonInput['role']> = {
  leerling: 'pupil', pupil: 'pupil', medewerker: 'staff', personeel: 'staff', leerkracht: 'staff', staff: 'staff',
  ouder: 'parent', verzorger: 'parent', 'ouder/verzorger': 'parent', parent: 'parent', anders: 'other', overig: 'other', other: 'other',
};

export interface RowProblem {
  line: number;
  reason: string;
  reasonEn: string;
}

export interface ImportResult {
  imported: number;
  ids: string[];
}

function groupId(value: string): string | null {
  const v = value.trim().toLowerCase();
  if (!v) return null;
  const m = /^(?:groep[\s-]*)?(\d)$/.exec(v);
  return m ? `groep-${m[1]}` : v;
}

export async function importCsv(db: Db, schoolId: string, actor: string, csv: string): Promise<ImportResult> {
  const firstLine = csv.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(csv.replace(/^\uFEFF/, ''), {
      delimiter,
      columns: (header: string[]) => header.map((h) => HEADERS[h.trim().toLowerCase()] ?? `?${h.trim()}`),
      skip_empty_lines: true,
      trim: true,
      info: true,
    }) as unknown as { record: Record<string, string>; info: { lines: number } }[];
  } catch (e) {
    throw new SterrenwachtError('invalid_import', `Het CSV-bestand kan niet gelezen worden: ${(e as Error).message}`, `The CSV file cannot be read: ${(e as Error).message}`);
  }
  const problems: RowProblem[] = [];
  const unknown = Object.keys(records[0]?.record ?? {}).filter((k) => k.startsWith('?'));
  if (unknown.length) problems.push({ line: 1, reason: `onbekende kolom(men): ${unknown.map((k) => k.slice(1)).join(', ')}`, reasonEn: `unknown column(s): ${unknown.map((k) => k.slice(1)).join(', ')}` });
  const inputs: { line: number; input: PersonInput }[] = [];
  let read = 0;
  for (const { record: r, info } of records) {
    if (++read % 1000 === 0) await new Promise((resolve) => setImmediate(resolve));
    const line = info.lines;
    const name = r.name || [r.first, r.infix, r.last].filter(Boolean).join(' ');
    const role = ROLES[(r.role ?? '').trim().toLowerCase()];
    if (!role) {
      problems.push({ line, reason: `onbekende rol "${r.role ?? ''}" (leerling, medewerker, ouder of anders)`, reasonEn: `unknown role "${r.role ?? ''}" (pupil, staff, parent or other)` });
      continue;
    }
    const parsed = personInputSchema.safeParse({
      ...(r.id ? { id: r.id } : {}),
      name,
      role,
      groupId: r.group ? groupId(r.group) : null,
      managerId: r.manager || null,
      ...(r.guardianOf ? { guardianOf: r.guardianOf.split('|').map((x) => x.trim()).filter(Boolean) } : {}),
    });
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      problems.push({ line, reason: `veld "${issue.path.join('.') || 'naam'}" klopt niet (${issue.message})`, reasonEn: `field "${issue.path.join('.') || 'name'}" is invalid (${issue.message})` });
      continue;
    }
    inputs.push({ line, input: parsed.data });
  }
  const fail = (list: RowProblem[]): never => {
    const err = new SterrenwachtError('invalid_import', `Niets geïmporteerd: ${list.length} regel(s) kloppen niet.`, `Nothing imported: ${list.length} row(s) are invalid.`);
    err.details = list;
    throw err;
  };
  if (problems.length) fail(problems);
  // parents may refer to children added earlier in the same file: pupils first, then the rest
  inputs.sort((a, b) => Number(a.input.role !== 'pupil') - Number(b.input.role !== 'pupil') || a.line - b.line);
  const ids: string[] = [];
  try {
    await db.transaction(async (tx) => {
      const rowProblems: RowProblem[] = [];
      let done = 0;
      for (const { line, input } of inputs) {
        // a large file: let other requests (/health, other schools) in between rows
        if (++done % 100 === 0) await new Promise((resolve) => setImmediate(resolve));
        try {
          // a savepoint per row, so one bad row can be reported without aborting the others' checks
          ids.push(await (tx as unknown as Db).transaction(async (sp) => addPerson(sp as unknown as Db, schoolId, actor, input, `regel ${line}`)));
        } catch (e) {
          if (!(e instanceof SterrenwachtError)) throw e;
          rowProblems.push({ line, reason: e.messageNl, reasonEn: e.messageEn });
        }
      }
      if (rowProblems.length) fail(rowProblems.sort((a, b) => a.line - b.line));
    });
  } catch (e) {
    ids.length = 0;
    throw e;
  }
  return { imported: ids.length, ids };
}
