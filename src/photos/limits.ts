/** How large a photo may be (no image library needed to know: the API's routes load sharp only when a photo arrives). */
import { SterrenwachtError } from '../errors.js';

/** The largest photo accepted, in bytes (15 MB): the API's bodyLimit for photos follows from it. */
export const MAX_PHOTO_BYTES = 15 * 1024 * 1024;
/** The largest photo accepted, in pixels (50 megapixels), against decompression bombs. */
export const MAX_PHOTO_PIXELS = 50_000_000;

export function tooLarge(bytes: number): SterrenwachtError {
  const mb = (n: number): string => (n / 1024 / 1024).toFixed(1);
  return new SterrenwachtError('image_too_large', `De foto is te groot: ${mb(bytes)} MB, het maximum is ${mb(MAX_PHOTO_BYTES)} MB. Verklein de foto en probeer het opnieuw.`, `The photo is too large: ${mb(bytes)} MB, the maximum is ${mb(MAX_PHOTO_BYTES)} MB. Make it smaller and try again.`, 'image');
}

