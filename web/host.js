// The page around the calculator: what a browser offers that the C++ app cannot do itself.
//
//   address    the book lives in the URL fragment (#p1.… for a preset and its edits, #b1.…
//              for any book, compressed here with the browser's CompressionStream; old #s1.…
//              scenario links still open); Back and Forward follow edits
//   autosave   the working book survives a reload (localStorage); a shared link never
//              silently replaces it, and it never hides the link
//   embed      ?embed=1&view=…&theme=light|dark|auto: no chrome, an "Open in Boomerang" link,
//              the content height posted to the host page
//   files      downloads (PNG, CSV, JSON), the file picker and dropping a file on the page
//   idle       wakes the app's frame loop on input, resize and visibility (frame_scheduler.hpp)
//   summary    a visually hidden list of the key figures for screen readers
//
// Nothing taken from the URL, a file or storage is ever parsed as HTML: text goes through
// textContent and attributes through properties.
'use strict';

window.BoomerangHost = (function () {
  const AUTOSAVE_KEY = 'boomerang.autosave@1';
  const SYNC_DELAY_MS = 250;      // address and summary follow edits, not every drag pixel
  const AUTOSAVE_DELAY_MS = 500;
  const MAX_PASTE_CHARS = 64 * 1024;  // far more than any field holds

  // ---- Page options ------------------------------------------------------------------------
  function pageOptions() {
    const query = new URLSearchParams(location.search);
    const view = query.get('view');
    const theme = query.get('theme');
    return {
      embed: query.get('embed') === '1',
      view: ['inputs', 'results', 'charts'].includes(view) ? view : 'all',
      theme: ['light', 'dark', 'auto'].includes(theme) ? theme : 'auto',
    };
  }

  function pageUrl() { return location.href.split('#')[0]; }
  function fullAppUrl(fragment) { return `${location.origin === 'null' ? pageUrl() : location.origin + location.pathname}#${fragment}`; }

  // ---- #b1. links: base64url (no padding) of the book's compact JSON, raw DEFLATE -----------
  // The browser's CompressionStream does the compressing, so the page carries no compressor.
  // The app decodes and checks links and says what is wrong with them; the page only runs the
  // browser's (de)compressor, and tells the app when that failed.
  class TooLarge extends Error {}

  function toBase64url(bytes) {
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  async function readAll(stream, limit) {
    const reader = stream.getReader();
    const chunks = [];
    let total = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (limit && total > limit) {
        reader.cancel().catch(() => {});
        throw new TooLarge();
      }
      chunks.push(value);
    }
    const bytes = new Uint8Array(total);
    let offset = 0;
    for (const chunk of chunks) { bytes.set(chunk, offset); offset += chunk.length; }
    return bytes;
  }

  async function deflateRaw(text) {
    return readAll(new Blob([new TextEncoder().encode(text)]).stream().pipeThrough(new CompressionStream('deflate-raw')));
  }

  // What raw DEFLATE `packed` unpacks to, or the problem as the app names it
  // (io::InflateProblem): { bytes } or { problem: 'too_large' | 'not_deflate' }.
  async function inflateRaw(packed, limit) {
    try {
      return { bytes: await readAll(new Blob([packed]).stream().pipeThrough(new DecompressionStream('deflate-raw')), limit) };
    } catch (error) {
      return { problem: error instanceof TooLarge ? 'too_large' : 'not_deflate' };
    }
  }

  // Long texts go through a buffer the app owns (boomerang_text_buffer): ccall copies string
  // arguments onto the Wasm stack, which a long text would overflow.
  function textInBuffer(module, text) {
    const bytes = module.lengthBytesUTF8(text);
    const address = module.ccall('boomerang_text_buffer', 'number', ['number'], [bytes]);
    module.stringToUTF8(text, address, bytes + 1);
    return address;
  }

  // The same for bytes that may be anything (a file, an unpacked link): the app checks them.
  function bytesInBuffer(module, bytes) {
    const address = module.ccall('boomerang_text_buffer', 'number', ['number'], [bytes.length]);
    module.HEAPU8.set(bytes, address);
    return address;
  }

  // The current book's link, without '#': the one the app knows (a preset's "p1." link, or
  // the "b1." link this page made for the book as it is), else the book compressed here,
  // which the app is then given for its share buttons and embed code. The book's compact
  // JSON is made once per change of the book (a second of work for the largest), and the
  // last compressed text is remembered, so undoing back to it costs no compression.
  const linkCache = { revision: -1, compact: null, fragment: '' };
  async function permalinkOf(module) {
    const call = (name) => module.ccall(name, 'string', [], []);
    const bookRevision = () => module.ccall('boomerang_book_revision', 'number', [], []);
    for (let attempt = 0; ; attempt++) {
      const known = call('boomerang_permalink') || call('boomerang_preset_link');
      if (known) return known;
      const revision = bookRevision();
      if (revision !== linkCache.revision) {
        const compact = call('boomerang_book_compact_json');
        if (compact !== linkCache.compact) {
          linkCache.fragment = `b1.${toBase64url(await deflateRaw(compact))}`;
          linkCache.compact = compact;
        }
        linkCache.revision = revision;
      }
      // An edit while the browser compressed: the link is of the book before it; try again.
      // The app is told which book the link is of, and keeps it only while that book is open.
      if (bookRevision() === revision || attempt === 4) {
        module.ccall('boomerang_set_book_link', null, ['number', 'number'],
          [textInBuffer(module, linkCache.fragment), revision]);
        return linkCache.fragment;
      }
    }
  }

  // ---- Storage (unavailable in sandboxed iframes and some private modes) ----------------------
  const storage = {
    read() {
      try {
        const text = window.localStorage.getItem(AUTOSAVE_KEY);
        return text ? JSON.parse(text) : null;
      } catch (error) {
        return null;
      }
    },
    write(record) {
      try {
        window.localStorage.setItem(AUTOSAVE_KEY, JSON.stringify(record));
        return true;
      } catch (error) {
        return false;
      }
    },
    // Keeps a record the app could not read, so nothing the user saved is thrown away.
    keepDamaged(text) {
      try { window.localStorage.setItem(`${AUTOSAVE_KEY}.damaged`, text); } catch (error) { /* nothing more to do */ }
    },
    rawText() {
      try { return window.localStorage.getItem(AUTOSAVE_KEY); } catch (error) { return null; }
    },
  };

  // Starts the page around the module. Resolves once the book the address (or the saved work)
  // names is open, so the loader can call the page ready only then.
  function start(module, canvas) {
    const options = pageOptions();
    const call = (name, ret, types, args) => module.ccall(name, ret, types, args);
    const inBuffer = (text) => textInBuffer(module, text);
    const wake = () => call('boomerang_wake', null, [], []);
    const permalink = () => permalinkOf(module);
    const historyStep = () => call('boomerang_history_step', 'number', [], []);
    // What happened on the page's side; the app words it (ui/page_notices.hpp).
    const pageEvent = (event, detail = '', extra = '') =>
      call('boomerang_page_event', null, ['string', 'string', 'string'], [event, String(detail), String(extra)]);
    // Opens a link (with or without '#'); resolves to "" or why not. The app shows the
    // default book, with a notice, when a link cannot be opened.
    const openLink = async (fragment, fromHistory) => {
      const link = fragment.replace(/^#/, '');
      const history = fromHistory ? 1 : 0;
      const openInApp = () => call('boomerang_open_link', 'string', ['number', 'number'], [inBuffer(link), history]);
      if (!link.startsWith('b1.')) return openInApp();
      const count = call('boomerang_book_link_data', 'number', ['number'], [inBuffer(link)]);
      if (count < 0) return openInApp();  // refused by the app, which says why
      const address = call('boomerang_book_link_data_address', 'number', [], []);
      const packed = module.HEAPU8.slice(address, address + count);
      const { bytes, problem } = await inflateRaw(packed, call('boomerang_max_book_bytes', 'number', [], []));
      return call('boomerang_open_inflated_link', 'string', ['number', 'number', 'string', 'number'],
        [bytes ? bytesInBuffer(module, bytes) : 0, bytes ? bytes.length : 0, problem || '', history]);
    };

    // Autosave is off while a shared link is open and the saved work differs, until the
    // reader chooses (see the notice below).
    // An embed never writes: the reader's own work on the full site is not the article's.
    let autosaveHeld = options.embed;
    let lastStep = -1;
    // Fragments this page wrote: Back and Forward among them are edits; any other fragment
    // arriving later (a link pasted into the address bar) is a shared link.
    const ownFragments = new Set();
    let syncTimer = 0;
    let saveTimer = 0;

    // ---- Theme ------------------------------------------------------------------------------
    const darkQuery = window.matchMedia('(prefers-color-scheme: dark)');
    const applyTheme = () => {
      const dark = options.theme === 'dark' || (options.theme === 'auto' && darkQuery.matches);
      call('boomerang_set_theme', null, ['string'], [dark ? 'dark' : 'light']);
    };
    if (options.theme === 'auto') darkQuery.addEventListener('change', applyTheme);

    // ---- Address and history ------------------------------------------------------------------
    function writeAddress(fragment) {
      const step = historyStep();
      if (`#${fragment}` === location.hash) {
        lastStep = step;
        return;
      }
      // A new step of the undo history is a new browser history entry; edits merged into one
      // step (a drag) replace it. An embed never adds entries: the host page's Back is its own.
      const push = !options.embed && lastStep !== -1 && step !== lastStep;
      lastStep = step;
      ownFragments.add(`#${fragment}`);
      try {
        history[push ? 'pushState' : 'replaceState'](null, '', `#${fragment}`);
      } catch (error) {
        // Sandboxed documents may not change their address; the link buttons still work.
      }
    }

    window.addEventListener('popstate', async () => {
      const hash = location.hash;
      if (!hash || `#${await permalink()}` === hash || location.hash !== hash) return;
      if (!ownFragments.has(hash)) {
        openShared(hash);
        return;
      }
      const problem = await openLink(hash, true);
      if (!problem) lastStep = historyStep();
    });

    // ---- Autosave -------------------------------------------------------------------------
    function save(fragment) {
      if (autosaveHeld) return;
      // Only the title: the whole state of a book of thousands of deals takes half a second.
      const title = call('boomerang_book_title', 'string', [], []);
      storage.write({ permalink: fragment, title: title || '', saved_at: new Date().toISOString() });
    }


    // ---- Summary for screen readers and the embed's link --------------------------------------
    const summaryList = document.getElementById('summary-figures');
    const openFull = document.getElementById('open-full');
    function updateSummary() {
      const figures = JSON.parse(call('boomerang_key_figures_json', 'string', [], []));
      const rows = new Map(Array.from(summaryList.children, (row) => [row.dataset.figure, row]));
      const wanted = new Set(figures.map((figure) => figure.id));
      // Cards of another deal go; the selected deal's stay in place, and only changed text is
      // rewritten, so a screen reader announces just what changed.
      for (const [id, row] of rows) if (!wanted.has(id)) row.remove();
      let previous = null;
      for (const figure of figures) {
        let row = rows.get(figure.id);
        if (!row) {
          row = document.createElement('div');
          row.dataset.figure = figure.id;
          row.append(document.createElement('dt'), document.createElement('dd'));
        }
        const expected = previous ? previous.nextElementSibling : summaryList.firstElementChild;
        if (expected !== row) {
          if (previous) previous.after(row);
          else summaryList.prepend(row);
        }
        const [term, value] = row.children;
        if (term.textContent !== figure.label) term.textContent = figure.label;
        const text = figure.detail ? `${figure.value} (${figure.detail})` : figure.value;
        if (value.textContent !== text) value.textContent = text;
        previous = row;
      }
    }
    // Choosing another deal changes the figures but not the book (no address to update):
    // the summary follows clicks and keys too, once the app has drawn them (and again a
    // little later, for a slow frame).
    let summaryTimers = [];
    const updateSummaryLater = () => {
      summaryTimers.forEach(clearTimeout);
      summaryTimers = [SYNC_DELAY_MS, 4 * SYNC_DELAY_MS].map((ms) => setTimeout(updateSummary, ms));
    };
    for (const type of ['pointerup', 'keyup']) window.addEventListener(type, updateSummaryLater, { passive: true });

    let syncing = null;
    async function syncNow() {
      syncTimer = 0;
      // One sync at a time: compressing a book takes a moment, and the address must follow
      // the edits in their order.
      while (syncing) await syncing;
      let done;
      syncing = new Promise((resolve) => { done = resolve; });
      try {
        const fragment = await permalink();
        writeAddress(fragment);
        updateSummary();
        if (openFull) openFull.href = fullAppUrl(fragment);
        clearTimeout(saveTimer);
        saveTimer = setTimeout(() => save(fragment), AUTOSAVE_DELAY_MS);
      } finally {
        syncing = null;
        done();
      }
    }

    // ---- Files --------------------------------------------------------------------------------
    function offerDownload(blob, fileName) {
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = fileName;
      link.hidden = true;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60000);
    }

    // The app reads the file and says what is wrong with it; a file larger than any book is
    // not read at all.
    async function importFile(file) {
      if (!file) return;
      const tooLarge = file.size > call('boomerang_max_book_bytes', 'number', [], []);
      const bytes = tooLarge ? null : new Uint8Array(await file.arrayBuffer());
      call('boomerang_open_file', 'string', ['string', 'number', 'number', 'number'],
        [file.name, bytes ? bytesInBuffer(module, bytes) : 0, bytes ? bytes.length : 0, file.size]);
    }

    const picker = document.createElement('input');
    picker.type = 'file';
    picker.accept = '.json,application/json';
    picker.hidden = true;
    picker.addEventListener('change', () => {
      importFile(picker.files[0]);
      picker.value = '';
    });
    document.body.append(picker);

    document.addEventListener('dragover', (event) => {
      if (!event.dataTransfer || !Array.from(event.dataTransfer.types).includes('Files')) return;
      event.preventDefault();
      document.body.classList.add('dropping');
    });
    document.addEventListener('dragleave', () => document.body.classList.remove('dropping'));
    document.addEventListener('drop', (event) => {
      document.body.classList.remove('dropping');
      if (!event.dataTransfer || !event.dataTransfer.files.length) return;
      event.preventDefault();
      importFile(event.dataTransfer.files[0]);
    });

    async function copyText(text, confirmation) {
      try {
        await navigator.clipboard.writeText(text);
        pageEvent('copied', confirmation);
      } catch (error) {
        pageEvent('clipboard_refused', error.message, text);
      }
    }

    // The app's "Copy link": the link is made here, since only the page can compress a book.
    async function copyLink(confirmation) {
      let fragment;
      try {
        fragment = await permalink();
      } catch (error) {
        pageEvent('link_not_made', error.message);
        return;
      }
      await copyText(fullAppUrl(fragment), confirmation);
    }

    // ---- What the app asks of the page (js_bridge.cpp) -----------------------------------------
    module.host = {
      copyText,
      copyLink,
      download: (fileName, mimeType, content) => offerDownload(new Blob([content], { type: mimeType }), fileName),
      // Called while the frame just drawn is still in the canvas: toBlob copies it now.
      capturePng: (fileName) => canvas.toBlob((blob) => {
        if (blob) offerDownload(blob, fileName);
        else pageEvent('picture_not_made');
      }, 'image/png'),
      pickFile: () => picker.click(),
      action: async (id) => {
        const saved = storage.read();
        if (id === 'open-saved' && saved) {
          autosaveHeld = options.embed;
          await openLink(saved.permalink, false);
        } else if (id === 'keep-link') {
          autosaveHeld = options.embed;
          save(await permalink());
        }
      },
      scenarioChanged: () => {
        if (!syncTimer) syncTimer = setTimeout(syncNow, SYNC_DELAY_MS);
      },
      contentHeight: (cssPixels) => {
        if (options.embed && window.parent !== window) {
          window.parent.postMessage({ type: 'boomerang:height', height: Math.ceil(cssPixels) }, '*');
        }
      },
    };
    // The same notification under the book's name, should the app use it.
    module.host.bookChanged = module.host.scenarioChanged;

    // ---- Waking the frame loop ----------------------------------------------------------------
    // On the window, not the canvas: a drag that leaves the canvas still moves its value.
    for (const type of ['pointerdown', 'pointermove', 'pointerup', 'pointercancel', 'touchstart', 'touchmove',
                        'touchend', 'keydown', 'keyup', 'resize', 'focus', 'blur']) {
      window.addEventListener(type, wake, { passive: true });
    }
    canvas.addEventListener('pointerleave', wake, { passive: true });
    // The canvas never hears a button released outside it; the app must, or it keeps dragging.
    window.addEventListener('mouseup', (event) => {
      if (event.target !== canvas) call('boomerang_mouse_released', null, ['number'], [event.button]);
    }, { capture: true, passive: true });
    // Ctrl+V in a text field: the app reads this text in the frame after the key press.
    document.addEventListener('paste', (event) => {
      const text = event.clipboardData ? event.clipboardData.getData('text/plain') : '';
      call('boomerang_paste', null, ['number'], [inBuffer(text.slice(0, MAX_PASTE_CHARS))]);
    });
    let onScreen = true;
    const updateVisibility = () => call('boomerang_set_visible', null, ['number'], [!document.hidden && onScreen ? 1 : 0]);
    document.addEventListener('visibilitychange', updateVisibility);
    new IntersectionObserver((entries) => {
      onScreen = entries[entries.length - 1].isIntersecting;
      updateVisibility();
    }).observe(canvas);

    // ---- Opening: link, saved work or the default ---------------------------------------------
    if (options.embed) document.body.classList.add('embed');
    call('boomerang_configure', null, ['string', 'number', 'string'], [pageUrl(), options.embed ? 1 : 0, options.view]);
    applyTheme();

    // A link from someone else: shown as it is, while the reader's saved work waits untouched.
    async function openShared(fragment) {
      const saved = options.embed ? null : storage.read();
      const problem = await openLink(fragment, false);
      if (problem) {
        autosaveHeld = autosaveHeld || !!saved;
        // The app has said why; the reader may go back to their own book from there.
        if (saved) pageEvent('saved_book_offered', '', saved.title || '');
      } else if (saved && `#${saved.permalink}` !== fragment && saved.permalink !== await permalink()) {
        autosaveHeld = true;
        pageEvent('shared_link_over_saved', '', saved.title || '');
      }
    }

    async function open() {
      const saved = options.embed ? null : storage.read();
      if (location.hash.length > 1) {
        await openShared(location.hash);
      } else if (saved && typeof saved.permalink === 'string') {
        const problem = await openLink(saved.permalink, false);
        if (problem) {
          storage.keepDamaged(storage.rawText());
          pageEvent('saved_book_unrestored', problem, `${AUTOSAVE_KEY}.damaged`);
        }
      } else if (storage.rawText() !== null) {
        storage.keepDamaged(storage.rawText());
        pageEvent('saved_book_unreadable', '', `${AUTOSAVE_KEY}.damaged`);
      }
      // The address shows the book from the start; later edits push or replace entries.
      lastStep = -1;
      clearTimeout(syncTimer);
      await syncNow();
      lastStep = historyStep();
      wake();
    }

    return open();
  }

  return { start, pageOptions, permalinkOf };
})();
