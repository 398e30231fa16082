// The largest books the app accepts, opened as a user opens them: how soon the app shows the
// book, how soon its boomerang ratios are solved, and whether the tab freezes meanwhile.
// Goal: the largest network the format accepts opens in at most 1 s and the page never freezes.
//
//   node bench/browser_large_book.mjs [--json] [--build DIR] [--save DIR] [--only NAME,…]
//
// (after scripts/build.sh web; boomerang-cli from build/native, when built, checks every book
// first). --save DIR writes each case's book (NAME.json) and link (NAME.link) to DIR; --only
// runs the named cases (file, link-2000-hash, …). About 3 minutes.
//
// Limits: the app's, as the page itself reads them: the largest book file and the most a link
// may unpack to (boomerang_max_book_bytes, io::max_book_bytes) and the longest link
// (boomerang_max_book_link_chars, io::max_book_link_chars), read from the built app before
// any book is made; the format's most deals and companies (model::max_book_deals,
// max_book_companies), read from src/model/book.hpp.
//
// Books: random deals among random companies, as bench/random_book.hpp makes them (capacity
// purchases with exit terms, rentals with notice, vendor financing, warrants, in turn), with
// the same xoshiro256** draws in the same order, seed 1. Style "random_book" is that
// generator's book exactly (boomerang-cli eval gives both the same results); style "lean"
// takes the same draws and blocks but writes as few bytes as a deal of each kind allows (short
// ids and names, empty titles, values to 2 significant digits, tranches merged, optional keys
// left out), so that the most deals fit in the limits.
//
// Cases: each book has as many deals as the limits allow, whichever binds first (the table
// says which): the format's deals, the book's bytes, or (for a link) its characters.
//   file              lean deals among deals / 5 companies (a tangled network), as a file
//                     through the "Import…" button's file chooser;
//   file-random-book  the same with random_book.hpp's deals (full precision: more bytes);
//   link-2000         a #b1. link of lean deals among 2,000 companies, in a fresh page
//                     (navigating to the address with the link);
//   link-10000        the same among 10,000 companies (the format's most);
//   link-random-book  a #b1. link of random_book.hpp deals among deals / 5 companies;
//   *-hash            the same link set as location.hash on an open page (as when a link is
//                     pasted into the address bar).
// A book the app refuses says so in the table, and the lines below the table give its words.
//
// Measured, in page time from the open action (the file input's 'change' event; navigation
// start for a fresh page; the moment location.hash is set):
// - shown: the end of the first frame the app draws after the call that opens the book returns
//   (boomerang_open_file / boomerang_open_inflated_link are synchronous: that frame shows the
//   book; state() is read at the end to check the book has all its deals);
// - ratios: the end of the last frame of the unbroken run of frames that follows: the app draws
//   every animation frame while results.ratios_pending (a slice of the solve per frame). The
//   last 3 frames of the run may be ones a wake asked for (frames_after_wake: the open call,
//   the address the page writes…); where they may be, the table also gives, in parentheses,
//   the earliest the solve can have ended: the last frame no wake explains, which the frame
//   before it asked for because ratios were left. state() is read once the page is quiet to
//   check that no ratio is missing;
// - frames drawn from the action to that last frame, and the longest frame CPU time among them
//   (frameTimes(): events + GUI + models + charts + draw submission, measured inside the app);
// - the longest gap between animation frames as the page sees them (requestAnimationFrame
//   callbacks of a loop the bench adds): how long the tab was frozen. Given up to the ratios,
//   and up to the end (the page quiet for 1.5 s), which takes in the address and autosave the
//   page writes after an open;
// - the longest task (PerformanceObserver 'longtask'), the calls into the app that took 50 ms
//   or more (the bench wraps the module's ccall; its own state() calls are left out) and the
//   WebAssembly memory at the end (window.boomerang.memoryBytes()).
// The bench's instruments (an init script) catch the module as loader.js creates it through
// createBoomerang. No assertions on speed: it prints numbers (a table, or JSON with --json).
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync, inflateRawSync, constants as zlibConstants } from 'node:zlib';
import { flag, option } from '../scripts/options.mjs';
import { ROOT, launchBrowser, settle, sleep, startSite, waitForReady, watchProblems } from '../tests/browser/harness.mjs';
import { CLI, clickOn } from '../tests/browser/guest.mjs';
import { SITE_DIR as siteDir } from './browser_bench.mjs';

const json = flag('--json');
const saveDir = option('--save', null);
const only = option('--only', null)?.split(',');

