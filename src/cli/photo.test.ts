import { describe, expect, it } from 'vitest';
import { PassThrough } from 'node:stream';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { runPhoto } from './photo.js';
import { loadConfig } from '../config.js';
import { demoRoster } from '../demo/roster.js';
import { GROUP_PHOTOS, boxHolds, readGroupPhoto } from '../photos/samples.js';
import { detectFaces } from '../photos/detector.js';
import { SterrenwachtError } from '../errors.js';

async function run(args: string[]): Promise<{ code: number; out: string }> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const code = await runPhoto(args, loadConfig({}), out, async () => demoRoster());
  return { code, out: Buffer.concat(chunks).toString() };
}

describe('sterrenwacht photo', () => {
  it('detect prints the faces; redact writes the safe version with the pupil without consent blurred and no EXIF or GPS', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'sw-photo-'));
    try {
      const p = GROUP_PHOTOS[5]!;
      const input = path.join(dir, 'groep.jpg');
      await writeFile(input, await sharp(await readGroupPhoto(p)).withExif({ IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '52/1 5/1 0/1' } }).jpeg().toBuffer());
      const detected = await run(['detect', input]);
      expect(detected.code).toBe(0);
      const d = JSON.parse(detected.out) as { faces: { box: [number, number, number, number] }[] };
      expect(d.faces).toHaveLength(4);
      // on the school's channel (the registry's consent counts there, not on a personal account): leerling-1 has no photo consent, leerling-2 has; the others are not from the school
      const tags = { account: 'school', channel: 'social', faces: d.faces.map((f, i) => ({ box: f.box, ...(i === 0 ? { person: 'leerling-1' } : i === 1 ? { person: 'leerling-2' } : { kind: 'outsider' }) })) };
      await writeFile(path.join(dir, 'tags.json'), JSON.stringify(tags));
      const output = path.join(dir, 'veilig.jpg');
      const r = await run(['redact', input, output, '--tags', path.join(dir, 'tags.json')]);
      expect(r.code).toBe(0);
      expect(r.out).toMatch(/vervaagd: gezicht 1, 3, 4/);
      const safe = await readFile(output);
      expect((await sharp(safe).metadata()).exif).toBeUndefined();
      const again = (await detectFaces(safe)).faces;
      expect(again.filter((f) => boxHolds(f.box, p.faces[0]!))).toEqual([]);
      expect(again.filter((f) => boxHolds(f.box, p.faces[1]!))).toHaveLength(1);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('gives a clear error for a missing file, a file that is not a photo, bad tags and a wrong call', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'sw-photo-'));
    try {
      const txt = path.join(dir, 'brief.txt');
      await writeFile(txt, 'geen foto');
      await writeFile(path.join(dir, 'tags.json'), '{"faces": [{"box": [0.5, 0.5, 0.9, 0.1]}]}');
      await writeFile(path.join(dir, 'ok.json'), '{"faces": [{"box": [0.1, 0.1, 0.2, 0.2]}]}');
      const broken = path.join(dir, 'kapot.jpg');
      await writeFile(broken, (await readGroupPhoto(GROUP_PHOTOS[0]!)).subarray(0, 4000));
      const heic = path.join(dir, 'iphone.heic');
      await writeFile(heic, Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypheic'), Buffer.alloc(4), Buffer.from('mif1heic'), Buffer.from([0, 0, 0, 0x10]), Buffer.from('meta'), Buffer.alloc(8)]));
      const jpg = path.join(dir, 'a.jpg');
      await writeFile(jpg, await sharp({ create: { width: 32, height: 32, channels: 3, background: 'blue' } }).jpeg().toBuffer());
      const cases: [string[], string][] = [
        [['detect', path.join(dir, 'weg.jpg')], 'io_error'],
        [['detect', txt], 'unsupported_image'],
        [['detect', broken], 'invalid_image'],
        [['detect', heic], 'unsupported_image'],
        [['redact', broken, path.join(dir, 'c.jpg'), '--tags', path.join(dir, 'ok.json')], 'invalid_image'],
        [['redact', jpg, path.join(dir, 'b.jpg'), '--tags', path.join(dir, 'tags.json')], 'invalid_request'],
        [['redact', jpg, path.join(dir, 'b.jpg')], 'invalid_argument'],
        [['crop', jpg], 'invalid_argument'],
      ];
      for (const [args, code] of cases) {
        const err = await run(args).then(() => undefined, (e: unknown) => e);
        expect(err, args.join(' ')).toBeInstanceOf(SterrenwachtError);
        expect((err as SterrenwachtError).code, args.join(' ')).toBe(code);
        expect((err as SterrenwachtError).messageNl.length, args.join(' ')).toBeGreaterThan(10);
        expect((err as SterrenwachtError).messageEn.length, args.join(' ')).toBeGreaterThan(10);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
