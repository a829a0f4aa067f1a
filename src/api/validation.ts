/**
 * Validation errors in words a person reads: zod's issues (as fastify-type-provider-zod
 * passes them) become one Dutch and one English sentence, naming the field. A schema's own
 * message written as "Nederlands / English" is split into its two halves.
 */

export interface ValidationIssue {
  keyword: string;
  instancePath?: string;
  message?: string;
  params?: Record<string, unknown>;
}

/** Dutch names of the fields a person fills in (identifiers are English). */
const FIELD_NL: Record<string, string> = {
  email: 'e-mailadres',
  password: 'wachtwoord',
  current: 'huidig wachtwoord',
  text: 'tekst',
  name: 'naam',
  role: 'rol',
  groupId: 'groep',
  teacherId: 'leerkracht',
  personId: 'persoon',
  weekday: 'weekdag',
  startsAt: 'begintijd',
  endsAt: 'eindtijd',
  medium: 'medium',
  channel: 'kanaal',
  granted: 'toestemming',
  note: 'toelichting',
  status: 'status',
  setting: 'situatie',
  account: 'account',
  platform: 'platform',
  media: 'beeld en geluid',
  people: 'personen',
  author: 'auteur',
  lang: 'taal',
  request: 'concept',
  postedAt: 'tijdstip',
};

function fieldNl(path: string): string {
  if (!path) return 'het verzoek';
  const parts = path.split('.');
  const last = parts.filter((p) => !/^\d+$/.test(p)).pop() ?? path;
  const nl = FIELD_NL[last];
  return nl ? `"${nl}" (${path})` : `"${path}"`;
}

const TYPE_NL: Record<string, string> = { string: 'tekst', number: 'een getal', int: 'een geheel getal', boolean: 'waar of onwaar (true/false)', array: 'een lijst', object: 'een object', date: 'een datum', bigint: 'een getal' };
const TYPE_EN: Record<string, string> = { string: 'text', number: 'a number', int: 'a whole number', boolean: 'true or false', array: 'a list', object: 'an object', date: 'a date', bigint: 'a number' };

const UNIT_NL: Record<string, [string, string]> = { string: ['teken', 'tekens'], array: ['item', 'items'], set: ['item', 'items'], file: ['byte', 'bytes'] };
const UNIT_EN: Record<string, [string, string]> = { string: ['character', 'characters'], array: ['item', 'items'], set: ['item', 'items'], file: ['byte', 'bytes'] };

function bilingual(message: string | undefined): { nl: string; en: string } | undefined {
  if (!message) return undefined;
  const i = message.indexOf(' / ');
  return i > 0 ? { nl: message.slice(0, i), en: message.slice(i + 3) } : undefined;
}

/** The issue as a Dutch and English phrase about the field ("moet tekst zijn" / "must be text"). */
function describe(issue: ValidationIssue): { nl: string; en: string } {
  const p = issue.params ?? {};
  const own = bilingual(issue.message);
  if (own) return own;
  switch (issue.keyword) {
    case 'invalid_type': {
      const expected = String(p.expected ?? '');
      if (/received undefined/.test(issue.message ?? '')) return { nl: 'ontbreekt', en: 'is missing' };
      return { nl: `moet ${TYPE_NL[expected] ?? expected} zijn`, en: `must be ${TYPE_EN[expected] ?? expected}` };
    }
    case 'too_small':
    case 'too_big': {
      const small = issue.keyword === 'too_small';
      const origin = String(p.origin ?? '');
      const n = Number(small ? p.minimum : p.maximum);
      const unitNl = UNIT_NL[origin];
      const unitEn = UNIT_EN[origin];
      if (unitNl && unitEn) {
        if (small && n === 1 && origin === 'string') return { nl: 'mag niet leeg zijn', en: 'must not be empty' };
        return small
          ? { nl: `moet minstens ${n} ${n === 1 ? unitNl[0] : unitNl[1]} hebben`, en: `must have at least ${n} ${n === 1 ? unitEn[0] : unitEn[1]}` }
          : { nl: `mag hoogstens ${n} ${n === 1 ? unitNl[0] : unitNl[1]} hebben`, en: `must have at most ${n} ${n === 1 ? unitEn[0] : unitEn[1]}` };
      }
      const strict = p.inclusive === false;
      return small ? { nl: `moet ${strict ? 'groter dan' : 'minstens'} ${n} zijn`, en: `must be ${strict ? 'greater than' : 'at least'} ${n}` } : { nl: `moet ${strict ? 'kleiner dan' : 'hoogstens'} ${n} zijn`, en: `must be ${strict ? 'less than' : 'at most'} ${n}` };
    }
    case 'invalid_value': {
      const values = Array.isArray(p.values) ? (p.values as unknown[]).map((v) => JSON.stringify(v)).join(', ') : '';
      return { nl: `moet een van deze waarden zijn: ${values}`, en: `must be one of: ${values}` };
    }
    case 'invalid_format': {
      const format = String(p.format ?? '');
      if (format === 'email') return { nl: 'is geen geldig e-mailadres', en: 'is not a valid e-mail address' };
      if (format === 'datetime') return { nl: 'is geen geldige datum en tijd (zoals 2026-12-01T09:30:00+01:00)', en: 'is not a valid date and time (like 2026-12-01T09:30:00+01:00)' };
      if (format === 'date') return { nl: 'is geen geldige datum (zoals 2026-12-01)', en: 'is not a valid date (like 2026-12-01)' };
      if (format === 'url') return { nl: 'is geen geldig webadres', en: 'is not a valid URL' };
      return { nl: 'heeft niet de juiste vorm', en: 'does not have the right form' };
    }
    case 'unrecognized_keys': {
      const keys = Array.isArray(p.keys) ? (p.keys as unknown[]).join(', ') : '';
      return { nl: `kent deze velden niet: ${keys}`, en: `has unknown fields: ${keys}` };
    }
    case 'invalid_union':
      return { nl: 'past bij geen van de toegestane vormen', en: 'matches none of the allowed forms' };
    case 'invalid_key':
    case 'invalid_element':
      return { nl: 'bevat een ongeldige waarde', en: 'contains an invalid value' };
    case 'not_multiple_of':
      return { nl: `moet een veelvoud zijn van ${String(p.divisor)}`, en: `must be a multiple of ${String(p.divisor)}` };
    default:
      return { nl: 'is ongeldig', en: 'is invalid' };
  }
}

/** The error body of a failed validation: the first issue, in Dutch and English, with its path. */
export function validationError(issues: readonly ValidationIssue[]): { code: 'invalid_request'; message: string; messageEn: string; path: string } {
  const issue = issues[0];
  const path = issue ? String(issue.instancePath ?? '').replace(/^\//, '').replace(/\//g, '.') : '';
  const d = issue ? describe(issue) : { nl: 'is ongeldig', en: 'is invalid' };
  const more = issues.length > 1 ? { nl: ` (en nog ${issues.length - 1} ${issues.length === 2 ? 'fout' : 'fouten'})`, en: ` (and ${issues.length - 1} more)` } : { nl: '', en: '' };
  return {
    code: 'invalid_request',
    message: `Veld ${fieldNl(path)} ${d.nl}.${more.nl}`,
    messageEn: `Field "${path || '(request)'}" ${d.en}.${more.en}`,
    path,
  };
}
