/** The server side of `bench:http`: the API on an in-memory database with the demo school. */
import { buildApp } from '../api/app.js';
import { loadConfig } from '../config.js';
import { openStore } from '../store/db.js';
import { DEMO_SCHOOL_ID, seedDemo } from '../demo/seed.js';
import { rosterForCheck } from '../consent/service.js';
import { dbServices } from '../api/services.js';
import { warmUp } from '../check/engine.js';

const store = await openStore({ dataDir: ':memory:' });
await seedDemo(store.db);
const people = await rosterForCheck(store.db, DEMO_SCHOOL_ID);
const config = loadConfig({});
const app = await buildApp(config, { ...dbServices(store.db, config), store });
await app.listen({ port: 0, host: '127.0.0.1' });
warmUp(); // as the service does after it starts

const { port } = app.server.address() as { port: number };
process.send?.({ port, people: people.length });
// the parent asks for the memory in use after each run
process.on('message', (m) => {
  if (m === 'memory') process.send?.({ memory: process.memoryUsage(), cpu: process.cpuUsage() });
});
process.on('SIGTERM', () => {
  void app.close().then(() => store.close()).then(() => process.exit(0));
});
