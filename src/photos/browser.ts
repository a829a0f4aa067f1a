/**
 * Photos made safe in the browser: the photo never leaves the device to be examined.
 *
 * - detection with @vladmandic/human (its browser ESM build, whose bundled tfjs is the
 *   same 4.22.0 as our pinned @tensorflow/tfjs-* packages) on the WASM backend, the
 *   BlazeFace model and the wasm binaries served from our own origin (`assetBase`),
 *   never a CDN; the same detection-only configuration as in Node (`human-config.ts`);
 * - the safe version on a canvas: drawn upright (browsers apply the EXIF orientation
 *   when they decode), the faces to blur made unrecognisable with the same algorithm as
 *   the server (`blur.ts`), and encoded anew, which writes no EXIF, GPS, XMP or ICC.
 *
 * Browser-only at run time (imported by the web app and the bench page, never by Node
 * code); it declares the few DOM shapes it uses, so it compiles with the Node program
 * and ships in dist/ as a plain ES module.
 */
import type { Human } from '@vladmandic/human';
import { DETECT_SHORTER_SIDE, detectionConfig, toFractions, type DetectedFace } from './human-config.js';
import { mergeRegions, redactRegion, regionOf, type Box, type RedactMode } from './blur.js';
import { stripJpeg, stripPng } from './strip.js';

/* the DOM shapes used here (lib "dom" is not part of the Node program) */
interface ImageBitmap {
  readonly width: number;
  readonly height: number;
}
interface Pixels {
  readonly data: Uint8ClampedArray;
}
interface Context2D {
  drawImage(image: ImageBitmap, x: number, y: number, w?: number, h?: number): void;
  getImageData(x: number, y: number, w: number, h: number): Pixels;
  putImageData(data: Pixels, x: number, y: number): void;
}
interface Canvas {
  width: number;
  height: number;
  getContext(kind: '2d'): Context2D | null;
  convertToBlob?: (opts: { type: string; quality: number }) => Promise<Blob>;
  toBlob?: (cb: (b: Blob | null) => void, type: string, quality: number) => void;
}
interface Dom {
  createImageBitmap(file: Blob, opts: { imageOrientation: 'from-image' }): Promise<ImageBitmap>;
  OffscreenCanvas?: new (w: number, h: number) => Canvas;
  document: { createElement(tag: 'canvas'): Canvas };
}
const dom = globalThis as unknown as Dom;

export type { ImageBitmap as DecodedImage };


export interface BrowserAssets {
  /** Where the BlazeFace model files are served (ends with '/'). */
  models: string;
  /** Where tfjs-backend-wasm's .wasm files are served (ends with '/'). */
  wasm: string;
  /** Loads the human module (the web app's bundler or an import map decides from where). */
  loadHuman: () => Promise<{ Human: new (config: object) => Human }>;
}

let human: Promise<Human> | undefined;

/** The page's detector, loaded on first use. */
export function browserHuman(assets: BrowserAssets): Promise<Human> {
  human ??= (async () => {
    const { Human: HumanClass } = await assets.loadHuman();
    const h = new HumanClass(detectionConfig({ modelBasePath: assets.models, wasmPath: assets.wasm }));
    await h.load();
    await h.init();
    if (h.tf.getBackend() !== 'wasm') throw new Error(`face detection runs on wasm, not ${h.tf.getBackend()}`);
    return h;
  })();
  human.catch(() => (human = undefined));
  return human;
}

/** A decoded photo, upright. */
export async function decodeInBrowser(file: Blob): Promise<ImageBitmap> {
  return dom.createImageBitmap(file, { imageOrientation: 'from-image' });
}

function canvasOf(width: number, height: number): { canvas: Canvas; ctx: Context2D } {
  let canvas: Canvas;
  if (dom.OffscreenCanvas) canvas = new dom.OffscreenCanvas(width, height);
  else {
    canvas = dom.document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
  }
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2d canvas');
  return { canvas, ctx };
}

/** Faces in an upright photo, as fractions of it. */
export async function detectInBrowser(assets: BrowserAssets, image: ImageBitmap): Promise<DetectedFace[]> {
  const h = await browserHuman(assets);
  // scaled as on the server: the shorter side to what the detector looks at
  const scale = Math.min(1, DETECT_SHORTER_SIDE / Math.min(image.width, image.height));
  const w = Math.max(1, Math.round(image.width * scale));
  const hgt = Math.max(1, Math.round(image.height * scale));
  const { ctx } = canvasOf(w, hgt);
  ctx.drawImage(image, 0, 0, w, hgt);
  const pixels = ctx.getImageData(0, 0, w, hgt);
  // RGB tensor from the canvas pixels (alpha dropped), as the float32 the model takes
  const rgb = new Float32Array(w * hgt * 3);
  for (let i = 0, j = 0; i < pixels.data.length; i += 4, j += 3) {
    rgb[j] = pixels.data[i]!;
    rgb[j + 1] = pixels.data[i + 1]!;
    rgb[j + 2] = pixels.data[i + 2]!;
  }
  const tensor = h.tf.tensor3d(rgb, [hgt, w, 3], 'float32');
  try {
    const result = await h.detect(tensor as never);
    if (result.error) throw new Error(result.error);
    return toFractions(result.face, w, hgt);
  } finally {
    h.tf.dispose(tensor);
  }
}

/**
 * The safe version on a canvas: `boxes` blurred (or covered), encoded anew as JPEG (PNG stays
 * PNG), and what the encoder adds besides pixels (Chromium's ICC profile) stripped: no EXIF,
 * GPS, XMP or ICC.
 */
export async function redactInBrowser(image: ImageBitmap, boxes: readonly Box[], opts: { mode?: RedactMode; type?: 'image/jpeg' | 'image/png'; quality?: number } = {}): Promise<Blob> {
  const type = opts.type ?? 'image/jpeg';
  const encoded = await encodeOnCanvas(image, boxes, type, opts);
  const bytes = new Uint8Array(await encoded.arrayBuffer());
  const clean = type === 'image/png' ? stripPng(bytes) : stripJpeg(bytes);
  if (!clean) throw new Error('the encoded photo could not be cleaned of metadata');
  return new Blob([clean as Uint8Array<ArrayBuffer>], { type });
}

async function encodeOnCanvas(image: ImageBitmap, boxes: readonly Box[], type: string, opts: { mode?: RedactMode; quality?: number }): Promise<Blob> {
  const { canvas, ctx } = canvasOf(image.width, image.height);
  ctx.drawImage(image, 0, 0);
  const all = ctx.getImageData(0, 0, image.width, image.height);
  for (const r of mergeRegions(boxes.map((b) => regionOf(b, image.width, image.height)))) redactRegion(all.data, image.width, 4, r, opts.mode ?? 'blur');
  ctx.putImageData(all, 0, 0);
  if (canvas.convertToBlob) return canvas.convertToBlob({ type, quality: opts.quality ?? 0.9 });
  return new Promise((resolve, reject) => canvas.toBlob!((b) => (b ? resolve(b) : reject(new Error('canvas could not be encoded'))), type, opts.quality ?? 0.9));
}
