// Files in and out of the browser (issue 5): the exports are a valid PNG of the canvas, the
// CLI's CSV schedule and a scenario file the CLI accepts; a scenario opens from the file
// chooser or dropped on the page; a bad file is refused with a message and changes nothing.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { typeInto, useSiteAndBrowser } from './harness.mjs';
import {
  SCENARIOS, cli, clickOn, dropFile, exportVia, openApp, permalinkOf, pngSize, presetFragment, scenarioOf, stateOf,
  waitForNotice,
} from './guest.mjs';

const shared = useSiteAndBrowser();

describe('exports', () => {
  test('Export produces a PNG of the canvas, the CLI\'s CSV schedule and a scenario JSON the CLI accepts', async () => {
    const { page, context, problems } = await openApp(shared.browser, `${shared.site.url}${presetFragment('amd-openai')}`,
      { width: 1000, height: 700, deviceScaleFactor: 1.5 });
    await typeInto(page, 'capacity.capacity_gw', '2.5 GW');
    await page.waitForFunction(() => window.boomerang.state().inputs.capacity.capacity_gw === 2.5);
    const term = (await stateOf(page)).inputs.commitment.term_months;
    const scenario = await scenarioOf(page);

    const png = await exportVia(page, 'png');
    assert.match(png.name, /\.png$/);
    const backing = await page.evaluate(() => ({ width: document.getElementById('canvas').width, height: document.getElementById('canvas').height }));
    assert.deepEqual(pngSize(png.bytes), backing);
    assert.deepEqual(backing, { width: 1500, height: 1050 }, 'the backing store is CSS size × devicePixelRatio');
    assert.ok(png.bytes.length > 20_000, `the picture has content (${png.bytes.length} bytes)`);

    const csv = await exportVia(page, 'csv');
    assert.match(csv.name, /-schedule\.csv$/);
    const text = csv.bytes.toString('utf8');
    const lines = text.trimEnd().split(/\r?\n/);
    assert.equal(lines[0], 'month,paid_usd,paid_cumulative_usd,committed_usd,firm_usd,expected_usd');
    assert.equal(lines.length - 1, term + 1, 'one row per month, 0 to the term');
    assert.equal(text, cli(['eval', '--csv', '-'], scenario).stdout, 'the same CSV as boomerang-cli eval --csv');

    const json = await exportVia(page, 'json');
    assert.match(json.name, /\.json$/);
    const path = join(mkdtempSync(join(tmpdir(), 'boomerang-')), json.name);
    writeFileSync(path, json.bytes);
    const check = cli(['check', path]);
    assert.equal(check.status, 0, `boomerang-cli check: ${check.stdout}${check.stderr}`);
    assert.equal(json.bytes.toString('utf8'), scenario, 'the file is the page\'s scenario');
    assert.equal(cli(['link', path]).stdout.trim(), `#${await permalinkOf(page)}`);
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('imports', () => {
  test('"Import…" opens a scenario chosen in the file chooser', async () => {
    const { page, context, problems } = await openApp(shared.browser, shared.site.url);
    const file = join(SCENARIOS, 'anthropic-spacex.json');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser', { timeout: 10_000 }), clickOn(page, 'share.import')]);
    await chooser.setFiles(file);
    const want = cli(['link', file]).stdout.trim().slice(1);
    await page.waitForFunction((link) => window.boomerang.permalink() === link, want);
    assert.equal((await stateOf(page)).view.notice_is_error, false);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a scenario file dropped on the page opens', async () => {
    const { page, context, problems } = await openApp(shared.browser, shared.site.url);
    const file = join(SCENARIOS, 'xai-aip.json');
    await dropFile(page, { name: 'xai-aip.json', bytes: readFileSync(file) });
    const want = cli(['link', file]).stdout.trim().slice(1);
    await page.waitForFunction((link) => window.boomerang.permalink() === link, want);
    assert.deepEqual(problems, []);
    await context.close();
  });

  const good = readFileSync(join(SCENARIOS, 'amd-openai.json'));
  const bad = {
    'invalid JSON': { name: 'broken.json', bytes: Buffer.from('{"schema": "boomerang/scenario@1", "title": ') },
    'another schema': { name: 'other.json', bytes: Buffer.from('{"schema": "someone-else/thing@3", "title": "not ours"}') },
    'a 2 MB file': { name: 'huge.json', bytes: Buffer.concat([good.subarray(0, good.lastIndexOf('}')), Buffer.alloc(2 * 1024 * 1024, ' '), Buffer.from('}')]) },
    'invalid UTF-8': { name: 'latin1.json', bytes: Buffer.concat([Buffer.from('{"schema": "boomerang/scenario@1", "title": "caf'), Buffer.from([0xe9, 0xff]), Buffer.from('"}')]) },
  };
  for (const [what, file] of Object.entries(bad)) {
    test(`a dropped file with ${what} is refused with a message and the scenario is unchanged`, async () => {
      const { page, context, problems } = await openApp(shared.browser, `${shared.site.url}${presetFragment('nvidia-openai')}`);
      const before = { link: await permalinkOf(page), inputs: (await stateOf(page)).inputs };
      await dropFile(page, file);
      const view = await waitForNotice(page, new RegExp(`Cannot import ${file.name.replace('.', '\\.')}`));
      assert.equal(view.notice_is_error, true);
      assert.match(view.notice, /Your scenario is unchanged/);
      assert.equal(await permalinkOf(page), before.link);
      assert.deepEqual((await stateOf(page)).inputs, before.inputs);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  test('a bad file chosen with "Import…" is refused the same way', async () => {
    const { page, context, problems } = await openApp(shared.browser, `${shared.site.url}${presetFragment('nvidia-openai')}`);
    const before = await permalinkOf(page);
    const path = join(mkdtempSync(join(tmpdir(), 'boomerang-')), 'chosen-broken.json');
    writeFileSync(path, bad['invalid JSON'].bytes);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser', { timeout: 10_000 }), clickOn(page, 'share.import')]);
    await chooser.setFiles(path);
    assert.equal((await waitForNotice(page, /Cannot import chosen-broken\.json/)).notice_is_error, true);
    assert.equal(await permalinkOf(page), before);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
