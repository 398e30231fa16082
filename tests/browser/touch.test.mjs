// Phones and tablets, with Chromium's touch emulation (hasTouch, isMobile) at 390×844 @3×
// and 768×1024 @2×: swipes scroll the app and reach every chart, the on-screen keyboard's
// path types numbers and names, a sideways drag scrubs a label in one undo step, a long press
// shows a card's sources, and over an embed a swipe scrolls the article unless the embed
// itself can scroll that way (docs/WEB.md, "Touch").
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, settle, stateOf, useSiteAndBrowser, waitForReady, widgetsOf } from './harness.mjs';
import { FIXTURES, boxOf, scrollHostTo, until, waitForEmbed } from './guest.mjs';
import { Finger, swipeIntoView } from './finger.mjs';

const shared = useSiteAndBrowser({ hostRoot: FIXTURES });

const SCREENS = [
  { name: 'phone', viewport: { width: 390, height: 844 }, deviceScaleFactor: 3 },
  { name: 'tablet', viewport: { width: 768, height: 1024 }, deviceScaleFactor: 2 },
];
const CHART_TABS = ['schedule', 'annual_cost', 'sensitivity', 'network', 'supply'];

// The page at `url` on `screen`'s touch screen, with a finger on it.
async function openTouch(screen, url) {
  const opened = await openPage(shared.browser, url, { ...screen.viewport, deviceScaleFactor: screen.deviceScaleFactor, touch: true });
  return { ...opened, finger: await Finger.on(opened.page) };
}

// The app at `query` on `screen`, ready and at rest.
async function openTouchApp(screen, query = '') {
  const opened = await openTouch(screen, `${shared.site.url}${query}`);
  await waitForReady(opened.page);
  await settle(opened.page);
  return opened;
}

const centre = (rect) => ({ x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 });

for (const screen of SCREENS) {
  describe(`on a ${screen.name} (${screen.viewport.width}×${screen.viewport.height} @${screen.deviceScaleFactor}×, touch)`, () => {
    test('swipes reach the figures and every chart tab, and a tap opens each tab', async () => {
      const { context, page, problems, finger } = await openTouchApp(screen);
      const card = Object.keys(await widgetsOf(page)).find((id) => id.startsWith('figure.'));
      assert.ok(card, 'the selected deal shows figure cards');
      await swipeIntoView(finger, page, card);
      for (const tab of CHART_TABS) {
        const rect = await swipeIntoView(finger, page, `tab.${tab}`);
        await finger.tap(centre(rect).x, centre(rect).y);
        await until(page, (key) => window.boomerang.state().view.chart_tab === key, tab, { what: `the ${tab} tab` });
      }
      assert.equal((await stateOf(page)).view.can_undo, false, 'swipes and taps on tabs changed nothing in the book');
      assert.deepEqual(problems, []);
      await context.close();
    });

    test('on a coarse pointer every control is at least 44 CSS pixels tall', async () => {
      const { context, page, problems } = await openTouchApp(screen);
      assert.equal((await stateOf(page)).view.sizes, 'finger');
      const widgets = await widgetsOf(page);
      const controls = ['presets', 'undo', 'redo', 'compare', 'theme_toggle', 'deal.add', 'deal.title', 'deal.buyer',
        'capacity.capacity_gw', ...CHART_TABS.map((tab) => `tab.${tab}`),
        ...Object.keys(widgets).filter((id) => id.startsWith('deal.select.'))];
      for (const id of controls) {
        assert.ok(widgets[id], `the app shows ${id}`);
        assert.ok(widgets[id].height >= 43.5, `${id} is ${widgets[id].height} CSS px tall`);
      }
      assert.deepEqual(problems, []);
      await context.close();
    });

    test('typing through the on-screen keyboard path changes a number and a company name; Enter or closing the keyboard commits', async () => {
      const { context, page, problems, finger } = await openTouchApp(screen);
      const cdp = finger.cdp;
      const typeWithKeyboard = async (widget, keyboard, text, { replace, close = false }) => {
        const rect = await swipeIntoView(finger, page, widget);
        await finger.tap(centre(rect).x, centre(rect).y);
        await until(page, (id) => window.boomerang.state().view.active_widget === id, widget, { what: `${widget} active` });
        const input = await page.evaluate(() => ({ id: document.activeElement.id, mode: document.activeElement.inputMode,
          hint: document.activeElement.enterKeyHint }));
        assert.deepEqual(input, { id: 'keyboard', mode: keyboard, hint: 'done' }, `the page's input has focus for ${widget}`);
        if (replace) await page.evaluate(() => document.activeElement.select());
        await cdp.send('Input.insertText', { text });
        // Enter ("done"), or the reader closes the keyboard: the input loses focus.
        if (close) await page.evaluate(() => document.activeElement.blur());
        else await page.keyboard.press('Enter');
        await until(page, (id) => window.boomerang.state().view.active_widget !== id, widget, { what: `${widget} committed` });
        assert.notEqual(await page.evaluate(() => document.activeElement.id), 'keyboard', 'the keyboard closes after Enter');
      };
      const before = await stateOf(page);
      await typeWithKeyboard('capacity.capacity_gw', 'decimal', '7', { replace: true });
      const typed = await stateOf(page);
      assert.equal(typed.inputs.capacity.capacity_gw, 7);
      assert.notDeepEqual(typed.outputs, before.outputs, 'the figures changed');

      await typeWithKeyboard('deal.buyer', 'text', ' Group', { replace: false });
      assert.equal((await stateOf(page)).deal.buyer, `${before.deal.buyer} Group`);

      // Closing the keyboard commits the entry, as leaving the field does.
      await typeWithKeyboard('capacity.capacity_gw', 'decimal', '8', { replace: true, close: true });
      assert.equal((await stateOf(page)).inputs.capacity.capacity_gw, 8);
      assert.deepEqual(problems, []);
      await context.close();
    });

    test('a sideways drag on a label scrubs its value, and one undo takes the whole drag back', async () => {
      const { context, page, problems, finger } = await openTouchApp(screen);
      const before = (await stateOf(page)).inputs.capacity.capacity_gw;
      const label = await swipeIntoView(finger, page, 'capacity.capacity_gw.label');
      const y = centre(label).y;
      await finger.down(label.x + 8, y);
      for (let i = 1; i <= 8; i++) await finger.moveTo(label.x + 8 + i * 15, y + (i % 2));
      await finger.up();
      await settle(page);
      const scrubbed = (await stateOf(page)).inputs.capacity.capacity_gw;
      assert.ok(scrubbed > before, `dragging right raised the value (${before} → ${scrubbed})`);
      const undo = await swipeIntoView(finger, page, 'undo', { top: 0 });
      await finger.tap(centre(undo).x, centre(undo).y);
      await until(page, (value) => window.boomerang.state().inputs.capacity.capacity_gw === value, before,
        { what: 'one undo to restore the value' });
      assert.deepEqual(problems, []);
      await context.close();
    });

    test('a long press on a figure card shows its formula and sources, and clicks nothing', async () => {
      const { context, page, problems, finger } = await openTouchApp(screen);
      const card = Object.keys(await widgetsOf(page)).find((id) => id.startsWith('figure.'));
      const rect = await swipeIntoView(finger, page, card);
      const before = await stateOf(page);
      await finger.longPress(rect.x + 20, rect.y + 20, page, () => window.boomerang.state().view.tooltip.id !== '');
      await settle(page);
      const after = await stateOf(page);
      assert.equal(after.view.tooltip.id, card);
      assert.match(after.view.tooltip.text, /Sources/);
      assert.equal(after.view.can_undo, false);
      assert.equal(after.view.selected_deal, before.view.selected_deal);
      // The next touch elsewhere puts the details away.
      await finger.tap(screen.viewport.width - 10, screen.viewport.height - 10);
      await settle(page);
      assert.equal((await stateOf(page)).view.tooltip.id, '');
      assert.deepEqual(problems, []);
      await context.close();
    });

    test('pinches and a second finger are ignored safely', async () => {
      const { context, page, problems, finger } = await openTouchApp(screen);
      const before = await stateOf(page);
      await finger.pinch(screen.viewport.width / 2, screen.viewport.height / 2);
      await settle(page);
      const after = await stateOf(page);
      assert.equal(after.view.can_undo, false);
      assert.deepEqual(after.outputs, before.outputs);
      assert.equal(await page.evaluate(() => window.visualViewport.scale), 1, 'the page did not zoom');
      assert.deepEqual(problems, []);
      await context.close();
    });
  });
}

