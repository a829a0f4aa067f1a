/**
 * The image boundary: a photo in memory (never written anywhere), checked for what it
 * is before a decoder sees it, then decoded once with its orientation applied
 * (`sharp(...).rotate()` first, so boxes and blur land where a person sees the faces).
 *
 * Accepted: JPEG, PNG, WebP, and HEIC/HEIF/AVIF where the installed libvips reads it (the
 * prebuilt sharp reads AVIF-coded HEIF; HEVC-coded iPhone HEIC is refused with a clear
 * error). Anything else, anything larger than MAX_PHOTO_BYTES or MAX_PHOTO_PIXELS, and
 * anything that does not decode gets a Dutch/English SterrenwachtError, never a crash.
 */
import sharp, { type Sharp } from 'sharp';
import { SterrenwachtError } from '../errors.js';
import { MAX_PHOTO_BYTES, MAX_PHOTO_PIXELS, tooLarge } from './limits.js';

export { MAX_PHOTO_BYTES, MAX_PHOTO_PIXELS, tooLarge };

export type PhotoFormat = 'jpeg' | 'png' | 'webp' | 'heif';

export const PHOTO_MIME: Record<PhotoFormat, string> = { jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp', heif: 'image/heif' };

sharp.cache(false); // nothing of a photo is kept after a request

/** What the first bytes say the file is (magic numbers), before any decoder runs. */
export function sniffFormat(buf: Uint8Array): PhotoFormat | 'unknown' {
  if (buf.length >= 3 && buf[0] === 0xff && buf[1] === 0xd8 && buf[2] === 0xff) return 'jpeg';
  if (buf.length >= 8 && buf[0] === 0x89 && buf[1] === 0x50 && buf[2] === 0x4e && buf[3] === 0x47 && buf[4] === 0x0d && buf[5] === 0x0a && buf[6] === 0x1a && buf[7] === 0x0a) return 'png';
  const ascii = (a: number, b: number): string => String.fromCharCode(...buf.subarray(a, b));
  if (buf.length >= 12 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp';
  if (buf.length >= 12 && ascii(4, 8) === 'ftyp' && /^(heic|heix|hevc|hevx|heim|heis|mif1|msf1|avif|avis)$/.test(ascii(8, 12))) return 'heif';
  return 'unknown';
}

/** Check the bytes: size and kind. Returns the format. */
export function checkPhotoBytes(buf: Uint8Array): PhotoFormat {
  if (buf.length === 0) throw new SterrenwachtError('invalid_image', 'Er is geen foto meegestuurd (het bestand is leeg).', 'No photo was sent (the file is empty).', 'image');
  if (buf.length > MAX_PHOTO_BYTES) throw tooLarge(buf.length);
  const format = sniffFormat(buf);
  if (format === 'unknown') {
    throw new SterrenwachtError('unsupported_image', 'Dit bestand is geen foto die Sterrenwacht kan lezen. Gebruik JPEG, PNG, WebP of HEIC. Video en geluid worden niet bekeken: geef bij de check aan wie erin herkenbaar is.', 'This file is not a photo Sterrenwacht can read. Use JPEG, PNG, WebP or HEIC. Video and audio are not examined: state in the check who is recognisable in them.', 'image');
  }
  return format;
}

export interface DecodedPhoto {
  format: PhotoFormat;
  /** Width and height of the pixels below (after orientation and any scaling). */
  width: number;
  height: number;
  /** Width and height of the photo itself after orientation. */
  fullWidth: number;
  fullHeight: number;
  /** RGB pixels, row by row, orientation applied. */
  data: Buffer;
}

function unreadable(format: PhotoFormat, e: unknown): SterrenwachtError {
  const msg = e instanceof Error ? e.message : String(e);
  if (/pixel limit/i.test(msg)) {
    return new SterrenwachtError('image_too_large', `De foto heeft te veel pixels; het maximum is ${MAX_PHOTO_PIXELS / 1_000_000} megapixel.`, `The photo has too many pixels; the maximum is ${MAX_PHOTO_PIXELS / 1_000_000} megapixels.`, 'image');
  }
  if (format === 'heif') {
    return new SterrenwachtError('unsupported_image', 'Deze HEIC-foto kan hier niet gelezen worden (HEVC-gecodeerd). Zet de foto om naar JPEG (op een iPhone: Instellingen > Camera > Formaten > "Meest compatibel") en probeer het opnieuw.', 'This HEIC photo cannot be read here (HEVC-coded). Convert it to JPEG (on an iPhone: Settings > Camera > Formats > "Most Compatible") and try again.', 'image');
  }
  return new SterrenwachtError('invalid_image', `De foto is beschadigd of onvolledig en kan niet gelezen worden (${format.toUpperCase()}).`, `The photo is damaged or incomplete and cannot be read (${format.toUpperCase()}).`, 'image');
}

/**
 * The description of an ICC profile (its 'desc' tag: ICC v2 text or v4 multi-localised
 * Unicode), or undefined when the profile cannot be read.
 */
export function iccDescription(icc: Uint8Array): string | undefined {
  if (icc.length < 132) return undefined;
  const u32 = (o: number): number => ((icc[o]! << 24) | (icc[o + 1]! << 16) | (icc[o + 2]! << 8) | icc[o + 3]!) >>> 0;
  const sig = (o: number): string => String.fromCharCode(icc[o]!, icc[o + 1]!, icc[o + 2]!, icc[o + 3]!);
  const count = u32(128);
  for (let t = 0; t < count && 132 + 12 * t + 12 <= icc.length; t++) {
    const e = 132 + 12 * t;
    if (sig(e) !== 'desc') continue;
    const off = u32(e + 4);
    const size = u32(e + 8);
    if (size < 12 || off + size > icc.length) return undefined;
    const type = sig(off);
    if (type === 'desc') {
      const n = u32(off + 8);
      if (n < 1 || 12 + n > size) return undefined;
      return String.fromCharCode(...icc.subarray(off + 12, off + 12 + n - 1));
    }
    if (type === 'mluc') {
      // the first record: language, country, length, offset (from the tag's start), UTF-16BE
      if (size < 28 || u32(off + 8) < 1) return undefined;
      const len = u32(off + 20);
      const at = off + u32(off + 24);
      if (at + len > off + size) return undefined;
      let text = '';
      for (let i = at; i + 1 < at + len; i += 2) text += String.fromCharCode((icc[i]! << 8) | icc[i + 1]!);
      return text;
    }
    return undefined;
  }
  return undefined;
}

/**
 * Whether an embedded profile is sRGB itself (as almost every camera and phone JPEG in
 * sRGB carries: "sRGB IEC61966-2.1" and its variants). Converting such a photo to sRGB
 * changes nothing but costs as much as decoding it, so it is skipped; any other profile
 * (Display P3, Adobe RGB, CMYK, ...) is applied.
 */
/** Descriptions of the sRGB profiles cameras, phones and editors embed (a linear or otherwise altered "sRGB-…" variant does not match, and is applied). */
const SRGB_NAMES = /^(sRGB|sRGB IEC ?61966-2[.-]1( .*)?|sRGB built-in|sRGB2014)$/i;

export function isSrgbProfile(icc: Uint8Array | undefined): boolean {
  if (!icc || icc.length < 132) return false;
  const space = String.fromCharCode(icc[16]!, icc[17]!, icc[18]!, icc[19]!);
  if (space !== 'RGB ') return false;
  return SRGB_NAMES.test(iccDescription(icc)?.trim() ?? '');
}

/**
 * A sharp pipeline for a checked photo: pixel limit, strict decoding, first page only.
 * `ignoreIcc`: leave the embedded colour profile unapplied (detection needs no colour
 * management; the safe version does apply it, converting to sRGB).
 */
export function openPhoto(buf: Uint8Array, opts: { ignoreIcc?: boolean } = {}): Sharp {
  return sharp(buf, { limitInputPixels: MAX_PHOTO_PIXELS, failOn: 'error', pages: 1, ignoreIcc: opts.ignoreIcc ?? false });
}

/**
 * Decode a photo with its orientation applied (`.rotate()` first), optionally scaled down
 * so its shorter side is `shorterSide` pixels (for detection; boxes are fractions, so they
 * hold at any size).
 *
 * Scaling down is cheap for JPEG: libjpeg decodes at 1/2, 1/4 or 1/8 of the size directly
 * (sharp's shrink-on-load, `fastShrinkOnLoad`), and only the small remainder is resized.
 * sharp picks the largest such factor that leaves the result at least the size asked, but
 * one step smaller when the ratio is exactly that factor (a libjpeg rounding guard): so a
 * 1920 × 1280 photo asked for 256 px decodes at 480 × 320 and is resized to 384 × 256,
 * where asking for 480 would have decoded all of 960 × 640. When scaling for detection the
 * embedded colour profile is not applied either (BlazeFace does not need exact colour, and
 * the profile transform cost as much as the rest of the decode); a CMYK photo is still
 * converted to RGB.
 */
export async function decodePhoto(buf: Uint8Array, opts: { shorterSide?: number } = {}): Promise<DecodedPhoto> {
  const format = checkPhotoBytes(buf);
  try {
    const meta = await openPhoto(buf).metadata();
    // the colour profile is applied unless the pixels are only for detection, or it is sRGB already
    const img = openPhoto(buf, { ignoreIcc: opts.shorterSide !== undefined || isSrgbProfile(meta.icc) });
    const full = meta.autoOrient ?? { width: meta.width ?? 0, height: meta.height ?? 0 };
    if (full.width * full.height > MAX_PHOTO_PIXELS) throw new Error('Input image exceeds pixel limit');
    let pipeline = img.rotate();
    if (opts.shorterSide) pipeline = pipeline.resize({ width: opts.shorterSide, height: opts.shorterSide, fit: 'outside', withoutEnlargement: true, fastShrinkOnLoad: true });
    // sRGB out (three channels also for a greyscale or CMYK photo); not pipelineColourspace(), which would switch shrink-on-load off
    const { data, info } = await pipeline.removeAlpha().toColourspace('srgb').raw().toBuffer({ resolveWithObject: true });
    return { format, width: info.width, height: info.height, fullWidth: full.width, fullHeight: full.height, data };
  } catch (e) {
    throw unreadable(format, e);
  }
}

export { unreadable as unreadablePhoto };
