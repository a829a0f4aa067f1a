import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { decodePhoto, iccDescription, isSrgbProfile } from './image.js';
import { detectFaces } from './detector.js';
import { GROUP_PHOTOS, boxHolds, readGroupPhoto } from './samples.js';
import { DETECT_SHORTER_SIDE } from './human-config.js';
import { SterrenwachtError } from '../errors.js';

const maxDiff = (a: Uint8Array, b: Uint8Array): number => {
  expect(a.length).toBe(b.length);
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i]! - b[i]!));
  return m;
};

describe('decoding a photo', () => {
  it('decodes for detection at the size the detector looks at: the shorter side 256 px, the orientation applied first', async () => {
    const raw = await readGroupPhoto(GROUP_PHOTOS[0]!); // 1920 × 1280
    const small = await decodePhoto(raw, { shorterSide: DETECT_SHORTER_SIDE });
    expect([small.width, small.height, small.fullWidth, small.fullHeight]).toEqual([384, 256, 1920, 1280]);
    expect(small.data.length).toBe(384 * 256 * 3);
    // stored sideways with EXIF orientation 6: decoded upright, at the same small size
    const sideways = await sharp(raw).rotate(-90).withMetadata({ orientation: 6 }).jpeg().toBuffer();
    const upright = await decodePhoto(sideways, { shorterSide: DETECT_SHORTER_SIDE });
    expect([upright.width, upright.height, upright.fullWidth, upright.fullHeight]).toEqual([384, 256, 1920, 1280]);
    // a small photo is not enlarged
    const tiny = await sharp(raw).resize(200).jpeg().toBuffer();
    const t = await decodePhoto(tiny, { shorterSide: DETECT_SHORTER_SIDE });
    expect([t.width, t.height]).toEqual([200, 133]);
  });

  it('reads the colour profile: the sample photos carry sRGB (skipped, it changes nothing), Display P3 is applied', async () => {
    const raw = await readGroupPhoto(GROUP_PHOTOS[0]!);
    const icc = (await sharp(raw).metadata()).icc;
    expect(iccDescription(icc!)).toBe('sRGB IEC61966-2.1');
    expect(isSrgbProfile(icc)).toBe(true);
    // skipping the sRGB → sRGB conversion gives exactly the pixels the conversion gives
    expect(maxDiff((await decodePhoto(raw)).data, await sharp(raw).rotate().toColourspace('srgb').raw().toBuffer())).toBe(0);

    const p3 = await sharp(raw).resize(320).withIccProfile('p3').jpeg({ quality: 95 }).toBuffer();
    const p3icc = (await sharp(p3).metadata()).icc;
    expect(isSrgbProfile(p3icc)).toBe(false);
    const safePixels = (await decodePhoto(p3)).data;
    expect(maxDiff(safePixels, await sharp(p3).toColourspace('srgb').raw().toBuffer())).toBe(0); // converted with its profile
    expect(maxDiff(safePixels, await sharp(p3, { ignoreIcc: true }).toColourspace('srgb').raw().toBuffer())).toBeGreaterThan(5); // which matters

    expect(isSrgbProfile(undefined)).toBe(false);
    expect(isSrgbProfile(Buffer.alloc(200, 0x41))).toBe(false);
    expect(iccDescription(Buffer.alloc(10))).toBeUndefined();
  });

  it('finds the faces of a greyscale photo and of a P3 photo as of the original', async () => {
    const p = GROUP_PHOTOS[3]!;
    const raw = await readGroupPhoto(p);
    for (const variant of [await sharp(raw).greyscale().jpeg().toBuffer(), await sharp(raw).withIccProfile('p3').jpeg().toBuffer()]) {
      const d = await detectFaces(variant);
      for (const c of p.faces) expect(d.faces.some((f) => boxHolds(f.box, c)), c.join(',')).toBe(true);
    }
  });

  it('refuses a HEIC photo the installed libvips cannot read (HEVC-coded, as an iPhone writes it) with advice, in Dutch and English', async () => {
    // an ISO-BMFF file branded "heic" whose image sharp cannot decode
    const ftyp = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypheic'), Buffer.from([0, 0, 0, 0]), Buffer.from('mif1heic')]);
    const heic = Buffer.concat([ftyp, Buffer.from([0, 0, 0, 0x10]), Buffer.from('meta'), Buffer.alloc(8)]);
    for (const run of [() => decodePhoto(heic), () => detectFaces(heic)]) {
      const err = (await run().then(() => undefined, (e: unknown) => e)) as SterrenwachtError;
      expect(err).toBeInstanceOf(SterrenwachtError);
      expect(err.code).toBe('unsupported_image');
      expect(err.messageNl).toMatch(/HEIC.*JPEG.*Meest compatibel/);
      expect(err.messageEn).toMatch(/HEIC.*JPEG.*Most Compatible/);
    }
  });
});
