/**
 * Reading a roster export: the CSV files Dutch primary schools get from their pupil
 * administration (ParnasSys, ESIS, Magister, Somtoday) or write by hand. Pure: text in,
 * rows and every problem out (all bad rows in one pass, each with its line number).
 *
 * - separator `;`, `,` or tab (whichever the header row uses most, outside quotes); a BOM;
 *   quoted fields (with the separator, quotes doubled, line breaks inside);
 * - headers in any order, Dutch or English, case and punctuation ignored (see HEADERS);
 * - columns the import does not know are ignored and named in the preview (nothing of
 *   them is stored: an export often holds addresses and birth dates we do not need);
 * - without a role column every row is a pupil (a pupil export); guardians' e-mail
 *   addresses (`e-mail verzorger 1`, `E-mailadres ouder/verzorger 2`, …) become parents
 *   linked to the pupil; an id (leerlingnummer) is required on every row.
 */
import { z } from 'zod';
import { SterrenwachtError } from '../errors.js';

export type RosterRole = 'pupil' | 'staff' | 'parent' | 'other';

/** Normalised header → field. Headers are normalised by `headerKey`. */
const HEADERS: Record<string, string> = {};
const alias = (field: string, ...names: string[]): void => {
  for (const n of names) HEADERS[headerKey(n)] = field;
};
alias('id', 'id', 'nummer', 'nr', 'leerlingnummer', 'leerlingnr', 'leerling nummer', 'leerling id', 'leerlingid', 'llnr', 'stamnummer', 'stamnr', 'personeelsnummer', 'personeelsnr', 'medewerkernummer', 'werknemersnummer', 'relatienummer', 'externe id', 'student id', 'pupil id', 'number');
alias('name', 'name', 'naam', 'volledige naam', 'volledigenaam', 'full name', 'weergavenaam', 'leerling');
alias('first', 'voornaam', 'roepnaam', 'roepnaam leerling', 'first name', 'firstname', 'given name');
alias('infix', 'tussenvoegsel', 'tussenvoegsels', 'voorvoegsel', 'voorvoegsels', 'tussenv', 'voorv', 'tussenvoegsel leerling', 'voorvoegsel leerling', 'infix', 'prefix');
alias('last', 'achternaam', 'achternaam leerling', 'geslachtsnaam', 'last name', 'lastname', 'surname', 'family name');
alias('role', 'role', 'rol', 'soort', 'type', 'functie soort');
alias('group', 'group', 'groep', 'klas', 'stamgroep', 'basisgroep', 'groepsnaam', 'groep naam', 'class', 'groep leerling', 'klas leerling');
alias('year', 'jaargroep', 'leerjaar', 'jaar groep', 'year', 'grade');
alias('email', 'email', 'e-mail', 'e-mailadres', 'emailadres', 'e-mail adres', 'mail', 'e-mail medewerker', 'e-mail school');
alias('guardianOf', 'guardian_of', 'guardian of', 'ouder van', 'kind', 'kinderen', 'children');
alias('manager', 'manager', 'leidinggevende');

