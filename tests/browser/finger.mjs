// A finger on the page, through Chromium's own touch input (CDP Input.dispatchTouchEvent): the
// browser's gesture handling runs as on a phone, so a swipe the app leaves alone scrolls the
// page around it. Coordinates are CSS pixels of the top-level page.
import { settle, widgetsOf } from './harness.mjs';

export class Finger {
  constructor(page, cdp) {
    this.page = page;
    this.cdp = cdp;
  }

  static async on(page) {
    return new Finger(page, await page.context().newCDPSession(page));
  }

  touch(type, points) {
    return this.cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points });
  }

  down(x, y) { return this.touch('touchStart', [{ x, y }]); }
  moveTo(x, y) { return this.touch('touchMove', [{ x, y }]); }
  up() { return this.touch('touchEnd', []); }

  // Down at (x, y), `steps` moves to (x + dx, y + dy), up.
  async swipe(x, y, dx, dy, { steps = 6 } = {}) {
    await this.down(x, y);
    for (let i = 1; i <= steps; i++) await this.moveTo(x + (dx * i) / steps, y + (dy * i) / steps);
    await this.up();
  }

  async tap(x, y) {
    await this.down(x, y);
    await this.up();
  }

  // Holds still at (x, y) until `done()` (evaluated in `target`) is true, then lifts.
  async longPress(x, y, target, done, { timeout = 10_000 } = {}) {
    await this.down(x, y);
    try {
      await target.waitForFunction(done, null, { timeout });
    } finally {
      await this.up();
    }
  }

  // Two fingers moving apart: a pinch.
  async pinch(x, y, spread = 80) {
    await this.touch('touchStart', [{ x: x - 10, y, id: 1 }, { x: x + 10, y, id: 2 }]);
    for (let i = 1; i <= 4; i++) {
      const d = 10 + (spread * i) / 4;
      await this.touch('touchMove', [{ x: x - d, y, id: 1 }, { x: x + d, y, id: 2 }]);
    }
    await this.up();
  }
}

// Swipes the app (in `target`: the page or an embed's frame) until widget `id` shows between
// `top` and `bottom` of the viewport; returns its rectangle. The finger swipes over the
// widget's own column (side by side, each column scrolls on its own). `origin` is where
// `target`'s (0, 0) is in the page (an iframe's corner).
export async function swipeIntoView(finger, target, id, { top = 80, bottom, origin = { x: 0, y: 0 } } = {}) {
  const height = bottom ?? (await target.evaluate(() => window.innerHeight)) - 40;
  const width = await target.evaluate(() => window.innerWidth);
  let previous = null;
  for (let attempt = 0; attempt < 60; attempt++) {
    await settle(target);
    const rect = (await widgetsOf(target))[id];
    if (!rect) throw new Error(`no widget '${id}'`);
    if (rect.y >= top && rect.y + rect.height <= height) return rect;
    if (previous && previous.y === rect.y && attempt > 2) throw new Error(`swiping does not move '${id}' (y ${rect.y})`);
    previous = rect;
    const middle = (top + height) / 2;
    const distance = Math.max(-300, Math.min(300, middle - (rect.y + rect.height / 2)));
    const x = Math.min(Math.max(rect.x + Math.min(rect.width / 2, 100), 8), width - 8);
    await finger.swipe(origin.x + x, origin.y + middle, 0, distance);
  }
  throw new Error(`could not swipe '${id}' into view`);
}
