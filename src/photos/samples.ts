/**
 * Group photos for tests and the bench, read at run time from an installed npm package
 * (never copied into the repository): the six 1920-pixel sample photos that ship with
 * @vladmandic/face-api (MIT) in its `demo/` folder.
 *
 * Every face was counted and placed by hand, by looking at each photo: `faces` are the
 * centres of the clearly visible faces, as fractions of the photo (x, y).
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

export interface GroupPhoto {
  name: string;
  file: string;
  /** Hand-placed centres of every clearly visible face. */
  faces: [number, number][];
}

function demoDir(): string {
  // the package's exports map hides package.json, so go from its main file
  return path.join(path.dirname(path.dirname(require.resolve('@vladmandic/face-api'))), 'demo');
}

export const GROUP_PHOTOS: readonly GroupPhoto[] = [
  { name: 'sample1', file: 'sample1.jpg', faces: [[0.264, 0.368], [0.484, 0.424], [0.818, 0.257]] }, // three women, one looking down
  { name: 'sample2', file: 'sample2.jpg', faces: [[0.231, 0.206], [0.512, 0.265], [0.801, 0.206]] }, // on a sofa: one in profile, two looking down
  { name: 'sample3', file: 'sample3.jpg', faces: [[0.354, 0.346], [0.62, 0.276], [0.833, 0.325]] }, // three at a bar
  { name: 'sample4', file: 'sample4.jpg', faces: [[0.17, 0.215], [0.392, 0.126], [0.559, 0.2], [0.701, 0.179]] }, // four in a row, heads tilted
  { name: 'sample5', file: 'sample5.jpg', faces: [[0.241, 0.736], [0.365, 0.405], [0.446, 0.16], [0.617, 0.219], [0.776, 0.373]] }, // five on a staircase
  { name: 'sample6', file: 'sample6.jpg', faces: [[0.184, 0.408], [0.392, 0.316], [0.658, 0.306], [0.829, 0.276]] }, // four standing
];

export function readGroupPhoto(p: GroupPhoto): Promise<Buffer> {
  return readFile(path.join(demoDir(), p.file));
}

/** Whether a box ([x, y, w, h], fractions) holds a point. */
export function boxHolds(box: readonly number[], [px, py]: readonly [number, number]): boolean {
  const [x = 0, y = 0, w = 0, h = 0] = box;
  return px >= x && px <= x + w && py >= y && py <= y + h;
}
