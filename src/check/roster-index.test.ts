/**
 * A roster index restored from its snapshot (the demo roster's, precomputed by the build for a
 * one-request CLI check) is the index built from the roster: same words, same keys, same
 * people, and so the same names found and the same answers.
 */
import { describe, expect, it } from 'vitest';
import { RosterIndex, analyse, seedRosterIndex, rosterIndex } from './analysis.js';
import { normalise } from './text/normalize.js';
import { check } from './engine.js';
import { demoRoster } from '../demo/roster.js';
import { roster } from '../bench/corpus.js';
import { DE_STERREN } from '../protocol/school.js';
import type { NameMatch } from './analysis.js';

describe('RosterIndex snapshot', () => {
  it('restores the index it was taken from', () => {
    for (const people of [demoRoster(), roster(300)]) {
      const built = new RosterIndex(people);
      const snap = JSON.parse(JSON.stringify(built.snapshot(people))) as ReturnType<RosterIndex['snapshot']>;
      const restored = new RosterIndex(people, snap);
      expect(restored.snapshot(people)).toEqual(built.snapshot(people));
      expect([...restored.words]).toEqual([...built.words]);
      const names = people.slice(0, 40).map((p) => p.name);
      const text = `${names.join(' en ')}, ${names[0]!.split(' ')[0]}s moeder en ${names[1]!.split(' ').at(-1)}`;
      const tokens = normalise(text).tokens;
      const a: NameMatch[] = [];
      const b: NameMatch[] = [];
      built.scan(tokens, a);
      restored.scan(tokens, b);
      expect(b.length).toBeGreaterThan(40);
      expect(b).toEqual(a);
      // the same person objects, not copies
      expect(b.every((m, i) => m.person === a[i]!.person)).toBe(true);
    }
  });

  it('gives the same answers once seeded', () => {
    const people = roster(200);
    const copy = people.map((p) => ({ ...p }));
    const texts = people.slice(0, 30).map((p, i) => `${p.name} ${i % 2 ? 'is een sukkel' : 'heeft gewonnen'}, zegt ${people[i + 1]!.name.split(' ')[0]}`);
    const before = texts.map((text) => JSON.stringify(check({ text, author: { role: 'staff' } }, { people: copy })));
    seedRosterIndex(people, new RosterIndex(people).snapshot(people));
    expect(rosterIndex(people)).toBeInstanceOf(RosterIndex);
    expect(texts.map((text) => JSON.stringify(check({ text, author: { role: 'staff' } }, { people })))).toEqual(before);
    expect(analyse(texts[0]!, people, DE_STERREN).names.length).toBeGreaterThan(0);
  });
});
