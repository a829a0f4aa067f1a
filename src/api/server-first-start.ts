/**
 * The first start of the embedded database, in a process of its own (server.ts): creating
 * the database (PostgreSQL's initdb, in WebAssembly) and seeding the school take some 500 MB
 * for a few seconds — the WebAssembly memory of initdb, which V8 frees only at a later full
 * garbage collection, and ~60 MB of the C heap that the allocator keeps after it is free. Done
 * here, all of it goes when this process ends, and the service opens the database as at any
 * restart (~200 MB instead of ~280–650 MB at idle).
 *
 * Run by the service with `fork`; answers over IPC {seeded} (or {error}) and exits.
 */
import { loadConfig } from '../config.js';
import { openStore } from '../store/db.js';
import { seedDemo } from '../demo/seed.js';
import { ensureSchool } from '../registry/school.js';

export interface FirstStartAnswer {
  seeded?: boolean;
  error?: string;
}

async function firstStart(): Promise<boolean> {
  const config = loadConfig();
  const store = await openStore({ dataDir: config.dataDir });
  try {
    return config.demo ? await seedDemo(store.db) : !!(await ensureSchool(store.db, config.school));
  } finally {
    await store.close();
  }
}

firstStart().then(
  (seeded) => process.send?.({ seeded } satisfies FirstStartAnswer, () => process.exit(0)),
  (e: unknown) => process.send?.({ error: e instanceof Error ? (e.stack ?? e.message) : String(e) } satisfies FirstStartAnswer, () => process.exit(1)),
);