// The format's most deals and companies (src/model/book.hpp); the app's limits on files and
// links are read from the built app (appLimits, below).
function formatLimit(name) {
  const found = readFileSync(join(ROOT, 'src/model/book.hpp'), 'utf8').match(new RegExp(`${name} = ([\\d']+);`));
  if (!found) throw new Error(`src/model/book.hpp has no ${name}`);
  return Number(found[1].replace(/'/g, ''));
}
const MAX_DEALS = formatLimit('max_book_deals');
const MAX_COMPANIES = formatLimit('max_book_companies');
const GOAL_MS = 1000;
const QUIET_MS = 1500;          // the page is done once no frame is drawn for this long
const TIMEOUT_MS = 300_000;     // per case, for the open and the solve

// ---- Random books -------------------------------------------------------------------------

// xoshiro256** seeded by splitmix64: model::Rng (src/model/sensitivity.cpp), draw for draw.
const MASK = (1n << 64n) - 1n;
const rotl = (x, k) => ((x << k) | (x >> (64n - k))) & MASK;
class Rng {
  constructor(seed) {
    let state = BigInt.asUintN(64, BigInt(seed));
    this.s = [];
    for (let i = 0; i < 4; i++) {
      state = (state + 0x9e3779b97f4a7c15n) & MASK;
      let z = state;
      z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & MASK;
      z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & MASK;
      this.s.push(z ^ (z >> 31n));
    }
  }
  next() {
    const s = this.s;
    const result = (rotl((s[1] * 5n) & MASK, 7n) * 9n) & MASK;
    const t = (s[1] << 17n) & MASK;
    s[2] ^= s[0]; s[3] ^= s[1]; s[1] ^= s[2]; s[0] ^= s[3]; s[2] ^= t;
    s[3] = rotl(s[3], 45n);
    return result;
  }
  uniform() { return Number(this.next() >> 11n) * 2 ** -53; }  // the top 53 bits, as model::Rng
}

const month = (year, m) => `${year}-${String(m).padStart(2, '0')}`;

// `deals` deals among `companies` companies: bench/random_book.hpp's book (style
// 'random_book'), or the same draws written in as few bytes as each kind allows ('lean').
function randomBook({ deals: dealCount, companies: companyCount, seed = 1, style = 'random_book' }) {
  const lean = style === 'lean';
  const rng = new Rng(seed);
  const pick = (n) => Math.trunc(rng.uniform() * n);
  const between = (low, high) => low + (high - low) * rng.uniform();
  const value = (x) => (lean ? Number(x.toPrecision(2)) : x);
  const companyName = (c) => (lean ? `c${c.toString(36)}` : `Company ${c}`);

  const companies = [];
  for (let c = 0; c < companyCount; c++) {
    companies.push({ name: companyName(c), revenue_usd_per_year: value(between(1e9, 100e9)) });
  }
  const deals = [];
  for (let i = 0; i < dealCount; i++) {
    const buyer = pick(companyCount);
    const seller = (buyer + 1 + pick(companyCount - 1)) % companyCount;
    const deal = {
      id: lean ? i.toString(36) : `deal-${i}`,
      title: lean ? '' : `Deal ${i}`,
      buyer: companyName(buyer),
      seller: companyName(seller),
      status: 'definitive',
    };
    const year = 2025 + pick(3);
    deal.start = month(year, 1 + pick(12));
    switch (i % 4) {
      case 0: {  // a capacity purchase, part of it binding
        const capacityGw = between(0.2, 6.0);
        const end = month(2029 + pick(3), 12);
        deal.capacity = lean ? { capacity_gw: value(capacityGw), deploy_end: end }
          : { capacity_gw: capacityGw, gpus_per_gw: 450_000, deploy_end: end };
        deal.exit = { headline_basis: 'capacity', binding_gw: 0.1 };
        break;
      }
      case 1: {  // a rental with notice
        const rate = between(0.05e9, 1.5e9);
        const term = 12 + pick(49);
        const gpus = between(20e3, 300e3);
        deal.rental = lean ? { monthly_rate_usd: value(rate), term_months: term }
          : { monthly_rate_usd: rate, term_months: term, discounted_months: 2, discounted_rate_fraction: 0.5, gpus };
        deal.exit = { headline_basis: 'rental', notice_days: 90, exit_probability_per_year: 0.2 };
        break;
      }
      case 2: {  // vendor financing released per GW
        deal.investor = deal.seller;
        deal.capacity = { capacity_gw: 10, deploy_end: '2034-12' };
        const tranches = [];
        for (let gw = 1; gw <= 10; gw++) tranches.push({ at_gw: gw, amount_usd: between(1e9, 10e9) });
        deal.financing = {
          tranches: lean
            ? [0, 5].map((from) => ({ at_gw: from + 5, amount_usd: value(tranches.slice(from, from + 5).reduce((a, t) => a + t.amount_usd, 0)) }))
            : tranches,
          investor_gross_margin_fraction: 0.7,
        };
        break;
      }
      default: {  // warrants vesting with GW and price
        deal.capacity = { capacity_gw: 6, deploy_end: '2030-12' };
        const tranches = [];
        for (let t = 1; t <= 6; t++) tranches.push({ shares: 160e6 / 6, vest_at_gw: t, vest_at_share_price_usd: 100 * t });
        deal.warrants = {
          tranches: lean ? [3, 6].map((t) => ({ shares: 80e6, vest_at_gw: t, vest_at_share_price_usd: 100 * t })) : tranches,
          strike_usd_per_share: 0.01,
          share_price_usd: value(between(100, 600)),
          shares_outstanding: 1.6e9,
        };
        break;
      }
    }
    deals.push(deal);
  }
  return {
    schema: 'boomerang/book@1',
    title: `${dealCount} random deals among ${companyCount} companies (${style}, seed ${seed})`,
    window: { first_year: 2025, last_year: 2030 },
    assumptions: {
      hardware_usd_per_gw: 25e9, facility_usd_per_gw: 13e9, pue: 1.3, electricity_usd_per_mwh: 60,
      utilization_fraction: 0.8, idle_power_fraction: 0.3, opex_usd_per_gw_year: 0.3e9, it_life_years: 5,
      facility_life_years: 14, cost_of_capital_per_year: 0.07,
    },
    companies,
    deals,
  };
}

// One line of JSON; 'lean' writes whole numbers ending in 3+ zeros with an exponent (51e7).
function bookText(book, style) {
  const text = JSON.stringify(book);
  return style === 'lean' ? text.replace(/([:,[])(-?[1-9]\d*?)(0{3,})(?=[,}\]])/g, (_, before, digits, zeros) => `${before}${digits}e${zeros.length}`) : text;
}

const linkOf = (text) => `b1.${deflateRawSync(Buffer.from(text), { level: zlibConstants.Z_BEST_COMPRESSION }).toString('base64url')}`;

// The limit a book breaks, named for the table, or null; `limits` are the app's (appLimits).
const mib = (bytes) => `${(bytes / 2 ** 20).toLocaleString('en', { maximumFractionDigits: 2 })} MiB`;
function brokenLimit(book, kind, limits) {
  if (Buffer.byteLength(book.text) > limits.bookBytes) {
    return { limit: 'bytes', text: `${mib(limits.bookBytes)} of JSON${kind === 'link' ? ' unpacked' : ''} (io::max_book_bytes)` };
  }
  if (kind === 'link' && book.link.length > limits.linkChars) {
    return { limit: 'link chars', text: `${limits.linkChars.toLocaleString('en')} link characters (io::max_book_link_chars)` };
  }
  return null;
}

// The book of the most deals (≤ MAX_DEALS) that `broken` finds within the limits, found by
// bisection, and the limit that stopped it there; `make(deals)` gives { text, link, … }.
function largest(make, broken) {
  const most = make(MAX_DEALS);
  if (!broken(most)) {
    return { ...most, boundBy: { limit: 'deals', text: `the format's ${MAX_DEALS.toLocaleString('en')} deals (model::max_book_deals)` } };
  }
  let low = 1;
  let high = MAX_DEALS;
  let over = most;
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    const book = make(mid);
    if (broken(book)) { high = mid; over = book; } else low = mid;
  }
  return { ...make(low), boundBy: broken(over) };
}

