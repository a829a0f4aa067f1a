/**
 * Metadata out of an encoded JPEG or PNG, byte by byte: what a browser's canvas encoder
 * writes besides the pixels (Chromium embeds its sRGB ICC profile in every JPEG). Kept:
 * only what decoding needs (JPEG: JFIF APP0, tables, frames, scans; PNG: IHDR, PLTE, tRNS,
 * IDAT, IEND and the colour-type chunks gAMA/cHRM/sRGB are dropped too). Dropped: EXIF (and
 * GPS), XMP, ICC, IPTC, comments, text chunks. Anything not a well-formed JPEG or PNG is
 * returned as null, never half-stripped.
 */

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const PNG_KEEP = new Set(['IHDR', 'PLTE', 'tRNS', 'IDAT', 'IEND']);

export function stripJpeg(b: Uint8Array): Uint8Array | null {
  if (b.length < 4 || b[0] !== 0xff || b[1] !== 0xd8) return null;
  const out: Uint8Array[] = [b.subarray(0, 2)];
  let i = 2;
  while (i + 4 <= b.length) {
    if (b[i] !== 0xff) return null;
    const marker = b[i + 1]!;
    if (marker === 0xff) {
      i++;
      continue;
    }
    if (marker === 0xd9) {
      out.push(b.subarray(i, i + 2));
      break;
    }
    const len = (b[i + 2]! << 8) | b[i + 3]!;
    if (len < 2 || i + 2 + len > b.length) return null;
    const seg = b.subarray(i, i + 2 + len);
    if (marker === 0xda) {
      // start of scan: the entropy-coded data runs to the end (up to and including EOI)
      out.push(b.subarray(i));
      i = b.length;
      break;
    }
    const isApp = marker >= 0xe0 && marker <= 0xef;
    const isJfif = marker === 0xe0 && seg[4] === 0x4a && seg[5] === 0x46 && seg[6] === 0x49 && seg[7] === 0x46;
    const isComment = marker === 0xfe;
    if ((!isApp || isJfif) && !isComment) out.push(seg);
    i += 2 + len;
  }
  return concat(out);
}

export function stripPng(b: Uint8Array): Uint8Array | null {
  if (b.length < 8 || PNG_SIGNATURE.some((v, k) => b[k] !== v)) return null;
  const out: Uint8Array[] = [b.subarray(0, 8)];
  let i = 8;
  while (i + 12 <= b.length) {
    const len = ((b[i]! << 24) | (b[i + 1]! << 16) | (b[i + 2]! << 8) | b[i + 3]!) >>> 0;
    const type = String.fromCharCode(b[i + 4]!, b[i + 5]!, b[i + 6]!, b[i + 7]!);
    const end = i + 12 + len;
    if (end > b.length) return null;
    if (PNG_KEEP.has(type)) out.push(b.subarray(i, end));
    i = end;
    if (type === 'IEND') break;
  }
  return concat(out);
}

function concat(parts: Uint8Array[]): Uint8Array {
  const n = parts.reduce((a, p) => a + p.length, 0);
  const r = new Uint8Array(n);
  let o = 0;
  for (const p of parts) {
    r.set(p, o);
    o += p.length;
  }
  return r;
}
