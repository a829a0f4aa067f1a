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

export const mediaSchema = z.object({
  type: mediaTypeSchema,
  depicts: z.array(z.string().min(1).max(200)).max(1000).default([]),
  unidentified: z.number().int().min(0).max(10_000).default(0),
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
export type CheckRequest = z.infer<typeof checkRequestSchema>;

export type Severity = 'block' | 'consult' | 'revise' | 'info';
export type Verdict = 'allowed' | 'revise' | 'consult' | 'blocked';

/** A change of the draft's text: replace the UTF-16 range [a, b) with `text` ([n, n] inserts, "" deletes). */
export interface TextEdit {
  span: [number, number];
  text: string;
}

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
  /** Ids of people the finding concerns (e.g. whom to blur), only where the draft identifies them unambiguously. */
  people?: string[];
  /** The fix as a change of the text, for a user interface to apply in one click. */
  edits?: TextEdit[];
  /** The detector was not sure (see B3). */
  uncertain?: boolean;
}

export interface CheckResult {
  verdict: Verdict;
  findings: Finding[];
  schoolRelated: boolean;
  protocolVersion: string;
}
