// "Paste a headline…" in a real browser: real sentences pasted outside any field (Ctrl+V with
// the text on the clipboard) open the panel, which reads them as boomerang-cli parse does;
// adding a draft puts a deal in the book whose figures are those boomerang-cli eval computes
// for the book parse --book prints; a draft naming no buyer or seller is completed by typing
// them. Nothing changes the book before "Add to the book" (docs/PARSE.md, "In the app").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, screenshot, typeInto, useSiteAndBrowser } from './harness.mjs';
import { bookOf, bringIntoView, clickOn, cli, corpusText, sameNumber, settle, stateOf, widgetsOf } from './guest.mjs';

const shared = useSiteAndBrowser();

// The day the page reads a paste as written: today, in UTC (ui/panels/headline_panel.cpp).
const today = () => new Date().toISOString().slice(0, 10);

// Sentences of tests/parse/corpus.json, which the parser's own tests read too, and the block
// each deal they make must have.
const SENTENCES = [
  // SpaceX's S-1 filing, as reported: the monthly rate until May 2029, about $45 billion in all.
  { text: corpusText('spacex-anthropic-s1-terms'), block: 'rental' },
  // Reuters, 18 November 2025.
  { text: corpusText('nvidia-anthropic-10b'), block: 'financing' },
  // CNBC, 3 November 2025.
  { text: corpusText('aws-openai-38b'), block: 'exit' },
];

async function paste(page, context, text) {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.mouse.click(page.viewportSize().width - 20, page.viewportSize().height - 20);  // no field
  await settle(page);
  await page.keyboard.press('Control+V');
  await settle(page);
}

// The deal's figures in boomerang-cli eval --json of the book parse --book prints.
function cliFigures(text) {
  const parsed = cli(['parse', '--book', '--date', today(), text]);
  assert.equal(parsed.status, 0, parsed.stderr);
  const results = JSON.parse(cli(['eval', '--json', '-'], parsed.stdout).stdout);
  return results.deals.map((deal) => deal.figures);
}

// {"rental": {"monthly_rate_usd": …}} as {"rental.monthly_rate_usd": …}.
const flat = (figures) => Object.fromEntries(Object.entries(figures)
  .flatMap(([block, values]) => Object.entries(values).map(([key, value]) => [`${block}.${key}`, value])));

test('three real sentences, pasted, read as boomerang-cli parse reads them, and added as the deals it evaluates', { timeout: 10 * 60_000 }, async () => {
  const { page, context, problems } = await openApp(shared.browser, shared.site.url, { width: 1280, height: 800 });
  for (const [n, sentence] of SENTENCES.entries()) {
    const before = await stateOf(page);
    const bookBefore = await bookOf(page);
    await paste(page, context, sentence.text);
    const widgets = await widgetsOf(page);
    assert.ok(widgets['headline.text'] && widgets['headline.add0'], `sentence ${n + 1}: the panel shows a draft to add`);
    assert.equal(await bookOf(page), bookBefore, 'nothing changes the book before a draft is added');

    // The page reads what the CLI reads.
    const inPage = await page.evaluate((t) => window.boomerang.readHeadline(t), sentence.text);
    const fromCli = JSON.parse(cli(['parse', '--date', today(), sentence.text]).stdout);
    assert.deepEqual(inPage.drafts.map((d) => d.fields), fromCli.drafts.map((d) => d.fields), `sentence ${n + 1}: the same fields`);

    const add = await bringIntoView(page, 'headline.add0');
    await page.mouse.click(add.x + add.width / 2, add.y + add.height / 2);
    await settle(page);
    const after = await stateOf(page);
    assert.equal(after.view.deal_ids.length, before.view.deal_ids.length + 1, `sentence ${n + 1}: one deal added`);
    const id = after.view.selected_deal;
    assert.ok(!before.view.deal_ids.includes(id), 'the new deal is selected');
    assert.ok(after.deal.blocks.includes(sentence.block), `sentence ${n + 1}: the deal has its ${sentence.block} block`);
    // Every figure the CLI computes for the deal alone, the page shows the same.
    const expected = flat(cliFigures(sentence.text)[0]);
    const shown = flat(after.outputs);
    const keys = Object.keys(expected);
    assert.ok(keys.length >= 3, `sentence ${n + 1}: figures to compare (${keys.join(', ')})`);
    for (const key of keys) {
      assert.ok(key in shown, `sentence ${n + 1}: the page shows ${key}`);
      assert.ok(sameNumber(shown[key], expected[key]), `sentence ${n + 1}: ${key} is ${shown[key]} in the page, ${expected[key]} by the CLI`);
    }
    await screenshot(page, `headline-${n + 1}.png`);
    await page.keyboard.press('Escape');
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('a draft that names no buyer or seller is completed by typing them, then added', { timeout: 10 * 60_000 }, async () => {
  const { page, context, problems } = await openApp(shared.browser, shared.site.url, { width: 1280, height: 800 });
  // The sentence names neither party.
  await paste(page, context, corpusText('oracle-openai-4-5gw-households'));
  let widgets = await widgetsOf(page);
  assert.ok(!widgets['headline.add0'], 'no "Add" while the buyer is missing');
  await typeInto(page, 'headline.draft0.buyer', 'OpenAI');
  await typeInto(page, 'headline.draft0.seller', 'Oracle');
  await settle(page);
  widgets = await widgetsOf(page);
  assert.ok(widgets['headline.add0'], '"Add to the book" once both parties are typed');
  const add = await bringIntoView(page, 'headline.add0');
  await page.mouse.click(add.x + add.width / 2, add.y + add.height / 2);
  await settle(page);
  const state = await stateOf(page);
  assert.equal(state.deal.buyer, 'OpenAI');
  assert.equal(state.deal.seller, 'Oracle');
  assert.equal(state.inputs.capacity.capacity_gw, 4.5);
  await screenshot(page, 'headline-typed-parties.png');
  assert.deepEqual(problems, []);
  await context.close();
});

test('"+ Deal" → "Paste a headline…" opens the panel with the cursor in its text, and a paste there is read', { timeout: 10 * 60_000 }, async () => {
  const { page, context, problems } = await openApp(shared.browser, shared.site.url, { width: 1280, height: 800 });
  await clickOn(page, 'deal.add');
  await clickOn(page, 'deal.headline');
  await settle(page);
  const state = await stateOf(page);
  assert.equal(state.view.active_widget, 'headline.text', 'the cursor is in the panel\'s text');
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate((t) => navigator.clipboard.writeText(t), SENTENCES[1].text);
  await page.keyboard.press('Control+V');
  await settle(page);
  assert.ok((await widgetsOf(page))['headline.add0'], 'the pasted sentence is read into a draft');
  assert.deepEqual(problems, []);
  await context.close();
});
