/**
 * A5 per face: which faces of a photo may stay recognisable in this publication, and
 * which must be blurred. One decision, used by the check (A5 findings name the faces)
 * and by the safe version (the same faces are blurred), so the two never disagree.
 *
 * - a face tagged "niet herkenbaar" (`kind: "unrecognisable"`) stays as it is;
 * - a face of the author stays (one's own image is one's own);
 * - a face tagged with someone of the roster stays only with their consent for this
 *   medium on this account and channel (the consent rules of the check);
 * - a face tagged "niet van school" (`kind: "outsider"`) or not tagged at all is blurred:
 *   the school holds no consent for them.
 */
import type { Face, Person } from '../check/types.js';

export type Channel = 'social' | 'website' | 'newsletter' | 'guide' | 'parent-app';

export type FaceReason = 'consent' | 'author' | 'unrecognisable' | 'no-consent' | 'outsider' | 'untagged';

export interface FaceDecision {
  /** Index into the media's `faces`. */
  face: number;
  blur: boolean;
  reason: FaceReason;
  person?: string;
}

export interface Publication {
  account?: 'personal' | 'school' | undefined;
  channel?: Channel | undefined;
  authorId?: string | undefined;
  /** Ids of people who agreed to this very post (`media[].confirmed`), as the author states. */
  confirmed?: readonly string[] | undefined;
}

const CHANNELS = ['social', 'website', 'newsletter', 'guide', 'parent-app'] as const;

/**
 * Photo consent of one person for one publication. `consent` is either `{photo, video, audio}`
 * (the caller's statement, covering this publication) or per channel as the registry holds it
 * (covering the school's own channels, each channel apart; on a personal account only the
 * person's own agreement to this post counts).
 */
export function photoConsent(person: Person | undefined, where: Publication): boolean {
  if (!person) return false;
  if (where.authorId !== undefined && person.id === where.authorId) return true;
  const c = person.consent as Record<string, unknown> | undefined;
  const perChannel = c !== undefined && CHANNELS.some((k) => k in c);
  if (c !== undefined && !perChannel && (c as { photo?: boolean }).photo === true) return true;
  const account = where.account ?? 'personal';
  if (perChannel && account === 'school') return (c[where.channel ?? 'social'] as { photo?: boolean } | undefined)?.photo === true;
  return account === 'personal' && (where.confirmed ?? []).includes(person.id);
}

/** Decide every face of one photo. */
export function decideFaces(faces: readonly Face[], people: ReadonlyMap<string, Person>, where: Publication): FaceDecision[] {
  return faces.map((f, face) => {
    if (f.kind === 'unrecognisable') return { face, blur: false, reason: 'unrecognisable' };
    if (f.kind === 'outsider') return { face, blur: true, reason: 'outsider' };
    if (f.person === undefined) return { face, blur: true, reason: 'untagged' };
    if (where.authorId !== undefined && f.person === where.authorId) return { face, blur: false, reason: 'author', person: f.person };
    const ok = photoConsent(people.get(f.person), where);
    return { face, blur: !ok, reason: ok ? 'consent' : 'no-consent', person: f.person };
  });
}
