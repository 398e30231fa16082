// The pieces of the browser monkey test (monkey.test.mjs): a seeded random generator, the
// random events it draws, raw input through the Chrome DevTools protocol, and the checks.
//
// Events are drawn from the seed alone: each one takes the same number of random numbers
// whatever is on screen, so a seed always gives the same sequence of event kinds, keys,
// strings and relative target choices. Where they land (which widget, which pixel) follows
// the widget rectangles the app reported at that moment, which is as repeatable as the
// app's frame timing allows.

// ---- Seeded random numbers ---------------------------------------------------------------

// mulberry32: 32-bit state, good enough for test input and trivially portable.
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// A seed from BOOMERANG_MONKEY_SEED (decimal or 0x hex), else a fresh random one.
export function seedFromEnv(env = process.env) {
  const text = env.BOOMERANG_MONKEY_SEED;
  if (text !== undefined && text.trim() !== '') {
    const seed = Number(text.trim());
    if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
      throw new Error(`BOOMERANG_MONKEY_SEED must be an integer from 0 to 4294967295 (got '${text}')`);
    }
    return seed;
  }
  return Math.floor(Math.random() * 0x100000000) >>> 0;
}

export function eventCountFromEnv(env = process.env, fallback = 5000) {
  const text = env.BOOMERANG_MONKEY_EVENTS;
  if (text === undefined || text.trim() === '') return fallback;
  const count = Number(text.trim());
  if (!Number.isInteger(count) || count < 1) throw new Error(`BOOMERANG_MONKEY_EVENTS must be a positive integer (got '${text}')`);
  return count;
}

// One event's random numbers, drawn up front so every event consumes the same amount.
class Draw {
  constructor(values) { this.values = values; this.i = 0; }
  next() {
    if (this.i >= this.values.length) throw new Error('monkey: an event used more random numbers than it drew');
    return this.values[this.i++];
  }
  int(n) { return Math.min(n - 1, Math.floor(this.next() * n)); }
  pick(list) { return list[this.int(list.length)]; }
  chance(p) { return this.next() < p; }
  // A generator of its own, for parts of an event that need many numbers (a random string).
  fork() { return new Draw(Array.from({ length: 64 }, mulberry32(Math.floor(this.next() * 4294967296)))); }
  weighted(table) {
    const total = table.reduce((sum, [, w]) => sum + w, 0);
    let r = this.next() * total;
    for (const [value, w] of table) {
      if ((r -= w) < 0) return value;
    }
    return table[table.length - 1][0];
  }
}
const NUMBERS_PER_EVENT = 24;

// ---- What the monkey types -------------------------------------------------------------------

// Numbers people (and cats) write, the units the parser knows, and things it must refuse.
export const ODD_STRINGS = [
  '1e300', '-1e300', '1e308', '1.8e308', '-5', '-0', '0', '', 'nan', 'NaN', '-nan',
  'inf', '-inf', 'Infinity', '∞', '-∞', '15B', '$1.25bn', '500k', '90 days', '6 GW', '40%', '140%', '-40%',
  '1,000,000', '1.000.000', '0x10', '1e', 'e', '.', '-', '--1', '..5', ' 12 ', '12 34', '3 TW', '2 MW',
  '1e20 GW', '1e15B', '99999999999999999999999999', '9'.repeat(80), '1'.repeat(300), '0.'.concat('0'.repeat(60), '1'),
  '12 months', '600', '601', '1e3 days', '1/3', '2^10', '½', '١٢٣', '１２３', '😀', '🚀 Labs', 'é', '日本語',
  'Nvidia', 'OpenAI', 'Company 1', 'a'.repeat(120), '   ', '\t', '%', '$', 'B', 'bn', 'GW', 'k',
];
// Values at the edges of what inputs accept: tiny divisors and the largest magnitudes are
// where a result overflows, so the monkey types them often.
export const EXTREME_STRINGS = [
  '1e-300', '-1e-300', '1e-305', '4e-320', '1e-200', '1e-100', '1e-30', '1e-12', '5e-324', '2.2e-308', '0.000001', '1e-300%',
  '1e-300 GW', '$1e-300', '1e15', '-1e15', '999999999999999', '1e14', '1000T', '1e15 GW', '0', '-0', '0.0', '0%',
];
const RANDOM_CHARS = '0123456789012345678901234567890123456789..--eeE+kKMBbnT$%, GWdaysmonth';
const UNICODE_CHARS = ['∞', 'é', '—', '½', '€', '日', '😀', '𝟘', 'ß', '\u00a0', '\u200b'];

