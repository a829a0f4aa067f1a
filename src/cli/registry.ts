/**
 * The people the CLI check uses when no --people file is given, outside demo mode: the
 * configured school's registry, read from the database (DATABASE_URL, or the embedded
 * database in DATA_DIR while the service is not running — it holds that one).
 */
import { asc } from 'drizzle-orm';
import type { Config } from '../config.js';
import type { Person } from '../check/types.js';
import { SterrenwachtError } from '../errors.js';
import type { SchoolProfile } from '../protocol/school.js';
import { rosterForCheck } from '../consent/service.js';
import { getSchool, schoolIdOf } from '../registry/school.js';
import { openExistingStore } from './store.js';
import { schools } from '../store/schema.js';

export async function registryRoster(config: Config): Promise<{ school: SchoolProfile; people: Person[] }> {
  const store = await openExistingStore(config);
  try {
    const all = await store.db.select({ id: schools.id }).from(schools).orderBy(asc(schools.id));
    const id = all.find((s) => s.id === schoolIdOf(config.school))?.id ?? (all.length === 1 ? all[0]!.id : undefined);
    if (!id) {
      throw new SterrenwachtError(
        'invalid_config',
        `Geen school "${config.school.name}" in de database${all.length ? ` (wel: ${all.map((s) => s.id).join(', ')})` : ''}. Start de service eerst, of geef --people.`,
        `No school "${config.school.name}" in the database${all.length ? ` (found: ${all.map((s) => s.id).join(', ')})` : ''}. Start the service first, or give --people.`,
      );
    }
    const school = await getSchool(store.db, id, config.school);
    return { school: school.profile, people: await rosterForCheck(store.db, id) };
  } finally {
    await store.close();
  }
}
