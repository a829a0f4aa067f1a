import { describe, expect, it } from 'vitest';
import sharp, { type Sharp } from 'sharp';
import { stripJpeg, stripPng } from './strip.js';

const tagged = (s: Sharp) =>
  s
    .withExif({ IFD0: { Make: 'Telefoon' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '52/1 5/1 0/1' } })
    .withXmp('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/" dc:creator="Juf Marieke"/></rdf:RDF></x:xmpmeta>')
    .withIccProfile('p3');

describe('stripping what an encoder adds besides the pixels', () => {
  const base = () => sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 200, g: 120, b: 40 } } });

  it('takes EXIF, GPS, XMP and ICC out of a JPEG and keeps the pixels', async () => {
    const jpeg = await tagged(base().jpeg()).toBuffer();
    expect((await sharp(jpeg).metadata()).icc).toBeDefined();
    const clean = Buffer.from(stripJpeg(jpeg)!);
    const m = await sharp(clean).metadata();
    expect([m.exif, m.xmp, m.icc, m.width, m.height]).toEqual([undefined, undefined, undefined, 64, 48]);
    expect(clean.includes(Buffer.from('Juf Marieke'))).toBe(false);
    // the same coded pixels (the profile only told a viewer how to show them)
    expect(await sharp(clean).raw().toBuffer()).toEqual(await sharp(jpeg, { ignoreIcc: true }).raw().toBuffer());
  });

  it('takes EXIF, XMP and ICC out of a PNG and keeps the pixels', async () => {
    const png = await tagged(base().png()).toBuffer();
    const clean = Buffer.from(stripPng(png)!);
    const m = await sharp(clean).metadata();
    expect([m.exif, m.xmp, m.icc, m.width]).toEqual([undefined, undefined, undefined, 64]);
    expect(await sharp(clean).raw().toBuffer()).toEqual(await sharp(png, { ignoreIcc: true }).raw().toBuffer());
  });

  it('refuses what is not a well-formed JPEG or PNG instead of half-stripping it', () => {
    expect(stripJpeg(Buffer.from('geen jpeg'))).toBeNull();
    expect(stripPng(Buffer.from('geen png'))).toBeNull();
    expect(stripJpeg(Buffer.from([0xff, 0xd8, 0xff, 0xe1, 0xff, 0xff]))).toBeNull();
  });
});
