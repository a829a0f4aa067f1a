/**
 * Face detection in Node (API and CLI): @vladmandic/human's Node WASM build over the
 * pinned @tensorflow/tfjs-* 4.22 packages, the BlazeFace model read from the package's
 * own `models/` folder and the wasm binaries from @tensorflow/tfjs-backend-wasm's
 * `dist/`, as local files. Nothing is fetched from anywhere: the model loader below
 * reads only `file://` URLs inside the models folder, and records what it read (the
 * test proves no description model is ever loaded).
 *
 * One detector per process, loaded on first use; photos are examined one at a time
 * (the WASM backend is single-threaded), in memory.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { HUMAN_DIR, MODELS_DIR, WASM_DIR } from './assets.js';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Human } from '@vladmandic/human';
import { decodePhoto, type DecodedPhoto } from './image.js';
import { DETECT_SHORTER_SIDE, detectionConfig, toFractions, type DetectedFace } from './human-config.js';

const require = createRequire(import.meta.url);

export { MODELS_DIR };


const modelFilesRead: string[] = [];
/** Every model file the detector has read in this process (paths relative to the models folder). */
export function modelFilesLoaded(): readonly string[] {
  return modelFilesRead;
}

type Tf = Human['tf'];

/** A tfjs IO router for `file://` model URLs inside our models folder; anything else is not ours to load. */
function registerModelLoader(tf: Tf): void {
  tf.io.registerLoadRouter((url: string | string[]) => {
    if (typeof url !== 'string' || !url.startsWith('file://')) return null;
    const file = fileURLToPath(url);
    if (path.relative(MODELS_DIR, file).startsWith('..')) throw new Error(`model outside ${MODELS_DIR}: ${file}`);
    return {
      async load() {
        modelFilesRead.push(path.relative(MODELS_DIR, file));
        const json = JSON.parse(await readFile(file, 'utf8')) as {
          modelTopology: unknown; format?: string; generatedBy?: string; convertedBy?: string; signature?: unknown; userDefinedMetadata?: Record<string, unknown>; modelInitializer?: unknown;
          weightsManifest: { paths: string[]; weights: unknown[] }[];
        };
        const parts: Buffer[] = [];
        for (const group of json.weightsManifest) {
          for (const p of group.paths) {
            const weights = path.join(path.dirname(file), p);
            modelFilesRead.push(path.relative(MODELS_DIR, weights));
            parts.push(await readFile(weights));
          }
        }
        const all = Buffer.concat(parts);
        return {
          modelTopology: json.modelTopology as object,
          format: json.format,
          generatedBy: json.generatedBy,
          convertedBy: json.convertedBy,
          signature: json.signature as object,
          userDefinedMetadata: json.userDefinedMetadata,
          modelInitializer: json.modelInitializer as object,
          weightSpecs: json.weightsManifest.flatMap((g) => g.weights) as never,
          weightData: all.buffer.slice(all.byteOffset, all.byteOffset + all.byteLength),
        };
      },
    };
  });
}

export interface FaceDetector {
  /** Faces in decoded RGB pixels (orientation already applied). */
  detectPixels(photo: Pick<DecodedPhoto, 'data' | 'width' | 'height'>): Promise<DetectedFace[]>;
  readonly human: Human;
}

let detector: Promise<FaceDetector> | undefined;

async function createDetector(): Promise<FaceDetector> {
  const { Human: HumanClass } = require(path.join(HUMAN_DIR, 'dist', 'human.node-wasm.js')) as { Human: new (config: object) => Human };
  const human = new HumanClass(detectionConfig({ modelBasePath: pathToFileURL(MODELS_DIR + path.sep).href, wasmPath: WASM_DIR + path.sep }));
  registerModelLoader(human.tf);
  await human.load();
  await human.init();
  if (human.tf.getBackend() !== 'wasm') throw new Error(`face detection runs on the wasm backend, not ${human.tf.getBackend()}`);
  let queue: Promise<unknown> = Promise.resolve();
  return {
    human,
    detectPixels(photo) {
      const run = async (): Promise<DetectedFace[]> => {
        // one copy, bytes to the float32 the model takes (an int32 tensor would be copied and then cast again)
        const tensor = human.tf.tensor3d(Float32Array.from(photo.data), [photo.height, photo.width, 3], 'float32');
        try {
          const result = await human.detect(tensor as never);
          if (result.error) throw new Error(result.error);
          return toFractions(result.face, photo.width, photo.height);
        } finally {
          human.tf.dispose(tensor);
        }
      };
      const next = queue.then(run, run);
      queue = next.catch(() => undefined);
      return next;
    },
  };
}

/** The process's detector (loaded on first use). */
export function faceDetector(): Promise<FaceDetector> {
  detector ??= createDetector();
  detector.catch(() => (detector = undefined));
  return detector;
}

export interface Detection {
  width: number;
  height: number;
  format: DecodedPhoto['format'];
  faces: DetectedFace[];
}

/** Detect the faces in a photo (bytes of a JPEG, PNG, WebP or HEIC). Width and height are the oriented photo's. */
export async function detectFaces(image: Uint8Array): Promise<Detection> {
  const d = await faceDetector();
  const photo = await decodePhoto(image, { shorterSide: DETECT_SHORTER_SIDE });
  return { width: photo.fullWidth, height: photo.fullHeight, format: photo.format, faces: await d.detectPixels(photo) };
}
