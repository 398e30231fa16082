// Browser monkey test: thousands of random mouse, keyboard and wheel events over every panel,
// in three window sizes (both layouts), and on the phone-sized window touch too: taps,
// swipes, long presses and pinches. Throughout: no console error, no
// uncaught exception, no Wasm abort, the page keeps answering and drawing, every number the
// app reports (the deal's inputs and figures, the book's results) stays finite, and no input is left waiting in Dear
// ImGui's queue when the app stops drawing (docs/TESTING.md, "Monkey test").
//
//   node --test tests/browser/monkey.test.mjs                              a random seed
//   BOOMERANG_MONKEY_SEED=1234 node --test tests/browser/monkey.test.mjs   replay a seed
//   BOOMERANG_MONKEY_EVENTS=500 ...                                        fewer events (default 5000)
//
// The seed is printed at the start and in every failure, with the command that replays it.
import { test } from 'node:test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { SCREENSHOTS, SITE, useSiteAndBrowser, waitForReady, watchProblems } from './harness.mjs';
import {
  RawInput, eventCountFromEnv, jsonDifferences, mulberry32, performRandomEvent, seedFromEnv, stateProblems, targetsOf,
} from './monkey.mjs';

const SEED = seedFromEnv();
const EVENTS = eventCountFromEnv();
const REPLAY = [
  `BOOMERANG_MONKEY_SEED=${SEED}`,
  ...(EVENTS === 5000 ? [] : [`BOOMERANG_MONKEY_EVENTS=${EVENTS}`]),
  ...(process.env.BOOMERANG_SITE_DIR ? [`BOOMERANG_SITE_DIR=${process.env.BOOMERANG_SITE_DIR}`] : []),
  'node --test tests/browser/monkey.test.mjs',
].join(' ');

// The window sizes, in order, and the share of the events each gets: wide (two columns),
// phone (one column), and just wide enough for two columns again. Software WebGL draws a
// 1280x800 frame three to four times slower than the smaller ones, so it gets fewer events.
const VIEWPORTS = [
  { from: 0.0, width: 1280, height: 800 },
  { from: 0.2, width: 390, height: 844, touch: true },
  { from: 0.6, width: 700, height: 500 },
];
const BATCH = 8;                   // events sent between two looks at the screen
const CHECK_EVERY = 250;           // events between two full checks of the state
const MAX_WAIT_FRAMES = 40;        // most frames waited for after one batch
const SETTLE_FRAMES = 12;          // frames given to the app beyond the estimate before a check
const IDLE_TICKS = 6;              // animation frames without a new app frame: the app is idle
const ANSWER_TIMEOUT_MS = 60_000;  // the page must answer a call within this
const HISTORY = 20;                // events shown in a failure

console.log(`monkey: seed ${SEED}, ${EVENTS} events. Replay: ${REPLAY}`);

// BOOMERANG_SITE_DIR serves another build (say, a saved copy to replay a failure against).
const shared = useSiteAndBrowser({ root: process.env.BOOMERANG_SITE_DIR || SITE });

