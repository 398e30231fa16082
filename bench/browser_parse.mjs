// The headline parser in the page (docs/PARSE.md): milliseconds per sentence over the corpus's
// sentences (tests/parse/corpus.json) and per 10 KB paragraph made of them, timed in headless
// Chromium around window.boomerang.headlineDraftCount (parse::read_headline in the app's
// WebAssembly, as the app's flags compile it). Median of 9 passes. Goal: under
// 1 ms per sentence. Prints numbers; no assertions on speed.
//
//   node bench/browser_parse.mjs [--json] [--build DIR]   (after scripts/build.sh web)
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ROOT, launchBrowser, settle } from '../tests/browser/harness.mjs';
import { startServer } from '../scripts/serve.mjs';

const option = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const json = process.argv.includes('--json');
const siteDir = join(resolve(ROOT, option('--build', 'build/web')), 'site');
const GOAL_MS = 1;

const sentences = JSON.parse(readFileSync(join(ROOT, 'tests/parse/corpus.json'), 'utf8')).sentences.map((s) => s.text);
const paragraphs = [''];
for (let i = 0; paragraphs.length < 8; i++) {
  paragraphs[paragraphs.length - 1] += `${sentences[i % sentences.length]} `;
  if (new TextEncoder().encode(paragraphs.at(-1)).length >= 10 * 1024) paragraphs.push('');
}
paragraphs.pop();

const site = await startServer({ root: siteDir, port: 0 });
const browser = await launchBrowser();
let results;
try {
  const page = await browser.newPage();
  await page.goto(site.url);
  await page.waitForFunction(() => window.boomerang && window.boomerang.ready, null, { timeout: 180_000 });
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
  results = { chromium: browser.version(), sentence: await time(sentences), paragraph10kb: await time(paragraphs) };
  results.goalMet = results.sentence.ms < GOAL_MS;
} finally {
  await browser.close();
  site.server.close();
}

if (json) {
  console.log(JSON.stringify(results, null, 2));
} else {
  console.log(`headline parser in the page (Chromium ${results.chromium}):`);
  console.log(`one sentence (median over ${results.sentence.texts} corpus sentences): ${results.sentence.ms.toFixed(4)} ms`);
  console.log(`a 10 KB paragraph (${results.paragraph10kb.texts} of them): ${results.paragraph10kb.ms.toFixed(3)} ms`);
  console.log(results.goalMet ? `goal met: under ${GOAL_MS} ms per sentence` : `goal missed: ${results.sentence.ms.toFixed(3)} ms per sentence`);
}
