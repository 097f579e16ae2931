//! The invariants every output must satisfy, shared by the property tests (`tests/properties.rs`)
//! and the fuzz targets (`fuzz/fuzz_targets/`), which include this file by path.

use std::collections::HashSet;

use qa_explainer::{Explainer, RenderOptions};

/// Ids unique and safe in a URL's fragment and an `id` (ASCII letters and digits in lower case,
/// hyphens, and other scripts' word characters: no space, control, punctuation, emoji, replacement
/// or private-use character), questions non-empty, a reason exactly when there are no questions,
/// links never a script URL, no text invented, and the rendered markup safe.
pub fn check(ex: &Explainer, input_len: usize) {
    let mut ids = HashSet::new();
    for q in &ex.questions {
        let safe = |c: char| {
            if c.is_ascii() {
                c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'
            } else {
                !(c.is_whitespace()
                    || c.is_control()
                    || matches!(u32::from(c), 0x2000..=0x2BFF | 0x3000..=0x303F | 0xFE00..=0xFE0F
                        | 0xFFF0..=0xFFFF | 0x1F000..=0x1FAFF | 0xE0000..))
            }
        };
        assert!(!q.id.is_empty() && q.id.chars().all(safe), "id {:?}", q.id);
        assert!(ids.insert(q.id.clone()), "duplicate id {}", q.id);
        assert!(!q.question.trim().is_empty());
    }
    assert_eq!(ex.questions.is_empty(), ex.not_qa_reason.is_some());
    let all = ex
        .intro
        .iter()
        .chain(ex.questions.iter().flat_map(|q| q.answer.iter()))
        .chain(ex.outro.iter())
        .chain(ex.footer.iter());
    let mut text_len = 0;
    for b in all {
        text_len += b.text.len();
        for r in b
            .runs
            .iter()
            .chain(b.items.iter().flat_map(|i| i.runs.iter()))
        {
            if let Some(h) = &r.href {
                // The scheme, if there is one: what comes before the first ':' when no '/', '?'
                // or '#' comes first. "javascript:" later in a relative path is only a path.
                let lower = h.to_ascii_lowercase();
                let scheme = lower
                    .find([':', '/', '?', '#'])
                    .filter(|&i| lower.as_bytes()[i] == b':')
                    .map(|i| &lower[..i]);
                assert!(scheme.is_none_or(|s| s == "http" || s == "https"), "{h}");
                assert!(
                    !h.starts_with(|c: char| c.is_whitespace() || c.is_control()),
                    "{h:?}"
                );
            }
        }
    }
    // Nothing is invented: the explainer's text is no longer than the input (plus separators).
    assert!(text_len <= input_len + 16, "{text_len} > {input_len}");
    if let Some(html) = qa_explainer::render_html(ex, &RenderOptions::default()) {
        check_markup(&html);
    }
}

/// The rendered markup, parsed back: only allow-listed elements, no event handler or style
/// attribute, and every link or image target http(s) or relative.
pub fn check_markup(html: &str) {
    const ALLOWED: &[&str] = &[
        "html",
        "body",
        "section",
        "header",
        "footer",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "p",
        "div",
        "span",
        "button",
        "figure",
        "img",
        "figcaption",
        "blockquote",
        "ul",
        "ol",
        "li",
        "a",
        "strong",
        "em",
        "code",
        "br",
        "pre",
        "table",
        "thead",
        "tbody",
        "tr",
        "th",
        "td",
    ];
    let doc = scraper::Html::parse_fragment(html);
    for node in doc.tree.nodes() {
        if let scraper::node::Node::Element(e) = node.value() {
            assert!(
                ALLOWED.contains(&e.name()),
                "element <{}> in rendered HTML",
                e.name()
            );
            for (name, value) in e.attrs() {
                assert!(
                    !name.starts_with("on") && name != "style" && name != "srcdoc",
                    "attribute {name}"
                );
                if name == "href" || name == "src" {
                    assert!(
                        qa_explainer::blocks::safe_href(value).is_some(),
                        "{name}={value:?}"
                    );
                }
            }
        }
    }
}
