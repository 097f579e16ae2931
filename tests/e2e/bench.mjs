// Speed in headless Chromium (a benchmark, not a test): node tests/e2e/bench.mjs [RUNS]
//  - widget: read the seed article from the page and build the interactive explainer
//    (enhance → unmount, repeated), until layout is done;
//  - floor: the browser inserting the same markup as static HTML (the CLI's --format html output)
//    into a shadow root with the same stylesheet, until layout is done;
//  - load: from the loader script's request to the explainer being interactive (ready event).
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from './server.mjs';

const RUNS = Number(process.argv[2] ?? 200);
const repo = fileURLToPath(new URL('../..', import.meta.url));
const cli = `${repo}target/release/qa-explainer`;
const css = execFileSync('cat', [`${repo}src/render/style.css`], { encoding: 'utf8' });

const server = await serve(0);
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu',
  '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

// Load: fresh page each time.
const loads = [];
for (let i = 0; i < 15; i++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(() => {
    document.addEventListener('qa-explainer-ready', () => { window.__ready = performance.now(); });
  });
  await page.goto(`${base}/index.html`);
  await page.waitForFunction(() => window.__ready);
  loads.push(await page.evaluate(() => {
    const r = performance.getEntriesByType('resource').find((e) => e.name.endsWith('/dist/qa-explainer.js'));
    return { fromRequest: window.__ready - r.startTime, fromScript: window.__ready - r.responseEnd };
  }));
  await context.close();
}

const page = await browser.newPage();
await page.goto(`${base}/index.html`);
await page.waitForSelector('[data-qa-explainer-host]');
// The floor is the CLI's output for the very element the widget reads (its image paths resolve
// against this page, as the widget's do), answers closed as the widget starts.
// (The page's explainer is taken off first: the article is then exactly as the page has it.)
const articleHtml = await page.evaluate(async () => {
  (await import('/dist/index.js')).stop();
  return document.getElementById('story').outerHTML;
});
const staticHtml = execFileSync(cli, ['--format', 'html', '--open', 'none', '--input', 'html', '-'], { input: articleHtml, encoding: 'utf8' });
const result = await page.evaluate(async ({ RUNS, staticHtml, css }) => {
  const api = await import('/dist/index.js');
  const article = document.getElementById('story'); // alone: the page's explainer was stopped
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  // performance.now() is coarse in a page: time batches of BATCH runs and divide.
  const BATCH = 20;
  const widget = [], floor = [], build = [];
  const once = {
    async widget() {
      const h = await api.enhance(article);
      document.body.offsetHeight; // style and layout done
      return h;
    },
    floor() {
      const host = document.createElement('div');
      article.before(host);
      const root = host.attachShadow({ mode: 'open' });
      root.adoptedStyleSheets = [sheet];
      root.innerHTML = staticHtml; // the floor: static HTML parsed by the browser (benchmark only)
      article.hidden = true;
      document.body.offsetHeight;
      return host;
    },
  };
  for (let round = 0; round < Math.ceil(RUNS / BATCH) + 2; round++) {
    const handles = [], hosts = [];
    let t = performance.now();
    for (let i = 0; i < BATCH; i++) { handles.push(await once.widget()); handles.at(-1).unmount(); }
    const dw = (performance.now() - t) / BATCH;
    handles.forEach((h) => h.free());
    t = performance.now();
    for (let i = 0; i < BATCH; i++) { hosts.push(once.floor()); hosts.at(-1).remove(); article.hidden = false; }
    const df = (performance.now() - t) / BATCH;
    t = performance.now();
    for (let i = 0; i < BATCH; i++) { const h = await api.enhance(article); h.unmount(); h.free(); }
    const db = (performance.now() - t) / BATCH;
    if (round >= 2) { widget.push(dw); floor.push(df); build.push(db); } // warm-up rounds
  }
  return { widget, floor, build };
}, { RUNS, staticHtml, css });

const w = median(result.widget), f = median(result.floor), b = median(result.build);
console.log(`seed article, ${RUNS} runs in batches of 20, medians (headless Chromium ${browser.version()}):`);
console.log(`  widget (read page + classify + build + layout): ${w.toFixed(3)} ms`);
console.log(`  floor  (insert the static HTML + layout):       ${f.toFixed(3)} ms`);
console.log(`  ratio widget / floor:                           ${(w / f).toFixed(2)}x`);
console.log(`  widget build alone, incl. unmount (no layout):  ${b.toFixed(3)} ms`);
console.log(`  load: loader request → interactive:             ${median(loads.map((l) => l.fromRequest)).toFixed(1)} ms`);
console.log(`  load: loader downloaded → interactive:          ${median(loads.map((l) => l.fromScript)).toFixed(1)} ms`);
await browser.close();
server.close();
