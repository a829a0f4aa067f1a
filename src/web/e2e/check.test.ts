/**
 * Check je bericht, Mijn concepten and Het protocol in a real browser: feedback while
 * typing, highlighted words, articles linked to the protocol page, the post's context,
 * photos tagged by name, one-click edits, copy, drafts only when asked; the public
 * protocol with anchors and the Dutch/English toggle. axe and screenshots at 360 and 1280 px.
 */
import { describe, expect, it } from 'vitest';
import { WIDTHS, inspect, useWeb, navigate } from './harness.js';

/** A 1×1 PNG, as a photo to attach. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

describe('check page', () => {
  const w = useWeb();

  it.each(WIDTHS.map((x) => [x]))('gives a teacher feedback while typing, with the article, the fix and the post’s context, at %i px', async (width) => {
    const { page } = await w.as('medewerker', width);
    await navigate(page, 'Check je bericht');
    await page.getByRole('heading', { name: 'Check je bericht', level: 1 }).waitFor();
    await page.getByText('Volgens het rooster is het nu').waitFor();
    await inspect(page, 'check-leeg');

    const draft = page.getByLabel('Je bericht', { exact: true });
    await draft.pressSequentially('Bel de vader van Sanne: 06-12345678', { delay: 5 });
    const status = page.locator('.sw-verdict-region');
    await status.getByRole('heading', { level: 3 }).waitFor();
    expect(await status.textContent()).toMatch(/Pas je bericht nog aan|Overleg eerst|Plaats dit niet/);
    await page.locator('.sw-highlighted mark').first().waitFor();
    const article = page.locator('.sw-finding').first().getByRole('link', { name: /^Artikel [A-Z]\d$/ });
    expect(await article.getAttribute('href')).toMatch(/^\/protocol#[A-Z]\d$/);
    await page.getByText('Zo los je het op:').first().waitFor();

    // one-click fixes: the finding's edits change the draft, and the re-check drops that finding
    const apply = page.getByRole('button', { name: /^Pas toe/ });
    if ((await apply.count()) > 0) {
      const before = await draft.inputValue();
      await apply.first().click();
      await expect.poll(() => draft.inputValue()).not.toBe(before);
    } else {
      expect(await page.locator('.sw-finding').count()).toBeGreaterThan(0);
    }

    // where it goes: the school's website
    await page.getByLabel('Op een kanaal van de school (namens de school)').check();
    await page.getByLabel('Kanaal', { exact: true }).selectOption('website');
    expect(await page.getByLabel('Platform').count()).toBe(0);
    // the setting can be changed by hand
    await page.getByLabel('Situatie').selectOption('lesson');
    await page.getByLabel('De leerkracht of schoolleiding gaf toestemming voor sociale media in deze les').waitFor();

    // a photo, and who is on it by name
    await page.getByLabel(/^(Nog een foto|Foto) kiezen/).setInputFiles({ name: 'sportdag.png', mimeType: 'image/png', buffer: PNG });
    await page.getByRole('group', { name: /Foto 1: sportdag.png/ }).waitFor();
    await page.getByLabel('Wie is herkenbaar op deze foto? Zoek op naam').fill('Sanne');
    await page.getByRole('button', { name: /Sanne de Vries/ }).first().click();
    await page.getByRole('list', { name: 'Getagd op deze foto' }).locator('.sw-tag > span', { hasText: 'Sanne de Vries' }).waitFor();
    await inspect(page, 'check-bevindingen');

    // copy and save, only when asked
    await page.getByRole('button', { name: 'Kopieer de tekst' }).click();
    await page.getByText(/De tekst is gekopieerd|Kopiëren lukte niet automatisch/).waitFor();
    await page.getByRole('button', { name: 'Bewaar als concept' }).click();
    await page.getByText('Concept bewaard.').waitFor();
    await page.getByRole('link', { name: 'Mijn concepten' }).click();
    await page.getByRole('heading', { name: 'Mijn concepten', level: 1 }).waitFor();
    await page.getByText(/Bel de vader van Sanne|Bel de vader/).first().waitFor();
    await inspect(page, 'concepten');
    await page.getByRole('button', { name: 'Open in de check' }).first().click();
    await page.getByRole('heading', { name: 'Check je bericht', level: 1 }).waitFor();
    expect(await page.getByLabel('Je bericht', { exact: true }).inputValue()).toMatch(/Bel de vader/);
  });

  it('works by keyboard alone, with a visible focus on every stop', async () => {
    const { page } = await w.as('mr', 360);
    await page.goto('/check');
    await page.getByRole('heading', { name: 'Check je bericht', level: 1 }).waitFor();
    const tabTo = async (test: string, max = 40): Promise<void> => {
      for (let i = 0; i < max; i++) {
        await page.keyboard.press('Tab');
        const focus = (await page.evaluate('(() => { const e = document.activeElement; const s = getComputedStyle(e); return { match: (' + test + ')(e), outline: s.outlineStyle, shadow: s.boxShadow }; })()')) as { match: boolean; outline: string; shadow: string };
        expect(focus.outline !== 'none' || focus.shadow !== 'none', 'visible focus').toBe(true);
        if (focus.match) return;
      }
      throw new Error(`niet bereikt met Tab: ${test}`);
    };
    await tabTo('(e) => e.id === "bericht"');
    await page.keyboard.type('Groetjes aan iedereen van de Sterren!');
    await tabTo('(e) => e.type === "radio"');
    await page.keyboard.press('ArrowDown');
    expect(await page.getByLabel('Op een kanaal van de school (namens de school)').isChecked()).toBe(true);
    await page.locator('.sw-verdict').waitFor();
    await tabTo('(e) => e.textContent === "Bewaar als concept"', 60);
    await page.keyboard.press('Enter');
    await page.getByText('Concept bewaard.').waitFor();
  });

  it('lets a parent tag their own child by name, and follow a finding to its article', async () => {
    const { page } = await w.as('ouder', 360);
    await page.goto('/check');
    await page.getByLabel('Je bericht', { exact: true }).fill('Wat een mooie sportdag was het vandaag!');
    await page.getByLabel(/^(Nog een foto|Foto) kiezen/).setInputFiles({ name: 'sportdag.png', mimeType: 'image/png', buffer: PNG });
    await page.getByLabel('Wie is herkenbaar op deze foto? Zoek op naam').fill('sanne');
    await page.getByRole('button', { name: /Sanne de Vries/ }).click();
    await page.getByLabel('Herkenbare personen die niet in de lijst staan').fill('2');
    const status = page.locator('.sw-verdict-region');
    await status.getByRole('heading', { level: 3 }).waitFor();
    await page.locator('.sw-finding').first().waitFor();
    await inspect(page, 'check-ouder');
    const link = page.locator('.sw-finding').first().getByRole('link', { name: /^Artikel / });
    const id = (await link.getAttribute('href'))!.split('#')[1]!;
    await link.click();
    await page.waitForURL(new RegExp(`/protocol#${id}$`));
    await page.locator(`article#${id}`).waitFor();
    await expect.poll(() => page.evaluate('document.activeElement && document.activeElement.id')).toBe(id);
  });

  it.each(WIDTHS.map((x) => [x]))('shows the protocol to anyone, with version, anchors and English, at %i px', async (width) => {
    const { page } = await w.open(width);
    await page.goto('/protocol');
    await page.getByRole('heading', { name: 'Protocol Sociale Media n.b.s. de Sterren', level: 1 }).waitFor();
    await page.getByText(/Versie: de-sterren-v\d+/).waitFor();
    expect(await page.locator('article.sw-article').count()).toBeGreaterThan(20);
    await inspect(page, 'protocol');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Social Media Protocol n.b.s. de Sterren', level: 1 }).waitFor();
    expect(new URL(page.url()).search).toBe('?lang=en');
    expect(await page.locator('.sw-protocol').getAttribute('lang')).toBe('en');
    await inspect(page, 'protocol-en');
    await page.goto('/protocol#A6');
    await expect.poll(() => page.evaluate('document.activeElement && document.activeElement.id')).toBe('A6');
  });
});
