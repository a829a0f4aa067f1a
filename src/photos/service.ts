/**
 * Photos made safe, as one service for the API and the CLI: detect the faces, and make
 * the safe version from a person's tags (A5 decided per face, `decide.ts`).
 */
import type { Face, Person } from '../check/types.js';
import { faceSchema } from '../check/types.js';
import { SterrenwachtError } from '../errors.js';
import { z } from 'zod';
import { decideFaces, type FaceDecision, type Publication } from './decide.js';
import { redactPhoto, type RedactResult } from './redact.js';
import type { RedactMode } from './blur.js';

/** The tags of one photo, as the web app, the API and the CLI (`--tags FILE`) give them. */
export const photoTagsSchema = z.object({
  faces: z.array(faceSchema).max(1000),
  channel: z.enum(['social', 'website', 'newsletter', 'guide', 'parent-app']).optional(),
  account: z.enum(['personal', 'school']).optional(),
  /** Ids of people who agreed to this very post, as the author states (personal account). */
  confirmed: z.array(z.string().min(1).max(200)).max(1000).optional(),
  mode: z.enum(['blur', 'cover']).optional(),
});
export type PhotoTags = z.infer<typeof photoTagsSchema>;

export function parsePhotoTags(input: unknown, where = 'tags'): PhotoTags {
  const parsed = photoTagsSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = [where, ...issue.path].join('.');
    throw new SterrenwachtError('invalid_request', `Veld "${path}" is ongeldig: ${issue.message}`, `Field "${path}" is invalid: ${issue.message}`, path);
  }
  parsed.data.faces.forEach((f, i) => {
    const [x, y, w, h] = f.box;
    if (w <= 0 || h <= 0 || x + w > 1.000001 || y + h > 1.000001) {
      throw new SterrenwachtError('invalid_request', `Het vak van gezicht ${i + 1} valt buiten de foto (x, y, breedte, hoogte als deel van de foto, 0 tot 1).`, `The box of face ${i + 1} lies outside the photo (x, y, width, height as fractions of the photo, 0 to 1).`, `${where}.faces.${i}.box`);
    }
    if (f.person !== undefined && f.kind !== undefined && f.kind !== 'person') {
      throw new SterrenwachtError('invalid_request', `Gezicht ${i + 1} is getagd met een persoon én als "${f.kind}": kies één van beide.`, `Face ${i + 1} is tagged with a person and as "${f.kind}": choose one.`, `${where}.faces.${i}`);
    }
  });
  return parsed.data;
}

export interface SafePhoto extends RedactResult {
  decisions: FaceDecision[];
}

/**
 * The safe version of a photo for one publication: every face whose A5 decision is "blur"
 * blurred (or covered). `people` holds the consent the caller may use; a tagged person who
 * is not in it counts as someone without consent.
 */
export async function safePhoto(image: Uint8Array, tags: PhotoTags, people: readonly Person[], author?: { id?: string | undefined }): Promise<SafePhoto> {
  const byId = new Map(people.map((p) => [p.id, p]));
  const where: Publication = { account: tags.account, channel: tags.channel, authorId: author?.id, confirmed: tags.confirmed };
  const decisions = decideFaces(tags.faces as Face[], byId, where);
  const boxes = decisions.filter((d) => d.blur).map((d) => tags.faces[d.face]!.box);
  const result = await redactPhoto(image, boxes, { mode: (tags.mode ?? 'blur') as RedactMode });
  return { ...result, decisions };
}
