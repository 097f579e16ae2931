// Speed of the classifier in WebAssembly alone (a benchmark, not a test), in Node's V8: the seed
// article's text read by `parseText` from the built package, no DOM. Usage, after
// scripts/build-wasm: node tests/e2e/bench-wasm.mjs [RUNS] [DIST] (DIST: another build's dist/
// folder, to set two builds side by side)
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const RUNS = Number(process.argv[2] ?? 500);
const dist = process.argv[3]
  ? pathToFileURL(`${resolve(process.argv[3])}/`)
  : new URL('../../dist/', import.meta.url);
const glue = await import(new URL('qa_explainer_wasm.js', dist));
glue.initSync({ module: readFileSync(new URL('qa_explainer_wasm_bg.wasm', dist)) });
const text = readFileSync(new URL('../fixtures/npr_syria_talks_4_questions.txt', import.meta.url), 'utf8');
for (let i = 0; i < 300; i++) glue.parseText(text); // warm-up
const rounds = [];
for (let r = 0; r < 7; r++) {
  const t = performance.now();
  for (let i = 0; i < RUNS; i++) glue.parseText(text);
  rounds.push(((performance.now() - t) / RUNS) * 1000);
}
rounds.sort((a, b) => a - b);
console.log(`seed text → explainer model in wasm (Node ${process.version}): median ${rounds[3].toFixed(1)} µs, best ${rounds[0].toFixed(1)} µs (7 rounds of ${RUNS})`);