function makeCase(spec, limits) {
  const build = (deals) => {
    const companies = spec.companies ?? Math.min(MAX_COMPANIES, Math.max(2, Math.round(deals / 5)));
    const text = bookText(randomBook({ deals, companies, style: spec.style }), spec.style);
    return { deals, companies, text, link: spec.kind === 'link' ? linkOf(text) : null };
  };
  const book = largest(build, (b) => brokenLimit(b, spec.kind, limits));
  book.link ??= linkOf(book.text);
  const bytes = Buffer.byteLength(book.text);
  const companiesInDeals = new Set(JSON.parse(book.text).deals.flatMap((d) => [d.buyer, d.seller])).size;
  const back = inflateRawSync(Buffer.from(book.link.slice(3), 'base64url')).toString();
  if (back !== book.text) throw new Error(`${spec.name}: the link does not unpack to the book`);
  return { ...spec, ...book, bytes, companiesInDeals };
}

// boomerang-cli check, when the native build is there: the book is valid for the format.
function cliCheck(text) {
  if (!existsSync(CLI)) return 'not checked (no boomerang-cli)';
  try {
    const out = execFileSync(CLI, ['check', '-'], { input: text, encoding: 'utf8', maxBuffer: 64 << 20, stdio: ['pipe', 'pipe', 'pipe'] });
    return out.trim().split('\n').pop();
  } catch (error) {
    return `refused: ${(error.stderr || error.message).trim().split('\n')[0]}`;
  }
}

