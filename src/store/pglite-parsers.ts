/**
 * drizzle hands PGlite the same nine type parsers with every query: timestamps, dates,
 * intervals, numeric arrays and their arrays kept as the text PostgreSQL sends (each parser
 * returns its input). PGlite merges a query's parsers into its own table, one entry per type
 * the database knows (some 320), with an object spread for every query, and that spread costs
 * about as much as the query itself (~0.2 ms of CPU for a one-row select on this machine, half
 * of what GET /api/v1/session spent in the database).
 *
 * So the parsers go into PGlite's own table once, and a query that brings exactly those
 * parsers goes without them: every value is parsed by the same function as before (the merged
 * table held drizzle's identity functions for those types; now PGlite's own table does). A
 * query that brings other parsers, or these with another behaviour, is passed on unchanged.
 *
 * Only drizzle queries this client (the application opens no raw queries on it), so PGlite's
 * own table reading these types as text changes nothing else: the array parsers PGlite builds
 * look up their element's parser in that table, but the arrays of these types (timestamp[],
 * timestamptz[], interval[], date[]) are among the nine, as before.
 */
import type { PGlite } from '@electric-sql/pglite';

type Parser = (value: string, typeId?: number) => unknown;
type Options = { parsers?: Record<number | string, Parser> } & Record<string, unknown>;

/**
 * The types drizzle's PGlite driver reads as text (drizzle-orm/pglite/session.js), by their
 * PostgreSQL type ids: timestamp, timestamptz, interval, date; numeric[], timestamp[],
 * timestamptz[], interval[], date[].
 */
const AS_TEXT: readonly number[] = [1114, 1184, 1186, 1082, 1231, 1115, 1185, 1187, 1182];
const AS_TEXT_SET = new Set(AS_TEXT.map(String));
const PROBE = '2026-12-01 22:00:00+00';

const asText: Parser = (value) => value;

/** Does `parsers` read exactly the AS_TEXT types, each as the text it gets? */
function onlyAsText(parsers: Record<number | string, Parser>): boolean {
  const keys = Object.keys(parsers);
  if (keys.length !== AS_TEXT.length) return false;
  for (const k of keys) {
    if (!AS_TEXT_SET.has(k)) return false;
    const p = parsers[k];
    if (typeof p !== 'function' || p(PROBE, Number(k)) !== PROBE) return false;
  }
  return true;
}

function without(options: Options | undefined): Options | undefined {
  if (!options?.parsers || !onlyAsText(options.parsers)) return options;
  const rest = { ...options };
  delete rest.parsers;
  return rest;
}

type Query = (query: string, params?: unknown[], options?: Options) => Promise<unknown>;

/** Make `client` read drizzle's text types itself, and drop them from the queries that bring them (also in a transaction). */
export function parseOnce(client: PGlite): void {
  const own = (client as unknown as { parsers: Record<number | string, Parser> }).parsers;
  for (const t of AS_TEXT) own[t] = asText;
  const c = client as unknown as { query: Query; transaction: (fn: (tx: { query: Query }) => Promise<unknown>) => Promise<unknown> };
  const query = c.query.bind(client);
  c.query = (q, params, options) => query(q, params, without(options));
  const transaction = c.transaction.bind(client);
  c.transaction = (fn) =>
    transaction((tx) => {
      const txQuery = tx.query;
      tx.query = (q, params, options) => txQuery(q, params, without(options));
      return fn(tx);
    });
}
