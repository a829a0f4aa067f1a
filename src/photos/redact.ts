/**
 * The safe version of a photo (server side, sharp): the orientation applied first
 * (`.rotate()`), the faces that may not be recognisable blurred beyond recognition, and
 * every piece of metadata dropped (EXIF with GPS and camera, XMP, IPTC, the ICC profile:
 * pixels are converted to sRGB and written without a profile).
 *
 * How strong: see `blur.ts` (the same algorithm as in the browser): each face box, widened
 * a little, becomes a soft gradient of a few average colours, with no eyes, nose or mouth
 * to recognise (`redact.test.ts` measures the detail left and runs the detector over it).
 * `cover` paints the box in one flat colour instead.
 *
 * In memory only: nothing of the photo is written or kept.
 */
import sharp from 'sharp';
import { decodePhoto, PHOTO_MIME, type PhotoFormat } from './image.js';
import { mergeRegions, redactRegion, regionOf, type Box, type RedactMode, type Region } from './blur.js';

export type { Box, RedactMode } from './blur.js';

export interface RedactResult {
  image: Buffer;
  format: Exclude<PhotoFormat, 'heif'>;
  mime: string;
  width: number;
  height: number;
  /** The pixel rectangles that were blurred or covered (overlapping face areas merged). */
  regions: Region[];
}

/** The safe version: `boxes` blurred (or covered), orientation applied, metadata gone. */
export async function redactPhoto(image: Uint8Array, boxes: readonly Box[], opts: { mode?: RedactMode; quality?: number } = {}): Promise<RedactResult> {
  const photo = await decodePhoto(image);
  const { width, height, data } = photo;
  const regions = mergeRegions(boxes.map((b) => regionOf(b, width, height)));
  for (const r of regions) redactRegion(data, width, 3, r, opts.mode ?? 'blur');
  const format: RedactResult['format'] = photo.format === 'heif' ? 'jpeg' : photo.format;
  let out = sharp(data, { raw: { width, height, channels: 3 } });
  // no withMetadata()/keepMetadata(): sharp writes no EXIF, XMP, IPTC or ICC
  if (format === 'jpeg') out = out.jpeg({ quality: opts.quality ?? 88, mozjpeg: false });
  else if (format === 'png') out = out.png({ compressionLevel: 6 });
  else out = out.webp({ quality: opts.quality ?? 88 });
  return { image: await out.toBuffer(), format, mime: PHOTO_MIME[format], width, height, regions };
}
