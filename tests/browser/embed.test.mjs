// The calculator embedded in someone else's page (issue 5): the embed posts its height,
// leaves the wheel to the host page where it has nothing to scroll, keeps it where it does,
// runs in a sandboxed iframe, and in embed mode shows no header but a link to the full app.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { startServer } from '../../scripts/serve.mjs';
import { nextFrames, openPage, screenshot, typeInto, useSiteAndBrowser } from './harness.mjs';
import {
  FIXTURES, boxOf, openApp, permalinkOf, presetFragment, stateOf, widgetsOf,
} from './guest.mjs';

const shared = useSiteAndBrowser();
// The host page comes from a second server: another port is another origin, so the embed is
// cross-origin as it is on a real article.
let host;
before(async () => { host = await startServer({ root: FIXTURES, port: 0 }); });
after(() => host?.server.close());

const VIEWPORT = { width: 1000, height: 800 };

// Opens the host page with the embed at `query` (e.g. "embed=1&view=charts") and waits for
// the app inside the iframe to be ready. Returns the page, the embed's frame and its box.
async function openHost(query, { sandbox } = {}) {
  const src = `${shared.site.url}?${query}`;
  let url = `${host.url}embed-host.html?src=${encodeURIComponent(src)}`;
  if (sandbox !== undefined) url += `&sandbox=${encodeURIComponent(sandbox)}`;
  const opened = await openPage(shared.browser, url, VIEWPORT);
  const frame = await waitForEmbed(opened.page);
  return { ...opened, frame };
}

async function waitForEmbed(page) {
  await page.waitForFunction(() => document.getElementById('embed')?.src);
  let frame;
  for (let i = 0; i < 200 && !(frame = page.frames().find((f) => f.url().includes('embed=1'))); i++) await page.waitForTimeout(50);
  assert.ok(frame, 'the iframe loads the embed');
  await frame.waitForFunction(() => window.boomerang && (window.boomerang.ready || window.boomerang.errors.length),
    null, { timeout: 60_000 });
  assert.deepEqual(await frame.evaluate(() => window.boomerang.errors), []);
  return frame;
}

// A widget's centre in the host page's coordinates (the iframe's box + the widget's place).
async function pointInEmbed(page, frame, widgetId) {
  const box = await boxOf(page, '#embed');
  const rect = (await widgetsOf(frame))[widgetId];
  assert.ok(rect, `the embed shows '${widgetId}'`);
  // +1: the iframe's border.
  return { x: box.x + 1 + rect.x + rect.width / 2, y: box.y + 1 + rect.y + rect.height / 2 };
}

async function scrollHostTo(page, y) {
  await page.evaluate((top) => window.scrollTo(0, top), y);
  await page.waitForFunction((top) => Math.abs(window.scrollY - top) < 1, y);
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

  test('a wheel turn over a part of the embed that cannot scroll scrolls the host page', async () => {
    // view=charts at 600×450: the content (one chart) fits, so nothing in the embed scrolls.
    const { page, context, frame, problems } = await openHost('embed=1&view=charts&theme=light');
    const view = (await stateOf(frame)).view;
    assert.ok(view.content_height_css <= 450, `the charts view fits in 450 px (${view.content_height_css})`);
    await scrollHostTo(page, 400);
    const chart = await pointInEmbed(page, frame, 'chart.schedule');
    await wheelAt(page, frame, chart, 200);
    const afterChart = await page.evaluate(() => window.scrollY);
    assert.ok(afterChart > 400, `the host scrolled with the wheel over the chart (scrollY ${afterChart})`);

    // Above the chart: the embed's padding, no widget at all.
    await scrollHostTo(page, 400);
    const box = await boxOf(page, '#embed');
    await wheelAt(page, frame, { x: box.x + 300, y: box.y + 10 }, 200);
    const afterPadding = await page.evaluate(() => window.scrollY);
    assert.ok(afterPadding > 400, `the host scrolled with the wheel over the embed's margin (scrollY ${afterPadding})`);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a wheel turn over the inputs list of the embed scrolls the list, not the host page', async () => {
    // view=all at 600 px is one column taller than 450 px: the embed scrolls inside.
    const { page, context, frame, problems } = await openHost('embed=1&view=all&theme=light');
    assert.ok((await stateOf(frame)).view.content_height_css > 450);
    await scrollHostTo(page, 400);
    const before = (await widgetsOf(frame))['capacity.gpus_per_gw'];
    const point = await pointInEmbed(page, frame, 'capacity.gpus_per_gw.label');
    await wheelAt(page, frame, point, 200);
    await nextFrames(frame, 2);
    const scrollY = await page.evaluate(() => window.scrollY);
    const afterRect = (await widgetsOf(frame))['capacity.gpus_per_gw'];
    assert.equal(scrollY, 400, 'the host page did not move');
    assert.ok(afterRect.y < before.y, `the inputs moved up inside the embed (${before.y} → ${afterRect.y})`);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the embed runs inside a sandboxed iframe without allow-same-origin', async () => {
    const fragment = presetFragment('amd-openai');
    const { page, context, frame, problems } = await openHost(`embed=1&view=results&theme=light${fragment}`,
      { sandbox: 'allow-scripts allow-popups' });
    assert.equal(await frame.evaluate(() => window.origin), 'null', 'the embed runs with an opaque origin');
    assert.equal(`#${await permalinkOf(frame)}`, fragment, 'it shows the linked scenario');
    assert.ok(Object.keys(await widgetsOf(frame)).includes('figure.capacity.gpus'));
    await page.waitForFunction(() => window.heights.length > 0);
    assert.equal((await page.evaluate(() => window.heights)).at(-1).origin, 'null');
    await screenshot(page, 'embed-host-sandboxed.png');
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('embed mode', () => {
  test('?embed=1&view=charts&theme=dark hides the header, is dark and links to the full app with the scenario', async () => {
    const fragment = presetFragment('xai-aip');
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
    const { page, context, problems } = await openApp(shared.browser, `${shared.site.url}?embed=1&view=inputs`, { width: 600, height: 450 });
    const historyBefore = await page.evaluate(() => history.length);
    await typeInto(page, 'capacity.capacity_gw', '7 GW');
    await page.waitForFunction(() => window.boomerang.state().inputs.capacity.capacity_gw === 7);
    const link = await permalinkOf(page);
    await page.waitForFunction((want) => document.getElementById('open-full').href.endsWith(`#${want}`), link);
    await page.waitForTimeout(1000);
    assert.equal(await page.evaluate(() => history.length), historyBefore);
    assert.equal(await page.evaluate(() => localStorage.getItem('boomerang.autosave@1')), null);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
