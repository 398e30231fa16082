// The web app loads in a real browser, reacts to real mouse and keyboard input on its
// canvas, and computes the right numbers (foundation issue: the first calculator slice).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openPage, screenshot, startSite, typeInto, waitForReady } from './harness.mjs';

let site;
let browser;

before(async () => {
  site = await startSite();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  site?.server.close();
});

const outputs = (page) => page.evaluate(() => window.boomerang.state().outputs.capacity);

describe('the calculator page', () => {
  test('starts, and typing 10 GW on the canvas gives 5M GPUs and $200B of hardware', async () => {
    const { page, context, problems } = await openPage(browser, site.url);
    await waitForReady(page);

    // Defaults are the AMD–OpenAI figures (Tencent Technology): 6 GW ≈ 3M GPUs, > $120B.
    const before = await outputs(page);
    assert.equal(before.capacity_gw, 6);
    assert.equal(before.gpus, 3_000_000);
    assert.equal(before.hardware_capex_usd, 120e9);

    await typeInto(page, 'capacity.capacity_gw', '10 GW');
    // 10 GW × 500,000 GPUs per GW; 10 GW × $20B per GW.
    await page.waitForFunction(() => window.boomerang.state().outputs.capacity.gpus === 5_000_000);
    const after = await outputs(page);
    assert.equal(after.capacity_gw, 10);
    assert.equal(after.hardware_capex_usd, 200e9);

    await screenshot(page, 'browser-1280x800.png');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a typo is refused with a message and the last good value stays', async () => {
    const { page, context, problems } = await openPage(browser, site.url);
    await waitForReady(page);
    await typeInto(page, 'capacity.gpus_per_gw', '500kx');
    await page.waitForTimeout(200);
    const state = await page.evaluate(() => window.boomerang.state());
    assert.equal(state.inputs.capacity.gpus_per_gw, 500_000);
    assert.equal(state.outputs.capacity.gpus, 3_000_000);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('renders crisp at devicePixelRatio 2', async () => {
    const { page, context, problems } = await openPage(browser, site.url, { width: 1280, height: 800, deviceScaleFactor: 2 });
    await waitForReady(page);
    const size = await page.evaluate(() => [document.getElementById('canvas').width, document.getElementById('canvas').height]);
    // The canvas's backing store is CSS size × 2, so nothing is upscaled by the browser.
    assert.deepEqual(size, [2560, 1600]);
    await typeInto(page, 'capacity.capacity_gw', '1');
    await page.waitForFunction(() => window.boomerang.state().outputs.capacity.gpus === 500_000);
    await screenshot(page, 'browser-1280x800@2x.png');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a failed download shows a clear message instead of a blank page', async () => {
    const context = await browser.newContext({ viewport: { width: 800, height: 600 } });
    const page = await context.newPage();
    await page.route('**/boomerang.wasm', (route) => route.fulfill({ status: 404, body: 'gone' }));
    await page.goto(site.url);
    await page.waitForFunction(() => window.boomerang.errors.length > 0);
    const text = await page.textContent('#loading-text');
    assert.match(text, /could not be downloaded .*404/);
    assert.equal(await page.isVisible('#loading-text'), true);
    await context.close();
  });

  test('a browser without WebGL 2 is told so', async () => {
    const context = await browser.newContext({ viewport: { width: 800, height: 600 } });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const original = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (kind, ...rest) {
        return kind === 'webgl2' ? null : original.call(this, kind, ...rest);
      };
    });
    await page.goto(site.url);
    await page.waitForFunction(() => window.boomerang.errors.length > 0);
    assert.match(await page.textContent('#loading-text'), /WebGL 2/);
    await context.close();
  });
});

describe('the page layout', () => {
  test('the canvas follows the window when it is resized', async () => {
    const { page, context, problems } = await openPage(browser, site.url, { width: 1280, height: 800 });
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
    const { page, context, problems } = await openPage(browser, site.url);
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