function randomString(parent) {
  const draw = parent.fork();
  const source = draw.next();
  if (source < 0.4) return draw.pick(EXTREME_STRINGS);
  if (source < 0.7) return draw.pick(ODD_STRINGS);
  const length = 1 + draw.int(12);
  let text = '';
  for (let i = 0; i < length && i < 12; i++) {
    text += draw.chance(0.05) ? draw.pick(UNICODE_CHARS) : RANDOM_CHARS[draw.int(RANDOM_CHARS.length)];
  }
  return text;
}

// ---- Keys, as the Chrome DevTools protocol wants them ------------------------------------

const MODIFIER = { Alt: 1, Control: 2, Meta: 4, Shift: 8 };
const SPECIAL_KEYS = {
  Backspace: [8, 'Backspace'], Tab: [9, 'Tab'], Enter: [13, 'Enter', '\r'], Escape: [27, 'Escape'],
  Space: [32, 'Space', ' '], PageUp: [33, 'PageUp'], PageDown: [34, 'PageDown'], End: [35, 'End'], Home: [36, 'Home'],
  ArrowLeft: [37, 'ArrowLeft'], ArrowUp: [38, 'ArrowUp'], ArrowRight: [39, 'ArrowRight'], ArrowDown: [40, 'ArrowDown'],
  Delete: [46, 'Delete'], Control: [17, 'ControlLeft'], Shift: [16, 'ShiftLeft'],
};
const PUNCTUATION = {
  '.': ['Period', 190], ',': ['Comma', 188], '-': ['Minus', 189], ' ': ['Space', 32], '/': ['Slash', 191],
  ';': ['Semicolon', 186], "'": ['Quote', 222], '=': ['Equal', 187], '[': ['BracketLeft', 219],
  ']': ['BracketRight', 221], '\\': ['Backslash', 220], '`': ['Backquote', 192], '\t': ['Tab', 9],
};
const SHIFTED = {
  '$': '4', '%': '5', '+': '=', '_': '-', '(': '9', ')': '0', '*': '8', '#': '3', '@': '2', '!': '1', '^': '6',
  '&': '7', ':': ';', '"': "'", '<': ',', '>': '.', '?': '/', '{': '[', '}': ']', '|': '\\', '~': '`',
};

// {key, code, keyCode, text} for one key name ("Enter", "a") or one character.
function keyDescription(name) {
  if (SPECIAL_KEYS[name]) {
    const [keyCode, code, text] = SPECIAL_KEYS[name];
    return { key: name === 'Space' ? ' ' : name, code, keyCode, text };
  }
  if (/^[0-9]$/.test(name)) return { key: name, code: `Digit${name}`, keyCode: name.charCodeAt(0), text: name };
  if (/^[a-zA-Z]$/.test(name)) {
    const upper = name.toUpperCase();
    return { key: name, code: `Key${upper}`, keyCode: upper.charCodeAt(0), text: name };
  }
  if (PUNCTUATION[name]) return { key: name, code: PUNCTUATION[name][0], keyCode: PUNCTUATION[name][1], text: name };
  if (SHIFTED[name]) {
    const base = keyDescription(SHIFTED[name]);
    return { key: name, code: base.code, keyCode: base.keyCode, text: name };
  }
  // Anything else (∞, é, 😀) arrives as a character without a key of its own, as from an
  // input method.
  return { key: name, code: '', keyCode: 0, text: name };
}

