/**
 * Making a face unrecognisable, on raw pixels: one algorithm for the server (sharp's raw
 * buffer) and the browser (a canvas's ImageData), so both give the same safe version.
 *
 * The area is divided into a few cells (BLUR_CELLS across its longer side); each cell is
 * replaced by its average colour, and the pixels in between are interpolated smoothly
 * from those averages. What is left is a soft gradient of the face's average colours:
 * no eyes, nose, mouth or outline (the local detail, measured as the variance of the
 * Laplacian, drops to about zero, and the detector finds no face there). `cover` fills
 * the area with its one average colour.
 */

/** The area is reduced to this many cells across its longer side. */
export const BLUR_CELLS = 4;
/** How much wider and taller than the face box the blurred area is, on each side (fraction of the box). */
export const BLUR_MARGIN = 0.1;

export type RedactMode = 'blur' | 'cover';

/** A box as fractions of the oriented photo: [x, y, width, height]. */
export type Box = readonly [number, number, number, number];

export interface Region {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The pixel area of a box on a width × height photo, widened by the margin and clamped to the photo. */
export function regionOf(box: Box, width: number, height: number, margin = BLUR_MARGIN): Region {
  const [x, y, w, h] = box;
  const x0 = Math.min(width - 1, Math.max(0, Math.floor((x - w * margin) * width)));
  const y0 = Math.min(height - 1, Math.max(0, Math.floor((y - h * margin) * height)));
  const x1 = Math.min(width, Math.ceil((x + w * (1 + margin)) * width));
  const y1 = Math.min(height, Math.ceil((y + h * (1 + margin)) * height));
  return { left: x0, top: y0, width: Math.max(1, x1 - x0), height: Math.max(1, y1 - y0) };
}

/**
 * Blur (or cover) one region in place. `data` holds `channels` bytes per pixel (3: RGB,
 * 4: RGBA; alpha is left alone), `width` pixels per row.
 */
export function redactRegion(data: Uint8Array | Uint8ClampedArray, width: number, channels: 3 | 4, r: Region, mode: RedactMode = 'blur'): void {
  const longer = Math.max(r.width, r.height);
  const cw = mode === 'cover' ? 1 : Math.max(1, Math.round((BLUR_CELLS * r.width) / longer));
  const ch = mode === 'cover' ? 1 : Math.max(1, Math.round((BLUR_CELLS * r.height) / longer));
  // average colour per cell
  const sums = new Float64Array(cw * ch * 3);
  const counts = new Float64Array(cw * ch);
  const cellOfX = new Int32Array(r.width);
  for (let x = 0; x < r.width; x++) cellOfX[x] = Math.min(cw - 1, Math.floor((x * cw) / r.width));
  for (let y = 0; y < r.height; y++) {
    const row = Math.min(ch - 1, Math.floor((y * ch) / r.height)) * cw;
    let i = ((r.top + y) * width + r.left) * channels;
    for (let x = 0; x < r.width; x++, i += channels) {
      const c = row + cellOfX[x]!;
      const c3 = c * 3;
      sums[c3] = sums[c3]! + data[i]!;
      sums[c3 + 1] = sums[c3 + 1]! + data[i + 1]!;
      sums[c3 + 2] = sums[c3 + 2]! + data[i + 2]!;
      counts[c] = counts[c]! + 1;
    }
  }
  for (let c = 0; c < cw * ch; c++) for (let k = 0; k < 3; k++) sums[c * 3 + k] = sums[c * 3 + k]! / Math.max(1, counts[c]!);
  // smooth interpolation between the cell centres (bilinear, clamped at the edges)
  const x0s = new Int32Array(r.width);
  const x1s = new Int32Array(r.width);
  const txs = new Float64Array(r.width);
  for (let x = 0; x < r.width; x++) {
    const fx = Math.min(cw - 1, Math.max(0, ((x + 0.5) * cw) / r.width - 0.5));
    x0s[x] = Math.floor(fx);
    x1s[x] = Math.min(cw - 1, x0s[x]! + 1);
    txs[x] = fx - x0s[x]!;
  }
  const line = new Float64Array(cw * 3);
  for (let y = 0; y < r.height; y++) {
    const fy = Math.min(ch - 1, Math.max(0, ((y + 0.5) * ch) / r.height - 0.5));
    const y0 = Math.floor(fy);
    const y1 = Math.min(ch - 1, y0 + 1);
    const ty = fy - y0;
    for (let j = 0; j < cw * 3; j++) line[j] = sums[y0 * cw * 3 + j]! * (1 - ty) + sums[y1 * cw * 3 + j]! * ty;
    let i = ((r.top + y) * width + r.left) * channels;
    for (let x = 0; x < r.width; x++, i += channels) {
      const a = x0s[x]! * 3;
      const b = x1s[x]! * 3;
      const t = txs[x]!;
      data[i] = line[a]! + (line[b]! - line[a]!) * t + 0.5;
      data[i + 1] = line[a + 1]! + (line[b + 1]! - line[a + 1]!) * t + 0.5;
      data[i + 2] = line[a + 2]! + (line[b + 2]! - line[a + 2]!) * t + 0.5;
    }
  }
}

/** Local detail in a region: the variance of the 4-neighbour Laplacian of its luminance (0 for a smooth area). */
export function laplacianVariance(data: Uint8Array | Uint8ClampedArray, width: number, channels: 3 | 4, r: Region): number {
  const lum = (x: number, y: number): number => {
    const i = (y * width + x) * channels;
    return 0.299 * data[i]! + 0.587 * data[i + 1]! + 0.114 * data[i + 2]!;
  };
  let n = 0;
  let sum = 0;
  let sq = 0;
  for (let y = r.top + 1; y < r.top + r.height - 1; y++) {
    for (let x = r.left + 1; x < r.left + r.width - 1; x++) {
      const l = lum(x - 1, y) + lum(x + 1, y) + lum(x, y - 1) + lum(x, y + 1) - 4 * lum(x, y);
      n++;
      sum += l;
      sq += l * l;
    }
  }
  if (n === 0) return 0;
  const mean = sum / n;
  return sq / n - mean * mean;
}

/**
 * Overlapping areas become one (their bounding rectangle), so neighbouring faces are
 * blurred as one soft patch without a seam between them.
 */
export function mergeRegions(regions: readonly Region[]): Region[] {
  const out = regions.map((r) => ({ ...r }));
  const overlap = (a: Region, b: Region): boolean => a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
  for (let merged = true; merged; ) {
    merged = false;
    outer: for (let i = 0; i < out.length; i++) {
      for (let j = i + 1; j < out.length; j++) {
        const a = out[i]!;
        const b = out[j]!;
        if (!overlap(a, b)) continue;
        const left = Math.min(a.left, b.left);
        const top = Math.min(a.top, b.top);
        out[i] = { left, top, width: Math.max(a.left + a.width, b.left + b.width) - left, height: Math.max(a.top + a.height, b.top + b.height) - top };
        out.splice(j, 1);
        merged = true;
        break outer;
      }
    }
  }
  return out;
}
