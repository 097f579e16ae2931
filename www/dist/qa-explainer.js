// The script-tag entry: <script type="module" src=".../qa-explainer.js"></script>
// Defines <qa-explainer> and enhances every [data-qa-explainer] article, now and as they are added.
import { defineElement, start } from './index.js';

export * from './index.js';

defineElement();
if (typeof document !== 'undefined') {
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', () => start(document), { once: true });
  } else {
    start(document);
  }
}
