// A small static server for the demo and the end-to-end tests: serves www/ with dist/ at /dist/,
// correct MIME types (application/wasm), no caching. Usage: node tests/e2e/server.mjs [PORT]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.wasm': 'application/wasm', '.json': 'application/json', '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8', '.png': 'image/png', '.ico': 'image/x-icon',
};

/** Starts the server; `hooks.headers(path)` may add response headers (CSP tests). */
export function serve(port = 0, hooks = {}) {
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://localhost');
      let path = decodeURIComponent(url.pathname);
      if (hooks.route) {
        const r = await hooks.route(path, url, req, res);
        if (r === true) return;
      }
      if (path.endsWith('/')) path += 'index.html';
      const base = path.startsWith('/dist/') ? join(root, 'dist') : join(root, 'www');
      const rel = path.startsWith('/dist/') ? path.slice('/dist'.length) : path;
      const file = normalize(join(base, rel));
      if (!file.startsWith(base)) { res.writeHead(403).end(); return; }
      const s = await stat(file).catch(() => null);
      if (!s || !s.isFile()) { res.writeHead(404, { 'content-type': 'text/plain' }).end('not found'); return; }
      const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' };
      Object.assign(headers, hooks.headers?.(path, url) ?? {});
      res.writeHead(200, headers).end(await readFile(file));
    } catch (e) {
      res.writeHead(500).end(String(e));
    }
  });
  return new Promise((ok) => server.listen(port, '127.0.0.1', () => ok(server)));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.argv[2] ?? 8080);
  const server = await serve(port);
  const { port: p } = server.address();
  console.log(`qa-explainer demo: http://localhost:${p}/  (playground: /playground.html, several: /several.html)`);
}