describe('an embed in an article on a phone', () => {
  const screen = SCREENS[0];

  async function openHost(query) {
    const src = `${shared.site.url}?embed=1&theme=light&${query}`;
    const opened = await openTouch(screen, `${shared.host.url}embed-host-phone.html?src=${encodeURIComponent(src)}`);
    const { page } = opened;
    const frame = await waitForEmbed(page);
    await scrollHostTo(page, 400);
    await settle(frame);
    return { ...opened, frame, box: await boxOf(page, '#embed') };
  }

  test('a swipe over the embed where it cannot scroll that way scrolls the article', async () => {
    const { context, page, frame, box, problems, finger } = await openHost('view=charts');
    // At its top, the embed cannot scroll up: a finger moving down scrolls the article up.
    await finger.swipe(box.x + box.width / 2, box.y + 100, 0, 200);
    await until(page, () => window.scrollY < 400, null, { what: 'the article to scroll up', timeout: 10_000 });
    await settle(frame);
    assert.equal((await stateOf(frame)).view.can_undo, false);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a swipe inside the embed\'s own scrollable panel scrolls the panel, not the article', async () => {
    const { context, page, frame, box, problems, finger } = await openHost('view=inputs');
    assert.ok((await stateOf(frame)).view.content_height_css > 450, 'the inputs are taller than the embed');
    const id = Object.entries(await widgetsOf(frame)).find(([, r]) => r.y > 40 && r.y < 200)?.[0];
    assert.ok(id, 'a widget shows near the top of the embed');
    const before = (await widgetsOf(frame))[id].y;
    // A finger moving up from low in the embed: the embed's content scrolls down.
    await finger.swipe(box.x + box.width / 2, box.y + 380, 0, -200);
    await settle(frame);
    const after = (await widgetsOf(frame))[id].y;
    assert.ok(after < before - 100, `the embed's content moved up (${id}: ${before} → ${after})`);
    assert.equal(await page.evaluate(() => window.scrollY), 400, 'the article did not move');
    assert.deepEqual(problems, []);
    await context.close();
  });
});
