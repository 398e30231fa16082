// Frame CPU time of the web app in headless Chromium: at rest, for an idle frame, and while
// a value is dragged.
//
//   node bench/browser_frame_time.mjs [--json] [--build DIR]   (after scripts/build.sh web)
//
// Times are measured inside the app (GlfwRunner: events + GUI + models + charts + draw
// submission) and read back through window.boomerang.frameTimes(); frameCount() counts the
// frames drawn.
// - At rest: no input for a few seconds. The page may skip frames in which nothing can have
//   changed, so this reports the frames drawn per second and the CPU they cost.
// - Idle frame: the pointer moves 1 px back and forth over an empty area, which wakes the
//   loop but changes nothing: the cost of a frame that draws the same UI again.
// - Dragging: "Capacity (IT power)" is scrubbed by its label (brought into view with the wheel
//   first: the deal list comes before it), so every frame re-evaluates the models, rebuilds
//   the UI and redraws the charts. Target: median under 4 ms.
// - Dragging in the deal web: the "deal-web" preset (assets/books/deal-web-v1.json, 11 deals
//   among 10 companies) is chosen in the presets menu and a value of its selected deal is
//   scrubbed by its label ("Capacity (IT power)" when it has one, else the first label on
//   screen) with 240 one-pixel moves: every frame re-evaluates the whole book (its network and
//   ratios included) as well as the deal.
// - Memory: the WebAssembly memory (window.boomerang.memoryBytes(), the byte length of the
//   module's memory buffer; it grows and never shrinks) once the page is ready, and after the
//   deal web is open and every view has been shown: every chart tab, each of its deals (on
//   the sensitivity tab, whose tornado and Monte Carlo are made per deal), both attribution
//   rules of the money network, compare, the dark theme, the export menu, the embed dialog,
//   "Paste a headline…" and "About & sources".
// Each summary gives the frames, median, p90, p99 and max of their CPU times.
import { flag } from '../scripts/options.mjs';
import {
  bringIntoView, frameCount, openApp, settle, stateOf, widgetsOf, withSiteAndBrowser,
} from '../tests/browser/harness.mjs';
import { clickOn, selectDeal, selectPreset } from '../tests/browser/guest.mjs';
import { SITE_DIR, format, framesSince, nextFrame, summary } from './browser_bench.mjs';

const json = flag('--json');
const REST_MS = 3000;
const HOVER_STEPS = 240;
// Each step moves the mouse 1 px right: 240 px scrub the value by e^(240 × 0.005) ≈ ×3.3.
const DRAG_STEPS = 240;

const mib = (bytes) => (bytes === null || bytes === undefined ? 'n/a' : `${(bytes / (1024 * 1024)).toFixed(1)} MiB`);
const memoryBytes = (page) => page.evaluate(() => (window.boomerang.memoryBytes ? window.boomerang.memoryBytes() : null));

// A point over no widget, from a few places that are empty in the default layout.
async function emptyPoint(page) {
  const widgets = Object.values(await widgetsOf(page));
  const candidates = [{ x: 1200, y: 30 }, { x: 1100, y: 500 }, { x: 1240, y: 470 }];
  const free = (p) => widgets.every((r) => p.x < r.x - 8 || p.x > r.x + r.width + 8 || p.y < r.y - 8 || p.y > r.y + r.height + 8);
  return candidates.find(free) || candidates[0];
}

// The value behind a label widget "block.key.label": state().inputs.block.key.
const valueOf = (page, labelId) => page.evaluate((id) => {
  const [block, key] = id.split('.');
  return window.boomerang.state().inputs?.[block]?.[key] ?? null;
}, labelId);

// Scrubs a value of the selected deal by its label, DRAG_STEPS moves of 1 px to the right.
async function dragLabel(page) {
  const widgets = await widgetsOf(page);
  const labels = Object.keys(widgets).filter((id) => id.endsWith('.label') && id.split('.').length === 3);
  const labelId = labels.includes('capacity.capacity_gw.label') ? 'capacity.capacity_gw.label' : labels[0];
  if (!labelId) throw new Error('no label to scrub on screen in the deal web');
  const label = await bringIntoView(page, labelId);
  const before = await valueOf(page, labelId);
  const y = label.y + label.height / 2;
  let x = label.x + 10;
  await page.mouse.move(x, y);
  await nextFrame(page);
  await page.mouse.down();
  await nextFrame(page);
  const start = await frameCount(page);
  for (let step = 0; step < DRAG_STEPS; step++) {
    x += 1;
    await page.mouse.move(x, y);
    await nextFrame(page);
  }
  const times = await framesSince(page, start);
  await page.mouse.up();
  await settle(page);
  const after = await valueOf(page, labelId);
  if (after === before) throw new Error(`the drag did not change ${labelId} (${before})`);
  return { ...summary(times), label: labelId, from: before, to: after, pointerMoves: DRAG_STEPS };
}

