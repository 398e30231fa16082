// The web app loads in a real browser, reacts to real mouse and keyboard input on its
// canvas, and computes the right numbers (foundation issue: the first calculator slice).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, screenshot, typeInto, useSiteAndBrowser, waitForReady } from './harness.mjs';

const shared = useSiteAndBrowser();

describe('the calculator page', () => {
  test('starts, and typing 7 GW on the canvas gives 7 × the GPUs and hardware of one GW', async () => {
    const { page, context, problems } = await openPage(shared.browser, shared.site.url);
    await waitForReady(page);

    await typeInto(page, 'capacity.capacity_gw', '7 GW');
    await page.waitForFunction(() => window.boomerang.state().inputs.capacity.capacity_gw === 7);
    const { inputs, outputs } = await page.evaluate(() => window.boomerang.state());
    // GPUs = GW × GPUs per GW; hardware capex = GW × hardware cost per GW (docs/models/capacity.md).
    assert.equal(outputs.capacity.gpus, 7 * inputs.capacity.gpus_per_gw);
    assert.equal(outputs.capacity.hardware_capex_usd, 7 * inputs.capacity.hardware_usd_per_gw);

    await screenshot(page, 'browser-1280x800.png');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a typo is refused with a message and the last good value stays', async () => {
    const { page, context, problems } = await openPage(shared.browser, shared.site.url);
    await waitForReady(page);
    const before = await page.evaluate(() => window.boomerang.state());
    await typeInto(page, 'capacity.gpus_per_gw', '500kx');
    await page.waitForTimeout(200);
    const after = await page.evaluate(() => window.boomerang.state());
    assert.deepEqual(after.inputs, before.inputs);
    assert.deepEqual(after.outputs, before.outputs);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('renders crisp at devicePixelRatio 2', async () => {
    const { page, context, problems } = await openPage(shared.browser, shared.site.url, { width: 1280, height: 800, deviceScaleFactor: 2 });
    await waitForReady(page);
    const size = await page.evaluate(() => [document.getElementById('canvas').width, document.getElementById('canvas').height]);
    // The canvas's backing store is CSS size × 2, so nothing is upscaled by the browser.
    assert.deepEqual(size, [2560, 1600]);
    await typeInto(page, 'capacity.capacity_gw', '1');
    await page.waitForFunction(() => window.boomerang.state().outputs.capacity.capacity_gw === 1);
    await screenshot(page, 'browser-1280x800@2x.png');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a failed download shows a clear message instead of a blank page', async () => {
    const context = await shared.browser.newContext({ viewport: { width: 800, height: 600 } });
    const page = await context.newPage();
    await page.route('**/boomerang.wasm', (route) => route.fulfill({ status: 404, body: 'gone' }));
    await page.goto(shared.site.url);
    await page.waitForFunction(() => window.boomerang.errors.length > 0);
    const text = await page.textContent('#loading-text');
    assert.match(text, /could not be downloaded .*404/);
    assert.equal(await page.isVisible('#loading-text'), true);
    await context.close();
  });

  test('a browser without WebGL 2 is told so', async () => {
    const context = await shared.browser.newContext({ viewport: { width: 800, height: 600 } });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const original = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (kind, ...rest) {
        return kind === 'webgl2' ? null : original.call(this, kind, ...rest);
      };
    });
    await page.goto(shared.site.url);
    await page.waitForFunction(() => window.boomerang.errors.length > 0);
    assert.match(await page.textContent('#loading-text'), /WebGL 2/);
    await context.close();
  });
});

describe('the page layout', () => {
  test('the canvas follows the window when it is resized', async () => {
    const { page, context, problems } = await openPage(shared.browser, shared.site.url, { width: 1280, height: 800 });
    await waitForReady(page);
    await page.setViewportSize({ width: 600, height: 700 });
    await page.waitForFunction(() => document.getElementById('canvas').width === 600);
    assert.equal(await page.evaluate(() => document.getElementById('canvas').height), 700);
    // Below 700 CSS pixels the panels stack: the results sit below the inputs.
    await page.waitForTimeout(100);
    const widgets = await page.evaluate(() => window.boomerang.widgets());
    assert.ok(widgets['figure.capacity.gpus'].y > widgets['capacity.hardware_usd_per_gw'].y);
    await screenshot(page, 'browser-600x700.png');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the theme button switches between light and dark', async () => {
    const { page, context, problems } = await openPage(shared.browser, shared.site.url);
    await waitForReady(page);
    assert.equal(await page.evaluate(() => window.boomerang.state().view.theme), 'light');
    const button = (await page.evaluate(() => window.boomerang.widgets())).theme_toggle;
    await page.mouse.click(button.x + button.width / 2, button.y + button.height / 2);
    await page.waitForFunction(() => window.boomerang.state().view.theme === 'dark');
    await screenshot(page, 'browser-1280x800-dark.png');
    assert.deepEqual(problems, []);
    await context.close();
  });
});
