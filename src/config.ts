/**
 * The one place that reads the environment. Everything else receives a Config.
 *
 * - DATA_DIR        where the embedded database lives (default ./data)
 * - DATABASE_URL    a PostgreSQL server instead of the embedded database
 * - PORT            HTTP port (default 3000)
 * - HOST            address to listen on (default 127.0.0.1; 0.0.0.0 for all)
 * - SCHOOL_FILE     a JSON file with the school's protocol settings (see school.ts);
 *                   absent: the demo school n.b.s. de Sterren
 * - DEMO            "0" turns demo mode off (no demo accounts are created); default on
 * - CONSENT_RETENTION_DAYS  how long the consent records of an erased person are kept as evidence (default 730)
 * - TRUST_PROXY     "1" behind a TLS-terminating proxy: X-Forwarded-Proto decides Secure cookies
 */
import { readFileSync } from 'node:fs';
import { DE_STERREN, schoolProfileSchema, type SchoolProfile } from './protocol/school.js';
import { SterrenwachtError } from './errors.js';

export interface Config {
  dataDir: string;
  databaseUrl: string | undefined;
  port: number;
  host: string;
  school: SchoolProfile;
  /** Demo mode: the demo accounts exist (password demo-sterren). */
  demo: boolean;
  /** Days the consent records of an erased person are kept as evidence, then purged. */
  consentRetentionDays: number;
  /** Behind a reverse proxy that terminates TLS. */
  trustProxy: boolean;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = env.PORT ? Number(env.PORT) : 3000;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new SterrenwachtError('invalid_config', `PORT moet een poortnummer zijn, niet "${env.PORT}".`, `PORT must be a port number, not "${env.PORT}".`);
  }
  const consentRetentionDays = env.CONSENT_RETENTION_DAYS ? Number(env.CONSENT_RETENTION_DAYS) : 730;
  if (!Number.isInteger(consentRetentionDays) || consentRetentionDays < 0 || consentRetentionDays > 36_500) {
    throw new SterrenwachtError('invalid_config', `CONSENT_RETENTION_DAYS moet een aantal dagen zijn, niet "${env.CONSENT_RETENTION_DAYS}".`, `CONSENT_RETENTION_DAYS must be a number of days, not "${env.CONSENT_RETENTION_DAYS}".`);
  }
  return {
    consentRetentionDays,
    dataDir: env.DATA_DIR || './data',
    databaseUrl: env.DATABASE_URL || undefined,
    port,
    host: env.HOST || '127.0.0.1',
    school: env.SCHOOL_FILE ? loadSchoolFile(env.SCHOOL_FILE) : DE_STERREN,
    demo: env.DEMO !== '0',
    trustProxy: env.TRUST_PROXY === '1',
  };
}

export function loadSchoolFile(path: string): SchoolProfile {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new SterrenwachtError('invalid_config', `Het schoolbestand ${path} kan niet gelezen worden: ${(e as Error).message}`, `Cannot read school file ${path}: ${(e as Error).message}`);
  }
  const parsed = schoolProfileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? issue.path.join('.') : '';
    throw new SterrenwachtError('invalid_config', `Het schoolbestand ${path} klopt niet bij "${where}".`, `School file ${path} is invalid at "${where}": ${issue?.message ?? ''}`, where);
  }
  return parsed.data;
}
