/** The photo routes end to end: a teacher's group photo in, boxes out; tags in, the safe version out. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { eq } from 'drizzle-orm';
import { testBackends } from '../store/testing.js';
import { auditLog } from '../store/schema.js';
import { openHarness, type Harness } from './testing.js';
import { GROUP_PHOTOS, boxHolds, readGroupPhoto } from '../photos/samples.js';
import { detectFaces } from '../photos/detector.js';
import { MAX_PHOTO_BYTES } from '../photos/image.js';

const [backend] = testBackends();

describe('photos over HTTP', () => {
  let h: Harness;
  let photo: Buffer;
  beforeAll(async () => {
    h = await openHarness(backend!);
    // a phone photo: EXIF with GPS and the camera, stored sideways with an orientation tag
    photo = await sharp(await readGroupPhoto(GROUP_PHOTOS[2]!))
      .rotate(-90)
      .withExif({ IFD0: { Make: 'Telefoon', Model: 'X1' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '52/1 5/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '4/1 18/1 0/1' } })
      .withMetadata({ orientation: 6 })
      .jpeg()
      .toBuffer();
  }, 60_000);
  afterAll(async () => {
    await h?.close();
  });

  const teacher = (): ReturnType<Harness['sessions']['get']> & object => h.sessions.get('medewerker')!;

  it('detects: the photo in, the boxes of the upright photo out', async () => {
    const r = await h.as(teacher(), { method: 'POST', url: '/api/v1/photos/detect', headers: { 'content-type': 'image/jpeg' }, payload: photo });
    expect(r.statusCode, r.body).toBe(200);
    const body = r.json() as { width: number; height: number; format: string; faces: { box: number[]; score: number }[] };
    expect([body.width, body.height, body.format]).toEqual([1920, 1350, 'jpeg']);
    expect(body.faces).toHaveLength(3);
    for (const c of GROUP_PHOTOS[2]!.faces) expect(body.faces.some((f) => boxHolds(f.box, c))).toBe(true);
  });

  it('redacts: the pupil without photo consent is blurred, the one with consent is not, and the file has no EXIF or GPS; the audit log records the redaction, not the photo', async () => {
    const { faces } = await detectFaces(photo);
    // on the school's channel (the registry's consent counts there, not on a personal account): leerling-1 (Sanne) has no photo consent in the demo registry, leerling-2 (Daan) has; the third is "niet herkenbaar"
    const tags = [{ box: faces[0]!.box, person: 'leerling-1' }, { box: faces[1]!.box, person: 'leerling-2' }, { box: faces[2]!.box, kind: 'unrecognisable' }];
    const r = await h.as(teacher(), { method: 'POST', url: '/api/v1/photos/redact', payload: { image: photo.toString('base64'), faces: tags, account: 'school', channel: 'social' } });
    expect(r.statusCode, r.body.slice(0, 300)).toBe(200);
    expect(r.headers['content-type']).toBe('image/jpeg');
    expect(r.headers['x-sterrenwacht-blurred']).toBe('0');
    expect(r.headers['cache-control']).toBe('no-store');
    const safe = r.rawPayload;
    const meta = await sharp(safe).metadata();
    expect(meta.exif).toBeUndefined();
    expect(meta.orientation).toBeUndefined();
    expect([meta.width, meta.height]).toEqual([1920, 1350]);
    expect(safe.includes(Buffer.from('Telefoon'))).toBe(false);
    const again = (await detectFaces(safe)).faces;
    const [sanne, daan] = GROUP_PHOTOS[2]!.faces;
    expect(again.some((f) => boxHolds(f.box, sanne!))).toBe(false);
    expect(again.some((f) => boxHolds(f.box, daan!))).toBe(true);

    const entries = await h.store.db.select().from(auditLog).where(eq(auditLog.action, 'photo.redact'));
    expect(entries.length).toBeGreaterThan(0);
    const last = entries.at(-1)!;
    expect(last.detail).toMatchObject({ faces: 3, blurred: 1, channel: 'social', format: 'jpeg', consentRead: ['leerling-1', 'leerling-2'] });
    expect(JSON.stringify(last.detail).length).toBeLessThan(500);
  });

  it('blurs every tagged face for a caller who may not read consent (a parent), except their own', async () => {
    const { faces } = await detectFaces(photo);
    const r = await h.as(h.sessions.get('ouder')!, { method: 'POST', url: '/api/v1/photos/redact', payload: { image: photo.toString('base64'), faces: [{ box: faces[0]!.box, person: 'leerling-2' }, { box: faces[1]!.box, person: 'ouder-1' }] } });
    expect(r.statusCode, r.body.slice(0, 300)).toBe(200);
    expect(r.headers['x-sterrenwacht-blurred']).toBe('0');
  });

  it('answers a file that is not a photo, a damaged one and one too large with a clear 4xx, never a 500', async () => {
    const t = teacher();
    const cases: [Record<string, string>, Buffer | string, number, string][] = [
      [{ 'content-type': 'image/jpeg' }, Buffer.from('geen foto'), 415, 'unsupported_image'],
      [{ 'content-type': 'image/png' }, photo.subarray(0, 3000), 400, 'invalid_image'],
      [{ 'content-type': 'application/octet-stream' }, Buffer.alloc(0), 400, 'invalid_image'],
      [{ 'content-type': 'text/plain' }, 'hallo', 415, 'unsupported_image'],
      // HEIC as an iPhone writes it (HEVC), which the installed libvips does not read
      [{ 'content-type': 'image/heic' }, Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypheic'), Buffer.alloc(4), Buffer.from('mif1heic'), Buffer.from([0, 0, 0, 0x10]), Buffer.from('meta'), Buffer.alloc(8)]), 415, 'unsupported_image'],
      [{ 'content-type': 'image/jpeg' }, Buffer.concat([photo, Buffer.alloc(MAX_PHOTO_BYTES)]), 413, 'image_too_large'],
      [{ 'content-type': 'image/jpeg' }, Buffer.alloc(MAX_PHOTO_BYTES + 2 * 1024 * 1024), 413, 'payload_too_large'],
    ];
    for (const [hd, payload, status, code] of cases) {
      const r = await h.as(t, { method: 'POST', url: '/api/v1/photos/detect', headers: hd, payload });
      expect(r.statusCode, `${code}: ${r.body.slice(0, 200)}`).toBe(status);
      expect(r.json().error).toMatchObject({ code, message: expect.any(String), messageEn: expect.any(String) });
    }
    const bad: [unknown, number, string][] = [
      [{ image: 'bm90IGFuIGltYWdl', faces: [] }, 415, 'unsupported_image'],
      [{ image: '%%%', faces: [] }, 400, 'invalid_image'],
      [{ image: photo.toString('base64'), faces: [{ box: [0.9, 0.9, 0.5, 0.5] }] }, 400, 'invalid_request'],
      [{ image: photo.toString('base64'), faces: [{ box: [0.1, 0.1, 0.2, 0.2], person: 'leerling-1', kind: 'outsider' }] }, 400, 'invalid_request'],
      [{ image: photo.toString('base64'), faces: [{ box: [0.1, 0.1, 0.2, 0.2], person: 'niemand' }] }, 400, 'unknown_person'],
      [{ image: photo.toString('base64'), faces: [], channel: 'tv' }, 400, 'invalid_request'],
    ];
    for (const [payload, status, code] of bad) {
      const r = await h.as(t, { method: 'POST', url: '/api/v1/photos/redact', payload: payload as object });
      expect(r.statusCode, `${code}: ${r.body.slice(0, 200)}`).toBe(status);
      expect(r.json().error.code).toBe(code);
    }
  });
});
