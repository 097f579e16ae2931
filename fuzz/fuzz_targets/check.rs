// Invariants every output must satisfy (shared by the fuzz targets).
use std::collections::HashSet;

pub fn check(ex: &qa_explainer::Explainer, input_len: usize) {
    let mut ids = HashSet::new();
    for q in &ex.questions {
        assert!(
            !q.id.is_empty()
                && q.id
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        );
        assert!(ids.insert(q.id.as_str()), "duplicate id");
    }
    assert_eq!(ex.questions.is_empty(), ex.not_qa_reason.is_some());
    let text: usize = ex
        .intro
        .iter()
        .chain(ex.questions.iter().flat_map(|q| q.answer.iter()))
        .chain(ex.outro.iter())
        .chain(ex.footer.iter())
        .map(|b| b.text.len())
        .sum();
    assert!(text <= input_len + 16, "text invented");
    if let Some(html) = qa_explainer::render_html(ex, &qa_explainer::RenderOptions::default()) {
        check_markup(&html);
    }
}

/// The rendered markup, parsed back: only allow-listed elements, no event handler or style
/// attribute, and every link or image target http(s) or relative.
pub fn check_markup(html: &str) {
    const ALLOWED: &[&str] = &[
        "html", "body",
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
