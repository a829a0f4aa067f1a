/**
 * Reading an archive of what a school already posted, as a stream: one post at a time, in
 * constant memory, whatever the archive's size. Accepted formats:
 *
 * - `csv`: a header row and one post per row, `,` or `;` (whichever the header uses), UTF-8
 *   (a BOM is fine). Columns, in any order, Dutch or English, case and spaces forgiven:
 *   text `tekst`/`bericht`/`text`/`message`/`post`/`inhoud` (required); date
 *   `datum`/`date`/`tijd`/`geplaatst`/`created_time`/`timestamp`/`published`;
 *   author `auteur`/`author`/`naam`/`door`/`from`/`name`; media count `media`/`aantal media`/
 *   `media_count`/`foto's`/`photos`/`bijlagen`/`attachments`. Unknown columns are ignored.
 * - `json`: an array of posts, or an object holding one (the first array in it, e.g.
 *   `{"posts": [...]}`). A post is either generic — `{text|message|tekst, date|created_time|
 *   datum, author|from|auteur, media|mediaCount}` — or a Facebook page export post
 *   (`posts/your_posts_1.json`, `profile_posts_1.json`): `{timestamp (Unix seconds),
 *   data: [{post}], attachments: [{data: [{media: …}]}], title}`. Facebook's exports write
 *   UTF-8 text as Latin-1 escapes ("Ã©"); that is repaired.
 * - `jsonl`: one such JSON post per line.
 *
 * A post that cannot be read (no text, bad JSON, more than 64 KiB) yields an error item with
 * its position and the reading goes on.
 */
import { StringDecoder } from 'node:string_decoder';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { parse as parseCsv } from 'csv-parse';
import { SterrenwachtError } from '../errors.js';

export const ARCHIVE_FORMATS = ['csv', 'json', 'jsonl'] as const;
export type ArchiveFormat = (typeof ARCHIVE_FORMATS)[number];

export interface ArchivePost {
  /** Position in the archive: data row (csv), element (json) or line (jsonl), from 1. */
  n: number;
  date?: string;
  author?: string;
  text: string;
  media: number;
}

export type ArchiveItem = { ok: true; post: ArchivePost } | { ok: false; n: number; reason: { nl: string; en: string } };

const MAX_POST_CHARS = 64 * 1024;

/**
 * The archive's chunks as a byte stream (16 KiB buffered), not an object stream: that one
 * buffers 16 chunks ahead, up to a megabyte of a file read before its posts are checked, and
 * the progress (bytes read against the archive's size) ran that far ahead of the posts.
 */
const BYTES = { objectMode: false, highWaterMark: 16 * 1024 } as const;

const norm = (h: string): string =>
  h
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

const HEADERS: Record<'text' | 'date' | 'author' | 'media', string[]> = {
  text: ['tekst', 'bericht', 'text', 'message', 'post', 'inhoud', 'body', 'content', 'berichttekst'],
  date: ['datum', 'date', 'tijd', 'geplaatst', 'created time', 'created at', 'timestamp', 'published', 'gepubliceerd', 'datum tijd', 'time'],
  author: ['auteur', 'author', 'naam', 'door', 'from', 'name', 'afzender', 'geplaatst door', 'posted by'],
  media: ['media', 'aantal media', 'media count', 'mediacount', 'fotos', 'photos', 'bijlagen', 'attachments', 'aantal fotos'],
};

function fieldOf(header: string): keyof typeof HEADERS | undefined {
  const h = norm(header);
  for (const [k, names] of Object.entries(HEADERS)) if (names.includes(h)) return k as keyof typeof HEADERS;
  return undefined;
}

/** Facebook's exports: UTF-8 bytes written as Latin-1 code points ("Ã©" for "é"). */
export function repairMojibake(s: string): string {
  if (!/[\u00c2-\u00f4][\u0080-\u00bf]/.test(s)) return s;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0xff) return s;
  const fixed = Buffer.from(s, 'latin1').toString('utf8');
  return fixed.includes('\ufffd') ? s : fixed;
}