/** Lower case, no accents, punctuation as spaces, spaces collapsed. */
export function headerKey(h: string): string {
  return h
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[_.:()[\]/\\#-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A guardian column: `e-mail verzorger 1`, `Emailadres ouder/verzorger 2`, `naam verzorger 1`, `mail ouder2`. */
function guardianField(key: string): { slot: number; what: 'email' | 'name' | 'first' | 'infix' | 'last' } | undefined {
  if (!/\b(verzorger|ouder|ouders|voogd|guardian|parent)\s*\d?\b/.test(key) && !/(verzorger|ouder|guardian|parent)\d/.test(key)) return undefined;
  if (/\bouder van\b/.test(key)) return undefined;
  const slot = Number(/(\d)\s*$/.exec(key)?.[1] ?? /(?:verzorger|ouder|guardian|parent)\s*(\d)/.exec(key)?.[1] ?? 1);
  if (/mail/.test(key)) return { slot, what: 'email' };
  if (/roepnaam|voornaam|first/.test(key)) return { slot, what: 'first' };
  if (/achternaam|geslachtsnaam|last|surname/.test(key)) return { slot, what: 'last' };
  if (/tussenvoegsel|voorvoegsel/.test(key)) return { slot, what: 'infix' };
  if (/naam|name/.test(key)) return { slot, what: 'name' };
  return undefined;
}

const ROLES: Record<string, RosterRole> = {
  leerling: 'pupil', pupil: 'pupil', kind: 'pupil', student: 'pupil',
  medewerker: 'staff', personeel: 'staff', leerkracht: 'staff', docent: 'staff', staff: 'staff', teacher: 'staff',
  ouder: 'parent', verzorger: 'parent', 'ouder/verzorger': 'parent', 'ouder verzorger': 'parent', voogd: 'parent', parent: 'parent', guardian: 'parent',
  anders: 'other', overig: 'other', other: 'other',
};

const idSchema = z.string().min(1).max(200).regex(/^[A-Za-z0-9._-]+$/);
const emailSchema = z.email().max(320);

export interface RowProblem {
  line: number;
  /** The column the problem is in, where there is one. */
  column?: string;
  reason: string;
  reasonEn: string;
}

export interface GuardianRef {
  email: string;
  name?: string;
}

export interface RosterRow {
  line: number;
  id: string;
  name: string;
  role: RosterRole;
  /** The group as written in the file ("groep 1/2", "3a", "Zonnestraal"), or null. */
  group: string | null;
  year: number | null;
  email: string | null;
  guardianOf: string[] | null;
  manager: string | null;
  /** Guardians named on a pupil's row. */
  guardians: GuardianRef[];
}

export interface RosterFile {
  delimiter: ';' | ',' | '\t';
  /** The columns as written, each with what the import reads from it (null: ignored). */
  columns: { header: string; field: string | null }[];
  rows: RosterRow[];
  problems: RowProblem[];
  /** The file has a role column (otherwise every row is a pupil). */
  hasRole: boolean;
  /** The file names guardians (pupil rows with guardians' e-mail addresses, or parent rows). */
  hasGuardians: boolean;
}

/** The separator the header row uses most, outside quotes. */
export function detectDelimiter(text: string): ';' | ',' | '\t' {
  const counts = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && (c === ';' || c === ',' || c === '\t')) counts[c]++;
  }
  return counts['\t'] > counts[';'] && counts['\t'] > counts[','] ? '\t' : counts[';'] >= counts[','] && counts[';'] > 0 ? ';' : ',';
}

/**
 * The records of a CSV text (RFC 4180: fields in double quotes may hold the separator, line
 * breaks and doubled quotes; a quote inside an unquoted field is kept as it is), each with the
 * line it starts on. Fast: one pass over the text.
 */
export function csvRecords(text: string, delimiter: string): { fields: string[]; line: number }[] {
  const out: { fields: string[]; line: number }[] = [];
  const n = text.length;
  const d = delimiter.charCodeAt(0);
  let i = 0;
  let line = 1;
  while (i < n) {
    const start = line;
    const fields: string[] = [];
    for (;;) {
      let value: string;
      if (text.charCodeAt(i) === 34 /* " */) {
        let j = i + 1;
        let parts = '';
        for (;;) {
          const q = text.indexOf('"', j);
          if (q < 0) fail(`Het CSV-bestand kan niet gelezen worden: een veld dat op regel ${line} met een aanhalingsteken begint, wordt niet afgesloten.`, `The CSV file cannot be read: a field that starts with a quote on line ${line} is never closed.`);
          parts += text.slice(j, q);
          if (text.charCodeAt(q + 1) === 34) {
            parts += '"';
            j = q + 2;
            continue;
          }
          j = q + 1;
          break;
        }
        for (let k = parts.indexOf('\n'); k >= 0; k = parts.indexOf('\n', k + 1)) line++;
        // anything after the closing quote up to the separator is kept (relaxed)
        let e = j;
        while (e < n && text.charCodeAt(e) !== d && text.charCodeAt(e) !== 10 && text.charCodeAt(e) !== 13) e++;
        value = parts + text.slice(j, e);
        i = e;
      } else {
        let e = i;
        while (e < n && text.charCodeAt(e) !== d && text.charCodeAt(e) !== 10 && text.charCodeAt(e) !== 13) e++;
        value = text.slice(i, e);
        i = e;
      }
      fields.push(value);
      if (i < n && text.charCodeAt(i) === d) {
        i++;
        continue;
      }
      break;
    }
    // end of record: \r\n, \n or \r
    if (text.charCodeAt(i) === 13) i++;
    if (text.charCodeAt(i) === 10) i++;
    line++;
    if (fields.length === 1 && fields[0] === '') continue; // an empty line
    out.push({ fields, line: start });
  }
  return out;
}

function fail(nl: string, en: string): never {
  throw new SterrenwachtError('invalid_import', nl, en);
}

