/**
 * Whose image or voice may this publication carry (A5)? The consent that counts depends
 * on where the draft goes (rule-interpretation.md, A5 and consent):
 *
 * - `people[].consent` as `{photo, video, audio}` is the caller's statement of the consent
 *   that covers this publication: it counts on any account and channel;
 * - per-channel consent (`{social: {…}, website: {…}, …}`) is the school's beeldtoestemming:
 *   it covers the school's own channels (`account: "school"`) for the `channel` named and
 *   that medium only (website consent does not allow the newsletter), and nothing posted on
 *   a personal account;
 * - on a personal account every recognisable person other than the author needs their own
 *   agreement to this very post: `media[].confirmed` (for a pupil, a parent's), as the author
 *   states it. On the school's channel the registry decides: a confirmation does not override
 *   a refusal held there (parents change the registry, not the author).
 */
import { CHANNEL_KEYS, type Account, type Channel, type ChannelConsent, type Media, type MediaConsent, type MediaType, type Person } from './types.js';

export type ConsentBasis = 'stated' | 'registry' | 'confirmed' | 'author';
export type MissingReason = 'none' | 'personal-account' | 'channel';

export interface ConsentVerdict {
  ok: boolean;
  basis?: ConsentBasis;
  /** Why it is missing: no consent at all, school consent on a personal account, or not for this channel. */
  missing?: MissingReason;
}

export function isChannelConsent(c: Person['consent']): c is ChannelConsent {
  return c !== undefined && CHANNEL_KEYS.some((k) => k in c);
}

/** The consent of a person for one medium of one publication. */
export function consentFor(person: Person | undefined, medium: MediaType, media: Media, where: { account: Account; channel: Channel; authorId?: string | undefined }): ConsentVerdict {
  if (!person) return { ok: false, missing: 'none' };
  if (where.authorId !== undefined && person.id === where.authorId) return { ok: true, basis: 'author' };
  const c = person.consent;
  if (c !== undefined && !isChannelConsent(c)) {
    if ((c as MediaConsent)[medium] === true) return { ok: true, basis: 'stated' };
    return where.account === 'personal' && media.confirmed.includes(person.id) ? { ok: true, basis: 'confirmed' } : { ok: false, missing: 'none' };
  }
  if (where.account === 'school') {
    if (c?.[where.channel]?.[medium] === true) return { ok: true, basis: 'registry' };
    const elsewhere = c !== undefined && CHANNEL_KEYS.some((k) => c[k]?.[medium] === true);
    return { ok: false, missing: elsewhere ? 'channel' : 'none' };
  }
  if (media.confirmed.includes(person.id)) return { ok: true, basis: 'confirmed' };
  const schoolHas = c !== undefined && CHANNEL_KEYS.some((k) => c[k]?.[medium] === true);
  return { ok: false, missing: schoolHas ? 'personal-account' : 'none' };
}
