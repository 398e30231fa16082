// Helpers for the browser tests of books (docs/BOOK.md): the CLI as the reference, the app's
// state through window.boomerang, presets, deals and edits driven with real input, widgets
// inside an iframe, notices and downloads.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, bringIntoView, openApp, settle, sleep, stateOf, typeInto, waitForReady, widgetsOf } from './harness.mjs';

export { bringIntoView, openApp, settle, stateOf, widgetsOf };

export const CLI = process.env.BOOMERANG_CLI || join(ROOT, 'build/native/src/cli/boomerang-cli');
export const BOOKS = join(ROOT, 'assets/books');
export const FIXTURES = join(ROOT, 'tests/browser/fixtures');
export const SCENARIO_FIXTURES = join(ROOT, 'tests/fixtures/scenario-v1');

// The presets as assets/books/index.json lists them: { id: "amd-openai", version: 1,
// file: "amd-openai-v1.json", path, book (the parsed file) }.
export const PRESETS = JSON.parse(readFileSync(join(BOOKS, 'index.json'), 'utf8')).presets.map((file) => {
  const [, id, version] = file.match(/^(.*)-v(\d+)\.json$/);
  const path = join(BOOKS, file);
  return { id, version: Number(version), file, path, book: JSON.parse(readFileSync(path, 'utf8')) };
});
export const presetNamed = (id) => PRESETS.find((preset) => preset.id === id) ?? assert.fail(`no preset ${id}`);

// The old scenario@1 links that must keep opening: [{ name, link }].
export const SCENARIO_LINKS = readFileSync(join(SCENARIO_FIXTURES, 'links.txt'), 'utf8').trim().split('\n')
  .map((line) => line.trim().split(/\s+/)).map(([name, link]) => ({ name, link }));

// The headline parser's corpus, which tests/parse reads too: a sentence's text by its id.
export const CORPUS = JSON.parse(readFileSync(join(ROOT, 'tests/parse/corpus.json'), 'utf8')).sentences;
export const corpusText = (id) => CORPUS.find((sentence) => sentence.id === id)?.text ??
  assert.fail(`no sentence ${id} in tests/parse/corpus.json`);

// The term blocks a deal of a book file can have (docs/BOOK.md, "A deal").
export const BLOCKS = ['capacity', 'rental', 'exit', 'financing', 'project_finance', 'warrants'];
export const blocksOf = (deal) => BLOCKS.filter((block) => deal[block] !== undefined);

// ---- The CLI as the reference -------------------------------------------------------------

