// The scenario in the address (issue 5): every preset round-trips through its permalink to
// the bit, a damaged link says so, Back and Forward follow committed edits, "Copy link" and
// "Copy embed code" put the right text on the clipboard, and nothing from a link is ever
// parsed as HTML.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nextFrames, screenshot, typeInto, useSiteAndBrowser } from './harness.mjs';
import {
  PRESETS, SCENARIOS, assertSameOutputs, cli, cliOutputs, clickOn, decodeFragment, openApp, permalinkOf,
  presetFragment, stateOf, waitForNotice, widgetsOf,
} from './guest.mjs';

const shared = useSiteAndBrowser();

// The address has caught up with the scenario (it follows edits after a short delay).
async function waitForAddress(page) {
  await page.waitForFunction(() => location.hash === `#${window.boomerang.permalink()}`);
}

describe('a permalink opens exactly the scenario it was made from', () => {
  for (const preset of PRESETS) {
    test(`${preset}: the page opened at boomerang-cli's link holds the preset's inputs and outputs, and links back with the same fragment`, async () => {
      const fragment = presetFragment(preset);
      const { page, context, problems } = await openApp(shared.browser, `${shared.site.url}${fragment}`);
      const state = await stateOf(page);
      const file = decodeFragment(fragment);
      for (const [section, inputs] of Object.entries(state.inputs)) {
        for (const [key, value] of Object.entries(inputs)) {
          if (typeof value === 'object' && value !== null) continue;
          assert.equal(value, file[section]?.[key], `${preset}: input ${section}.${key}`);
        }
      }
      assert.equal(state.view.title, file.title);
      assertSameOutputs(state.outputs, cliOutputs(fragment), preset, { exact: true });
      assert.equal(`#${await permalinkOf(page)}`, fragment, 'the page makes the same link');
      assert.equal(await page.evaluate(() => location.hash), fragment, 'the address keeps the link');
      // The scenario file the page would save is the one the CLI reads from the link.
      assert.equal(cli(['link', '-'], await page.evaluate(() => window.boomerang.scenario())).stdout.trim(), fragment);
      assert.equal(state.view.notice, '');
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
});

describe('a damaged link', () => {
  const fragment = presetFragment('amd-openai');
  // A character changed in the middle of the payload, the payload cut short, and no payload.
  const damaged = {
    'a changed character': `${fragment.slice(0, 60)}${fragment[60] === 'A' ? 'B' : 'A'}${fragment.slice(61)}`,
    'a cut-off payload': fragment.slice(0, Math.floor(fragment.length / 2)),
    'an unknown version': `#s9.${fragment.slice(4)}`,
  };
  for (const [what, link] of Object.entries(damaged)) {
    test(`a fragment with ${what} shows a message and the default scenario`, async () => {
      const reference = await openApp(shared.browser, shared.site.url);
      const defaults = await stateOf(reference.page);
      await reference.context.close();

      const { page, context, problems } = await openApp(shared.browser, `${shared.site.url}${link}`);
      const view = await waitForNotice(page, /could not be opened/);
      assert.equal(view.notice_is_error, true);
      assert.ok((await widgetsOf(page))['notice.text'], 'the notice is on screen');
      assert.deepEqual((await stateOf(page)).inputs, defaults.inputs);
      await screenshot(page, `damaged-link-${what.replace(/\W+/g, '-')}.png`);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
});

describe('Back and Forward', () => {
  test('one history entry per committed edit: a typed value adds one, a whole label drag adds one, Back and Forward restore each', async () => {
    const { page, context, problems } = await openApp(shared.browser, shared.site.url);
    await waitForAddress(page);
    const start = { length: await page.evaluate(() => history.length), state: await stateOf(page), link: await permalinkOf(page) };

    await typeInto(page, 'capacity.capacity_gw', '7 GW');
    await page.waitForFunction(() => window.boomerang.state().inputs.capacity.capacity_gw === 7);
    await waitForAddress(page);
    const typed = { length: await page.evaluate(() => history.length), state: await stateOf(page), link: await permalinkOf(page) };
    assert.equal(typed.length, start.length + 1, 'typing a value adds one entry');

    // Drag a label to scrub its value: many small moves over more than the address's delay.
    const label = (await widgetsOf(page))['capacity.gpus_per_gw.label'];
    const from = { x: label.x + 20, y: label.y + label.height / 2 };
    await page.mouse.move(from.x, from.y);
    await nextFrames(page, 1);
    await page.mouse.down();
    for (let step = 1; step <= 25; step++) {
      await page.mouse.move(from.x + step * 6, from.y);
      await page.waitForTimeout(30);
    }
    await page.mouse.up();
    await nextFrames(page, 2);
    await page.waitForFunction((before) => window.boomerang.state().inputs.capacity.gpus_per_gw !== before,
      typed.state.inputs.capacity.gpus_per_gw);
    await waitForAddress(page);
    await page.waitForTimeout(400);  // a late sync would add a second entry: give it time
    const dragged = { length: await page.evaluate(() => history.length), state: await stateOf(page), link: await permalinkOf(page) };
    assert.ok(dragged.state.inputs.capacity.gpus_per_gw > typed.state.inputs.capacity.gpus_per_gw, 'dragging right raised the value');
    assert.equal(dragged.length, typed.length + 1, 'a whole drag adds one entry');

    await page.evaluate(() => history.back());
    await page.waitForFunction((want) => window.boomerang.permalink() === want, typed.link);
    assert.deepEqual((await stateOf(page)).inputs, typed.state.inputs, 'Back restores the typed value');
    await page.evaluate(() => history.back());
    await page.waitForFunction((want) => window.boomerang.permalink() === want, start.link);
    assert.deepEqual((await stateOf(page)).inputs, start.state.inputs, 'Back again restores the start');
    await page.evaluate(() => history.forward());
    await page.waitForFunction((want) => window.boomerang.permalink() === want, typed.link);
    await page.evaluate(() => history.forward());
    await page.waitForFunction((want) => window.boomerang.permalink() === want, dragged.link);
    assert.deepEqual((await stateOf(page)).inputs, dragged.state.inputs, 'Forward twice restores the drag');
    assert.equal(await page.evaluate(() => history.length), dragged.length, 'going back and forth adds no entries');
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('the share buttons', () => {
  test('"Copy link" puts the permalink URL on the clipboard and the notice confirms it', async () => {
    const { page, context, problems } = await openApp(shared.browser, shared.site.url);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(shared.site.url).origin });
    await typeInto(page, 'capacity.capacity_gw', '3 GW');
    await page.waitForFunction(() => window.boomerang.state().inputs.capacity.capacity_gw === 3);
    await clickOn(page, 'share.copy_link');
    await waitForNotice(page, /Link copied/);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, `${shared.site.url}#${await permalinkOf(page)}`);
    // The copied link opens the same scenario in a fresh browser.
    const other = await openApp(shared.browser, copied);
    assert.deepEqual((await stateOf(other.page)).inputs, (await stateOf(page)).inputs);
    await other.context.close();
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the embed dialog opens and "Copy embed code" yields a lazy, titled, sandboxed <iframe> snippet', async () => {
    const { page, context, problems } = await openApp(shared.browser, `${shared.site.url}${presetFragment('anthropic-spacex')}`);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(shared.site.url).origin });
    await clickOn(page, 'share.embed');
    await clickOn(page, 'embed.copy.iframe');
    await waitForNotice(page, /Embed code copied/);
    const code = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(code, /^<iframe [^>]*><\/iframe>$/);
    assert.match(code, / loading="lazy"/);
    assert.match(code, / title="Boomerang: [^"]+"/);
    assert.match(code, / sandbox="[^"]*allow-scripts[^"]*"/);
    assert.doesNotMatch(code, /allow-same-origin/);
    const src = code.match(/ src="([^"]+)"/)[1].replaceAll('&amp;', '&');
    assert.ok(src.startsWith(`${shared.site.url}?embed=1`), src);
    assert.ok(src.endsWith(`#${await permalinkOf(page)}`), 'the embed opens this scenario');
    await screenshot(page, 'embed-dialog.png');
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('nothing from a link is parsed as HTML', () => {
  test('a fragment holding HTML creates no element and runs nothing', async () => {
    const { page, context, problems } = await openPage2(`${shared.site.url}#<img src=x onerror=alert(1)>`);
    await waitForNotice(page, /could not be opened/);
    assert.equal(await page.evaluate(() => document.querySelectorAll('img').length), 0);
    assert.deepEqual(page.dialogs, []);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a link whose title is HTML shows the title as text only', async () => {
    const title = '<img src=x onerror=window.pwned=1>';
    const file = JSON.parse(readFileSync(join(SCENARIOS, 'amd-openai.json'), 'utf8'));
    file.title = title;
    const path = join(mkdtempSync(join(tmpdir(), 'boomerang-')), 'html-title.json');
    writeFileSync(path, JSON.stringify(file));
    const fragment = cli(['link', path]).stdout.trim();
    const { page, context, problems } = await openPage2(`${shared.site.url}${fragment}`);
    assert.equal((await stateOf(page)).view.title, title);
    await page.waitForTimeout(600);  // summary and autosave have run
    await clickOn(page, 'share.embed');  // the embed code shows the title (escaped) in the dialog
    assert.equal(await page.evaluate(() => document.querySelectorAll('img').length), 0);
    assert.equal(await page.evaluate(() => window.pwned), undefined);
    assert.equal(await page.evaluate(() => document.title), 'Boomerang: the compute-deal calculator');
    assert.deepEqual(page.dialogs, []);
    assert.deepEqual(problems, []);
    await context.close();
  });
});

// openApp, and every dialog (alert, confirm) the page opens is recorded and dismissed.
async function openPage2(url) {
  const context = await shared.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const problems = [];
  page.dialogs = [];
  page.on('dialog', (dialog) => { page.dialogs.push(dialog.message()); dialog.dismiss(); });
  page.on('console', (message) => { if (message.type() === 'error') problems.push(message.text()); });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(url);
  await page.waitForFunction(() => window.boomerang && window.boomerang.ready, null, { timeout: 60_000 });
  return { page, context, problems };
}
