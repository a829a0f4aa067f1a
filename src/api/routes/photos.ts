/**
 * Photos made safe (A5), processed in memory and never stored:
 * POST /api/v1/photos/detect  the photo's bytes (image/jpeg, image/png, image/webp, image/heic)
 *                             → {width, height, format, faces: [{box, score}]}
 * POST /api/v1/photos/redact  {image: base64, faces: [{box, person?, kind?}], channel?, account?, confirmed?, mode?}
 *                             → the safe version (same format; HEIC becomes JPEG), faces without
 *                             consent for that channel blurred, EXIF/GPS/XMP/ICC removed
 *
 * Limit: photos up to 15 MB (MAX_PHOTO_BYTES) and 50 megapixels; the routes set their own
 * bodyLimit (detect: the photo plus 1 MB, redact: its base64 plus 1 MB), a larger photo is a
 * 413 with a clear message. The audit log records that a redaction happened (who, how many
 * faces, which were blurred, whose consent was read), never the photo.
 */
import { acceptImages } from '../image-body.js';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { appendAudit } from '../../audit/log.js';
import { can } from '../../auth/policy.js';
import { faceSchema } from '../../check/types.js';
import { SterrenwachtError } from '../../errors.js';
import { MAX_PHOTO_BYTES, tooLarge } from '../../photos/limits.js';
import { requirePermission } from '../auth.js';
import { readFile } from 'node:fs/promises';
import { ASSET_PREFIX, BROWSER_ASSETS } from '../../photos/assets.js';
import type { Services } from '../app.js';

const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/heic', 'image/heif', 'image/avif', 'application/octet-stream'];
/** A photo's bytes, plus room for the request around them. */
export const DETECT_BODY_LIMIT = MAX_PHOTO_BYTES + 1024 * 1024;
/** A photo in base64 (4/3 of its bytes) with its tags. */
export const REDACT_BODY_LIMIT = Math.ceil((MAX_PHOTO_BYTES * 4) / 3) + 1024 * 1024;

const detectionSchema = z.object({
  width: z.number().int(),
  height: z.number().int(),
  format: z.enum(['jpeg', 'png', 'webp', 'heif']),
  faces: z.array(z.object({ box: z.tuple([z.number(), z.number(), z.number(), z.number()]), score: z.number() })),
});

const redactBodySchema = z.object({
  image: z.string().min(1).describe('the photo, base64'),
  faces: z.array(faceSchema).max(1000),
  channel: z.enum(['social', 'website', 'newsletter', 'guide', 'parent-app']).optional(),
  account: z.enum(['personal', 'school']).optional(),
  confirmed: z.array(z.string().min(1).max(200)).max(1000).optional(),
  mode: z.enum(['blur', 'cover']).optional(),
});

function decodeBase64(s: string): Buffer {
  const clean = s.replace(/^data:[^,]*;base64,/, '').replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/_-]*={0,2}$/.test(clean)) throw new SterrenwachtError('invalid_image', 'Veld "image" is geen geldige base64.', 'Field "image" is not valid base64.', 'image');
  if ((clean.length * 3) / 4 > MAX_PHOTO_BYTES + 2) throw tooLarge(Math.floor((clean.length * 3) / 4));
  return Buffer.from(clean, 'base64');
}

export function photoRoutes(app: FastifyInstance, services: Services): void {
  // an encapsulated scope: the image parser is this scope's own (other routes take images too)
  void app.register(async (scope) => photoScope(scope, services));
}

