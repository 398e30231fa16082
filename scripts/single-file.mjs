// Turns the built site into one self-contained page, for hosts that take a single file:
//
//   node scripts/single-file.mjs [--site build/web/site] [--out build/web/boomerang-single.html]
//
// The web build runs it after every link (cmake/web_size.cmake). The page is index.html with
// its stylesheets in <style>s, its scripts inline, the icon as a data: URL, and ahead of its
// first script two <script data-file> elements: boomerang.wasm as base64 in a data block and
// boomerang.js as inline code. The loader looks for those first (inlineFile in web/loader.js),
// so one loader serves both builds. It works from file:// (nothing is fetched) and served.
//
// A Content-Security-Policy <meta> allows exactly these inline scripts and this style by
// their SHA-256 hashes (no 'unsafe-inline', no 'unsafe-eval'); 'wasm-unsafe-eval' lets the
// page compile WebAssembly; everything else (connections, frames, objects, forms) is refused.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { option } from './options.mjs';

const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

// Inline script text must not close its element early or open an HTML comment inside it.
// Both escapes are equivalent JavaScript in the strings where such text can appear.
function inlineScriptText(text) {
  return text.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

// Replaces the single match of `pattern` in `html`, or explains that index.html changed shape.
function replaceOnce(html, pattern, replacement, what) {
  const matches = html.match(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`)) || [];
  if (matches.length !== 1) throw new Error(`index.html: expected one ${what}, found ${matches.length}`);
  return html.replace(pattern, replacement);
}

// The page's own files only: a relative URL without scheme, host or query.
const LOCAL = '[^":?#/][^":?#]*';

export function buildSingleFile(site) {
  const read = (name, encoding) => readFileSync(join(site, name), encoding);
  let html = read('index.html', 'utf8');
  const inlineScripts = [];
  const inlineStyles = [];

  html = html.replace(new RegExp(`<link rel="stylesheet" href="(${LOCAL})">`, 'g'), (_, href) => {
    const css = read(href, 'utf8');
    inlineStyles.push(css);
    return `<style>${css}</style>`;
  });

  html = replaceOnce(html, new RegExp(`<link rel="icon" href="(${LOCAL})" type="([^"]+)">`), (_, href, type) =>
    `<link rel="icon" href="data:${type};base64,${read(href).toString('base64')}" type="${type}">`, 'icon link');

  // The compiled module goes ahead of the page's first script, the page's scripts stay in order.
  let first = true;
  html = html.replace(new RegExp(`<script src="(${LOCAL})"></script>`, 'g'), (_, src) => {
    const parts = [];
    if (first) {
      const moduleJs = inlineScriptText(read('boomerang.js', 'utf8'));
      inlineScripts.push(moduleJs);
      parts.push(
        `<script type="application/octet-stream" data-file="boomerang.wasm">${read('boomerang.wasm').toString('base64')}</script>`,
        `<script data-file="boomerang.js">${moduleJs}</script>`);
      first = false;
    }
    const js = inlineScriptText(read(src, 'utf8'));
    inlineScripts.push(js);
    parts.push(`<script>${js}</script>`);
    return parts.join('\n  ');
  });
  if (first) throw new Error('index.html: no <script src> to inline');

  const policy = [
    "default-src 'none'",
    `script-src ${inlineScripts.map(sha256).join(' ')} 'wasm-unsafe-eval'`,
    `style-src ${inlineStyles.map(sha256).join(' ')}`,
    // data: for the icon, blob: and data: for exported images, as on the served page.
    'img-src data: blob:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  // The served page's policy allows its files by origin ('self'), which means nothing here.
  html = html.replace(/\s*<!--[^>]*-->(?=\s*<meta http-equiv="Content-Security-Policy")/, '')
    .replace(/\s*<meta http-equiv="Content-Security-Policy" content="[^"]*">/g, '');
  html = replaceOnce(html, /<meta charset="utf-8">/,
    (charset) => `${charset}\n  <meta http-equiv="Content-Security-Policy" content="${policy}">`, 'charset meta');
  return html;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const site = option('--site', 'build/web/site');
  const out = option('--out', join(site, '..', 'boomerang-single.html'));
  try {
    const html = buildSingleFile(site);
    writeFileSync(out, html);
    console.log(`wrote ${out} (${html.length.toLocaleString('en')} bytes)`);
  } catch (error) {
    console.error(`single-file: ${error.message}`);
    process.exit(1);
  }
}
