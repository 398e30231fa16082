// A page that rests and keeps to itself: no frames drawn while nobody touches it,
// no request to anyone but its own server, a Content-Security-Policy it runs under without
// a complaint, and the key figures as text for screen readers.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  frameCount, newPage, openApp, typeInto, useSiteAndBrowser, waitForReady, widgetsOf,
} from './harness.mjs';
import { clickOn, exportVia, presetFragment, selectDeal } from './guest.mjs';

const shared = useSiteAndBrowser();
const AMD = presetFragment('amd-openai');

describe('idle', () => {
  test('2 s after the last input the page draws 0 frames in the next 3 s, and input wakes it', async () => {
    const { page, context, problems } = await openApp(shared.browser, shared.site.url);
    // The last input: the pointer moves onto an empty part of the canvas, away from any widget.
    await page.mouse.move(640, 790);
    await page.mouse.move(650, 795);
    await page.waitForTimeout(2000);
    const start = await frameCount(page);
    await page.waitForTimeout(3000);
    assert.equal(await frameCount(page) - start, 0, 'no frame drawn in the 3 s');

    // A click wakes the loop.
    const before = await frameCount(page);
    await page.mouse.click(650, 795);
    await page.waitForFunction((n) => window.boomerang.frameCount() > n, before, { timeout: 2000 });
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('resting the pointer on a widget wakes the page once for its tooltip, then it rests again', async () => {
    const { page, context, problems } = await openApp(shared.browser, shared.site.url);
    const rect = (await widgetsOf(page))['share.copy_link'];
    await page.mouse.move(rect.x + rect.width / 2, rect.y + rect.height / 2);
    await page.waitForTimeout(2000);
    const start = await frameCount(page);
    await page.waitForTimeout(3000);
    assert.equal(await frameCount(page) - start, 0, 'no frame drawn in the 3 s');
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('privacy and security', () => {
  test('the page requests only its own files, and after it is ready nothing but the downloads the user asks for', async () => {
    const requests = [];
    const { page, context, problems } = await newPage(shared.browser);
    context.on('request', (request) => requests.push({ url: request.url() }));
    await page.goto(`${shared.site.url}${AMD}`);
    await waitForReady(page);
    const origin = new URL(shared.site.url).origin;
    for (const { url } of requests) assert.equal(new URL(url).origin, origin, `a request to another origin: ${url}`);
    const atReady = requests.length;

    // Use the app: edits, menus, the embed dialog, an export; then rest.
    await typeInto(page, 'capacity.capacity_gw', '8 GW');
    await clickOn(page, 'share.embed');
    await page.keyboard.press('Escape');
    const download = await exportVia(page, 'csv');
    assert.ok(download.bytes.length > 0);
    await page.waitForTimeout(1000);
    // The browser fetches the tab's icon when it likes (the page's own favicon.svg); anything
    // else after ready must be a download the user asked for.
    const icon = new URL(await page.getAttribute('link[rel="icon"]', 'href'), shared.site.url).href;
    const later = requests.slice(atReady).map((r) => r.url).filter((url) => url !== icon);
    for (const url of later) assert.match(url, /^blob:/, `after ready, only downloads the user asked for: ${url}`);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the Content-Security-Policy is in the page and the app runs under it without a violation or console error', async () => {
    const { page, context, problems } = await newPage(shared.browser);
    await page.addInitScript(() => {
      window.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (event) => window.cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`));
    });
    await page.goto(`${shared.site.url}${AMD}`);
    await waitForReady(page);
    const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    assert.ok(csp, 'the page carries a CSP');
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval'(?<!wasm-unsafe-eval')/);
    await typeInto(page, 'capacity.capacity_gw', '2 GW');
    await exportVia(page, 'png');
    await page.waitForTimeout(300);
    assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('the screen-reader summary', () => {
  // The rows of #summary-figures, and the rows the key figures should make, read in the page.
  const summaryRows = () => Array.from(document.querySelectorAll('#summary-figures > div'),
    (row) => ({ id: row.dataset.figure, label: row.children[0].textContent, value: row.children[1].textContent }));
  const keyFigureRows = () => window.boomerang.keyFigures()
    .map((figure) => ({ id: figure.id, label: figure.label, value: figure.detail ? `${figure.value} (${figure.detail})` : figure.value }));

  test('#summary-figures holds the selected deal\'s key figures as text, follows an edit and another deal', async () => {
    const { page, context, problems } = await openApp(shared.browser, `${shared.site.url}${presetFragment('nvidia-openai')}`);
    const summary = () => page.evaluate(summaryRows);
    const expected = () => page.evaluate(keyFigureRows);
    const first = await expected();
    assert.ok(first.length >= 3, `key figures: ${first.length}`);
    await page.waitForFunction((want) => JSON.stringify(Array.from(document.querySelectorAll('#summary-figures > div'),
      (row) => ({ id: row.dataset.figure, label: row.children[0].textContent, value: row.children[1].textContent }))) === want,
    JSON.stringify(first), { timeout: 20_000 });
    assert.deepEqual(await summary(), first);
    assert.equal(await page.getAttribute('#summary-figures', 'aria-live'), 'polite');

    await typeInto(page, 'capacity.capacity_gw', '7 GW');
    await page.waitForFunction(() => window.boomerang.state().inputs.capacity.capacity_gw === 7);
    const second = await expected();
    assert.notDeepEqual(second, first, 'the figures changed');
    await page.waitForFunction((want) => JSON.stringify(Array.from(document.querySelectorAll('#summary-figures > div'),
      (row) => ({ id: row.dataset.figure, label: row.children[0].textContent, value: row.children[1].textContent }))) === want,
    JSON.stringify(second), { timeout: 20_000 });

    // Another deal: its figures replace the first deal's, none of which stays behind.
    await selectDeal(page, 'nvidia-openai-equity');
    const third = await expected();
    assert.notDeepEqual(third.map((row) => row.id), second.map((row) => row.id), 'another deal, other figures');
    await page.waitForFunction((want) => JSON.stringify(Array.from(document.querySelectorAll('#summary-figures > div'),
      (row) => ({ id: row.dataset.figure, label: row.children[0].textContent, value: row.children[1].textContent }))) === want,
    JSON.stringify(third), { timeout: 20_000 });
    assert.deepEqual(problems, []);
    await context.close();
  });
});
