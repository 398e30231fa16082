// What the browser benchmarks share: the web build they time (--build, default build/web) and
// the app's frame CPU times, which it measures itself (GlfwRunner: events + GUI + models +
// charts + draw submission) and keeps for its last 1024 frames (window.boomerang.frameTimes()).
import { join, resolve } from 'node:path';
import { option } from '../scripts/options.mjs';
import { ROOT, frameCount } from '../tests/browser/harness.mjs';

export const WEB_BUILD = resolve(ROOT, option('--build', 'build/web'));
export const SITE_DIR = join(WEB_BUILD, 'site');

// Frame times of the frames drawn since frame number `since`.
export async function framesSince(page, since) {
  const drawn = (await frameCount(page)) - since;
  if (drawn <= 0) return [];
  return (await page.evaluate(() => window.boomerang.frameTimes())).slice(-Math.min(drawn, 1024));
}

// Waits for the browser's next animation frame, in which the app runs its frame after the
// input just sent (it registered its callback first). A loop that sleeps while idle may
// draw nothing in it.
export const nextFrame = (page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done())));

// Frames, median, p90, p99 and max of a list of frame times in ms.
export function summary(times) {
  if (!times.length) return { frames: 0, median: null, p90: null, p99: null, max: null };
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { frames: sorted.length, median: at(0.5), p90: at(0.9), p99: at(0.99), max: sorted[sorted.length - 1] };
}

// A summary as one line.
export const format = (s) => (s.frames
  ? `${s.frames} frames, median ${s.median.toFixed(2)} ms, p90 ${s.p90.toFixed(2)} ms, p99 ${s.p99.toFixed(2)} ms, max ${s.max.toFixed(2)} ms`
  : 'no frames drawn');
