// The page around the calculator: what a browser offers that the C++ app cannot do itself.
//
//   address    the scenario lives in the URL fragment (#s1.…); Back and Forward follow edits
//   autosave   the working scenario survives a reload (localStorage); a shared link never
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
  // The app's own limits (io/scenario_json.hpp, io/permalink.hpp), checked here too so that
  // a huge file or link is refused before it is copied into the app's memory.
  const MAX_SCENARIO_BYTES = 1024 * 1024;
  const MAX_LINK_CHARS = 256 * 1024;
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

  function start(module, canvas) {
    const options = pageOptions();
    const call = (name, ret, types, args) => module.ccall(name, ret, types, args);
    // ccall copies string arguments onto the Wasm stack, which a long text would overflow:
    // long texts go through a buffer the app owns (boomerang_text_buffer).
    const inBuffer = (text) => {
      const bytes = module.lengthBytesUTF8(text);
      const address = call('boomerang_text_buffer', 'number', ['number'], [bytes]);
      module.stringToUTF8(text, address, bytes + 1);
      return address;
    };
    const wake = () => call('boomerang_wake', null, [], []);
    const permalink = () => call('boomerang_permalink', 'string', [], []);
    const notice = (text, isError = false, actions = []) =>
      call('boomerang_show_notice', null, ['string'], [JSON.stringify({ text, is_error: isError, actions })]);
    const openLink = (fragment, fromHistory) => {
      const length = fragment.replace(/^#/, '').length;
      if (length > MAX_LINK_CHARS) {
        return `The link is ${length} characters long; a Boomerang link holds at most ${MAX_LINK_CHARS}`;
      }
      return call('boomerang_open_link', 'string', ['number', 'number'], [inBuffer(fragment), fromHistory ? 1 : 0]);
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
      const step = call('boomerang_history_step', 'number', [], []);
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

    window.addEventListener('popstate', () => {
      if (!location.hash || `#${permalink()}` === location.hash) return;
      if (!ownFragments.has(location.hash)) {
        openShared(location.hash);
        return;
      }
      const problem = openLink(location.hash, true);
      if (!problem) lastStep = call('boomerang_history_step', 'number', [], []);
    });

    // ---- Autosave -------------------------------------------------------------------------
    function save(fragment) {
      if (autosaveHeld) return;
      const title = JSON.parse(call('boomerang_state_json', 'string', [], [])).view.title;
      storage.write({ permalink: fragment, title: title || '', saved_at: new Date().toISOString() });
    }

    function savedWorkActions(saved) {
      return saved ? [{ id: 'open-saved', label: `Open my saved scenario${saved.title ? ` (${saved.title})` : ''}` }] : [];
    }

    // ---- Summary for screen readers and the embed's link --------------------------------------
    const summaryList = document.getElementById('summary-figures');
    const openFull = document.getElementById('open-full');
    function updateSummary(fragment) {
      const figures = JSON.parse(call('boomerang_key_figures_json', 'string', [], []));
      for (const figure of figures) {
        let row = summaryList.querySelector(`[data-figure="${CSS.escape(figure.id)}"]`);
        if (!row) {
          row = document.createElement('div');
          row.dataset.figure = figure.id;
          row.append(document.createElement('dt'), document.createElement('dd'));
          summaryList.append(row);
        }
        const [term, value] = row.children;
        // Only changed text is rewritten, so a screen reader announces just what changed.
        if (term.textContent !== figure.label) term.textContent = figure.label;
        const text = `${figure.value} (${figure.detail})`;
        if (value.textContent !== text) value.textContent = text;
      }
      if (openFull) openFull.href = fullAppUrl(fragment);
    }

    function syncNow() {
      syncTimer = 0;
      const fragment = permalink();
      writeAddress(fragment);
      updateSummary(fragment);
      clearTimeout(saveTimer);
      saveTimer = setTimeout(() => save(fragment), AUTOSAVE_DELAY_MS);
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

    async function importFile(file) {
      if (!file) return;
      if (file.size > MAX_SCENARIO_BYTES) {
        notice(`Cannot import ${file.name}: the file is ${file.size} bytes long; a scenario file may be at most ${MAX_SCENARIO_BYTES} bytes (1 MiB). Your scenario is unchanged.`, true);
        return;
      }
      let text;
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
      } catch (error) {
        notice(`Cannot import ${file.name}: it is not UTF-8 text (is it a scenario file?). Your scenario is unchanged.`, true);
        return;
      }
      const address = inBuffer(text);
      call('boomerang_open_text', 'string', ['string', 'number'], [file.name, address]);
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
        notice(confirmation);
      } catch (error) {
        notice(`This browser did not let Boomerang use the clipboard (${error.message}). Copy it from here: ${text}`, true);
      }
    }

    // ---- What the app asks of the page (js_bridge.cpp) -----------------------------------------
    module.host = {
      copyText,
      download: (fileName, mimeType, content) => offerDownload(new Blob([content], { type: mimeType }), fileName),
      // Called while the frame just drawn is still in the canvas: toBlob copies it now.
      capturePng: (fileName) => canvas.toBlob((blob) => {
        if (blob) offerDownload(blob, fileName);
        else notice('The picture could not be made: the browser returned no image.', true);
      }, 'image/png'),
      pickFile: () => picker.click(),
      action: (id) => {
        const saved = storage.read();
        if (id === 'open-saved' && saved) {
          autosaveHeld = options.embed;
          openLink(saved.permalink, false);
        } else if (id === 'keep-link') {
          autosaveHeld = options.embed;
          save(permalink());
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
    function openShared(fragment) {
      const saved = options.embed ? null : storage.read();
      const problem = openLink(fragment, false);
      if (problem) {
        autosaveHeld = autosaveHeld || !!saved;
        // "The link is damaged: …" reads on as "This link could not be opened: it is damaged: …".
        const reason = problem.replace(/^The link /, 'it ');
        notice(`This link could not be opened: ${reason}. Showing the default scenario instead.`, true, savedWorkActions(saved));
      } else if (saved && `#${saved.permalink}` !== fragment) {
        autosaveHeld = true;
        notice('You opened a shared link. Your own saved scenario is kept in this browser, unchanged, until you choose.', false,
               [...savedWorkActions(saved), { id: 'keep-link', label: 'Keep this one as my scenario instead' }]);
      }
    }

    const saved = options.embed ? null : storage.read();
    if (location.hash.length > 1) {
      openShared(location.hash);
    } else if (saved) {
      const problem = typeof saved.permalink === 'string' ? openLink(saved.permalink, false) : 'it is not a scenario';
      if (problem) {
        storage.keepDamaged(storage.rawText());
        notice(`Your saved scenario could not be restored (${problem}). It is kept in this browser's storage as "${AUTOSAVE_KEY}.damaged".`, true);
      }
    } else if (storage.rawText() !== null) {
      storage.keepDamaged(storage.rawText());
      notice(`Your saved scenario could not be read. It is kept in this browser's storage as "${AUTOSAVE_KEY}.damaged".`, true);
    }
    // The address shows the scenario from the start; later edits push or replace entries.
    lastStep = -1;
    syncNow();
    lastStep = call('boomerang_history_step', 'number', [], []);
    wake();
  }

  return { start, pageOptions };
})();
