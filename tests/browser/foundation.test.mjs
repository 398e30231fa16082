// The web app loads in a real browser, reacts to real mouse and keyboard input on its
// canvas, and computes the right numbers (foundation issue: the first calculator slice),
// now on a book of deals: AMD → OpenAI, 6 GW of facility power bought at hardware prices.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  bringIntoView, openApp, screenshot, settle, stateOf, typeInto, useSiteAndBrowser, widgetsOf,
} from './harness.mjs';
import { close, presetFragment } from './guest.mjs';

const shared = useSiteAndBrowser();
const AMD = presetFragment('amd-openai');

describe('the calculator page', () => {
  // A trackpad tap-to-click or a touch tap: move, press and release with no pause between.
  test('a quick click (no delay between press and release) opens every chart tab', async () => {
    const { page, context } = await openApp(shared.browser, `${shared.site.url}${AMD}`);
    for (const tab of ['network', 'supply', 'sensitivity', 'annual_cost', 'schedule']) {
      const rect = await bringIntoView(page, `tab.${tab}`);
      await page.mouse.click(rect.x + rect.width / 2, rect.y + rect.height / 2, { delay: 0 });
      await page.waitForFunction((want) => window.boomerang.state().view.chart_tab === want, tab, { timeout: 10_000 });
    }
    await context.close();
  });

  test('starts, and typing 7 GW on the canvas scales the deal\'s power, capex and energy by 7/6', async () => {
    const { page, context, problems } = await openApp(shared.browser, `${shared.site.url}${AMD}`);
    const before = await stateOf(page);
    assert.equal(before.inputs.capacity.capacity_gw, 6);

    await typeInto(page, 'capacity.capacity_gw', '7 GW');
    await page.waitForFunction(() => window.boomerang.state().inputs.capacity.capacity_gw === 7);
    const { outputs } = await stateOf(page);
    // Every figure that is a quantity per gigawatt scales with the gigawatts (docs/models/deals.md).
    assert.equal(outputs.capacity.capacity_gw, 7);
    for (const key of ['it_power_gw', 'facility_power_gw', 'hardware_capex_usd', 'facility_capex_usd', 'energy_twh_per_year']) {
      assert.ok(close(outputs.capacity[key], (before.outputs.capacity[key] * 7) / 6),
        `capacity.${key}: ${before.outputs.capacity[key]} at 6 GW, ${outputs.capacity[key]} at 7 GW`);
    }

    await screenshot(page, 'browser-1280x800.png');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a typo is refused with a message and the last good value stays', async () => {
    const { page, context, problems } = await openApp(shared.browser, `${shared.site.url}${AMD}`);
    const before = await stateOf(page);
    await typeInto(page, 'capacity.capacity_gw', '500kx');
    await settle(page, { quietMs: 300 });
    const after = await stateOf(page);
    assert.deepEqual(after.inputs, before.inputs);
    assert.deepEqual(after.outputs, before.outputs);
    assert.deepEqual(after.results, before.results);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('renders crisp at devicePixelRatio 2', async () => {
    const { page, context, problems } = await openApp(shared.browser, `${shared.site.url}${AMD}`, { width: 1280, height: 800, deviceScaleFactor: 2 });
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
    const { page, context, problems } = await openApp(shared.browser, `${shared.site.url}${AMD}`, { width: 1280, height: 800 });
    await page.setViewportSize({ width: 600, height: 700 });
    await page.waitForFunction(() => document.getElementById('canvas').width === 600);
    assert.equal(await page.evaluate(() => document.getElementById('canvas').height), 700);
    // Below 700 CSS pixels the panels stack: the figures sit in the inputs' column, not beside it.
    await page.waitForFunction(() => {
      const widgets = window.boomerang.widgets();
      return widgets['capacity.capacity_gw'] && widgets['capacity.capacity_gw'].x + widgets['capacity.capacity_gw'].width <= 600;
    });
    const widgets = await widgetsOf(page);
    const figures = Object.entries(widgets).filter(([id]) => id.startsWith('figure.')).map(([, rect]) => rect);
    assert.ok(figures.length > 0, 'figure cards are drawn');
    const input = widgets['capacity.capacity_gw'];
    for (const card of figures) {
      assert.ok(card.x < input.x + input.width && input.x < card.x + card.width, 'a figure card shares the column of the inputs');
      assert.ok(card.y + card.height <= input.y || card.y >= input.y + input.height, 'a figure card is above or below the inputs');
    }
    await screenshot(page, 'browser-600x700.png');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the theme button switches between light and dark', async () => {
    const { page, context, problems } = await openApp(shared.browser, shared.site.url);
    assert.equal(await page.evaluate(() => window.boomerang.state().view.theme), 'light');
    const button = (await widgetsOf(page)).theme_toggle;
    await page.mouse.click(button.x + button.width / 2, button.y + button.height / 2);
    await page.waitForFunction(() => window.boomerang.state().view.theme === 'dark');
    await screenshot(page, 'browser-1280x800-dark.png');
    assert.deepEqual(problems, []);
    await context.close();
  });
});
