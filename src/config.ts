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
 * - SMTP_URL        smtp://user:pass@host:587 (or smtps://…) to send mail; absent: mail goes to the demo outbox
 * - MAIL_FROM       the From of every mail (default "Sterrenwacht <noreply@localhost>")
 * - PUBLIC_URL      the address people reach Sterrenwacht at, the base of every link in a mail
 *                   (default http://localhost:PORT)
 * - MAIL_RETENTION_DAYS  how long the record of a mail (and the demo outbox) is kept (default 30)
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
  /** SMTP server to send mail through; undefined: the demo outbox. */
  smtpUrl: string | undefined;
  /** The From header of every mail. */
  mailFrom: string;
  /** Base of every link in a mail, without a trailing slash. */
  publicUrl: string;
  /** Days the record of a sent mail (and the demo outbox) is kept. */
  mailRetentionDays: number;
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
  const mailRetentionDays = env.MAIL_RETENTION_DAYS ? Number(env.MAIL_RETENTION_DAYS) : 30;
  if (!Number.isInteger(mailRetentionDays) || mailRetentionDays < 1 || mailRetentionDays > 3650) {
    throw new SterrenwachtError('invalid_config', `MAIL_RETENTION_DAYS moet een aantal dagen zijn, niet "${env.MAIL_RETENTION_DAYS}".`, `MAIL_RETENTION_DAYS must be a number of days, not "${env.MAIL_RETENTION_DAYS}".`);
  }
  const smtpUrl = env.SMTP_URL || undefined;
  if (smtpUrl && !/^smtps?:\/\/[^\s]+$/.test(smtpUrl)) {
    throw new SterrenwachtError('invalid_config', 'SMTP_URL moet beginnen met smtp:// of smtps://.', 'SMTP_URL must start with smtp:// or smtps://.');
  }
  const publicUrl = (env.PUBLIC_URL || `http://localhost:${port}`).replace(/\/+$/, '');
  if (!/^https?:\/\/[^\s/]+/.test(publicUrl)) {
    throw new SterrenwachtError('invalid_config', `PUBLIC_URL moet een http(s)-adres zijn, niet "${env.PUBLIC_URL}".`, `PUBLIC_URL must be an http(s) address, not "${env.PUBLIC_URL}".`);
  }
  return {
    smtpUrl,
    mailFrom: env.MAIL_FROM || 'Sterrenwacht <noreply@localhost>',
    publicUrl,
    mailRetentionDays,
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
