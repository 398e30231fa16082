// Helpers for the tests of the page around the app (issue 5: links, autosave, embed, files,
// idle): the CLI as the reference, the app's state through window.boomerang, widgets inside
// an iframe, notices and downloads.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, openPage, waitForReady } from './harness.mjs';

export const CLI = process.env.BOOMERANG_CLI || join(ROOT, 'build/native/src/cli/boomerang-cli');
export const SCENARIOS = join(ROOT, 'assets/scenarios');
export const PRESETS = JSON.parse(readFileSync(join(SCENARIOS, 'index.json'), 'utf8')).presets
  .map((file) => file.replace(/\.json$/, ''));
export const FIXTURES = join(ROOT, 'tests/browser/fixtures');

// ---- The CLI as the reference -------------------------------------------------------------

// Runs boomerang-cli; `input` goes to its standard input. Returns { status, stdout, stderr }.
export function cli(args, input) {
  const run = spawnSync(CLI, args, { input, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

// The permalink fragment ("#s1.…") of a preset, as the CLI writes it.
export function presetFragment(preset) {
  return execFileSync(CLI, ['link', join(SCENARIOS, `${preset}.json`)], { encoding: 'utf8' }).trim();
}

// Every output of a scenario (a file path, a link or '-' with `input`), as the CLI computes it.
export function cliOutputs(fileOrLink, input) {
  return JSON.parse(execFileSync(CLI, ['eval', '--json', fileOrLink], { input, encoding: 'utf8' }));
}

// The scenario a "#s1.…" fragment carries (base64url of the scenario JSON).
export function decodeFragment(fragment) {
  const payload = fragment.replace(/^#/, '').replace(/^s1\./, '');
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
}

// Every scalar output on the page equals the CLI's: to the last bit when `exact`, otherwise
// to 1e-9 relative (the page is Wasm, the CLI native code: the same formulas, but the C
// library's exp/log/pow may round the last bit differently).
export function assertSameOutputs(pageOutputs, cliResults, context, { exact = false } = {}) {
  let compared = 0;
  for (const [section, outputs] of Object.entries(pageOutputs)) {
    for (const [key, value] of Object.entries(outputs)) {
      if (typeof value === 'object' && value !== null) continue;  // per-company maps
      const expected = cliResults[section]?.[key];
      assert.ok(expected !== undefined, `${context}: the CLI has no ${section}.${key}`);
      compared++;
      if (exact || value === null || expected === null) {
        assert.equal(value, expected, `${context}: ${section}.${key}`);
      } else {
        const scale = Math.max(Math.abs(expected), 1e-300);
        assert.ok(Math.abs(value - expected) / scale < 1e-9, `${context}: ${section}.${key} page ${value} vs CLI ${expected}`);
      }
    }
  }
  assert.ok(compared > 20, `${context}: only ${compared} outputs compared`);
}

// ---- The page -----------------------------------------------------------------------------

// Opens the app at `url` and waits until it has drawn its first frame.
export async function openApp(browser, url, options) {
  const opened = await openPage(browser, url, options);
  await waitForReady(opened.page);
  return opened;
}

export const stateOf = (target) => target.evaluate(() => window.boomerang.state());
export const widgetsOf = (target) => target.evaluate(() => window.boomerang.widgets());
export const permalinkOf = (target) => target.evaluate(() => window.boomerang.permalink());
export const scenarioOf = (target) => target.evaluate(() => window.boomerang.scenario());

// Waits until the notice bar shows text matching `pattern`; returns the view.
export async function waitForNotice(target, pattern, { timeout = 10_000 } = {}) {
  try {
    await target.waitForFunction(([source, flags]) => new RegExp(source, flags).test(window.boomerang.state().view.notice),
      [pattern.source, pattern.flags], { timeout });
  } catch (error) {
    const view = (await stateOf(target)).view;
    throw new Error(`no notice matching ${pattern}; the notice is ${JSON.stringify(view.notice)}`);
  }
  return (await stateOf(target)).view;
}

// Waits until the app has stopped drawing: after input it draws a few frames and pauses
// (frame_scheduler.cpp), so "no new frame for 150 ms" means the last input has been handled.
// (Waiting for N more frames would race with the pause.)
export async function settle(target, { quietMs = 150, timeout = 10_000 } = {}) {
  const deadline = Date.now() + timeout;
  let last = await target.evaluate(() => window.boomerang.frameCount());
  for (let quietSince = Date.now(); Date.now() - quietSince < quietMs;) {
    if (Date.now() > deadline) throw new Error('the app kept drawing');
    await new Promise((resolve) => setTimeout(resolve, 40));
    const now = await target.evaluate(() => window.boomerang.frameCount());
    if (now !== last) { last = now; quietSince = Date.now(); }
  }
}

// Clicks a widget by id with real mouse events: the pointer goes there first (Dear ImGui
// sees the hover), then presses. Waits for the widget to be on screen (a popup appears a
// frame after the click that opens it) and for the app to handle the click. Returns its
// rectangle.
export async function clickOn(page, widgetId, { timeout = 5000 } = {}) {
  await page.waitForFunction((id) => window.boomerang.widgets()[id], widgetId, { timeout })
    .catch(async () => {
      throw new Error(`no widget '${widgetId}' on screen; have: ${Object.keys(await widgetsOf(page)).join(', ')}`);
    });
  await settle(page);
  const rect = (await widgetsOf(page))[widgetId];
  await page.mouse.move(rect.x + rect.width / 2, rect.y + rect.height / 2);
  await settle(page);
  await page.mouse.click(rect.x + rect.width / 2, rect.y + rect.height / 2);
  await settle(page);
  return rect;
}

// Opens the Export menu and picks an entry; returns the download's file name and bytes.
export async function exportVia(page, entry) {
  await clickOn(page, 'share.export');
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 15_000 }),
    clickOn(page, `export.${entry}`),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}

// Width and height from a PNG's IHDR chunk, after checking the signature.
export function pngSize(bytes) {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  assert.ok(bytes.subarray(0, 8).equals(signature), 'the file starts with the PNG signature');
  assert.equal(bytes.subarray(12, 16).toString('latin1'), 'IHDR', 'the first chunk is IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

// The rectangle of the element `selector` in the page, in CSS pixels.
export async function boxOf(page, selector) {
  const box = await page.locator(selector).boundingBox();
  assert.ok(box, `${selector} is on screen`);
  return box;
}

// Opens a scenario by dropping a file on the page: a real DataTransfer with a File in it,
// dispatched as dragenter/dragover/drop on the canvas as a browser does.
export async function dropFile(page, { name, bytes, type = 'application/json' }) {
  await page.evaluate(({ name, data, type }) => {
    const file = new File([Uint8Array.from(atob(data), (c) => c.charCodeAt(0))], name, { type });
    const transfer = new DataTransfer();
    transfer.items.add(file);
    const target = document.getElementById('canvas');
    const { left, top, width, height } = target.getBoundingClientRect();
    const at = { clientX: left + width / 2, clientY: top + height / 2, bubbles: true, cancelable: true, dataTransfer: transfer };
    for (const type of ['dragenter', 'dragover', 'drop']) target.dispatchEvent(new DragEvent(type, at));
  }, { name, data: Buffer.from(bytes).toString('base64'), type });
}