function isoDate(v: unknown): string | undefined {
  if (v === undefined || v === null || v === '') return undefined;
  if (typeof v === 'number' && Number.isFinite(v)) return new Date(v < 1e11 ? v * 1000 : v).toISOString();
  if (typeof v !== 'string') return undefined;
  const s = v.trim();
  if (/^\d{9,13}$/.test(s)) return isoDate(Number(s));
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?:[ T](\d{1,2}):(\d{2}))?/.exec(s);
  if (dutch) {
    const [, d, m, y, hh, mm] = dutch;
    const t = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d), Number(hh ?? 12), Number(mm ?? 0)));
    return Number.isNaN(t.getTime()) ? undefined : t.toISOString();
  }
  const t = new Date(s);
  return Number.isNaN(t.getTime()) ? s.slice(0, 40) : t.toISOString();
}

/**
 * NUL characters and lone surrogates (valid in a JSON escape, not in a database text) become
 * U+FFFD, one UTF-16 unit for one, so offsets into the text stay where they were.
 */
// eslint-disable-next-line no-control-regex -- NUL is what this finds
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
// eslint-disable-next-line no-control-regex -- NUL is what this finds
export const storable = (s: string): string => (/[\u0000\ud800-\udfff]/.test(s) ? s.replace(UNSTORABLE, '\ufffd') : s);

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? storable(repairMojibake(v.trim())) : undefined);

function count(v: unknown): number {
  if (Array.isArray(v)) return v.length;
  const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v.trim() || 0) : 0;
  return Number.isFinite(n) && n > 0 ? Math.min(Math.floor(n), 100) : 0;
}

/** A JSON post, generic or Facebook page export, as an archive post. */
export function postFromJson(n: number, v: unknown): ArchiveItem {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return { ok: false, n, reason: { nl: 'geen bericht (verwacht een JSON-object)', en: 'not a post (expected a JSON object)' } };
  const o = v as Record<string, unknown>;
  let text = str(o.text) ?? str(o.message) ?? str(o.tekst) ?? str(o.bericht) ?? str(o.post) ?? str(o.content);
  let media = count(o.media ?? o.mediaCount ?? o.media_count ?? o.aantalMedia);
  if (Array.isArray(o.data)) {
    // Facebook: data: [{post: "…"}, {update_timestamp: …}]
    const posts = o.data.map((d) => (d && typeof d === 'object' ? str((d as Record<string, unknown>).post) : undefined)).filter((x): x is string => !!x);
    if (!text && posts.length) text = posts.join('\n');
  }
  if (Array.isArray(o.attachments)) {
    for (const a of o.attachments) {
      const data = a && typeof a === 'object' ? (a as Record<string, unknown>).data : undefined;
      if (Array.isArray(data)) media += data.filter((d) => d && typeof d === 'object' && 'media' in (d as object)).length;
    }
    media = Math.min(media, 100);
  }
  if (!text) {
    // a Facebook post with only a title ("… updated their status.") or only photos
    const title = str(o.title);
    if (title && media > 0) text = title;
  }
  if (!text) return { ok: false, n, reason: { nl: 'bericht zonder tekst', en: 'post without text' } };
  if (text.length > MAX_POST_CHARS) return { ok: false, n, reason: { nl: 'bericht langer dan 64 KiB', en: 'post longer than 64 KiB' } };
  const author = str(o.author) ?? str(o.auteur) ?? (o.from && typeof o.from === 'object' ? str((o.from as Record<string, unknown>).name) : str(o.from));
  const date = isoDate(o.date ?? o.datum ?? o.created_time ?? o.createdAt ?? o.timestamp ?? o.published);
  return { ok: true, post: { n, text, media, ...(date ? { date } : {}), ...(author ? { author } : {}) } };
}

/**
 * The elements of the first JSON array in a stream (the root array, or the first array
 * inside a root object), one at a time; each element is held in memory only while it is read.
 */
