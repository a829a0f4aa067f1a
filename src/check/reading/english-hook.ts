/**
 * The one place where the English reading (`english.ts`) and the Dutch sexual-content reading
 * (`sexual.ts`) meet the decency detector: called once, after the detector's own readings.
 *
 * - In English sentences it withdraws the detector's hits that the English reading contradicts:
 *   inside reported speech the text judges ("stop saying that …"), on a predicate an English
 *   negation governs ("are not criminals"), or on a word the Dutch spelling repair misread
 *   ("true" taken for "trut").
 * - It adds the English hits and the sexual-content hits through the detector's own `push`,
 *   so its tests of counter-speech, word sense and quotation apply to them too.
 */
import type { TextAnalysis } from '../analysis.js';
import type { DecencyHit } from '../detectors/decency.js';
import { readEnglish } from './english.js';
import { readSexualContent } from './sexual.js';

export function readOtherLanguage(a: TextAnalysis, authorId: string | undefined, hits: DecencyHit[], push: (h: DecencyHit, core?: { first: number; last: number }) => void): void {
  const en = readEnglish(a, authorId);
  const any = (flags: Uint8Array, first: number, last: number): boolean => {
    for (let k = first; k <= last; k++) if (flags[k]) return true;
    return false;
  };
  for (let i = hits.length - 1; i >= 0; i--) {
    const h = hits[i]!;
    if (!en.english[h.first] && !en.english[h.last]) continue;
    const withdrawn =
      en.reported[h.first] === 1 ||
      (any(en.negated, h.first, h.last) && !en.hits.some((e) => e.first <= h.last && e.last >= h.first)) ||
      (h.first === h.last && en.repaired[h.first] === 1 && h.kind !== 'slur');
    if (withdrawn) hits.splice(i, 1);
  }
  for (const h of en.hits) {
    if (en.reported[h.core.first] || en.reported[h.first]) continue;
    push({ kind: h.kind, first: h.first, last: h.last, severity: 'block', certain: true, target: h.target }, h.core);
  }
  for (const h of readSexualContent(a, authorId)) push({ kind: 'sexual', first: h.first, last: h.last, severity: 'block', certain: true, target: h.target }, h.core);
}