// Shows every view of the app once: each chart tab, each deal of the book (with the
// sensitivity tab open, whose tornado and 20,000-draw Monte Carlo are made per deal), both
// attribution rules of the money network, compare, the other theme, the export menu, the embed
// dialog, "Paste a headline…" and "About & sources" (last: its window stays open). Returns how
// many were shown and what could not be.
async function visitEveryView(page) {
  let shown = 0;
  const missed = [];
  const step = async (name, action) => {
    try {
      await action();
      await settle(page);
      shown++;
    } catch (error) {
      missed.push(`${name}: ${error.message.split('\n')[0]}`);
      await page.keyboard.press('Escape').catch(() => {});
    }
  };
  // Header buttons (ids without '.') scroll with the page; the share buttons sit among them.
  const click = async (id, header = !id.includes('.')) => {
    await bringIntoView(page, header ? 'presets' : id);
    await clickOn(page, id);
  };
  const openTab = async (tab) => {
    await click(`tab.${tab}`);
    await page.waitForFunction((want) => window.boomerang.state().view.chart_tab === want, tab, { timeout: 10_000 });
  };
  for (const tab of ['schedule', 'annual_cost', 'network', 'supply', 'sensitivity']) await step(`tab ${tab}`, () => openTab(tab));
  const { view } = await stateOf(page);
  for (const deal of view.deal_ids) await step(`deal ${deal}`, () => selectDeal(page, deal));
  await step('money network, earmarked and fungible', async () => {
    await openTab('network');
    await click('network.rule.earmarked');
    await click('network.rule.fungible');
  });
  await step('compare on and off', async () => {
    await click('compare');
    await click('compare');
  });
  await step('dark theme and back', async () => {
    await click('theme_toggle');
    await click('theme_toggle');
  });
  await step('export menu', async () => {
    await click('share.export', true);
    await page.keyboard.press('Escape');
  });
  await step('embed dialog', async () => {
    await click('share.embed', true);
    await clickOn(page, 'embed.close');
  });
  await step('paste a headline', async () => {
    await click('deal.add');
    await clickOn(page, 'deal.headline');
    await page.keyboard.press('Escape');
  });
  await step('about & sources', () => click('about'));
  return { shown, missed };
}

const results = await withSiteAndBrowser(SITE_DIR, async ({ site, browser }) => {
  const { page } = await openApp(browser, site.url, { width: 1280, height: 800 });
  const spot = await emptyPoint(page);
  await page.mouse.move(spot.x, spot.y);
  await page.waitForTimeout(1000);

  // At rest: no input at all.
  const restStart = await frameCount(page);
  await page.waitForTimeout(REST_MS);
  const restTimes = await framesSince(page, restStart);
  const rest = {
    seconds: REST_MS / 1000,
    framesPerSecond: restTimes.length / (REST_MS / 1000),
    cpuMsPerSecond: restTimes.reduce((a, b) => a + b, 0) / (REST_MS / 1000),
    ...summary(restTimes),
  };

  // Idle frames: the pointer moves over empty space; nothing on screen changes.
  const stateBefore = await page.evaluate(() => JSON.stringify(window.boomerang.state().inputs));
  const hoverStart = await frameCount(page);
  for (let step = 0; step < HOVER_STEPS; step++) {
    await page.mouse.move(spot.x + (step % 2), spot.y);
    await nextFrame(page);
  }
  const idle = { ...summary(await framesSince(page, hoverStart)), at: spot, pointerMoves: HOVER_STEPS };
  if (await page.evaluate(() => JSON.stringify(window.boomerang.state().inputs)) !== stateBefore) {
    throw new Error(`moving the pointer over (${spot.x}, ${spot.y}) changed the scenario: not an empty area`);
  }

  // Dragging a value by its label (the label may be below the window: the wheel brings it up).
  const scrubbed = await dragLabel(page);
  if (scrubbed.label !== 'capacity.capacity_gw.label') throw new Error(`no capacity label to scrub (found ${scrubbed.label})`);
  const drag = { ...scrubbed, fromGw: scrubbed.from, toGw: scrubbed.to };
  await settle(page);
  const memoryAtStart = await memoryBytes(page);

  // The deal web, chosen in the presets menu, and a value of its selected deal dragged.
  await selectPreset(page, 'deal-web');
  await settle(page);
  const dealWebDrag = await dragLabel(page);

  // Every view, then the memory the app holds.
  const views = await visitEveryView(page);
  const memory = { atStartBytes: memoryAtStart, afterDealWebAndViewsBytes: await memoryBytes(page), views };

  return { chromium: browser.version(), viewport: { width: 1280, height: 800 }, rest, idle, drag, dealWebDrag, memory };
});

const { rest, idle, drag, dealWebDrag, memory } = results;
results.targetMet = drag.median < 4;
if (json) {
  console.log(JSON.stringify(results, null, 2));
} else {
  const number = (v) => (typeof v === 'number' ? Number(v.toPrecision(4)).toString() : String(v));
  console.log(`web frame CPU time at rest:    ${rest.framesPerSecond.toFixed(1)} frames/s drawn with no input ` +
    `(${rest.cpuMsPerSecond.toFixed(2)} ms CPU per second; ${format(rest)})`);
  console.log(`web frame CPU time, idle frame: ${format(idle)} (pointer moving over an empty area)`);
  console.log(`web frame CPU time, dragging:   ${format(drag)} ` +
    `(capacity scrubbed from ${drag.fromGw} to ${drag.toGw.toFixed(2)} GW)`);
  console.log(`web frame CPU time, dragging in the deal web: ${format(dealWebDrag)} ` +
    `(${dealWebDrag.label.replace(/\.label$/, '')} scrubbed from ${number(dealWebDrag.from)} to ${number(dealWebDrag.to)})`);
  console.log(`wasm memory: ${mib(memory.atStartBytes)} once ready, ${mib(memory.afterDealWebAndViewsBytes)} ` +
    `after the deal web and every view (${memory.views.shown} views shown` +
    `${memory.views.missed.length ? `; not shown: ${memory.views.missed.join('; ')}` : ''})`);
  console.log(results.targetMet ? 'target met: median under 4 ms while dragging'
    : `target missed: median ${drag.median.toFixed(2)} ms ≥ 4 ms`);
}