/** Read a roster export. Throws only when the file as a whole cannot be read; bad rows are `problems`. */
export function parseRoster(input: string): RosterFile {
  const text = input.replace(/^\uFEFF/, '');
  if (!text.trim()) fail('Het bestand is leeg.', 'The file is empty.');
  const delimiter = detectDelimiter(text);
  const records = csvRecords(text, delimiter).map((r) => ({ record: r.fields, info: { lines: r.line } }));
  const header = records.shift();
  if (!header) fail('Het bestand heeft geen kopregel.', 'The file has no header row.');
  const problems: RowProblem[] = [];
  const columns = header.record.map((h) => {
    const key = headerKey(h);
    const g = guardianField(key);
    return { header: h.trim(), field: HEADERS[key] ?? (g ? `guardian${g.slot}.${g.what}` : null) };
  });
  const index = new Map<string, number>();
  columns.forEach((c, i) => {
    if (!c.field) return;
    if (index.has(c.field)) {
      // e.g. both "Groep" and "Stamgroep": the first one counts, the other is named as ignored
      c.field = null;
      return;
    }
    index.set(c.field, i);
  });
  if (!index.has('id')) problems.push({ line: 1, column: 'id', reason: 'een kolom met het id (leerlingnummer, personeelsnummer of id) ontbreekt', reasonEn: 'a column with the id (leerlingnummer, personeelsnummer or id) is missing' });
  if (!index.has('name') && !index.has('last') && !index.has('first')) problems.push({ line: 1, column: 'naam', reason: 'een kolom met de naam (naam, of roepnaam en achternaam) ontbreekt', reasonEn: 'a column with the name (naam, or roepnaam and achternaam) is missing' });
  const slots = [...new Set(columns.flatMap((c) => (c.field?.startsWith('guardian') ? [Number(c.field.slice(8, c.field.indexOf('.')))] : [])))].sort();
  const hasRole = index.has('role');
  const rows: RosterRow[] = [];
  if (problems.length) return { delimiter, columns, rows, problems, hasRole, hasGuardians: false };
  const seen = new Map<string, number>();
  for (const { record, info } of records) {
    const line = info.lines;
    const get = (field: string): string => {
      const i = index.get(field);
      if (i === undefined) return '';
      const v = record[i] ?? '';
      return /\s\s|[\t\r\n]/.test(v) ? v.replace(/\s+/g, ' ').trim() : v.trim();
    };
    if (record.every((v) => !v.trim())) continue;
    const problem = (column: string, reason: string, reasonEn: string): void => void problems.push({ line, column, reason, reasonEn });
    const before = problems.length;
    if (record.length > header.record.length && record.slice(header.record.length).some((v) => v.trim())) {
      problem('', `meer velden (${record.length}) dan kolommen (${header.record.length}); staat er een scheidingsteken in een veld zonder aanhalingstekens?`, `more fields (${record.length}) than columns (${header.record.length}); is there a separator in an unquoted field?`);
    }
    const id = get('id');
    if (!id) problem('id', 'het id (leerlingnummer) ontbreekt', 'the id (leerlingnummer) is missing');
    else if (!idSchema.safeParse(id).success) problem('id', `id "${id.slice(0, 60)}" mag alleen letters, cijfers, . _ en - bevatten (hoogstens 200 tekens)`, `id "${id.slice(0, 60)}" may hold only letters, digits, . _ and - (at most 200 characters)`);
    else if (seen.has(id)) problem('id', `id "${id}" staat ook op regel ${seen.get(id)}`, `id "${id}" is also on line ${seen.get(id)}`);
    else seen.set(id, line);
    const name = get('name') || [get('first'), get('infix'), get('last')].filter(Boolean).join(' ');
    if (!name) problem('naam', 'de naam ontbreekt', 'the name is missing');
    else if (name.length > 300) problem('naam', 'de naam is langer dan 300 tekens', 'the name is longer than 300 characters');
    let role: RosterRole = 'pupil';
    if (hasRole) {
      const r = ROLES[get('role').toLowerCase()];
      if (!r) problem('rol', `onbekende rol "${get('role').slice(0, 40)}" (leerling, medewerker, ouder of anders)`, `unknown role "${get('role').slice(0, 40)}" (pupil, staff, parent or other)`);
      else role = r;
    }
    const group = get('group') || null;
    if (group && group.length > 100) problem('groep', 'de groep is langer dan 100 tekens', 'the group is longer than 100 characters');
    const groupNumber = group ? /^(?:groep|gr\.?|jaargroep)?\s*(\d+)(?:\D|$)/i.exec(group)?.[1] : undefined;
    if (groupNumber && !(Number(groupNumber) >= 1 && Number(groupNumber) <= 8)) problem('groep', `groep "${group!.slice(0, 40)}" bestaat niet in het basisonderwijs (groep 1 tot en met 8)`, `group "${group!.slice(0, 40)}" does not exist in primary school (groups 1 to 8)`);
    const yearText = get('year');
    const year = yearText ? Number(/\d+/.exec(yearText)?.[0]) : null;
    if (yearText && !(Number.isInteger(year) && year! >= 1 && year! <= 8)) problem('jaargroep', `jaargroep "${yearText.slice(0, 20)}" is geen getal van 1 tot en met 8`, `year "${yearText.slice(0, 20)}" is not a number from 1 to 8`);
    const email = get('email').toLowerCase() || null;
    if (email && !emailSchema.safeParse(email).success) problem('e-mail', `"${email.slice(0, 80)}" is geen e-mailadres`, `"${email.slice(0, 80)}" is not an e-mail address`);
    const guardianOfText = get('guardianOf');
    const guardianOf = guardianOfText ? guardianOfText.split(/[|,;]/).map((x) => x.trim()).filter(Boolean) : null;
    if (guardianOf && guardianOf.some((c) => !idSchema.safeParse(c).success)) problem('ouder van', 'de ids van de kinderen kloppen niet (scheid ze met |)', 'the ids of the children are invalid (separate them with |)');
    if (guardianOf && guardianOf.length > 20) problem('ouder van', 'meer dan 20 kinderen', 'more than 20 children');
    if (guardianOf?.length && role !== 'parent') problem('ouder van', 'alleen een ouder/verzorger heeft kinderen', 'only a parent/guardian has children');
    const manager = get('manager') || null;
    if (manager && !idSchema.safeParse(manager).success) problem('leidinggevende', 'het id van de leidinggevende klopt niet', 'the id of the manager is invalid');
    const guardians: GuardianRef[] = [];
    for (const slot of slots) {
      const ge = get(`guardian${slot}.email`).toLowerCase();
      const gn = get(`guardian${slot}.name`) || [get(`guardian${slot}.first`), get(`guardian${slot}.infix`), get(`guardian${slot}.last`)].filter(Boolean).join(' ');
      if (!ge) continue;
      if (!emailSchema.safeParse(ge).success) problem(`e-mail verzorger ${slot}`, `"${ge.slice(0, 80)}" is geen e-mailadres`, `"${ge.slice(0, 80)}" is not an e-mail address`);
      else if (!guardians.some((g) => g.email === ge)) guardians.push({ email: ge, ...(gn ? { name: gn.slice(0, 300) } : {}) });
    }
    if (guardians.length && role !== 'pupil') problem('e-mail verzorger', 'alleen een leerling heeft verzorgers', 'only a pupil has guardians');
    if (problems.length > before) continue;
    rows.push({ line, id, name, role, group, year, email, guardianOf, manager, guardians });
  }
  if (!rows.length && !problems.length) problems.push({ line: 1, reason: 'het bestand heeft geen regels onder de kopregel', reasonEn: 'the file has no rows below the header' });
  const hasGuardians = slots.some((s) => index.has(`guardian${s}.email`)) || rows.some((r) => r.role === 'parent');
  return { delimiter, columns, rows, problems, hasRole, hasGuardians };
}

