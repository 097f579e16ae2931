// Script injection: payloads placed in article HTML and in article text, through every path the
// widget reads (a fetched HTML article, a fetched text article, parseHtml + render, entity-encoded
// text in a live article), rendered in Chromium. Nothing may execute (watched from the page: a flag,
// dialogs, console), and the explainer may hold no on* attribute, no non-http(s) link and no foreign
// element.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { serve } from './server.mjs';

const RUN = '__pwned=(window.__pwned||0)+1';
export const PAYLOADS = [
  `<script>${RUN}</script>`,
  `<img src=x onerror="${RUN}">`,
  `<svg onload="${RUN}"><circle r=1></circle></svg>`,
  `<svg><script>${RUN}</script></svg>`,
  `<math><mtext><table><mglyph><style><img src=x onerror="${RUN}">`,
  `<iframe src="javascript:parent.${RUN}"></iframe>`,
  `<iframe srcdoc="<script>parent.${RUN}</script>"></iframe>`,
  `<object data="javascript:${RUN}"></object>`,
  `<embed src="javascript:${RUN}">`,
  `<form action="javascript:${RUN}"><button>send</button></form>`,
  `<a href="javascript:${RUN}">js link</a>`,
  `<a href="JaVaScRiPt:${RUN}">mixed case</a>`,
  `<a href="java&#x09;script:${RUN}">tab</a>`,
  `<a href="&#106;&#97;vascript:${RUN}">entities</a>`,
  `<a href=" &#x20;javascript:${RUN}">space</a>`,
  `<a href="data:text/html,<script>${RUN}</script>">data</a>`,
  `<a href="vbscript:msgbox(1)">vb</a>`,
  `<p onclick="${RUN}" onmouseover="${RUN}" style="position:fixed;inset:0">cover</p>`,
  `<details open ontoggle="${RUN}"><summary>s</summary>x</details>`,
  `<!--<img src=x onerror="${RUN}">-->`,
  `<![CDATA[<img src=x onerror="${RUN}">]]>`,
  `<noscript><p title="</noscript><img src=x onerror=${RUN}>"></noscript>`,
  `<style>@import 'javascript:${RUN}';</style>`,
  `<base href="javascript:${RUN}//">`,
  `<meta http-equiv="refresh" content="0;url=javascript:${RUN}">`,
  `<input autofocus onfocus="${RUN}">`,
  `<video><source onerror="${RUN}"></video>`,
  `<template><img src=x onerror="${RUN}"></template>`,
  `"><img src=x onerror="${RUN}">`,
  `<x-custom onclick="${RUN}">custom element</x-custom>`,
  `<listing>&lt;img src=x onerror="${RUN}"&gt;</listing>`,
  `<a href="https://example.com/" onclick="${RUN}">safe link, unsafe handler</a>`,
  `<img src="javascript:${RUN}">`,
  `<p>text with &lt;script&gt;${RUN}&lt;/script&gt; written as entities</p>`,
];

function article(payloads) {
  const parts = ['<h1>Injected explainer</h1><p>Intro.</p>'];
  payloads.forEach((p, i) => parts.push(`<h2>Question ${i + 1} ${p}?</h2><p>Answer ${i + 1}: ${p} end.</p>`));
  return `<!doctype html><html lang="en"><head><title>Injected explainer</title></head><body><article>${parts.join('\n')}</article></body></html>`;
}

function textArticle(payloads) {
  const parts = ['Injected explainer', 'Intro.'];
  payloads.forEach((p, i) => parts.push(`Question ${i + 1} ${p}?`, `Answer ${i + 1}: ${p} end.`));
  return parts.join('\n\n');
}

