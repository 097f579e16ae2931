// The <qa-explainer> custom element and the automatic enhancement of [data-qa-explainer] articles.
// A few lines that forward to Rust (wasm-bindgen cannot subclass HTMLElement).
import { load, guarded, reportError } from './index.js';

// Shared by every copy of this module on the page (the script loaded twice, from two URLs).
const shared = (globalThis[Symbol.for('qa-explainer')] ??= { handles: new WeakMap(), observer: null });

const Base = globalThis.HTMLElement ?? class {};

export class QaExplainerElement extends Base {
  static observedAttributes = ['for', 'target', 'src', 'format', 'open', 'single', 'placement', 'lang'];
  #handle = null;
  #generation = 0;

  /** Registers the element (once) under `tag`. */
  static define(tag = 'qa-explainer', registry = globalThis.customElements) {
    if (registry && !registry.get(tag)) registry.define(tag, this);
    return this;
  }

  connectedCallback() { this.#connect(); }
  disconnectedCallback() { this.#disconnect(); }
  attributeChangedCallback(name, before, after) {
    if (before !== after && this.#handle) { this.#disconnect(); this.#connect(); }
  }

  /** The explainer model, or null. */
  get model() { return this.#handle?.model ?? null; }
  open(id) { return this.#handle?.open(id) ?? false; }
  close(id) { return this.#handle?.close(id) ?? false; }
  expandAll() { this.#handle?.expandAll(); }
  collapseAll() { this.#handle?.collapseAll(); }

  #disconnect() {
    this.#generation++;
    const h = this.#handle;
    this.#handle = null;
    if (h) { h.unmount(); h.free(); }
  }

  async #connect() {
    const generation = ++this.#generation;
    let stage = 'wasm-load';
    try {
      const w = await load();
      let source;
      const src = this.getAttribute('src');
      if (src) {
        stage = 'fetch';
        const response = await fetch(new URL(src, document.baseURI));
        if (!response.ok) throw new Error(`${response.status} ${response.statusText} for ${src}`);
        source = await response.text();
      }
      // Removed or changed while loading: nothing to do.
      if (generation !== this.#generation || !this.isConnected) return;
      this.#handle = guarded(this, () => w.connect(this, source, undefined)) ?? null;
    } catch (e) {
      if (generation === this.#generation) reportError(this, stage, e);
    }
  }
}

/** Registers <qa-explainer> (idempotent). */
export function defineElement(tag = 'qa-explainer') {
  return QaExplainerElement.define(tag);
}

function enhanceOne(article) {
  if (shared.handles.has(article)) return;
  shared.handles.set(article, null); // pending
  load().then(
    (w) => {
      if (!article.isConnected || shared.handles.get(article) !== null) return;
      shared.handles.set(article, guarded(article, () => w.enhance(article, undefined)) ?? false);
    },
    (e) => reportError(article, 'wasm-load', e),
  );
}

function release(article) {
  const h = shared.handles.get(article);
  if (h) { h.unmount(); h.free(); }
  shared.handles.delete(article);
}

function scan(root) {
  if (root.nodeType !== 1 && root.nodeType !== 9 && root.nodeType !== 11) return;
  if (root.nodeType === 1 && root.hasAttribute('data-qa-explainer')) enhanceOne(root);
  root.querySelectorAll?.('[data-qa-explainer]').forEach(enhanceOne);
}

/** Enhances every [data-qa-explainer] article now and as they are added; cleans up removed ones. */
export function start(root = document) {
  scan(root);
  if (shared.observer || typeof MutationObserver === 'undefined') return;
  shared.observer = new MutationObserver((records) => {
    for (const r of records) {
      // The attribute set on (or taken off) an article already on the page.
      if (r.type === 'attributes') {
        if (r.target.hasAttribute('data-qa-explainer')) enhanceOne(r.target);
        else if (shared.handles.has(r.target)) release(r.target);
        continue;
      }
      r.addedNodes.forEach(scan);
      r.removedNodes.forEach((n) => {
        if (n.nodeType !== 1) return;
        if (shared.handles.has(n)) release(n);
        n.querySelectorAll?.('[data-qa-explainer]').forEach((a) => shared.handles.has(a) && release(a));
      });
    }
  });
  shared.observer.observe(root.documentElement ?? root, {
    childList: true, subtree: true, attributes: true, attributeFilter: ['data-qa-explainer'],
  });
}

/** Stops watching the page and removes every explainer it made. */
export function stop() {
  shared.observer?.disconnect();
  shared.observer = null;
  document.querySelectorAll('[data-qa-explainer]').forEach(release);
}
