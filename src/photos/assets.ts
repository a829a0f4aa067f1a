/**
 * The files in-browser detection needs, served from our own origin (never a CDN): the
 * BlazeFace model of @vladmandic/human and the wasm binaries of the pinned
 * @tensorflow/tfjs-backend-wasm, straight from the installed packages. Only these files:
 * the description, emotion, iris, mesh and other models are not served at all.
 */
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/** The folder of @vladmandic/human (its exports map hides package.json and dist/*, so we go from its main file). */
export const HUMAN_DIR = path.dirname(path.dirname(require.resolve('@vladmandic/human')));
export const MODELS_DIR = path.join(HUMAN_DIR, 'models');
export const WASM_DIR = path.join(path.dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json')), 'dist');

/** Where the web app finds them. */
export const ASSET_PREFIX = '/photos/assets/';

export const BROWSER_ASSETS: Readonly<Record<string, { file: string; type: string }>> = {
  'blazeface.json': { file: path.join(MODELS_DIR, 'blazeface.json'), type: 'application/json' },
  'blazeface.bin': { file: path.join(MODELS_DIR, 'blazeface.bin'), type: 'application/octet-stream' },
  'tfjs-backend-wasm.wasm': { file: path.join(WASM_DIR, 'tfjs-backend-wasm.wasm'), type: 'application/wasm' },
  'tfjs-backend-wasm-simd.wasm': { file: path.join(WASM_DIR, 'tfjs-backend-wasm-simd.wasm'), type: 'application/wasm' },
  'tfjs-backend-wasm-threaded-simd.wasm': { file: path.join(WASM_DIR, 'tfjs-backend-wasm-threaded-simd.wasm'), type: 'application/wasm' },
};