const CASES = [
  { name: 'file', kind: 'file', style: 'lean', how: 'file chooser',
    what: 'the largest file of lean deals, among deals/5 companies' },
  { name: 'file-random-book', kind: 'file', style: 'random_book', how: 'file chooser',
    what: 'the largest file of random_book.hpp deals (full precision), among deals/5 companies' },
  { name: 'link-2000', kind: 'link', style: 'lean', companies: 2_000, how: 'fresh page',
    what: 'the largest #b1. link of lean deals among 2,000 companies' },
  { name: 'link-2000-hash', kind: 'link', style: 'lean', companies: 2_000, how: 'location.hash',
    what: 'the same link set as location.hash on an open page' },
  { name: 'link-10000', kind: 'link', style: 'lean', companies: 10_000, how: 'fresh page',
    what: 'the largest #b1. link of lean deals among 10,000 companies' },
  { name: 'link-10000-hash', kind: 'link', style: 'lean', companies: 10_000, how: 'location.hash',
    what: 'the same link set as location.hash on an open page' },
  { name: 'link-random-book', kind: 'link', style: 'random_book', how: 'fresh page',
    what: 'the largest #b1. link of random_book.hpp deals (full precision), among deals/5 companies' },
  { name: 'link-random-book-hash', kind: 'link', style: 'random_book', how: 'location.hash',
    what: 'the same link set as location.hash on an open page' },
].filter((spec) => !only || only.includes(spec.name));

// ---- In the page --------------------------------------------------------------------------

