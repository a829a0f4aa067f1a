/**
 * The check contract (shared/spec/check-contract.md) as zod schemas and types.
 * Add fields, never rename or remove them.
 */
import { z } from 'zod';

export const MAX_TEXT = 100_000;

export const roleSchema = z.enum(['staff', 'pupil', 'parent', 'other']);
export const settingSchema = z.enum(['lesson', 'work', 'private']);
export const mediaTypeSchema = z.enum(['photo', 'video', 'audio']);

export const accountSchema = z.enum(['personal', 'school']);
export const channelSchema = z.enum(['social', 'website', 'newsletter', 'guide', 'parent-app']);
export const CHANNEL_KEYS = channelSchema.options;

/** Consent per medium: `true` is consent, anything else (absent, false) is none. */
export const mediaConsentSchema = z.object({
  photo: z.boolean().optional(),
  video: z.boolean().optional(),
  audio: z.boolean().optional(),
});

const hasChannelKey = (v: object): boolean => CHANNEL_KEYS.some((c) => c in v);

/**
 * `people[].consent`: either `{photo, video, audio}` as the caller states it (it covers this
 * publication), or per channel as a school's registry holds it (beeldtoestemming), which covers
 * only the school's own channels (`account: "school"`) for the channel named.
 */
export const channelConsentSchema = z
  .object({
    social: mediaConsentSchema.optional(),
    website: mediaConsentSchema.optional(),
    newsletter: mediaConsentSchema.optional(),
    guide: mediaConsentSchema.optional(),
    'parent-app': mediaConsentSchema.optional(),
  })
  .refine(hasChannelKey, { message: 'per-channel consent names at least one channel' });

export const consentSchema = z.union([
  channelConsentSchema,
  mediaConsentSchema.refine((v) => !hasChannelKey(v), { message: 'consent is either per medium or per channel' }),
]);

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
  /** People in this recording who (for a pupil: whose parent or guardian) agreed to this very post, as the author states. */
  confirmed: z.array(z.string().min(1).max(200)).max(1000).default([]),
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
  /** The author's own account, or a channel of the school where the author writes in the school's name. */
  account: accountSchema.default('personal'),
  /** Where the draft is published; image consent is given per channel. */
  channel: channelSchema.default('social'),
  /** Informative: facebook, instagram, x, linkedin, youtube, tiktok, whatsapp, … */
  platform: z.string().min(1).max(100).optional(),
  /** When the lesson of a `lesson` setting ends (HH:MM, school time); the API fills it from the timetable. */
  lessonUntil: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/).optional(),
});

export type Role = z.infer<typeof roleSchema>;
export type Setting = z.infer<typeof settingSchema>;
export type MediaType = z.infer<typeof mediaTypeSchema>;
export type Person = z.infer<typeof personSchema>;
export type Account = z.infer<typeof accountSchema>;
export type Channel = z.infer<typeof channelSchema>;
export type MediaConsent = z.infer<typeof mediaConsentSchema>;
export type ChannelConsent = z.infer<typeof channelConsentSchema>;
export type Media = z.infer<typeof mediaSchema>;
export type Face = z.infer<typeof faceSchema>;
export type FaceKind = z.infer<typeof faceKindSchema>;
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
  /** The faces (indices into that media's `faces`) the finding concerns: the ones to blur. */
  faces?: number[];
  /** The media item (index into `media`) the finding concerns. */
  media?: number;
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

// ---- the result as a schema: the API's OpenAPI document and the web client are typed from it

export const textEditSchema = z.object({
  span: z.tuple([z.number(), z.number()]),
  text: z.string(),
});

export const findingSchema = z.object({
  rule: z.string(),
  severity: z.enum(['block', 'consult', 'revise', 'info']),
  message: z.string(),
  messageEn: z.string(),
  span: z.tuple([z.number(), z.number()]).optional(),
  spans: z.array(z.tuple([z.number(), z.number()])).optional(),
  fix: z.string().optional(),
  fixEn: z.string().optional(),
  kind: z.string().optional(),
  people: z.array(z.string()).optional().describe('ids of the persons the finding concerns, only where the draft identifies them unambiguously'),
  edits: z.array(textEditSchema).optional().describe('the fix as a change of the text: replace the UTF-16 range [a, b) with text ([n, n] inserts, "" deletes)'),
  faces: z.array(z.number().int()).optional().describe("the faces (indices into that media item's faces) the finding concerns: those to blur"),
  media: z.number().int().optional().describe('the media item (index into media) the finding concerns'),
  uncertain: z.boolean().optional(),
});

export const checkResultSchema = z.object({
  verdict: z.enum(['allowed', 'revise', 'consult', 'blocked']),
  findings: z.array(findingSchema),
  schoolRelated: z.boolean(),
  protocolVersion: z.string(),
});

/** The schemas and the interfaces above describe the same values. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _findingMatches: Same<z.infer<typeof findingSchema>, Finding> = true;
const _resultMatches: Same<z.infer<typeof checkResultSchema>, CheckResult> = true;
void _findingMatches;
void _resultMatches;