let server, browser, base;
before(async () => {
  const pages = {
    '/xss-article.html': ['text/html', article(PAYLOADS)],
    '/xss-article.txt': ['text/plain', textArticle(PAYLOADS)],
    '/xss.html': ['text/html', `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>xss</title>
<script type="module" src="/dist/qa-explainer.js"></script></head><body><main>
<h1>Injection test page</h1>
<qa-explainer id="from-html" src="/xss-article.html" format="html"></qa-explainer>
<qa-explainer id="from-text" src="/xss-article.txt" format="text"></qa-explainer>
<article id="live" data-qa-explainer><h2>Live article</h2><p>Intro.</p>
${PAYLOADS.map((p, i) => `<h3>Live question ${i + 1}?</h3><p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('\n')}
</article><div id="rendered"></div></main></body></html>`],
  };
  server = await serve(0, {
    route: (path, url, req, res) => {
      const p = pages[path];
      if (!p) return false;
      res.writeHead(200, { 'content-type': `${p[0]}; charset=utf-8` }).end(p[1]);
      return true;
    },
  });
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu',
    '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
});
after(async () => { await browser?.close(); server?.close(); });

test(`${PAYLOADS.length} payloads in article HTML and text: nothing runs, nothing foreign reaches the explainer`, async () => {
  const page = await browser.newPage();
  const dialogs = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
  await page.goto(`${base}/xss.html`);
  await page.waitForFunction(() => document.querySelectorAll('qa-explainer').length === 2
    && [...document.querySelectorAll('qa-explainer')].every((e) => e.shadowRoot?.querySelector('.qa-trigger'))
    && document.querySelector('[data-qa-explainer-host]'));
  // The API path too: parseHtml + render.
  await page.evaluate(async () => {
    const api = await import('/dist/index.js');
    const html = await (await fetch('/xss-article.html')).text();
    await api.render(await api.parseHtml(html), document.getElementById('rendered'));
  });
  // Give handlers, refreshes and lazy loads a chance; hover and click across the explainers.
  for (const root of ['#from-html', '#from-text']) {
    await page.locator(`${root} >> .qa-expand-all`).click();
  }
  await page.mouse.move(200, 200);
  await page.mouse.click(200, 300);
  await page.waitForTimeout(500);
  const report = await page.evaluate(() => {
    const roots = [...document.querySelectorAll('qa-explainer'), ...document.querySelectorAll('[data-qa-explainer-host]')]
      .map((h) => h.shadowRoot);
    const bad = [];
    let questions = 0;
    for (const root of roots) {
      questions += root.querySelectorAll('.qa-trigger').length;
      for (const el of root.querySelectorAll('*')) {
        for (const a of el.attributes) {
          if (a.name.startsWith('on')) bad.push(`${el.localName}[${a.name}]`);
          if ((a.name === 'href' || a.name === 'src') && !/^(https?:|#|\/|[a-z0-9._-]+(\/|$))/i.test(a.value)) bad.push(`${el.localName}[${a.name}=${a.value}]`);
        }
        const allowed = ['section', 'header', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'div', 'span', 'button',
          'figure', 'img', 'figcaption', 'blockquote', 'ul', 'ol', 'li', 'a', 'strong', 'em', 'code', 'br', 'pre'];
        if (!allowed.includes(el.localName)) bad.push(`element ${el.localName}`);
      }
    }
    return { pwned: window.__pwned ?? 0, bad, questions, location: location.href };
  });
  assert.equal(report.pwned, 0, 'a payload ran');
  assert.deepEqual(dialogs, []);
  assert.deepEqual(report.bad, []);
  assert.ok(report.questions >= 3 * 20, `the explainers were built (${report.questions} questions)`);
  assert.equal(report.location, `${base}/xss.html`, 'no navigation');
  await page.close();
});

test('control: the same payloads written with innerHTML do run, so the watchers above can see it', async () => {
  const page = await browser.newPage();
  await page.goto(`${base}/xss.html`);
  await page.evaluate(async () => {
    const html = await (await fetch('/xss-article.html')).text();
    document.getElementById('rendered').innerHTML = html; // the unsafe way, on purpose
  });
  await page.waitForFunction(() => (window.__pwned ?? 0) > 0, null, { timeout: 5000 });
  const bad = await page.evaluate(() => document.querySelectorAll('#rendered [onerror], #rendered svg, #rendered iframe').length);
  assert.ok(bad > 0);
  await page.close();
});
