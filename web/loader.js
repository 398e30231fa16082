// Loads the WebAssembly calculator, keeps the canvas sized for the device, and exposes
// window.boomerang, the small API that tests (and curious readers) use to read the state.
//
// Order of events: check WebAssembly + WebGL2 -> download boomerang.wasm with progress ->
// start the module -> host.js opens the book the address or the saved work names (a #b1.
// link is unpacked asynchronously) while the app draws its first frame and calls
// Module.onReady -> once both are done, window.boomerang.ready is true and the
// 'boomerang-ready' event fires on window.
'use strict';

(function () {
  const canvas = document.getElementById('canvas');
  const loading = document.getElementById('loading');
  const loadingText = document.getElementById('loading-text');
  const loadingBar = document.getElementById('loading-bar');

  const api = { ready: false, errors: [] };
  window.boomerang = api;

  function fail(message) {
    api.errors.push(message);
    loading.hidden = false;
    loading.classList.add('failed');
    loadingText.textContent = message; // textContent: messages are never parsed as HTML
    canvas.hidden = true;
  }

  function webgl2Available() {
    try {
      return !!document.createElement('canvas').getContext('webgl2');
    } catch (e) {
      return false;
    }
  }

  // The single-file page (scripts/single-file.mjs) carries its files inside itself, each in a
  // <script data-file="name"> ahead of this loader: the Wasm as base64 in a data block, the
  // module's script as ordinary inline code that has already run.
  function inlineFile(name) {
    return document.querySelector(`script[data-file="${name}"]`);
  }

  async function download(url, onProgress) {
    const inline = inlineFile(url);
    if (inline) {
      const bytes = Uint8Array.from(atob(inline.textContent.trim()), (c) => c.charCodeAt(0));
      onProgress(1);
      return bytes.buffer;
    }
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: ${response.status} ${response.statusText}`);
    const total = Number(response.headers.get('Content-Length')) || 0;
    if (!response.body || !total) return response.arrayBuffer();
    // A compressed response's Content-Length counts compressed bytes while the stream yields
    // decompressed ones, so the true fraction is unknown; so is it cross-origin (the page in a
    // sandboxed iframe), where Content-Encoding is hidden. The bar then follows a curve that
    // rises with the bytes received and reaches its end only when the download does.
    const encoding = response.headers.get('Content-Encoding');
    const exact = response.type !== 'cors' && (!encoding || encoding === 'identity');
    const reader = response.body.getReader();
    const chunks = [];
    let received = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      received += value.length;
      onProgress(exact ? Math.min(received / total, 1) : 1 - Math.exp(-received / total));
    }
    onProgress(1);
    const bytes = new Uint8Array(received);
    let offset = 0;
    for (const chunk of chunks) { bytes.set(chunk, offset); offset += chunk.length; }
    return bytes.buffer;
  }

  function loadScript(url) {
    if (inlineFile(url)) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = url;
      script.onload = resolve;
      script.onerror = () => reject(new Error(`${url} could not be loaded`));
      document.head.appendChild(script);
    });
  }

  // Backing store = CSS size × devicePixelRatio, so text is crisp on HiDPI screens.
  // Emscripten 3.1.6's GLFW has no HiDPI support of its own (see docs/WEB.md).
  function fitCanvas(module) {
    const dpr = window.devicePixelRatio || 1;
    const rect = canvas.getBoundingClientRect();
    const width = Math.max(1, Math.round(rect.width * dpr));
    const height = Math.max(1, Math.round(rect.height * dpr));
    if (canvas.width !== width || canvas.height !== height) module.setCanvasSize(width, height);
  }

  function installTestApi(module) {
    const readJson = (name) => JSON.parse(module.ccall(name, 'string', [], []));
    const dpr = () => window.devicePixelRatio || 1;
    api.state = () => readJson('boomerang_state_json');
    api.book = () => module.ccall('boomerang_book_json', 'string', [], []);
    // Widget rectangles in CSS pixels relative to the page, keyed by widget id.
    api.widgets = () => {
      const rect = canvas.getBoundingClientRect();
      const scale = dpr();
      const out = {};
      for (const [id, r] of Object.entries(readJson('boomerang_widgets_json'))) {
        out[id] = { x: rect.left + r.x / scale, y: rect.top + r.y / scale,
                    width: r.width / scale, height: r.height / scale };
      }
      return out;
    };
    api.frameCount = () => module.ccall('boomerang_frame_count', 'number', [], []);
    api.frameTimes = () => readJson('boomerang_frame_times_json');
    // A Promise of the book's link without '#': "p1.…" for a preset and its edits, else
    // "b1.…" (the book compressed by the browser; host.js).
    api.permalink = () => BoomerangHost.permalinkOf(module);
    // Asks for a few frames, as an input would (the page draws nothing while idle).
    api.wake = () => module.ccall('boomerang_wake', null, [], []);
    api.keyFigures = () => readJson('boomerang_key_figures_json');
    // Bytes of WebAssembly memory the app holds now (it grows, never shrinks; bench/ reads it).
    // Emscripten 3.1.6 puts HEAP8 on the module; later releases may not (then the Memory among
    // the module's exports, when it shows them, else null).
    api.memoryBytes = () => {
      if (module.HEAP8) return module.HEAP8.buffer.byteLength;
      const exports = module.wasmExports || module.asm || {};
      const memory = Object.values(exports).find((value) => value instanceof WebAssembly.Memory);
      return memory ? memory.buffer.byteLength : null;
    };
    // What "Paste a headline…" reads from `text` (boomerang/headline@1, as boomerang-cli parse).
    api.readHeadline = (text) => JSON.parse(module.ccall('boomerang_read_headline_json', 'string', ['string'], [text]));
    // The parser alone: how many drafts it reads (bench/browser_parse.mjs times this).
    api.headlineDraftCount = (text) => module.ccall('boomerang_headline_draft_count', 'number', ['string'], [text]);
  }

  async function start() {
    if (typeof WebAssembly !== 'object') {
      fail('This browser cannot run WebAssembly, which Boomerang needs. Try a current Firefox, Chrome, Edge or Safari.');
      return;
    }
    if (!webgl2Available()) {
      fail('This browser has WebGL 2 turned off or unavailable, which Boomerang needs to draw. Enable hardware acceleration or try another browser.');
      return;
    }
    let wasmBinary;
    try {
      wasmBinary = await download('boomerang.wasm', (fraction) => { loadingBar.value = fraction; });
      await loadScript('boomerang.js');
    } catch (error) {
      fail(`Boomerang could not be downloaded (${error.message}). Check your connection and reload the page.`);
      return;
    }
    loadingText.textContent = 'Starting…';
    // Ready once the first frame is drawn and the book the address names is open (a #b1.
    // link is unpacked asynchronously), so what the page then shows is what it was asked for.
    let firstFrame = false;
    let opened = false;
    const becomeReady = () => {
      if (!firstFrame || !opened || api.ready) return;
      loading.hidden = true;
      api.ready = true;
      window.dispatchEvent(new Event('boomerang-ready'));
    };
    const module = {
      canvas,
      wasmBinary,
      print: (text) => console.log(text),
      printErr: (text) => console.warn(text),
      onAbort: (what) => fail(`Boomerang stopped unexpectedly (${what}). Reload the page to start again.`),
      onReady: () => {
        // bench/ reads this mark: time to first frame, from navigation start.
        performance.mark('boomerang-first-frame');
        firstFrame = true;
        becomeReady();
      },
    };
    try {
      const instance = await createBoomerang(module);
      installTestApi(instance);
      fitCanvas(instance);
      const opening = BoomerangHost.start(instance, canvas);
      new ResizeObserver(() => {
        fitCanvas(instance);
        instance.ccall('boomerang_wake', null, [], []);
      }).observe(canvas);
      window.addEventListener('resize', () => fitCanvas(instance));
      BoomerangTouch.install(instance, canvas);
      canvas.addEventListener('pointerdown', () => canvas.focus());
      canvas.addEventListener('contextmenu', (event) => event.preventDefault());
      await opening;
      opened = true;
      becomeReady();
    } catch (error) {
      fail(`Boomerang could not start (${error.message || error}).`);
    }
  }

  start();
})();