/**
 * A group as written in an export, as a stable key, display name and year:
 * "5", "groep 5", "Groep-5" → groep-5; "1/2", "groep 1-2", "1 en 2", "gr. 1/2" → groep-1-2;
 * "3a", "Groep 3 A" → groep-3a; "Zonnestraal" → zonnestraal (a named group, year unknown).
 */
export function groupKey(value: string): { id: string; name: string; year: number | null } {
  const v = value.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').trim().toLowerCase().replace(/\s+/g, ' ');
  const stripped = v.replace(/^(groep|gr\.?|klas|jaargroep|group)\s*-?\s*/, '');
  const combo = /^(\d)\s*(?:\/|-|&|\+|en|and|,)\s*(\d)$/.exec(stripped);
  if (combo) return { id: `groep-${combo[1]}-${combo[2]}`, name: `Groep ${combo[1]}/${combo[2]}`, year: Number(combo[1]) };
  const single = /^(\d)\s*-?\s*([a-z])?$/.exec(stripped);
  if (single) return { id: `groep-${single[1]}${single[2] ?? ''}`, name: `Groep ${single[1]}${single[2] ?? ''}`, year: Number(single[1]) };
  const slug = v.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 80) || 'groep';
  const year = /\b([1-8])\b/.exec(stripped)?.[1];
  return { id: slug, name: value.trim().replace(/\s+/g, ' '), year: year ? Number(year) : null };
}
