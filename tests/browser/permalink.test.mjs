// The book in the address (docs/BOOK.md, "Links"): a preset links as #p1.<preset>.<version>,
// exactly as boomerang-cli writes it, and an edited preset as #p1.… with its edits; any other
// book as #b1.… (compressed by the browser), which the CLI reads back to the same numbers;
// old #s1. scenario links still open, as books; a damaged link says so and shows the
// default book; Back and Forward follow committed edits; "Copy link" and "Copy embed code"
// put the right text on the clipboard; nothing from a link is ever parsed as HTML.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { deflateRawSync } from 'node:zlib';
import { nextFrames, screenshot, typeInto, useSiteAndBrowser } from './harness.mjs';
import {
  PRESETS, SCENARIO_LINKS, applyEdit, assertSameResults, bookOf, bringIntoView, cli, cliResults, cliResultsOfScenario,
  clickOn, dropFile, openApp, permalinkOf, pickEdit, presetFragment, presetNamed, selectDeal, selectPreset, settle, stateOf,
  tempFile, until, waitForAddress, waitForNotice, waitForPermalink, widgetsOf,
} from './guest.mjs';

const shared = useSiteAndBrowser();

// Opens `link` (with '#') in a fresh page; returns its state, then closes it.
async function stateInFreshPage(link) {
  const { page, context, problems } = await openApp(shared.browser, `${shared.site.url}${link}`);
  const state = await stateOf(page);
  const permalink = await permalinkOf(page);
  assert.deepEqual(problems, [], `opening ${link.slice(0, 60)}…`);
  await context.close();
  return { state, permalink };
}

// The default book's results, as a fresh page without a fragment shows them.
async function defaultResults() {
  const { page, context } = await openApp(shared.browser, shared.site.url);
  const { results } = await stateOf(page);
  await context.close();
  return results;
}

