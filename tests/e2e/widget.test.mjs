// End-to-end tests in real Chromium (Playwright, /usr/bin/chromium) against the demo site served on
// localhost: what a reader gets (mouse, keyboard, find-in-page, deep links, expand/collapse all),
// axe-core in every state, screenshots, and what a host page gets when things go wrong.
// Run: node --test tests/e2e/   (needs dist/: scripts/build-wasm)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { serve } from './server.mjs';

const ARTIFACTS = new URL('./artifacts/', import.meta.url).pathname;
mkdirSync(ARTIFACTS, { recursive: true });
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let server, browser, base;
const routes = new Map(); // path → handler, for failure tests

before(async () => {
  server = await serve(0, {
    route: async (path, url, req, res) => {
      const h = routes.get(path);
      if (h) { await h(req, res); return true; }
      return false;
    },
  });
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
});

after(async () => {
  await browser?.close();
  server?.close();
});

async function open(path, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 }, ...options });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(() => {
    window.__events = [];
    for (const type of ['qa-explainer-ready', 'qa-explainer-toggle', 'qa-explainer-error']) {
      document.addEventListener(type, (e) => window.__events.push({ type, detail: JSON.parse(JSON.stringify(e.detail ?? null)) }));
    }
  });
  await page.goto(base + path);
  return { page, context, errors };
}

const shadow = (sel) => `[data-qa-explainer-host] >> ${sel}`;
const ready = (page, n = 1) => page.waitForFunction((n) => window.__events.filter((e) => e.type === 'qa-explainer-ready').length >= n, n);

async function axe(page, label) {
  const result = await new AxeBuilder({ page }).analyze();
  const v = result.violations.map((x) => `${x.id}: ${x.help} (${x.nodes.length})`);
  assert.deepEqual(v, [], `axe violations (${label})`);
  return result.passes.length;
}

test('the seed article page shows the explainer with its four questions', async () => {
  const { page, context, errors } = await open('/index.html');
  await ready(page);
  assert.equal(await page.locator(shadow('.qa-trigger')).count(), 4);
  assert.equal(await page.locator('#story').isHidden(), true, 'the article is hidden, still in the page');
  assert.equal(await page.locator('#story').count(), 1);
  const titles = await page.locator(shadow('.qa-question-text')).allTextContents();
  assert.deepEqual(titles, ['Who is there and what are they discussing?', 'Why do the U.S. and Russia differ so starkly?',
    'What do the U.S. and Russia want now?', 'What happens if these talks fail?']);
  assert.match(await page.locator(shadow('.qa-count')).textContent(), /^4 questions$/);
  assert.equal(await page.locator(shadow('h1.qa-title')).count(), 1, "the article's <h1> headline stays an <h1>");
  assert.equal(await page.locator(shadow('h2.qa-question')).count(), 4);
  assert.match(await page.locator(shadow('.qa-credit')).textContent(), /^AP$/);
  const events = await page.evaluate(() => window.__events);
  assert.equal(events[0].type, 'qa-explainer-ready');
  assert.equal(events[0].detail.model.questions.length, 4);
  // Structured data was asked for by the page (data-qa-structured-data).
  const ld = JSON.parse(await page.locator('script[type="application/ld+json"]').textContent());
  assert.equal(ld['@type'], 'FAQPage');
  assert.equal(ld.mainEntity.length, 4);
  assert.deepEqual(errors, []);
  await page.screenshot({ path: ARTIFACTS + 'closed.png', fullPage: true });
  await axe(page, 'closed');
  await context.close();
});

