/**
 * The demo school's people as the check uses them (n.b.s. de Sterren): the CLI's
 * default registry when no --people file and no database is given.
 */
import type { Person } from '../check/types.js';
import { demoSchool } from './school.js';

let cache: Person[] | undefined;

export function demoRoster(): Person[] {
  if (!cache) {
    cache = demoSchool().people.map((p) => ({ id: p.id, name: p.name, role: p.role, ...(p.consent ? { consent: p.consent } : {}) }));
  }
  return cache;
}
