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

export async function startSite() {
  return startServer({ root: SITE, port: 0 });
}

// Serves the site and starts Chromium once for a test file; both stop after its tests.
// Returns an object whose `site` and `browser` are set by the time tests run.
export function useSiteAndBrowser() {
  const shared = {};
  before(async () => {
    shared.site = await startSite();
    shared.browser = await launchBrowser();
  });
  after(async () => {
    await shared.browser?.close();
    shared.site?.server.close();
  });
  return shared;
}

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}

// Opens the page and collects every console error, uncaught exception and failed load.
// `problems` is checked by the test at its end: a clean run has none.
export async function openPage(browser, url, { width = 1280, height = 800, deviceScaleFactor = 1 } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.goto(url);
  return { page, context, problems };
}

export async function waitForReady(page) {
  await page.waitForFunction(() => window.boomerang && (window.boomerang.ready || window.boomerang.errors.length),
    null, { timeout: 60_000 });
  const errors = await page.evaluate(() => window.boomerang.errors);
  if (errors.length) throw new Error(`the page reported: ${errors.join('; ')}`);
}

export async function screenshot(page, name) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, name);
  await page.screenshot({ path });
  return path;
}

// Clicks into a widget (by the id the app reports) and types `text` followed by Enter,
// with real mouse and keyboard events on the canvas.
export async function typeInto(page, widgetId, text) {
  for (let attempt = 1; ; attempt++) {
    const widgets = await page.evaluate(() => window.boomerang.widgets());
    const rect = widgets[widgetId];
    if (!rect) throw new Error(`no widget '${widgetId}' on screen; have: ${Object.keys(widgets).join(', ')}`);
    await page.mouse.click(rect.x + rect.width / 2, rect.y + rect.height / 2);
    // The click hit the field once the app reports it as the widget in use and taking text.
    const focused = await page.waitForFunction((id) => {
      const view = window.boomerang.state().view;
      return view.typing && view.active_widget === id;
    }, widgetId, { timeout: 2000 }).then(() => true, () => false);
    if (focused) break;
    if (attempt === 3) throw new Error(`clicking '${widgetId}' did not focus it`);
    await page.keyboard.press('Escape');
  }
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text, { delay: 20 });
  await page.keyboard.press('Enter');
  // Dear ImGui takes queued keys a few per frame; the entry is committed when the field
  // lets go of the keyboard.
  await page.waitForFunction((id) => window.boomerang.state().view.active_widget !== id, widgetId);
}

// Waits until the app has drawn `count` more frames (so the widget rectangles describe
// what is on screen after the last input).
// Waits until `count` more frames are drawn. The page draws only after input (it is idle
// otherwise), so this asks for frames as it waits, like an input would.
export async function nextFrames(page, count = 2) {
  const start = await page.evaluate(() => window.boomerang.frameCount());
  await page.waitForFunction((target) => {
    window.boomerang.wake();
    return window.boomerang.frameCount() >= target;
  }, start + count);
}

// Scrolls the panel under `scrollAt` (CSS pixels) with the mouse wheel until the widget is
// fully inside the viewport. Returns its rectangle.
export async function scrollIntoView(page, widgetId, scrollAt) {
  const viewport = page.viewportSize();
  const rectOf = async () => {
    await nextFrames(page);
    const rect = (await page.evaluate(() => window.boomerang.widgets()))[widgetId];
    if (!rect) throw new Error(`no widget '${widgetId}' on screen`);
    return rect;
  };
  let lastY = null;
  for (let attempt = 0; attempt < 40; attempt++) {
    // Wheel events reach the page asynchronously: trust a position only once it holds still.
    let rect = await rectOf();
    for (let previous = null; !previous || previous.y !== rect.y; ) [previous, rect] = [rect, await rectOf()];
    const below = rect.y + rect.height - (viewport.height - 24);
    const above = 24 - rect.y;
    if (below <= 0 && above <= 0) return rect;
    // The panel cannot scroll further: take the widget where it is if all of it shows.
    if (rect.y === lastY && rect.y >= 0 && rect.y + rect.height <= viewport.height) return rect;
    lastY = rect.y;
    await page.mouse.move(scrollAt.x, scrollAt.y);
    await page.mouse.wheel(0, below > 0 ? Math.min(below + 40, 400) : -Math.min(above + 40, 400));
  }
  throw new Error(`could not scroll '${widgetId}' into view`);
}

export async function clickWidget(page, widgetId) {
  const rect = (await page.evaluate(() => window.boomerang.widgets()))[widgetId];
  if (!rect) throw new Error(`no widget '${widgetId}' on screen`);
  await page.mouse.click(rect.x + rect.width / 2, rect.y + rect.height / 2);
  await nextFrames(page);
}
