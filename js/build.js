// Builds an explainer's DOM from the plan Rust encodes (src/web/widget.rs, `Plan`): one call into
// JavaScript per explainer rather than one per element, attribute and text node, and all its
// strings decoded from UTF-8 at once. Only createElement, setAttribute and text nodes: no markup is
// parsed, and every tag and attribute name comes from the Rust renderer.
//
// `ops` is a list of [0, tag length] (open an element), [1, name length, value length] (an
// attribute), [2, text length] (a text node) and [3] (close); the lengths, in UTF-16 code units,
// are read off `text` in order.
export function build(doc, ops, text) {
  let at = 0;
  let root = null;
  let node = null;
  const up = [];
  const take = (n) => text.slice(at, (at += n));
  for (let i = 0; i < ops.length; ) {
    const op = ops[i++];
    if (op === 0) {
      const el = doc.createElement(take(ops[i++]));
      if (node) node.appendChild(el);
      else root = el;
      up.push(node);
      node = el;
    } else if (op === 1) {
      const name = take(ops[i++]);
      node.setAttribute(name, take(ops[i++]));
    } else if (op === 2) {
      node.appendChild(doc.createTextNode(take(ops[i++])));
    } else {
      node = up.pop();
    }
  }
  return root;
}

// The page's `qa-explainer` Trusted Types policy, made once (a page whose CSP lists allowed
// policies must list it): it only passes through the structured data Rust wrote, which is JSON
// with every `<` escaped.
let policy = null;

/** Sets a script element's text (a JSON-LD data block), through Trusted Types where the page has them. */
export function setScriptText(script, text) {
  const tt = globalThis.trustedTypes;
  if (tt?.createPolicy) {
    policy ??= tt.createPolicy('qa-explainer', { createScript: (s) => s });
    script.text = policy.createScript(text);
  } else {
    script.text = text;
  }
}