// Runs boomerang-cli; `input` goes to its standard input. Returns { status, stdout, stderr }.
export function cli(args, input) {
  const run = spawnSync(CLI, args, { input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function cliOk(args, input) {
  const run = cli(args, input);
  assert.equal(run.status, 0, `boomerang-cli ${args.join(' ').slice(0, 200)} failed: ${run.stderr}`);
  return run.stdout;
}

// A preset's link ("#p1.amd-openai.1"), as the CLI writes it for the preset's file.
export function presetFragment(id) {
  return cliOk(['link', presetNamed(id).path]).trim();
}

// boomerang/book-results@1 of a book: a file path, a link, or '-' with the book's text as `input`.
export function cliResults(fileOrLink, input) {
  const results = JSON.parse(cliOk(['eval', '--json', fileOrLink], input));
  assert.equal(results.schema, 'boomerang/book-results@1', `boomerang-cli eval --json ${fileOrLink.slice(0, 60)} gives book results`);
  return results;
}

// The book results of an old scenario@1 file or #s1. link: the book boomerang-cli convert
// makes of it, evaluated (`eval --json` of a scenario prints boomerang/results@1 instead).
export function cliResultsOfScenario(fileOrLink) {
  return cliResults('-', cliOk(['convert', fileOrLink]));
}

// Writes `text` to a fresh temporary file called `name`; returns its path.
export function tempFile(name, text) {
  const path = join(mkdtempSync(join(tmpdir(), 'boomerang-')), name);
  writeFileSync(path, text);
  return path;
}

// ---- Comparing results --------------------------------------------------------------------

// A number of the page equal to the CLI's: to 1e-9 relative (the page is Wasm, the CLI native
// code: the same formulas, but the C library's exp/log/pow may round the last bit
// differently), or within 1e-12 near zero.
export const sameNumber = (actual, expected) => actual === expected ||
  Math.abs(actual - expected) <= 1e-9 * Math.max(Math.abs(expected), Math.abs(actual)) ||
  Math.abs(actual - expected) < 1e-12;

// Where `actual` differs from `expected`: the same keys, arrays of the same length, equal
// strings and booleans, and numbers by sameNumber, or exactly with `exact`.
export function differences(actual, expected, { exact = false } = {}, path = '', out = []) {
  if (out.length >= 20) return out;
  if (typeof expected === 'number' && typeof actual === 'number') {
    const same = exact ? Object.is(actual, expected) || actual === expected : sameNumber(actual, expected);
    if (!same) out.push(`${path}: page ${actual}, expected ${expected}`);
  } else if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) out.push(`${path}: page ${JSON.stringify(actual)?.slice(0, 80)}, expected an array`);
    else if (actual.length !== expected.length) out.push(`${path}: page has ${actual.length} items, expected ${expected.length}`);
    else expected.forEach((item, i) => differences(actual[i], item, { exact }, `${path}[${i}]`, out));
  } else if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) {
      out.push(`${path}: page ${JSON.stringify(actual)?.slice(0, 80)}, expected an object`);
    } else {
      for (const key of new Set([...Object.keys(expected), ...Object.keys(actual)])) {
        const at = path ? `${path}.${key}` : key;
        if (!(key in actual)) out.push(`${at}: missing on the page (expected ${JSON.stringify(expected[key])?.slice(0, 80)})`);
        else if (!(key in expected)) out.push(`${at}: on the page (${JSON.stringify(actual[key])?.slice(0, 80)}) but not expected`);
        else differences(actual[key], expected[key], { exact }, at, out);
      }
    }
  } else if (actual !== expected) {
    out.push(`${path}: page ${JSON.stringify(actual)?.slice(0, 80)}, expected ${JSON.stringify(expected)?.slice(0, 80)}`);
  }
  return out;
}

export function assertSameResults(actual, expected, context, options) {
  const found = differences(actual, expected, options);
  assert.deepEqual(found, [], `${context}: the page's results differ${found.length >= 20 ? ' (first 20)' : ''}:\n  ${found.join('\n  ')}`);
}

// ---- The page -----------------------------------------------------------------------------

// permalink() is a Promise in the page (a #b1. link is compressed by the browser); evaluate
// waits for it.
export const permalinkOf = (target) => target.evaluate(() => window.boomerang.permalink());
export const bookOf = (target) => target.evaluate(() => window.boomerang.book());

// Polls `fn(arg)` in the page (it may be async, unlike waitForFunction's predicate) until it
// returns something truthy; returns that. `what` names the wait in the error.
export async function until(target, fn, arg, { timeout = 30_000, interval = 100, what = 'a condition' } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    last = await target.evaluate(fn, arg);
    if (last) return last;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await sleep(interval);
  }
}

// The address has caught up with the book (it follows edits after a short delay).
export async function waitForAddress(target, options = {}) {
  await until(target, async () => location.hash === `#${await window.boomerang.permalink()}`, undefined,
    { what: 'the address to show the book\'s link', ...options });
  return permalinkOf(target);
}

// Waits until the book's link is `want` (without '#').
export async function waitForPermalink(target, want, options = {}) {
  await until(target, async (link) => (await window.boomerang.permalink()) === link, want,
    { what: `the link ${want.slice(0, 40)}…`, ...options });
}

// Waits until the notice bar shows text matching `pattern`; returns the view.
export async function waitForNotice(target, pattern, { timeout = 20_000 } = {}) {
  try {
    await target.waitForFunction(([source, flags]) => new RegExp(source, flags).test(window.boomerang.state().view.notice),
      [pattern.source, pattern.flags], { timeout });
  } catch (error) {
    const view = (await stateOf(target)).view;
    throw new Error(`no notice matching ${pattern}; the notice is ${JSON.stringify(view.notice)}`);
  }
  return (await stateOf(target)).view;
}

