/**
 * Test support: the databases a test file runs against. Always the embedded PGlite
 * (in memory); with DATABASE_URL also a PostgreSQL server, in a fresh database
 * created for the file (the role needs CREATEDB) and dropped afterwards.
 */
import { randomBytes } from 'node:crypto';
import { openStore, type Store } from './db.js';

export interface Backend {
  name: string;
  open(): Promise<Store>;
}

export function testBackends(): Backend[] {
  const list: Backend[] = [{ name: 'PGlite', open: () => openStore({ dataDir: ':memory:' }) }];
  const base = process.env.DATABASE_URL;
  if (base) {
    list.push({
      name: 'PostgreSQL',
      async open() {
        const { Client } = await import('pg');
        const dbName = `sw_test_${randomBytes(6).toString('hex')}`;
        const admin = new Client({ connectionString: base });
        await admin.connect();
        await admin.query(`create database ${dbName}`);
        await admin.end();
        const url = new URL(base);
        url.pathname = `/${dbName}`;
        const store = await openStore({ databaseUrl: url.toString() });
        return {
          ...store,
          async close() {
            await store.close();
            const a = new Client({ connectionString: base });
            await a.connect();
            await a.query(`drop database if exists ${dbName}`);
            await a.end();
          },
        };
      },
    });
  }
  return list;
}
