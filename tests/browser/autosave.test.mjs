// The working book survives a reload: autosave restores it, whichever link form it
// was saved as (#p1., #b1. or an old #s1.), a shared link never silently replaces it, and a
// record the app cannot read is kept aside, not lost.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, openTab, stateOf, useSiteAndBrowser, waitForReady, widgetsOf } from './harness.mjs';
import {
  SCENARIO_LINKS, applyEdit, assertSameResults, cli, cliResults, cliResultsOfScenario, clickOn, permalinkOf, pickEdit,
  presetFragment, presetNamed, until, waitForNotice, waitForPermalink,
} from './guest.mjs';

const shared = useSiteAndBrowser();
const KEY = 'boomerang.autosave@1';

const savedRecord = (page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key) || 'null'), KEY);

// Waits until the saved record holds the book on screen (autosave follows edits after
// about 0.75 s).
async function waitForSave(page) {
  await until(page, async (key) => {
    const record = JSON.parse(localStorage.getItem(key) || 'null');
    return record && record.permalink === await window.boomerang.permalink();
  }, KEY, { timeout: 20_000, what: 'the autosave record to hold the book' });
}

// Opens `url` in a new tab of the same browser profile (as a link from a mail or chat does),
// collecting its problems into `problems`, and waits for the app.
async function openInNewTab(context, url, problems) {
  const { page } = await openTab(context, url, problems);
  await waitForReady(page);
  return page;
}

// Opens the page at a preset (the first visit: nothing saved yet) in a fresh browser profile.
const openPreset = () => openApp(shared.browser, `${shared.site.url}${presetFragment('amd-openai')}`);

