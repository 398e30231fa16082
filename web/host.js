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
  const MAX_IMPORT_BYTES = 16 * 1024 * 1024;  // the app refuses over 1 MiB with its own message

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
    const wake = () => call('boomerang_wake', null, [], []);
    const permalink = () => call('boomerang_permalink', 'string', [], []);
    const notice = (text, isError = false, actions = []) =>
      call('boomerang_show_notice', null, ['string'], [JSON.stringify({ text, is_error: isError, actions })]);
    const openLink = (fragment, fromHistory) => call('boomerang_open_link', 'string', ['string', 'number'], [fragment, fromHistory ? 1 : 0]);

    // Autosave is off while a shared link is open and the saved work differs, until the
    // reader chooses (see the notice below).
    // An embed never writes: the reader's own work on the full site is not the article's.
    let autosaveHeld = options.embed;
    let lastStep = -1;
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
      try {
        history[push ? 'pushState' : 'replaceState'](null, '', `#${fragment}`);
      } catch (error) {
        // Sandboxed documents may not change their address; the link buttons still work.
      }
    }

    window.addEventListener('popstate', () => {
      if (!location.hash || `#${permalink()}` === location.hash) return;
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
      if (file.size > MAX_IMPORT_BYTES) {
        notice(`Cannot import ${file.name}: it is ${(file.size / 1048576).toFixed(1)} MB; a scenario file may be at most 1 MiB. Your scenario is unchanged.`, true);
        return;
      }
      let text;
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
      } catch (error) {
        notice(`Cannot import ${file.name}: it is not UTF-8 text (is it a scenario file?). Your scenario is unchanged.`, true);
        return;
      }
      call('boomerang_open_text', 'string', ['string', 'string'], [file.name, text]);
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
    for (const type of ['pointerdown', 'pointermove', 'pointerup', 'pointercancel', 'pointerleave', 'touchstart',
                        'touchmove', 'touchend', 'focus', 'blur']) {
      canvas.addEventListener(type, wake, { passive: true });
    }
    for (const type of ['keydown', 'keyup', 'resize', 'focus', 'blur']) window.addEventListener(type, wake, { passive: true });
    // Ctrl+V in a text field: the app reads this text in the frame after the key press.
    document.addEventListener('paste', (event) => {
      const text = event.clipboardData ? event.clipboardData.getData('text/plain') : '';
      call('boomerang_paste', null, ['string'], [text]);
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

    const saved = options.embed ? null : storage.read();
    if (location.hash.length > 1) {
      const problem = openLink(location.hash, false);
      const savedDiffers = saved && `#${saved.permalink}` !== location.hash;
      if (problem) {
        autosaveHeld = autosaveHeld || !!saved;
        notice(`This link could not be opened. ${problem}. Showing the default scenario instead.`, true, savedWorkActions(saved));
      } else if (savedDiffers) {
        autosaveHeld = true;
        notice('You opened a shared link. Your own saved scenario is kept in this browser, unchanged, until you choose.', false,
               [...savedWorkActions(saved), { id: 'keep-link', label: 'Keep this one as my scenario instead' }]);
      }
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
