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
import { flag } from '../scripts/options.mjs';
import { frameCount, openApp, settle, widgetsOf, withSiteAndBrowser } from '../tests/browser/harness.mjs';
import { Finger, swipeIntoView } from '../tests/browser/finger.mjs';
import { SITE_DIR, format, framesSince, nextFrame, summary } from './browser_bench.mjs';

const json = flag('--json');
const SCREEN = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3 };
const STEPS = 240;
const STEP_CSS_PX = 2;
const GOAL_MS = 4;

// Where the first figure card is: it moves as the page scrolls.
const firstCard = async (page) => {
  const widgets = await widgetsOf(page);
  return Object.keys(widgets).find((key) => key.startsWith('figure.'));
};
const firstCardY = async (page) => (await widgetsOf(page))[await firstCard(page)].y;

const results = await withSiteAndBrowser(SITE_DIR, async ({ site, browser }) => {
  const { page, context } = await openApp(browser, `${site.url}#p1.deal-web.1`,
    { ...SCREEN.viewport, deviceScaleFactor: SCREEN.deviceScaleFactor, touch: true });
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
  const measured = {
    chromium: browser.version(), screen: SCREEN, book: 'deal-web',
    moving: { ...summary(moveTimes), scrolledCssPx: startY - movedY, fingerCssPx: STEPS * STEP_CSS_PX },
    glide: { ...summary(glideTimes), scrolledCssPx: movedY - endY },
  };
  measured.goalMet = measured.moving.median <= GOAL_MS;
  await context.close();
  return measured;
});

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
