//! The rendered tree as an HTML string: escaped text, quoted attributes, void elements.

use super::{Element, Node};

/// Serialises a rendered element to HTML.
pub fn to_html(el: &Element) -> String {
    let mut out = String::with_capacity(4096);
    write_element(&mut out, el);
    out
}

fn is_void(tag: &str) -> bool {
    matches!(tag, "br" | "img" | "hr")
}

fn write_element(out: &mut String, root: &Element) {
    // Iterative, like the reader: a deserialised model cannot nest deeply, but stay safe anyway.
    enum Step<'a> {
        Open(&'a Element),
        Close(&'static str),
        Text(&'a str),
    }
    let mut stack = vec![Step::Open(root)];
    while let Some(step) = stack.pop() {
        match step {
            Step::Text(t) => escape(out, t, false),
            Step::Close(tag) => {
                out.push_str("</");
                out.push_str(tag);
                out.push('>');
            }
            Step::Open(el) => {
                out.push('<');
                out.push_str(el.tag);
                for (name, value) in &el.attrs {
                    out.push(' ');
                    out.push_str(name);
                    if !(value.is_empty() && *name != "alt") {
                        out.push_str("=\"");
                        escape(out, value, true);
                        out.push('"');
                    }
                }
                out.push('>');
                if is_void(el.tag) {
                    continue;
                }
                stack.push(Step::Close(el.tag));
                for child in el.children.iter().rev() {
                    match child {
                        Node::Element(e) => stack.push(Step::Open(e)),
                        Node::Text(t) => stack.push(Step::Text(t)),
                    }
                }
            }
        }
    }
}

fn escape(out: &mut String, s: &str, attr: bool) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' if attr => out.push_str("&quot;"),
            '\'' if attr => out.push_str("&#39;"),
            '\u{00A0}' => out.push_str("&nbsp;"),
            _ => out.push(c),
        }
    }
}

/// A complete page around the explainer, with the default stylesheet (`--standalone`).
pub fn page(el: &Element, title: &str, lang: Option<&str>) -> String {
    let mut out = String::from("<!DOCTYPE html>\n<html");
    if let Some(l) = lang.filter(|l| crate::dom::valid_lang(l)) {
        out.push_str(" lang=\"");
        out.push_str(l);
        out.push('"');
    }
    out.push_str(">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
    escape(&mut out, title, false);
    out.push_str("</title>\n<style>\n");
    out.push_str(super::CSS);
    out.push_str("</style>\n</head>\n<body>\n<main class=\"qa-page\">\n");
    out.push_str(&to_html(el));
    out.push_str("\n</main>\n</body>\n</html>\n");
    out
}