test('mouse: a click opens and closes an answer; events say so', async () => {
  const { page, context } = await open('/index.html');
  await ready(page);
  const first = page.locator(shadow('.qa-trigger')).first();
  await first.click();
  assert.equal(await first.getAttribute('aria-expanded'), 'true');
  const panel = page.locator(shadow('#who-is-there-and-what-are-they-discussing-answer'));
  assert.equal(await panel.isVisible(), true);
  assert.equal(await panel.locator('p').count(), 5, 'four answer paragraphs and the permalink');
  await page.waitForTimeout(250); // the chevron's 0.15 s turn, so the picture shows where it ends
  await page.screenshot({ path: ARTIFACTS + 'one-open.png', fullPage: true });
  await axe(page, 'one open');
  await first.click();
  assert.equal(await first.getAttribute('aria-expanded'), 'false');
  const toggles = await page.evaluate(() => window.__events.filter((e) => e.type === 'qa-explainer-toggle').map((e) => e.detail));
  assert.deepEqual(toggles, [{ id: 'who-is-there-and-what-are-they-discussing', open: true, user: true },
    { id: 'who-is-there-and-what-are-they-discussing', open: false, user: true }]);
  await context.close();
});

test('a host page can cancel a toggle', async () => {
  const { page, context } = await open('/index.html');
  await ready(page);
  await page.evaluate(() => document.addEventListener('qa-explainer-toggle', (e) => e.preventDefault(), { once: true }));
  const first = page.locator(shadow('.qa-trigger')).first();
  await first.click();
  assert.equal(await first.getAttribute('aria-expanded'), 'false');
  await first.click();
  assert.equal(await first.getAttribute('aria-expanded'), 'true');
  await context.close();
});

test('keyboard: Tab reaches the questions, arrows/Home/End move, Enter and Space toggle', async () => {
  const { page, context } = await open('/index.html');
  await ready(page);
  const focused = () => page.evaluate(() => {
    const root = document.querySelector('[data-qa-explainer-host]').shadowRoot;
    return root.activeElement?.querySelector('.qa-question-text')?.textContent ?? root.activeElement?.textContent ?? null;
  });
  await page.locator(shadow('.qa-trigger')).first().focus();
  assert.match(await focused(), /^Who is there/);
  await page.keyboard.press('ArrowDown');
  assert.match(await focused(), /^Why do the U.S./);
  await page.keyboard.press('End');
  assert.match(await focused(), /^What happens if/);
  await page.keyboard.press('ArrowDown');
  assert.match(await focused(), /^Who is there/, 'Down on the last question wraps to the first');
  await page.keyboard.press('ArrowUp');
  assert.match(await focused(), /^What happens if/);
  await page.keyboard.press('Home');
  assert.match(await focused(), /^Who is there/);
  await page.keyboard.press('Enter');
  assert.equal(await page.locator(shadow('.qa-trigger')).first().getAttribute('aria-expanded'), 'true');
  await page.keyboard.press('Space');
  assert.equal(await page.locator(shadow('.qa-trigger')).first().getAttribute('aria-expanded'), 'false');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(250); // the chevron's turn, as for the one-open picture
  await page.screenshot({ path: ARTIFACTS + 'keyboard-focus.png' });
  await axe(page, 'keyboard focus');
  await context.close();
});

test('find-in-page reaches collapsed answers and opens them', async () => {
  const { page, context } = await open('/index.html');
  await ready(page);
  const state = await page.evaluate(() => {
    const root = document.querySelector('[data-qa-explainer-host]').shadowRoot;
    const button = root.querySelectorAll('.qa-trigger')[2];
    const panel = root.getElementById(button.getAttribute('aria-controls'));
    const found = window.find('Russia has proposed a ceasefire');
    const hiddenBefore = panel.getAttribute('hidden');
    // What Chromium does when find-in-page matches inside hidden="until-found": fire beforematch,
    // then reveal.
    panel.dispatchEvent(new Event('beforematch', { bubbles: true }));
    return { found, hiddenBefore, expanded: button.getAttribute('aria-expanded'), hiddenAfter: panel.getAttribute('hidden') };
  });
  assert.deepEqual(state, { found: true, hiddenBefore: 'until-found', expanded: 'true', hiddenAfter: null });
  await context.close();
});