// ---- Raw input -------------------------------------------------------------------------------

// Sends mouse and keyboard events through the DevTools protocol without waiting for each
// one (the browser keeps their order), so thousands of events take seconds, not minutes.
export class RawInput {
  constructor(cdp) {
    this.cdp = cdp;
    this.pending = [];
    this.mouse = { x: 10, y: 10 };
  }
  send(method, params) {
    const sent = this.cdp.send(method, params);
    sent.catch(() => {});  // flush() reports the failure
    this.pending.push(sent);
  }
  async flush() {
    const pending = this.pending;
    this.pending = [];
    await Promise.all(pending);
  }
  mouseEvent(type, x, y, extra = {}) {
    this.mouse = { x, y };
    this.send('Input.dispatchMouseEvent', { type, x, y, ...extra });
  }
  move(x, y, buttons = 0) {
    this.mouseEvent('mouseMoved', x, y, { buttons, button: buttons ? 'left' : 'none' });
  }
  press(x, y, button = 'left', clickCount = 1) {
    this.mouseEvent('mousePressed', x, y, { button, buttons: BUTTON_MASK[button], clickCount });
  }
  release(x, y, button = 'left', clickCount = 1) {
    this.mouseEvent('mouseReleased', x, y, { button, buttons: 0, clickCount });
  }
  click(x, y, button = 'left') {
    this.move(x, y);
    this.press(x, y, button, 1);
    this.release(x, y, button, 1);
  }
  doubleClick(x, y) {
    this.move(x, y);
    this.press(x, y, 'left', 1);
    this.release(x, y, 'left', 1);
    this.press(x, y, 'left', 2);
    this.release(x, y, 'left', 2);
  }
  wheel(x, y, deltaX, deltaY) {
    this.mouseEvent('mouseWheel', x, y, { deltaX, deltaY });
  }
  keyDown(name, modifiers = 0) {
    const d = keyDescription(name);
    // Like a real keyboard: no character while Ctrl, Alt or Meta is held.
    const text = modifiers & ~MODIFIER.Shift ? '' : d.text;
    this.send('Input.dispatchKeyEvent', {
      type: text ? 'keyDown' : 'rawKeyDown', modifiers, key: d.key, code: d.code,
      windowsVirtualKeyCode: d.keyCode, text: text || undefined, unmodifiedText: text || undefined,
    });
  }
  keyUp(name, modifiers = 0) {
    const d = keyDescription(name);
    this.send('Input.dispatchKeyEvent', { type: 'keyUp', modifiers, key: d.key, code: d.code, windowsVirtualKeyCode: d.keyCode });
  }
  // "Control+Shift+Z", "Enter", "a".
  pressKey(combo) {
    const parts = combo === '+' ? ['+'] : combo.split('+');
    const key = parts.pop();
    let modifiers = 0;
    for (const m of parts) {
      modifiers |= MODIFIER[m];
      this.keyDown(m, modifiers);
    }
    this.keyDown(key, modifiers);
    this.keyUp(key, modifiers);
    for (const m of parts.reverse()) {
      modifiers &= ~MODIFIER[m];
      this.keyUp(m, modifiers);
    }
  }
  // Each character as a key press (keydown, keypress, keyup), as typed.
  typeKeys(text) {
    for (const ch of text) {
      this.keyDown(ch);
      this.keyUp(ch);
    }
  }
  // A finger (the page needs touch emulation): `points` in CSS pixels; `at` (seconds on the
  // protocol's clock) lets a long press last without the monkey waiting for it.
  touch(type, points, at) {
    this.send('Input.dispatchTouchEvent', { type, touchPoints: points, ...(at ? { timestamp: at } : {}) });
  }
  tap(x, y) {
    this.touch('touchStart', [{ x, y }]);
    this.touch('touchEnd', []);
  }
  swipe(x, y, dx, dy, steps) {
    this.touch('touchStart', [{ x, y }]);
    for (let s = 1; s <= steps; s++) this.touch('touchMove', [{ x: x + (dx * s) / steps, y: y + (dy * s) / steps }]);
    this.touch('touchEnd', []);
  }
  longPress(x, y, ms) {
    const at = Date.now() / 1000;
    this.touch('touchStart', [{ x, y }], at);
    this.touch('touchEnd', [], at + ms / 1000);
  }
  pinch(x, y, spread, steps) {
    const points = (d) => [{ x: x - d, y, id: 1 }, { x: x + d, y, id: 2 }];
    this.touch('touchStart', points(10));
    for (let s = 1; s <= steps; s++) this.touch('touchMove', points(10 + (spread * s) / steps));
    this.touch('touchEnd', []);
  }
  // Each character as a keypress alone, as pasted through an input method: Dear ImGui takes
  // a run of these in one frame, so long strings cost no more frames than short ones.
  typeChars(text) {
    for (const ch of text) this.send('Input.dispatchKeyEvent', { type: 'char', text: ch, key: ch, unmodifiedText: ch });
  }
}
const BUTTON_MASK = { left: 1, right: 2, middle: 4 };

