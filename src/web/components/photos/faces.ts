/**
 * Faces on a photo in the web app: detection and the safe version run in this browser
 * (src/photos/browser.ts), the model and wasm files from our own origin, the human module
 * as a lazily loaded chunk of our own build. The photo never leaves the device.
 */
import { decodeInBrowser, detectInBrowser, redactInBrowser, type BrowserAssets, type DecodedImage } from '../../../photos/browser.js';
import type { DetectedFace } from '../../../photos/human-config.js';
import type { Box } from '../../../photos/blur.js';

export const ASSETS: BrowserAssets = {
  models: '/photos/assets/',
  wasm: '/photos/assets/',
  loadHuman: () => import('@vladmandic/human') as unknown as ReturnType<BrowserAssets['loadHuman']>,
};

export type { DecodedImage, DetectedFace, Box };

export function decode(file: Blob): Promise<DecodedImage> {
  return decodeInBrowser(file);
}

export function detect(image: DecodedImage): Promise<DetectedFace[]> {
  return detectInBrowser(ASSETS, image);
}

/** The safe version: the boxes blurred, written anew as JPEG (PNG stays PNG), without EXIF, GPS, XMP or ICC. */
export function safeVersion(image: DecodedImage, boxes: readonly Box[], type: string): Promise<Blob> {
  return redactInBrowser(image, boxes, { type: type === 'image/png' ? 'image/png' : 'image/jpeg', quality: 0.9 });
}
