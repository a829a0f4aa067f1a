/**
 * The demo school's people as the check uses them (n.b.s. de Sterren): the CLI's
 * default registry when no --people file and no database is given, with the same consent
 * per channel and medium as the seeded database.
 *
 * Generating them is a good part of a one-request `sterrenwacht check`, so the build writes
 * them beside this module (scripts/precompute.mjs, DEMO_ROSTER_FILE) with a key of the code
 * that generates them (this module and ./school.js as built); a missing or stale file is
 * ignored and the roster generated.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { ChannelConsent, Person } from '../check/types.js';
import { demoConsent, demoSchool } from './school.js';

/** The precomputed roster, in dist/demo/ beside the built module. */
export const DEMO_ROSTER_FILE = 'demo-roster.json';

let cache: Person[] | undefined;

function generate(): Person[] {
  // consent per channel and medium, as the seeded registry holds it
  return demoSchool().people.map((p, i) => {
    const consent: ChannelConsent = {};
    for (const c of demoConsent(p, i)) (consent[c.channel as keyof ChannelConsent] ??= {})[c.medium] = c.granted;
    return { id: p.id, name: p.name, role: p.role, consent };
  });
}

/** A built file of dist/demo/: beside this module, or, from the bundled CLI in dist/bundle/, in ../demo/. */
function readBuilt(name: string): string | undefined {
  for (const rel of [name, `../demo/${name}`]) {
    try {
      return readFileSync(new URL(rel, import.meta.url), 'utf8');
    } catch {
      // try the next place
    }
  }
  return undefined;
}

/** The key of the generating code as built (undefined from the sources: tests). */
function sourceKey(): string | undefined {
  const roster = readBuilt('roster.js');
  const school = readBuilt('school.js');
  return roster && school ? createHash('sha256').update(roster).update('\0').update(school).digest('hex') : undefined;
}

function precomputed(): Person[] | undefined {
  const raw = readBuilt(DEMO_ROSTER_FILE);
  if (!raw) return undefined;
  try {
    const file = JSON.parse(raw) as { key: string; people: Person[] };
    return file.key === sourceKey() ? file.people : undefined;
  } catch {
    return undefined;
  }
}

/** What the build writes to DEMO_ROSTER_FILE. */
export function demoRosterSnapshot(): string | undefined {
  const key = sourceKey();
  return key ? JSON.stringify({ key, people: generate() }) : undefined;
}

export function demoRoster(): Person[] {
  cache ??= precomputed() ?? generate();
  return cache;
}
