/**
 * Row-level access to a person's records: the person must be of the account's
 * school (otherwise "not found", so nothing is revealed about other schools), and
 * a parent sees only themself and their own children.
 */
import { SterrenwachtError } from '../errors.js';
import type { SessionAccount } from '../auth/accounts.js';
import { mayChangeConsent } from '../consent/service.js';
import type { Db } from '../store/db.js';
import type { people } from '../store/schema.js';
import { getPerson } from './service.js';

export async function visiblePerson(db: Db, account: SessionAccount, id: string): Promise<typeof people.$inferSelect> {
  const person = await getPerson(db, account.schoolId, id);
  if (account.role === 'ouder' && !(account.personId && (await mayChangeConsent(db, account.personId, id)))) {
    throw new SterrenwachtError('forbidden', 'Je kunt alleen de gegevens van jezelf en je eigen kinderen zien.', 'You can only see the data of yourself and your own children.');
  }
  return person;
}
