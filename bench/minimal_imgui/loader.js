// Starts the minimal app the way web/loader.js starts Boomerang (download the Wasm, then the
// module's script) and marks its first frame for bench/web_size.mjs.
'use strict';

(async function () {
  const canvas = document.getElementById('canvas');
  const api = { ready: false, errors: [] };
  window.boomerang = api; // the same readiness flag as the real page, so one harness reads both
  try {
    const response = await fetch('minimal_imgui.wasm');
    if (!response.ok) throw new Error(`minimal_imgui.wasm: ${response.status}`);
    const wasmBinary = await response.arrayBuffer();
    await new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = 'minimal_imgui.js';
      script.onload = resolve;
      script.onerror = () => reject(new Error('minimal_imgui.js could not be loaded'));
      document.head.appendChild(script);
    });
    canvas.width = canvas.clientWidth;
    canvas.height = canvas.clientHeight;
    await createMinimalImgui({
      canvas,
      wasmBinary,
      onReady: () => {
        performance.mark('boomerang-first-frame');
        api.ready = true;
      },
    });
  } catch (error) {
    api.errors.push(String(error.message || error));
    console.error(error);
  }
})();
