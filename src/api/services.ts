/**
 * What the API needs per school: its protocol settings and its registry for the
 * check, loaded from the database on first use and cached per school (refreshed
 * after a change to that school's registry, and at most a minute old otherwise).
 * Every request works in the context of the caller's own school only.
 */
import type { Person } from '../check/types.js';
import { rosterForCheck } from '../consent/service.js';
import type { SchoolProfile } from '../protocol/school.js';
import { getSchool } from '../registry/school.js';
import { profileUnder, versionInForce } from '../governance/versions.js';
import type { Db } from '../store/db.js';
import type { Services } from './app.js';
import type { Config } from '../config.js';
import { createMailer, type Mailer } from '../mail/mailer.js';

export interface SchoolContext {
  school: SchoolProfile;
  people: readonly Person[];
  /** The version of the protocol in force (governance): what every check result records. */
  protocolVersion?: string | undefined;
}

const MAX_AGE_MS = 60_000;

export function dbServices(db: Db, config: Pick<Config, 'school' | 'consentRetentionDays'> & Partial<Pick<Config, 'smtpUrl' | 'mailFrom' | 'publicUrl'>>, mailer?: Mailer): Services {
  const fallback = config.school;
  const cache = new Map<string, { ctx: Promise<SchoolContext>; at: number }>();
  const load = async (schoolId: string): Promise<SchoolContext> => {
    const [school, people, inForce] = await Promise.all([getSchool(db, schoolId, fallback), rosterForCheck(db, schoolId), versionInForce(db, schoolId)]);
    // the version in force is the source of the school's protocol parameters and the version id
    return inForce ? { school: profileUnder(school.profile, inForce), people, protocolVersion: inForce.id } : { school: school.profile, people };
  };
  return {
    db,
    mailer: mailer ?? createMailer({ db, smtpUrl: config.smtpUrl, from: config.mailFrom ?? 'Sterrenwacht <noreply@localhost>' }),
    publicUrl: config.publicUrl ?? 'http://localhost:3000',
    fallbackSchool: fallback,
    consentRetentionDays: config.consentRetentionDays,
    context(schoolId: string): Promise<SchoolContext> {
      const hit = cache.get(schoolId);
      if (hit && Date.now() - hit.at < MAX_AGE_MS) return hit.ctx;
      const ctx = load(schoolId);
      cache.set(schoolId, { ctx, at: Date.now() });
      ctx.catch(() => cache.delete(schoolId));
      return ctx;
    },
    registryChanged(schoolId?: string): void {
      if (schoolId) cache.delete(schoolId);
      else cache.clear();
    },
  };
}