export async function* jsonArrayElements(input: AsyncIterable<Buffer | string>): AsyncGenerator<{ n: number; text?: string; tooLong?: boolean }> {
  const decoder = new StringDecoder('utf8');
  let depth = 0;
  let inString = false;
  let escape = false;
  let arrayDepth = -1; // depth inside the target array's brackets
  let done = false;
  let buf = '';
  let collecting = false;
  let tooLong = false;
  let n = 0;
  let sawRoot = false;
  let start = -1;
  /** The element collected up to `end` of chunk `s`; collecting stops. */
  const take = (s: string, end: number): { n: number; text?: string; tooLong?: true } => {
    const text = buf + s.slice(start, end);
    start = -1;
    collecting = false;
    buf = '';
    n++;
    return tooLong ? { n, tooLong: true } : { n, text };
  };
  for await (const chunk of input) {
    if (done) continue; // drain
    const s = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    start = collecting ? 0 : -1;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (inString) {
        if (escape) escape = false;
        else if (c === 92 /* \ */) escape = true;
        else if (c === 34 /* " */) inString = false;
        continue;
      }
      if (c === 32 || c === 10 || c === 13 || c === 9) continue;
      if (!sawRoot) {
        sawRoot = true;
        if (c !== 91 && c !== 123) throw new SterrenwachtError('invalid_import', 'Het archief is geen JSON (verwacht [ of {).', 'The archive is not JSON (expected [ or {).');
      }
      if (arrayDepth === depth && !collecting && c !== 44 /* , */ && c !== 93 /* ] */) {
        collecting = true;
        tooLong = false;
        start = i;
        buf = '';
      }
      if (c === 34) inString = true;
      else if (c === 91 /* [ */ || c === 123 /* { */) {
        depth++;
        if (arrayDepth < 0 && c === 91 && depth <= 2) arrayDepth = depth;
      } else if (c === 93 || c === 125) {
        if (collecting && depth === arrayDepth && c === 93) {
          // a scalar element just before the closing bracket
          yield take(s, i);
        }
        depth--;
        if (depth < arrayDepth) {
          done = true;
          break;
        }
        if (collecting && depth === arrayDepth) {
          yield take(s, i + 1);
        }
      } else if (c === 44 && collecting && depth === arrayDepth) {
        yield take(s, i);
      }
    }
    if (collecting && start >= 0) {
      if (!tooLong) buf += s.slice(start);
      if (buf.length > MAX_POST_CHARS * 4) {
        tooLong = true;
        buf = '';
      }
    }
  }
  if (!sawRoot) throw new SterrenwachtError('invalid_import', 'Het archief is leeg.', 'The archive is empty.');
  if (arrayDepth < 0) throw new SterrenwachtError('invalid_import', 'Geen lijst met berichten gevonden in het JSON-archief.', 'No list of posts found in the JSON archive.');
  if (!done) throw new SterrenwachtError('invalid_import', 'Het JSON-archief houdt halverwege op.', 'The JSON archive ends halfway.');
}

async function* readJson(input: AsyncIterable<Buffer | string>): AsyncGenerator<ArchiveItem> {
  for await (const el of jsonArrayElements(input)) {
    if (el.tooLong) {
      yield { ok: false, n: el.n, reason: { nl: 'bericht langer dan 64 KiB', en: 'post longer than 64 KiB' } };
      continue;
    }
    let v: unknown;
    try {
      v = JSON.parse(el.text!);
    } catch {
      yield { ok: false, n: el.n, reason: { nl: 'geen geldige JSON', en: 'not valid JSON' } };
      continue;
    }
    yield postFromJson(el.n, v);
  }
}