// Clicks a widget by id with real mouse events: the pointer goes there first (Dear ImGui
// sees the hover), then presses. Waits for the widget to be on screen (a popup appears a
// frame after the click that opens it) and for the app to handle the click. Returns its
// rectangle.
export async function clickOn(page, widgetId, { timeout = 20_000 } = {}) {
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

// Picks a preset in the presets menu and waits until its book is open.
export async function selectPreset(page, id, { timeout = 120_000 } = {}) {
  const title = presetNamed(id).book.title;
  const deadline = Date.now() + timeout;
  for (let attempt = 1; ; attempt++) {
    await bringIntoView(page, 'presets');
    await clickOn(page, 'presets');
    await clickOn(page, `preset.${id}`).catch(async (error) => {
      await page.keyboard.press('Escape');
      if (attempt >= 3) throw error;
    });
    const opened = await page.waitForFunction(([want, wantTitle]) => {
      const { view, results } = window.boomerang.state();
      return view.preset === want && results.title === wantTitle;
    }, [id, title], { timeout: Math.max(5_000, Math.min(30_000, deadline - Date.now())) }).then(() => true, () => false);
    if (opened) return;
    if (attempt >= 3 || Date.now() > deadline) {
      const { view } = await stateOf(page);
      throw new Error(`choosing preset.${id} in the presets menu did not open it (view.preset ${JSON.stringify(view.preset)})`);
    }
    await page.keyboard.press('Escape');
  }
}

// Selects a deal in the deal list and waits until the page shows it.
export async function selectDeal(page, dealId, { timeout = 60_000 } = {}) {
  for (let attempt = 1; ; attempt++) {
    await bringIntoView(page, `deal.select.${dealId}`);
    await clickOn(page, `deal.select.${dealId}`);
    const selected = await page.waitForFunction((id) => {
      const state = window.boomerang.state();
      return state.view.selected_deal === id && state.deal && state.deal.id === id;
    }, dealId, { timeout: attempt >= 3 ? timeout : 10_000 }).then(() => true, () => false);
    if (selected) return;
    if (attempt >= 3) {
      const { view } = await stateOf(page);
      throw new Error(`clicking deal.select.${dealId} did not select it (view.selected_deal ${JSON.stringify(view.selected_deal)})`);
    }
  }
}

// Edits a person could type into the selected deal's numeric fields: the field, what is
// typed and the number the field then holds. The first that fits the deal is used
// (pickEdit); each avoids the value the field already has.
const EDITS = [
  ['capacity', 'capacity_gw', (v) => { const gw = Math.floor(v) + 2; return [`${gw} GW`, gw]; }],
  ['rental', 'monthly_rate_usd', (v) => (v === 2e9 ? ['$3bn', 3e9] : ['$2bn', 2e9])],
  ['exit', 'notice_days', (v) => (v === 45 ? ['60 days', 60] : ['45 days', 45])],
  ['exit', 'headline_value_usd', (v) => (v === 15e9 ? ['$16B', 16e9] : ['$15B', 15e9])],
  ['financing', 'investor_gross_margin_fraction', (v) => (v === 0.6 ? ['55%', 0.55] : ['60%', 0.6])],
  ['financing', 'stake_value_usd', (v) => (v === 25e9 ? ['$20B', 20e9] : ['$25B', 25e9])],
  ['project_finance', 'debt_usd', (v) => (v === 60e9 ? ['$50B', 50e9] : ['$60B', 60e9])],
  ['project_finance', 'equity_usd', (v) => (v === 20e9 ? ['$25B', 25e9] : ['$20B', 20e9])],
  ['warrants', 'share_price_usd', (v) => (v === 250 ? ['$300', 300] : ['$250', 250])],
  ['capacity', 'gpus_per_gw', (v) => (v === 400_000 ? ['450k', 450_000] : ['400k', 400_000])],
];

// An edit for the selected deal, given state() and widgets(): a field of the deal that holds
// a number and that the page draws as an editable field (it has a label to scrub; a computed
// value has none). Null if none of EDITS fits.
export function pickEdit(state, widgets) {
  for (const [block, key, next] of EDITS) {
    const current = state.inputs?.[block]?.[key];
    const id = `${block}.${key}`;
    if (typeof current !== 'number' || !widgets[id] || !widgets[`${id}.label`]) continue;
    const [text, value] = next(current);
    return { id, block, key, text, value };
  }
  return null;
}

// A number read back as it was typed or computed in the page, to 1e-12 relative.
export const close = (a, b) => typeof a === 'number' && Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b));

