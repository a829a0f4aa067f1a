/**
 * The version id of the protocol in force: the (G)MR approval date and a short
 * content hash of the article texts, so any change to an article changes the id.
 */
import { createHash } from 'node:crypto';
import { ARTICLES, CLOSING, INTRODUCTION } from './articles.js';
import type { SchoolProfile } from './school.js';

const contentHash = createHash('sha256')
  .update(JSON.stringify([INTRODUCTION, ARTICLES, CLOSING]))
  .digest('hex')
  .slice(0, 8);

const cache = new WeakMap<SchoolProfile, string>();

export function protocolVersion(school: SchoolProfile): string {
  let v = cache.get(school);
  if (!v) {
    v = `psm-${school.approvalDate ?? 'concept'}-${contentHash}`;
    cache.set(school, v);
  }
  return v;
}
