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
 * - TRUST_PROXY     "1" behind a TLS-terminating proxy on this host (loopback): X-Forwarded-Proto decides
 *                   Secure cookies and HSTS, X-Forwarded-For the client address
 * - TRUSTED_PROXIES comma-separated addresses or CIDR ranges of the proxies whose X-Forwarded-* headers are
 *                   believed (e.g. "10.0.0.5,192.168.1.0/24"); implies TRUST_PROXY. Without either, nobody's
 * - AUDIT_KEY_FILE  the audit log's HMAC key (created on first start, mode 0600); default: beside DATA_DIR,
 *                   `<DATA_DIR>.audit-key` — outside the database, so who can rewrite the database cannot sign
 * - AUDIT_CHECKPOINT_FILE  the append-only file of signed audit checkpoints (default `<DATA_DIR>.audit-checkpoints`)
 * - CONSULTATION_REMINDER_HOURS (24), CONSULTATION_ESCALATION_HOURS (48): an unanswered
 *                   consultation reminds the leidinggevende, then goes to the school leader
 * - RETENTION_CONSULTATION_DAYS (365), RETENTION_REPORT_DAYS (182),
 *   RETENTION_PERSONNEL_DOSSIER_DAYS (730), RETENTION_PUPIL_DOSSIER_DAYS (730): how long
 *                   procedures are kept after they end (see README, "Procedures")
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
  /** The proxies whose X-Forwarded-* headers are believed (addresses or CIDR ranges); empty: none. */
  trustedProxies: readonly string[];
  /** The audit log's HMAC key file (outside the database). */
  auditKeyFile: string;
  /** The append-only file of signed audit checkpoints. */
  auditCheckpointFile: string;
  /** Consultations, reports and cases (B2, B3, S1–S6). */
  procedures: ProceduresConfig;
  /** SMTP server to send mail through; undefined: the demo outbox. */
  smtpUrl: string | undefined;
  /** The From header of every mail. */
  mailFrom: string;
  /** Base of every link in a mail, without a trailing slash. */
  publicUrl: string;
  /** Days the record of a sent mail (and the demo outbox) is kept. */
  mailRetentionDays: number;
}

export interface ProceduresConfig {
  /** Hours after which an unanswered consultation reminds the leidinggevende. */
  reminderHours: number;
  /** Hours after which an unanswered consultation goes to the school leader. */
  escalationHours: number;
  /** Days a consultation is kept after it was answered or withdrawn. */
  consultationRetentionDays: number;
  /** Days a report that did not become a case is kept after it was closed (screenshots included). */
  reportRetentionDays: number;
  /** Days a closed staff case and its personnel-dossier entries are kept (S1). */
  personnelDossierRetentionDays: number;
  /** Days a closed pupil/parent case and its pupil-dossier entries are kept (S4). */
  pupilDossierRetentionDays: number;
}

export const PROCEDURE_DEFAULTS: ProceduresConfig = {
  reminderHours: 24,
  escalationHours: 48,
  consultationRetentionDays: 365,
  reportRetentionDays: 182,
  personnelDossierRetentionDays: 730,
  pupilDossierRetentionDays: 730,
};

function whole(env: NodeJS.ProcessEnv, name: string, fallback: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > max) {
    throw new SterrenwachtError('invalid_config', `${name} moet een geheel getal van 1 tot ${max} zijn, niet "${raw}".`, `${name} must be a whole number from 1 to ${max}, not "${raw}".`);
  }
  return n;
}

function proceduresConfig(env: NodeJS.ProcessEnv): ProceduresConfig {
  const d = PROCEDURE_DEFAULTS;
  const c: ProceduresConfig = {
    reminderHours: whole(env, 'CONSULTATION_REMINDER_HOURS', d.reminderHours, 24 * 60),
    escalationHours: whole(env, 'CONSULTATION_ESCALATION_HOURS', d.escalationHours, 24 * 90),
    consultationRetentionDays: whole(env, 'RETENTION_CONSULTATION_DAYS', d.consultationRetentionDays, 36_500),
    reportRetentionDays: whole(env, 'RETENTION_REPORT_DAYS', d.reportRetentionDays, 36_500),
    personnelDossierRetentionDays: whole(env, 'RETENTION_PERSONNEL_DOSSIER_DAYS', d.personnelDossierRetentionDays, 36_500),
    pupilDossierRetentionDays: whole(env, 'RETENTION_PUPIL_DOSSIER_DAYS', d.pupilDossierRetentionDays, 36_500),
  };
  if (c.escalationHours <= c.reminderHours) {
    throw new SterrenwachtError('invalid_config', 'CONSULTATION_ESCALATION_HOURS moet groter zijn dan CONSULTATION_REMINDER_HOURS.', 'CONSULTATION_ESCALATION_HOURS must be greater than CONSULTATION_REMINDER_HOURS.');
  }
  return c;
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
    trustProxy: env.TRUST_PROXY === '1' || !!env.TRUSTED_PROXIES,
    trustedProxies: trustedProxies(env),
    auditKeyFile: env.AUDIT_KEY_FILE || `${(env.DATA_DIR || './data').replace(/\/+$/, '')}.audit-key`,
    auditCheckpointFile: env.AUDIT_CHECKPOINT_FILE || `${(env.DATA_DIR || './data').replace(/\/+$/, '')}.audit-checkpoints`,
    procedures: proceduresConfig(env),
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

const PROXY_ENTRY = /^(?:\d{1,3}(?:\.\d{1,3}){3}(?:\/\d{1,2})?|[0-9a-fA-F:]+(?:\/\d{1,3})?|loopback|linklocal|uniquelocal)$/;

/** TRUSTED_PROXIES as a list; TRUST_PROXY=1 alone means a proxy on this host (loopback). */
function trustedProxies(env: NodeJS.ProcessEnv): string[] {
  if (env.TRUSTED_PROXIES) {
    const list = env.TRUSTED_PROXIES.split(',').map((x) => x.trim()).filter(Boolean);
    const bad = list.find((x) => !PROXY_ENTRY.test(x));
    if (bad !== undefined) {
      throw new SterrenwachtError('invalid_config', `TRUSTED_PROXIES bevat "${bad}": geef IP-adressen of CIDR-reeksen, gescheiden door komma's.`, `TRUSTED_PROXIES contains "${bad}": give IP addresses or CIDR ranges, separated by commas.`);
    }
    return list;
  }
  return env.TRUST_PROXY === '1' ? ['loopback'] : [];
}