async function* readJsonl(input: AsyncIterable<Buffer | string>): AsyncGenerator<ArchiveItem> {
  const rl = createInterface({ input: Readable.from(input, BYTES), crlfDelay: Infinity });
  let n = 0;
  for await (const line of rl) {
    n++;
    if (!line.trim()) continue;
    if (line.length > MAX_POST_CHARS * 4) {
      yield { ok: false, n, reason: { nl: 'regel langer dan 256 KiB', en: 'line longer than 256 KiB' } };
      continue;
    }
    let v: unknown;
    try {
      v = JSON.parse(line);
    } catch {
      yield { ok: false, n, reason: { nl: 'geen geldige JSON', en: 'not valid JSON' } };
      continue;
    }
    yield postFromJson(n, v);
  }
}

async function* readCsv(input: AsyncIterable<Buffer | string>): AsyncGenerator<ArchiveItem> {
  // the delimiter is whichever of ; and , the header row uses most
  const iterator = input[Symbol.asyncIterator]();
  const head: (Buffer | string)[] = [];
  let seen = '';
  while (!seen.includes('\n')) {
    const next = await iterator.next();
    if (next.done) break;
    head.push(next.value);
    seen += typeof next.value === 'string' ? next.value : next.value.toString('utf8');
    if (seen.length > 64 * 1024) break;
  }
  const firstLine = seen.split('\n')[0] ?? '';
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  async function* rest(): AsyncGenerator<Buffer | string> {
    yield* head;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield next.value;
    }
  }
  const parser = Readable.from(rest(), BYTES).pipe(parseCsv({ delimiter, bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, max_record_size: MAX_POST_CHARS * 4 }));
  let fields: (keyof typeof HEADERS | undefined)[] | undefined;
  let n = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      if (!fields) {
        fields = record.map(fieldOf);
        if (!fields.includes('text')) {
          throw new SterrenwachtError('invalid_import', `Geen kolom met de tekst van het bericht gevonden (kolommen: ${record.join(', ').slice(0, 200)}); noem hem "tekst" of "text".`, `No column with the post's text found (columns: ${record.join(', ').slice(0, 200)}); call it "tekst" or "text".`, 'text');
        }
        continue;
      }
      n++;
      const o: Record<string, string> = {};
      fields.forEach((f, i) => {
        if (f && record[i] !== undefined && o[f] === undefined) o[f] = record[i]!;
      });
      const text = str(o.text);
      if (!text) {
        yield { ok: false, n, reason: { nl: 'bericht zonder tekst', en: 'post without text' } };
        continue;
      }
      if (text.length > MAX_POST_CHARS) {
        yield { ok: false, n, reason: { nl: 'bericht langer dan 64 KiB', en: 'post longer than 64 KiB' } };
        continue;
      }
      const date = isoDate(o.date);
      const author = str(o.author);
      yield { ok: true, post: { n, text, media: count(o.media), ...(date ? { date } : {}), ...(author ? { author } : {}) } };
    }
  } catch (e) {
    if (e instanceof SterrenwachtError) throw e;
    throw new SterrenwachtError('invalid_import', `Het CSV-archief kan niet gelezen worden na bericht ${n}: ${(e as Error).message}`, `Cannot read the CSV archive after post ${n}: ${(e as Error).message}`);
  }
  if (!fields) throw new SterrenwachtError('invalid_import', 'Het archief is leeg.', 'The archive is empty.');
}

export function readArchive(input: AsyncIterable<Buffer | string>, format: ArchiveFormat): AsyncGenerator<ArchiveItem> {
  switch (format) {
    case 'csv':
      return readCsv(input);
    case 'json':
      return readJson(input);
    case 'jsonl':
      return readJsonl(input);
  }
}

/** The format from a file name or content type; undefined when neither says. */
export function formatOf(nameOrType: string | undefined): ArchiveFormat | undefined {
  const s = (nameOrType ?? '').toLowerCase();
  if (/\.csv$|text\/csv/.test(s)) return 'csv';
  if (/\.(jsonl|ndjson)$|x-ndjson|jsonl|jsonlines/.test(s)) return 'jsonl';
  if (/\.json$|application\/json/.test(s)) return 'json';
  return undefined;
}
