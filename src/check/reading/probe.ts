/**
 * Test support for the readings' tests: how the decency detector reads one text with a roster —
 * the kinds it finds, and whether any of them blocks. One definition instead of one per test file.
 */
import { analyse } from '../analysis.js';
import { DE_STERREN } from '../../protocol/school.js';
import { detectDecency, type DecencyKind } from '../detectors/decency.js';
import type { Person } from '../types.js';

export function decencyOf(people: readonly Person[] = []): { kinds: (text: string) => DecencyKind[]; blocked: (text: string) => boolean } {
  const hits = (text: string) => detectDecency(analyse(text, people, DE_STERREN));
  return {
    kinds: (text) => hits(text).map((h) => h.kind),
    blocked: (text) => hits(text).some((h) => h.severity === 'block'),
  };
}
