/**
 * The demo school's people as the check uses them (n.b.s. de Sterren): the CLI's
 * default registry when no --people file and no database is given, with the same consent
 * per channel and medium as the seeded database.
 */
import type { ChannelConsent, Person } from '../check/types.js';
import { demoConsent, demoSchool } from './school.js';

let cache: Person[] | undefined;

export function demoRoster(): Person[] {
  if (!cache) {
    // consent per channel and medium, as the seeded registry holds it
    cache = demoSchool().people.map((p, i) => {
      const consent: ChannelConsent = {};
      for (const c of demoConsent(p, i)) (consent[c.channel as keyof ChannelConsent] ??= {})[c.medium] = c.granted;
      return { id: p.id, name: p.name, role: p.role, consent };
    });
  }
  return cache;
}