// Types an edit (from pickEdit) into its field with real mouse and keyboard events and waits
// until the deal holds the new value.
export async function applyEdit(page, edit) {
  await bringIntoView(page, edit.id);
  await typeInto(page, edit.id, edit.text);
  const held = await page.waitForFunction(([block, key, value]) => {
    const v = window.boomerang.state().inputs?.[block]?.[key];
    return typeof v === 'number' && Math.abs(v - value) <= 1e-12 * Math.max(Math.abs(v), Math.abs(value));
  }, [edit.block, edit.key, edit.value], { timeout: 30_000 }).then(() => true, () => false);
  const now = (await stateOf(page)).inputs?.[edit.block]?.[edit.key];
  assert.ok(held || close(now, edit.value), `typing ${edit.text} into ${edit.id} gives ${edit.value}; the field holds ${now}`);
}

// Opens the Export menu and picks an entry; returns the download's file name and bytes.
export async function exportVia(page, entry) {
  await clickOn(page, 'share.export');
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }),
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

// ---- An embed in a host page (tests/browser/fixtures/embed-host*.html) --------------------

// The app in the host page's iframe, once it is ready.
export async function waitForEmbed(page) {
  await page.waitForFunction(() => document.getElementById('embed')?.src);
  let frame;
  for (let i = 0; i < 200 && !(frame = page.frames().find((f) => f.url().includes('embed=1'))); i++) await page.waitForTimeout(50);
  assert.ok(frame, 'the iframe loads the embed');
  await waitForReady(frame);
  return frame;
}

// Scrolls the host page to `y` and waits until it is there.
export async function scrollHostTo(page, y) {
  await page.evaluate((top) => window.scrollTo(0, top), y);
  await page.waitForFunction((top) => Math.abs(window.scrollY - top) < 1, y);
}

// ---- Files ----------------------------------------------------------------------------------

// Opens a file by dropping it on the page: a real DataTransfer with a File in it,
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

// Checks that the figure cards on screen belong to the selected deal: every card
// "figure.<block>.<key>" is one of the deal's figures (state().outputs, its figures in the
// results) in a block the deal has, and each block with figures shows at least one card.
export function assertCardsOfDeal(state, widgets, context) {
  const blocks = new Set([...(state.deal.blocks ?? []), 'deal']);
  const figures = state.outputs;
  const cards = Object.keys(widgets).filter((id) => id.startsWith('figure.')).map((id) => {
    const [, block, ...key] = id.split('.');
    return { id, block, key: key.join('.') };
  });
  for (const card of cards) {
    assert.ok(blocks.has(card.block), `${context}: card ${card.id} is of block ${card.block}, which deal ${state.deal.id} ` +
      `does not have (its blocks: ${[...blocks].join(', ')})`);
    assert.ok(figures[card.block]?.[card.key] !== undefined,
      `${context}: card ${card.id} is not a figure of deal ${state.deal.id} (its figures: ${Object.entries(figures)
        .map(([b, f]) => `${b}: ${Object.keys(f).join(' ')}`).join('; ')})`);
  }
  for (const block of Object.keys(figures)) {
    if (!Object.keys(figures[block]).length) continue;
    assert.ok(cards.some((card) => card.block === block), `${context}: no figure card of block ${block} for deal ${state.deal.id}`);
  }
  return cards.length;
}
