// The single-file build (scripts/single-file.mjs): build/web/boomerang-single.html opened
// straight from disk (file://, nothing to fetch) starts the calculator under its own strict
// Content-Security-Policy, with no console error (a CSP violation would be one).
import { strict as assert } from 'node:assert';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { ROOT, frameCount, launchBrowser, openApp } from './harness.mjs';

const SINGLE_FILE = process.env.BOOMERANG_SINGLE_FILE || join(ROOT, 'build/web/boomerang-single.html');

test('the single-file page starts from file:// with no console errors', async () => {
  assert.ok(existsSync(SINGLE_FILE), `${SINGLE_FILE} is missing: build the web app (scripts/build.sh web)`);
  const browser = await launchBrowser();
  try {
    const { page, problems } = await openApp(browser, pathToFileURL(SINGLE_FILE).href);
    assert.equal(await page.evaluate(() => window.boomerang.ready), true);
    // The page loaded nothing but itself: every other file is inside it.
    const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
    assert.deepEqual(loaded.filter((url) => !url.startsWith('data:')), []);
    assert.ok((await frameCount(page)) >= 1);
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
  }
});
