/**
 * sterrenwacht photo detect IN                       the faces in a photo, as JSON (boxes as fractions)
 * sterrenwacht photo redact IN OUT --tags FILE [--people FILE]
 *                                                    the safe version: faces without consent blurred, metadata removed
 *
 * The photo is read into memory and examined there; nothing of it is written except OUT.
 * `--tags FILE` is JSON: `{"faces": [{"box": [x, y, w, h], "person"?: id, "kind"?: …}],
 * "channel"?, "account"?, "confirmed"?, "mode"?: "blur" | "cover"}` — the `faces` of a
 * `photo detect` answer, tagged. Consent comes from `--people FILE` or else the configured
 * school's registry (the demo school's in demo mode).
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { Writable } from 'node:stream';
import type { Config } from '../config.js';
import type { Person } from '../check/types.js';
import { SterrenwachtError } from '../errors.js';
import { MAX_PHOTO_BYTES, tooLarge } from '../photos/limits.js';

async function readPhoto(path: string): Promise<Buffer> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (e) {
    throw new SterrenwachtError('io_error', `De foto ${path} kan niet gelezen worden: ${(e as Error).message}`, `Cannot read the photo ${path}: ${(e as Error).message}`);
  }
  if (size > MAX_PHOTO_BYTES) throw tooLarge(size);
  return readFile(path);
}

async function readJson(path: string, what: [string, string]): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path, 'utf8'));
  } catch (e) {
    throw new SterrenwachtError('invalid_argument', `${what[0]} (${path}) kan niet gelezen worden: ${(e as Error).message}`, `Cannot read ${what[1]} (${path}): ${(e as Error).message}`);
  }
}

export async function runPhoto(args: string[], config: Config, out: Writable, loadPeople: (path: string | undefined) => Promise<readonly Person[]>): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'detect') {
    const { positionals } = parseArgs({ args: rest, allowPositionals: true, options: {} });
    if (positionals.length !== 1) throw new SterrenwachtError('invalid_argument', 'Gebruik: sterrenwacht photo detect FOTO', 'Usage: sterrenwacht photo detect PHOTO');
    const { detectFaces } = await import('../photos/detector.js');
    const d = await detectFaces(await readPhoto(positionals[0]!));
    out.write(JSON.stringify({ width: d.width, height: d.height, format: d.format, faces: d.faces }, null, 2) + '\n');
    return 0;
  }
  if (sub === 'redact') {
    const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { tags: { type: 'string' }, people: { type: 'string' } } });
    if (positionals.length !== 2 || !values.tags) throw new SterrenwachtError('invalid_argument', 'Gebruik: sterrenwacht photo redact FOTO UIT --tags BESTAND [--people BESTAND]', 'Usage: sterrenwacht photo redact PHOTO OUT --tags FILE [--people FILE]');
    const [input, output] = positionals as [string, string];
    const { parsePhotoTags, safePhoto } = await import('../photos/service.js');
    const tags = parsePhotoTags(await readJson(values.tags, ['Het bestand met tags', 'the tags file']));
    const people = await loadPeople(values.people);
    const known = new Set(people.map((p) => p.id));
    tags.faces.forEach((f, i) => {
      if (f.person !== undefined && !known.has(f.person)) throw new SterrenwachtError('unknown_person', `Persoon "${f.person}" (gezicht ${i + 1}) staat niet in het register.`, `Person "${f.person}" (face ${i + 1}) is not in the registry.`, `faces.${i}.person`);
    });
    const safe = await safePhoto(await readPhoto(input), tags, people);
    try {
      await writeFile(output, safe.image);
    } catch (e) {
      throw new SterrenwachtError('io_error', `De veilige versie kan niet geschreven worden naar ${output}: ${(e as Error).message}`, `Cannot write the safe version to ${output}: ${(e as Error).message}`);
    }
    const blurred = safe.decisions.filter((d) => d.blur).map((d) => d.face + 1);
    out.write(
      `veilige versie geschreven naar ${output} (${safe.format.toUpperCase()}, ${safe.width}×${safe.height}, zonder EXIF/GPS/XMP/ICC); ${blurred.length ? `vervaagd: gezicht ${blurred.join(', ')}` : 'geen gezicht vervaagd'} / ` +
        `safe version written to ${output}; ${blurred.length ? `blurred: face ${blurred.join(', ')}` : 'no face blurred'}\n`,
    );
    out.write(JSON.stringify({ output, format: safe.format, width: safe.width, height: safe.height, faces: safe.decisions }) + '\n');
    return 0;
  }
  throw new SterrenwachtError('invalid_argument', 'Gebruik: sterrenwacht photo detect FOTO | photo redact FOTO UIT --tags BESTAND', 'Usage: sterrenwacht photo detect PHOTO | photo redact PHOTO OUT --tags FILE');
}
