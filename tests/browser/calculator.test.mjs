// The calculator in a real browser: every preset loads, one input of every group is driven
// with real mouse and keyboard events on the canvas, and every number the page shows is
// the number boomerang-cli computes for the same scenario.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ROOT, clickWidget, nextFrames, openPage, screenshot, scrollIntoView, typeInto, useSiteAndBrowser, waitForReady,
} from './harness.mjs';

const CLI = process.env.BOOMERANG_CLI || join(ROOT, 'build/native/src/cli/boomerang-cli');
const PRESETS = JSON.parse(readFileSync(join(ROOT, 'assets/scenarios/index.json'), 'utf8')).presets
  .map((file) => file.replace(/\.json$/, ''));

// One input per group, typed as a person would, and the value the model should then hold.
const EDITS = [
  { group: 'Deal', id: 'capacity.gpus_per_gw', text: '400k', section: 'capacity', key: 'gpus_per_gw', value: 400_000 },
  { group: 'Power & operations', id: 'capacity.pue', text: '1.3', section: 'capacity', key: 'pue', value: 1.3 },
  { group: 'Exit clauses', id: 'commitment.notice_days', text: '60 days', section: 'commitment', key: 'notice_days', value: 60 },
  { group: 'Vendor financing & warrants', id: 'circularity.gross_margin_fraction', text: '60%', section: 'circularity', key: 'gross_margin_fraction', value: 0.6 },
  { group: 'Network', id: 'network.companies[0].pass_on_fraction', text: '37%',
    read: (file) => file.network.companies[0].pass_on_fraction, value: 0.37 },
  { group: 'Supply', id: 'supply.packaging_yield_fraction', text: '80%', section: 'supply', key: 'packaging_yield_fraction', value: 0.8 },
];

const shared = useSiteAndBrowser();

function cliOutputs(scenarioText) {
  return JSON.parse(execFileSync(CLI, ['eval', '-', '--json'], { input: scenarioText, encoding: 'utf8' }));
}

// Every scalar output on the page equals the CLI's (null for values that are not finite).
function assertSameOutputs(page, cli, context) {
  for (const [section, outputs] of Object.entries(page)) {
    for (const [key, value] of Object.entries(outputs)) {
      if (typeof value === 'object' && value !== null) continue;  // per-company maps
      const expected = cli[section]?.[key];
      assert.ok(expected !== undefined, `${context}: the CLI has no ${section}.${key}`);
      if (value === null || expected === null) {
        assert.equal(value, expected, `${context}: ${section}.${key}`);
      } else {
        const scale = Math.max(Math.abs(expected), 1e-300);
        assert.ok(Math.abs(value - expected) / scale < 1e-9, `${context}: ${section}.${key} page ${value} vs CLI ${expected}`);
      }
    }
  }
}

async function selectPreset(page, id) {
  await clickWidget(page, 'presets');
  await clickWidget(page, `preset.${id}`);
  await page.waitForFunction((want) => window.boomerang.state().view.preset === want, id);
}

async function openGroup(page, title, inputsColumn) {
  const header = `group.${title}`;
  await scrollIntoView(page, header, inputsColumn);
  const isOpen = async () => Object.keys(await page.evaluate(() => window.boomerang.widgets()))
    .some((id) => EDITS.find((e) => e.group === title)?.id === id);
  if (!(await isOpen())) await clickWidget(page, header);
}

describe('every preset, every input group', () => {
  for (const preset of PRESETS) {
    test(`${preset}: the page shows what boomerang-cli computes, before and after edits`, async () => {
      const { page, context, problems } = await openPage(shared.browser, shared.site.url, { width: 1280, height: 800 });
      await waitForReady(page);
      await selectPreset(page, preset);
      assertSameOutputs((await page.evaluate(() => window.boomerang.state())).outputs,
        cliOutputs(await page.evaluate(() => window.boomerang.scenario())), `${preset} as loaded`);

      const inputsColumn = { x: 200, y: 500 };
      for (const edit of EDITS) {
        await openGroup(page, edit.group, inputsColumn);
        await scrollIntoView(page, edit.id, inputsColumn);
        await typeInto(page, edit.id, edit.text);
        // Dear ImGui takes queued keys a few per frame: wait for Enter to land, then check.
        const read = async () => (edit.read
          ? edit.read(JSON.parse(await page.evaluate(() => window.boomerang.scenario())))
          : (await page.evaluate(() => window.boomerang.state())).inputs[edit.section][edit.key]);
        let held = await read();
        for (let frame = 0; frame < 60 && held !== edit.value; frame++) {
          await nextFrames(page, 1);
          held = await read();
        }
        if (held !== edit.value) await screenshot(page, `failed-${preset}-${edit.id}.png`);
        assert.equal(held, edit.value, `${preset}: ${edit.id} after typing ${edit.text}`);
      }
      const state = await page.evaluate(() => window.boomerang.state());
      assertSameOutputs(state.outputs, cliOutputs(await page.evaluate(() => window.boomerang.scenario())), `${preset} after edits`);
      assert.equal(state.view.can_undo, true);
      await screenshot(page, `preset-${preset}.png`);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
});
