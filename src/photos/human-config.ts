/**
 * The one configuration of @vladmandic/human that Sterrenwacht uses, in Node and in the
 * browser alike: face *detection* only (the BlazeFace detector), on the WASM backend,
 * with models and wasm binaries from our own files (never a CDN).
 *
 * Everything that describes a face is off: no face description or embedding (faceres),
 * no emotion, no iris, no mesh, no attention, no anti-spoofing or liveness; no body,
 * hand, object, gesture or segmentation models. Nothing biometric is computed, so
 * nothing biometric can be kept (face recognition is prohibited in most cases under
 * the GDPR, as the Dutch data protection authority holds). `src/photos/detector.test.ts`
 * proves that only the detector's files are ever read.
 *
 * No caching between calls either: every photo is examined on its own (skipFrames 0,
 * cacheSensitivity 0), and no model is stored in the browser's IndexedDB.
 */
import type { Config } from '@vladmandic/human';

/** The only model files detection may load (relative to the models folder). */
export const DETECTOR_MODEL = 'blazeface.json';

/**
 * The shorter side a photo is scaled to before detection, in Node and in the browser.
 * BlazeFace looks at 256 × 256 pixels (human squeezes the whole photo into that square),
 * so a photo whose shorter side is 256 gives the detector all it can use, and decoding
 * more pixels only costs time.
 */
export const DETECT_SHORTER_SIDE = 256;

/** Faces scoring lower than this are not boxes (BlazeFace's score, 0–1). */
export const MIN_FACE_SCORE = 0.3;

export function detectionConfig(paths: { modelBasePath: string; wasmPath: string }): Partial<Config> {
  return {
    backend: 'wasm',
    modelBasePath: paths.modelBasePath,
    wasmPath: paths.wasmPath,
    wasmPlatformFetch: false,
    cacheModels: false,
    validateModels: false,
    debug: false,
    async: true,
    warmup: 'none',
    cacheSensitivity: 0,
    skipAllowed: false,
    deallocate: false,
    filter: { enabled: false, equalization: false, flip: false, return: false } as Config['filter'],
    gesture: { enabled: false },
    face: {
      enabled: true,
      detector: { modelPath: DETECTOR_MODEL, rotation: false, maxDetected: 200, skipFrames: 0, skipTime: 0, minConfidence: MIN_FACE_SCORE, minSize: 0, iouThreshold: 0.2, scale: 1.4, mask: false, return: false },
      mesh: { enabled: false, modelPath: '', keepInvalid: false },
      attention: { enabled: false, modelPath: '' },
      iris: { enabled: false, modelPath: '', scale: 2.3 },
      emotion: { enabled: false, modelPath: '', minConfidence: 1, skipFrames: 0, skipTime: 0 },
      description: { enabled: false, modelPath: '', minConfidence: 1, skipFrames: 0, skipTime: 0 },
      antispoof: { enabled: false, modelPath: '', skipFrames: 0, skipTime: 0 },
      liveness: { enabled: false, modelPath: '', skipFrames: 0, skipTime: 0 },
      gear: { enabled: false, modelPath: '', minConfidence: 1, skipFrames: 0, skipTime: 0 },
    } as unknown as Config['face'],
    body: { enabled: false, modelPath: '', maxDetected: 0, minConfidence: 1, skipFrames: 0, skipTime: 0 },
    hand: { enabled: false, rotation: false, skipFrames: 0, skipTime: 0, minConfidence: 1, iouThreshold: 0, maxDetected: 0, landmarks: false, detector: { modelPath: '' }, skeleton: { modelPath: '' } },
    object: { enabled: false, modelPath: '', minConfidence: 1, iouThreshold: 0, maxDetected: 0, skipFrames: 0, skipTime: 0 },
    segmentation: { enabled: false, modelPath: '', ratio: 0, mode: 'default' },
  } as Partial<Config>;
}

/** A detected face: its box as fractions of the (oriented) image, and the detector's score. */
export interface DetectedFace {
  box: [x: number, y: number, width: number, height: number];
  score: number;
}

const round4 = (n: number): number => Math.round(n * 10_000) / 10_000;

/** Human's pixel boxes → fractions, clamped to the image. */
export function toFractions(faces: readonly { box: readonly number[]; boxScore?: number; score?: number }[], width: number, height: number): DetectedFace[] {
  return faces
    .map((f) => {
      const [bx = 0, by = 0, bw = 0, bh = 0] = f.box;
      const x0 = Math.max(0, bx);
      const y0 = Math.max(0, by);
      const x1 = Math.min(width, bx + bw);
      const y1 = Math.min(height, by + bh);
      return { box: [round4(x0 / width), round4(y0 / height), round4((x1 - x0) / width), round4((y1 - y0) / height)] as DetectedFace['box'], score: Math.round(100 * (f.boxScore ?? f.score ?? 0)) / 100 };
    })
    .filter((f) => f.box[2] > 0 && f.box[3] > 0)
    .sort((a, b) => a.box[0] - b.box[0] || a.box[1] - b.box[1]);
}
