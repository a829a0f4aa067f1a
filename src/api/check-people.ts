/**
 * The people a check over HTTP may use when the request brings none: the school's registry
 * with consent per channel and medium, as far as the caller may read consent (policy
 * `consent.read`, row-level as in registry/access.ts): school management and staff the
 * registry; a parent themself and their own children; anyone else only themself, without
 * consent. The answer to a caller never depends on what the registry holds about people they
 * cannot see: no consent, no names, no ids of them. Used by every route that runs a check.
 */
import { can } from '../auth/policy.js';
import type { SessionAccount } from '../auth/accounts.js';
import { childrenOf } from '../consent/service.js';
import type { Services } from './app.js';

/** The registry as far as this caller may read it. */
export async function visiblePeople(services: Services, account: SessionAccount): Promise<Awaited<ReturnType<Services['context']>>> {
  const ctx = await services.context(account.schoolId);
  const { people } = ctx;
  if (can(account.role, 'consent.read') && account.role !== 'ouder') return ctx;
  const self = account.personId;
  if (account.role === 'ouder' && can(account.role, 'consent.read') && self) {
    const own = new Set([self, ...(await childrenOf(services.db, self))]);
    return { ...ctx, people: people.filter((p) => own.has(p.id)) };
  }
  // no consent to read: only the caller themself, as a name (their own words are about them)
  const me = self ? people.find((p) => p.id === self) : undefined;
  return { ...ctx, people: me ? [{ id: me.id, name: me.name, role: me.role }] : [] };
}

