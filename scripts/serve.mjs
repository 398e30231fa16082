// Serves a built site folder on http://127.0.0.1:PORT (loopback only) and prints the URL.
//
//   node scripts/serve.mjs [--port N] [--root DIR]
//
// Plain Node, no packages: the right MIME types for .wasm and no caching, so a rebuild
// shows on reload. Text and WebAssembly go out compressed, as a static host would send them
// (brotli when the browser accepts it, else gzip), each file compressed once per version and
// kept in memory. Every response allows any origin (Access-Control-Allow-Origin: *), as
// GitHub Pages does: a page in a sandboxed iframe has an opaque origin, so its fetch of
// boomerang.wasm is cross-origin. Used by scripts/run.sh, the browser tests and bench/.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import { option } from './options.mjs';

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
};

// Already-compressed formats (.png) gain nothing from a second pass.
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.json', '.svg', '.ico']);

// The encodings a static host serves, best first, and how we make them (maximum settings:
// each file is compressed once, so the time is spent once).
const ENCODERS = {
  br: (body) => brotliCompressSync(body, {
    params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: body.length },
  }),
  gzip: (body) => gzipSync(body, { level: 9 }),
};

// The best encoding `accept` (an Accept-Encoding header) allows, or 'identity'.
export function chooseEncoding(accept = '') {
  const allowed = new Map();
  for (const part of accept.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    allowed.set(name, q ? Number(q.slice(2)) : 1);
  }
  const accepts = (name) => (allowed.has(name) ? allowed.get(name) : allowed.get('*') ?? 0) > 0;
  return Object.keys(ENCODERS).find(accepts) ?? 'identity';
}

export async function startServer({ root, port = 0, host = '127.0.0.1' }) {
  const base = resolve(root);
  // path -> { version, identity, br?, gzip? }; a file's version is its size and mtime, so a
  // rebuilt file is compressed afresh and an unchanged one never twice.
  const cache = new Map();

  async function body(file, encoding) {
    const info = await stat(file);
    const version = `${info.size}:${info.mtimeMs}`;
    let entry = cache.get(file);
    if (!entry || entry.version !== version) {
      entry = { version, identity: await readFile(file) };
      cache.set(file, entry);
    }
    if (encoding !== 'identity') entry[encoding] ??= ENCODERS[encoding](entry.identity);
    return entry[encoding];
  }

  const server = createServer(async (request, response) => {
    try {
      const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
      let file = normalize(join(base, path));
      if (file !== base && !file.startsWith(base + sep)) throw Object.assign(new Error('outside root'), { code: 'ENOENT' });
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const compressible = COMPRESSIBLE.has(extname(file));
      const encoding = compressible ? chooseEncoding(request.headers['accept-encoding']) : 'identity';
      const content = await body(file, encoding);
      const headers = {
        'Content-Type': MIME[extname(file)] || 'application/octet-stream',
        // With Content-Encoding this is the compressed size (what goes over the wire).
        'Content-Length': content.length,
        'Cache-Control': 'no-store',
        'Access-Control-Allow-Origin': '*',
      };
      if (compressible) headers.Vary = 'Accept-Encoding';
      if (encoding !== 'identity') headers['Content-Encoding'] = encoding;
      response.writeHead(200, headers);
      response.end(request.method === 'HEAD' ? undefined : content);
    } catch (error) {
      const missing = error.code === 'ENOENT' || error.code === 'ENOTDIR';
      response.writeHead(missing ? 404 : 500, {
        'Content-Type': 'text/plain; charset=utf-8',
        'Access-Control-Allow-Origin': '*',
      });
      response.end(missing ? 'not found' : 'server error');
    }
  });
  await new Promise((ok, fail) => server.once('error', fail).listen(port, host, ok));
  return { server, url: `http://${host}:${server.address().port}/` };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = option('--root', 'build/web/site');
  const port = Number(option('--port', process.env.PORT || 8080));
  try {
    await stat(join(root, 'index.html'));
    const { url } = await startServer({ root, port });
    console.log(`Boomerang is served at ${url} (Ctrl+C to stop)`);
  } catch (error) {
    console.error(error.code === 'EADDRINUSE'
      ? `port ${port} is in use: pass --port N (or PORT=N)`
      : `cannot serve ${root}: ${error.message}`);
    process.exit(1);
  }
}
