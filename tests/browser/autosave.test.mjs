// The working scenario survives a reload (issue 5): autosave restores it, a shared link
// never silently replaces it, and a record the app cannot read is kept aside, not lost.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { typeInto, useSiteAndBrowser } from './harness.mjs';
import { clickOn, openApp, permalinkOf, presetFragment, stateOf, waitForNotice, widgetsOf } from './guest.mjs';

const shared = useSiteAndBrowser();
const KEY = 'boomerang.autosave@1';

const savedRecord = (page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key) || 'null'), KEY);

// Waits until the saved record holds the scenario on screen (autosave follows edits after
// about 0.75 s).
async function waitForSave(page) {
  await page.waitForFunction((key) => {
    const record = JSON.parse(localStorage.getItem(key) || 'null');
    return record && record.permalink === window.boomerang.permalink();
  }, KEY, { timeout: 5000 });
}

// Opens `url` in a new tab of the same browser profile (as a link from a mail or chat does),
// collecting its problems into `problems`.
async function openInNewTab(context, url, problems) {
  const page = await context.newPage();
  page.on('console', (message) => { if (message.type() === 'error') problems.push(`console error: ${message.text()}`); });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.goto(url);
  await page.waitForFunction(() => window.boomerang?.ready, null, { timeout: 60_000 });
  return page;
}

// Edits the default scenario and waits until it is saved; returns the saved permalink.
async function makeSavedWork(page) {
  await typeInto(page, 'capacity.capacity_gw', '4.5 GW');
  await page.waitForFunction(() => window.boomerang.state().inputs.capacity.capacity_gw === 4.5);
  await waitForSave(page);
  return permalinkOf(page);
}

// Puts `text` in the autosave slot from a page of the same origin that does not run the app.
async function plantRecord(page, text) {
  const blank = `${shared.site.url}blank-for-storage.html`;
  await page.route(blank, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><link rel="icon" href="data:,">' }));
  await page.goto(blank);
  await page.evaluate(([key, value]) => { localStorage.clear(); localStorage.setItem(key, value); }, [KEY, text]);
}

describe('autosave', () => {
  test('an edit is still there after reloading the page without its fragment', async () => {
    const { page, context, problems } = await openApp(shared.browser, shared.site.url);
    const saved = await makeSavedWork(page);
    await page.waitForTimeout(1100);
    const inputs = (await stateOf(page)).inputs;
    await page.goto(shared.site.url);
    await page.waitForFunction(() => window.boomerang?.ready);
    assert.equal(await page.evaluate(() => location.hash), `#${saved}`, 'the address shows the restored scenario');
    assert.deepEqual((await stateOf(page)).inputs, inputs);
    assert.equal((await stateOf(page)).view.notice, '');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('opening a shared link keeps the saved work untouched, offers it back, and "Open my saved scenario" restores it', async () => {
    const { page: first, context, problems } = await openApp(shared.browser, shared.site.url);
    const saved = await makeSavedWork(first);
    const savedInputs = (await stateOf(first)).inputs;
    const record = await savedRecord(first);
    await first.close();

    const link = presetFragment('openai-1t');
    const page = await openInNewTab(context, `${shared.site.url}${link}`, problems);
    assert.equal(`#${await permalinkOf(page)}`, link, 'the link is shown, not the saved work');
    await waitForNotice(page, /shared link/);
    const widgets = await widgetsOf(page);
    assert.ok(widgets['notice.open-saved'], 'the notice offers the saved scenario');
    assert.ok(widgets['notice.keep-link'], 'the notice offers to keep the link instead');

    // Edits in the link's session do not reach the saved work.
    await typeInto(page, 'capacity.capacity_gw', '9 GW');
    await page.waitForFunction(() => window.boomerang.state().inputs.capacity.capacity_gw === 9);
    await page.waitForTimeout(1500);
    assert.deepEqual(await savedRecord(page), record, 'the saved record is unchanged');
    assert.equal((await savedRecord(page)).permalink, saved);

    await clickOn(page, 'notice.open-saved');
    await page.waitForFunction((want) => window.boomerang.permalink() === want, saved);
    assert.deepEqual((await stateOf(page)).inputs, savedInputs);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('"Keep this one as my scenario instead" makes the link the saved work', async () => {
    const { page: first, context, problems } = await openApp(shared.browser, shared.site.url);
    await makeSavedWork(first);
    await first.close();
    const link = presetFragment('amd-openai');
    const page = await openInNewTab(context, `${shared.site.url}${link}`, problems);
    await waitForNotice(page, /shared link/);
    await clickOn(page, 'notice.keep-link');
    await page.waitForFunction(([key, want]) => JSON.parse(localStorage.getItem(key) || 'null')?.permalink === want,
      [KEY, link.slice(1)], { timeout: 5000 });
    assert.deepEqual(problems, []);
    await context.close();
  });

  for (const [what, text, pattern] of [
    ['not JSON', '{"permalink": "s1.eyJ', /could not be read/],
    ['a record whose link is broken', JSON.stringify({ permalink: 's1.broken!', title: 'x', saved_at: '2025-01-01T00:00:00Z' }), /could not be restored/],
  ]) {
    test(`a saved record that is ${what} is kept under "${KEY}.damaged" with a notice`, async () => {
      const { page, context, problems } = await openApp(shared.browser, shared.site.url);
      const defaults = (await stateOf(page)).inputs;
      await plantRecord(page, text);
      await page.goto(shared.site.url);
      await page.waitForFunction(() => window.boomerang?.ready);
      const view = await waitForNotice(page, pattern);
      assert.equal(view.notice_is_error, true);
      assert.match(view.notice, new RegExp(`${KEY.replace(/[.@]/g, '\\$&')}\\.damaged`));
      assert.equal(await page.evaluate((key) => localStorage.getItem(`${key}.damaged`), KEY), text);
      assert.deepEqual((await stateOf(page)).inputs, defaults, 'the default scenario is shown');
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
});