// Runs in every document before its scripts: an animation-frame loop that notes when each
// frame came and how many frames the app had drawn by then, long tasks, the file input's
// 'change' events, and a wrapper around the module's ccall (caught as loader.js creates the
// module through createBoomerang) that times the calls opening a book and every slow call.
function instrument() {
  const bench = { raf: [], calls: [], wakes: [], changes: [], longTasks: [], quiet: false };
  window.__bench = bench;
  const count = () => (window.boomerang && window.boomerang.frameCount ? window.boomerang.frameCount() : -1);
  // Registered before the app's loop, this callback runs first in every animation frame:
  // the count it reads is of the frames drawn before this one.
  const tick = () => {
    bench.raf.push(performance.now(), count());
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  document.addEventListener('change', () => bench.changes.push(performance.now()), true);
  window.addEventListener('boomerang-ready', () => { bench.readyAt = performance.now(); });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) bench.longTasks.push([entry.startTime, entry.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch (error) { /* no long-task timing in this browser */ }
  // The calls with which web/host.js opens a book (importFile, openLink) or adds a notice.
  const OPENS = new Set(['boomerang_open_file', 'boomerang_book_link_data', 'boomerang_open_inflated_link', 'boomerang_open_link',
                         'boomerang_page_event']);
  // Calls after which the app draws a few frames (js_bridge.cpp: they wake the frame loop).
  const WAKERS = new RegExp('^boomerang_(open_|page_event|set_book_link|configure|set_theme|mouse_released|' +
                            'touch|set_finger|text_entry|set_visible|wake|paste)');
  let factory;
  Object.defineProperty(window, 'createBoomerang', {
    configurable: true,
    get: () => factory,
    set: (create) => {
      factory = (module) => {
        const made = create(module);
        const ccall = module.ccall;
        // The bench's own calls (appLimits), neither timed nor counted.
        bench.call = (...args) => ccall.call(module, ...args);
        module.ccall = function (name, ...rest) {
          const start = performance.now();
          const result = ccall.call(this, name, ...rest);
          const end = performance.now();
          if (WAKERS.test(name)) bench.wakes.push(end);
          if (OPENS.has(name) || (end - start >= 50 && !bench.quiet)) {
            bench.calls.push({ name, start, end, result: typeof result === 'string' ? result.slice(0, 400) : result });
          }
          return result;
        };
        return made;
      };
    },
  });
}

// What the bench reads of the app, flagged so that its own slow calls are not counted.
const ownState = (page) => page.evaluate(() => {
  window.__bench.quiet = true;
  try {
    const { results, view } = window.boomerang.state();
    return { deals: results.deals.length, companies: results.companies.length, flows: results.flows.length,
             ratiosPending: results.ratios_pending === true,
             ratiosMissing: results.companies.filter((c) => c.boomerang_fungible_ratio === null).length,
             title: results.title, notice: view.notice, noticeIsError: view.notice_is_error };
  } finally {
    window.__bench.quiet = false;
  }
});

// Frame CPU times by frame number, read as they come (the app keeps the last 1024).
async function readFrameTimes(page, into) {
  const { count, times } = await page.evaluate(() => {
    window.__bench.quiet = true;
    try {
      return { count: window.boomerang.frameCount(), times: window.boomerang.frameTimes() };
    } finally {
      window.__bench.quiet = false;
    }
  });
  times.forEach((ms, k) => into.set(count - times.length + 1 + k, ms));
}

// Waits until the action has been answered (a call opening a book or a notice, after `since`)
// and the app has drawn nothing for QUIET_MS, reading frame times all along.
async function waitUntilQuiet(page, since, frameTimes) {
  const deadline = Date.now() + TIMEOUT_MS;
  let lastCount = -1;
  let quietSince = Date.now();
  for (;;) {
    await sleep(250);
    await readFrameTimes(page, frameTimes);
    const { count, answered } = await page.evaluate((t) => ({
      count: window.boomerang && window.boomerang.frameCount ? window.boomerang.frameCount() : -1,
      answered: window.__bench.calls.some((c) => c.start >= t && /^boomerang_(open_|page_event)/.test(c.name)),
    }), since);
    if (count !== lastCount) { lastCount = count; quietSince = Date.now(); }
    if (answered && Date.now() - quietSince >= QUIET_MS) return;
    if (Date.now() > deadline) throw new Error(`no answer and quiet page within ${TIMEOUT_MS / 1000} s`);
  }
}

// The numbers of one open, from the page's records. `action`: page time of the open action.
function analyse(records, action, frameTimes, expectDeals, state) {
  const { raf, calls, longTasks } = records;
  // Frames the app drew, with the animation frame's time: raf holds [time, count before it] pairs.
  const ticks = [];
  for (let k = 0; k < raf.length; k += 2) ticks.push({ t: raf[k], count: raf[k + 1] });
  const drawn = [];  // { frame, t, k }
  for (let k = 0; k + 1 < ticks.length; k++) {
    const { t, count } = ticks[k];
    if (count < 0 || ticks[k + 1].count < 0) continue;
    for (let f = count + 1; f <= ticks[k + 1].count; f++) drawn.push({ frame: f, t, k });
  }
  const cpu = (f) => frameTimes.get(f.frame) ?? 0;
  // The call that opens the book, or says why not (then the app shows why); a notice alone
  // (boomerang_page_event) when the page never reached the app.
  const open = calls.find((c) => c.start >= action && /^boomerang_open_(file|inflated_link|link)$/.test(c.name));
  const notice = calls.find((c) => c.start >= action && c.name === 'boomerang_page_event');
  const linkData = calls.find((c) => c.start >= action && c.name === 'boomerang_book_link_data');
  const opened = !!open && open.result === '' && state.deals === expectDeals;
  const answer = open || notice;
  const out = { opened, openCallMs: open ? open.end - open.start : null, openCallAt: open ? open.start - action : null,
                openCall: open ? open.name : null, refusal: open && open.result !== '' ? open.result : null,
                linkDataMs: linkData ? linkData.end - linkData.start : null,
                inflateMs: linkData && open && open.name === 'boomerang_open_inflated_link' ? open.start - linkData.end : null };
  if (!answer) return { ...out, error: 'the page never answered' };
  // The first frame after the answer, and the unbroken run of frames from it.
  const firstIndex = drawn.findIndex((f) => f.t >= answer.end);
  if (firstIndex < 0) return { ...out, error: 'no frame after the open' };
  const first = drawn[firstIndex];
  let lastIndex = firstIndex;
  while (lastIndex + 1 < drawn.length && drawn[lastIndex + 1].k <= drawn[lastIndex].k + 1) lastIndex++;
  const last = drawn[lastIndex];
  out.shownMs = first.t + cpu(first) - action;
  out.ratiosMs = opened ? last.t + cpu(last) - action : null;
  // A frame of the run that is not among the 3 a wake asks for (frames_after_wake) was drawn
  // because the frame before it left ratios to solve: the solve ended in the last such frame
  // or later (or in the open call, if there is none).
  const run = drawn.slice(firstIndex, lastIndex + 1);
  const woken = (i) => records.wakes.some((w) => w < run[i].t && run.filter((f) => f.t > w && f.t <= run[i].t).length <= 3);
  let earliest = 0;
  for (let i = run.length - 1; i > 0; i--) if (!woken(i)) { earliest = i; break; }
  out.ratiosEarliestMs = opened ? run[earliest].t + cpu(run[earliest]) - action : null;
  const during = drawn.filter((f) => f.t >= action && f.t <= last.t);
  out.frames = during.length;
  out.maxFrameCpuMs = during.length ? Math.max(...during.map(cpu)) : null;
  out.frameCpuKnown = during.every((f) => frameTimes.has(f.frame));
  // Gaps between animation frames the page saw: up to the end of the run, and to the end.
  const gap = (from, to) => {
    let longest = 0;
    let at = null;
    let previous = action;
    for (const { t } of ticks) {
      if (t < from) { previous = Math.max(previous, t); continue; }
      if (t > to) { if (t - previous > longest) { longest = t - previous; at = previous - action; } break; }
      if (t - previous > longest) { longest = t - previous; at = previous - action; }
      previous = t;
    }
    return { longest, at };
  };
  const openGap = gap(action, last.t + 1);
  const allGap = gap(action, ticks[ticks.length - 1].t);
  out.longestGapMs = openGap.longest;
  out.longestGapStartsMs = openGap.at;
  out.longestGapUntilQuietMs = allGap.longest;
  out.longestGapUntilQuietStartsMs = allGap.at;
  const tasks = longTasks.filter(([start]) => start + 1 >= action);
  out.longestTaskMs = tasks.length ? Math.max(...tasks.map(([, d]) => d)) : 0;
  out.slowCalls = calls.filter((c) => c.start >= action && c.end - c.start >= 50)
    .map((c) => ({ name: c.name, atMs: Math.round(c.start - action), ms: Math.round(c.end - c.start) }));
  return out;
}

async function newPage(browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  context.setDefaultTimeout(180_000);
  await context.addInitScript(instrument);
  const page = await context.newPage();
  return { context, page, problems: watchProblems(page) };
}

// The app's limits, read from a page of the built app as web/host.js reads them: the largest
// book file, which is also the most a link may unpack to, and the longest link.
async function appLimits(browser, siteUrl) {
  const { context, page } = await newPage(browser);
  try {
    await page.goto(siteUrl);
    await waitForReady(page);
    return await page.evaluate(() => ({
      bookBytes: window.__bench.call('boomerang_max_book_bytes', 'number', [], []),
      linkChars: window.__bench.call('boomerang_max_book_link_chars', 'number', [], []),
    }));
  } finally {
    await context.close();
  }
}

const clearRecords = (page) => page.evaluate(() => {
  const b = window.__bench;
  b.raf.length = 0; b.calls.length = 0; b.wakes.length = 0; b.changes.length = 0; b.longTasks.length = 0;
});
const records = (page) => page.evaluate(() => {
  const b = window.__bench;
  return { raf: b.raf, calls: b.calls, wakes: b.wakes, changes: b.changes, longTasks: b.longTasks, readyAt: b.readyAt ?? null,
           firstFrameAt: performance.getEntriesByName('boomerang-first-frame')[0]?.startTime ?? null };
});

async function runCase(browser, siteUrl, c) {
  const { context, page, problems } = await newPage(browser);
  const frameTimes = new Map();
  try {
    let action;
    if (c.how === 'fresh page') {
      await page.goto(`${siteUrl}#${c.link}`);
      await waitForReady(page);
      action = 0;  // navigation start
      await waitUntilQuiet(page, action, frameTimes);
    } else {
      await page.goto(siteUrl);
      await waitForReady(page);
      await settle(page, { quietMs: 1000 });
      await page.waitForTimeout(1000);  // the page's address and autosave, after its first book
      if (c.how === 'file chooser') {
        const [chooser] = await Promise.all([page.waitForEvent('filechooser'), clickOn(page, 'share.import')]);
        await settle(page, { quietMs: 500 });
        await clearRecords(page);
        const before = await page.evaluate(() => performance.now());
        await chooser.setFiles({ name: `${c.name}.json`, mimeType: 'application/json', buffer: Buffer.from(c.text) });
        await page.waitForFunction(() => window.__bench.changes.length > 0);
        action = (await records(page)).changes[0] ?? before;
      } else {
        await clearRecords(page);
        action = await page.evaluate((link) => {
          const t = performance.now();
          location.hash = `#${link}`;
          return t;
        }, c.link);
      }
      await waitUntilQuiet(page, action, frameTimes);
    }
    await readFrameTimes(page, frameTimes);
    // The records first: reading the state of a large book takes a while, which is ours.
    const recorded = await records(page);
    const memoryBytes = await page.evaluate(() => (window.boomerang.memoryBytes ? window.boomerang.memoryBytes() : null));
    const state = await ownState(page);
    const measured = analyse(recorded, action, frameTimes, c.deals, state);
    const extra = c.how === 'fresh page' ? { readyMs: recorded.readyAt, appFirstFrameMs: recorded.firstFrameAt } : {};
    return {
      ...measured, ...extra, memoryBytes,
      state: { deals: state.deals, companies: state.companies, flows: state.flows, ratiosPending: state.ratiosPending,
               ratiosMissing: state.ratiosMissing, notice: state.notice, noticeIsError: state.noticeIsError },
      problems,
    };
  } finally {
    await context.close();
  }
}

// ---- Run ----------------------------------------------------------------------------------

const site = await startSite(siteDir);
const browser = await launchBrowser();
let cases;
let limits;
try {
  limits = { ...(await appLimits(browser, site.url)), deals: MAX_DEALS, companies: MAX_COMPANIES };
  const books = new Map();  // one book per distinct spec (the -hash cases reuse the link)
  cases = CASES.map((spec) => {
    const key = `${spec.kind}/${spec.style}/${spec.companies ?? 'fifth'}`;
    if (!books.has(key)) {
      const made = makeCase(spec, limits);
      made.cli = cliCheck(made.text);
      books.set(key, made);
    }
    const { text, link, deals, companies, bytes, companiesInDeals, boundBy, cli } = books.get(key);
    return { ...spec, text, link, deals, companies, bytes, linkChars: link.length, companiesInDeals, boundBy, cli };
  });
} catch (error) {
  await browser.close();
  site.server.close();
  throw error;
}
if (saveDir) {
  mkdirSync(saveDir, { recursive: true });
  for (const c of cases) {
    writeFileSync(join(saveDir, `${c.name}.json`), c.text);
    if (c.link) writeFileSync(join(saveDir, `${c.name}.link`), `#${c.link}\n`);
  }
}

const results = { chromium: browser.version(), viewport: { width: 1280, height: 800 }, goalMs: GOAL_MS,
  loadAverageAtStart: loadavg().map((v) => Number(v.toFixed(2))), limits, cases: [] };
try {
  for (const c of cases) {
    const { text, link, ...about } = c;
    let measured;
    try {
      measured = await runCase(browser, site.url, c);
    } catch (error) {
      measured = { error: error.message.split('\n')[0] };
    }
    results.cases.push({ ...about, ...measured });
    if (!json) process.stderr.write(`  ${c.name}: done\n`);
  }
} finally {
  await browser.close();
  site.server.close();
}
results.loadAverageAtEnd = loadavg().map((v) => Number(v.toFixed(2)));

if (json) {
  console.log(JSON.stringify(results, null, 2));
} else {
  const ms = (v) => (v === null || v === undefined ? '-' : `${Math.round(v)}`);
  const kib = (v) => `${(v / 1024).toFixed(0)} KiB`;
  console.log(`Large books in headless Chromium ${results.chromium}, 1280×800; times in ms from the open action ` +
    `(load average ${results.loadAverageAtStart[0]} at the start, ${results.loadAverageAtEnd[0]} at the end).`);
  const l = results.limits;
  console.log(`The app's limits (read from it): a file, or what a #b1. link unpacks to, ≤ ${mib(l.bookBytes)} ` +
    `(${l.bookBytes.toLocaleString('en')} bytes); a link ≤ ${l.linkChars.toLocaleString('en')} characters. ` +
    `The format's: ≤ ${l.deals.toLocaleString('en')} deals and ${l.companies.toLocaleString('en')} companies. ` +
    '"binds": the limit that stopped the book from having more deals.');
  console.log('');
  const rows = [['case', 'deals', 'companies', 'JSON', 'link chars', 'binds', 'opened', 'shown', 'ratios (earliest)', 'frames',
    'max frame CPU', 'max gap', 'max gap to quiet', 'longest task', 'wasm memory']];
  for (const r of results.cases) {
    rows.push([r.name, String(r.deals), `${r.companies} (${r.companiesInDeals} dealing)`, kib(r.bytes), r.kind === 'link' ? String(r.linkChars) : '-',
      r.boundBy.limit, r.error ? 'error' : r.opened ? 'yes' : r.refusal ? 'refused' : 'no', ms(r.shownMs),
      r.opened ? `${ms(r.ratiosMs)}${r.ratiosEarliestMs < r.ratiosMs ? ` (${ms(r.ratiosEarliestMs)})` : ''}` : '-', r.frames ?? '-',
      r.maxFrameCpuMs === null || r.maxFrameCpuMs === undefined ? '-' : `${r.maxFrameCpuMs.toFixed(1)}${r.frameCpuKnown ? '' : '*'}`,
      ms(r.longestGapMs), ms(r.longestGapUntilQuietMs), ms(r.longestTaskMs),
      r.memoryBytes ? `${(r.memoryBytes / 1048576).toFixed(0)} MiB` : '-'].map(String));
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  for (const row of rows) console.log(row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  '));
  console.log('');
  for (const r of results.cases) {
    console.log(`${r.name}: ${r.what}; opened by ${r.how}; ${r.style} deals; as many as ${r.boundBy.text} allow; ` +
      `boomerang-cli check: ${r.cli}.`);
    if (r.error) { console.log(`  error: ${r.error}`); continue; }
    if (r.readyMs !== undefined) {
      console.log(`  page ready at ${ms(r.readyMs)} ms, the app's first frame at ${ms(r.appFirstFrameMs)} ms (from navigation start)` +
        (r.opened ? `; the book shown ${ms(r.shownMs - r.appFirstFrameMs)} ms after that first frame` : ''));
    }
    if (r.linkDataMs !== null) {
      console.log(`  the app decoded the link's base64url in ${ms(r.linkDataMs)} ms (boomerang_book_link_data)` +
        (r.inflateMs !== null ? `, the page unpacked it and handed the bytes over in ${ms(r.inflateMs)} ms` : ''));
    }
    if (r.openCallMs !== null) console.log(`  the call opening it (${r.openCall}) started at ${ms(r.openCallAt)} ms and took ${ms(r.openCallMs)} ms`);
    if (r.opened) {
      const earliest = r.ratiosEarliestMs < r.ratiosMs ? ` (at the earliest ${ms(r.ratiosEarliestMs)} ms: the last frames may be ones a wake asked for)` : '';
      console.log(`  shown ${ms(r.shownMs)} ms, ratios solved by ${ms(r.ratiosMs)} ms${earliest} (${r.state.companies} companies, ${r.state.flows} flows), ` +
        `${r.frames} frames, longest frame ${r.maxFrameCpuMs?.toFixed(1)} ms CPU${r.frameCpuKnown ? '' : ' (* some frames beyond the 1,024 the app keeps)'}; ` +
        `goal ≤ ${GOAL_MS} ms to show: ${r.shownMs <= GOAL_MS ? 'met' : 'missed'}`);
      if (r.state.ratiosPending) console.log(`  NOTE: ratios still pending when the page went quiet (${r.state.ratiosMissing} missing)`);
    } else if (r.refusal) {
      console.log(`  refused by the app: "${r.refusal}" (the answer drawn ${ms(r.shownMs)} ms after the action)`);
    } else {
      console.log(`  not opened: the app holds ${r.state.deals} of the ${r.deals} deals; its notice: "${r.state.notice}"`);
    }
    console.log(`  longest gap between animation frames ${ms(r.longestGapMs)} ms (from ${ms(r.longestGapStartsMs)} ms), ` +
      `${ms(r.longestGapUntilQuietMs)} ms (from ${ms(r.longestGapUntilQuietStartsMs)} ms) until the page was quiet; longest task ${ms(r.longestTaskMs)} ms`);
    if (r.slowCalls?.length) console.log(`  calls into the app ≥ 50 ms: ${r.slowCalls.map((s) => `${s.name} ${s.ms} ms at ${s.atMs}`).join(', ')}`);
    if (r.problems?.length) console.log(`  page problems: ${r.problems.join('; ')}`);
  }
}
