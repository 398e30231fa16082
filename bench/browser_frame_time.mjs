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
// - Dragging: "Capacity (IT power)" is scrubbed by its label, so every frame re-evaluates
//   the models, rebuilds the UI and redraws the charts. Target (issue 4): median under 4 ms.
import { join, resolve } from 'node:path';
import { ROOT, launchBrowser, openPage, waitForReady } from '../tests/browser/harness.mjs';
import { startServer } from '../scripts/serve.mjs';

const option = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const json = process.argv.includes('--json');
const siteDir = join(resolve(ROOT, option('--build', 'build/web')), 'site');
const REST_MS = 3000;
const HOVER_STEPS = 240;
// Each step moves the mouse 1 px right: 240 px scrub the value by e^(240 × 0.005) ≈ ×3.3.
const DRAG_STEPS = 240;

function summary(times) {
  if (!times.length) return { frames: 0, median: null, p90: null, max: null };
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { frames: sorted.length, median: at(0.5), p90: at(0.9), max: sorted[sorted.length - 1] };
}

const format = (s) => (s.frames
  ? `${s.frames} frames, median ${s.median.toFixed(2)} ms, p90 ${s.p90.toFixed(2)} ms, max ${s.max.toFixed(2)} ms`
  : 'no frames drawn');

const frameCount = (page) => page.evaluate(() => window.boomerang.frameCount());

// Frame times of the frames drawn since frame number `since` (the app keeps the last 1024).
async function framesSince(page, since) {
  const drawn = (await frameCount(page)) - since;
  if (drawn <= 0) return [];
  return (await page.evaluate(() => window.boomerang.frameTimes())).slice(-drawn);
}

// Waits for the browser's next animation frame, in which the app runs its frame after the
// input just sent (it registered its callback first). A loop that sleeps while idle may
// draw nothing in it.
const nextFrame = (page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done())));

// A point over no widget, from a few places that are empty in the default layout.
async function emptyPoint(page) {
  const widgets = Object.values(await page.evaluate(() => window.boomerang.widgets()));
  const candidates = [{ x: 1200, y: 30 }, { x: 1100, y: 500 }, { x: 1240, y: 470 }];
  const free = (p) => widgets.every((r) => p.x < r.x - 8 || p.x > r.x + r.width + 8 || p.y < r.y - 8 || p.y > r.y + r.height + 8);
  return candidates.find(free) || candidates[0];
}

const site = await startServer({ root: siteDir, port: 0 });
const browser = await launchBrowser();
let results;
try {
  const { page } = await openPage(browser, site.url, { width: 1280, height: 800 });
  await waitForReady(page);
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

  // Dragging a value by its label.
  const beforeGw = await page.evaluate(() => window.boomerang.state().inputs.capacity.capacity_gw);
  const label = (await page.evaluate(() => window.boomerang.widgets()))['capacity.capacity_gw.label'];
  if (!label) throw new Error('the capacity label is not on screen');
  const y = label.y + label.height / 2;
  let x = label.x + 10;
  await page.mouse.move(x, y);
  await nextFrame(page);
  await page.mouse.down();
  await nextFrame(page);
  const dragStart = await frameCount(page);
  for (let step = 0; step < DRAG_STEPS; step++) {
    x += 1;
    await page.mouse.move(x, y);
    await nextFrame(page);
  }
  const dragTimes = await framesSince(page, dragStart);
  await page.mouse.up();
  const gw = await page.evaluate(() => window.boomerang.state().inputs.capacity.capacity_gw);
  if (!(gw > beforeGw)) throw new Error(`the drag did not change the capacity (${beforeGw} -> ${gw} GW)`);
  const drag = { ...summary(dragTimes), fromGw: beforeGw, toGw: gw, pointerMoves: DRAG_STEPS };

  results = { chromium: browser.version(), viewport: { width: 1280, height: 800 }, rest, idle, drag };
} finally {
  await browser.close();
  site.server.close();
}

const { rest, idle, drag } = results;
results.targetMet = drag.median < 4;
if (json) {
  console.log(JSON.stringify(results, null, 2));
} else {
  console.log(`web frame CPU time at rest:    ${rest.framesPerSecond.toFixed(1)} frames/s drawn with no input ` +
    `(${rest.cpuMsPerSecond.toFixed(2)} ms CPU per second; ${format(rest)})`);
  console.log(`web frame CPU time, idle frame: ${format(idle)} (pointer moving over an empty area)`);
  console.log(`web frame CPU time, dragging:   ${format(drag)} ` +
    `(capacity scrubbed from ${drag.fromGw} to ${drag.toGw.toFixed(2)} GW)`);
  console.log(results.targetMet ? 'target met: median under 4 ms while dragging'
    : `target missed: median ${drag.median.toFixed(2)} ms ≥ 4 ms`);
}
