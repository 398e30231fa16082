// The calculator embedded in someone else's page: the embed posts its height,
// leaves the wheel to the host page where it has nothing to scroll, keeps it where it does,
// runs in a sandboxed iframe, and in embed mode shows no header but a link to the full app
// with the same book.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { nextFrames, openApp, openPage, screenshot, stateOf, useSiteAndBrowser, widgetsOf } from './harness.mjs';
import {
  FIXTURES, applyEdit, boxOf, clickOn, permalinkOf, pickEdit, presetFragment, scrollHostTo, selectDeal, until, waitForEmbed,
} from './guest.mjs';

// The host page comes from a second server, another origin, as a real article is.
const shared = useSiteAndBrowser({ hostRoot: FIXTURES });

const VIEWPORT = { width: 1000, height: 800 };

// Opens the host page with the embed at `query` (e.g. "embed=1&view=charts") and waits for
// the app inside the iframe to be ready. Returns the page, the embed's frame and its box.
async function openHost(query, { sandbox } = {}) {
  const src = `${shared.site.url}?${query}`;
  let url = `${shared.host.url}embed-host.html?src=${encodeURIComponent(src)}`;
  if (sandbox !== undefined) url += `&sandbox=${encodeURIComponent(sandbox)}`;
  const opened = await openPage(shared.browser, url, VIEWPORT);
  const frame = await waitForEmbed(opened.page);
  return { ...opened, frame };
}

// A widget's centre in the host page's coordinates (the iframe's box + the widget's place).
async function pointInEmbed(page, frame, widgetId) {
  const box = await boxOf(page, '#embed');
  const rect = (await widgetsOf(frame))[widgetId];
  assert.ok(rect, `the embed shows '${widgetId}'`);
  // +1: the iframe's border.
  return { x: box.x + 1 + rect.x + rect.width / 2, y: box.y + 1 + rect.y + rect.height / 2 };
}

// Turns the wheel at `point` and gives the host page and the embed time to follow (a wheel
// the embed leaves to the browser wakes no frame of its own).
async function wheelAt(page, frame, point, deltaY) {
  await page.mouse.move(point.x, point.y);
  await nextFrames(frame, 1);
  await page.mouse.wheel(0, deltaY);
  await page.waitForTimeout(500);
}

