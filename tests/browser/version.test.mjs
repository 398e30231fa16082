// The page says which version it is (cmake/version.cmake): <meta name="generator"> holds
// "Boomerang <version> (commit <hash>)" with the version CMakeLists.txt declares, in the same
// words as the About window of the WebAssembly it loads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openPage, ROOT, useSiteAndBrowser } from './harness.mjs';

const shared = useSiteAndBrowser();
// project(boomerang VERSION 0.1.0 ...) in CMakeLists.txt.
const projectVersion = readFileSync(join(ROOT, 'CMakeLists.txt'), 'utf8').match(/project\(boomerang VERSION (\S+)/)[1];

test('the page\'s metadata names the project\'s version and commit, as About shows them', async () => {
  const { page, context } = await openPage(shared.browser, shared.site.url);
  const generator = await page.getAttribute('meta[name="generator"]', 'content');
  const match = /^Boomerang (\S+) \(commit (?:[0-9a-f]{7,40}(?:-dirty)?|unknown)\)$/.exec(generator);
  assert.ok(match, `generator: ${generator}`);
  assert.equal(match[1], projectVersion);
  // The label is compiled into the app (src/version/version.hpp), which draws it in About: a
  // page and a module from different builds would disagree here.
  const label = generator.slice('Boomerang '.length);
  const inModule = await page.evaluate(async (text) => {
    const bytes = await (await fetch('boomerang.wasm')).arrayBuffer();
    return new TextDecoder('latin1').decode(bytes).includes(text);
  }, label);
  assert.ok(inModule, `boomerang.wasm does not hold "${label}"`);
  await context.close();
});
