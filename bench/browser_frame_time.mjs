// Frame CPU time of the web app in headless Chromium, idle and while a value is dragged.
//
//   node bench/browser_frame_time.mjs        (after the web build: scripts/build.sh web)
//
// The drag scrubs "Capacity (IT power)" by its label, so every frame re-evaluates the
// models, rebuilds the UI and redraws the charts. Times are measured inside the app
// (GlfwRunner: events + GUI + models + charts + draw submission), read back through
// window.boomerang.frameTimes(). Target (issue 4): median under 4 ms while dragging.
import { launchBrowser, nextFrames, openPage, startSite, waitForReady } from '../tests/browser/harness.mjs';

// Each step moves the mouse 1 px right: 240 px scrub the value by e^(240 × 0.005) ≈ ×3.3.
const DRAG_STEPS = 240;

function summary(times) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { frames: sorted.length, median: at(0.5), p90: at(0.9), max: sorted[sorted.length - 1] };
}

const format = (s) => `${s.frames} frames, median ${s.median.toFixed(2)} ms, p90 ${s.p90.toFixed(2)} ms, max ${s.max.toFixed(2)} ms`;

const site = await startSite();
const browser = await launchBrowser();
try {
  const { page } = await openPage(browser, site.url, { width: 1280, height: 800 });
  await waitForReady(page);
  await nextFrames(page, 30);

  const idleStart = await page.evaluate(() => window.boomerang.frameCount());
  await nextFrames(page, 120);
  const idle = (await page.evaluate(() => window.boomerang.frameTimes())).slice(-(await page.evaluate(() => window.boomerang.frameCount()) - idleStart));

  const beforeGw = await page.evaluate(() => window.boomerang.state().inputs.capacity.capacity_gw);
  const label = (await page.evaluate(() => window.boomerang.widgets()))['capacity.capacity_gw.label'];
  if (!label) throw new Error('the capacity label is not on screen');
  const y = label.y + label.height / 2;
  let x = label.x + 10;
  await page.mouse.move(x, y);
  await page.mouse.down();
  const dragStart = await page.evaluate(() => window.boomerang.frameCount());
  for (let step = 0; step < DRAG_STEPS; step++) {
    x += 1;
    await page.mouse.move(x, y);
    await nextFrames(page, 1);
  }
  await page.mouse.up();
  const dragFrames = await page.evaluate(() => window.boomerang.frameCount()) - dragStart;
  const drag = (await page.evaluate(() => window.boomerang.frameTimes())).slice(-dragFrames);
  const gw = await page.evaluate(() => window.boomerang.state().inputs.capacity.capacity_gw);
  if (!(gw > beforeGw)) throw new Error(`the drag did not change the capacity (${beforeGw} -> ${gw} GW)`);

  console.log(`web frame CPU time, idle:     ${format(summary(idle))}`);
  console.log(`web frame CPU time, dragging: ${format(summary(drag))} (capacity scrubbed from ${beforeGw} to ${gw.toFixed(2)} GW)`);
  const median = summary(drag).median;
  console.log(median < 4 ? 'target met: median under 4 ms while dragging' : `target missed: median ${median.toFixed(2)} ms ≥ 4 ms`);
} finally {
  await browser.close();
  site.server.close();
}
