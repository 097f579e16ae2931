// Hostile and unusual pages: a strict CSP with Trusted Types, a CSP that forbids compiling wasm,
// the script loaded twice, an element removed while the wasm is still loading, and page CSS that
// attacks every element. The explainer works, or the article stays and an error event says why.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { serve } from './server.mjs';

const seed = readFileSync(new URL('../../www/index.html', import.meta.url), 'utf8');
const article = seed.slice(seed.indexOf('<article'), seed.indexOf('</article>') + '</article>'.length);
const STRICT = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'; "
  + "connect-src 'self'; base-uri 'none'; object-src 'none'; require-trusted-types-for 'script'";
const NO_WASM = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'";
const page = (head, body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>hostile</title>${head}</head><body>${body}</body></html>`;

let server, browser, base, slowWasm = 0;
const pages = {
  '/csp-strict.html': [STRICT, page('<script type="module" src="/dist/qa-explainer.js"></script>', article)],
  '/csp-no-wasm.html': [NO_WASM, page('<script type="module" src="/dist/qa-explainer.js"></script>', article)],
  '/twice.html': [null, page('<script type="module" src="/dist/qa-explainer.js"></script><script type="module" src="/dist/qa-explainer.js?again"></script>', article)],
  '/removed.html': [null, page('<script type="module" src="/dist/qa-explainer.js"></script>', '<qa-explainer id="x" format="text">Two questions\n\nIntro.\n\nWhy?\n\nBecause.\n\nHow?\n\nSlowly.</qa-explainer>')],
  '/attack.css': ['css', '* { display: block !important; font-size: 40px !important; color: red !important; background: yellow !important; visibility: visible !important; } button { all: unset !important; } [hidden] { display: block !important; } div { border: 9px solid red !important; padding: 50px !important; }'],
  // A light page that declares no color-scheme, read by a reader who prefers dark.
  '/light-only.html': [null, '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>light</title><style>body { background: #fff; color: #111; }</style><script type="module" src="/dist/qa-explainer.js"></script></head><body><main>' + article + '</main></body></html>'],
  '/twins.html': [null, page('<script type="module" src="/dist/qa-explainer.js"></script>',
    '<p id="why">The page\'s own element with id "why".</p>'
    + '<qa-explainer id="a" format="text">Twins\n\nIntro.\n\nWhy?\n\nBecause.\n\nHow?\n\nSlowly.</qa-explainer>'
    + '<qa-explainer id="b" format="text">Twins again\n\nIntro.\n\nWhy?\n\nBecause.\n\nHow?\n\nSlowly.</qa-explainer>'
    + '<article id="later"><h1>Later: what we know</h1><p>Intro.</p><h2>Who?</h2><p>Them.</p><h2>When?</h2><p>Now.</p></article>'
    + '<qa-explainer id="missing" for="no-such-article"></qa-explainer>')],
  '/attacked.html': [null, page('<link rel="stylesheet" href="/attack.css"><script type="module" src="/dist/qa-explainer.js"></script>', article)],
};

before(async () => {
  server = await serve(0, {
    route: async (path, url, req, res) => {
      if (path === '/dist/qa_explainer_wasm_bg.wasm' && slowWasm) {
        await new Promise((r) => setTimeout(r, slowWasm));
        return false; // then served normally
      }
      const p = pages[path];
      if (!p) return false;
      const headers = { 'content-type': p[0] === 'css' ? 'text/css' : 'text/html; charset=utf-8' };
      if (p[0] && p[0] !== 'css') headers['content-security-policy'] = p[0];
      res.writeHead(200, headers).end(p[1]);
      return true;
    },
  });
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu',
    '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
});
after(async () => { await browser?.close(); server?.close(); });

async function load(path, options = {}) {
  const context = await browser.newContext(options);
  const p = await context.newPage();
  const errors = [];
  p.on('pageerror', (e) => errors.push(e.message));
  await p.addInitScript(() => {
    window.__events = []; window.__violations = [];
    for (const type of ['qa-explainer-ready', 'qa-explainer-error']) {
      document.addEventListener(type, (e) => window.__events.push({ type, reason: e.detail?.reason }));
    }
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
  });
  await p.goto(base + path);
  return { p, context, errors };
}

test('a strict CSP with Trusted Types: the explainer works, with no violation', async () => {
  const { p, context, errors } = await load('/csp-strict.html');
  await p.waitForFunction(() => window.__events.length > 0);
  assert.deepEqual(await p.evaluate(() => window.__events), [{ type: 'qa-explainer-ready', reason: undefined }]);
  assert.equal(await p.locator('[data-qa-explainer-host] >> .qa-trigger').count(), 4);
  await p.locator('[data-qa-explainer-host] >> .qa-trigger').first().click();
  assert.equal(await p.locator('[data-qa-explainer-host] >> .qa-trigger').first().getAttribute('aria-expanded'), 'true');
  // The stylesheet applies (constructed stylesheets are CSSOM, not inline style).
  const weight = await p.locator('[data-qa-explainer-host] >> .qa-title').evaluate((e) => getComputedStyle(e).fontWeight);
  assert.equal(weight, '800');
  // The structured data block went in through the page's Trusted Types (a policy named qa-explainer).
  const ld = JSON.parse(await p.locator('script[type="application/ld+json"]').textContent());
  assert.equal(ld.mainEntity.length, 4);
  assert.deepEqual(await p.evaluate(() => window.__violations), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a CSP without 'wasm-unsafe-eval': the article stays and an error event explains", async () => {
  const { p, context } = await load('/csp-no-wasm.html');
  await p.waitForFunction(() => window.__events.length > 0);
  assert.deepEqual(await p.evaluate(() => window.__events), [{ type: 'qa-explainer-error', reason: 'wasm-load' }]);
  assert.equal(await p.locator('#story').isVisible(), true);
  assert.equal(await p.locator('[data-qa-explainer-host]').count(), 0);
  await context.close();
});

test('the script loaded twice enhances each article once', async () => {
  const { p, context, errors } = await load('/twice.html');
  await p.waitForFunction(() => window.__events.length > 0);
  await p.waitForTimeout(500);
  assert.equal(await p.locator('[data-qa-explainer-host]').count(), 1);
  assert.deepEqual(await p.evaluate(() => window.__events.map((e) => e.type)), ['qa-explainer-ready']);
  assert.deepEqual(errors, []);
  await context.close();
});

test('an element removed while the wasm is still loading: nothing happens, no error', async () => {
  slowWasm = 800;
  try {
    const { p, context, errors } = await load('/removed.html');
    await p.evaluate(() => document.getElementById('x').remove());
    await p.waitForTimeout(1500);
    assert.deepEqual(await p.evaluate(() => window.__events), []);
    assert.deepEqual(errors, []);
    // Put back, it renders.
    await p.evaluate(() => { const e = document.createElement('qa-explainer'); e.setAttribute('format', 'text');
      e.textContent = 'Two questions\n\nIntro.\n\nWhy?\n\nBecause.\n\nHow?\n\nSlowly.'; document.body.append(e); });
    await p.waitForFunction(() => window.__events.length > 0);
    assert.equal(await p.locator('qa-explainer >> .qa-trigger').count(), 2);
    await context.close();
  } finally {
    slowWasm = 0;
  }
});

test("page CSS attacking every element does not reach the explainer", async () => {
  const { p, context } = await load('/attacked.html');
  await p.waitForFunction(() => window.__events.length > 0);
  const style = await p.locator('[data-qa-explainer-host] >> .qa-trigger').first().evaluate((e) => {
    const s = getComputedStyle(e);
    return { display: s.display, size: s.fontSize, color: s.color };
  });
  assert.deepEqual(style, { display: 'flex', size: '18px', color: 'rgb(26, 26, 26)' });
  const hiddenAnswer = await p.locator('[data-qa-explainer-host] >> .qa-answer').first().evaluate((e) => e.getBoundingClientRect().height);
  assert.equal(hiddenAnswer, 0, 'closed answers stay closed');
  // "[hidden] { display: block !important }" does not bring the replaced article back, and the
  // page's rule for div does not reach the explainer's own element.
  assert.equal(await p.locator('#story').isHidden(), true, 'the article stays hidden');
  const host = await p.locator('[data-qa-explainer-host]').evaluate((e) => ({ tag: e.localName, border: getComputedStyle(e).borderTopWidth }));
  assert.deepEqual(host, { tag: 'qa-explainer-view', border: '0px' });
  // Unmounted, the article is exactly as it was: no style attribute left behind.
  const restored = await p.evaluate(async () => {
    const before = document.getElementById('story').cloneNode(true);
    before.removeAttribute('hidden'); before.removeAttribute('style');
    const api = await import('/dist/index.js');
    api.stop();
    return document.getElementById('story').outerHTML === before.outerHTML;
  });
  assert.equal(restored, true, 'the article is restored byte for byte');
  await context.close();
});

test('a light page read in dark mode: the explainer stays light and readable', async () => {
  const { p, context } = await load('/light-only.html', { colorScheme: 'dark' });
  await p.waitForFunction(() => window.__events.length > 0);
  await p.locator('[data-qa-explainer-host] >> .qa-trigger').first().click();
  const color = await p.locator('[data-qa-explainer-host] >> .qa-question-text').first().evaluate((e) => getComputedStyle(e).color);
  assert.equal(color, 'rgb(26, 26, 26)');
  const result = await new AxeBuilder({ page: p }).analyze();
  assert.deepEqual(result.violations.map((x) => `${x.id} (${x.nodes.length})`), []);
  await context.close();
});

test('ids are unique on the page; a late data-qa-explainer is read; a missing article is reported', async () => {
  const { p, context } = await load('/twins.html');
  await p.waitForFunction(() => window.__events.length >= 3);
  const ids = await p.evaluate(() => ['a', 'b'].map((x) => [...document.getElementById(x).shadowRoot
    .querySelectorAll('.qa-permalink a')].map((l) => l.getAttribute('href'))));
  // The page's own #why and the first explainer's "why" are taken: the second gets "why-3".
  assert.deepEqual(ids, [['#why-2', '#how'], ['#why-3', '#how-2']]);
  await p.evaluate(() => { location.hash = '#why-3'; });
  await p.waitForFunction(() => document.getElementById('b').shadowRoot.querySelector('.qa-trigger').getAttribute('aria-expanded') === 'true');
  assert.equal(await p.evaluate(() => document.getElementById('a').shadowRoot.querySelector('.qa-trigger').getAttribute('aria-expanded')), 'false');
  const missing = await p.evaluate(() => window.__events.find((e) => e.type === 'qa-explainer-error'));
  assert.equal(missing.reason, 'read');
  // The attribute set on an article already on the page enhances it; taken off, it is restored.
  await p.evaluate(() => document.getElementById('later').setAttribute('data-qa-explainer', ''));
  await p.waitForFunction(() => window.__events.filter((e) => e.type === 'qa-explainer-ready').length >= 3);
  assert.equal(await p.locator('#later').isHidden(), true);
  await p.evaluate(() => document.getElementById('later').removeAttribute('data-qa-explainer'));
  await p.waitForFunction(() => !document.getElementById('later').hidden);
  assert.equal(await p.locator('#later').isVisible(), true);
  // A misspelt option is an error, not silently the default.
  const wrong = await p.evaluate(async () => {
    const api = await import('/dist/index.js');
    const article = document.getElementById('later');
    const handle = await api.enhance(article, { placement: 'sideways' });
    let thrown = '';
    try { await api.render(await api.parseText('Q\n\nWhy?\n\nBecause.\n\nHow?\n\nSo.'), document.body, { placement: 'sideways' }); } catch (e) { thrown = e.message; }
    return { handle, thrown, last: window.__events.at(-1) };
  });
  assert.equal(wrong.handle, null);
  assert.deepEqual(wrong.last, { type: 'qa-explainer-error', reason: 'options' });
  assert.match(wrong.thrown, /placement must be one of/);
  await context.close();
});
