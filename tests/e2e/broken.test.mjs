// Broken and huge input on a real page, in Chromium: unclosed tags, 10,000 nested elements,
// mis-nested tables, huge attributes, empty and whitespace-only articles, binary junk, mixed
// scripts and directions, and 10 MB articles (text and HTML, fetched by <qa-explainer src>).
// Every one ends in a clear outcome — a `qa-explainer-ready` or a `qa-explainer-error` with a
// reason — and the host article is intact: byte for byte when it is left alone, and with the same
// content (only hidden) when the explainer takes its place. Nothing throws on the page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { serve } from './server.mjs';

const seedText = readFileSync(new URL('../fixtures/npr_syria_talks_4_questions.txt', import.meta.url), 'utf8');
const seedPage = readFileSync(new URL('../../www/index.html', import.meta.url), 'utf8');
const seedArticle = seedPage.slice(seedPage.indexOf('<article'), seedPage.indexOf('</article>') + '</article>'.length)
  .replace(/\sdata-qa-explainer(="[^"]*")?/, '').replace(/\sid="[^"]*"/, '');

const TEN_MB = 10 * 1024 * 1024;
const repeat = (unit, bytes) => unit.repeat(Math.ceil(bytes / Buffer.byteLength(unit)));
const bigText = repeat(seedText + '\n\n', TEN_MB);
const bigHtml = `<!doctype html><html><head><title>4 Questions Answered On The Syria Talks In Munich</title></head><body>${repeat(seedArticle, TEN_MB)}</body></html>`;
// Random bytes, the same every run (a fixed linear congruential generator).
const junk = Buffer.alloc(256 * 1024);
for (let i = 0, x = 12345; i < junk.length; i++) { x = (x * 1103515245 + 12345) >>> 0; junk[i] = x >>> 24; }

const qa = (title, pairs) => `<h1>${title}</h1><p>An introduction that sets the scene for the reader.</p>`
  + pairs.map(([q, a]) => `<h2>${q}</h2><p>${a}</p>`).join('');

const HUGE_LINK = `Follow the <a href="/${'p'.repeat(100000)}" title="${'t'.repeat(500000)}">local orders</a>.`;

const BODY = `
<article data-qa-explainer id="unclosed"><h1>Three questions about the bridge<p>It closed on Monday.
  <h2>Why is it closed?<p>Engineers found cracks in two of its piers.
  <h2>When will it open again?<p>Not before May, the city says.
  <h2>Who pays for the repairs?<p>The state, for now.</article>

<article data-qa-explainer id="tables">${qa('Two questions about the budget', [['What changes?', 'Taxes.']])}
  <table><tr><td><h2>Who is affected?</td><p>Everyone earning more</table></td></tr><tr><h2>When?</h2><td>In 2027</tr></table></article>

<article data-qa-explainer id="hugeattr" data-blob="${'x'.repeat(1024 * 1024)}">
  ${qa('Three questions about the storm', [['Where will it land?', 'On the coast.'], ['How strong is it?', 'Category four.'], ['Should I leave?', HUGE_LINK]])}</article>

<article data-qa-explainer id="empty"></article>
<article data-qa-explainer id="blank">   \n\t\u00a0  \n  </article>
<article data-qa-explainer id="junk"></article>

<article data-qa-explainer id="mixed" dir="rtl" lang="ar">
  <h1>ثلاثة أسئلة عن الانتخابات</h1><p>مقدمة قصيرة. Intro in English, 日本語の文も。</p>
  <h2>متى تبدأ الانتخابات؟</h2><p>في مايو. Les bureaux ouvrent à 8 h. שלום.</p>
  <h2>من يحق له التصويت؟</h2><p>كل من بلغ ١٨ عامًا. \u202eevil override\u202c and \u2067isolate\u2069.</p>
  <h2>Where can I vote — أين أصوّت؟</h2><p>في أقرب مدرسة.</p></article>

<!-- Hidden: Chromium's own renderer crashes laying out a visible DOM 5,000 deep, with or without us. -->
<div id="deep-holder" hidden></div>

<qa-explainer id="bigtext" src="/big.txt" format="text"></qa-explainer>
<qa-explainer id="bightml" src="/big.html" format="html"></qa-explainer>
<qa-explainer id="binary" src="/junk.bin" format="text"></qa-explainer>
<qa-explainer id="nothing" src="/empty.txt" format="text"></qa-explainer>

<script>
  // 10,000 nested elements around a Q&A article (built with the DOM: the HTML parser would cap the depth).
  let node = document.createElement('article');
  node.setAttribute('data-qa-explainer', ''); node.id = 'deep';
  const root = node;
  for (let i = 0; i < 10000; i++) { const d = document.createElement(i % 2 ? 'div' : 'section'); node.append(d); node = d; }
  for (const [tag, text] of [['h1', 'Two questions from deep down'], ['p', 'An intro.'], ['h2', 'How deep is it?'],
    ['p', 'Ten thousand elements.'], ['h2', 'Does it still work?'], ['p', 'It should.']]) {
    const e = document.createElement(tag); e.textContent = text; node.append(e);
  }
  document.getElementById('deep-holder').append(root);
  // Binary junk as article text.
  let s = '', x = 7;
  for (let i = 0; i < 20000; i++) { x = (x * 1103515245 + 12345) >>> 0; s += String.fromCharCode(x >>> 20 & 0xffff); }
  document.getElementById('junk').textContent = s;
  // What every article looked like before the widget ran.
  window.__before = {};
  for (const a of document.querySelectorAll('[data-qa-explainer]')) window.__before[a.id] = { outer: a.outerHTML, inner: a.innerHTML };
</script>
<script type="module" src="/dist/qa-explainer.js"></script>`;

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>broken input</title></head><body>${BODY}</body></html>`;
const FILES = {
  '/broken.html': ['text/html; charset=utf-8', PAGE],
  '/big.txt': ['text/plain; charset=utf-8', bigText],
  '/big.html': ['text/html; charset=utf-8', bigHtml],
  '/junk.bin': ['application/octet-stream', junk],
  '/empty.txt': ['text/plain; charset=utf-8', ''],
};
const IDS = ['unclosed', 'tables', 'hugeattr', 'empty', 'blank', 'junk', 'mixed', 'deep', 'bigtext', 'bightml', 'binary', 'nothing'];

let server, browser, base;
before(async () => {
  server = await serve(0, {
    route: async (path, url, req, res) => {
      const f = FILES[path];
      if (!f) return false;
      res.writeHead(200, { 'content-type': f[0], 'cache-control': 'no-store' }).end(f[1]);
      return true;
    },
  });
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu',
    '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
});
after(async () => { await browser?.close(); server?.close(); });

test('broken, empty, junk and 10 MB articles: a clear outcome each, the host article intact', { timeout: 180_000 }, async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.addInitScript(() => {
    window.__t0 = performance.now();
    window.__outcome = {};
    for (const type of ['qa-explainer-ready', 'qa-explainer-error']) {
      document.addEventListener(type, (e) => {
        const id = e.target.id;
        (window.__outcome[id] ??= []).push({
          type: type.slice('qa-explainer-'.length), reason: e.detail?.reason, message: e.detail?.message,
          questions: e.detail?.model?.questions?.length, ms: Math.round(performance.now() - window.__t0),
        });
      });
    }
  });
  await page.goto(`${base}/broken.html`);
  await page.waitForFunction((ids) => ids.every((id) => window.__outcome[id]), IDS, { timeout: 150_000, polling: 250 });
  await page.waitForTimeout(200); // a second, late outcome would show up here

  const outcome = await page.evaluate(() => window.__outcome);
  const report = Object.fromEntries(IDS.map((id) => [id, outcome[id].map((o) => `${o.type}${o.reason ? ` ${o.reason}` : ''}${o.questions != null ? ` ${o.questions}q` : ''} @${o.ms}ms`).join(', ')]));
  console.log(JSON.stringify(report, null, 1));
  for (const id of IDS) assert.equal(outcome[id].length, 1, `${id}: exactly one outcome (${report[id]})`);
  const one = (id) => outcome[id][0];

  // Q&A despite the damage.
  for (const [id, n] of [['unclosed', 3], ['hugeattr', 3], ['mixed', 3], ['deep', 2]]) {
    assert.equal(one(id).type, 'ready', `${id}: ${report[id]}`);
    assert.equal(one(id).questions, n, `${id}: ${report[id]}`);
  }
  // Not articles at all: an error that says why.
  for (const [id, reason] of [['empty', 'not-qa'], ['blank', 'not-qa'], ['junk', 'not-qa'], ['binary', 'read'], ['nothing', 'read']]) {
    assert.equal(one(id).type, 'error', `${id}: ${report[id]}`);
    assert.equal(one(id).reason, reason, `${id}: ${report[id]}`);
    assert.ok(one(id).message?.length > 0, `${id}: the error has a message`);
  }
  // Mis-nested tables: either outcome is clear; 10 MB: read and rendered in full.
  assert.ok(['ready', 'error'].includes(one('tables').type));
  assert.equal(one('bigtext').type, 'ready', report.bigtext);
  assert.ok(one('bigtext').questions >= 4 * Math.floor(TEN_MB / Buffer.byteLength(seedText)), report.bigtext);
  assert.equal(one('bightml').type, 'ready', report.bightml);
  assert.ok(one('bightml').questions >= 4 * Math.floor(TEN_MB / Buffer.byteLength(seedArticle)), report.bightml);

  // The host articles: untouched when left alone, same content (only hidden) when replaced.
  const state = await page.evaluate(() => Object.fromEntries([...document.querySelectorAll('[data-qa-explainer]')]
    .map((a) => [a.id, { same: a.outerHTML === window.__before[a.id].outer, sameInner: a.innerHTML === window.__before[a.id].inner,
      hidden: a.hidden, hasExplainer: !!a.previousElementSibling?.matches('[data-qa-explainer-host]') }])));
  for (const id of ['unclosed', 'hugeattr', 'mixed', 'deep']) {
    assert.ok(state[id].sameInner && state[id].hidden && state[id].hasExplainer, `${id}: replaced, content kept: ${JSON.stringify(state[id])}`);
  }
  for (const id of ['empty', 'blank', 'junk']) assert.ok(state[id].same && !state[id].hidden, `${id}: left exactly as it was`);
  if (one('tables').type === 'error') assert.ok(state.tables.same);
  else assert.ok(state.tables.sameInner && state.tables.hidden);

  // The right-to-left article gives a right-to-left explainer; the huge attribute and URL went nowhere.
  const details = await page.evaluate(() => {
    const host = (id) => document.getElementById(id).previousElementSibling.shadowRoot;
    const mixed = host('mixed').querySelector('[dir]');
    const links = [...host('hugeattr').querySelectorAll('a')].map((a) => a.getAttribute('href').length);
    const big = document.getElementById('bigtext').shadowRoot.querySelectorAll('button[aria-expanded]').length;
    return { dir: mixed?.getAttribute('dir'), links, big, lengthOfAttrs: [...host('hugeattr').querySelectorAll('*')].some((e) => e.hasAttribute('data-blob')) };
  });
  assert.equal(details.dir, 'rtl');
  assert.equal(details.lengthOfAttrs, false);
  assert.ok(details.big >= one('bigtext').questions, 'every question of the 10 MB article is on the page');
  assert.deepEqual(pageErrors, []);
  await context.close();
});
