/**
 * parseOnce (pglite-parsers.ts): drizzle's queries read every type as before, with the merge of
 * their parsers into PGlite's table done once instead of per query; other parsers pass unchanged.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { openStore, type Store } from './db.js';
import { parseOnce } from './pglite-parsers.js';

const VALUES = sql`select
  timestamp '2026-12-01 22:00:00' as ts,
  timestamptz '2026-12-01 22:00:00+00' as tstz,
  date '2026-12-01' as d,
  interval '1 day 2 hours' as iv,
  array[1.5, 2]::numeric[] as nums,
  array[timestamp '2026-12-01 22:00:00']::timestamp[] as tss,
  array[date '2026-12-01']::date[] as ds,
  array['a', 'b']::text[] as texts,
  array[1, 2]::int[] as ints,
  42::int as n, true as b, '{"a": 1}'::jsonb as j, 1.25::numeric as num`;

type Rows = { rows: Record<string, unknown>[] };

describe('parseOnce', () => {
  let store: Store;
  let plain: PGlite;
  beforeAll(async () => {
    store = await openStore({ dataDir: ':memory:' });
    plain = new PGlite();
    await plain.waitReady;
  }, 60_000);
  afterAll(async () => {
    await store?.close();
    await plain?.close();
  });

  it('reads every type through drizzle as a PGlite client without it does', async () => {
    const reference = await drizzle(plain).execute(VALUES);
    const fast = (await store.db.execute(VALUES)) as unknown as Rows;
    expect(fast.rows).toEqual(reference.rows);
    // drizzle's choice, kept: timestamps, dates and intervals as the text PostgreSQL sends
    expect(fast.rows[0]).toMatchObject({ ts: '2026-12-01 22:00:00', d: '2026-12-01', tss: '{"2026-12-01 22:00:00"}', texts: ['a', 'b'], ints: [1, 2], n: 42, j: { a: 1 } });
  });

  it('reads the same inside a transaction', async () => {
    const reference = await drizzle(plain).transaction((tx) => tx.execute(VALUES));
    const fast = (await store.db.transaction((tx) => tx.execute(VALUES))) as unknown as Rows;
    expect(fast.rows).toEqual(reference.rows);
  });

  it('passes a query with other parsers on unchanged', async () => {
    const client = new PGlite();
    await client.waitReady;
    parseOnce(client);
    const r = await client.query<{ n: string }>('select 41 + 1 as n', [], { parsers: { 23: (v: string) => `int:${v}` } });
    expect(r.rows[0]!.n).toBe('int:42');
    await client.close();
  });
});