// ---- Planning events -------------------------------------------------------------------------

const KEYS = [
  ...'0123456789'.split(''), 'a', 'e', 'E', 'k', 'B', 'z', 'x', '.', '-', ',', '%', '$', ' ',
  'Backspace', 'Backspace', 'Delete', 'Enter', 'Enter', 'Escape', 'Escape', 'Tab', 'Shift+Tab',
  'ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown',
  'Control+z', 'Control+z', 'Control+y', 'Control+y', 'Control+Shift+z', 'Control+a', 'Control+c', 'Control+v', 'Control+x',
];

// Dear ImGui takes in at most one change of each button or key per frame, so every event
// costs frames, and frames are what a run spends its time on: clicks and keys cost two,
// typing a string as keys two per character (as characters alone, one for all of them).
const EVENT_KINDS = [
  ['move', 12], ['click', 28], ['double_click', 5], ['right_click', 2], ['drag', 9], ['wheel', 14],
  ['key', 15], ['type', 15],
];

// With touch (a phone): fingers too, beside the mouse and keys of a tablet with a keyboard.
const TOUCH_EVENT_KINDS = [
  ...EVENT_KINDS.map(([kind, weight]) => [kind, weight / 2]),
  ['tap', 20], ['swipe', 20], ['long_press', 6], ['pinch', 4],
];

const SCROLL_AMOUNTS = [20, 53, 100, 120, 240, 400, 800, 2000];

// Widget categories and how often the monkey aims at each (when it aims at a widget).
const TARGET_CATEGORIES = [
  ['header', 14],   // presets menu, undo, redo, theme, about, share and whatever joins them
  ['popup', 8],     // items of an open menu (preset.*, deal.template.*, export.*)
  ['group', 8],     // block headers, adding and removing blocks
  ['input', 24],    // number, text and date fields and choice menus of the deal
  ['label', 10],    // labels: drag to scrub
  ['list', 12],     // the deal list and its buttons, tranche tables
  ['tabs', 8],      // the chart tabs
  ['chart', 8],     // charts (network nodes can be clicked)
  ['figure', 4],    // figure cards (tooltips)
  ['other', 4],     // reset buttons and anything else
];

const NUMERIC_BLOCKS = /^(deal|capacity|rental|exit|financing|project_finance|warrants|assumptions)\./;

function categoryOf(id) {
  if (!id.includes('.')) return 'header';
  if (/^(preset|deal\.template|export)\./.test(id)) return 'popup';
  if (id.startsWith('block.')) return 'group';
  if (id.startsWith('tab.')) return 'tabs';
  if (id.startsWith('chart.')) return 'chart';
  if (id.startsWith('figure.')) return 'figure';
  if (id.endsWith('.label')) return 'label';
  if (id.endsWith('.reset')) return 'other';
  if (/^deal\.(select\.|add$|duplicate$|remove$|up$|down$)/.test(id) || id.includes('[')) return 'list';
  if (NUMERIC_BLOCKS.test(id)) return 'input';
  return 'other';
}