function photoScope(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  acceptImages(app, IMAGE_TYPES, DETECT_BODY_LIMIT);

  // the model and wasm files for detection in the browser, from our own origin (open: they hold nothing personal)
  app.get(`${ASSET_PREFIX}:file`, { schema: { hide: true } }, async (req, reply) => {
    const asset = BROWSER_ASSETS[(req.params as { file: string }).file];
    if (!asset) throw new SterrenwachtError('not_found', 'Dit bestand bestaat niet.', 'No such file.');
    return reply.type(asset.type).header('cache-control', 'public, max-age=86400').send(await readFile(asset.file));
  });

  app.post('/api/v1/photos/detect', {
    bodyLimit: DETECT_BODY_LIMIT,
    schema: {
      tags: ['photos'],
      summary: 'Find the faces in a photo (boxes as fractions of the photo; the photo is not stored)',
      description: 'Stuur de foto zelf (image/jpeg, image/png, image/webp of image/heic, hoogstens 15 MB). Alleen gezichtsdetectie: geen herkenning, niets biometrisch, niets bewaard.',
      consumes: IMAGE_TYPES,
      response: { 200: detectionSchema },
    },
    handler: async (req) => {
      requirePermission(req, 'photos.process');
      if (!Buffer.isBuffer(req.body)) throw new SterrenwachtError('unsupported_image', 'Stuur de foto zelf als inhoud van het verzoek (Content-Type image/jpeg, image/png, image/webp of image/heic).', 'Send the photo itself as the request body (Content-Type image/jpeg, image/png, image/webp or image/heic).', 'image');
      if (req.body.length > MAX_PHOTO_BYTES) throw tooLarge(req.body.length);
      const { detectFaces } = await import('../../photos/detector.js');
      return detectFaces(req.body);
    },
  });

  r.post('/api/v1/photos/redact', {
    bodyLimit: REDACT_BODY_LIMIT,
    schema: {
      tags: ['photos'],
      summary: 'The safe version of a photo: faces without consent for the channel blurred, metadata removed (nothing stored)',
      description:
        'De foto (base64, hoogstens 15 MB) met de tags per gezicht en het kanaal. Gezichten zonder toestemming voor dat kanaal, "niet van school" en niet getagde gezichten worden vervaagd; EXIF, GPS, XMP en ICC verdwijnen. Het antwoord is de foto zelf; de kop x-sterrenwacht-blurred noemt de vervaagde gezichten (0-geteld).',
      body: redactBodySchema,
      produces: ['image/jpeg', 'image/png', 'image/webp'],
    },
    handler: async (req, reply) => {
      const account = requirePermission(req, 'photos.process');
      const { parsePhotoTags, safePhoto } = await import('../../photos/service.js');
      const tags = parsePhotoTags(req.body, '');
      const image = decodeBase64(req.body.image);
      // consent from the registry only for a caller who may read it: for anyone else every
      // tagged person counts as without consent (the answer never depends on what they may not see)
      const registry = (await services.context(account.schoolId)).people;
      // a tagged person must be of the caller's school, as in a check's `depicts`
      const known = new Set(registry.map((p) => p.id));
      tags.faces.forEach((f, i) => {
        if (f.person !== undefined && !known.has(f.person)) throw new SterrenwachtError('unknown_person', `Persoon "${f.person}" (gezicht ${i + 1}) staat niet in het register.`, `Person "${f.person}" (face ${i + 1}) is not in the registry.`, `faces.${i}.person`);
      });
      const people = can(account.role, 'people.read') ? registry : [];
      const safe = await safePhoto(image, tags, people, { id: account.personId ?? undefined });
      const blurred = safe.decisions.filter((d) => d.blur).map((d) => d.face);
      await appendAudit(services.db, {
        actor: account.id,
        action: 'photo.redact',
        subject: account.schoolId,
        detail: {
          faces: tags.faces.length,
          blurred: blurred.length,
          channel: tags.channel ?? 'social',
          account: tags.account ?? 'personal',
          format: safe.format,
          consentRead: [...new Set(safe.decisions.filter((d) => d.person !== undefined && people.length > 0).map((d) => d.person!))],
        },
      });
      return reply
        .type(safe.mime)
        .header('content-disposition', `attachment; filename="veilige-foto.${safe.format === 'jpeg' ? 'jpg' : safe.format}"`)
        .header('cache-control', 'no-store')
        .header('x-sterrenwacht-blurred', blurred.join(','))
        .send(safe.image);
    },
  });
}
