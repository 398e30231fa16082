// The calculator in a real browser: every preset book opens from the presets menu, every one
// of its deals can be selected and shows its own figure cards (and no other deal's), a value
// typed into each deal with real mouse and keyboard events on the canvas changes it, and
// every number the page holds is the number boomerang-cli computes for the same book.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, screenshot, useSiteAndBrowser } from './harness.mjs';
import {
  PRESETS, applyEdit, assertCardsOfDeal, assertSameResults, blocksOf, bookOf, cliResults, permalinkOf, pickEdit,
  presetFragment, selectDeal, selectPreset, settle, stateOf, widgetsOf,
} from './guest.mjs';

const shared = useSiteAndBrowser();

describe('every preset, every deal', () => {
  for (const preset of PRESETS) {
    test(`${preset.id}: the page shows what boomerang-cli computes, each deal shows only its own figures, and edits keep the two equal`,
      { timeout: 20 * 60_000 }, async () => {
        const { page, context, problems } = await openApp(shared.browser, shared.site.url, { width: 1280, height: 800 });
        await selectPreset(page, preset.id);

        // As loaded: the whole book's results, as `boomerang-cli eval --json <preset file>`.
        const expected = cliResults(preset.path);
        let state = await stateOf(page);
        assertSameResults(state.results, expected, `${preset.id} as loaded`);
        assert.equal(state.view.preset, preset.id);
        assert.deepEqual(state.view.deal_ids, preset.book.deals.map((deal) => deal.id), 'the deal list holds the book\'s deals in order');
        assert.equal(`#${await permalinkOf(page)}`, presetFragment(preset.id), 'the page links to the preset as the CLI does');

        for (const [index, deal] of preset.book.deals.entries()) {
          const context_ = `${preset.id}, deal ${deal.id}`;
          await selectDeal(page, deal.id);
          await settle(page);
          state = await stateOf(page);
          assert.equal(state.deal.id, deal.id);
          assert.equal(state.deal.title, deal.title);
          assert.deepEqual([...state.deal.blocks].sort(), blocksOf(deal).sort(), `${context_}: the deal's blocks`);
          // The inputs are the selected deal as its book file holds it, with the blocks it has,
          // in the file's order; the outputs its figures.
          assert.equal(state.inputs.id, deal.id, `${context_}: the inputs are the selected deal's`);
          assert.deepEqual(blocksOf(state.inputs), state.deal.blocks, `${context_}: the inputs hold the deal's blocks`);
          assertSameResults(state.outputs, state.results.deals[index].figures, `${context_}: outputs are the deal's figures`, { exact: true });
          const cards = assertCardsOfDeal(state, await widgetsOf(page), context_);
          assert.ok(cards > 0, `${context_}: figure cards are shown`);

          // An edit typed as a person would, then the page and the CLI agree on the edited book.
          const edit = pickEdit(state, await widgetsOf(page));
          assert.ok(edit, `${context_}: a numeric field to type into (inputs: ${JSON.stringify(state.inputs)})`);
          await applyEdit(page, edit);
          await settle(page);
          state = await stateOf(page);
          assertSameResults(state.results, cliResults('-', await bookOf(page)), `${context_} after typing ${edit.text} into ${edit.id}`);
          assertSameResults(state.outputs, state.results.deals[index].figures, `${context_} after the edit: outputs`, { exact: true });
          assertCardsOfDeal(state, await widgetsOf(page), `${context_} after the edit`);
        }
        assert.equal(state.view.can_undo, true);
        assert.equal(state.view.modified, true);
        await screenshot(page, `preset-${preset.id}.png`);
        assert.deepEqual(problems, []);
        await context.close();
      });
  }
});
