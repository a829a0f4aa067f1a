/**
 * The demo school's people as the check uses them (n.b.s. de Sterren): the CLI's
 * default registry when no --people file and no database is given, with the same consent
 * per channel and medium as the seeded database.
 *
 * Generating them is a good part of a one-request `sterrenwacht check`, so the build writes
 * them beside this module (scripts/precompute.mjs, DEMO_ROSTER_FILE) with a key of the code
 * that generates them (this module and ./school.js as built: their sizes and modification
 * times, so a start reads neither); a missing or stale file is ignored and the roster generated.
 *
 * The check's index of the roster's names (analysis.ts, RosterIndex: every name normalised) is
 * the next good part, so the build writes it too (DEMO_ROSTER_INDEX_FILE), keyed by the roster's
 * key and the code that builds it (check/analysis.js and check/text/normalize.js as built); it is
 * used only with the precomputed roster it was made from, and a missing or stale file is ignored.
 */
import { readFileSync, statSync } from 'node:fs';
import type { ChannelConsent, Person } from '../check/types.js';
import { demoConsent, demoSchool } from './school.js';
import { RosterIndex, seedRosterIndex, type RosterSnapshot } from '../check/analysis.js';

/** The precomputed roster, in dist/demo/ beside the built module. */
export const DEMO_ROSTER_FILE = 'demo-roster.json';
/** The precomputed index of its names, beside it. */
export const DEMO_ROSTER_INDEX_FILE = 'demo-roster-index.json';

/** Bump when the keys' form changes. */
const KEY_VERSION = 2;

let cache: Person[] | undefined;

function generate(): Person[] {
  // consent per channel and medium, as the seeded registry holds it
  return demoSchool().people.map((p, i) => {
    const consent: ChannelConsent = {};
    for (const c of demoConsent(p, i)) (consent[c.channel as keyof ChannelConsent] ??= {})[c.medium] = c.granted;
    return { id: p.id, name: p.name, role: p.role, consent };
  });
}

/** Where a built file of dist/demo/ is: beside this module, or, from the bundled CLI in dist/bundle/, in ../demo/. */
function builtUrls(name: string): URL[] {
  // (a name starting with ../ is the same file from dist/demo/ and dist/bundle/)
  return (name.startsWith('../') ? [name] : [name, `../demo/${name}`]).map((rel) => new URL(rel, import.meta.url));
}

function readBuilt(name: string): string | undefined {
  for (const u of builtUrls(name)) {
    try {
      return readFileSync(u, 'utf8');
    } catch {
      // try the next place
    }
  }
  return undefined;
}

/**
 * What identifies a built file without reading it: its size and modification time (the build
 * writes the code and then the precomputed files; a file rewritten since has another time).
 */
function stamp(name: string): string | undefined {
  for (const u of builtUrls(name)) {
    try {
      const st = statSync(u);
      return `${name}:${st.size}:${st.mtimeMs}`;
    } catch {
      // try the next place
    }
  }
  return undefined;
}

/** The key of the generating code as built (undefined from the sources: tests). */
function sourceKey(): string | undefined {
  const roster = stamp('roster.js');
  const school = stamp('school.js');
  return roster && school ? `${KEY_VERSION}|${roster}|${school}` : undefined;
}

/** The key of the roster index: the roster's key and the code that builds the index, as built. */
function indexKey(rosterKey: string): string | undefined {
  const analysis = stamp('../check/analysis.js');
  const normalize = stamp('../check/text/normalize.js');
  return analysis && normalize ? `${rosterKey}|${analysis}|${normalize}` : undefined;
}

function precomputed(): Person[] | undefined {
  const raw = readBuilt(DEMO_ROSTER_FILE);
  if (!raw) return undefined;
  try {
    const key = sourceKey();
    const file = JSON.parse(raw) as { key: string; people: Person[] };
    if (!key || file.key !== key) return undefined;
    seedIndex(file.people, key);
    return file.people;
  } catch {
    return undefined;
  }
}

/** Give the check the precomputed index of these (precomputed) people, when it is of this roster and this code. */
function seedIndex(people: Person[], rosterKey: string): void {
  const raw = readBuilt(DEMO_ROSTER_INDEX_FILE);
  if (!raw) return;
  const file = JSON.parse(raw) as { key: string; index: RosterSnapshot };
  if (file.key === indexKey(rosterKey)) seedRosterIndex(people, file.index);
}

/** What the build writes to DEMO_ROSTER_FILE. */
export function demoRosterSnapshot(): string | undefined {
  const key = sourceKey();
  return key ? JSON.stringify({ key, people: generate() }) : undefined;
}

/** What the build writes to DEMO_ROSTER_INDEX_FILE (from the roster as the build wrote it, so as demoRoster reads it). */
export function demoRosterIndexSnapshot(): string | undefined {
  const roster = demoRosterSnapshot();
  if (!roster) return undefined;
  const { key: rosterKey, people } = JSON.parse(roster) as { key: string; people: Person[] };
  const key = indexKey(rosterKey);
  return key ? JSON.stringify({ key, index: new RosterIndex(people).snapshot(people) }) : undefined;
}

export function demoRoster(): Person[] {
  cache ??= precomputed() ?? generate();
  return cache;
}