// Widgets the monkey never aims at: none today. Sharing buttons that would leave the page
// belong here (their ids are matched as regular expressions).
export const AVOID_WIDGETS = [];

// Groups the visible widgets of a snapshot by category. Without chart tabs among the
// widgets, the band just above the first chart stands for the tab bar.
export function targetsOf(widgets, viewport) {
  const byCategory = new Map();
  const add = (category, id, rect) => {
    if (!byCategory.has(category)) byCategory.set(category, []);
    byCategory.get(category).push({ id, rect });
  };
  let topChart = null;
  for (const id of Object.keys(widgets).sort()) {
    if (AVOID_WIDGETS.some((pattern) => new RegExp(pattern).test(id))) continue;
    const rect = visiblePart(widgets[id], viewport);
    if (!rect) continue;
    add(categoryOf(id), id, rect);
    if (id.startsWith('chart.') && (!topChart || widgets[id].y < topChart.y)) topChart = widgets[id];
  }
  if (topChart && !byCategory.has('tabs')) {
    const band = visiblePart({ x: topChart.x, y: topChart.y - 34, width: topChart.width, height: 30 }, viewport);
    if (band) add('tabs', 'chart tabs', band);
  }
  return byCategory;
}

function visiblePart(rect, viewport) {
  const x0 = Math.max(rect.x, 0), y0 = Math.max(rect.y, 0);
  const x1 = Math.min(rect.x + rect.width, viewport.width - 1), y1 = Math.min(rect.y + rect.height, viewport.height - 1);
  if (x1 - x0 < 2 || y1 - y0 < 2) return null;
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

// A point: on a widget (70%: by category, then one of its widgets, at its centre or
// anywhere inside) or anywhere on the page (30%). Always uses five random numbers.
function pickPoint(draw, targets, viewport, preferred = null) {
  const [onWidget, categoryR, widgetR, fx, fy] = [draw.next(), draw.next(), draw.next(), draw.next(), draw.next()];
  if (onWidget < 0.7 && targets.size) {
    const table = TARGET_CATEGORIES.filter(([c]) => targets.has(c))
      .map(([c, w]) => [c, preferred && preferred.includes(c) ? w * 6 : w]);
    const total = table.reduce((s, [, w]) => s + w, 0);
    let r = categoryR * total, category = table[table.length - 1][0];
    for (const [c, w] of table) if ((r -= w) < 0) { category = c; break; }
    const list = targets.get(category);
    const { id, rect } = list[Math.min(list.length - 1, Math.floor(widgetR * list.length))];
    const centre = fx < 0.4;
    const x = centre ? rect.x + rect.width / 2 : rect.x + 1 + fx * (rect.width - 2);
    const y = centre ? rect.y + rect.height / 2 : rect.y + 1 + fy * (rect.height - 2);
    return { x: Math.round(x), y: Math.round(y), on: id };
  }
  return { x: Math.round(fx * (viewport.width - 1)), y: Math.round(fy * (viewport.height - 1)), on: 'page' };
}

// Draws one event against the widgets on screen and sends it; returns its description and
// an estimate of the frames Dear ImGui needs to take it in (it takes at most one button or
// key change per frame).
export function performRandomEvent(random, input, targets, viewport, { touch = false } = {}) {
  const draw = new Draw(Array.from({ length: NUMBERS_PER_EVENT }, random));
  const kind = draw.weighted(touch ? TOUCH_EVENT_KINDS : EVENT_KINDS);
  switch (kind) {
    case 'tap': {
      const p = pickPoint(draw, targets, viewport);
      input.tap(p.x, p.y);
      return { text: `tap (${p.x},${p.y}) on ${p.on}`, frames: 4 };
    }
    case 'swipe': {
      // Mostly up or down (scrolling), sometimes sideways (scrubbing a label, reading a chart).
      const p = pickPoint(draw, targets, viewport, ['label', 'chart', 'figure']);
      const sideways = draw.chance(0.3);
      const length = Math.round((draw.next() - 0.5) * (draw.chance(0.3) ? 1600 : 400));
      const drift = Math.round((draw.next() - 0.5) * 30);
      const steps = 2 + draw.int(8);
      input.swipe(p.x, p.y, sideways ? length : drift, sideways ? drift : length, steps);
      return { text: `swipe from (${p.x},${p.y}) on ${p.on} by ${sideways ? 'x' : 'y'} ${length} in ${steps} steps`, frames: 3 };
    }
    case 'long_press': {
      const p = pickPoint(draw, targets, viewport, ['figure', 'label', 'input']);
      const ms = 300 + draw.int(900);
      input.longPress(p.x, p.y, ms);
      return { text: `long press (${p.x},${p.y}) on ${p.on} for ${ms} ms`, frames: 3 };
    }
    case 'pinch': {
      const p = pickPoint(draw, targets, viewport);
      const spread = Math.round((draw.next() - 0.3) * 300);
      input.pinch(p.x, p.y, spread, 2 + draw.int(5));
      return { text: `pinch at (${p.x},${p.y}) on ${p.on} by ${spread}`, frames: 3 };
    }
    case 'move': {
      const p = pickPoint(draw, targets, viewport);
      input.move(p.x, p.y);
      return { text: `move to (${p.x},${p.y}) on ${p.on}`, frames: 1 };
    }
    case 'click': {
      const p = pickPoint(draw, targets, viewport);
      input.click(p.x, p.y);
      return { text: `click (${p.x},${p.y}) on ${p.on}`, frames: 2 };
    }
    case 'double_click': {
      const p = pickPoint(draw, targets, viewport, ['input', 'list', 'label']);
      input.doubleClick(p.x, p.y);
      return { text: `double-click (${p.x},${p.y}) on ${p.on}`, frames: 4 };
    }
    case 'right_click': {
      const p = pickPoint(draw, targets, viewport);
      input.click(p.x, p.y, draw.chance(0.8) ? 'right' : 'middle');
      return { text: `right/middle click (${p.x},${p.y}) on ${p.on}`, frames: 2 };
    }
    case 'drag': {
      // Press, move in a few steps (mostly sideways, as when scrubbing a label), release.
      const p = pickPoint(draw, targets, viewport, ['label', 'chart', 'tabs']);
      const steps = 2 + draw.int(6);
      const dx = Math.round((draw.next() - 0.5) * (draw.chance(0.3) ? 1600 : 300));
      const dy = Math.round((draw.next() - 0.5) * (draw.chance(0.3) ? 400 : 40));
      input.move(p.x, p.y);
      input.press(p.x, p.y);
      for (let s = 1; s <= steps; s++) input.move(p.x + Math.round((dx * s) / steps), p.y + Math.round((dy * s) / steps), 1);
      const end = { x: p.x + dx, y: p.y + dy };
      input.release(end.x, end.y);
      return { text: `drag from (${p.x},${p.y}) on ${p.on} by (${dx},${dy}) in ${steps} steps`, frames: 3 };
    }
    case 'wheel': {
      const p = pickPoint(draw, targets, viewport);
      const amount = draw.pick(SCROLL_AMOUNTS) * (draw.chance(0.5) ? 1 : -1);
      const sideways = draw.chance(0.15);
      input.move(p.x, p.y);
      input.wheel(p.x, p.y, sideways ? amount : 0, sideways ? 0 : amount);
      return { text: `wheel ${sideways ? 'x' : 'y'} ${amount} at (${p.x},${p.y}) on ${p.on}`, frames: 2 };
    }
    case 'key': {
      const key = draw.pick(KEYS);
      input.pressKey(key);
      return { text: `key ${key}`, frames: 2 };
    }
    case 'type': {
      // Usually into a field first (click it, select all), then a string, then how it ends.
      const p = pickPoint(draw, targets, viewport, ['input', 'list']);
      const intoField = draw.chance(0.7);
      const selectAll = draw.chance(0.4);
      const text = randomString(draw);
      const asChars = [...text].length > 6 || draw.chance(0.5);
      const end = draw.weighted([['Enter', 50], ['Escape', 15], ['Tab', 15], ['', 20]]);
      let frames = 0;
      if (intoField) {
        input.click(p.x, p.y);
        frames += 2;
        if (selectAll) { input.pressKey('Control+a'); frames += 2; }
      }
      if (asChars) { input.typeChars(text); frames += 1; } else { input.typeKeys(text); frames += 2 * [...text].length; }
      if (end) { input.pressKey(end); frames += 2; }
      const where = intoField ? `into (${p.x},${p.y}) on ${p.on}${selectAll ? ' after Ctrl+A' : ''}` : 'wherever the focus is';
      return { text: `type ${JSON.stringify(text)} ${asChars ? 'as characters' : 'as keys'} ${where}${end ? `, then ${end}` : ''}`, frames };
    }
    default:
      throw new Error(`unknown event kind ${kind}`);
  }
}

// ---- Checks ----------------------------------------------------------------------------------

// Paths of every value in `value` that is not a finite number where a number belongs.
//
// window.boomerang.state() is nlohmann::json serialised by the app: it writes NaN and ±∞ as
// null. state().inputs is the deal as its book file holds it, which leaves an absent value
// out; every figure in state().outputs and every number in state().results is a value the
// book gives. So a null anywhere is a number that was not finite and counts as a failure.
// Strings (names, dates, choice keys) and booleans are allowed.
export function nonFinitePaths(value, path = '') {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [`${path} = ${value}`];
  if (value === null) return [`${path} = null (NaN or ±Infinity in the app)`];
  if (typeof value === 'string' || typeof value === 'boolean') return [];
  if (Array.isArray(value)) return value.flatMap((item, i) => nonFinitePaths(item, `${path}[${i}]`));
  if (typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => nonFinitePaths(item, path ? `${path}.${key}` : key));
  }
  return [`${path} = ${String(value)} (${typeof value})`];
}

