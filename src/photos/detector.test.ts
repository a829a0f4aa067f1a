import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import sharp from 'sharp';
import { detectFaces, faceDetector, modelFilesLoaded, MODELS_DIR } from './detector.js';
import { GROUP_PHOTOS, boxHolds, readGroupPhoto } from './samples.js';
import type { DetectedFace } from './human-config.js';

describe('face detection (Node, WASM)', () => {
  const fetchSpy = vi.spyOn(globalThis, 'fetch');
  const found = new Map<string, DetectedFace[]>();

  beforeAll(async () => {
    for (const p of GROUP_PHOTOS) found.set(p.name, (await detectFaces(await readGroupPhoto(p))).faces);
  }, 120_000);
  afterAll(() => fetchSpy.mockRestore());

  it('finds every clearly visible face of the group photos, with at most one false box over the set', () => {
    let missed = 0;
    let falseBoxes = 0;
    let faces = 0;
    for (const p of GROUP_PHOTOS) {
      const boxes = found.get(p.name)!;
      faces += p.faces.length;
      const unfound = p.faces.filter((c) => !boxes.some((b) => boxHolds(b.box, c)));
      expect(unfound, `${p.name}: faces not found`).toEqual([]);
      missed += unfound.length;
      falseBoxes += boxes.filter((b) => !p.faces.some((c) => boxHolds(b.box, c))).length;
    }
    expect(faces).toBe(22);
    expect(missed).toBe(0);
    expect(falseBoxes).toBeLessThanOrEqual(1);
  });

  it('gives one box per face: no two boxes share a face', () => {
    for (const p of GROUP_PHOTOS) {
      for (const c of p.faces) expect(found.get(p.name)!.filter((b) => boxHolds(b.box, c)).length, `${p.name} ${c.join(',')}`).toBe(1);
    }
  });

  it('loads the face detector and nothing else: no description (faceres), emotion, iris, mesh, body, hand or object model, nothing fetched', async () => {
    const d = await faceDetector();
    expect(d.human.tf.getBackend()).toBe('wasm');
    expect([...new Set(modelFilesLoaded())].sort()).toEqual(['blazeface.bin', 'blazeface.json']);
    for (const f of modelFilesLoaded()) expect(f).not.toMatch(/faceres|emotion|iris|facemesh|attention|antispoof|liveness|gear|age|gender|movenet|blazepose|hand|centernet|nanodet|rvm|selfie|mobileface/);
    // what human itself says is loaded
    const loaded = Object.entries(d.human.models.models as unknown as Record<string, unknown>).filter(([, m]) => m !== null && m !== undefined).map(([name]) => name);
    expect(loaded).toEqual(['blazeface']);
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(MODELS_DIR).toMatch(/node_modules[/\\]@vladmandic[/\\]human[/\\]models$/);
  });

  it('applies the orientation before detection: a photo stored sideways with an EXIF orientation is found upright', async () => {
    const p = GROUP_PHOTOS[2]!;
    const raw = await readGroupPhoto(p);
    // the pixels turned 90° anticlockwise, with EXIF orientation 6 ("turn 90° clockwise to view")
    const sideways = await sharp(raw).rotate(-90).withMetadata({ orientation: 6 }).jpeg().toBuffer();
    const meta = await sharp(sideways).metadata();
    expect([meta.width, meta.height, meta.orientation]).toEqual([1350, 1920, 6]);
    const d = await detectFaces(sideways);
    expect([d.width, d.height]).toEqual([1920, 1350]);
    for (const c of p.faces) expect(d.faces.some((b) => boxHolds(b.box, c)), c.join(',')).toBe(true);
  });

  it('examines every photo on its own: the same photo twice gives the same boxes, another photo its own', async () => {
    const a = await readGroupPhoto(GROUP_PHOTOS[0]!);
    const b = await readGroupPhoto(GROUP_PHOTOS[4]!);
    const first = await detectFaces(a);
    const other = await detectFaces(b);
    const again = await detectFaces(a);
    expect(again.faces).toEqual(first.faces);
    expect(other.faces).toHaveLength(5);
  });

  it('finds no face in a photo without people', async () => {
    const landscape = await sharp({ create: { width: 800, height: 600, channels: 3, background: { r: 90, g: 140, b: 60 } } }).jpeg().toBuffer();
    expect((await detectFaces(landscape)).faces).toEqual([]);
  });
});
