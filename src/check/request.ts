/**
 * Parsing a CheckRequest at the boundary: zod for shape, then the contract's
 * cross-field rules (a `depicts` id must be in `people`). Errors are
 * SterrenwachtErrors with a Dutch and an English message and the field path.
 */
import { SterrenwachtError } from '../errors.js';
import { accountSchema, channelSchema, checkRequestSchema, MAX_TEXT, roleSchema, settingSchema, type Account, type Channel, type CheckRequest, type Person, type Role, type Setting } from './types.js';
import type { z } from 'zod';

function describeIssue(issue: z.core.$ZodIssue): { nl: string; en: string } {
  const path = issue.path.join('.') || '(verzoek)';
  switch (issue.code) {
    case 'invalid_type':
      return {
        nl: `Veld "${path}" heeft het verkeerde type (verwacht: ${issue.expected}).`,
        en: `Field "${path}" has the wrong type (expected: ${issue.expected}).`,
      };
    case 'invalid_value':
      return {
        nl: `Veld "${path}" heeft een onbekende waarde; toegestaan: ${issue.values.map(String).join(', ')}.`,
        en: `Field "${path}" has an unknown value; allowed: ${issue.values.map(String).join(', ')}.`,
      };
    case 'too_big':
      return { nl: `Veld "${path}" is te groot of te lang (maximum ${String(issue.maximum)}).`, en: `Field "${path}" is too large or too long (maximum ${String(issue.maximum)}).` };
    case 'too_small':
      return { nl: `Veld "${path}" is te klein of te kort (minimum ${String(issue.minimum)}).`, en: `Field "${path}" is too small or too short (minimum ${String(issue.minimum)}).` };
    default:
      return { nl: `Veld "${path}" is ongeldig.`, en: `Field "${path}" is invalid: ${issue.message}` };
  }
}

const ROLES: ReadonlySet<unknown> = new Set(roleSchema.options);
const SETTINGS: ReadonlySet<unknown> = new Set(settingSchema.options);
const ACCOUNTS: ReadonlySet<unknown> = new Set(accountSchema.options);
const CHANNELS: ReadonlySet<unknown> = new Set(channelSchema.options);
const isPlain = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;

/**
 * The common request (text, author, setting, account, channel, lessonPermission; no media or
 * thread, or empty ones; no people or school) validated by hand: exactly what the schema yields for it, defaults
 * filled in, without zod's general machinery. Anything else (another field, another type, a
 * value out of range) is undefined and goes through the schema, which also words the error.
 */
function parseCommon(input: Record<string, unknown>): CheckRequest | undefined {
  let keys = 0;
  for (const k in input) {
    if (!Object.hasOwn(input, k)) return undefined;
    if (k === 'media' || k === 'thread') {
      // as the HTTP route's own validation fills them in: empty (the schema yields [] for [])
      const v = input[k];
      if (!Array.isArray(v) || v.length !== 0) return undefined;
    } else if (k !== 'text' && k !== 'author' && k !== 'setting' && k !== 'account' && k !== 'channel' && k !== 'lessonPermission') return undefined;
    keys++;
  }
  if (keys !== Object.keys(input).length) return undefined;
  const { text = '', author, setting = 'private', account = 'personal', channel = 'social', lessonPermission = false } = input;
  if (typeof text !== 'string' || text.length > MAX_TEXT || !isPlain(author) || !SETTINGS.has(setting) || !ACCOUNTS.has(account) || !CHANNELS.has(channel) || typeof lessonPermission !== 'boolean') return undefined;
  let authorKeys = 0;
  for (const k in author) {
    if (!Object.hasOwn(author, k) || (k !== 'role' && k !== 'id')) return undefined;
    authorKeys++;
  }
  if (authorKeys !== Object.keys(author).length || !ROLES.has(author.role)) return undefined;
  const id = author.id;
  if ('id' in author && !(typeof id === 'string' && id.length >= 1 && id.length <= 200)) return undefined;
  return {
    text,
    author: typeof id === 'string' ? { role: author.role as Role, id } : { role: author.role as Role },
    setting: setting as Setting,
    lessonPermission,
    media: [],
    thread: [],
    account: account as Account,
    channel: channel as Channel,
  };
}

