// The headline parser in the page (docs/PARSE.md): milliseconds per sentence over the corpus's
// sentences (tests/parse/corpus.json) and per 10 KB paragraph made of them, timed in headless
// Chromium around window.boomerang.headlineDraftCount (parse::read_headline in the app's
// WebAssembly, as the app's flags compile it). Median of 9 passes. Goal: under
// 1 ms per sentence. Prints numbers; no assertions on speed.
//
//   node bench/browser_parse.mjs [--json] [--build DIR]   (after scripts/build.sh web)
import { flag } from '../scripts/options.mjs';
import { openApp, settle, withSiteAndBrowser } from '../tests/browser/harness.mjs';
import { CORPUS } from '../tests/browser/guest.mjs';
import { SITE_DIR } from './browser_bench.mjs';

const json = flag('--json');
const GOAL_MS = 1;

const sentences = CORPUS.map((s) => s.text);
const paragraphs = [''];
for (let i = 0; paragraphs.length < 8; i++) {
  paragraphs[paragraphs.length - 1] += `${sentences[i % sentences.length]} `;
  if (new TextEncoder().encode(paragraphs.at(-1)).length >= 10 * 1024) paragraphs.push('');
}
paragraphs.pop();

const results = await withSiteAndBrowser(SITE_DIR, async ({ site, browser }) => {
  const { page } = await openApp(browser, site.url);
  await settle(page);
  const time = (texts) => page.evaluate((all) => {
    const perText = [];
    let drafts = 0;
    for (let run = 0; run < 9; run++) {
      drafts = 0;
      const start = performance.now();
      for (const text of all) drafts += window.boomerang.headlineDraftCount(text);
      perText.push((performance.now() - start) / all.length);
    }
    perText.sort((a, b) => a - b);
    return { ms: perText[4], drafts, texts: all.length };
  }, texts);
  const measured = { chromium: browser.version(), sentence: await time(sentences), paragraph10kb: await time(paragraphs) };
  measured.goalMet = measured.sentence.ms < GOAL_MS;
  return measured;
});

if (json) {
  console.log(JSON.stringify(results, null, 2));
} else {
  console.log(`headline parser in the page (Chromium ${results.chromium}):`);
  console.log(`one sentence (median over ${results.sentence.texts} corpus sentences): ${results.sentence.ms.toFixed(4)} ms`);
  console.log(`a 10 KB paragraph (${results.paragraph10kb.texts} of them): ${results.paragraph10kb.ms.toFixed(3)} ms`);
  console.log(results.goalMet ? `goal met: under ${GOAL_MS} ms per sentence` : `goal missed: ${results.sentence.ms.toFixed(3)} ms per sentence`);
}
