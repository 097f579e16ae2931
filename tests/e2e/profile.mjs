// Where the widget's time goes (a development tool, not a test): Chromium's sampling profiler over
// `enhance` → layout → `unmount`, repeated on the seed article's page, printed as inclusive and
// self shares. Usage, after scripts/build-wasm:
//   node tests/e2e/profile.mjs [ROWS]   (QA_PROFILE_OUT=FILE also writes the raw .cpuprofile)
// The wasm is served with its function names: pkg/'s build run through the same wasm-opt flags as
// dist/'s, keeping the name section (dist/ itself is not touched). Layout is charged to the
// page's own loop, the anonymous function at the top.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from './server.mjs';

const ROWS = Number(process.argv[2] ?? 50);
const repo = fileURLToPath(new URL('../..', import.meta.url));
const named = join(mkdtempSync(join(tmpdir(), 'qa-profile-')), 'named.wasm');
const wasmOpt = existsSync(`${repo}node_modules/.bin/wasm-opt`) ? `${repo}node_modules/.bin/wasm-opt` : 'wasm-opt';
execFileSync(wasmOpt, ['-Oz', '--converge', '--low-memory-unused', '--debuginfo',
  `${repo}pkg/qa_explainer_wasm_bg.wasm`, '-o', named]);
const wasm = readFileSync(named);
const server = await serve(0, {
  route(path, _url, _req, res) {
    if (path !== '/dist/qa_explainer_wasm_bg.wasm') return false;
    res.writeHead(200, { 'content-type': 'application/wasm', 'cache-control': 'no-store' }).end(wasm);
    return true;
  },
});
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
await page.goto(`${base}/index.html`);
await page.waitForSelector('[data-qa-explainer-host]');
await page.evaluate(async () => { (await import('/dist/index.js')).stop(); });
const loop = (n) => page.evaluate(async (n) => {
  const api = await import('/dist/index.js');
  const article = document.getElementById('story');
  for (let i = 0; i < n; i++) {
    const h = await api.enhance(article);
    document.body.offsetHeight; // style and layout
    h.unmount();
    h.free();
  }
}, n);
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
await loop(300); // warm-up: the wasm's functions tier up
await cdp.send('Profiler.start');
await loop(400);
const { profile } = await cdp.send('Profiler.stop');
// QA_PROFILE_OUT=file.cpuprofile keeps the raw profile (for Chromium's DevTools, or a script).
if (process.env.QA_PROFILE_OUT) writeFileSync(process.env.QA_PROFILE_OUT, JSON.stringify(profile));

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const name = (n) => (n.callFrame.functionName || '(anonymous)').replace(/\[[0-9a-f]+\]/g, '').replace(/qa_explainer::/g, '');
const selfOf = new Map();
profile.samples.forEach((id, i) => selfOf.set(id, (selfOf.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
const incl = new Map(), self = new Map();
let total = 0;
for (const [id, t] of selfOf) {
  total += t;
  const k0 = name(byId.get(id));
  self.set(k0, (self.get(k0) ?? 0) + t);
  const seen = new Set();
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
    const k = name(byId.get(cur));
    if (!seen.has(k)) { seen.add(k); incl.set(k, (incl.get(k) ?? 0) + t); }
  }
}
const show = (title, m) => {
  console.log(title);
  for (const [k, t] of [...m].sort((a, b) => b[1] - a[1]).slice(0, ROWS)) {
    console.log(`${(t / total * 100).toFixed(1).padStart(6)}%  ${k.slice(0, 140)}`);
  }
};
console.log(`${(total / 1000 / 400).toFixed(2)} ms per enhance → layout → unmount (profiled, 400 runs)`);
show('\ninclusive:', incl);
show('\nself:', self);
await browser.close();
server.close();