test('a link to one question opens it and scrolls to it; expand all and collapse all are announced', async () => {
  const { page, context } = await open('/index.html#what-happens-if-these-talks-fail');
  await ready(page);
  const last = page.locator(shadow('.qa-trigger')).last();
  assert.equal(await last.getAttribute('aria-expanded'), 'true');
  assert.equal(await last.isVisible(), true);
  const inView = await last.evaluate((b) => { const r = b.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; });
  assert.equal(inView, true);
  // Following a permalink inside the explainer opens its question too.
  await page.evaluate(() => { location.hash = 'why-do-the-u-s-and-russia-differ-so-starkly'; });
  await page.waitForFunction(() => document.querySelector('[data-qa-explainer-host]').shadowRoot
    .getElementById('why-do-the-u-s-and-russia-differ-so-starkly-button').getAttribute('aria-expanded') === 'true');
  await page.evaluate(() => { window.__events.length = 0; });
  await page.locator(shadow('.qa-expand-all')).click();
  assert.equal(await page.locator(shadow('[aria-expanded="true"]')).count(), 4);
  // Expand all tells the page about each answer it opened — not as the reader's own toggles.
  const toggles = await page.evaluate(() => window.__events.filter((e) => e.type === 'qa-explainer-toggle').map((e) => e.detail));
  assert.equal(toggles.length, 2, JSON.stringify(toggles)); // two were open already (the links)
  assert.ok(toggles.every((t) => t.open && t.user === false));
  assert.equal(await page.locator(shadow('.qa-status')).textContent(), 'All answers expanded');
  await page.locator(shadow('.qa-collapse-all')).click();
  assert.equal(await page.locator(shadow('[aria-expanded="true"]')).count(), 0);
  assert.equal(await page.locator(shadow('.qa-status')).textContent(), 'All answers collapsed');
  await context.close();
});

test('phones, dark mode, reduced motion, print: readable, and axe finds nothing', async () => {
  const phone = await open('/index.html', { viewport: { width: 375, height: 800 }, deviceScaleFactor: 2 });
  await ready(phone.page);
  await phone.page.locator(shadow('.qa-trigger')).nth(1).click();
  const overflow = await phone.page.evaluate(() => document.documentElement.scrollWidth > innerWidth);
  assert.equal(overflow, false, 'no horizontal scrolling at 375 px');
  await phone.page.waitForTimeout(250); // the chevron's turn
  await phone.page.screenshot({ path: ARTIFACTS + 'phone-375.png', fullPage: true });
  await axe(phone.page, '375 px');
  await phone.context.close();

  const dark = await open('/index.html', { colorScheme: 'dark', reducedMotion: 'reduce' });
  await ready(dark.page);
  await dark.page.locator(shadow('.qa-trigger')).first().click();
  const color = await dark.page.locator(shadow('.qa-question-text')).first().evaluate((e) => getComputedStyle(e).color);
  assert.equal(color, 'rgb(232, 232, 234)');
  await dark.page.screenshot({ path: ARTIFACTS + 'dark.png', fullPage: true });
  await axe(dark.page, 'dark');
  await dark.page.emulateMedia({ media: 'print' });
  const printed = await dark.page.locator(shadow('.qa-answer')).evaluateAll((ps) => ps.every((p) => p.getBoundingClientRect().height > 0));
  assert.equal(printed, true, 'print shows every answer');
  await dark.context.close();
});