// Everything wrong with one state(): non-finite numbers and missing parts. A book may have
// no deal (the monkey can remove them all), and a deal no figure: empty inputs and outputs
// are fine.
export function stateProblems(state) {
  const problems = [];
  for (const part of ['inputs', 'outputs', 'results']) {
    if (!state || typeof state[part] !== 'object' || state[part] === null) problems.push(`state().${part} is missing`);
  }
  if (problems.length) return problems;
  if (!Array.isArray(state.results.deals)) problems.push('state().results.deals is missing');
  for (const part of ['inputs', 'outputs', 'results']) {
    for (const path of nonFinitePaths(state[part], part)) problems.push(`not finite: ${path}`);
  }
  return problems;
}

// Where two JSON values differ, as paths with both values (at most `limit`), so a failure
// says what changed rather than only that something did.
export function jsonDifferences(before, after, path = '', limit = 10) {
  const found = [];
  const walk = (a, b, at) => {
    if (found.length >= limit) return;
    const bothObjects = a && b && typeof a === 'object' && typeof b === 'object' && Array.isArray(a) === Array.isArray(b);
    if (!bothObjects) {
      if (JSON.stringify(a) !== JSON.stringify(b)) found.push(`${at || '(top)'}: ${JSON.stringify(a)} -> ${JSON.stringify(b)}`);
      return;
    }
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      walk(a[key], b[key], Array.isArray(a) ? `${at}[${key}]` : (at ? `${at}.${key}` : key));
    }
  };
  walk(before, after, path);
  return found;
}