describe('a preset links as boomerang-cli links it', () => {
  for (const preset of PRESETS) {
    test(`${preset.id}: chosen in the menu, it gets boomerang-cli's link, which opens the same book in a fresh page`, async () => {
      const fragment = presetFragment(preset.id);
      assert.equal(fragment, `#p1.${preset.id}.${preset.version}`);
      const { page, context, problems } = await openApp(shared.browser, shared.site.url);
      await selectPreset(page, preset.id);
      assert.equal(`#${await waitForAddress(page)}`, fragment, 'the page makes the CLI\'s link');
      assert.equal(await page.evaluate(() => location.hash), fragment, 'the address holds it');
      const here = await stateOf(page);

      const there = await stateInFreshPage(fragment);
      assertSameResults(there.state.results, here.results, `${preset.id} opened from ${fragment}`, { exact: true });
      assertSameResults(there.state.results, cliResults(preset.path), `${preset.id} opened from ${fragment} vs the CLI`);
      assert.equal(there.state.view.preset, preset.id);
      assert.equal(there.state.view.notice, '');
      assert.equal(`#${there.permalink}`, fragment, 'the opened page links back with the same fragment');
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
});

describe('edited books', () => {
  test('an edited preset gets a #p1. link with its edits, as boomerang-cli --preset makes it, that opens the same book', async () => {
    const preset = presetNamed('amd-openai');
    const { page, context, problems } = await openApp(shared.browser, `${shared.site.url}${presetFragment(preset.id)}`);
    const edit = pickEdit(await stateOf(page), await widgetsOf(page));
    assert.ok(edit, 'a field to edit');
    await applyEdit(page, edit);
    await until(page, async (start) => (await window.boomerang.permalink()).startsWith(start), `p1.${preset.id}.${preset.version}.`,
      { what: 'a p1 link with edits' });
    const link = await waitForAddress(page);
    const book = await bookOf(page);
    const cliLink = cli(['link', '--preset', `${preset.id}-v${preset.version}`, '-'], book);
    assert.equal(cliLink.status, 0, cliLink.stderr);
    assert.equal(`#${link}`, cliLink.stdout.trim(), 'the same link as boomerang-cli link --preset');
    const here = await stateOf(page);
    assertSameResults(here.results, cliResults(`#${link}`), 'boomerang-cli eval of the link');

    const there = await stateInFreshPage(`#${link}`);
    assertSameResults(there.state.results, here.results, 'the link opened in a fresh page', { exact: true });
    assert.equal(there.permalink, link);
    assert.equal(there.state.inputs[edit.block][edit.key], edit.value, 'the edit travelled with the link');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a book with a deal removed gets a #b1. link that opens the same book, in a fresh page and in boomerang-cli', async () => {
    const { page, context, problems } = await openApp(shared.browser, `${shared.site.url}${presetFragment('coreweave-openai')}`);
    const before = await stateOf(page);
    assert.equal(before.results.deals.length, 3);
    const removed = before.results.deals[2].id;
    await selectDeal(page, removed);
    await bringIntoView(page, 'deal.remove');
    await clickOn(page, 'deal.remove');
    await page.waitForFunction(() => window.boomerang.state().results.deals.length === 2);
    const here = await stateOf(page);
    assert.ok(!here.view.deal_ids.includes(removed), 'the deal is gone from the list');
    const link = await waitForAddress(page);
    assert.match(link, /^b1\.[A-Za-z0-9_-]+$/, 'a compressed link: the edit is too long for a p1. link');
    assertSameResults(cliResults(`#${link}`), here.results, 'boomerang-cli eval of the page\'s b1 link');

    const there = await stateInFreshPage(`#${link}`);
    assertSameResults(there.state.results, here.results, 'the b1 link opened in a fresh page', { exact: true });
    assert.equal(there.permalink, link, 'the opened page links back with the same fragment');
    assert.equal(there.state.view.notice_is_error, false);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a book opened from a file gets a #b1. link that opens the same book, in a fresh page and in boomerang-cli', async () => {
    const book = JSON.parse(JSON.stringify(presetNamed('anthropic-spacex').book));
    book.title = 'My own copy of Anthropic → SpaceX, at $1.5B a month';
    book.deals[0].rental.monthly_rate_usd = 1.5e9;
    const text = JSON.stringify(book, null, 2);
    const { page, context, problems } = await openApp(shared.browser, shared.site.url);
    await dropFile(page, { name: 'my-book.json', bytes: Buffer.from(text) });
    await page.waitForFunction((title) => window.boomerang.state().results.title === title, book.title);
    const here = await stateOf(page);
    assertSameResults(here.results, cliResults('-', text), 'the file as the CLI evaluates it');
    const link = await waitForAddress(page);
    assert.match(link, /^b1\./);
    assertSameResults(cliResults(`#${link}`), here.results, 'boomerang-cli eval of the page\'s b1 link');
    const there = await stateInFreshPage(`#${link}`);
    assertSameResults(there.state.results, here.results, 'the b1 link opened in a fresh page', { exact: true });
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a #b1. link boomerang-cli made opens the book it holds', async () => {
    const book = JSON.parse(JSON.stringify(presetNamed('deal-web').book));
    book.title = 'The deal web without Broadcom';
    book.deals = book.deals.filter((deal) => deal.id !== 'broadcom-openai');
    const path = tempFile('web.json', JSON.stringify(book));
    const link = cli(['link', path]).stdout.trim();
    assert.match(link, /^#b1\./);
    const { state } = await stateInFreshPage(link);
    assertSameResults(state.results, cliResults(path), 'the CLI\'s b1 link in the page');
    assert.equal(state.view.notice_is_error, false);
  });
});

describe('old #s1. scenario links', () => {
  for (const { name, link } of SCENARIO_LINKS) {
    test(`${name}: opens as a book with the figures boomerang-cli gives the converted scenario, and links on as #b1.`, async () => {
      const { page, context, problems } = await openApp(shared.browser, `${shared.site.url}${link}`);
      const here = await stateOf(page);
      assert.equal(here.view.notice_is_error, false, `no error: ${here.view.notice}`);
      assertSameResults(here.results, cliResultsOfScenario(link), `${name} from its #s1. link`);
      // The page now links to the book; that link opens the same numbers.
      const book = await waitForAddress(page);
      assert.match(book, /^(b1|p1)\./, 'a book link replaces the scenario link');
      const there = await stateInFreshPage(`#${book}`);
      assertSameResults(there.state.results, here.results, `${name}: the book link in a fresh page`, { exact: true });
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
});

describe('a damaged link', () => {
  const b1 = cli(['link', '-'], JSON.stringify({ ...presetNamed('amd-openai').book, title: 'Edited' })).stdout.trim();
  const b1Of = (bytes) => `#b1.${deflateRawSync(bytes).toString('base64url')}`;
  const damaged = {
    'a b1 link that is not base64url': '#b1.abc!def$ghi',
    'a b1 link that unpacks to more than a book file may hold (4 MiB)': b1Of(Buffer.from(`{"title":"${' '.repeat(5 * 1024 * 1024)}"}`)),
    'a b1 link that unpacks to what is not text': b1Of(Buffer.from([0x7b, 0xff, 0xfe, 0x7d])),
    'a b1 link that holds JSON but no book': b1Of(Buffer.from('{"schema":"someone-else/thing@3"}')),
    'a b1 link cut short': b1.slice(0, Math.floor(b1.length / 2) + 2),
    'a b1 link whose data is not DEFLATE': '#b1.AAECAwQFBgcICQoLDA0ODw',
    'a b1 link with nothing in it': '#b1.',
    'an unknown preset version': '#p1.amd-openai.99',
    'an unknown preset': '#p1.no-such-preset.1',
    'an s1 link with a changed character': (() => {
      const { link } = SCENARIO_LINKS[0];
      return `${link.slice(0, 60)}${link[60] === 'A' ? 'B' : 'A'}${link.slice(61)}`;
    })(),
  };
  for (const [what, link] of Object.entries(damaged)) {
    test(`${what} shows a message and the default book`, async () => {
      const defaults = await defaultResults();
      const { page, context, problems } = await openApp(shared.browser, `${shared.site.url}${link}`);
      const view = await waitForNotice(page, /could not be opened/);
      assert.equal(view.notice_is_error, true);
      assert.match(view.notice, /default book/);
      // The app's own words (src/io), whichever side of the page found the problem.
      const why = {
        'not base64url': /it is damaged: character 4 is not a letter, a digit, '-' or '_'/,
        '4 MiB': /it is damaged: it unpacks to more than 4194304 bytes, more than a book file may hold/,
        'not text': /it is damaged: what it holds is not text/,
        'not DEFLATE': /it is damaged: its data does not unpack/,
      };
      for (const [key, words] of Object.entries(why)) if (what.includes(key)) assert.match(view.notice, words);
      assert.ok((await widgetsOf(page))['notice.text'], 'the notice is on screen');
      assertSameResults((await stateOf(page)).results, defaults, 'the default book', { exact: true });
      await screenshot(page, `damaged-link-${what.replace(/\W+/g, '-')}.png`);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  test('a damaged link pasted into the address bar of an open page says why', async () => {
    const { page, context, problems } = await openApp(shared.browser, `${shared.site.url}${presetFragment('oracle-openai')}`);
    await page.evaluate(() => { location.hash = '#b1.abc!def'; });
    await waitForNotice(page, /could not be opened/);
    assert.equal((await stateOf(page)).view.notice_is_error, true);
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('Back and Forward', () => {
  test('one history entry per committed edit: a typed value adds one, a whole label drag adds one, Back and Forward restore each', async () => {
    const { page, context, problems } = await openApp(shared.browser, `${shared.site.url}${presetFragment('amd-openai')}`);
    await waitForAddress(page);
    const snapshot = async () => ({
      length: await page.evaluate(() => history.length), state: await stateOf(page), link: await permalinkOf(page),
    });
    const start = await snapshot();

    await typeInto(page, 'capacity.capacity_gw', '7 GW');
    await page.waitForFunction(() => window.boomerang.state().inputs.capacity.capacity_gw === 7);
    await waitForAddress(page);
    const typed = await snapshot();
    assert.equal(typed.length, start.length + 1, 'typing a value adds one entry');

    // Drag a label to scrub its value: many small moves over more than the address's delay.
    const field = 'warrants.share_price_usd';
    const label = await bringIntoView(page, `${field}.label`);
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
    await page.waitForFunction((before) => window.boomerang.state().inputs.warrants.share_price_usd !== before,
      typed.state.inputs.warrants.share_price_usd, { timeout: 20_000 }).catch(() => {});
    await waitForAddress(page);
    await settle(page, { quietMs: 600 });  // a late sync would add a second entry: give it time
    await waitForAddress(page);
    const dragged = await snapshot();
    assert.ok(dragged.state.inputs.warrants.share_price_usd > typed.state.inputs.warrants.share_price_usd,
      `dragging ${field}.label right raised the value (${typed.state.inputs.warrants.share_price_usd} → ${dragged.state.inputs.warrants.share_price_usd})`);
    assert.equal(dragged.length, typed.length + 1, 'a whole drag adds one entry');

    await page.evaluate(() => history.back());
    await waitForPermalink(page, typed.link);
    assert.deepEqual((await stateOf(page)).inputs, typed.state.inputs, 'Back restores the typed value');
    await page.evaluate(() => history.back());
    await waitForPermalink(page, start.link);
    assert.deepEqual((await stateOf(page)).inputs, start.state.inputs, 'Back again restores the start');
    await page.evaluate(() => history.forward());
    await waitForPermalink(page, typed.link);
    await page.evaluate(() => history.forward());
    await waitForPermalink(page, dragged.link);
    assert.deepEqual((await stateOf(page)).inputs, dragged.state.inputs, 'Forward twice restores the drag');
    assertSameResults((await stateOf(page)).results, dragged.state.results, 'Forward twice restores the results', { exact: true });
    assert.equal(await page.evaluate(() => history.length), dragged.length, 'going back and forth adds no entries');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('Back and Forward across a removed deal (a #b1. entry) restore the book each time', async () => {
    const { page, context, problems } = await openApp(shared.browser, `${shared.site.url}${presetFragment('coreweave-openai')}`);
    const start = { link: await waitForAddress(page), results: (await stateOf(page)).results };
    await selectDeal(page, start.results.deals[1].id);
    await clickOn(page, 'deal.remove');
    await page.waitForFunction(() => window.boomerang.state().results.deals.length === 2);
    const removed = { link: await waitForAddress(page), results: (await stateOf(page)).results };
    assert.match(removed.link, /^b1\./);
    await page.evaluate(() => history.back());
    await waitForPermalink(page, start.link);
    assertSameResults((await stateOf(page)).results, start.results, 'Back restores the three deals', { exact: true });
    await page.evaluate(() => history.forward());
    await waitForPermalink(page, removed.link);
    assertSameResults((await stateOf(page)).results, removed.results, 'Forward removes the deal again', { exact: true });
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('the share buttons', () => {
  async function copyLinkOf(page) {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(shared.site.url).origin });
    await page.evaluate(() => navigator.clipboard.writeText(''));
    await clickOn(page, 'share.copy_link');
    await waitForNotice(page, /Link copied/);
    return until(page, () => navigator.clipboard.readText(), undefined, { what: 'the clipboard to hold the link' });
  }

  test('"Copy link" on an edited preset puts its #p1. address on the clipboard, which opens the same book', async () => {
    const { page, context, problems } = await openApp(shared.browser, `${shared.site.url}${presetFragment('anthropic-spacex')}`);
    await applyEdit(page, pickEdit(await stateOf(page), await widgetsOf(page)));
    const copied = await copyLinkOf(page);
    assert.equal(copied, `${shared.site.url}#${await permalinkOf(page)}`);
    assert.match(copied, /#p1\.anthropic-spacex\.1\./);
    const there = await stateInFreshPage(copied.slice(shared.site.url.length));
    assertSameResults(there.state.results, (await stateOf(page)).results, 'the copied link', { exact: true });
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('"Copy link" on a book that is no preset puts its #b1. address on the clipboard, which opens the same book', async () => {
    const { page, context, problems } = await openApp(shared.browser, `${shared.site.url}${presetFragment('coreweave-openai')}`);
    await selectDeal(page, 'coreweave-openai-2025-09');
    await clickOn(page, 'deal.remove');
    await page.waitForFunction(() => window.boomerang.state().results.deals.length === 2);
    const copied = await copyLinkOf(page);
    assert.equal(copied, `${shared.site.url}#${await permalinkOf(page)}`);
    assert.match(copied, /#b1\./);
    const there = await stateInFreshPage(copied.slice(shared.site.url.length));
    assertSameResults(there.state.results, (await stateOf(page)).results, 'the copied link', { exact: true });
    // The embed code carries the same link, made by the page.
    await clickOn(page, 'share.embed');
    await clickOn(page, 'embed.copy.iframe');
    await waitForNotice(page, /Embed code copied/);
    const code = await page.evaluate(() => navigator.clipboard.readText());
    const src = code.match(/ src="([^"]+)"/)[1].replaceAll('&amp;', '&');
    assert.ok(src.endsWith(`#${await permalinkOf(page)}`), `the embed code opens this book: ${src.slice(0, 120)}…`);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('"this deal only" in the embed dialog gives an embed of the selected deal, without the deal list', async () => {
    const { page, context, problems } = await openApp(shared.browser, `${shared.site.url}${presetFragment('deal-web')}`);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(shared.site.url).origin });
    await selectDeal(page, 'anthropic-spacex');
    await clickOn(page, 'share.embed');
    await clickOn(page, 'embed.scope.deal');
    await clickOn(page, 'embed.copy.iframe');
    await waitForNotice(page, /Embed code copied/);
    const code = await page.evaluate(() => navigator.clipboard.readText());
    const src = code.match(/ src="([^"]+)"/)[1].replaceAll('&amp;', '&');
    assert.match(src, /[?&]deal=anthropic-spacex&/);
    const embed = await openApp(shared.browser, src);
    const { view } = await stateOf(embed.page);
    assert.equal(view.selected_deal, 'anthropic-spacex');
    const widgets = await widgetsOf(embed.page);
    assert.ok(!Object.keys(widgets).some((id) => id.startsWith('deal.select.')), 'no deal list');
    assert.ok(widgets['figure.rental.monthly_rate_usd'], 'the deal\'s own cards');
    assert.deepEqual(problems, []);
    assert.deepEqual(embed.problems, []);
    await embed.context.close();
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
    assert.ok(src.endsWith(`#${await permalinkOf(page)}`), `the embed opens this book: ${src}`);
    await screenshot(page, 'embed-dialog.png');
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('nothing from a link is parsed as HTML', () => {
  test('a fragment holding HTML creates no element and runs nothing', async () => {
    const { page, context, problems } = await openApp(shared.browser, `${shared.site.url}#<img src=x onerror=alert(1)>`);
    await waitForNotice(page, /could not be opened/);
    assert.equal(await page.evaluate(() => document.querySelectorAll('img').length), 0);
    assert.deepEqual(page.dialogs, []);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a link whose book and deal titles are HTML shows them as text only', async () => {
    const title = '<img src=x onerror=window.pwned=1>';
    const book = JSON.parse(JSON.stringify(presetNamed('amd-openai').book));
    book.title = title;
    book.deals[0].title = `${title} deal`;
    const fragment = cli(['link', tempFile('html-title.json', JSON.stringify(book))]).stdout.trim();
    assert.match(fragment, /^#b1\./);
    const { page, context, problems } = await openApp(shared.browser, `${shared.site.url}${fragment}`);
    assert.equal((await stateOf(page)).view.title, title);
    assert.equal((await stateOf(page)).deal.title, `${title} deal`);
    await settle(page, { quietMs: 700 });  // summary and autosave have run
    await clickOn(page, 'share.embed');  // the embed code shows the title (escaped) in the dialog
    assert.equal(await page.evaluate(() => document.querySelectorAll('img').length), 0);
    assert.equal(await page.evaluate(() => window.pwned), undefined);
    assert.equal(await page.evaluate(() => document.title), 'Boomerang: the compute-deal calculator');
    assert.deepEqual(page.dialogs, []);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
