import { parseText, parseHtml, render, unmount } from './dist/index.js';

const $ = (id) => document.getElementById(id);
let handle = null;

$('source').value = `3 questions about the night bus

The city will run night buses from May.

Which lines run at night?

Lines 1, 4 and 9, every 30 minutes.

How much does it cost?

The same as by day: a single ticket is 2 euros.

Is it safe?

Every bus has a camera and a second driver on weekends.`;

async function update(event) {
  event?.preventDefault();
  const text = $('source').value;
  const format = new FormData($('form')).get('format');
  const html = format === 'html' || (format === 'auto' && /^\s*</.test(text));
  unmount(handle);
  handle = null;
  try {
    const model = html ? await parseHtml(text) : await parseText(text);
    $('json').textContent = JSON.stringify(model, null, 2);
    if (model.questions.length) {
      handle = await render(model, $('preview'));
      $('status').textContent = `${model.questions.length} questions found.`;
    } else {
      $('status').textContent = `Not a question-and-answer article: ${model.not_qa_reason}`;
    }
  } catch (e) {
    $('json').textContent = '';
    $('status').textContent = `Could not read it: ${e.message ?? e}`;
  }
}

$('form').addEventListener('submit', update);
update();
