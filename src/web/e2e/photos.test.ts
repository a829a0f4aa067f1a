/**
 * Foto veilig maken in a real browser: a teacher adds a group photo (with EXIF and GPS),
 * the faces are found in the browser (no photo is uploaded: the test watches every
 * request), she tags them by name, "niet herkenbaar" and a missed face she draws; the
 * check decides per face; the pupil without photo consent and the untagged face come out
 * blurred in the safe version, and the downloaded file has no EXIF or GPS. axe and
 * screenshots at 360 and 1280 px.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import { WIDTHS, inspect, useWeb } from './harness.js';
import { GROUP_PHOTOS, boxHolds, readGroupPhoto } from '../../photos/samples.js';
import { detectFaces } from '../../photos/detector.js';
import { decodePhoto } from '../../photos/image.js';
import { laplacianVariance, regionOf } from '../../photos/blur.js';

describe('foto veilig maken', () => {
  const w = useWeb();
  let photo: Buffer;
  /** The same photo as a phone stores it sideways: pixels turned, EXIF orientation 6. */
  let sideways: Buffer;
  const group = GROUP_PHOTOS[2]!; // three faces, left to right
  beforeAll(async () => {
    photo = await sharp(await readGroupPhoto(group))
      .withExif({ IFD0: { Make: 'Telefoon', Model: 'X1' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '52/1 5/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '4/1 18/1 0/1' } })
      .jpeg({ quality: 90 })
      .toBuffer();
    sideways = await sharp(await readGroupPhoto(group)).rotate(-90).withExif({ IFD0: { Make: 'Telefoon', Model: 'X1' } }).withMetadata({ orientation: 6 }).jpeg({ quality: 90 }).toBuffer();
  }, 120_000);
  it.each(WIDTHS.map((x) => [x]))('blurs the pupil without consent and a face nobody tagged; the download has no EXIF or GPS, at %i px', async (width) => {
    const { page } = await w.as('medewerker', width);
    const sent: { url: string; bytes: number }[] = [];
    page.on('request', (r) => sent.push({ url: r.url(), bytes: r.postDataBuffer()?.length ?? 0 }));
    // the app's Content-Security-Policy (coordination: same-origin scripts, 'wasm-unsafe-eval' for
    // the detector's WebAssembly, blob: images and workers), so detection is shown to work under it
    const csp: string[] = [];
    page.on('console', (m) => /Content Security Policy/i.test(m.text()) && csp.push(m.text()));
    await page.route('**/foto-veilig', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' blob: data:; worker-src 'self' blob:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'" } });
    });
    await page.goto('/foto-veilig');
    await page.getByRole('heading', { name: 'Foto veilig maken', level: 1 }).waitFor();
    // the policy is in force: an inline script is refused
    expect(await page.evaluate("(() => { const s = document.createElement('script'); s.textContent = 'window.swInline = 1'; document.head.append(s); return window.swInline === 1 ? 'no CSP' : 'CSP in force'; })()")).toBe('CSP in force');
    await page.getByLabel('Op een kanaal van de school (namens de school)').check();
    await page.getByLabel('Kanaal', { exact: true }).selectOption('social');

    await page.getByLabel('Foto kiezen').setInputFiles({ name: 'sportdag.jpg', mimeType: 'image/jpeg', buffer: photo });
    await page.getByText('3 gezichten op foto 1').waitFor({ timeout: 60_000 });

    // face 1 (left): Sanne de Vries, no photo consent; face 2: Daan de Boer, consent; face 3: not recognisable
    await page.getByLabel('Wie is gezicht 1? Zoek op naam').fill('Sanne');
    await page.getByRole('button', { name: /^Sanne de Vries/ }).first().click(); // leerling-1 (two pupils share the name; the group tells them apart)
    await page.getByLabel('Wie is gezicht 2? Zoek op naam').fill('daan');
    await page.getByRole('button', { name: /^Daan de Boer/ }).first().click(); // leerling-2
    await page.getByRole('list', { name: 'Gezichten op foto 1' }).getByRole('listitem').nth(2).getByRole('button', { name: 'Niet herkenbaar' }).click();
    // the tag names her group too (two pupils share the name), and the tagged face folds up to one line
    await page.getByText(/^Gezicht 1: Sanne de Vries \(leerling, groep [^)]+\) — wordt vervaagd$/).waitFor();
    await page.getByText(/^Veilige versie: gezicht 1 vervaagd/).waitFor();
    const list = page.getByRole('list', { name: 'Gezichten op foto 1' });
    expect(await page.getByLabel('Wie is gezicht 1? Zoek op naam').count()).toBe(0);
    await list.getByRole('listitem').first().getByRole('button', { name: 'Wijzigen (gezicht 1)' }).click();
    await page.getByLabel('Wie is gezicht 1? Zoek op naam').waitFor();
    await list.getByRole('listitem').first().getByRole('button', { name: 'Laten zo (gezicht 1)' }).click();
    expect(await page.getByLabel('Wie is gezicht 1? Zoek op naam').count()).toBe(0);

    // a face the detector missed: drawn by hand (top left of the photo), left untagged
    await page.getByRole('button', { name: 'Gemist gezicht toevoegen' }).click();
    const img = page.getByRole('img', { name: 'Foto 1: sportdag.jpg' });
    await img.scrollIntoViewIfNeeded();
    const b = (await img.boundingBox())!;
    await page.mouse.move(b.x + b.width * 0.03, b.y + b.height * 0.05);
    await page.mouse.down();
    await page.mouse.move(b.x + b.width * 0.1, b.y + b.height * 0.12, { steps: 4 });
    await page.mouse.move(b.x + b.width * 0.15, b.y + b.height * 0.2, { steps: 4 });
    await page.mouse.up();
    await page.getByText('Gezicht 4: nog niet getagd — wordt vervaagd').waitFor();
    await page.getByText(/^Veilige versie: gezicht 1, 4 vervaagd/).waitFor();
    await page.getByRole('status').getByText(/Sanne de Vries/).first().waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /Download de veilige versie/ }).click()]);
    expect(download.suggestedFilename()).toBe('sportdag-veilig.jpg');
    const safe = await readFile((await download.path())!);
    const meta = await sharp(safe).metadata();
    expect(meta.format).toBe('jpeg');
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    expect(meta.icc).toBeUndefined();
    expect([meta.width, meta.height]).toEqual([1920, 1350]);
    expect(safe.includes(Buffer.from('Telefoon'))).toBe(false);
    // Sanne's face is gone for the detector, Daan's and the third are still there
    const again = (await detectFaces(safe)).faces;
    const [sanne, daan, third] = group.faces;
    expect(again.some((f) => boxHolds(f.box, sanne!))).toBe(false);
    expect(again.some((f) => boxHolds(f.box, daan!))).toBe(true);
    expect(again.some((f) => boxHolds(f.box, third!))).toBe(true);
    // and the drawn box is smooth
    const pixels = await decodePhoto(safe);
    expect(laplacianVariance(pixels.data, pixels.width, 3, regionOf([0.05, 0.07, 0.08, 0.1], pixels.width, pixels.height, 0))).toBeLessThan(3);

    // the photo never left the browser: no request carried anything the size of a photo
    expect(sent.filter((s) => s.bytes > 50_000)).toEqual([]);
    expect(sent.some((s) => /\/photos\/assets\/blazeface\.bin$/.test(s.url)) || width !== WIDTHS[0]).toBe(true);
    expect(sent.filter((s) => /faceres|emotion|iris|facemesh/.test(s.url))).toEqual([]);
    expect(csp.filter((m) => !/inline script|script-src-elem/i.test(m)), 'CSP violations').toEqual([]);
    await inspect(page, 'foto-veilig');
  });

  it('on a personal account, a parent confirms their child agreed to this post: that face is no longer blurred', async () => {
    const { page } = await w.as('ouder', 360);
    await page.goto('/foto-veilig');
    await page.getByRole('heading', { name: 'Foto veilig maken', level: 1 }).waitFor();
    await page.getByLabel('Op mijn eigen account').check();
    await page.getByLabel('Foto kiezen').setInputFiles({ name: 'verjaardag.jpg', mimeType: 'image/jpeg', buffer: photo });
    await page.getByText('3 gezichten op foto 1').waitFor({ timeout: 60_000 });
    await page.getByLabel('Wie is gezicht 1? Zoek op naam').fill('sanne');
    await page.getByRole('button', { name: /^Sanne de Vries/ }).first().click();
    const faces = page.getByRole('list', { name: 'Gezichten op foto 1' }).getByRole('listitem');
    await faces.nth(1).getByRole('button', { name: 'Niet herkenbaar' }).click();
    await faces.nth(2).getByRole('button', { name: 'Niet herkenbaar' }).click();
    // her own child, not yet confirmed: blurred
    await page.getByText(/^Gezicht 1: Sanne de Vries.* — wordt vervaagd$/).waitFor();
    await page.getByText(/^Veilige versie: gezicht 1 vervaagd/).waitFor();
    await page.getByLabel(/gaf toestemming voor dit bericht \(gezicht 1, Sanne de Vries\)/).check();
    await page.getByText('Veilige versie: niemand hoeft vervaagd te worden.', { exact: false }).waitFor();
    expect(await page.getByText(/^Gezicht 1: Sanne de Vries.* — wordt vervaagd$/).count()).toBe(0);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /Download de veilige versie/ }).click()]);
    const safe = await readFile((await download.path())!);
    expect((await sharp(safe).metadata()).exif).toBeUndefined();
    expect((await detectFaces(safe)).faces.some((f) => boxHolds(f.box, group.faces[0]!))).toBe(true);
  });

  it('finds and tags the faces of a photo stored sideways on the check page too (orientation applied first): the check blocks, and its upright safe version blurs the pupil without consent and the face not from the school', async () => {
    expect((await sharp(sideways).metadata()).orientation).toBe(6);
    const { page } = await w.as('medewerker', 360);
    await page.goto('/check');
    await page.getByRole('heading', { name: 'Check je bericht', level: 1 }).waitFor();
    await page.getByLabel('Je bericht', { exact: true }).fill('Wat een sportdag!');
    await page.getByLabel(/^(Nog een foto|Foto) kiezen/).setInputFiles({ name: 'sportdag.jpg', mimeType: 'image/jpeg', buffer: sideways });
    await page.getByText('3 gezichten op foto 1').waitFor({ timeout: 60_000 });
    await page.getByLabel('Wie is gezicht 1? Zoek op naam').fill('Sanne');
    await page.getByRole('button', { name: /^Sanne de Vries/ }).first().click();
    const faces = page.getByRole('list', { name: 'Gezichten op foto 1' }).getByRole('listitem');
    await faces.nth(1).getByRole('button', { name: 'Niet herkenbaar' }).click();
    await faces.nth(2).getByRole('button', { name: 'Niet van school' }).click();
    await page.getByText(/^Gezicht 1: Sanne de Vries \(.+\) — wordt vervaagd$/).waitFor();
    await page.getByText('Gezicht 3: niet van school — wordt vervaagd').waitFor();
    await page.locator('.sw-verdict-region').getByText('Plaats dit niet').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /Download de veilige versie/ }).click()]);
    const safe = await readFile((await download.path())!);
    const meta = await sharp(safe).metadata();
    expect(meta.exif).toBeUndefined();
    expect([meta.width, meta.height, meta.orientation]).toEqual([1920, 1350, undefined]); // upright
    expect(safe.includes(Buffer.from('Telefoon'))).toBe(false);
    const again = (await detectFaces(safe)).faces;
    const [sanne, second, third] = group.faces;
    expect(again.some((f) => boxHolds(f.box, sanne!))).toBe(false);
    expect(again.some((f) => boxHolds(f.box, second!))).toBe(true);
    expect(again.some((f) => boxHolds(f.box, third!))).toBe(false);
    await inspect(page, 'check-foto-gezichten');
  });
});