// Edits the preset on `page` and waits until it is saved; returns the saved permalink.
async function makeSavedWork(page) {
  await applyEdit(page, pickEdit(await stateOf(page), await widgetsOf(page)));
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

const record = (permalink, title = '') => JSON.stringify({ permalink, title, saved_at: '2026-11-01T00:00:00Z' });

describe('autosave', () => {
  test('an edit is still there after reloading the page without its fragment', async () => {
    const { page, context, problems } = await openPreset();
    const saved = await makeSavedWork(page);
    assert.match(saved, /^p1\.amd-openai\.1\./, 'an edited preset is saved as its #p1. link with the edits');
    const { inputs, results } = await stateOf(page);
    await page.goto(shared.site.url);
    await waitForReady(page);
    assert.equal(await page.evaluate(() => location.hash), `#${saved}`, 'the address shows the restored book');
    assert.deepEqual((await stateOf(page)).inputs, inputs);
    assertSameResults((await stateOf(page)).results, results, 'the restored book', { exact: true });
    assert.equal((await stateOf(page)).view.notice, '');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a book saved as a #b1. link (no preset) is restored', async () => {
    const book = { ...presetNamed('oracle-openai').book, title: 'Oracle → OpenAI, my reading' };
    const link = cli(['link', '-'], JSON.stringify(book)).stdout.trim().slice(1);
    assert.match(link, /^b1\./);
    const { page, context, problems } = await openApp(shared.browser, shared.site.url);
    await plantRecord(page, record(link, book.title));
    await page.goto(shared.site.url);
    await waitForReady(page);
    const state = await stateOf(page);
    assert.equal(state.view.notice_is_error, false, state.view.notice);
    assert.equal(state.view.title, book.title);
    assertSameResults(state.results, cliResults(`#${link}`), 'the restored b1 book');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a record saved by the scenario version of the app (#s1.) is restored as a book', async () => {
    const { name, link } = SCENARIO_LINKS.find((entry) => entry.name === 'anthropic-spacex') ?? SCENARIO_LINKS[0];
    const { page, context, problems } = await openApp(shared.browser, shared.site.url);
    await plantRecord(page, record(link.slice(1), name));
    await page.goto(shared.site.url);
    await waitForReady(page);
    const state = await stateOf(page);
    assert.equal(state.view.notice_is_error, false, state.view.notice);
    assertSameResults(state.results, cliResultsOfScenario(link), `the ${name} scenario, restored`);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('opening a shared link keeps the saved work untouched, offers it back, and "Open my saved book" restores it', async () => {
    const { page: first, context, problems } = await openPreset();
    const saved = await makeSavedWork(first);
    const { inputs: savedInputs, results: savedResults } = await stateOf(first);
    const savedBefore = await savedRecord(first);
    await first.close();

    const link = presetFragment('deal-web');
    const page = await openInNewTab(context, `${shared.site.url}${link}`, problems);
    assert.equal(`#${await permalinkOf(page)}`, link, 'the link is shown, not the saved work');
    const view = await waitForNotice(page, /shared link/);
    assert.match(view.notice, /saved book/);
    const widgets = await widgetsOf(page);
    assert.ok(widgets['notice.open-saved'], 'the notice offers the saved book');
    assert.ok(widgets['notice.keep-link'], 'the notice offers to keep the link instead');

    // Edits in the link's session do not reach the saved work.
    await applyEdit(page, pickEdit(await stateOf(page), await widgetsOf(page)));
    await page.waitForTimeout(1500);
    assert.deepEqual(await savedRecord(page), savedBefore, 'the saved record is unchanged');
    assert.equal((await savedRecord(page)).permalink, saved);

    await clickOn(page, 'notice.open-saved');
    await waitForPermalink(page, saved);
    assert.deepEqual((await stateOf(page)).inputs, savedInputs);
    assertSameResults((await stateOf(page)).results, savedResults, 'the saved book, reopened', { exact: true });
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a damaged shared link says why in the app\'s words and still offers the saved work back', async () => {
    const { page: first, context, problems } = await openPreset();
    const saved = await makeSavedWork(first);
    await first.close();

    const page = await openInNewTab(context, `${shared.site.url}#b1.abc!def`, problems);
    const view = await waitForNotice(page, /could not be opened/);
    assert.equal(view.notice,
      "This link could not be opened: it is damaged: character 4 is not a letter, a digit, '-' or '_'. Showing the default book instead.");
    assert.ok((await widgetsOf(page))['notice.open-saved'], 'the notice offers the saved book');
    await clickOn(page, 'notice.open-saved');
    await waitForPermalink(page, saved);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('"Keep this one as my book instead" makes the link the saved work', async () => {
    const { page: first, context, problems } = await openPreset();
    await makeSavedWork(first);
    await first.close();
    const link = presetFragment('broadcom-openai');
    const page = await openInNewTab(context, `${shared.site.url}${link}`, problems);
    await waitForNotice(page, /shared link/);
    await clickOn(page, 'notice.keep-link');
    await until(page, ([key, want]) => JSON.parse(localStorage.getItem(key) || 'null')?.permalink === want,
      [KEY, link.slice(1)], { timeout: 20_000, what: 'the link to become the saved work' });
    assert.deepEqual(problems, []);
    await context.close();
  });

  for (const [what, text, pattern] of [
    ['not JSON', '{"permalink": "p1.eyJ', /could not be read/],
    ['a record whose #s1. link is broken', record('s1.broken!', 'x'), /could not be restored/],
    ['a record whose #b1. link is damaged', record('b1.AAECAwQFBgcICQoLDA0ODw', 'x'), /could not be restored/],
    ['a record whose preset version does not exist', record('p1.amd-openai.99', 'x'), /could not be restored/],
    ['a record without a link', JSON.stringify({ title: 'x' }), /could not be read/],
  ]) {
    test(`a saved record that is ${what} is kept under "${KEY}.damaged" with a notice`, async () => {
      const { page, context, problems } = await openApp(shared.browser, shared.site.url);
      const defaults = (await stateOf(page)).results;
      await plantRecord(page, text);
      await page.goto(shared.site.url);
      await waitForReady(page);
      const view = await waitForNotice(page, pattern);
      assert.equal(view.notice_is_error, true);
      assert.match(view.notice, /saved book/);
      assert.match(view.notice, new RegExp(`${KEY.replace(/[.@]/g, '\\$&')}\\.damaged`));
      assert.equal(await page.evaluate((key) => localStorage.getItem(`${key}.damaged`), KEY), text);
      assertSameResults((await stateOf(page)).results, defaults, 'the default book is shown', { exact: true });
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
});
