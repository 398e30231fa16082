// Shared set-up for the browser tests: serve the built site, start Debian's Chromium
// headless through playwright-core, and fail on any console error or Wasm abort.
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SITE = join(ROOT, 'build/web/site');
export const SCREENSHOTS = join(ROOT, 'build/web/screenshots');

const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  // Newer Chromium makes the software WebGL fallback opt-in.
  '--enable-unsafe-swiftshader', '--use-angle=swiftshader',
];

export async function startSite(root = SITE) {
  return startServer({ root, port: 0 });
}

// Serves the site (or the build at `root`) and starts Chromium once for a test file; both stop
// after its tests. With `hostRoot`, a second server serves the pages that embed the app: another
// port is another origin, so the embed is cross-origin as on a real article.
// Returns an object whose `site`, `browser` (and `host`) are set by the time tests run.
export function useSiteAndBrowser({ root = SITE, hostRoot } = {}) {
  const shared = {};
  before(async () => {
    shared.site = await startSite(root);
    if (hostRoot) shared.host = await startServer({ root: hostRoot, port: 0 });
    shared.browser = await launchBrowser();
  });
  after(async () => {
    await shared.browser?.close();
    shared.site?.server.close();
    shared.host?.server.close();
  });
  return shared;
}

// For scripts (benchmarks, screenshots): serves `root`, starts Chromium, runs `use({ site,
// browser })` and stops both, whatever happens; returns what `use` returns.
export async function withSiteAndBrowser(root, use) {
  const site = await startSite(root);
  const browser = await launchBrowser();
  try {
    return await use({ site, browser });
  } finally {
    await browser.close();
    site.server.close();
  }
}

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}

// Records every console error and uncaught exception of `page` in `problems` (returned), which
// the test checks at its end: a clean run has none. Every dialog (alert, confirm) the page
// opens is dismissed and its message kept in `page.dialogs`.
export function watchProblems(page, problems = []) {
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.dialogs = [];
  page.on('dialog', (dialog) => { page.dialogs.push(dialog.message()); dialog.dismiss().catch(() => {}); });
  return problems;
}

// Opens `url` in a new tab of `context` (the same browser profile, as a link from a mail
// does), watching its problems (into `problems`, when the tab shares its profile's list).
export async function openTab(context, url, problems = []) {
  const page = await context.newPage();
  watchProblems(page, problems);
  await page.goto(url);
  return { page, context, problems };
}

// A blank tab in a fresh browser profile, watching its problems: for a test that listens to
// the page (requests, init scripts) before it goes anywhere.
// `touch`: a phone's or tablet's touch screen (hasTouch, isMobile: a coarse pointer).
export async function newPage(browser, { width = 1280, height = 800, deviceScaleFactor = 1, touch = false } = {}) {
  const context = await browser.newContext({
    viewport: { width, height }, deviceScaleFactor, ...(touch ? { hasTouch: true, isMobile: true } : {}),
  });
  // The machine has two cores and may be compiling meanwhile: waits get time to spare.
  context.setDefaultTimeout(60_000);
  const page = await context.newPage();
  return { page, context, problems: watchProblems(page) };
}

// Opens the page in a fresh browser profile (newPage's options), watching its problems.
export async function openPage(browser, url, options) {
  const opened = await newPage(browser, options);
  await opened.page.goto(url);
  return opened;
}

// Waits until the app in `target` (a page or an iframe's frame) has drawn its first frame and
// opened its book; fails with what the page reported if it could not start.
export async function waitForReady(target) {
  // A loaded 2-core machine can take over a minute to compile the Wasm module.
  await target.waitForFunction(() => window.boomerang && (window.boomerang.ready || window.boomerang.errors.length),
    null, { timeout: 180_000 });
  const errors = await target.evaluate(() => window.boomerang.errors);
  if (errors.length) throw new Error(`the page reported: ${errors.join('; ')}`);
}

// openPage, then waitForReady.
export async function openApp(browser, url, options) {
  const opened = await openPage(browser, url, options);
  await waitForReady(opened.page);
  return opened;
}

// What the app reports through window.boomerang (docs/WEB.md), from a page or a frame.
export const stateOf = (target) => target.evaluate(() => window.boomerang.state());
export const widgetsOf = (target) => target.evaluate(() => window.boomerang.widgets());
export const frameCount = (target) => target.evaluate(() => window.boomerang.frameCount());