export function parseCheckRequest(input: unknown, defaultPeople?: readonly Person[]): CheckRequest & { people: Person[] } {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new SterrenwachtError('invalid_request', 'Het verzoek moet een JSON-object zijn.', 'The request must be a JSON object.');
  }
  if (isPlain(input)) {
    const common = parseCommon(input);
    if (common) return { ...common, people: (defaultPeople ?? []) as Person[] };
  }
  const rawText = (input as { text?: unknown }).text;
  if (typeof rawText === 'string' && rawText.length > MAX_TEXT) {
    throw new SterrenwachtError('text_too_long', `De tekst is te lang: ${rawText.length} tekens, het maximum is ${MAX_TEXT}.`, `The text is too long: ${rawText.length} characters, the maximum is ${MAX_TEXT}.`, 'text');
  }
  const parsed = checkRequestSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const d = describeIssue(issue);
    throw new SterrenwachtError('invalid_request', d.nl, d.en, issue.path.join('.'));
  }
  const req = parsed.data;
  const people = (req.people ?? defaultPeople ?? []) as Person[];
  const ids = peopleIds(people);
  req.media.forEach((m, mi) =>
    m.depicts.forEach((id, di) => {
      if (!ids.has(id)) {
        throw new SterrenwachtError('unknown_person', `Persoon "${id}" in media[${mi}].depicts staat niet in people.`, `Person "${id}" in media[${mi}].depicts is not in people.`, `media.${mi}.depicts.${di}`);
      }
    }),
  );
  req.media.forEach((m, mi) =>
    m.faces.forEach((f, fi) => {
      const path = `media.${mi}.faces.${fi}`;
      if (m.type !== 'photo') {
        throw new SterrenwachtError('invalid_request', `Gezichten (media[${mi}].faces) horen alleen bij een foto; geef bij een ${m.type === 'video' ? 'video' : 'geluidsopname'} in "depicts" aan wie herkenbaar is.`, `Faces (media[${mi}].faces) belong to a photo only; for a ${m.type} list who is recognisable in "depicts".`, `media.${mi}.faces`);
      }
      if (f.person !== undefined && f.kind !== undefined && f.kind !== 'person') {
        throw new SterrenwachtError('invalid_request', `Gezicht ${fi + 1} van media[${mi}] is getagd met een persoon én als "${f.kind}": kies één van beide.`, `Face ${fi + 1} of media[${mi}] is tagged with a person and as "${f.kind}": choose one.`, path);
      }
      if (f.kind === 'person' && f.person === undefined) {
        throw new SterrenwachtError('invalid_request', `Gezicht ${fi + 1} van media[${mi}] heeft kind "person" maar geen persoon.`, `Face ${fi + 1} of media[${mi}] has kind "person" but no person.`, `${path}.person`);
      }
      if (f.person !== undefined && !ids.has(f.person)) {
        throw new SterrenwachtError('unknown_person', `Persoon "${f.person}" in media[${mi}].faces staat niet in people.`, `Person "${f.person}" in media[${mi}].faces is not in people.`, `${path}.person`);
      }
      const [x, y, w, h] = f.box;
      if (w <= 0 || h <= 0 || x + w > 1.000001 || y + h > 1.000001) {
        throw new SterrenwachtError('invalid_request', `Het vak van gezicht ${fi + 1} van media[${mi}] valt buiten de foto (x, y, breedte, hoogte als deel van de foto, 0 tot 1).`, `The box of face ${fi + 1} of media[${mi}] lies outside the photo (x, y, width, height as fractions of the photo, 0 to 1).`, `${path}.box`);
      }
    }),
  );
  req.media.forEach((m, mi) =>
    m.confirmed.forEach((id, ci) => {
      if (!ids.has(id)) {
        throw new SterrenwachtError('unknown_person', `Persoon "${id}" in media[${mi}].confirmed staat niet in people.`, `Person "${id}" in media[${mi}].confirmed is not in people.`, `media.${mi}.confirmed.${ci}`);
      }
    }),
  );
  return { ...req, people };
}

const idCache = new WeakMap<readonly Person[], Set<string>>();
function peopleIds(people: readonly Person[]): Set<string> {
  let ids = idCache.get(people);
  if (!ids) {
    ids = new Set(people.map((p) => p.id));
    idCache.set(people, ids);
  }
  return ids;
}
