/**
 * Start the service: listen on PORT, stop gracefully on SIGTERM/SIGINT
 * (in-flight requests finish; nothing acknowledged is lost).
 */
import { loadConfig } from '../config.js';
import { buildApp } from './app.js';
import { demoRoster } from '../demo/roster.js';

export async function serve(): Promise<void> {
  const config = loadConfig();
  const people = demoRoster();
  const app = await buildApp(config, { school: () => config.school, people: () => people }, { logger: true });
  const stop = async (signal: string): Promise<void> => {
    app.log.info(`${signal}: Sterrenwacht stopt / shutting down`);
    await app.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
  await app.listen({ port: config.port, host: process.env.HOST ?? '127.0.0.1' });
  app.log.info(`Sterrenwacht draait op http://localhost:${config.port} — API-documentatie: /api/docs`);
}