export async function screenshot(page, name) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, name);
  await page.screenshot({ path });
  return path;
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// Waits until the app has stopped drawing: after input it draws a few frames and pauses
// (frame_scheduler.cpp), so "no new frame for 150 ms" means the last input has been handled.
// (Waiting for N more frames would race with the pause.)
export async function settle(target, { quietMs = 150, timeout = 20_000 } = {}) {
  const deadline = Date.now() + timeout;
  let last = await frameCount(target);
  for (let quietSince = Date.now(); Date.now() - quietSince < quietMs;) {
    if (Date.now() > deadline) throw new Error('the app kept drawing');
    await sleep(40);
    const now = await frameCount(target);
    if (now !== last) { last = now; quietSince = Date.now(); }
  }
}

// Scrolls the panel holding `widgetId` with the mouse wheel until the widget is inside the
// viewport and below the header (whose buttons are the widgets with ids without a '.');
// returns its rectangle. The wheel turns over the widget's own column, as near the widget
// as the window allows.
export async function bringIntoView(page, widgetId, { margin = 12 } = {}) {
  const viewport = page.viewportSize();
  const look = async () => {
    await settle(page);
    const widgets = await widgetsOf(page);
    const rect = widgets[widgetId];
    if (!rect) throw new Error(`no widget '${widgetId}'; have: ${Object.keys(widgets).join(', ')}`);
    const header = Object.entries(widgets).filter(([id]) => !id.includes('.')).map(([, r]) => r.y + r.height);
    // A header button itself is never under the header.
    const top = widgetId.includes('.') && header.length ? Math.max(...header) + margin : margin;
    return { rect, top };
  };
  let stuck = 0;
  let previous = null;
  for (let attempt = 0; attempt < 40; attempt++) {
    const { rect, top } = await look();
    const below = rect.y + rect.height - (viewport.height - margin);
    const above = top - rect.y;
    if (below <= 0 && above <= 0) return rect;
    if (previous && previous.y === rect.y) {
      // The panel cannot scroll further: take the widget where it is if it shows at all.
      if (++stuck >= 2 && rect.y >= top - margin && rect.y + Math.min(rect.height, 20) <= viewport.height) return rect;
    } else {
      stuck = 0;
    }
    previous = rect;
    const x = Math.min(Math.max(rect.x + Math.min(rect.width / 2, 120), 4), viewport.width - 4);
    const y = Math.min(Math.max(rect.y + rect.height / 2, top + 40), viewport.height - 40);
    await page.mouse.move(x, y);
    await page.mouse.wheel(0, below > 0 ? Math.min(below + 60, 400) : -Math.min(above + 60, 400));
  }
  throw new Error(`could not scroll '${widgetId}' into view`);
}

// Clicks into a widget (by the id the app reports) and types `text` followed by Enter,
// with real mouse and keyboard events on the canvas. Scrolls it into view first.
export async function typeInto(page, widgetId, text) {
  for (let attempt = 1; ; attempt++) {
    const rect = await bringIntoView(page, widgetId);
    // The pointer arrives first and the app draws a frame with it there, as with a person.
    await page.mouse.move(rect.x + rect.width / 2, rect.y + rect.height / 2);
    await nextFrames(page, 2);
    await page.mouse.click(rect.x + rect.width / 2, rect.y + rect.height / 2);
    // The click hit the field once the app reports it as the widget in use and taking text.
    const focused = await page.waitForFunction((id) => {
      const view = window.boomerang.state().view;
      return view.typing && view.active_widget === id;
    }, widgetId, { timeout: 5000 }).then(() => true, () => false);
    if (focused) break;
    if (attempt === 4) throw new Error(`clicking '${widgetId}' did not focus it`);
    await page.keyboard.press('Escape');
  }
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text, { delay: 20 });
  await page.keyboard.press('Enter');
  // Dear ImGui takes queued keys a few per frame; the entry is committed when the field
  // lets go of the keyboard.
  await page.waitForFunction((id) => window.boomerang.state().view.active_widget !== id, widgetId, { timeout: 60_000 });
}

// Waits until `count` more frames are drawn. The page draws only after input (it is idle
// otherwise), so this asks for frames as it waits, like an input would.
export async function nextFrames(page, count = 2) {
  const start = await frameCount(page);
  await page.waitForFunction((target) => {
    window.boomerang.wake();
    return window.boomerang.frameCount() >= target;
  }, start + count, { timeout: 60_000 });
}
