// The npm tarball as users get it: `npm pack`, installed into an empty folder, used from a plain
// page with one script tag and from a Vite 7 build, both checked in Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readdirSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, extname, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css' };
let dir, browser;

function serveDir(root) {
  const server = createServer(async (req, res) => {
    const path = normalize(join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname)));
    let body;
    try { body = await readFile(path); } catch { res.writeHead(404).end(); return; }
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

const ARTICLE = `<article data-qa-explainer><h1>Two questions about the bridge</h1><p>The bridge closes.</p>
<h2>Why?</h2><p>Cracks in two piers.</p><h2>For how long?</h2><p>Six weeks.</p></article>`;

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'qa-explainer-npm-'));
  // The scripts run by npm pack (prepack) rebuild dist/ first.
  const out = execFileSync('npm', ['pack', '--silent', '--pack-destination', dir], { cwd: repo, encoding: 'utf8' });
  const tarball = join(dir, out.trim().split('\n').pop());
  const app = join(dir, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--silent', tarball], { cwd: app });
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS }).then((b) => { browser = b; });
});

after(async () => { await browser?.close(); });

test('the tarball holds the package and nothing else', () => {
  const files = readdirSync(join(dir, 'app/node_modules/qa-explainer/dist')).sort();
  assert.deepEqual(files, ['element.js', 'index.d.ts', 'index.js', 'qa-explainer.css', 'qa-explainer.d.ts',
    'qa-explainer.js', 'qa_explainer_wasm.js', 'qa_explainer_wasm_bg.wasm']);
});

test('installed in an empty folder, one script tag enhances a plain page', async () => {
  const app = join(dir, 'app');
  writeFileSync(join(app, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title>
<script type="module" src="node_modules/qa-explainer/dist/qa-explainer.js"></script></head><body>${ARTICLE}</body></html>`);
  const server = await serveDir(app);
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${server.address().port}/index.html`);
  await page.waitForSelector('[data-qa-explainer-host]');
  assert.equal(await page.locator('[data-qa-explainer-host] >> .qa-trigger').count(), 2);
  await page.close();
  server.close();
});

test('a Vite 7 build that imports the package works', async () => {
  const app = join(dir, 'app', 'vite-app');
  mkdirSync(app, { recursive: true });
  writeFileSync(join(app, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>v</title></head>
<body><div id="out"></div><script type="module" src="./main.js"></script></body></html>`);
  writeFileSync(join(app, 'main.js'), `import { parseText, render } from 'qa-explainer';
const model = await parseText('Two questions\\n\\nIntro.\\n\\nWhy?\\n\\nBecause.\\n\\nHow?\\n\\nSlowly.\\n');
await render(model, document.getElementById('out'));
document.body.dataset.questions = String(model.questions.length);`);
  const vite = join(repo, 'node_modules/vite/bin/vite.js');
  execFileSync(process.execPath, [vite, 'build', '--logLevel', 'error', '--outDir', 'build', '--emptyOutDir'], {
    cwd: app,
    env: { ...process.env, NODE_PATH: join(repo, 'node_modules') },
  });
  const built = readdirSync(join(app, 'build/assets'));
  assert.ok(built.some((f) => f.endsWith('.wasm')), `the wasm is emitted as an asset: ${built}`);
  const server = await serveDir(join(app, 'build'));
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`http://127.0.0.1:${server.address().port}/index.html`);
  await page.waitForFunction(() => document.body.dataset.questions === '2');
  assert.equal(await page.locator('#out [data-qa-explainer-host] >> .qa-trigger').count(), 2);
  assert.deepEqual(errors, []);
  await page.close();
  server.close();
});