test('several explainers on one page, each in its own language; a non-Q&A story is left alone', async () => {
  const { page, context, errors } = await open('/several.html');
  await ready(page, 4);
  assert.equal(await page.locator('[data-qa-explainer-host]').count(), 2);
  assert.equal(await page.locator('qa-explainer').count(), 2);
  const german = page.locator('#library').locator('xpath=preceding-sibling::*[1]');
  assert.equal(await german.locator('.qa-expand-all').textContent(), 'Alle öffnen');
  // The opening hours stay a table, each row headed by its days.
  await german.locator('.qa-trigger').first().click();
  const hours = german.locator('.qa-answer').first().locator('.qa-table table');
  assert.deepEqual(await hours.locator('th[scope="row"]').allTextContents(), ['Montag bis Freitag', 'Samstag']);
  assert.deepEqual(await hours.locator('td').allTextContents(), ['9 bis 20 Uhr', '10 bis 18 Uhr']);
  assert.equal(await page.locator('#council').isVisible(), true);
  const errs = await page.evaluate(() => window.__events.filter((e) => e.type === 'qa-explainer-error').map((e) => e.detail.reason));
  assert.deepEqual(errs, ['not-qa']);
  // The fetched explainer opens its first answer (open="first").
  assert.equal(await page.locator('qa-explainer[src] >> .qa-trigger').first().getAttribute('aria-expanded'), 'true');
  // Single-open mode: opening another closes the first.
  const water = page.locator('#water').locator('xpath=preceding-sibling::*[1]');
  await water.locator('.qa-trigger').nth(0).click();
  await water.locator('.qa-trigger').nth(1).click();
  assert.equal(await water.locator('[aria-expanded="true"]').count(), 1);
  // The map inside the second answer came along as a figure with its caption and credit, loaded
  // lazily (not before its answer is opened), with its own proportions.
  const map = water.locator('.qa-answer').nth(1).locator('figure.qa-figure');
  assert.equal(await map.locator('img').getAttribute('loading'), 'lazy');
  assert.equal(await map.locator('.qa-credit').textContent(), 'The Daily Explainer');
  await page.waitForFunction(() => {
    const host = document.querySelector('#water').previousElementSibling;
    const img = host.shadowRoot.querySelector('.qa-figure img');
    return img.complete && img.naturalWidth === 800;
  });
  const box = await map.locator('img').boundingBox();
  assert.ok(Math.abs(box.width / box.height - 2) < 0.02, `map keeps its 2:1 shape (${box.width}x${box.height})`);
  assert.deepEqual(errors, []);
  await page.waitForTimeout(250); // the chevrons' turn, as for the one-open picture
  await page.screenshot({ path: ARTIFACTS + 'several.png', fullPage: true });
  await axe(page, 'several');
  await context.close();
});

test('when the wasm cannot load, the article stays exactly as it was and an error event says why', async () => {
  routes.set('/dist/qa_explainer_wasm_bg.wasm', (req, res) => res.writeHead(404).end());
  try {
    const { page, context } = await open('/index.html');
    await page.waitForFunction(() => window.__events.some((e) => e.type === 'qa-explainer-error'));
    const ev = await page.evaluate(() => window.__events);
    assert.equal(ev[0].type, 'qa-explainer-error');
    assert.equal(ev[0].detail.reason, 'wasm-load');
    assert.equal(await page.locator('#story').isVisible(), true);
    assert.equal(await page.locator('[data-qa-explainer-host]').count(), 0);
    assert.equal(await page.locator('#story h3').count(), 4);
    await context.close();
  } finally {
    routes.delete('/dist/qa_explainer_wasm_bg.wasm');
  }
});

test('the playground turns pasted text into an explainer and its JSON', async () => {
  const { page, context, errors } = await open('/playground.html');
  await page.waitForFunction(() => document.getElementById('status').textContent.includes('questions found'));
  const json = JSON.parse(await page.locator('#json').textContent());
  assert.equal(json.questions.length, 3);
  await page.locator('#source').fill('Storm hits coast\n\nThe storm arrived at dawn.');
  await page.locator('button[type=submit]').click();
  await page.waitForFunction(() => document.getElementById('status').textContent.startsWith('Not a question-and-answer'));
  assert.equal(await page.locator('#preview [data-qa-explainer-host]').count(), 0);
  assert.deepEqual(errors, []);
  await axe(page, 'playground');
  await context.close();
});
