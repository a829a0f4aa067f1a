/**
 * The check contract (shared/spec/check-contract.md) as zod schemas and types.
 * Add fields, never rename or remove them.
 */
import { z } from 'zod';

export const MAX_TEXT = 100_000;

export const roleSchema = z.enum(['staff', 'pupil', 'parent', 'other']);
export const settingSchema = z.enum(['lesson', 'work', 'private']);
export const mediaTypeSchema = z.enum(['photo', 'video', 'audio']);

export const consentSchema = z.object({
  photo: z.boolean().optional(),
  video: z.boolean().optional(),
  audio: z.boolean().optional(),
});

export const personSchema = z.object({
  id: z.string().min(1).max(200),
  name: z.string().min(1).max(300),
  role: roleSchema,
  consent: consentSchema.optional(),
});

/** How a face in a photo is tagged: someone of the roster, not recognisable, or not from the school. */
export const faceKindSchema = z.enum(['person', 'unrecognisable', 'outsider']);

const fraction = z.number().min(0).max(1);
/**
 * A face in a photo (`media[].faces`): its box as fractions of the (oriented) image,
 * `[x, y, width, height]`, and how a person tagged it. A face without `person` or `kind`
 * is not tagged yet: a recognisable face of someone unknown.
 */
export const faceSchema = z.object({
  box: z.tuple([fraction, fraction, fraction, fraction]),
  person: z.string().min(1).max(200).optional(),
  kind: faceKindSchema.optional(),
});

export const mediaSchema = z.object({
  type: mediaTypeSchema,
  depicts: z.array(z.string().min(1).max(200)).max(1000).default([]),
  unidentified: z.number().int().min(0).max(10_000).default(0),
  /** The faces in a photo with their tags; A5 decides per face (src/photos/decide.ts). */
  faces: z.array(faceSchema).max(1000).default([]),
});

export const schoolRefSchema = z.object({
  name: z.string().min(2).max(200),
  aliases: z.array(z.string().min(2).max(200)).max(100).default([]),
});

export const checkRequestSchema = z.object({
  text: z.string().max(MAX_TEXT).default(''),
  author: z.object({ role: roleSchema, id: z.string().min(1).max(200).optional() }),
  setting: settingSchema.default('private'),
  lessonPermission: z.boolean().default(false),
  media: z.array(mediaSchema).max(100).default([]),
  people: z.array(personSchema).max(100_000).optional(),
  connect: z.object({ personId: z.string().min(1).max(200) }).optional(),
  thread: z.array(z.string().max(MAX_TEXT)).max(1000).default([]),
  school: schoolRefSchema.optional(),
});

export type Role = z.infer<typeof roleSchema>;
export type Setting = z.infer<typeof settingSchema>;
export type MediaType = z.infer<typeof mediaTypeSchema>;
export type Person = z.infer<typeof personSchema>;
export type Media = z.infer<typeof mediaSchema>;
export type Face = z.infer<typeof faceSchema>;
export type FaceKind = z.infer<typeof faceKindSchema>;
export type CheckRequest = z.infer<typeof checkRequestSchema>;

export type Severity = 'block' | 'consult' | 'revise' | 'info';
export type Verdict = 'allowed' | 'revise' | 'consult' | 'blocked';

export interface Finding {
  /** The protocol article the finding rests on (U1…S6). */
  rule: string;
  severity: Severity;
  /** Dutch, for a parent or teacher. */
  message: string;
  /** English translation of `message`. */
  messageEn: string;
  /** UTF-16 offsets into `text` of the words concerned. */
  span?: [number, number];
  /** Further spans when the finding concerns several places. */
  spans?: [number, number][];
  /** A concrete change (Dutch). */
  fix?: string;
  fixEn?: string;
  /** Machine code of what was detected, e.g. "phone", "insult", "threat". */
  kind?: string;
  /** Ids of people the finding concerns (e.g. whom to blur). */
  people?: string[];
  /** The faces (indices into that media's `faces`) the finding concerns: the ones to blur. */
  faces?: number[];
  /** The media item (index into `media`) the finding concerns. */
  media?: number;
  /** The detector was not sure (see B3). */
  uncertain?: boolean;
}

export interface CheckResult {
  verdict: Verdict;
  findings: Finding[];
  schoolRelated: boolean;
  protocolVersion: string;
}
