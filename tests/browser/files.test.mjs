// Files in and out of the browser: the exports are a valid PNG of the canvas, the
// CLI's CSV of the book's figures and a book file the CLI accepts; a book (or an old
// scenario@1 file) opens from the file chooser or dropped on the page; a bad file is refused
// with a message and changes nothing.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useSiteAndBrowser } from './harness.mjs';
import {
  SCENARIO_FIXTURES, applyEdit, assertSameResults, bookOf, cli, cliResults, cliResultsOfScenario, clickOn, dropFile,
  exportVia, openApp, permalinkOf, pickEdit, pngSize, presetFragment, presetNamed, stateOf, tempFile, waitForNotice,
  widgetsOf,
} from './guest.mjs';

const shared = useSiteAndBrowser();

describe('exports', () => {
  test('Export produces a PNG of the canvas, the CLI\'s CSV of the figures and a book file the CLI accepts', async () => {
    const { page, context, problems } = await openApp(shared.browser, `${shared.site.url}${presetFragment('amd-openai')}`,
      { width: 1000, height: 700, deviceScaleFactor: 1.5 });
    await applyEdit(page, pickEdit(await stateOf(page), await widgetsOf(page)));
    const book = await bookOf(page);
    const { results } = await stateOf(page);

    const png = await exportVia(page, 'png');
    assert.match(png.name, /\.png$/);
    const backing = await page.evaluate(() => ({ width: document.getElementById('canvas').width, height: document.getElementById('canvas').height }));
    assert.deepEqual(pngSize(png.bytes), backing);
    assert.deepEqual(backing, { width: 1500, height: 1050 }, 'the backing store is CSS size × devicePixelRatio');
    assert.ok(png.bytes.length > 20_000, `the picture has content (${png.bytes.length} bytes)`);

    const csv = await exportVia(page, 'csv');
    assert.match(csv.name, /\.csv$/);
    const text = csv.bytes.toString('utf8');
    const lines = text.trimEnd().split(/\r?\n/);
    assert.equal(lines[0], 'deal_id,deal_title,block,figure,value,unit');
    const figures = results.deals.reduce((n, deal) => n + Object.values(deal.figures).reduce((m, f) => m + Object.keys(f).length, 0), 0);
    assert.equal(lines.length - 1, figures, 'one row per figure of every deal');
    assert.equal(text, cli(['eval', '--csv', '-'], book).stdout, 'the same CSV as boomerang-cli eval --csv');

    const json = await exportVia(page, 'json');
    assert.match(json.name, /\.json$/);
    const path = tempFile(json.name, json.bytes);
    const check = cli(['check', path]);
    assert.equal(check.status, 0, `boomerang-cli check: ${check.stdout}${check.stderr}`);
    assert.equal(json.bytes.toString('utf8'), book, 'the file is the page\'s book');
    assert.equal(JSON.parse(book).schema, 'boomerang/book@1');
    assertSameResults(results, cliResults(path), 'the exported book, evaluated by the CLI');
    const link = cli(['link', '--preset', 'amd-openai-v1', path]);
    assert.equal(link.stdout.trim(), `#${await permalinkOf(page)}`, 'the CLI links the file as the page links the book');
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('imports', () => {
  test('"Import…" opens a book chosen in the file chooser', async () => {
    const { page, context, problems } = await openApp(shared.browser, shared.site.url);
    const preset = presetNamed('anthropic-spacex');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser', { timeout: 30_000 }), clickOn(page, 'share.import')]);
    await chooser.setFiles(preset.path);
    await page.waitForFunction((title) => window.boomerang.state().results.title === title, preset.book.title);
    const state = await stateOf(page);
    assertSameResults(state.results, cliResults(preset.path), 'the imported book');
    assert.equal(state.view.notice_is_error, false);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a book file dropped on the page opens', async () => {
    const { page, context, problems } = await openApp(shared.browser, shared.site.url);
    const preset = presetNamed('deal-web');
    await dropFile(page, { name: preset.file, bytes: readFileSync(preset.path) });
    await page.waitForFunction((title) => window.boomerang.state().results.title === title, preset.book.title);
    assertSameResults((await stateOf(page)).results, cliResults(preset.path), 'the dropped book');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('an old scenario@1 file dropped on the page opens as a book with the numbers boomerang-cli gives it', async () => {
    const { page, context, problems } = await openApp(shared.browser, shared.site.url);
    const path = join(SCENARIO_FIXTURES, 'commitment-ramp-prepaid.json');
    const expected = cliResultsOfScenario(path);
    await dropFile(page, { name: 'commitment-ramp-prepaid.json', bytes: readFileSync(path) });
    await page.waitForFunction((title) => window.boomerang.state().results.title === title, expected.title);
    const state = await stateOf(page);
    assert.equal(state.view.notice_is_error, false, state.view.notice);
    assertSameResults(state.results, expected, 'the converted scenario');
    assert.match(await permalinkOf(page), /^b1\./, 'a converted scenario links as a book');
    assert.deepEqual(problems, []);
    await context.close();
  });

  const good = readFileSync(presetNamed('amd-openai').path);
  const bad = {
    'invalid JSON': { name: 'broken.json', bytes: Buffer.from('{"schema": "boomerang/book@1", "title": ') },
    'another schema': { name: 'other.json', bytes: Buffer.from('{"schema": "someone-else/thing@3", "title": "not ours"}') },
    'a book that breaks a rule': {
      name: 'self-deal.json',
      bytes: Buffer.from(JSON.stringify({ ...JSON.parse(good), deals: [{ ...JSON.parse(good).deals[0], seller: 'OpenAI' }] })),
    },
    // A good book padded past the largest book file (io::max_book_bytes, 4 MiB): the page
    // does not even read it.
    'a 5 MB file': {
      name: 'huge.json',
      bytes: Buffer.concat([good.subarray(0, good.lastIndexOf('}')), Buffer.alloc(5 * 1024 * 1024, ' '), Buffer.from('}')]),
      says: /The file is \d+ bytes long; a book file may be at most 4194304 bytes \(4 MiB\)/,
    },
    'invalid UTF-8': {
      name: 'latin1.json',
      bytes: Buffer.concat([Buffer.from('{"schema": "boomerang/book@1", "title": "caf'), Buffer.from([0xe9, 0xff]), Buffer.from('"}')]),
      says: /The file is not UTF-8 text: byte 45 \(line 1\) is not part of a UTF-8 character/,
    },
  };
  for (const [what, file] of Object.entries(bad)) {
    test(`a dropped file with ${what} is refused with a message and the book is unchanged`, async () => {
      const { page, context, problems } = await openApp(shared.browser, `${shared.site.url}${presetFragment('nvidia-openai')}`);
      const before = { link: await permalinkOf(page), state: await stateOf(page) };
      await dropFile(page, file);
      const view = await waitForNotice(page, new RegExp(`Cannot import ${file.name.replace('.', '\\.')}`));
      assert.equal(view.notice_is_error, true);
      assert.match(view.notice, /Your book is unchanged/);
      if (file.says) assert.match(view.notice, file.says);
      assert.equal(await permalinkOf(page), before.link);
      assert.deepEqual((await stateOf(page)).inputs, before.state.inputs);
      assertSameResults((await stateOf(page)).results, before.state.results, 'the book is unchanged', { exact: true });
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  test('a bad file chosen with "Import…" is refused the same way', async () => {
    const { page, context, problems } = await openApp(shared.browser, `${shared.site.url}${presetFragment('nvidia-openai')}`);
    const before = await permalinkOf(page);
    const path = tempFile('chosen-broken.json', bad['invalid JSON'].bytes);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser', { timeout: 30_000 }), clickOn(page, 'share.import')]);
    await chooser.setFiles(path);
    const view = await waitForNotice(page, /Cannot import chosen-broken\.json/);
    assert.equal(view.notice_is_error, true);
    assert.match(view.notice, /Your book is unchanged/);
    assert.equal(await permalinkOf(page), before);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
