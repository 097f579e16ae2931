// qa-explainer: the JavaScript API (no side effects on import).
// Every function loads the WebAssembly module on first use; `load()` does it up front.
import init, * as wasm from './qa_explainer_wasm.js';

let loading = null;
let exports = null;

/** Loads and compiles the WebAssembly module once. Rejects when it cannot (404, CSP…). */
export function load({ wasmUrl } = {}) {
  if (!loading) {
    const url = wasmUrl ?? new URL('./qa_explainer_wasm_bg.wasm', import.meta.url);
    loading = init({ module_or_path: url }).then((e) => { exports = e; return wasm; });
    loading.catch(() => { loading = null; }); // a later call may try again
  }
  return loading;
}

/** Bytes of WebAssembly memory in use (it only grows): for diagnostics and leak tests. */
export function memoryBytes() {
  return exports?.memory?.buffer.byteLength ?? 0;
}

/** Plain text → the explainer model. */
export async function parseText(text, options) {
  return (await load()).parseText(String(text), options);
}

/** An HTML string → the explainer model (parsed by the browser, inert). */
export async function parseHtml(html, options) {
  return (await load()).parseHtml(String(html), options);
}

/** An element (or document) of the page → the explainer model. The page is not changed. */
export async function parseElement(element, options) {
  return (await load()).parseElement(element, options);
}

/** Renders a model into `target` (appended). Returns a handle with unmount(), open(id)… */
export async function render(model, target, options) {
  return (await load()).render(model, target, options);
}

/**
 * Enhances an article on the page: when it is Q&A, the explainer takes its place (or goes beside it).
 * Resolves to a handle, or null when the article was left as it is (a `qa-explainer-error` event says why).
 */
export async function enhance(article, options) {
  const w = await load();
  return guarded(article, () => w.enhance(article, options)) ?? null;
}

/** Removes an explainer and restores the article. */
export function unmount(handle) {
  if (handle && handle.mounted) handle.unmount();
}

/** Fires `qa-explainer-error` ({reason, message}) on `target`. */
export function reportError(target, reason, error) {
  const message = error instanceof Error ? error.message : String(error ?? reason);
  target.dispatchEvent(new CustomEvent('qa-explainer-error', {
    bubbles: true, composed: true, detail: { reason, message },
  }));
}

/** Runs a wasm call; a trap or a thrown error becomes an error event, never an exception. */
export function guarded(target, f) {
  try {
    return f();
  } catch (e) {
    reportError(target, 'crash', e);
    return undefined;
  }
}

export { QaExplainerElement, defineElement } from './element.js';
export { start, stop } from './element.js';
