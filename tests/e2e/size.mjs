// Size of everything a page downloads for the widget (wasm + JS; the stylesheet is inside the
// wasm), gzip -9. Usage: node tests/e2e/size.mjs [--budget KB]
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const files = ['qa_explainer_wasm_bg.wasm', 'qa_explainer_wasm.js', 'index.js', 'element.js', 'qa-explainer.js'];
let raw = 0, gz = 0;
for (const f of files) {
  const data = readFileSync(new URL(`../../dist/${f}`, import.meta.url));
  const z = gzipSync(data, { level: 9 }).length;
  raw += data.length; gz += z;
  console.log(`${f.padEnd(28)} ${String(data.length).padStart(7)} B raw ${String(z).padStart(7)} B gzip`);
}
console.log(`${'total (what the page downloads)'.padEnd(28)} ${String(raw).padStart(7)} B raw ${String(gz).padStart(7)} B gzip = ${(gz / 1024).toFixed(1)} KB`);
const i = process.argv.indexOf('--budget');
if (i > 0) {
  const budget = Number(process.argv[i + 1]) * 1024;
  if (gz > budget) {
    console.error(`OVER BUDGET: ${(gz / 1024).toFixed(1)} KB gzip > ${process.argv[i + 1]} KB`);
    process.exit(1);
  }
  console.log(`within the ${process.argv[i + 1]} KB budget`);
}
