import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { detectFaces } from './detector.js';
import { laplacianVariance, regionOf, type Box } from './blur.js';
import { redactPhoto } from './redact.js';
import { decodePhoto, MAX_PHOTO_BYTES } from './image.js';
import { GROUP_PHOTOS, boxHolds, readGroupPhoto } from './samples.js';
import { SterrenwachtError } from '../errors.js';

/** The most local detail (variance of the Laplacian of the luminance) a blurred face may keep: about the noise of JPEG re-encoding; the faces of these soft, dim party photos have 16 to 95 before. */
const MAX_DETAIL = 3;

async function detailIn(image: Buffer, boxes: readonly Box[]): Promise<number[]> {
  const p = await decodePhoto(image);
  return boxes.map((b) => laplacianVariance(p.data, p.width, 3, regionOf(b, p.width, p.height, 0)));
}

describe('the safe version', () => {
  it('blurs faces beyond recognition: the detail inside each box falls below the threshold and the detector no longer finds a face there', async () => {
    for (const p of GROUP_PHOTOS) {
      const photo = await readGroupPhoto(p);
      const boxes = (await detectFaces(photo)).faces.map((f) => f.box);
      const before = await detailIn(photo, boxes);
      const safe = await redactPhoto(photo, boxes);
      const after = await detailIn(safe.image, boxes);
      for (const [i, d] of before.entries()) {
        expect(d, `${p.name} face ${i} before`).toBeGreaterThan(4 * MAX_DETAIL);
        expect(after[i], `${p.name} face ${i} after`).toBeLessThan(MAX_DETAIL);
        expect(after[i], `${p.name} face ${i}: a tenth of its detail at most`).toBeLessThan(d / 10);
      }
      const again = (await detectFaces(safe.image)).faces;
      for (const c of p.faces) expect(again.filter((b) => boxHolds(b.box, c)), `${p.name}: a face still found at ${c.join(',')}`).toEqual([]);
    }
  });

  it('leaves the faces that may stay as they were, and only blurs those asked', async () => {
    const p = GROUP_PHOTOS[5]!;
    const photo = await readGroupPhoto(p);
    const boxes = (await detectFaces(photo)).faces.map((f) => f.box);
    const safe = await redactPhoto(photo, [boxes[1]!]);
    const again = (await detectFaces(safe.image)).faces;
    expect(again).toHaveLength(3);
    expect(again.some((b) => boxHolds(b.box, p.faces[1]!))).toBe(false);
    const [kept] = await detailIn(safe.image, [boxes[0]!]);
    const [was] = await detailIn(photo, [boxes[0]!]);
    expect(kept).toBeGreaterThan(was! * 0.5);
  });

  it('covers a face in one flat colour on request', async () => {
    const photo = await readGroupPhoto(GROUP_PHOTOS[2]!);
    const boxes = (await detectFaces(photo)).faces.map((f) => f.box);
    const safe = await redactPhoto(photo, boxes, { mode: 'cover' });
    for (const d of await detailIn(safe.image, boxes)) expect(d).toBeLessThan(MAX_DETAIL);
  });

  it('removes EXIF (with GPS), XMP and the ICC profile, and applies the orientation', async () => {
    const photo = await readGroupPhoto(GROUP_PHOTOS[0]!);
    const tagged = await sharp(photo)
      .rotate(-90)
      .withExif({ IFD0: { Make: 'Telefoon', Model: 'X1', Artist: 'Juf Marieke' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '52/1 5/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '4/1 18/1 0/1' } })
      .withXmp('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/" dc:creator="Juf Marieke"/></rdf:RDF></x:xmpmeta>')
      .withIccProfile('p3')
      .withMetadata({ orientation: 6 })
      .jpeg()
      .toBuffer();
    const inMeta = await sharp(tagged).metadata();
    expect(inMeta.exif).toBeDefined();
    expect(inMeta.xmp).toBeDefined();
    expect(inMeta.icc).toBeDefined();
    expect(inMeta.orientation).toBe(6);
    expect(tagged.includes(Buffer.from('Juf Marieke'))).toBe(true);

    const safe = await redactPhoto(tagged, []);
    const out = await sharp(safe.image).metadata();
    expect(out.exif).toBeUndefined();
    expect(out.xmp).toBeUndefined();
    expect(out.icc).toBeUndefined();
    expect(out.iptc).toBeUndefined();
    expect(out.orientation).toBeUndefined();
    expect([out.width, out.height]).toEqual([1920, 1280]); // upright
    expect(safe.image.includes(Buffer.from('Juf Marieke'))).toBe(false);
    expect(safe.image.includes(Buffer.from('Telefoon'))).toBe(false);
    expect(safe.image.includes(Buffer.from('Exif\0'))).toBe(false);
  });

  it('keeps the format: JPEG, PNG and WebP in, the same out; HEIF (AVIF-coded, as libvips reads it) becomes JPEG', async () => {
    const base = sharp(await readGroupPhoto(GROUP_PHOTOS[3]!)).resize(640);
    const inputs = { jpeg: await base.clone().jpeg().toBuffer(), png: await base.clone().png().toBuffer(), webp: await base.clone().webp().toBuffer(), heif: await base.clone().heif({ compression: 'av1' }).toBuffer() };
    const want = { jpeg: 'jpeg', png: 'png', webp: 'webp', heif: 'jpeg' } as const;
    for (const [fmt, buf] of Object.entries(inputs) as [keyof typeof inputs, Buffer][]) {
      const d = await detectFaces(buf);
      expect(d.format, fmt).toBe(fmt);
      expect(d.faces.length, fmt).toBe(4);
      const safe = await redactPhoto(buf, d.faces.map((f) => f.box));
      expect(safe.format, fmt).toBe(want[fmt]);
      expect((await sharp(safe.image).metadata()).format, fmt).toBe(want[fmt]);
    }
  });

  it('refuses what is not a photo, a damaged photo, and too large a photo with a Dutch and English error', async () => {
    const photo = await readGroupPhoto(GROUP_PHOTOS[0]!);
    const cases: [string, Buffer, string][] = [
      ['empty', Buffer.alloc(0), 'invalid_image'],
      ['text', Buffer.from('Dit is geen foto maar een tekst.'), 'unsupported_image'],
      ['pdf', Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'unsupported_image'],
      ['svg', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>'), 'unsupported_image'],
      ['mp4', Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypmp42'), Buffer.alloc(16)]), 'unsupported_image'],
      ['gif', await sharp({ create: { width: 8, height: 8, channels: 3, background: 'red' } }).gif().toBuffer(), 'unsupported_image'],
      ['truncated jpeg', photo.subarray(0, 4000), 'invalid_image'],
      ['jpeg header only', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), 'invalid_image'],
      ['corrupt png', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(100, 7)]), 'invalid_image'],
      ['too many bytes', Buffer.concat([photo, Buffer.alloc(MAX_PHOTO_BYTES)]), 'image_too_large'],
      ['too many pixels', await sharp({ create: { width: 10_000, height: 6_000, channels: 3, background: 'white' } }).png({ compressionLevel: 9 }).toBuffer(), 'image_too_large'],
    ];
    for (const [name, buf, code] of cases) {
      for (const run of [() => detectFaces(buf), () => redactPhoto(buf, [[0.1, 0.1, 0.2, 0.2]])]) {
        const err = await run().then(() => undefined, (e: unknown) => e);
        expect(err, name).toBeInstanceOf(SterrenwachtError);
        const e = err as SterrenwachtError;
        expect(e.code, name).toBe(code);
        expect(e.messageNl.length, name).toBeGreaterThan(20);
        expect(e.messageEn.length, name).toBeGreaterThan(20);
      }
    }
  });
});