// Waits for `promise` (a call into the page), failing if the page does not answer in time.
async function answered(promise, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the page did not answer (${what}) within ${ANSWER_TIMEOUT_MS / 1000} s`)), ANSWER_TIMEOUT_MS);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

// In the page: waits until the app has drawn frame `target` (or stops drawing: an app that
// draws only on input is idle), then reports what is on screen.
function lookAtScreen(page, target) {
  return answered(page.evaluate(async ({ target, idleTicks }) => {
    const b = window.boomerang;
    const result = { errors: b.errors.slice(), ready: b.ready };
    try {
      let last = b.frameCount();
      let still = 0;
      while (last < target && still < idleTicks) {
        await new Promise((resolve) => requestAnimationFrame(resolve));
        const now = b.frameCount();
        still = now === last ? still + 1 : 0;
        last = now;
      }
      Object.assign(result, { frame: b.frameCount(), widgets: b.widgets(), viewport: { width: innerWidth, height: innerHeight } });
    } catch (error) {
      result.exception = String((error && error.stack) || error);
    }
    result.errors = b.errors.slice();
    return result;
  }, { target, idleTicks: IDLE_TICKS }), 'waiting for frames');
}

// In the page: resolves once the app has drawn a frame after `frame`; false after `ms`.
function drawsAfter(page, frame, ms) {
  return answered(page.evaluate(({ frame, ms }) => new Promise((resolve) => {
    const start = performance.now();
    const poll = () => {
      if (window.boomerang.frameCount() > frame) resolve(true);
      else if (performance.now() - start > ms) resolve(false);
      else requestAnimationFrame(poll);
    };
    poll();
  }), { frame, ms }), 'waiting for a frame');
}

test(`monkey: ${EVENTS} random events over every panel (seed ${SEED})`, { timeout: 30 * 60_000 }, async (t) => {
  t.diagnostic(`seed ${SEED}; replay: ${REPLAY}`);
  const started = Date.now();
  const { browser, site } = shared;
  const context = await browser.newContext({
    viewport: { width: VIEWPORTS[0].width, height: VIEWPORTS[0].height }, deviceScaleFactor: 1, acceptDownloads: true,
  });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.url).origin });
  const page = await context.newPage();

  // Dialogs are dismissed and kept in page.dialogs.
  const problems = watchProblems(page);
  const notes = { downloads: 0, fileChoosers: 0, popups: 0 };
  page.on('crash', () => problems.push('the page crashed'));
  // Sharing buttons may offer downloads, open a file picker, a dialog or a new tab: each is
  // dismissed and counted, never a failure.
  page.on('download', (download) => { notes.downloads++; download.cancel().catch(() => {}); });
  page.on('filechooser', () => { notes.fileChoosers++; });
  context.on('page', (other) => { notes.popups++; other.close().catch(() => {}); });

  await page.goto(site.url);
  await waitForReady(page);
  const home = site.url.replace(/#.*$/, '');
  page.on('framenavigated', (frame) => {
    // The app keeps the book in the address's #fragment; anything else is leaving.
    if (frame === page.mainFrame() && frame.url().replace(/#.*$/, '') !== home) problems.push(`the page navigated away to ${frame.url()}`);
  });

  const cdp = await context.newCDPSession(page);
  const input = new RawInput(cdp);
  const random = mulberry32(SEED);
  const history = [];
  let index = 0;
  let viewportIndex = 0;
  let viewport = { width: VIEWPORTS[0].width, height: VIEWPORTS[0].height };
  let frameDebt = 0;  // frames Dear ImGui may still need for events already sent
  let firstInputs = null, lastInputs = null, changedChecks = 0;  // is the monkey changing the book?

  const fail = async (why, details = []) => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const shot = join(SCREENSHOTS, `monkey-failure-${SEED}.png`);
    await page.screenshot({ path: shot, timeout: 10_000 }).catch(() => {});
    const lines = [
      `monkey: ${why}`,
      ...details.map((d) => `  ${d}`),
      `seed ${SEED}, at event ${index} of ${EVENTS}, window ${viewport.width}x${viewport.height}`,
      `replay: ${REPLAY}`,
      `screenshot: ${shot}`,
      `last ${Math.min(HISTORY, history.length)} events:`,
      ...history.slice(-HISTORY).map((e) => `  ${e}`),
    ];
    throw new Error(lines.join('\n'));
  };

  const look = async (target) => {
    let screen;
    try {
      await answered(input.flush(), 'taking input');
      screen = await lookAtScreen(page, target);
    } catch (error) {
      await fail(`the page stopped answering: ${error.message}`, problems);
    }
    if (screen.exception || screen.errors.length || !screen.ready) {
      await fail('the app failed', [...screen.errors, ...(screen.exception ? [screen.exception] : []), ...problems]);
    }
    if (problems.length) await fail('the page reported problems', problems);
    return screen;
  };

  // The state, with the book (what Export would save), which must be JSON.
  const readState = async () => {
    try {
      return await answered(page.evaluate(() => {
        const book = window.boomerang.book();
        JSON.parse(book);  // what Export would save must be JSON
        return { ...window.boomerang.state(), book };
      }), 'reading the state');
    } catch (error) {
      return fail(`reading the state failed: ${error.message}`, problems);
    }
  };

  // Full check: every event sent has been taken in, the app still draws after an input,
  // and every number it reports is finite.
  const check = async () => {
    let screen = await look(0);
    // Give Dear ImGui the frames it still needs for what is queued (an app that draws only
    // on input may stop sooner: that is checked next).
    screen = await look(screen.frame + frameDebt + SETTLE_FRAMES);
    frameDebt = 0;
    const settled = await readState();
    // A mouse move without buttons changes no input. If it does, events were still waiting
    // in Dear ImGui's queue when the app stopped drawing: an Enter that commits only when
    // the mouse next moves.
    const frame = screen.frame;
    // Inside the window: a drag may have ended beyond its edge, where a move without buttons
    // reaches no page at all (as with a real mouse).
    input.move(Math.min(Math.max(input.mouse.x, 0), viewport.width - 1),
               Math.min(Math.max(input.mouse.y, 0), viewport.height - 1));
    await answered(input.flush(), 'taking input');
    if (!(await drawsAfter(page, frame, 15_000))) await fail('the app did not draw a frame within 15 s of an input', problems);
    screen = await look(frame + SETTLE_FRAMES);
    const state = await readState();
    if (JSON.stringify(state.inputs) !== JSON.stringify(settled.inputs) || state.book !== settled.book ||
        state.view?.typing !== settled.view?.typing) {
      const changed = jsonDifferences(settled.inputs, state.inputs, 'inputs');
      if (state.book !== settled.book) {
        changed.push('the book changed:', ...jsonDifferences(JSON.parse(settled.book), JSON.parse(state.book)).map((d) => `  ${d}`));
      }
      await fail('input was left unprocessed: the app stopped drawing with events still queued, and a mouse move ' +
        'that changes nothing by itself let them through', [
        ...changed, `typing: ${settled.view?.typing} -> ${state.view?.typing}`,
        `active widget: ${settled.view?.active_widget} -> ${state.view?.active_widget}`,
        `Dear ImGui's input: ${JSON.stringify(settled.view?.input)} -> ${JSON.stringify(state.view?.input)}`, ...problems]);
    }
    const wrong = stateProblems(state);
    if (wrong.length) await fail('a number the app reports is not finite', wrong);
    history.push(`-- check passed after event ${index}`);
    checkedAt = index;
    const inputs = state.book;
    if (inputs !== lastInputs) changedChecks++;
    lastInputs = inputs;
    console.log(`monkey: ${index}/${EVENTS} events, ${((Date.now() - started) / 1000).toFixed(0)} s, all finite` +
      `${inputs === firstInputs ? ', the book as loaded' : ''}`);
    return screen;
  };

  let screen = await look(0);
  firstInputs = lastInputs = await page.evaluate(() => window.boomerang.book());
  let nextCheck = CHECK_EVERY;
  let checkedAt = -1;
  while (index < EVENTS) {
    const next = VIEWPORTS[viewportIndex + 1];
    if (next && index >= Math.floor(next.from * EVENTS)) {
      if (checkedAt !== index) await check();
      viewportIndex++;
      viewport = { width: next.width, height: next.height };
      await page.setViewportSize(viewport);
      // A phone: a touch screen (the page then sees a coarse pointer and sizes for fingers).
      await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: !!next.touch, maxTouchPoints: next.touch ? 5 : 1 });
      history.push(`-- window resized to ${viewport.width}x${viewport.height}`);
      const frame = (await look(0)).frame;
      input.move(viewport.width / 2, viewport.height / 2);
      screen = await look(frame + 5);
    }
    const targets = targetsOf(screen.widgets, viewport);
    let cost = 0;
    const batchEnd = Math.min(EVENTS, index + BATCH, next ? Math.floor(next.from * EVENTS) : EVENTS);
    for (; index < batchEnd; index++) {
      const event = performRandomEvent(random, input, targets, viewport, { touch: !!VIEWPORTS[viewportIndex].touch });
      history.push(`#${index} ${event.text}`);
      if (history.length > 4 * HISTORY) history.splice(0, history.length - 2 * HISTORY);
      cost += event.frames;
    }
    const before = screen.frame;
    frameDebt += cost;
    screen = await look(before + Math.min(frameDebt, MAX_WAIT_FRAMES));
    frameDebt = Math.max(0, frameDebt - (screen.frame - before));
    if (index >= nextCheck) {
      screen = await check();
      nextCheck += CHECK_EVERY;
    }
  }
  if (checkedAt !== index) await check();

  const seconds = (Date.now() - started) / 1000;
  const summary = `monkey: seed ${SEED}, ${EVENTS} events in ${seconds.toFixed(1)} s, ${screen.frame} frames; ` +
    `the book changed between ${changedChecks} pairs of checks; ` +
    `dismissed ${notes.downloads} downloads, ${notes.fileChoosers} file pickers, ${page.dialogs.length} dialogs, ${notes.popups} new tabs`;
  console.log(summary);
  t.diagnostic(summary);
  await context.close();
});