describe('the calculator embedded in a host page', () => {
  test('embedded at 600×450 in a cross-origin iframe, the embed posts its content height to the host', async () => {
    const { page, context, frame, problems } = await openHost('embed=1&view=charts&theme=light');
    await page.waitForFunction(() => window.heights.length > 0);
    const heights = await page.evaluate(() => window.heights);
    const view = (await stateOf(frame)).view;
    assert.equal(view.embed, true);
    assert.equal(heights.at(-1).height, Math.ceil(view.content_height_css));
    assert.ok(heights.at(-1).height > 100 && heights.at(-1).height < 2000, `a plausible height: ${heights.at(-1).height}`);
    assert.equal(heights.at(-1).origin, new URL(shared.site.url).origin);
    // The iframe keeps the size the host gave it.
    const box = await boxOf(page, '#embed');
    assert.deepEqual([Math.round(box.width), Math.round(box.height)], [602, 452]);  // + 1px border each side
    await screenshot(page, 'embed-host-charts.png');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a wheel turn over a part of the embed that cannot scroll further scrolls the host page', async () => {
    // view=charts at 600×450, just opened: the embed is at its top, so nothing in it can
    // scroll up (and when the chart and the book's summary fit, nothing scrolls at all).
    const { page, context, frame, problems } = await openHost('embed=1&view=charts&theme=light');
    const view = (await stateOf(frame)).view;
    await scrollHostTo(page, 400);
    const chart = await pointInEmbed(page, frame, 'chart.schedule');
    const chartBefore = (await widgetsOf(frame))['chart.schedule'].y;
    await wheelAt(page, frame, chart, -200);
    const afterChart = await page.evaluate(() => window.scrollY);
    assert.ok(afterChart < 400, `the host scrolled up with the wheel over the chart (scrollY ${afterChart})`);
    assert.equal((await widgetsOf(frame))['chart.schedule'].y, chartBefore, 'the embed did not move');

    // Above the chart: the embed's padding, no widget at all.
    await scrollHostTo(page, 400);
    const box = await boxOf(page, '#embed');
    await wheelAt(page, frame, { x: box.x + 300, y: box.y + 10 }, -200);
    const afterPadding = await page.evaluate(() => window.scrollY);
    assert.ok(afterPadding < 400, `the host scrolled up with the wheel over the embed's margin (scrollY ${afterPadding})`);

    // Down: the embed scrolls to its end first (if it has more below), then the host page.
    await scrollHostTo(page, 400);
    let turns = 0;
    for (; turns < 12 && (await page.evaluate(() => window.scrollY)) === 400; turns++) {
      await wheelAt(page, frame, await pointInEmbed(page, frame, 'chart.schedule'), 200);
    }
    assert.ok(await page.evaluate(() => window.scrollY) > 400, `the host scrolled down once the embed was at its end (${turns} turns)`);
    if (view.content_height_css <= 452) assert.equal(turns, 1, 'with nothing to scroll inside, the first turn scrolls the host');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a wheel turn over the inputs of the embed scrolls them, not the host page', async () => {
    // view=inputs at 600 px is taller than 450 px: the embed scrolls inside.
    const { page, context, frame, problems } = await openHost(`embed=1&view=inputs&theme=light${presetFragment('amd-openai')}`);
    assert.ok((await stateOf(frame)).view.content_height_css > 450);
    await scrollHostTo(page, 400);
    // A field of the deal well inside the embed's 450 px.
    const fields = Object.entries(await widgetsOf(frame)).filter(([id, rect]) =>
      /^deal\.(title|buyer|seller|investor|status|announced|start)$|^[a-z_]+\.[a-z_]+\.label$/.test(id) &&
      rect.y > 60 && rect.y + rect.height < 380);
    assert.ok(fields.length, 'a field of the deal shows in the embed');
    const [fieldId, before] = fields[0];
    const point = await pointInEmbed(page, frame, fieldId);
    await wheelAt(page, frame, point, 200);
    await nextFrames(frame, 2);
    const scrollY = await page.evaluate(() => window.scrollY);
    const afterRect = (await widgetsOf(frame))[fieldId];
    assert.equal(scrollY, 400, 'the host page did not move');
    assert.ok(afterRect.y < before.y, `the inputs moved up inside the embed (${fieldId}: ${before.y} → ${afterRect.y})`);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the embed runs inside a sandboxed iframe without allow-same-origin', async () => {
    const fragment = presetFragment('amd-openai');
    const { page, context, frame, problems } = await openHost(`embed=1&view=results&theme=light${fragment}`,
      { sandbox: 'allow-scripts allow-popups' });
    assert.equal(await frame.evaluate(() => window.origin), 'null', 'the embed runs with an opaque origin');
    assert.equal(`#${await permalinkOf(frame)}`, fragment, 'it shows the linked book');
    assert.ok(Object.keys(await widgetsOf(frame)).includes('figure.capacity.capacity_gw'), 'the deal\'s figures show');
    await page.waitForFunction(() => window.heights.length > 0);
    assert.equal((await page.evaluate(() => window.heights)).at(-1).origin, 'null');
    await screenshot(page, 'embed-host-sandboxed.png');
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('embed mode', () => {
  test('?embed=1&view=charts&theme=dark hides the header, is dark and links to the full app with the book', async () => {
    const fragment = presetFragment('anthropic-spacex');
    const { page, context, problems } = await openApp(shared.browser, `${shared.site.url}?embed=1&view=charts&theme=dark${fragment}`,
      { width: 600, height: 450 });
    const { view } = await stateOf(page);
    assert.equal(view.embed, true);
    assert.equal(view.theme, 'dark');
    const widgets = await widgetsOf(page);
    assert.equal(widgets.presets, undefined, 'no preset menu');
    assert.equal(widgets['share.copy_link'], undefined, 'no header buttons');
    assert.ok(widgets['chart.schedule'], 'the chart shows');
    assert.equal(await page.isVisible('#open-full'), true);
    const href = await page.getAttribute('#open-full', 'href');
    assert.equal(href, `${shared.site.url}#${await permalinkOf(page)}`);
    assert.equal(`#${await permalinkOf(page)}`, fragment);
    await screenshot(page, 'embed-600x450-charts-dark.png');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('an edit in an embed moves its "Open in Boomerang" link along, and adds no history entry or saved work', async () => {
    const { page, context, problems } = await openApp(shared.browser,
      `${shared.site.url}?embed=1&view=inputs${presetFragment('anthropic-spacex')}`, { width: 600, height: 450 });
    const historyBefore = await page.evaluate(() => history.length);
    await applyEdit(page, pickEdit(await stateOf(page), await widgetsOf(page)));
    const link = await permalinkOf(page);
    assert.match(link, /^p1\.anthropic-spacex\.1\./);
    await page.waitForFunction((want) => document.getElementById('open-full').href.endsWith(`#${want}`), link);
    await page.waitForTimeout(1000);
    assert.equal(await page.evaluate(() => history.length), historyBefore);
    assert.equal(await page.evaluate(() => localStorage.getItem('boomerang.autosave@1')), null);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('an embed of a book that is no preset links to the full app with its #b1. link', async () => {
    const { page, context, problems } = await openApp(shared.browser,
      `${shared.site.url}?embed=1&view=all${presetFragment('coreweave-openai')}`, { width: 600, height: 450 });
    await selectDeal(page, 'coreweave-openai-2025-09');
    await clickOn(page, 'deal.remove');
    await page.waitForFunction(() => window.boomerang.state().results.deals.length === 2);
    const link = await until(page, async () => {
      const fragment = await window.boomerang.permalink();
      return document.getElementById('open-full').href.endsWith(`#${fragment}`) && fragment;
    }, undefined, { what: 'the "Open in Boomerang" link to follow the edit' });
    assert.match(link, /^b1\./);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
