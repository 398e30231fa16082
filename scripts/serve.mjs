// Serves a built site folder on http://127.0.0.1:PORT (loopback only) and prints the URL.
//
//   node scripts/serve.mjs [--port N] [--root DIR]
//
// Plain Node, no packages: the right MIME types for .wasm and no caching, so a rebuild
// shows on reload. Used by scripts/run.sh and by the browser tests.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

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

export async function startServer({ root, port = 0, host = '127.0.0.1' }) {
  const base = resolve(root);
  const server = createServer(async (request, response) => {
    try {
      const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
      let file = normalize(join(base, path));
      if (file !== base && !file.startsWith(base + sep)) throw Object.assign(new Error('outside root'), { code: 'ENOENT' });
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      response.writeHead(200, {
        'Content-Type': MIME[extname(file)] || 'application/octet-stream',
        'Content-Length': body.length,
        'Cache-Control': 'no-store',
      });
      response.end(request.method === 'HEAD' ? undefined : body);
    } catch (error) {
      const missing = error.code === 'ENOENT' || error.code === 'ENOTDIR';
      response.writeHead(missing ? 404 : 500, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end(missing ? 'not found' : 'server error');
    }
  });
  await new Promise((ok, fail) => server.once('error', fail).listen(port, host, ok));
  return { server, url: `http://${host}:${server.address().port}/` };
}

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
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
