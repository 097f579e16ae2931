// No layout jump when the explainer replaces the article, in Chromium, with the wasm held back
// until the page is laid out and scrolled (as on a slow network or a restored scroll position):
// - at the top of the page: no layout shift at all;
// - the reader inside the article: every paragraph that was on screen is shown again (its answer
//   opened), the first one at the same height, and no layout shift is recorded;
// - the reader past the article: what they see does not move;
// - the lead photo's space is reserved from its width/height before it loads.
// Layout shifts are read with the Layout Instability API (the numbers behind CLS).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { serve } from './server.mjs';

const demo = readFileSync(new URL('../../www/index.html', import.meta.url), 'utf8');
const article = demo.slice(demo.indexOf('<article'), demo.indexOf('</article>') + '</article>'.length);
const after_ = Array.from({ length: 40 }, (_, i) => `<p id="after-${i}">After the article, paragraph ${i + 1}: more news from the same page.</p>`).join('\n');
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>place</title>
<link rel="stylesheet" href="/site.css"><script type="module" src="/dist/qa-explainer.js"></script></head>
<body><main class="page">${article}<section>${after_}</section></main></body></html>`;

let server, browser, base;
let gate = null; // while set, the wasm waits for it
let imageGate = null;
before(async () => {
  server = await serve(0, {
    route: async (path, url, req, res) => {
      if (path === '/place.html') { res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE); return true; }
      if (path.endsWith('.wasm') && gate) await gate.promise;
      if (path.endsWith('.svg') && imageGate) await imageGate.promise;
      return false;
    },
  });
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu',
    '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
});
after(async () => { imageGate?.open(); gate?.open(); await browser?.close(); server?.close(); });

function makeGate() {
  let open;
  const promise = new Promise((r) => { open = r; });
  return { promise, open };
}

/** Opens the page with the wasm held back, runs `setup` (scrolling), lets the wasm in, waits for the explainer. */
async function swap(setup, { viewport = { width: 1000, height: 800 }, waitUntil = 'load' } = {}) {
  gate = makeGate();
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__shifts = []; window.__toggles = 0;
    new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__shifts.push(e.value); })
      .observe({ type: 'layout-shift', buffered: true });
    document.addEventListener('qa-explainer-toggle', (e) => { if (e.detail.open && !e.detail.user) window.__toggles++; });
  });
  await page.goto(`${base}/place.html`, { waitUntil });
  const seen = await page.evaluate(setup);
  await page.waitForTimeout(100); // laid out and painted at the new scroll position
  gate.open(); gate = null;
  await page.waitForSelector('[data-qa-explainer-host]', { state: 'attached' });
  await page.waitForTimeout(300);
  const shifts = await page.evaluate(() => window.__shifts.reduce((a, b) => a + b, 0));
  return { page, context, seen, shifts };
}

const onScreen = () => {
  // The article's paragraphs wholly on screen, and the first one's height.
  const ps = [...document.querySelectorAll('article p')].filter((p) => {
    const r = p.getBoundingClientRect();
    return r.height > 0 && r.top >= 0 && r.bottom <= innerHeight;
  });
  return { texts: ps.map((p) => p.textContent.replace(/\s+/g, ' ').trim()), top: ps[0]?.getBoundingClientRect().top };
};

test('at the top of the page: the swap records no layout shift', async () => {
  const { context, shifts } = await swap(() => null);
  assert.equal(shifts, 0);
  await context.close();
});

test('the reader inside the article keeps their place: the same paragraphs on screen, their answers open', async () => {
  const { page, context, seen, shifts } = await swap(() => {
    const p = [...document.querySelectorAll('article p')].find((x) => x.textContent.includes('Russia has proposed a ceasefire'));
    window.scrollTo(0, scrollY + p.getBoundingClientRect().top - 120);
    const r = [...document.querySelectorAll('article p')].filter((x) => {
      const b = x.getBoundingClientRect();
      return b.top >= 0 && b.bottom <= innerHeight;
    });
    return { texts: r.map((x) => x.textContent.replace(/\s+/g, ' ').trim()), top: r[0].getBoundingClientRect().top };
  });
  assert.ok(seen.texts.length >= 3, `paragraphs on screen before: ${seen.texts.length}`);
  const now = await page.evaluate((texts) => {
    const root = document.querySelector('[data-qa-explainer-host]').shadowRoot;
    const all = [...root.querySelectorAll('p, blockquote')];
    return texts.map((t) => {
      const el = all.find((e) => e.textContent.replace(/\s+/g, ' ').trim() === t);
      const r = el?.getBoundingClientRect();
      return el ? { top: r.top, shown: r.height > 0 } : null;
    });
  }, seen.texts);
  // The explainer sets the same text larger and narrower, so what fitted may now run past the
  // bottom of the screen: every paragraph is shown (its answer open), the first where it was.
  now.forEach((n, i) => assert.ok(n?.shown, `shown again: ${seen.texts[i].slice(0, 50)} (${JSON.stringify(n)})`));
  assert.ok(Math.abs(now[0].top - seen.top) <= 2, `the first paragraph stays at y=${seen.top}, now ${now[0].top}`);
  assert.equal(shifts, 0, 'layout shift');
  const open = await page.evaluate(() => [...document.querySelector('[data-qa-explainer-host]').shadowRoot
    .querySelectorAll('.qa-trigger[aria-expanded="true"]')].map((b) => b.textContent.trim()));
  assert.ok(open.some((t) => t.includes('What do the U.S. and Russia want now?')), `open: ${open}`);
  // The host page hears of every answer opened for the reader, as of any other change.
  assert.equal(await page.evaluate(() => window.__toggles), open.length, 'a toggle event per answer opened');
  await context.close();
});

test('the reader past the article: what they see does not move', async () => {
  const { page, context, seen, shifts } = await swap(() => {
    const p = document.getElementById('after-10');
    window.scrollTo(0, scrollY + p.getBoundingClientRect().top - 200);
    return { top: p.getBoundingClientRect().top };
  });
  const top = await page.evaluate(() => document.getElementById('after-10').getBoundingClientRect().top);
  assert.ok(Math.abs(top - seen.top) <= 1, `#after-10 was at ${seen.top}, now ${top}`);
  assert.equal(shifts, 0, 'layout shift');
  await context.close();
});

test("the lead photo's space is reserved before it loads", async () => {
  imageGate = makeGate();
  const { page, context } = await swap(() => null, { waitUntil: 'domcontentloaded' });
  const box = await page.evaluate(() => {
    const img = document.querySelector('[data-qa-explainer-host]').shadowRoot.querySelector('img');
    const r = img.getBoundingClientRect();
    return { complete: img.complete && img.naturalWidth > 0, width: r.width, height: r.height, w: img.getAttribute('width'), h: img.getAttribute('height') };
  });
  imageGate.open(); imageGate = null;
  assert.equal(box.complete, false, 'the image is still loading');
  assert.deepEqual([box.w, box.h], ['1200', '675']);
  assert.ok(Math.abs(box.height - box.width * 675 / 1200) <= 1, `box ${box.width}×${box.height}`);
  await context.close();
});
