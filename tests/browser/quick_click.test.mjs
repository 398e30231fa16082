// A click whose press and release arrive within one frame (trackpad tap-to-click, a touch tap,
// playwright's mouse.click without delay) acts like any other click, on every kind of widget:
// tabs, buttons, a toggle, a collapsing header and a text field (src/ui/pointer_pacing.hpp).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nextFrames, openPage, scrollIntoView, useSiteAndBrowser, waitForReady } from './harness.mjs';

const shared = useSiteAndBrowser();

const widgets = (page) => page.evaluate(() => window.boomerang.widgets());
const view = (page) => page.evaluate(() => window.boomerang.state().view);

// Moves to the middle of the widget and clicks with no delay between press and release.
async function quickClick(page, id, scrollAt = { x: 900, y: 400 }) {
  const rect = await scrollIntoView(page, id, scrollAt);
  await page.mouse.move(5, 5);
  await nextFrames(page);
  await page.mouse.click(rect.x + rect.width / 2, rect.y + rect.height / 2);
  await nextFrames(page, 6);
}

test('quick clicks', async (t) => {
  const { page, context, problems } = await openPage(shared.browser, shared.site.url, { width: 1280, height: 800 });
  await waitForReady(page);
  await nextFrames(page, 4);

  await t.test('every chart tab shows its chart', async () => {
    for (const [tab, chart] of [['tab.annual_cost', 'chart.annual_cost'], ['tab.sensitivity', 'chart.tornado'],
      ['tab.network', 'chart.network'], ['tab.supply', 'chart.supply'], ['tab.schedule', 'chart.schedule']]) {
      await quickClick(page, tab);
      assert.ok(chart in await widgets(page), `a quick click on ${tab} shows ${chart}`);
    }
  });

  await t.test('a button and a toggle act once', async () => {
    const before = (await view(page)).theme;
    await quickClick(page, 'theme_toggle', { x: 640, y: 20 });
    assert.notEqual((await view(page)).theme, before);
    await quickClick(page, 'compare', { x: 640, y: 20 });
    assert.equal((await view(page)).compare, true);
  });

  await t.test('a collapsing header folds', async () => {
    assert.ok('commitment.notice_days' in await widgets(page));
    await quickClick(page, 'group.Exit clauses', { x: 200, y: 400 });
    assert.ok(!('commitment.notice_days' in await widgets(page)), 'the exit clauses are folded away');
    await quickClick(page, 'group.Exit clauses', { x: 200, y: 400 });
    assert.ok('commitment.notice_days' in await widgets(page));
  });

  await t.test('a text field takes the keyboard', async () => {
    await quickClick(page, 'capacity.capacity_gw', { x: 200, y: 400 });
    const state = await view(page);
    assert.equal(state.typing, true);
    assert.equal(state.active_widget, 'capacity.capacity_gw');
    await page.keyboard.press('Escape');
  });

  assert.deepEqual(problems, []);
  await context.close();
});
