// Regenerates docs/screenshots/ from the current build (README.md shows them).
//
//   scripts/screenshots.sh     (builds first, then runs this and the desktop capture)
//
// Browser: 1280×800, and 390×844 at devicePixelRatio 2 with a touch screen (controls sized
// for a finger), light and dark. The narrow page stacks its panels in one column, the deal's
// figures before its terms; its screenshot is as tall as that column, so every panel shows (up to the 8,000 device pixels WebGL draws). Then the deal web book at full height with its money network open: the book
// view (every deal in a table, every company's money and boomerang ratios). Then "Paste a
// headline…" with a real sentence pasted, on a desktop and on a phone.
//
//   BOOMERANG_SCREENSHOTS=headline node scripts/screenshots.mjs   only the views whose name has "headline"
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, SITE, nextFrames, openApp, withSiteAndBrowser } from '../tests/browser/harness.mjs';
import { clickOn, corpusText } from '../tests/browser/guest.mjs';

const OUT = join(ROOT, 'docs/screenshots');
const VIEWS = [
  { name: 'web-1280x800', width: 1280, height: 800, deviceScaleFactor: 1 },
  { name: 'web-390x844@2x', width: 390, height: 844, deviceScaleFactor: 2, fullColumn: true, touch: true },
  { name: 'web-book-1280', width: 1280, height: 800, deviceScaleFactor: 1, fullColumn: true,
    fragment: '#p1.deal-web.1', tab: 'tab.network', themes: ['light'] },
  { name: 'web-headline-1280x800', width: 1280, height: 800, deviceScaleFactor: 1, themes: ['light'], headline: true },
  { name: 'web-headline-390x844@2x', width: 390, height: 844, deviceScaleFactor: 2, touch: true, themes: ['dark'],
    headline: true },
];
// The pasted text: a sentence of tests/parse/corpus.json and the heart of another
// ("spacex-anthropic-s1-terms").
const HEADLINE = `${corpusText('spacex-anthropic-bloomberg-terms')} Anthropic agreed to pay SpaceX $1.25 billion ` +
  'per month for access to its Colossus data centers in Memphis, Tennessee.';

mkdirSync(OUT, { recursive: true });
await withSiteAndBrowser(SITE, async ({ site, browser }) => {
  for (const view of VIEWS.filter((v) => v.name.includes(process.env.BOOMERANG_SCREENSHOTS || ''))) {
    for (const theme of view.themes || ['light', 'dark']) {
      const { page, context, problems } = await openApp(browser, `${site.url}${view.fragment || ''}`, view);
      if (theme === 'dark') {
        await clickOn(page, 'theme_toggle');
        await page.mouse.move(view.width - 2, 2);  // no button left looking hovered
      }
      await nextFrames(page, 3);
      if (view.tab) {
        await page.setViewportSize({ width: view.width, height: 4000 });  // the tab in view
        await nextFrames(page, 3);
        await clickOn(page, view.tab);
        await nextFrames(page, 3);
      }
      if (view.headline) {
        // Pasted outside any field, as a reader would: the panel opens with the text.
        await context.grantPermissions(['clipboard-read', 'clipboard-write']);
        await page.evaluate((text) => navigator.clipboard.writeText(text), HEADLINE);
        await page.keyboard.press('Control+V');
        await nextFrames(page, 4);
        await page.mouse.move(view.width - 2, view.height - 2);
        await nextFrames(page, 3);
      }
      if (view.fullColumn) {
        const height = Math.ceil(await page.evaluate(() => window.boomerang.state().view.content_height_css));
        // WebGL draws at most 8,192 device pixels high here; a taller canvas comes out blank.
        const tallest = Math.floor(8000 / view.deviceScaleFactor);
        await page.setViewportSize({ width: view.width, height: Math.min(tallest, Math.max(view.height, height)) });
        await nextFrames(page, 3);
      }
      const path = join(OUT, `${view.name}-${theme}.png`);
      await page.screenshot({ path });
      if (problems.length) throw new Error(`${view.name} ${theme}: ${problems.join('; ')}`);
      console.log(`wrote ${path}`);
      await context.close();
    }
  }
});
