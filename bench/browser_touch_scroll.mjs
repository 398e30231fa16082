// Frame CPU time while a finger scrolls the deal web book on a phone, in headless Chromium
// with touch emulation (390×844 @3×, hasTouch, isMobile).
//
//   node bench/browser_touch_scroll.mjs [--json] [--build DIR]   (after scripts/build.sh web)
//
// A finger goes down on the figures, moves 24 CSS px up at once (past the slop), then 2 CSS
// px per animation frame for 240 frames (the app scrolls the page under it every frame), then lifts and the content glides
// to a stop. Times are measured inside the app (GlfwRunner: events + GUI + models + charts +
// draw submission), read back through window.boomerang.frameTimes(). Goal: median
// at most 4 ms while the finger moves. Prints numbers; no assertions on speed.
import { join, resolve } from 'node:path';
import { ROOT, launchBrowser, settle } from '../tests/browser/harness.mjs';
import { Finger, swipeIntoView } from '../tests/browser/finger.mjs';
import { startServer } from '../scripts/serve.mjs';

const option = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const json = process.argv.includes('--json');
const siteDir = join(resolve(ROOT, option('--build', 'build/web')), 'site');
const SCREEN = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3 };
const STEPS = 240;
const STEP_CSS_PX = 2;
const GOAL_MS = 4;

function summary(times) {
  if (!times.length) return { frames: 0, median: null, p90: null, p99: null, max: null };
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { frames: sorted.length, median: at(0.5), p90: at(0.9), p99: at(0.99), max: sorted[sorted.length - 1] };
}
const format = (s) => (s.frames
  ? `${s.frames} frames, median ${s.median.toFixed(2)} ms, p90 ${s.p90.toFixed(2)} ms, p99 ${s.p99.toFixed(2)} ms, max ${s.max.toFixed(2)} ms`
  : 'no frames drawn');

const frameCount = (page) => page.evaluate(() => window.boomerang.frameCount());
async function framesSince(page, since) {
  const drawn = (await frameCount(page)) - since;
  if (drawn <= 0) return [];
  return (await page.evaluate(() => window.boomerang.frameTimes())).slice(-Math.min(drawn, 1024));
}
const nextFrame = (page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done())));
// Where the first figure card is: it moves as the page scrolls.
const firstCard = async (page) => {
  const widgets = await page.evaluate(() => window.boomerang.widgets());
  return Object.keys(widgets).find((key) => key.startsWith('figure.'));
};
const firstCardY = async (page) => (await page.evaluate(() => window.boomerang.widgets()))[await firstCard(page)].y;

const site = await startServer({ root: siteDir, port: 0 });
const browser = await launchBrowser();
let results;
try {
  const context = await browser.newContext({ ...SCREEN, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto(`${site.url}#p1.deal-web.1`);
  await page.waitForFunction(() => window.boomerang && window.boomerang.ready, null, { timeout: 180_000 });
  await settle(page);
  const finger = await Finger.on(page);
  const touch = (type, points) => finger.touch(type, points);
  // The figures come after the book's list of deals: bring the first card up, and start on it.
  const card = await swipeIntoView(finger, page, await firstCard(page), { bottom: SCREEN.viewport.height - 40 });
  await settle(page, { quietMs: 300 });

  const x = SCREEN.viewport.width / 2;
  // Below the first card: the figures (the list of deals above them scrolls on its own).
  let y = Math.max(card.y + card.height / 2, SCREEN.viewport.height - 100);
  const startY = await firstCardY(page);
  // Down, and at once past the slop (the browser holds back moves within ~15 px, and a finger
  // that stays within it for 0.5 s is a long press), then the measured moves.
  await touch('touchStart', [{ x, y }]);
  y -= 24;
  await touch('touchMove', [{ x, y }]);
  await nextFrame(page);
  const moveStart = await frameCount(page);
  for (let step = 0; step < STEPS; step++) {
    y -= STEP_CSS_PX;
    await touch('touchMove', [{ x, y }]);
    await nextFrame(page);
  }
  const moveTimes = await framesSince(page, moveStart);
  const movedY = await firstCardY(page);
  const glideStart = await frameCount(page);
  await touch('touchEnd', []);
  await settle(page, { quietMs: 300 });
  const glideTimes = await framesSince(page, glideStart);
  const endY = await firstCardY(page);
  if (!(movedY < startY)) throw new Error(`the finger did not scroll the page (first card at ${startY} → ${movedY})`);
  results = {
    chromium: browser.version(), screen: SCREEN, book: 'deal-web',
    moving: { ...summary(moveTimes), scrolledCssPx: startY - movedY, fingerCssPx: STEPS * STEP_CSS_PX },
    glide: { ...summary(glideTimes), scrolledCssPx: movedY - endY },
  };
  results.goalMet = results.moving.median <= GOAL_MS;
  await context.close();
} finally {
  await browser.close();
  site.server.close();
}

if (json) {
  console.log(JSON.stringify(results, null, 2));
} else {
  const { moving, glide } = results;
  console.log(`touch scroll of the deal web book on a phone (390×844 @3×), Chromium ${results.chromium}`);
  console.log(`finger moving:  ${format(moving)} (content scrolled ${moving.scrolledCssPx.toFixed(0)} CSS px ` +
    `for ${moving.fingerCssPx} px of finger)`);
  console.log(`glide after it: ${format(glide)} (scrolled ${glide.scrolledCssPx.toFixed(0)} CSS px more)`);
  console.log(results.goalMet ? `goal met: median at most ${GOAL_MS} ms while the finger moves`
    : `goal missed: median ${moving.median.toFixed(2)} ms > ${GOAL_MS} ms`);
}
